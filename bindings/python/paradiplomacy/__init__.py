# SPDX-License-Identifier: Apache-2.0
"""Portfolios of sub-national international relations.

A :class:`Portfolio` belongs to one home government (a province such as Gyeonggi-do,
``KR-41``) and holds its foreign partners, the agreements signed with them (a tie is the
dated history of a partner's agreements), exchange programs, ODA engagements and the
municipalities whose own ties it carries. Dates may be known only to the year or the
month (:class:`PartialDate`); questions about them answer :class:`Truth`.

Portfolios are read and written with :func:`load`, :func:`loads`, :func:`read_csv` and
``Portfolio.save``/``dumps``/``to_csv``; checked with ``Portfolio.validate``; questioned
with the query methods (``ties_in_force``, ``dormant_ties``, ``exchanges``, ``oda_budget``
...); and reported on with ``Portfolio.report``. ``*_frame()``/``to_frame()`` give pandas
DataFrames (the ``frames`` extra). The bundled Gyeonggi-do data is in
:mod:`paradiplomacy.datasets`, ISO 3166, ISO 4217 and UN M49 look-ups in
:mod:`paradiplomacy.reference`, IATI activity files in :mod:`paradiplomacy.iati`, the command
line in :mod:`paradiplomacy.cli`.
"""

from . import _core
from ._core import (
    Agreement,
    AgreementId,
    AgreementKind,
    AgreementStanding,
    AgreementsInForce,
    AgreementTable,
    Budget,
    CertainCount,
    CodeStatus,
    CouncilApproval,
    DatePrecision,
    Direction,
    DormantTie,
    DormantTies,
    EngagementId,
    EngagementTable,
    EntityKind,
    EntityRef,
    ExchangeProgram,
    ExchangeRow,
    ExchangeTally,
    FigureComparison,
    Exchanges,
    ExpiringAgreement,
    ExpiringAgreements,
    FileError,
    Finding,
    HomeGovernment,
    InvalidValueError,
    KindCoverage,
    LastContact,
    Money,
    Municipality,
    MunicipalityId,
    MunicipalityTable,
    NotFoundError,
    OdaBudget,
    OdaBudgetRow,
    OdaEngagement,
    OdaStatus,
    PartialDate,
    Partner,
    PartnerId,
    PartnerLevel,
    PartnerTable,
    Period,
    Portfolio,
    PriorityGaps,
    ProgramId,
    ProgramKind,
    ProgramTable,
    PublishedFigures,
    PublishedTieCount,
    RegionShare,
    RuleInfo,
    SectorShare,
    Severity,
    StrategicCountryProjects,
    Tie,
    TieState,
    TiesInForce,
    TimelineEvent,
    TimelineEventKind,
    Truth,
    ValidationError,
    ValidationReport,
    load,
    loads,
    read_csv,
    validation_rules,
)
from . import datasets, iati, reference

__version__: str = _core.__version__

__all__ = [
    "Agreement",
    "AgreementId",
    "AgreementKind",
    "AgreementStanding",
    "AgreementsInForce",
    "AgreementTable",
    "Budget",
    "CertainCount",
    "CodeStatus",
    "CouncilApproval",
    "DatePrecision",
    "Direction",
    "DormantTie",
    "DormantTies",
    "EngagementId",
    "EngagementTable",
    "EntityKind",
    "EntityRef",
    "ExchangeProgram",
    "ExchangeRow",
    "ExchangeTally",
    "FigureComparison",
    "Exchanges",
    "ExpiringAgreement",
    "ExpiringAgreements",
    "FileError",
    "Finding",
    "HomeGovernment",
    "InvalidValueError",
    "KindCoverage",
    "LastContact",
    "Money",
    "Municipality",
    "MunicipalityId",
    "MunicipalityTable",
    "NotFoundError",
    "OdaBudget",
    "OdaBudgetRow",
    "OdaEngagement",
    "OdaStatus",
    "PartialDate",
    "Partner",
    "PartnerId",
    "PartnerLevel",
    "PartnerTable",
    "Period",
    "Portfolio",
    "PriorityGaps",
    "ProgramId",
    "ProgramKind",
    "ProgramTable",
    "PublishedFigures",
    "PublishedTieCount",
    "RegionShare",
    "RuleInfo",
    "SectorShare",
    "Severity",
    "StrategicCountryProjects",
    "Tie",
    "TieState",
    "TiesInForce",
    "TimelineEvent",
    "TimelineEventKind",
    "Truth",
    "ValidationError",
    "ValidationReport",
    "__version__",
    "datasets",
    "iati",
    "load",
    "loads",
    "read_csv",
    "reference",
    "validation_rules",
]


def _present_as_public() -> None:
    # The types live in the private _core module; show (and pickle) them under the
    # package name users import, so that reprs and tracebacks read paradiplomacy.X.
    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) and obj.__module__ == _core.__name__:
            obj.__module__ = __name__


_present_as_public()
