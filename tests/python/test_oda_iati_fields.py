# SPDX-License-Identifier: Apache-2.0
"""The IATI-shaped members of an ODA engagement from Python: recipient countries and
regions, budget value date, type and status, transaction totals, default currency,
reporting organisation and the participating organisations (organisation records in
their roles, with the organisation's own activity identifier); constructors, equality,
round trips through JSON and CSV, and the frames."""

from __future__ import annotations

import datetime
import pathlib

import paradiplomacy as pd
import pytest


def water(p: pd.Portfolio) -> pd.EngagementId:
    p.add_organisation("koica", name_en="KOICA", kind="public_agency", iati_ref="KR-GOV-051", iati_type=10)
    p.add_organisation("gwc", name_en="Gyeonggi Water Corporation", kind="public_agency")
    return p.add_engagement(
        "koica-vn-water",
        recipient="VN",
        status="implementation",
        recipient_countries=[pd.CountryShare("VN", 70.0), pd.CountryShare("LA", 20.0)],
        recipient_regions=[
            pd.SupranationalShare(798, percentage=5.0),
            pd.SupranationalShare(35, pd.RegionVocabulary.UN_M49, 5.0),
        ],
        sectors=[pd.SectorShare("140")],
        budgets=[
            pd.Budget(
                pd.Period("2019-01-01", "2019-12-31"),
                pd.Money(1500000.0, "USD"),
                value_date=datetime.date(2019, 1, 1),
                type="revised",
                status=pd.BudgetStatus.COMMITTED,
            )
        ],
        transactions=[
            pd.TransactionTotal(2019, "outgoing_commitment", pd.Money(1500000.0, "USD"), count=1),
            pd.TransactionTotal(2019, pd.TransactionType.DISBURSEMENT, pd.Money(600000.5, "USD"), 3),
        ],
        default_currency="USD",
        reporting_org=pd.Organisation("KR-GOV-051", "Korea International Cooperation Agency", 10),
        organisations=[("koica", "funding", "KOICA-2019-0042"), ("gwc", pd.OrganisationRole.IMPLEMENTING)],
        other_sectors=[("99", "WASH-2", 100.0), ("10", "3", None)],
        transaction_sectors=True,
        other_identifiers=[("KR-GOV-OLD", pd.OtherIdentifierType.PREVIOUS_REPORTING_ORG)],
    )


def test_the_new_members_read_back_as_given(gyeonggi: pd.Portfolio) -> None:
    e = gyeonggi.engagements[water(gyeonggi)]
    assert e.recipient_countries == [pd.CountryShare("VN", 70.0), pd.CountryShare("LA", 20.0)]
    assert e.recipient_regions[1].code == 35
    assert e.recipient_regions[1].vocabulary is pd.RegionVocabulary.UN_M49
    assert e.recipient_regions[0].vocabulary is pd.RegionVocabulary.OECD_DAC
    assert e.sectors[0].purpose == "140"
    assert e.sectors[0].sector == "140"
    budget = e.budgets[0]
    assert budget.value_date == pd.PartialDate("2019-01-01")
    assert budget.type is pd.BudgetType.REVISED
    assert budget.status is pd.BudgetStatus.COMMITTED
    assert [t.type for t in e.transactions] == [pd.TransactionType.OUTGOING_COMMITMENT, pd.TransactionType.DISBURSEMENT]
    assert e.transactions[1].amount == pd.Money(600000.5, "USD")
    assert e.transactions[1].count == 3
    assert e.default_currency == "USD"
    assert e.reporting_org == pd.Organisation("KR-GOV-051", "Korea International Cooperation Agency", 10)
    (koica, funding, activity_id), (gwc, implementing, none) = e.organisations
    assert (funding, activity_id) == (pd.OrganisationRole.FUNDING, "KOICA-2019-0042")
    assert (koica.iati_ref, koica.iati_type) == ("KR-GOV-051", 10)
    assert (implementing, none) == (pd.OrganisationRole.IMPLEMENTING, "")
    assert (gwc.iati_ref, gwc.iati_type) == ("", None)  # unknown


