# SPDX-License-Identifier: Apache-2.0
"""paradiplomacy.iati: reading IATI activity files into a portfolio and writing them back."""

from __future__ import annotations

import datetime
import pathlib
import threading

import paradiplomacy as pd
import pytest
from paradiplomacy import iati

SHARED = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "iati"
KOREAN = SHARED / "real" / "dportal-covid-2021.xml"
CODELISTS = SHARED / "codelists"
SCHEMA = SHARED / "schema" / "iati-activities-schema.xsd"


def shared(path: pathlib.Path) -> pathlib.Path:
    if not path.exists():
        pytest.skip(f"IATI reference data not found at {path} (the shared data beside the repository)")
    return path


ACTIVITY = """\
  <iati-activity last-updated-datetime="2021-01-01T00:00:00Z" default-currency="KRW">
    <iati-identifier>{identifier}</iati-identifier>
    <reporting-org ref="KR-GOV-010" type="10"><narrative>Korea</narrative></reporting-org>
    <title><narrative>{title}</narrative></title>
    <description><narrative>A project.</narrative></description>
    <participating-org ref="KR-GOV-051" role="1" type="10"><narrative>KOICA</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date iso-date="2020-03-01" type="1"/>
    <activity-date iso-date="2021-12-31" type="3"/>
    <recipient-country code="{country}" percentage="100"/>
    <sector vocabulary="1" code="12220" percentage="60"/>
    <sector vocabulary="1" code="12191" percentage="40"/>
    <budget type="1" status="1">
      <period-start iso-date="2020-03-01"/>
      <period-end iso-date="2020-12-31"/>
      <value value-date="2020-03-01">1500000000</value>
    </budget>
    <transaction>
      <transaction-type code="3"/>
      <transaction-date iso-date="2020-06-30"/>
      <value value-date="2020-06-30">500000000</value>
    </transaction>
    <transaction>
      <transaction-type code="3"/>
      <transaction-date iso-date="2020-09-30"/>
      <value value-date="2020-09-30">250000000</value>
    </transaction>
  </iati-activity>
"""


def document(*activities: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<iati-activities version="2.03" generated-datetime="2021-01-01T00:00:00Z">\n'
        + "".join(activities)
        + "</iati-activities>\n"
    )


def activity(identifier: str = "KR-GOV-010-2020-1", title: str = "Hospital support", country: str = "VN") -> str:
    return ACTIVITY.format(identifier=identifier, title=title, country=country)


