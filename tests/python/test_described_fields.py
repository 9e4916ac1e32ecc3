# SPDX-License-Identifier: Apache-2.0
"""Every described field of every record kind (include/paradiplomacy/model/*.hpp,
Description<R>) reaches Python: a property, an add_* keyword that carries a value other
than the default there and back, and a frame column unless the field is listed here as not
one on purpose. And the generated parts of _core.pyi match what the module describes."""

from __future__ import annotations

import datetime
import enum
import importlib.util
import pathlib
from typing import Any

import paradiplomacy as pd
import pytest
from paradiplomacy import _core

ROOT = pathlib.Path(__file__).resolve().parents[2]
DESCRIPTION: dict[str, dict[str, Any]] = _core._describe()
# Every record kind, in the order of include/paradiplomacy/model/record_kinds.hpp.
KINDS = list(DESCRIPTION)

# The keywords a record of each kind needs besides the one tested.
BASE: dict[str, dict[str, object]] = {
    "Municipality": {},
    "Partner": {"level": "city", "country": "JP"},
    "Designation": {"partner": "cn-hebei", "kind": "priority"},
    "Agreement": {"partner": "cn-hebei", "kind": "mou"},
    "ExchangeProgram": {"kind": "delegation", "partners": ["cn-hebei"]},
    "OdaEngagement": {"recipient": "MN"},
    "OrganisationRecord": {"kind": "ngo"},
    "Office": {},
    "StaffingFact": {"office": "gg-dpd", "as_of": "2017"},
    "PolicyGoal": {"office": "gg-dpd"},
    "PolicyTask": {"goal": "goal-1"},
    "Linguist": {"kind": "interpreter", "languages": ["ja"]},
    "Document": {"kind": "plan", "language": "ko"},
    "Envelope": {"year": 2015, "amount": 900.0, "currency": "KRW"},
    "MoneyLine": {"stage": "planned", "year": 2015, "amount": 5.0, "currency": "KRW"},
    "Result": {"type": "output"},
    "Indicator": {"result": "result-1", "measure": "unit"},
    "IndicatorPeriod": {"indicator": "indicator-1"},
}