def test_defaults_of_an_engagement_without_them(gyeonggi: pd.Portfolio) -> None:
    e = gyeonggi.engagements[gyeonggi.add_engagement("plain", recipient="MN")]
    assert e.recipient_countries == []
    assert e.recipient_regions == []
    assert e.transactions == []
    assert e.organisations == []
    assert e.default_currency is None
    assert e.reporting_org is None
    assert (e.other_sectors, e.transaction_sectors, e.other_identifiers) == ([], False, [])
    b = pd.Budget(pd.Period("2019", "2019"), pd.Money(1.0, "USD"))
    assert (b.value_date, b.type, b.status) == (None, pd.BudgetType.ORIGINAL, pd.BudgetStatus.INDICATIVE)


def test_value_classes_compare_hash_and_repr() -> None:
    t = pd.TransactionTotal(2020, "disbursement", pd.Money(5.0, "KRW"))
    assert t == pd.TransactionTotal(2020, pd.TransactionType.DISBURSEMENT, pd.Money(5.0, "KRW"), 0)
    assert t != pd.TransactionTotal(2020, "expenditure", pd.Money(5.0, "KRW"))
    assert len({t, pd.TransactionTotal(2020, "disbursement", pd.Money(5.0, "KRW"))}) == 1
    assert repr(t) == "TransactionTotal(2020, 'disbursement', Money(5.0, 'KRW'), count=0)"
    o = pd.Organisation("KR-GOV-051", "KOICA", 10)
    assert repr(o) == "Organisation('KR-GOV-051', 'KOICA', 10)"
    assert hash(o) == hash(pd.Organisation("KR-GOV-051", "KOICA", 10))
    assert o != pd.Organisation("KR-GOV-051", "KOICA", 0)
    assert repr(pd.SupranationalShare(798)) == "SupranationalShare(798, RegionVocabulary.OECD_DAC, 100.0)"
    assert repr(pd.CountryShare("VN", 70.0)) == "CountryShare('VN', 70.0)"
    b = pd.Budget(pd.Period("2019", "2019"), pd.Money(1.0, "USD"), type="revised")
    assert "type='revised'" in repr(b)
    assert b != pd.Budget(pd.Period("2019", "2019"), pd.Money(1.0, "USD"))


def test_bad_values_are_refused() -> None:
    with pytest.raises(pd.InvalidValueError, match="region code 1000: expected 0-999"):
        pd.SupranationalShare(1000)
    with pytest.raises(pd.InvalidValueError, match="organisation type 100: expected an IATI code 0-99"):
        pd.Organisation(type=100)
    with pytest.raises(pd.InvalidValueError, match='TransactionType "payment": expected one of incoming_funds'):
        pd.TransactionTotal(2019, "payment", pd.Money(1.0, "USD"))
    assert pd.CountryShare("vn").country == "VN"
    with pytest.raises(pd.InvalidValueError, match='country code "v1"'):
        pd.CountryShare("v1")
    with pytest.raises(pd.InvalidValueError, match="purpose code"):
        pd.SectorShare("1400")


def test_what_iati_rules_need_beyond_dac_sectors_reads_back(gyeonggi: pd.Portfolio) -> None:
    e = gyeonggi.engagements[water(gyeonggi)]
    assert e.other_sectors == [("99", "WASH-2", 100.0), ("10", "3", None)]
    assert e.transaction_sectors is True
    assert e.other_identifiers == [("KR-GOV-OLD", pd.OtherIdentifierType.PREVIOUS_REPORTING_ORG)]
    with pytest.raises(pd.InvalidValueError, match="needs its vocabulary and its code"):
        gyeonggi.add_engagement("bad", recipient="VN", other_sectors=[("", "X", None)])
    with pytest.raises(pd.InvalidValueError, match="percentage outside 0-100"):
        gyeonggi.add_engagement("bad", recipient="VN", other_sectors=[("99", "X", 500.0)])
    assert "bad" not in gyeonggi.engagements


def test_json_round_trip_keeps_every_member(gyeonggi: pd.Portfolio) -> None:
    water(gyeonggi)
    back = pd.loads(gyeonggi.dumps())
    assert back == gyeonggi
    e = back.engagements["koica-vn-water"]
    assert e.organisations[0][0].name_en == "KOICA"
    assert e.transactions[0].count == 1