@pytest.fixture()
def two_activities(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "two.xml"
    path.write_text(document(activity(), activity("KR-GOV-010-2020-2", "Clinics", "KH")), encoding="utf-8")
    return path


def test_read_a_file(two_activities: pathlib.Path) -> None:
    result = iati.read(two_activities)
    assert isinstance(result, iati.IatiImport)
    assert (result.activities_read, result.activities_imported) == (2, 2)
    assert result.version == "2.03"
    assert result.errors == []
    assert not result.codelists_checked and result.codelists is None
    assert result.file == str(two_activities)
    p = result.portfolio
    assert isinstance(p, pd.Portfolio)
    assert len(p.engagements) == 2
    e = p.engagements[0]
    assert e.iati_identifier == "KR-GOV-010-2020-1"
    assert e.title == "Hospital support"
    assert e.recipient == "VN"
    assert e.status is pd.OdaStatus.IMPLEMENTATION
    assert [(s.purpose, s.percentage) for s in e.sectors] == [("12220", 60.0), ("12191", 40.0)]
    assert [(b.value.amount, b.value.currency) for b in e.budgets] == [(1_500_000_000.0, "KRW")]
    assert e.planned_start == pd.PartialDate("2020-03-01")  # activity-date type 1
    assert e.planned_end == pd.PartialDate("2021-12-31")  # type 3
    assert p.engagements[1].recipient == "KH"
    # The recipients become partners; an unknown home government is ZZ-ZZ.
    assert {partner.country for partner in p.partners} >= {"VN", "KH"}
    assert p.home.code == "ZZ-ZZ"
    assert "2 of 2 activities imported" in repr(result)


def test_check_rules(two_activities: pathlib.Path) -> None:
    # The validation rules run over the imported engagements by default; their findings are
    # notices with the activity's line. Without them only the reader's own notices remain.
    checked = iati.read(two_activities)
    alone = iati.read(two_activities, check_rules=False)
    assert checked.portfolio == alone.portfolio
    reader_rules = {n.rule for n in alone.notices}
    assert all(rule.startswith("iati.") for rule in reader_rules)
    rule_findings = [n for n in checked.notices if not n.rule.startswith("iati.")]
    assert rule_findings, "the bundled rules find something to say about 2020 activities"
    assert all(n.line == 3 or n.line > 30 for n in rule_findings)  # an <iati-activity> line
    assert {n.rule for n in checked.notices} - {n.rule for n in rule_findings} == reader_rules


def test_paths_str_and_pathlike_and_home(two_activities: pathlib.Path) -> None:
    by_str = iati.read(str(two_activities), home="KR-26")
    by_path = iati.read(two_activities, home="KR-26")
    assert by_str.portfolio == by_path.portfolio
    assert by_path.portfolio.home.code == "KR-26"
    with pytest.raises(pd.InvalidValueError, match="KR-2x"):
        iati.read(two_activities, home="KR-2x")
    with pytest.raises(TypeError):
        iati.read(two_activities, codelists=42)  # type: ignore[arg-type]


def test_the_portfolio_round_trips_through_json(two_activities: pathlib.Path) -> None:
    p = iati.read(two_activities).portfolio
    assert pd.loads(p.dumps()) == p


def test_parse_text_and_bytes() -> None:
    text = document(activity())
    from_text = iati.parse(text, "inline.xml")
    from_bytes = iati.parse(text.encode("utf-8"), "inline.xml")
    assert from_text.portfolio == from_bytes.portfolio
    assert from_text.file == "inline.xml"
    assert iati.parse(text).file == "<memory>"


BAD_VALUE = '      <value value-date="2020-06-30">lots</value>'


def broken_activity(identifier: str = "KR-GOV-010-2020-9") -> str:
    """An activity with a transaction value that is not a number: the reader leaves that transaction out."""
    return activity(identifier).replace('      <value value-date="2020-06-30">500000000</value>', BAD_VALUE)


def test_a_faulty_transaction_is_left_out_alone_with_a_notice(tmp_path: pathlib.Path) -> None:
    broken = broken_activity()
    path = tmp_path / "mixed.xml"
    path.write_text(document(activity(), broken), encoding="utf-8")
    result = iati.read(path)
    assert (result.activities_read, result.activities_imported) == (2, 2)
    assert len(result.portfolio.engagements) == 2
    assert result.parts_left_out_or_changed == 1 and not result.imported_whole
    broken_one = next(e for e in result.portfolio.engagements if e.iati_identifier == "KR-GOV-010-2020-9")
    # Its other transaction, 250000000 KRW on 2020-09-30, is kept.
    assert [(t.year, t.count, t.amount.amount) for t in broken_one.transactions] == [(2020, 1, 250000000)]
    errors = result.errors
    assert errors and all(n.severity is pd.Severity.ERROR for n in errors)
    code_error = next(n for n in errors if n.rule == "iati.format.number")
    assert code_error.activity == "KR-GOV-010-2020-9"
    line = path.read_text(encoding="utf-8").splitlines().index(BAD_VALUE) + 1
    assert code_error.line == line
    assert "lots" in code_error.message
    assert str(code_error).startswith(f"{path}:{line}: error iati.format.number")
    assert code_error.file == str(path)
    assert "iati.format.number" in repr(code_error)
    left_out = next(n for n in errors if n.rule == "iati.transaction.left-out")
    assert "lots" in left_out.message and "left out" in left_out.message
    assert result.notices.index(code_error) < result.notices.index(left_out)  # the cause first
    assert not any(n.rule == "iati.activity.rejected" for n in errors)
    assert result.notices == iati.read(path).notices  # same notices, compared by value
    whole = iati.parse(document(activity()))
    assert whole.imported_whole and whole.parts_left_out_or_changed == 0


def test_no_identifier_and_duplicates(tmp_path: pathlib.Path) -> None:
    nameless = activity("").replace("<iati-identifier></iati-identifier>", "")
    path = tmp_path / "dups.xml"
    path.write_text(document(activity(), activity(), nameless), encoding="utf-8")
    result = iati.read(path)
    # The second KR-GOV-010-2020-1 is rejected; the activity without identifier is imported
    # with a warning.
    assert (result.activities_read, result.activities_imported) == (3, 2)
    assert "iati.activity.duplicate" in {n.rule for n in result.errors}
    assert "iati.activity.identifier" in {n.rule for n in result.warnings}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<iati-activities version='2.03'><iati-activity>", "mangled.xml:1"),  # not well-formed
        ("<portfolio/>", "not an IATI activity file"),
        ('<!DOCTYPE x [<!ENTITY e "boom">]><iati-activities>&e;</iati-activities>', "mangled.xml"),
        ("", "mangled.xml"),
    ],
)
def test_unusable_files_raise_file_error(tmp_path: pathlib.Path, content: str, expected: str) -> None:
    path = tmp_path / "mangled.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(pd.FileError, match=expected) as info:
        iati.read(path)
    assert isinstance(info.value, OSError)
    with pytest.raises(pd.FileError):
        iati.parse(content, "mangled.xml")