# Values other than the default (or than BASE) per field, with what the property gives back
# when that is not the value itself.
Sample = tuple[object, object]
SAMPLES: dict[str, Sample] = {
    "name_en": ("Sample", "Sample"),
    "name_local": ("샘플", "샘플"),
    "title": ("A title", "A title"),
    "wikidata": ("Q1490", "Q1490"),
    "source": ("https://example.org/a", "https://example.org/a"),
    "note": ("one article says 1994", "one article says 1994"),
    "iati_identifier": ("KR-GOV-051-1", "KR-GOV-051-1"),
    "uncertain": (True, True),
    "proposed": (True, True),
    "transaction_sectors": (True, True),
    "brand_project": (True, True),
    "level": ("region", pd.PartnerLevel.REGION),
    "country": ("CN", "CN"),
    "region": ("JP-13", "JP-13"),
    "world_region": (30, 30),
    "partner": ("mn", "mn"),
    "signatory": ("suwon", "suwon"),
    "Agreement.kind": ("sister", pd.AgreementKind.SISTER),
    "ExchangeProgram.kind": ("conference", pd.ProgramKind.CONFERENCE),
    "Designation.kind": ("strategic_oda", pd.DesignationKind.STRATEGIC_ODA),
    "OrganisationRecord.kind": ("university", pd.OrganisationKind.UNIVERSITY),
    "OrganisationRecord.country": ("KR", "KR"),
    "iati_ref": ("KR-GOV-051", "KR-GOV-051"),
    "website": ("https://www.koica.go.kr", "https://www.koica.go.kr"),
    "validity": (pd.Period("2010-01", "2014-12"), pd.Period("2010-01", "2014-12")),
    "supersedes": ("gg-hebei-mou", "gg-hebei-mou"),
    "council_approval": ("approved", pd.CouncilApproval.APPROVED),
    "fields": (["economy", "culture"], ["economy", "culture"]),
    "languages": (["ko", "zh-Hans"], ["ko", "zh-Hans"]),
    "direction": ("inbound", pd.Direction.INBOUND),
    "organiser": (pd.MunicipalityId(0), "suwon"),
    "headcount": (0, 0),
    "partners": (["cn-hebei", "mn"], ["cn-hebei", "mn"]),
    "municipalities": (["suwon"], ["suwon"]),
    "agreement": ("gg-hebei-mou", "gg-hebei-mou"),
    "leader": ("Vice-Governor Kim", "Vice-Governor Kim"),
    "cities_visited": (["Suwon", "Goyang"], ["Suwon", "Goyang"]),
    "topics": (["smart city", "water management"], ["smart city", "water management"]),
    "recipient": ("VN", "VN"),
    "recipient_partner": ("mn", "mn"),
    "recipient_countries": ([pd.CountryShare("MN", 60.0)], [pd.CountryShare("MN", 60.0)]),
    "recipient_regions": ([pd.SupranationalShare(798)], [pd.SupranationalShare(798)]),
    "regions": ([pd.RegionShare("MN-1", 50.0)], [pd.RegionShare("MN-1", 50.0)]),
    "sectors": ([pd.SectorShare("11220")], [pd.SectorShare("11220")]),
    "other_sectors": ([("10", "1.2", None)], [("10", "1.2", None)]),
    "budgets": (
        [pd.Budget(pd.Period("2020-01-01", "2020-12-31"), pd.Money(1000.0, "KRW"))],
        [pd.Budget(pd.Period("2020-01-01", "2020-12-31"), pd.Money(1000.0, "KRW"))],
    ),
    "transactions": (
        [pd.TransactionTotal(2020, "disbursement", pd.Money(5.0, "USD"), 2)],
        [pd.TransactionTotal(2020, "disbursement", pd.Money(5.0, "USD"), 2)],
    ),
    "default_currency": ("KRW", "KRW"),
    "status": ("closed", pd.OdaStatus.CLOSED),
    "reporting_org": (pd.Organisation("KR-GOV-051", "Gyeonggi", 10), pd.Organisation("KR-GOV-051", "Gyeonggi", 10)),
    "other_identifiers": (
        [("KR-OLD-1", pd.OtherIdentifierType.PREVIOUS_ACTIVITY)],
        [("KR-OLD-1", pd.OtherIdentifierType.PREVIOUS_ACTIVITY)],
    ),
    "programs": (["training"], ["training"]),
    "office": ("gg-cooperation", "gg-cooperation"),
    "teams": (3, 3),
    "staff": (20, 20),
    "team_names": (["ODA Team", "Cooperation Team"], ["ODA Team", "Cooperation Team"]),
    "number": (4, 4),
    "title_en": ("To conduct ODA projects", "To conduct ODA projects"),
    "title_local": ("공적개발원조", "공적개발원조"),
    "PolicyGoal.period": (pd.Period("2017", "2019"), pd.Period("2017", "2019")),
    "goal": ("goal-2", "goal-2"),
    "policy_tasks": (["task-1"], ["task-1"]),
    "name": ("Kim Mi-young", "Kim Mi-young"),
    "count": (12, 12),
    "Linguist.kind": ("translator", pd.LinguistKind.TRANSLATOR),
    "Linguist.level": ("conference", pd.LinguistLevel.CONFERENCE),
    "shared_with_municipalities": (True, True),
    "Document.kind": ("agreement_text", pd.DocumentKind.AGREEMENT_TEXT),
    "language": ("zh-Hans", "zh-Hans"),
    "url": ("https://example.org/mou.pdf", "https://example.org/mou.pdf"),
    "file": ("international/mou/hebei-2009.pdf", "international/mou/hebei-2009.pdf"),
    "sha256": ("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",) * 2,
    "program": ("training", "training"),
    "Document.engagement": ("smart-class", "smart-class"),
    "translation_of": ("mou-ko", "mou-ko"),
    "translation_status": ("proofread", pd.TranslationStatus.PROOFREAD),
    "year": (2016, 2016),
    "amount": (1250.5, 1250.5),
    "currency": ("USD", "USD"),
    "purpose": ("Smart Class", "Smart Class"),
    "parent": ("oda-2015", "oda-2015"),
    "envelope": ("oda-2015", "oda-2015"),
    "MoneyLine.engagement": ("mn-smart-class", "mn-smart-class"),
    "MoneyLine.period": (pd.Period("2015-05", "2015-06"), pd.Period("2015-05", "2015-06")),
    "stage": ("actual", pd.MoneyStage.ACTUAL),
    "MoneyLine.program": ("training", "training"),
    "organisations": ([("gcf", "co_organiser", "GCF-1")], [("gcf", pd.OrganisationRole.CO_ORGANISER, "GCF-1")]),
    "iati_type": (21, 21),
    "members": (
        [("official", 3), ("interpreter", 2)],
        [(pd.DelegateRole.OFFICIAL, 3), (pd.DelegateRole.INTERPRETER, 2)],
    ),
    "iati_categories": (["A07", "B01"], ["A07", "B01"]),
    "format": ("application/pdf", "application/pdf"),
    "description": ("Classes opened in 12 schools", "Classes opened in 12 schools"),
    "Result.type": ("impact", pd.ResultType.IMPACT),
    "aggregation_status": ("suitable", pd.Aggregation.SUITABLE),
    "Result.engagement": ("smart-class", "smart-class"),
    "result": ("result-2", "result-2"),
    "measure": ("percentage", pd.IndicatorMeasure.PERCENTAGE),
    "descending": (True, True),
    "baseline_value": ("12", "12"),
    "baseline_comment": ("survey of 2018", "survey of 2018"),
    "indicator": ("indicator-2", "indicator-2"),
    "target": ("10", "10"),
    "target_comment": ("as planned", "as planned"),
    "actual": ("twelve", "twelve"),
    "actual_comment": ("two more", "two more"),
}
DATE_SAMPLE: Sample = (datetime.date(2015, 3, 2), "2015-03-02")

