# SPDX-License-Identifier: Apache-2.0
"""Money beyond ODA: envelopes and money lines from Python, their rules, the money queries
with and without rates, frames, files and the report section."""

from __future__ import annotations

import datetime
import math
import pathlib

import paradiplomacy as pd
import pytest


def gyeonggi_2015() -> pd.Portfolio:
    """The 2015 ODA envelope (KRW 900 million, of which the Smart Class 200 million) and
    money lines of an agreement, a conference with two partners and an ODA engagement."""
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_partner("jp-kanagawa", level="region", region="JP-14")
    p.add_partner("cn-liaoning", level="region", region="CN-LN")
    p.add_partner("mn", level="country", country="MN")
    p.add_agreement("gg-kanagawa", partner="jp-kanagawa", kind="sister")
    p.add_program("three-regions-2015", kind="conference", partners=["jp-kanagawa", "cn-liaoning"])
    p.add_engagement("mn-smart-class", recipient="MN", recipient_partner="mn")
    p.add_envelope("oda-2015", year=2015, purpose="ODA", amount=900_000_000, currency="KRW")
    p.add_envelope(
        "smart-class-2015", year=2015, purpose="Smart Class", amount=200_000_000, currency="KRW", parent="oda-2015"
    )
    p.add_money_line(
        "sister-2015", stage="planned", year=2015, amount=30_000_000, currency="KRW", agreement="gg-kanagawa"
    )
    p.add_money_line(
        "conference-2015",
        stage=pd.MoneyStage.ACTUAL,
        year=2015,
        amount=12_000.0,
        currency="USD",
        program="three-regions-2015",
        purpose="venue",
    )
    p.add_money_line(
        "smart-2015",
        stage="actual",
        year=2015,
        amount=180_000_000,
        currency="KRW",
        engagement="mn-smart-class",
        envelope="smart-class-2015",
    )
    p.add_money_line(
        "emergency-2015", stage="actual", year=2015, amount=110_000_000, currency="KRW", envelope="oda-2015"
    )
    return p


def money_findings(p: pd.Portfolio) -> list[tuple[str, str]]:
    """The findings about envelopes and money lines, as (rule, record key), sorted."""
    kinds = {pd.EntityKind.ENVELOPE, pd.EntityKind.MONEY_LINE}
    return sorted((f.rule, f.entity.key) for f in p.validate().findings if f.entity.kind in kinds)


def test_records_read_back_with_their_links() -> None:
    p = gyeonggi_2015()
    smart = p.envelopes["smart-class-2015"]
    assert isinstance(smart, pd.Envelope)
    assert smart.id == pd.EnvelopeId(1)
    assert smart.parent is not None and smart.parent.key == "oda-2015"
    assert (smart.year, smart.amount, smart.currency, smart.purpose) == (2015, 200_000_000.0, "KRW", "Smart Class")
    line = p.money_lines["smart-2015"]
    assert isinstance(line, pd.MoneyLine) and line.id == pd.MoneyLineId(2)
    assert line.stage is pd.MoneyStage.ACTUAL
    assert line.engagement is not None and line.engagement.key == "mn-smart-class"
    assert line.envelope is not None and line.envelope.key == "smart-class-2015"
    assert line.agreement is None and line.program is None and line.period is None
    assert money_findings(p) == []


def test_adding_refuses_what_no_file_can_hold_and_changes_nothing() -> None:
    p = gyeonggi_2015()
    with pytest.raises(pd.InvalidValueError, match="amount is not a finite number"):
        p.add_money_line("nan", stage="actual", year=2015, amount=math.nan, currency="KRW", envelope="oda-2015")
    with pytest.raises(pd.InvalidValueError, match="amount is not a finite number"):
        p.add_envelope("inf", year=2015, amount=math.inf, currency="KRW")
    with pytest.raises(ValueError, match="spent"):
        p.add_money_line("x", stage="spent", year=2015, amount=1, currency="KRW", envelope="oda-2015")
    with pytest.raises(ValueError, match="currency code"):
        p.add_envelope("y", year=2015, amount=1, currency="won")
    with pytest.raises(pd.NotFoundError):
        p.add_money_line("z", stage="actual", year=2015, amount=1, currency="KRW", envelope="oda-2099")
    assert len(p.money_lines) == 4 and len(p.envelopes) == 2