def test_csv_round_trip_keeps_every_member(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    water(gyeonggi)
    gyeonggi.to_csv(tmp_path)
    assert (tmp_path / "oda_transactions.csv").exists()
    back = pd.read_csv(tmp_path)
    assert back == gyeonggi
    assert back.engagements["koica-vn-water"].reporting_org == gyeonggi.engagements["koica-vn-water"].reporting_org
    assert not (tmp_path / "oda_participants.csv").exists()  # the organisations cell and table hold them


def test_frames_carry_the_new_columns(gyeonggi: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    water(gyeonggi)
    budgets = gyeonggi.oda_budgets_frame()
    row = budgets[budgets["engagement"] == "koica-vn-water"].iloc[0]
    assert row["default_currency"] == "USD"
    assert row["reporting_org"] == "KR-GOV-051"
    assert row["budget_type"] == "revised"
    assert row["budget_status"] == "committed"
    flows = gyeonggi.oda_transactions_frame()
    assert list(flows["engagement"]) == ["koica-vn-water", "koica-vn-water"]
    assert list(flows["year"]) == [2019, 2019]
    assert list(flows["amount"]) == [1500000.0, 600000.5]
    assert list(flows["count"]) == [1, 3]
    assert list(flows["currency"]) == ["USD", "USD"]


def test_oda_flows_split_by_recipient_share(gyeonggi: pd.Portfolio) -> None:
    water(gyeonggi)
    rows = list(gyeonggi.oda_flows(year=2019))
    by_recipient = {r.recipient: r for r in rows}
    assert sorted(by_recipient) == ["LA", "VN", "ZZ"]
    assert by_recipient["VN"].committed == pytest.approx(1050000.0)
    assert by_recipient["VN"].disbursed == pytest.approx(420000.35)
    assert by_recipient["ZZ"].committed == pytest.approx(150000.0)
    assert by_recipient["LA"].currency == "USD"
    assert by_recipient["LA"].engagements == 1
    assert len(gyeonggi.oda_flows(recipient="LA")) == 1


def test_oda_flows_frame_has_a_row_per_recipient_year_and_currency(gyeonggi: pd.Portfolio) -> None:
    water(gyeonggi)
    flows = gyeonggi.oda_flows(year=2019)
    frame = flows.to_frame()
    assert list(frame.columns) == [
        "recipient",
        "year",
        "currency",
        "committed",
        "disbursed",
        "expenditure",
        "engagements",
    ]
    assert list(frame["recipient"]) == [r.recipient for r in flows]
    by_recipient = frame.set_index("recipient")
    assert by_recipient.loc["VN", "committed"] == pytest.approx(1050000.0)
    assert by_recipient.loc["LA", "disbursed"] == pytest.approx(120000.1)
    assert by_recipient.loc["ZZ", "expenditure"] == 0.0
    assert set(frame["year"]) == {2019}
    assert gyeonggi.oda_flows(recipient="XX").to_frame().empty


def test_an_older_sheets_participants_and_implementers_become_organisations(tmp_path: pathlib.Path) -> None:
    (tmp_path / "oda.csv").write_text(
        "id,recipient,status,implementers\nvn-1,VN,implementation,Gyeonggi Water\n", encoding="utf-8"
    )
    (tmp_path / "oda_participants.csv").write_text(
        "oda,ref,name,type,role,activity_id\nvn-1,KR-GOV-051,KOICA,10,funding,K-1\n", encoding="utf-8"
    )
    p = pd.read_csv(tmp_path, home="KR-41")
    assert sorted(p.organisations.keys()) == ["Gyeonggi Water", "KR-GOV-051"]
    assert [(o.key, role, activity_id) for o, role, activity_id in p.engagements["vn-1"].organisations] == [
        ("KR-GOV-051", pd.OrganisationRole.FUNDING, "K-1"),
        ("Gyeonggi Water", pd.OrganisationRole.IMPLEMENTING, ""),
    ]
    assert p.organisations["KR-GOV-051"].iati_type == 10
    assert p.organisations["KR-GOV-051"].kind is pd.OrganisationKind.GOVERNMENT
