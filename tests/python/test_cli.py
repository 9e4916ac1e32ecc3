# SPDX-License-Identifier: Apache-2.0
"""The paradiplomacy command line, run as the installed console script."""

from __future__ import annotations

import datetime
import io
import json
import pathlib
import shutil
import subprocess
import sys
import time

import paradiplomacy as pd
import pytest

SCRIPT = pathlib.Path(sys.executable).with_name("paradiplomacy")


def run(*args: str | pathlib.Path) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "paradiplomacy"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, timeout=60)


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"paradiplomacy {pd.__version__}"


@pytest.mark.parametrize("args", [(), ("report",), ("validate",), ("convert",)])
def test_help_everywhere(args: tuple[str, ...]) -> None:
    out = run(*args, "--help")
    assert out.returncode == 0
    assert out.stdout.startswith("usage: paradiplomacy")


def test_module_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "paradiplomacy", "--version"], capture_output=True, text=True)
    assert out.stdout.strip() == f"paradiplomacy {pd.__version__}"


def bundled_report(**options: object) -> str:
    """What `report --on 2017-12-31 --today 2025-01-01` prints for the bundled dataset."""
    return pd.datasets.gyeonggi().report(
        on=datetime.date(2017, 12, 31),
        today=datetime.date(2025, 1, 1),
        published=pd.datasets.gyeonggi_published_figures(),
        **options,  # type: ignore[arg-type]
    )


def test_report_bundled_dataset() -> None:
    out = run("report", "--on", "2017-12-31", "--today", "2025-01-01")
    assert out.returncode == 0, out.stderr
    assert out.stdout == bundled_report()
    assert "published" in out.stdout