def test_money_rules_are_findings_with_their_ids() -> None:
    p = gyeonggi_2015()
    p.add_money_line("no-currency", stage="actual", year=2015, amount=5, envelope="oda-2015")
    p.add_money_line("nothing", stage="actual", year=2015, amount=5, currency="KRW")
    p.add_money_line("negative-plan", stage="planned", year=2015, amount=-5, currency="KRW", envelope="oda-2015")
    p.add_envelope("too-big", year=2015, amount=800_000_000, currency="KRW", parent="oda-2015")
    p.add_envelope("usd-part", year=2016, amount=1, currency="USD", parent="oda-2015")
    assert money_findings(p) == [
        ("envelope.parent.currency", "usd-part"),
        ("envelope.parent.year", "usd-part"),
        ("envelope.parts.exceed", "oda-2015"),
        ("money.amount.negative", "negative-plan"),
        ("money.currency.missing", "no-currency"),
        ("money.subject.none", "nothing"),
    ]
    rules = {r.id for r in pd.validation_rules()}
    assert {"envelope.parent.cycle", "ref.money.envelope", "money.subject.several"} <= rules


def test_money_totals_by_year_keep_currencies_apart() -> None:
    totals = gyeonggi_2015().money_totals()
    assert [(r.year, r.group, r.stage, r.currency, r.amount, r.lines, r.converted_from) for r in totals] == [
        (2015, "", pd.MoneyStage.PLANNED, "KRW", 30_000_000.0, 1, []),
        (2015, "", pd.MoneyStage.ACTUAL, "KRW", 290_000_000.0, 2, []),
        (2015, "", pd.MoneyStage.ACTUAL, "USD", 12_000.0, 1, []),
    ]
    assert repr(totals[2]) == "<MoneyTotalRow 2015 actual: 12000.0 USD>"


def test_money_totals_by_partner_country_and_kind() -> None:
    p = gyeonggi_2015()
    by_partner = p.money_totals("partner", stage="actual")
    assert [(r.group, r.currency, r.amount) for r in by_partner] == [
        ("", "KRW", 110_000_000.0),
        ("cn-liaoning", "USD", 12_000.0),
        ("jp-kanagawa", "USD", 12_000.0),
        ("mn", "KRW", 180_000_000.0),
    ]
    by_country = p.money_totals(pd.MoneyGrouping.COUNTRY, year=2015, stage=pd.MoneyStage.PLANNED)
    assert [(r.group, r.amount) for r in by_country] == [("JP", 30_000_000.0)]
    by_kind = p.money_totals("kind")
    assert [r.group for r in by_kind] == [
        "agreement:sister",
        "envelope",
        "oda",
        "program:conference",
    ]
    assert len(p.money_totals(year=1999)) == 0
    with pytest.raises(ValueError, match="sector"):
        p.money_totals("sector")


def test_rates_convert_only_the_currencies_given_and_say_so() -> None:
    p = gyeonggi_2015()
    p.add_money_line("yen", stage="actual", year=2015, amount=100, currency="JPY", agreement="gg-kanagawa")
    totals = p.money_totals(stage="actual", convert_to="KRW", rates={"USD": 1100.0, ("USD", 2015): 1131.5})
    assert [(r.currency, r.amount, r.converted_from) for r in totals] == [
        ("JPY", 100.0, []),
        ("KRW", 290_000_000.0 + 12_000.0 * 1131.5, ["USD"]),
    ]
    assert repr(totals[1]).endswith("KRW (converted)>")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rates": {"USD": 1100.0}}, "rates given without convert_to"),
        ({"convert_to": "KRW", "rates": {"USD": 0}}, "is not a number above 0"),
        ({"convert_to": "KRW", "rates": {"USD": -3.5}}, "is not a number above 0"),
        ({"convert_to": "KRW", "rates": {"KRW": 2.0}}, "is the target currency"),
        ({"convert_to": "KRW", "rates": {"us$": 2.0}}, "currency code"),
        ({"convert_to": "KRW", "rates": {"dol": 2.0}}, 'currency code "dol": a code in lower case is taken only'),
        ({"convert_to": "KRW", "rates": {2015: 2.0}}, "a key is a currency code or a"),
        ({"convert_to": "KRW", "rates": {("USD", "2015"): 2.0}}, "a key is a currency code or a"),
        ({"convert_to": "KRW", "rates": {"USD": "1100"}}, "is not a number"),
        ({"convert_to": "won", "rates": {"USD": 2.0}}, "currency code"),
    ],
)
def test_rates_that_cannot_be_right_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        gyeonggi_2015().money_totals(**kwargs)  # type: ignore[arg-type]


