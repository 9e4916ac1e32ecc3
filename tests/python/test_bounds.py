# SPDX-License-Identifier: Apache-2.0
"""Values at the edges: the calendar's first and last days, integers beyond what C++ holds,
and files that are not regular files. Each is answered or refused with a clear error (exit
status 2 and one line from the command line), never a traceback or a hang."""

from __future__ import annotations

import datetime
import os
import pathlib
import sys
from collections.abc import Callable
from typing import Any

import paradiplomacy as pd
import pytest
from paradiplomacy import iati, reference
from test_cli import run
from test_iati import activity, document

LAST_DAY = datetime.date(9999, 12, 31)
HUGE = 10**20


def assert_one_line_error(out: Any, *fragments: str) -> None:
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    if "error: argument" in out.stderr:  # argparse: its usage lines, then one error line
        assert lines and ": error: argument" in lines[-1], out.stderr
    else:
        # One error line, the last; before it only what --progress draws (a bar's last state).
        errors = [line for line in lines if "error" in line]
        assert errors == [lines[-1]] and lines[-1].startswith("paradiplomacy: error:"), out.stderr
        assert all(line.startswith("reading ") for line in lines[:-1]), out.stderr
    for fragment in fragments:
        assert fragment in out.stderr, out.stderr


# --- the calendar's last day ---------------------------------------------------------------


def test_report_window_past_the_calendar_ends_on_its_last_day(gyeonggi: pd.Portfolio) -> None:
    text = gyeonggi.report(today=datetime.date(2025, 1, 1), expiring_months=10**6)
    assert "to 9999-12-31 (the calendar's last day)" in text
    text = gyeonggi.report(today=LAST_DAY, on=LAST_DAY, dormant_years=2**31 - 1, expiring_months=2**31 - 1)
    assert "Agreements expiring from 9999-12-31 to 9999-12-31 (the calendar's last day)" in text


@pytest.mark.parametrize("option", ["--on", "--today"])
def test_cli_report_on_the_calendars_last_day(option: str) -> None:
    out = run("report", option, "9999-12-31")
    assert out.returncode == 0, out.stderr
    assert "9999-12-31" in out.stdout


def test_cli_report_before_the_calendar_is_one_line() -> None:
    assert_one_line_error(run("report", "--on", "1399-12-31"), "1399")


def budget_in_9999() -> str:
    return (
        activity()
        .replace('<period-start iso-date="2020-03-01"/>', '<period-start iso-date="9999-01-01"/>')
        .replace('<period-end iso-date="2020-12-31"/>', '<period-end iso-date="9999-12-31"/>')
    )


def test_iati_budget_in_the_calendars_last_year_is_read_and_validated() -> None:
    result = iati.parse(document(budget_in_9999()))
    assert result.activities_imported == 1
    assert not [n for n in result.notices if n.rule == "oda.budget.too_long"]
    budget = result.portfolio.engagements[0].budgets[0]
    assert budget.period.end == pd.PartialDate("9999-12-31")
    assert result.portfolio.validate(today=LAST_DAY) is not None


def test_cli_import_iati_budget_in_9999(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "a.xml"
    source.write_text(document(budget_in_9999()), encoding="utf-8")
    out = run("import-iati", source, "-o", tmp_path / "p.json")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "p.json").is_file()
    validated = run("validate", tmp_path / "p.json", "--today", "9999-12-31")
    assert "Traceback" not in validated.stderr and validated.returncode in (0, 1), validated.stderr


# --- integers beyond C++'s ---------------------------------------------------------------