def test_report_file(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.save(tmp_path / "gg.json")
    out = run("report", tmp_path / "gg.json", "--on", "2010-01-01")
    assert out.returncode == 0, out.stderr
    assert "Hebei" in out.stdout and "2010-01-01" in out.stdout


def test_report_engagements_per_country() -> None:
    out = run("report", "--on", "2017-12-31", "--today", "2025-01-01", "--engagements-per-country", "1")
    assert out.returncode == 0, out.stderr
    assert out.stdout == bundled_report(engagements_per_country=1)
    full = bundled_report()
    assert "more not listed" in out.stdout and "more not listed" not in full
    assert len(out.stdout) < len(full)
    bad = run("report", "--engagements-per-country", "-1")
    assert bad.returncode == 2
    assert "argument --engagements-per-country: not a count (0 to 9223372036854775807): '-1'" in bad.stderr
    word = run("report", "--engagements-per-country", "all")
    assert word.returncode == 2
    assert "argument --engagements-per-country: not a count (0 to 9223372036854775807): 'all'" in word.stderr


def test_report_bad_date() -> None:
    out = run("report", "--on", "2017-13-01")
    assert out.returncode == 2
    assert "paradiplomacy report: error: argument --on: not a date" in out.stderr


def test_validate_clean_and_with_errors(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.save(tmp_path / "ok.json")
    out = run("validate", tmp_path / "ok.json", "--today", "2025-01-01")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("0 errors, 0 warnings, 0 infos")

    gyeonggi.add_agreement(
        "bad", partner="mn", kind="mou", signed_on="2010", terminated_on="2009", council_approval="approved"
    )
    gyeonggi.save(tmp_path / "bad.json")
    out = run("validate", tmp_path / "bad.json", "--today", "2025-01-01")
    assert out.returncode == 1
    assert "error date.agreement.terminated_before_signed" in out.stdout
    assert "1 errors" in out.stdout

    out = run("validate", tmp_path / "bad.json", "--disable", "date.agreement.terminated_before_signed")
    assert out.returncode == 0


def test_validate_warnings_only_exit_zero(tmp_path: pathlib.Path) -> None:
    p = pd.Portfolio("KR-41")
    p.add_partner("x", level="region", region="CN-HE")  # no English name: a warning
    p.save(tmp_path / "w.json")
    out = run("validate", tmp_path / "w.json")
    assert out.returncode == 0
    assert "warning partner.name_en.empty" in out.stdout


def test_unusable_input_exits_2(tmp_path: pathlib.Path) -> None:
    out = run("validate", tmp_path / "missing.json")
    assert out.returncode == 2
    assert out.stderr.startswith("paradiplomacy: error: ")
    assert "missing.json" in out.stderr
    assert "Traceback" not in out.stderr
    (tmp_path / "broken.json").write_text("{oops", encoding="utf-8")
    out = run("validate", tmp_path / "broken.json")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "broken.json" in out.stderr
    out = run("validate", "--disable", "no.such.rule", tmp_path / "broken.json")
    assert out.returncode == 2


def test_unknown_command_and_missing_argument() -> None:
    assert run().returncode == 2
    out = run("frobnicate")
    assert out.returncode == 2 and "invalid choice" in out.stderr
    out = run("convert", "only-one")
    assert out.returncode == 2 and "paradiplomacy convert: error:" in out.stderr


def test_convert_json_csv_json(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.save(tmp_path / "in.json")
    assert run("convert", tmp_path / "in.json", tmp_path / "tables").returncode == 0
    assert (tmp_path / "tables" / "agreements.csv").is_file()
    assert pd.read_csv(tmp_path / "tables") == gyeonggi
    assert run("convert", tmp_path / "tables", tmp_path / "out.json").returncode == 0
    assert pd.load(tmp_path / "out.json") == gyeonggi
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == json.loads(gyeonggi.dumps())


def test_convert_refuses_to_write_over_its_input(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.save(tmp_path / "in.json")
    before = (tmp_path / "in.json").read_bytes()
    out = run("convert", tmp_path / "in.json", tmp_path / "in.json")
    assert out.returncode == 2 and "is the input" in out.stderr
    assert (tmp_path / "in.json").read_bytes() == before
    gyeonggi.to_csv(tmp_path / "tables")
    out = run("convert", tmp_path / "tables", tmp_path / "tables")
    assert out.returncode == 2 and "is the input" in out.stderr
    assert pd.read_csv(tmp_path / "tables") == gyeonggi


def test_a_csv_export_that_fails_changes_no_table(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.to_csv(tmp_path / "tables")
    (tmp_path / "tables" / "notes.txt").write_text("mine", encoding="utf-8")
    gyeonggi.save(tmp_path / "in.json")
    out = run("convert", tmp_path / "in.json", tmp_path / "tables")
    assert out.returncode == 2 and '"notes.txt", which this save would not write again' in out.stderr
    assert (tmp_path / "tables" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_csv_directory_needs_a_home(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.to_csv(tmp_path)
    (tmp_path / "home.csv").unlink()
    out = run("validate", tmp_path)
    assert out.returncode == 2 and "--home" in out.stderr
    out = run("validate", tmp_path, "--home", "KR-41", "--today", "2025-01-01")
    assert out.returncode == 0, out.stderr
    out = run("validate", tmp_path, "--home", "KR-4x")
    assert out.returncode == 2 and "KR-4x" in out.stderr


def test_convert_refuses_other_inputs(tmp_path: pathlib.Path) -> None:
    (tmp_path / "x.txt").write_text("hi", encoding="utf-8")
    out = run("convert", tmp_path / "x.txt", tmp_path / "out.json")
    assert out.returncode == 2 and "expected a .json portfolio" in out.stderr
    assert not (tmp_path / "out.json").exists()


def test_console_script_installed() -> None:
    assert SCRIPT.exists() or shutil.which("paradiplomacy") is not None


def test_progress_only_on_a_terminal_or_when_asked(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.save(tmp_path / "gg.json")
    plain = run("validate", tmp_path / "gg.json")
    assert plain.stderr == ""  # stderr is a pipe here: no bar
    assert run("validate", tmp_path / "gg.json", "--no-progress").stderr == ""

    shown = run("validate", tmp_path / "gg.json", "--progress")
    assert (shown.returncode, shown.stdout) == (plain.returncode, plain.stdout)
    assert "reading gg.json" in shown.stderr and "100%" in shown.stderr
    assert "parsing gg.json" in shown.stderr and "validating" in shown.stderr

    report = run("report", tmp_path / "gg.json", "--on", "2017-12-31", "--today", "2025-01-01", "--progress")
    assert report.returncode == 0 and "reporting" in report.stderr
    assert report.stdout == gyeonggi.report(
        on=pd.PartialDate("2017-12-31").earliest, today=pd.PartialDate("2025-01-01").earliest
    )

    both = run("validate", tmp_path / "gg.json", "--progress", "--no-progress")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_convert_with_progress(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.save(tmp_path / "in.json")
    out = run("convert", tmp_path / "in.json", tmp_path / "tables", "--progress")
    assert out.returncode == 0, out.stderr
    assert "reading in.json" in out.stderr and "writing tables/" in out.stderr
    back = run("convert", tmp_path / "tables", tmp_path / "out.json", "--progress")
    assert back.returncode == 0, back.stderr
    assert "reading tables/" in back.stderr and "writing out.json" in back.stderr
    assert pd.load(tmp_path / "out.json") == gyeonggi
    assert run("convert", tmp_path / "in.json", tmp_path / "quiet.json").stderr == ""


def test_progress_keeps_the_error_messages(tmp_path: pathlib.Path) -> None:
    for name, content in (("broken.json", b"{"), ("latin1.json", b"\xff")):
        (tmp_path / name).write_bytes(content)
        plain = run("validate", tmp_path / name)
        shown = run("validate", tmp_path / name, "--progress")
        assert plain.returncode == shown.returncode == 2
        error = plain.stderr.strip()
        assert error.startswith(f"paradiplomacy: error: {tmp_path / name}")
        assert shown.stderr.rstrip().endswith(error)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_waits_half_a_second(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    from paradiplomacy import cli

    def slow(seconds: float) -> str:
        time.sleep(seconds)
        return "done"

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    progress = cli._Progress(None)  # neither --progress nor --no-progress
    assert progress.enabled
    assert progress.step("quick", slow, 0.05) == "done"
    (tmp_path / "small.json").write_text("{}")
    assert progress.read_bytes(tmp_path / "small.json") == b"{}"
    assert terminal.getvalue() == ""  # short steps print nothing
    assert progress.step("validating", slow, 0.9) == "done"
    assert "validating" in terminal.getvalue()

    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal
    assert not cli._Progress(None).enabled
    assert cli._Progress(True).enabled and not cli._Progress(False).enabled