# Fields that are not columns of their kind's frame, on purpose: lists and parts that a
# row cannot hold (the ODA frames have a row per budget or transaction instead), text kept
# out of the overview frames, and the validity, given as valid_from and valid_until.
NOT_FRAME_COLUMNS: dict[str, set[str]] = {
    "Partner": {"wikidata", "world_region", "languages", "source", "note"},
    "Agreement": {
        "validity",
        "suspended_on",
        "resumed_on",
        "council_approved_on",
        "fields",
        "languages",
        "source",
        "note",
    },
    "ExchangeProgram": {
        "agreement",
        "leader",
        "cities_visited",
        "topics",
        "policy_tasks",
        "source",
        "note",
        "uncertain",
    },
    "PolicyGoal": {"period"},
    "MoneyLine": {"period"},
}
FRAMES = {kind: info["frame"] for kind, info in DESCRIPTION.items() if info["frame"]}
# Kinds without a frame of their own records.
NO_RECORD_FRAME = {"Municipality", "OdaEngagement"}


def fields(kind: str) -> list[tuple[str, str, str, bool, str, str]]:
    return [tuple(f) for f in DESCRIPTION[kind]["fields"]]


def portfolio() -> pd.Portfolio:
    p = pd.Portfolio("KR-41")
    p.add_municipality("suwon")
    p.add_partner("cn-hebei", level="region", region="CN-HE")
    p.add_partner("mn", level="country", country="MN")
    p.add_agreement("gg-hebei-mou", partner="cn-hebei", kind="mou")
    p.add_program("training", kind="official_training", partners=["mn"])
    p.add_office("gg-dpd")
    p.add_office("gg-cooperation")
    p.add_policy_goal("goal-1", office="gg-dpd")
    p.add_policy_goal("goal-2", office="gg-dpd")
    p.add_policy_task("task-1", goal="goal-1")
    p.add_engagement("smart-class", recipient="MN")
    p.add_document("mou-ko", kind="agreement_text", language="ko")
    p.add_engagement("mn-smart-class", recipient="MN")
    p.add_envelope("oda-2015", year=2015, amount=900.0, currency="KRW")
    p.add_organisation("gcf", kind="foundation")
    p.add_result("result-1", type="output", engagement="smart-class")
    p.add_result("result-2", type="outcome", program="training")
    p.add_indicator("indicator-1", result="result-1", measure="unit")
    p.add_indicator("indicator-2", result="result-1", measure="qualitative")
    return p