def test_missing_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(pd.FileError, match="nothere.xml"):
        iati.read(tmp_path / "nothere.xml")


def test_into_adds_to_a_copy(two_activities: pathlib.Path, gyeonggi: pd.Portfolio) -> None:
    before = gyeonggi.copy()
    result = iati.read(two_activities, into=gyeonggi)
    assert gyeonggi == before  # the base is not changed
    merged = result.portfolio
    assert merged.home.code == "KR-41"
    assert len(merged.engagements) == 2 and "cn-hebei" in merged.partners
    again = iati.read(two_activities, into=merged)
    assert again.activities_imported == 0
    assert {n.rule for n in again.errors} >= {"iati.activity.duplicate"}


def test_progress_is_reported_and_can_stop_the_read(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.xml"
    big.write_text(document(*(activity(f"KR-GOV-010-{i}") for i in range(2500))), encoding="utf-8")
    size = big.stat().st_size
    assert size > 3 << 20
    calls: list[tuple[int, int]] = []
    result = iati.read(big, progress=lambda done, total: calls.append((done, total)))
    assert result.activities_imported == 2500
    assert len(calls) >= 3
    assert calls[-1] == (size, size)
    assert all(total == size for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop(f"stopped at {done}")

    with pytest.raises(Stop, match="stopped at"):
        iati.read(big, progress=stop)


def test_reads_run_in_threads(tmp_path: pathlib.Path) -> None:
    # The GIL is released while reading: threads reading at once get the same answers.
    path = tmp_path / "many.xml"
    path.write_text(document(*(activity(f"KR-GOV-010-{i}") for i in range(300))), encoding="utf-8")
    expected = iati.read(path).portfolio
    results: list[pd.Portfolio] = []

    def work() -> None:
        results.append(iati.read(path).portfolio)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == expected for r in results)


def test_notices_frame(tmp_path: pathlib.Path) -> None:
    pandas = pytest.importorskip("pandas")
    path = tmp_path / "mixed.xml"
    path.write_text(document(activity(), activity().replace("KR-GOV-010-2020-1", "X-2").replace('"KRW"', '"krw"')),
                    encoding="utf-8")  # fmt: skip
    result = iati.read(path)
    frame = result.notices_frame()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["rule", "severity", "activity", "line", "message"]
    assert len(frame) == len(result.notices) > 0
    assert list(frame["line"]) == [n.line for n in result.notices]
    assert set(frame["severity"].cat.categories) == {"error", "warning", "info"}
    assert "X-2" in set(frame["activity"])


# --- codelists ---------------------------------------------------------------------------


def test_codelists() -> None:
    lists = iati.load_codelists(shared(CODELISTS))
    assert isinstance(lists, iati.IatiCodelists)
    assert lists.has("Sector") and "Country" in lists
    assert not lists.has("NoSuchList")
    assert set(iati.IatiCodelists.checked_lists) <= set(lists.lists())
    entry = lists.find("Sector", "12220")
    assert entry is not None and entry.code == "12220" and "health" in entry.name.lower()
    assert lists.find("Sector", "99999999") is None
    assert lists.directory == CODELISTS
    assert "lists from" in repr(lists)


def test_codelists_errors(tmp_path: pathlib.Path) -> None:
    with pytest.raises(pd.FileError, match=str(tmp_path)):
        iati.load_codelists(tmp_path)  # no codelist in it
    (tmp_path / "Sector.xml").write_text("<codelist><codelist-items><codelist-item>", encoding="utf-8")
    with pytest.raises(pd.FileError, match="Sector.xml"):
        iati.load_codelists(tmp_path)


def test_read_with_codelists(tmp_path: pathlib.Path) -> None:
    lists = iati.load_codelists(shared(CODELISTS))
    path = tmp_path / "codes.xml"
    # 12299 has the form of a purpose code but is not in the Sector list.
    path.write_text(document(activity(), activity("KR-GOV-010-2020-2").replace('code="12191"', 'code="12299"')),
                    encoding="utf-8")  # fmt: skip
    unchecked = iati.read(path)
    assert not unchecked.codelists_checked
    checked = iati.read(path, lists)
    assert checked.codelists_checked and checked.codelists is lists
    by_directory = iati.read(path, CODELISTS)
    assert by_directory.notices == checked.notices
    sector = [n for n in checked.notices if "12299" in n.message]
    assert sector and sector[0].activity == "KR-GOV-010-2020-2"
    assert not [n for n in unchecked.notices if "12299" in n.message]


# --- writing -----------------------------------------------------------------------------


def own_portfolio() -> pd.Portfolio:
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_engagement(
        "vn-clinic-2024",
        recipient="VN",
        title="Clinic equipment",
        status="implementation",
        sectors=[pd.SectorShare("12220")],
        budgets=[pd.Budget(pd.Period("2024-01-01", "2024-12-31"), pd.Money(300_000_000, "KRW"))],
        actual_start="2024-03",
    )
    return p


STAMP = "2026-01-01T00:00:00Z"


def test_to_xml_and_back() -> None:
    p = own_portfolio()
    xml = iati.to_xml(p, reporting_org="KR-GOV-390", reporting_org_name="Gyeonggi-do", generated=STAMP)
    assert xml.startswith("<?xml")
    assert "<iati-identifier>KR-GOV-390-vn-clinic-2024</iati-identifier>" in xml
    assert f'generated-datetime="{STAMP}"' in xml
    back = iati.parse(xml, "export.xml")
    assert back.errors == [] and back.activities_imported == 1
    e = back.portfolio.engagements[0]
    assert (e.iati_identifier, e.recipient, e.title) == ("KR-GOV-390-vn-clinic-2024", "VN", "Clinic equipment")
    assert [(b.value.amount, b.value.currency) for b in e.budgets] == [(300_000_000.0, "KRW")]
    # The same stamp, the same document.
    assert iati.to_xml(p, reporting_org="KR-GOV-390", generated=STAMP) == iati.to_xml(
        p, reporting_org="KR-GOV-390", generated=STAMP
    )


def test_generated_as_datetime() -> None:
    p = own_portfolio()
    seoul = datetime.timezone(datetime.timedelta(hours=9))
    aware = datetime.datetime(2026, 1, 1, 9, 0, 0, 123, tzinfo=seoul)
    assert iati.to_xml(p, reporting_org="KR-GOV-390", generated=aware) == iati.to_xml(
        p, reporting_org="KR-GOV-390", generated=STAMP
    )
    with pytest.raises(pd.InvalidValueError, match="time zone"):
        iati.to_xml(p, reporting_org="KR-GOV-390", generated=datetime.datetime(2026, 1, 1))
    with pytest.raises(pd.InvalidValueError):
        iati.to_xml(p, reporting_org="KR-GOV-390", generated="yesterday")


def test_write_errors_name_the_engagement(tmp_path: pathlib.Path) -> None:
    p = own_portfolio()
    out = tmp_path / "out.xml"
    with pytest.raises(pd.FileError, match="vn-clinic-2024") as info:
        iati.write(p, out)  # no identifier and no reporting organisation
    assert "iati.write." in str(info.value)
    assert not out.exists()  # nothing written
    iati.write(p, out, reporting_org="KR-GOV-390", generated=STAMP)
    assert out.read_text(encoding="utf-8") == iati.to_xml(p, reporting_org="KR-GOV-390", generated=STAMP)


def test_undated_started_by() -> None:
    p = own_portfolio()
    p.add_engagement("kh-school", recipient="KH", title="School", status="implementation")
    with pytest.raises(pd.FileError, match="kh-school"):
        iati.to_xml(p, reporting_org="KR-GOV-390", generated=STAMP)
    xml = iati.to_xml(p, reporting_org="KR-GOV-390", generated=STAMP, undated_started_by=datetime.date(2025, 1, 1))
    assert 'iso-date="2025-01-01"' in xml


def test_an_offices_own_engagements_pass_the_official_schema(tmp_path: pathlib.Path) -> None:
    etree = pytest.importorskip("lxml.etree", reason="lxml checks files against the IATI schema")
    schema = etree.XMLSchema(etree.parse(str(shared(SCHEMA))))
    gg = pd.datasets.gyeonggi()
    assert len(gg.engagements) > 0
    out = tmp_path / "gyeonggi.xml"
    iati.write(gg, out, reporting_org="KR-GOV-041", generated=STAMP, undated_started_by=datetime.date(2025, 1, 1))
    document_ = etree.parse(str(out))
    assert schema.validate(document_), schema.error_log.last_error
    assert len(document_.getroot()) == len(gg.engagements)


# --- real data ---------------------------------------------------------------------------


def test_the_korean_file() -> None:
    result = iati.read(shared(KOREAN), shared(CODELISTS), home="KR-11")
    assert result.activities_read == 401
    assert result.codelists_checked
    assert result.activities_imported == len(result.portfolio.engagements) > 0
    rejected = result.activities_read - result.activities_imported
    assert len({n.activity for n in result.errors if n.rule == "iati.activity.rejected"}) <= rejected
    korean = [e for e in result.portfolio.engagements if e.iati_identifier.startswith("KR-")]
    assert korean, "the Korean ODA activities are imported"
    assert all(n.line > 0 for n in result.notices if n.activity)
    # Budgets in won, by recipient: the figures the report's ODA section is made of.
    budget = result.portfolio.oda_budget()
    assert any(row.currency == "KRW" and row.amount > 0 for row in budget)


def test_reporting_orgs_selects_the_publishers() -> None:
    xml = document(activity(), activity("XM-OTHER-1", "Wells", "KH").replace('ref="KR-GOV-010"', 'ref="XM-OTHER"'))
    everything = iati.parse(xml)
    assert everything.activities_imported == 2 and everything.activities_skipped == 0
    korean = iati.parse(xml, reporting_orgs="KR-GOV-010")  # one identifier, not its characters
    assert (korean.activities_read, korean.activities_imported, korean.activities_skipped) == (2, 1, 1)
    assert [n.rule for n in korean.notices if n.rule == "iati.activity.skipped"] == ["iati.activity.skipped"]
    assert all(n.activity != "XM-OTHER-1" for n in korean.notices)
    assert iati.parse(xml, reporting_orgs=["XM-NOBODY"]).activities_imported == 0
