# SPDX-License-Identifier: Apache-2.0
"""The import-iati and export-iati commands, run as the installed console script."""

from __future__ import annotations

import datetime
import pathlib
import re

import paradiplomacy as pd
import pytest
from paradiplomacy import iati
from test_cli import run
from test_iati import CODELISTS, KOREAN, SCHEMA, STAMP, activity, broken_activity, document, own_portfolio, shared


@pytest.fixture()
def xml_file(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "in.xml"
    path.write_text(document(activity(), activity("KR-GOV-010-2020-2", "Clinics", "KH")), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["import-iati", "export-iati"])
def test_help(command: str) -> None:
    out = run(command, "--help")
    assert out.returncode == 0
    assert out.stdout.startswith(f"usage: paradiplomacy {command}")


def test_import(xml_file: pathlib.Path, tmp_path: pathlib.Path) -> None:
    out = run("import-iati", xml_file, "-o", tmp_path / "p.json", "--home", "KR-26")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    assert out.stdout.count("\n") == 1  # one summary line
    assert "2 of 2 activities imported; 0 errors" in out.stdout
    assert "IATI 2.03" in out.stdout and "codes checked for form only" in out.stdout
    written = pd.load(tmp_path / "p.json")
    assert written == iati.read(xml_file, home="KR-26").portfolio
    assert written.home.code == "KR-26"


def test_import_to_csv_and_into(xml_file: pathlib.Path, gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    assert run("import-iati", xml_file, "-o", tmp_path / "tables").returncode == 0
    assert (tmp_path / "tables" / "oda.csv").is_file()
    gyeonggi.save(tmp_path / "gg.json")
    out = run("import-iati", xml_file, "-o", tmp_path / "merged.json", "--into", tmp_path / "gg.json")
    assert out.returncode == 0, out.stderr
    merged = pd.load(tmp_path / "merged.json")
    assert merged.home.code == "KR-41" and len(merged.engagements) == 2 and "cn-hebei" in merged.partners
    assert pd.load(tmp_path / "gg.json") == gyeonggi


def test_an_output_that_is_an_input_is_refused(
    xml_file: pathlib.Path, gyeonggi: pd.Portfolio, tmp_path: pathlib.Path
) -> None:
    own_portfolio().save(tmp_path / "own.json")
    (tmp_path / "link.json").symlink_to(tmp_path / "own.json")
    before = (tmp_path / "own.json").read_bytes()
    for output in (tmp_path / "own.json", tmp_path / "link.json"):  # the same file under any name
        out = run("export-iati", tmp_path / "own.json", "-o", output, "--reporting-org", "KR-GOV-390")
        assert out.returncode == 2
        assert f"{output}: is the input {tmp_path / 'own.json'}; write the output elsewhere" in out.stderr
    out = run("import-iati", xml_file, "-o", xml_file)
    assert out.returncode == 2 and "is the input" in out.stderr
    codelists = tmp_path / "codelists"
    codelists.mkdir()
    (codelists / "Sector.xml").write_text("<codelist/>", encoding="utf-8")
    out = run("import-iati", xml_file, "-o", codelists, "--codelists", codelists)
    assert out.returncode == 2 and "is the input" in out.stderr
    assert [p.name for p in codelists.iterdir()] == ["Sector.xml"]
    gyeonggi.save(tmp_path / "gg.json")
    out = run("import-iati", xml_file, "-o", tmp_path / "gg.json", "--into", tmp_path / "gg.json")
    assert out.returncode == 2 and "is the input" in out.stderr
    assert (tmp_path / "own.json").read_bytes() == before
    assert pd.load(tmp_path / "gg.json") == gyeonggi
    assert xml_file.read_text(encoding="utf-8").startswith("<?xml")


def test_import_with_a_part_left_out_exits_1_and_lists_notices(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "mixed.xml"
    path.write_text(document(activity(), broken_activity()), encoding="utf-8")
    out = run("import-iati", path, "-o", tmp_path / "p.json")
    assert out.returncode == 1
    assert "2 of 2 activities imported; 1 part left out or changed;" in out.stdout
    assert "--notices lists them" in out.stdout
    assert len(pd.load(tmp_path / "p.json").engagements) == 2  # both activities are written

    listed = run("import-iati", path, "-o", tmp_path / "p.json", "--notices")
    assert listed.returncode == 1
    lines = listed.stdout.splitlines()
    assert any(line.startswith(f"{path}:") and "error iati.format.number" in line for line in lines)
    assert any("error iati.transaction.left-out" in line for line in lines)
    assert "KR-GOV-010-2020-9" in listed.stdout
    assert lines[-1].startswith(f"{path}: IATI 2.03; 2 of 2")


def test_import_with_an_activity_left_out_exits_1(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "dups.xml"
    path.write_text(document(activity(), activity()), encoding="utf-8")
    out = run("import-iati", path, "-o", tmp_path / "p.json")
    assert out.returncode == 1, out.stdout
    assert "1 of 2 activities imported" in out.stdout


def test_import_with_rule_findings_only_exits_0(tmp_path: pathlib.Path) -> None:
    # An error finding of a rule (here: no sector, IATI rule 6.2.2) changes nothing that was
    # imported: the file came in whole.
    path = tmp_path / "nosector.xml"
    path.write_text(re.sub(r"\s*<sector [^>]*/>", "", document(activity())), encoding="utf-8")
    result = iati.read(path)
    assert any(n.rule == "iati.sectors.missing" for n in result.errors)
    out = run("import-iati", path, "-o", tmp_path / "p.json")
    assert out.returncode == 0, out.stdout
    assert f"{len(result.errors)} errors" in out.stdout


def test_the_exit_status_is_one_sentence_in_help_docs_and_code() -> None:
    from paradiplomacy import cli

    def words(text: str) -> str:
        # argparse wraps to the terminal's width, also after a hyphen ("import-" / "iati").
        return re.sub(r"-\s+", "-", " ".join(text.split()))

    help_text = run("import-iati", "--help").stdout
    assert words(cli.IMPORT_IATI_EXIT) in words(help_text)
    docs = pathlib.Path(__file__).resolve().parents[2] / "docs" / "python.md"
    assert words(cli.IMPORT_IATI_EXIT) in words(docs.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<iati-activities><iati-activity>", "bad.xml"),
        ("<portfolio/>", "not an IATI activity file"),
        ("not xml at all", "bad.xml:1:1: not XML: it starts with"),
        ('{"schema": "paradiplomacy.portfolio/1"}', "bad.xml:1:1: JSON, not XML"),
    ],
)
def test_import_unusable_file_exits_2(tmp_path: pathlib.Path, content: str, expected: str) -> None:
    (tmp_path / "bad.xml").write_text(content, encoding="utf-8")
    out = run("import-iati", tmp_path / "bad.xml", "-o", tmp_path / "p.json")
    assert out.returncode == 2
    assert out.stderr.startswith("paradiplomacy: error: ") and out.stderr.count("\n") == 1
    assert expected in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == ""
    assert not (tmp_path / "p.json").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip-compressed file, not XML"),
        ("\ufeff<iati-activities/>".encode("utf-16"), "UTF-16 text; IATI files are read as UTF-8 only"),
    ],
)
def test_import_binary_or_utf16_file_exits_2(tmp_path: pathlib.Path, content: bytes, expected: str) -> None:
    (tmp_path / "bad.xml").write_bytes(content)
    out = run("import-iati", tmp_path / "bad.xml", "-o", tmp_path / "p.json")
    assert out.returncode == 2
    assert expected in out.stderr and out.stderr.count("\n") == 1
    assert not (tmp_path / "p.json").exists()


def test_import_usage_errors(xml_file: pathlib.Path, tmp_path: pathlib.Path) -> None:
    out = run("import-iati", tmp_path / "missing.xml", "-o", tmp_path / "p.json")
    assert out.returncode == 2 and "missing.xml: no such file" in out.stderr
    out = run("import-iati", xml_file)
    assert out.returncode == 2 and "-o" in out.stderr
    out = run("import-iati", xml_file, "-o", tmp_path / "p.json", "--codelists", tmp_path / "nodir")
    assert out.returncode == 2 and "nodir: not a directory" in out.stderr
    out = run("import-iati", xml_file, "-o", tmp_path / "p.json", "--codelists", tmp_path)
    assert out.returncode == 2 and out.stderr.count("\n") == 1  # a directory without codelists
    out = run("import-iati", xml_file, "-o", tmp_path / "p.json", "--home", "Korea")
    assert out.returncode == 2 and "Korea" in out.stderr


def test_import_with_codelists(xml_file: pathlib.Path, tmp_path: pathlib.Path) -> None:
    out = run("import-iati", xml_file, "-o", tmp_path / "p.json", "--codelists", shared(CODELISTS))
    assert out.returncode == 0, out.stderr
    assert "codes checked against the codelists" in out.stdout


def test_import_progress(xml_file: pathlib.Path, tmp_path: pathlib.Path) -> None:
    shown = run("import-iati", xml_file, "-o", tmp_path / "p.json", "--progress")
    assert shown.returncode == 0, shown.stderr
    assert "reading in.xml" in shown.stderr and "100%" in shown.stderr
    assert "writing p.json" in shown.stderr
    quiet = run("import-iati", xml_file, "-o", tmp_path / "q.json", "--no-progress")
    assert quiet.stderr == "" and quiet.stdout.replace("q.json", "p.json") == shown.stdout


def test_export(tmp_path: pathlib.Path) -> None:
    own_portfolio().save(tmp_path / "own.json")
    out = run("export-iati", tmp_path / "own.json", "-o", tmp_path / "own.xml", "--reporting-org", "KR-GOV-390",
              "--generated", STAMP)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{tmp_path / 'own.xml'}: 1 activity written (IATI 2.03)"
    text = (tmp_path / "own.xml").read_text(encoding="utf-8")
    assert text == iati.to_xml(own_portfolio(), reporting_org="KR-GOV-390", generated=STAMP)
    back = run("import-iati", tmp_path / "own.xml", "-o", tmp_path / "back.json")
    assert back.returncode == 0, back.stdout


def test_export_errors_exit_2(tmp_path: pathlib.Path) -> None:
    own_portfolio().save(tmp_path / "own.json")
    out = run("export-iati", tmp_path / "own.json", "-o", tmp_path / "own.xml")  # no reporting organisation
    assert out.returncode == 2
    assert out.stderr.startswith("paradiplomacy: error: ") and out.stderr.count("\n") == 1
    assert "vn-clinic-2024" in out.stderr
    assert not (tmp_path / "own.xml").exists()
    out = run("export-iati", tmp_path / "missing.json", "-o", tmp_path / "x.xml")
    assert out.returncode == 2 and "missing.json" in out.stderr
    out = run("export-iati", tmp_path / "own.json", "-o", tmp_path, "--reporting-org", "KR-GOV-390")
    assert out.returncode == 2 and "is a directory" in out.stderr
    out = run("export-iati", tmp_path / "own.json", "-o", tmp_path / "y.xml", "--undated-started-by", "2025-13-01")
    assert out.returncode == 2 and "not a date" in out.stderr


def test_export_passes_the_official_schema(tmp_path: pathlib.Path) -> None:
    etree = pytest.importorskip("lxml.etree", reason="lxml checks files against the IATI schema")
    schema = etree.XMLSchema(etree.parse(str(shared(SCHEMA))))
    pd.datasets.gyeonggi().save(tmp_path / "gg.json")
    out = run("export-iati", tmp_path / "gg.json", "-o", tmp_path / "gg.xml", "--reporting-org", "KR-GOV-041",
              "--undated-started-by", datetime.date(2025, 1, 1).isoformat())  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert schema.validate(etree.parse(str(tmp_path / "gg.xml"))), schema.error_log.last_error


def test_the_korean_file_as_a_new_user_would(tmp_path: pathlib.Path) -> None:
    out = run("import-iati", shared(KOREAN), "-o", tmp_path / "kr.json", "--home", "KR-11")
    assert out.returncode in (0, 1), out.stderr
    assert "of 401 activities imported" in out.stdout
    report = run("report", tmp_path / "kr.json", "--on", "2021-06-30", "--today", "2021-06-30")
    assert report.returncode == 0, report.stderr
    assert "KRW" in report.stdout


def test_korean_oda_alone_by_recipient_sector_and_year(tmp_path: pathlib.Path) -> None:
    out = run("import-iati", shared(KOREAN), "-o", tmp_path / "kr.json", "--reporting-org", "KR-GOV-010")
    assert out.returncode in (0, 1), out.stderr
    assert "94 of 401 activities imported (307 of other reporting organisations skipped)" in out.stdout
    korea = pd.load(tmp_path / "kr.json")
    assert len(korea.engagements) == 94
    report = run("report", tmp_path / "kr.json", "--today", "2021-06-30")
    assert report.returncode == 0, report.stderr
    oda = report.stdout.split("ODA by country, sector and year", 1)[1]
    bangladesh = oda.split("  BD Bangladesh: 5 engagements\n", 1)[1].split("\n  BO ", 1)[0]
    assert "    budget 2020: 417203000 KRW\n      sector 12264: 364668000 KRW\n" in bangladesh
    assert "    transactions 2020: committed " in bangladesh