def comparable(value: object) -> object:
    """Linked records by their keys, dates as text, lists item by item."""
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, tuple):
        return tuple(comparable(v) for v in value)
    if type(value).__name__ in DESCRIPTION:  # a linked record
        return value.key  # type: ignore[attr-defined]
    if isinstance(value, pd.PartialDate):
        return str(value)
    return value


def sample(kind: str, name: str, keyword: str) -> Sample:
    if keyword.startswith("_DateLike"):
        return DATE_SAMPLE
    return SAMPLES.get(f"{kind}.{name}") or SAMPLES[name]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_described_with_its_key_first(kind: str) -> None:
    described = fields(kind)
    assert described[0][0] == "key"
    assert len({f[0] for f in described}) == len(described)
    assert {"source", "note", "uncertain"} <= {f[0] for f in described} or kind == "Municipality"


@pytest.mark.parametrize(
    ("kind", "name"), [(kind, f[0]) for kind in KINDS for f in fields(kind) if f[0] != "key"], ids=str
)
def test_field_is_a_property_and_a_keyword_that_round_trips(kind: str, name: str) -> None:
    field = next(f for f in fields(kind) if f[0] == name)
    _, annotation, doc, _required, keyword, _default = field
    given, expected = sample(kind, name, keyword)
    p = portfolio()
    add = getattr(p, DESCRIPTION[kind]["add"])
    table: Any = getattr(p, DESCRIPTION[kind]["table"])
    add("plain", **BASE[kind])
    add("given", **{**BASE[kind], name: given})
    plain, record = table["plain"], table["given"]
    cls = type(record)
    assert isinstance(cls.__dict__[name], property)
    assert cls.__dict__[name].__doc__ == doc
    value = getattr(record, name)
    assert comparable(value) == comparable(expected)
    assert comparable(getattr(plain, name)) != comparable(value), f"{name}: the sample is the default"
    if isinstance(expected, enum.Enum):
        assert annotation == type(expected).__name__


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_a_frame_column_or_listed_as_not_one(kind: str) -> None:
    if kind in NO_RECORD_FRAME:
        assert kind not in FRAMES
        return
    p = portfolio()
    frame = getattr(p, FRAMES[kind])()
    names = {f[0] for f in fields(kind)}
    not_columns = NOT_FRAME_COLUMNS.get(kind, set())
    assert not_columns <= names
    for name in sorted(names - not_columns):
        assert name in frame.columns, f"{kind}.{name} is neither a column of {FRAMES[kind]}() nor listed as not one"
    for name in sorted(not_columns):
        assert name not in frame.columns, f"{kind}.{name} is a column of {FRAMES[kind]}(): take it off the list"


def test_every_kind_is_exported_by_the_package_with_its_id_and_table() -> None:
    for kind, info in DESCRIPTION.items():
        for name in (kind, info["id"], info["table_class"]):
            assert name in pd.__all__ and getattr(pd, name) is getattr(_core, name), (
                f"paradiplomacy does not export {name}: add it to paradiplomacy/__init__.py"
            )


def test_the_add_keywords_are_the_described_fields() -> None:
    for kind in KINDS:
        doc = getattr(pd.Portfolio, DESCRIPTION[kind]["add"]).__doc__
        signature = doc.splitlines()[0]
        for name, *_ in fields(kind)[1:]:
            assert f", {name}: " in signature, f"{DESCRIPTION[kind]['add']} has no keyword {name}"


def test_a_partner_needs_a_country_or_a_region_by_the_library_rule() -> None:
    p = portfolio()
    with pytest.raises(pd.InvalidValueError, match='^partner "x": give a country or a region$'):
        p.add_partner("x", level="city")
    assert p.add_partner("y", level="region", region="CN-GD") == pd.PartnerId(2)
    assert p.partners["y"].country == "CN"
    assert "x" not in p.partners


def test_committed_stubs_match_the_module() -> None:
    spec = importlib.util.spec_from_file_location("generate_stubs", ROOT / "tools" / "generate_stubs.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    stubs = (ROOT / "bindings" / "python" / "paradiplomacy" / "_core.pyi").read_text(encoding="utf-8")
    assert generator.render(stubs, DESCRIPTION) == stubs, (
        f"_core.pyi differs from the record descriptions of the compiled module: run {generator.COMMAND}"
    )
