# SPDX-License-Identifier: Apache-2.0
"""The example scripts in examples/ run and say what the library says."""

from __future__ import annotations

import datetime
import pathlib
import subprocess
import sys

import paradiplomacy as pd
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_analyse_gyeonggi(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    out = tmp_path / "ties.png"
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "analyse_gyeonggi.py"), "--out", str(out), "--on", "2017-12-31"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

    gg = pd.datasets.gyeonggi()
    ties = gg.ties_in_force(datetime.date(2017, 12, 31))
    row = next(line.split() for line in run.stdout.splitlines() if line.startswith("2017 "))
    assert [int(x) for x in row[1:3]] == [len(ties.certain), len(ties.possible)]
    dormant = gg.dormant_ties(datetime.date(2017, 12, 31), years=3)
    listed = [line.split()[1] for line in run.stdout.splitlines() if line.startswith(("  certainly", "  possibly"))]
    assert listed == [d.partner.key for d in dormant.certain] + [d.partner.key for d in dormant.possible]
    assert "plot saved to" in run.stdout


def test_analyse_gyeonggi_on_a_file(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    gyeonggi.save(tmp_path / "gg.json")
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "analyse_gyeonggi.py"),
            str(tmp_path / "gg.json"),
            "--out",
            str(tmp_path / "p.png"),
            "--on",
            "2012-12-31",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    # The fixture's first signing is in 2008; Hebei's sister tie is certain from 2009.
    years = [line.split()[0] for line in run.stdout.splitlines() if line[:4].isdigit()]
    assert years[0] == "2008" and years[-1] == "2012"
    dormant = gyeonggi.dormant_ties(datetime.date(2012, 12, 31), years=3)
    assert [d.partner.key for d in dormant.certain] == ["cn-hebei"]
    assert any(line.split()[:2] == ["certainly", "cn-hebei"] for line in run.stdout.splitlines())
