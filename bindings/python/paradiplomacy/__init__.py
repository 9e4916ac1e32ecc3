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
...); and reported on with ``Portfolio.report``. Public twin-town lists are read with
:func:`read_twin_towns`. ``*_frame()``/``to_frame()`` give pandas
DataFrames (the ``frames`` extra). The bundled Gyeonggi-do data is in
:mod:`paradiplomacy.datasets`, ISO 3166, ISO 4217 and UN M49 look-ups in
:mod:`paradiplomacy.reference`, IATI activity files in :mod:`paradiplomacy.iati`, the command
line in :mod:`paradiplomacy.cli`.
"""

import os as _os
from collections.abc import Callable as _Callable
from collections.abc import Mapping as _Mapping

from . import _core, datasets, iati, reference
from ._core import (
    Agreement,
    AgreementId,
    AgreementKind,
    AgreementsInForce,
    AgreementStanding,
    AgreementTable,
    Budget,
    BudgetStatus,
    BudgetType,
    CertainCount,
    CodeStatus,
    CouncilApproval,
    CountryShare,
    DatePrecision,
    Direction,
    DormantTie,
    DormantTies,
    EngagementId,
    EngagementTable,
    EntityKind,
    EntityRef,
    Envelope,
    EnvelopeId,
    EnvelopeTable,
    EnvelopeUse,
    EnvelopeUseRow,
    ExchangeProgram,
    ExchangeRow,
    Exchanges,
    ExchangeTally,
    ExpiringAgreement,
    ExpiringAgreements,
    FigureComparison,
    FileError,
    Finding,
    HomeGovernment,
    InvalidValueError,
    KindCoverage,
    LanguageSource,
    LastContact,
    Money,
    MoneyGrouping,
    MoneyLine,
    MoneyLineId,
    MoneyLineTable,
    MoneyStage,
    MoneyTotalRow,
    MoneyTotals,
    Municipality,
    MunicipalityId,
    MunicipalityTable,
    NotFoundError,
    OdaBudget,
    OdaBudgetRow,
    OdaEngagement,
    OdaFlowRow,
    OdaFlows,
    OdaStatus,
    Organisation,
    OrganisationId,
    OrganisationKind,
    OrganisationRecord,
    OrganisationRole,
    OrganisationTable,
    OtherIdentifierType,
    PartialDate,
    Participant,
    Partner,
    PartnerId,
    PartnerLanguages,
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
    RegionVocabulary,
    RuleInfo,
    SectorShare,
    Severity,
    StrategicCountryProjects,
    SupranationalShare,
    Tie,
    TiesInForce,
    TieState,
    TimelineEvent,
    TimelineEventKind,
    TransactionTotal,
    TransactionType,
    Truth,
    TwinCity,
    TwinPair,
    TwinTownCounts,
    TwinTowns,
    UnmappedCountryName,
    ValidationError,
    ValidationReport,
    load,
    loads,
    read_csv,
    validation_rules,
)


def read_twin_towns(
    path: str | _os.PathLike[str],
    *,
    columns: _Mapping[str, str] | None = None,
    delimiter: str | None = None,
    progress: _Callable[[int, int], object] | None = None,
) -> TwinTowns:
    """Reads a public twin-town list into undirected, de-duplicated pairs (docs/twin-towns.md).

    The file is CSV, semicolon- or tab-separated (``delimiter``: ``","``, ``";"``, ``"\\t"`` or
    ``"|"``; sniffed from the header when not given). Its header names the columns ``city1``,
    ``country1``, ``city2``, ``country2`` (and ``city1_qid``, ``city2_qid`` for Wikidata items),
    or ``columns`` maps those fields to the file's own header cells, e.g. for a Wikidata export
    ``{"city1": "origincityLabel", "country1": "origincountry", "city2": "sistercityLabel",
    "country2": "destination_countryLabel", "city1_qid": "origincity", "city2_qid": "sistercity"}``.
    ``progress(done, total)`` is called now and then with the bytes parsed and the file size.

    Returns a :class:`TwinTowns`: iterate it for the pairs, ``.to_frame()`` for a DataFrame,
    ``.counts`` (rows, pairs, duplicates, self-pairs, rows with unknown or historical country
    names), ``.unmapped`` and ``.historical`` (the names with their counts), and
    ``.portfolio(city, country, region=...)`` for one city's portfolio. Raises
    :class:`FileError` (the header error says what the file holds) and
    :class:`InvalidValueError` (a bad mapping or delimiter).
    """
    return _core.read_twin_towns(
        _os.fspath(path),
        columns=None if columns is None else dict(columns),
        delimiter=delimiter,
        progress=progress,
    )


__version__: str = _core.__version__

__all__ = [
    "Agreement",
    "AgreementId",
    "AgreementKind",
    "AgreementStanding",
    "AgreementTable",
    "AgreementsInForce",
    "Budget",
    "BudgetStatus",
    "BudgetType",
    "CertainCount",
    "CodeStatus",
    "CouncilApproval",
    "CountryShare",
    "DatePrecision",
    "Direction",
    "DormantTie",
    "DormantTies",
    "EngagementId",
    "EngagementTable",
    "EntityKind",
    "EntityRef",
    "Envelope",
    "EnvelopeId",
    "EnvelopeTable",
    "EnvelopeUse",
    "EnvelopeUseRow",
    "ExchangeProgram",
    "ExchangeRow",
    "ExchangeTally",
    "Exchanges",
    "ExpiringAgreement",
    "ExpiringAgreements",
    "FigureComparison",
    "FileError",
    "Finding",
    "HomeGovernment",
    "InvalidValueError",
    "KindCoverage",
    "LanguageSource",
    "LastContact",
    "Money",
    "MoneyGrouping",
    "MoneyLine",
    "MoneyLineId",
    "MoneyLineTable",
    "MoneyStage",
    "MoneyTotalRow",
    "MoneyTotals",
    "Municipality",
    "MunicipalityId",
    "MunicipalityTable",
    "NotFoundError",
    "OdaBudget",
    "OdaBudgetRow",
    "OdaEngagement",
    "OdaFlowRow",
    "OdaFlows",
    "OdaStatus",
    "Organisation",
    "OrganisationId",
    "OrganisationKind",
    "OrganisationRecord",
    "OrganisationRole",
    "OrganisationTable",
    "OtherIdentifierType",
    "PartialDate",
    "Participant",
    "Partner",
    "PartnerId",
    "PartnerLanguages",
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
    "RegionVocabulary",
    "RuleInfo",
    "SectorShare",
    "Severity",
    "StrategicCountryProjects",
    "SupranationalShare",
    "Tie",
    "TieState",
    "TiesInForce",
    "TimelineEvent",
    "TimelineEventKind",
    "TransactionTotal",
    "TransactionType",
    "Truth",
    "TwinCity",
    "TwinPair",
    "TwinTownCounts",
    "TwinTowns",
    "UnmappedCountryName",
    "ValidationError",
    "ValidationReport",
    "__version__",
    "datasets",
    "iati",
    "load",
    "loads",
    "read_csv",
    "read_twin_towns",
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