@pytest.mark.parametrize("value", ["99999", "-1", "0", "100", str(HUGE)])
def test_cli_reporting_org_type_out_of_range(value: str, gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.save(tmp_path / "gg.json")
    out = run("export-iati", tmp_path / "gg.json", "-o", tmp_path / "a.xml", f"--reporting-org-type={value}")
    assert_one_line_error(out, "argument --reporting-org-type: not an IATI OrganisationType code (1 to 99)")
    assert not (tmp_path / "a.xml").exists()


def test_cli_engagements_per_country_beyond_64_bits() -> None:
    out = run("report", "--engagements-per-country", "100000000000000000000")
    assert_one_line_error(out, "argument --engagements-per-country: not a count (0 to 9223372036854775807)")


def int_arguments(p: pd.Portfolio) -> list[tuple[str, Callable[[int], object]]]:
    """Every binding that takes an integer, called with one."""
    return [
        ("report dormant_years", lambda n: p.report(today=LAST_DAY, dormant_years=n)),
        ("report expiring_months", lambda n: p.report(today=LAST_DAY, expiring_months=n)),
        ("report engagements_per_country", lambda n: p.report(today=LAST_DAY, engagements_per_country=n)),
        ("dormant_ties years", lambda n: p.dormant_ties(LAST_DAY, n)),
        ("exchanges year", lambda n: p.exchanges(year=n)),
        ("oda_flows year", lambda n: p.oda_flows(year=n)),
        ("oda_budget year", lambda n: p.oda_budget(year=n)),
        ("PartialDate year", lambda n: pd.PartialDate(n)),
        ("PartialDate month", lambda n: pd.PartialDate(2000, n)),
        ("PartialDate day", lambda n: pd.PartialDate(2000, 1, n)),
        ("PartnerId", lambda n: pd.PartnerId(n)),
        ("world_region", lambda n: reference.world_region(n)),
        ("SupranationalShare code", lambda n: pd.SupranationalShare(n)),
        ("TransactionTotal year", lambda n: pd.TransactionTotal(n, "disbursement", pd.Money(1, "KRW"))),
        ("TransactionTotal count", lambda n: pd.TransactionTotal(2020, "disbursement", pd.Money(1, "KRW"), n)),
        ("Organisation type", lambda n: pd.Organisation("KR-GOV-010", "Korea", n)),
        ("add_partner world_region", lambda n: p.add_partner("x-wr", level="country", country="MN", world_region=n)),
        ("add_program headcount", lambda n: p.add_program("x-hc", kind="other", partners=[p.partners[0]], headcount=n)),
        ("iati.write reporting_org_type", lambda n: iati.write(p, os.devnull + ".never", reporting_org_type=n)),
        ("iati.to_xml reporting_org_type", lambda n: iati.to_xml(p, reporting_org_type=n)),
    ]


@pytest.mark.parametrize("value", [HUGE, -HUGE, 2**63, -(2**63) - 1])
def test_every_integer_argument_refuses_a_huge_int_with_a_value_error(value: int, gyeonggi: pd.Portfolio) -> None:
    # pybind11's own casters fail such a call with a TypeError about overloads; every
    # integer argument instead names itself and its range.
    for name, call in int_arguments(gyeonggi):
        with pytest.raises(ValueError) as raised:
            call(value)
        assert "it must be" in str(raised.value), (name, str(raised.value))


def test_index_beyond_64_bits_is_an_index_error(gyeonggi: pd.Portfolio) -> None:
    for sequence in (gyeonggi.partners, gyeonggi.validate(), gyeonggi.oda_flows(), gyeonggi.exchanges()):
        for index in (HUGE, -HUGE):
            with pytest.raises(IndexError):
                sequence[index]


def test_integer_arguments_still_take_numpy_integers(gyeonggi: pd.Portfolio) -> None:
    numpy = pytest.importorskip("numpy")
    assert gyeonggi.partners[numpy.int64(0)] == gyeonggi.partners[0]
    assert pd.PartialDate(numpy.int32(2008), numpy.int8(10)) == pd.PartialDate("2008-10")
    with pytest.raises(TypeError):
        pd.PartialDate(2008.0)  # type: ignore[call-overload]


# --- files that are not regular files ------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs")
@pytest.mark.parametrize(
    "command",
    [
        ("validate", "{fifo}.json"),
        ("report", "{fifo}.json"),
        ("validate", "{fifo}.json", "--progress"),
        ("import-iati", "{fifo}.xml", "-o", "{dir}/out.json"),
        ("import-iati", "{fifo}.xml", "-o", "{dir}/out.json", "--progress"),
        ("report", "--published", "{fifo}.json"),
        ("twin-towns", "{fifo}.json"),
    ],
)
def test_cli_refuses_a_fifo_instead_of_hanging(command: tuple[str, ...], tmp_path: pathlib.Path) -> None:
    suffix = ".xml" if any(part.endswith(".xml") for part in command) else ".json"
    fifo = tmp_path / f"fifo{suffix}"
    os.mkfifo(fifo)
    args = [part.replace("{fifo}" + suffix, str(fifo)).replace("{dir}", str(tmp_path)) for part in command]
    out = run(*args)  # run() times out after 60 s: a hang fails the test
    assert_one_line_error(out, str(fifo), "not a regular file")


def test_load_refuses_a_fifo(tmp_path: pathlib.Path) -> None:
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    with pytest.raises(pd.FileError, match="not a regular file"):
        pd.load(fifo)
    with pytest.raises(pd.FileError, match="not a regular file"):
        pd.PublishedFigures.load(fifo)