def test_envelope_use_counts_what_is_under_each_envelope() -> None:
    p = gyeonggi_2015()
    p.add_money_line(
        "usd",
        stage="actual",
        year=2015,
        amount=1000,
        currency="USD",
        program="three-regions-2015",
        envelope="smart-class-2015",
    )
    use = p.envelope_use()
    oda, smart = use[0], use[1]
    assert oda.envelope.key == "oda-2015" and oda.parent is None
    assert (oda.amount, oda.planned, oda.actual, oda.remaining) == (900e6, 0.0, 290e6, 610e6)
    assert (oda.sub_envelopes, oda.unallocated, oda.lines, oda.uncounted_lines) == (200e6, 700e6, 2, 1)
    assert smart.parent is not None and smart.parent.key == "oda-2015"
    assert (smart.actual, smart.remaining, smart.uncounted_lines) == (180e6, 20e6, 1)
    converted = p.envelope_use(year=2015, convert_to="KRW", rates={"USD": 1200})
    assert (converted[1].actual, converted[1].uncounted_lines, converted[1].converted_from) == (
        180e6 + 1.2e6,
        0,
        ["USD"],
    )
    assert len(p.envelope_use(year=2016)) == 0


def test_frames() -> None:
    pytest.importorskip("pandas")
    p = gyeonggi_2015()
    totals = p.money_totals("partner", convert_to="KRW", rates={"USD": 1100}).to_frame()
    assert list(totals.columns) == ["year", "group", "stage", "currency", "amount", "lines", "converted_from"]
    assert list(totals["group"]) == ["", "cn-liaoning", "jp-kanagawa", "jp-kanagawa", "mn"]
    assert list(totals["stage"]) == ["actual", "actual", "planned", "actual", "actual"]
    assert list(totals["converted_from"]) == ["", "USD", "", "USD", ""]
    assert list(totals["amount"]) == [110e6, 13.2e6, 30e6, 13.2e6, 180e6]
    use = p.envelope_use().to_frame()
    assert list(use["envelope"]) == ["oda-2015", "smart-class-2015"]
    assert use["parent"].isna().tolist() == [True, False]
    assert list(use["remaining"]) == [610e6, 20e6]
    lines = p.money_lines_frame()
    assert list(lines["key"]) == ["sister-2015", "conference-2015", "smart-2015", "emergency-2015"]
    assert list(lines["amount"]) == [30e6, 12e3, 180e6, 110e6]
    assert list(lines["envelope"].astype(object).where(lines["envelope"].notna(), None)) == [
        None,
        None,
        "smart-class-2015",
        "oda-2015",
    ]
    envelopes = p.envelopes_frame()
    assert list(envelopes["year"]) == [2015, 2015]
    assert list(envelopes["currency"]) == ["KRW", "KRW"]


def test_envelopes_and_lines_round_trip_through_json_and_csv(tmp_path: pathlib.Path) -> None:
    p = gyeonggi_2015()
    p.add_money_line(
        "refund",
        stage="actual",
        year=2015,
        amount=-250.75,
        currency="USD",
        program="three-regions-2015",
        period=pd.Period("2015-10", "2015-12"),
    )
    text = p.dumps()
    assert '"envelopes": [' in text and '"money_lines": [' in text
    assert '"amount": -250.75' in text
    assert pd.loads(text) == p
    p.to_csv(tmp_path / "tables")
    assert (
        (tmp_path / "tables" / "envelopes.csv")
        .read_text(encoding="utf-8")
        .startswith("id,year,purpose,amount,currency,parent,")
    )
    assert pd.read_csv(tmp_path / "tables") == p


def test_a_version_1_document_cannot_hold_envelopes() -> None:
    with pytest.raises(pd.FileError, match='member "envelopes" came in version 2 of the format'):
        pd.loads('{"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, "envelopes": []}')


def test_report_has_a_money_section() -> None:
    report = gyeonggi_2015().report(today=datetime.date(2025, 6, 1), include_validation=False)
    section = report[report.index("Money by year") :]
    assert "  2015 planned: 30000000 KRW (1 line)\n" in section
    assert "  2015 spent: 290000000 KRW (2 lines); 12000 USD (1 line)\n" in section
    assert "      2015 Smart Class (smart-class-2015): 200000000 KRW; planned 0, spent 180000000" in section
