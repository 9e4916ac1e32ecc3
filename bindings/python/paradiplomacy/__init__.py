# SPDX-License-Identifier: Apache-2.0
"""Portfolios of sub-national international relations.

A :class:`Portfolio` belongs to one home government (a province such as Gyeonggi-do,
``KR-41``) and holds its foreign partners, the agreements signed with them (a tie is the
dated history of a partner's agreements), exchange programs, ODA engagements and the
municipalities whose own ties it carries. Dates may be known only to the year or the
month (:class:`PartialDate`); questions about them answer :class:`Truth`.

ISO 3166, ISO 4217 and UN M49 look-ups are in :mod:`paradiplomacy.reference`.
"""

from . import _core
from ._core import (
    Agreement,
    AgreementId,
    AgreementKind,
    AgreementTable,
    Budget,
    CodeStatus,
    CouncilApproval,
    DatePrecision,
    Direction,
    EngagementId,
    EngagementTable,
    ExchangeProgram,
    FileError,
    HomeGovernment,
    InvalidValueError,
    Money,
    Municipality,
    MunicipalityId,
    MunicipalityTable,
    NotFoundError,
    OdaEngagement,
    OdaStatus,
    PartialDate,
    Partner,
    PartnerId,
    PartnerLevel,
    PartnerTable,
    Period,
    Portfolio,
    ProgramId,
    ProgramKind,
    ProgramTable,
    RegionShare,
    SectorShare,
    Truth,
    ValidationError,
)
from . import reference

__version__: str = _core.__version__

__all__ = [
    "Agreement",
    "AgreementId",
    "AgreementKind",
    "AgreementTable",
    "Budget",
    "CodeStatus",
    "CouncilApproval",
    "DatePrecision",
    "Direction",
    "EngagementId",
    "EngagementTable",
    "ExchangeProgram",
    "FileError",
    "HomeGovernment",
    "InvalidValueError",
    "Money",
    "Municipality",
    "MunicipalityId",
    "MunicipalityTable",
    "NotFoundError",
    "OdaEngagement",
    "OdaStatus",
    "PartialDate",
    "Partner",
    "PartnerId",
    "PartnerLevel",
    "PartnerTable",
    "Period",
    "Portfolio",
    "ProgramId",
    "ProgramKind",
    "ProgramTable",
    "RegionShare",
    "SectorShare",
    "Truth",
    "ValidationError",
    "__version__",
    "reference",
]


def _present_as_public() -> None:
    # The types live in the private _core module; show (and pickle) them under the
    # package name users import, so that reprs and tracebacks read paradiplomacy.X.
    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) and obj.__module__ == _core.__name__:
            obj.__module__ = __name__


_present_as_public()
