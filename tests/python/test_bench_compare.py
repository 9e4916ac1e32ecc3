# SPDX-License-Identifier: Apache-2.0
"""bench/compare.py: the three tools agree on a generated 10k-agreement portfolio, and the
answer checker notices when they do not. Skipped unless DuckDB (bench/requirements.txt) is
installed."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("duckdb")
pytest.importorskip("pandas")

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def portfolio_10k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    generate = _module("generate_portfolio")
    path = tmp_path_factory.mktemp("bench") / "10k.portfolio.json"
    generate.write(generate.Generator(10_000, 42).document(), path)
    return path


def test_generated_file_is_deterministic_and_says_it_is_synthetic(portfolio_10k: Path, tmp_path: Path) -> None:
    generate = _module("generate_portfolio")
    again = tmp_path / "again.json"
    generate.write(generate.Generator(10_000, 42).document(), again)
    assert again.read_bytes() == portfolio_10k.read_bytes()
    doc = json.loads(portfolio_10k.read_text(encoding="utf-8"))
    assert "not real data" in doc["home"]["name_en"]
    for table in ("partners", "agreements", "programs", "oda"):
        assert all("synthetic" in record["source"] for record in doc[table]), table
    assert len(doc["agreements"]) == 10_000


def test_three_tools_agree_at_10k(portfolio_10k: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARADIPLOMACY_BENCH_QUICK", "1")  # one run per question
    compare = _module("compare")
    run = compare.run_size(portfolio_10k, core=0)
    assert run["failures"] == []
    for q, _, _ in compare.QUESTIONS:
        for tool in compare.TOOLS:
            assert run["results"][tool]["times"][q] >= 0
    # the questions have answers worth comparing
    assert "0 certain, 0 possible" not in run["checks"]["in_force_all"]
    assert "0 rows" != run["checks"]["oda_budget"]


def test_checker_reports_a_difference() -> None:
    compare = _module("compare")
    ok, _ = compare.same("in_force_all", (frozenset({"p1"}), frozenset()), (frozenset({"p1"}), frozenset()))
    assert ok
    ok, note = compare.same("in_force_all", (frozenset({"p1"}), frozenset()), (frozenset(), frozenset({"p1"})))
    assert not ok and "p1" in note
    ok, _ = compare.same("oda_budget", {("MN", "", 2020, "KRW"): (1.0, 1)}, {("MN", "", 2020, "KRW"): (1.0 + 1e-12, 1)})
    assert ok, "sums in another order may differ in the last bits"
    ok, _ = compare.same("oda_budget", {("MN", "", 2020, "KRW"): (1.0, 1)}, {("MN", "", 2020, "KRW"): (1.0, 2)})
    assert not ok
    ok, _ = compare.same("coverage", [("sister", 1, 1, 0, 0, 1, 1)], [("sister", 1, 2, 0, 0, 1, 1)])
    assert not ok
