#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes BENCHMARKS.md from one run's results (scripts/bench calls it).

    python bench/report.py --cpp cpp.json --compare compare.json [--iati bench/results/iati.md] --out BENCHMARKS.md

Inputs: Google Benchmark's JSON output of bench_portfolio_bench, bench/compare.py's JSON
output, and bench/analysis.md (the explanation of the figures, kept by hand). The targets
are checked from the figures of the largest file.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (the questions and their labels)

# C++ benchmark behind each question of compare.py.
CPP_OF = {
    "in_force_country": "BM_QueryTiesInForceCountry",
    "in_force_all": "BM_QueryTiesInForce",
    "expiring": "BM_QueryExpiring90Days",
    "timeline": "BM_QueryPartnerTimeline",
    "coverage": "BM_QueryCoverageByKind",
    "oda_budget": "BM_QueryOdaBudget",
    "dormant": "BM_QueryDormantTies",
}
SIZE_ARG = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}


def sh(*cmd: str) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def machine() -> list[str]:
    lscpu = sh("lscpu")
    info = dict(line.split(":", 1) for line in lscpu.splitlines() if ":" in line)
    mem = ""
    with open("/proc/meminfo", encoding="ascii") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    os_name = ""
    if Path("/etc/os-release").exists():
        for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    versions = {}
    for mod in ("paradiplomacy", "pandas", "numpy", "pyarrow", "duckdb"):
        versions[mod] = sh(sys.executable, "-c", f"import {mod}; print({mod}.__version__)") or "not installed"
    compiler = sh("c++", "--version").splitlines()[0] if sh("c++", "--version") else ""
    benchmark_pkg = sh("dpkg-query", "-W", "-f", "${Version}", "libbenchmark-dev")
    return [
        f"- CPU: {info.get('Model name', '?').strip()}, {info.get('CPU(s)', '?').strip()} logical cores "
        f"({info.get('Thread(s) per core', '?').strip()} thread(s) per core); every figure is taken on one core "
        "(`taskset -c 1`, `os.sched_setaffinity`, DuckDB `SET threads=1`)",
        f"- Memory: {mem}; OS: {os_name}, Linux {platform.release()}",
        f"- Compiler: {compiler}, CMake build type Release (-O3); Google Benchmark (Debian libbenchmark-dev) "
        f"{benchmark_pkg}",
        f"- Python {platform.python_version()}; " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"- Run on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; the machine is shared, so "
        "each figure is the best of several runs",
    ]


def cpp_figures(path: Path) -> dict[str, dict[str, Any]]:
    """name/size -> benchmark entry (real_time in its time_unit, counters)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for b in data.get("benchmarks", []):
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "min":
            continue
        name = b.get("run_name", b["name"])
        if b.get("error_occurred"):
            continue
        best = out.get(name)
        if best is None or b["cpu_time"] < best["cpu_time"]:
            out[name] = b
    return out


def seconds(b: dict[str, Any]) -> float:
    """CPU time, as bench/compare.py measures (the machine is shared; see the notes)."""
    return b["cpu_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]


def cpp_table(cpp: dict[str, dict[str, Any]]) -> list[str]:
    names = sorted(
        {n.rsplit("/", 1)[0] for n in cpp}, key=lambda n: list(cpp).index(next(k for k in cpp if k.startswith(n + "/")))
    )
    lines = ["| benchmark | 10k | 100k | 1M | counters at 1M |", "|---|--:|--:|--:|---|"]
    for name in names:
        cells = []
        for arg in (10_000, 100_000, 1_000_000):
            b = cpp.get(f"{name}/{arg}")
            cells.append(compare.fmt_time(seconds(b)) if b else "–")
        big = cpp.get(f"{name}/1000000", {})
        counters = ", ".join(
            f"{k} {v:.0f}" if v >= 10 else f"{k} {v:.2f}"
            for k, v in big.items()
            if k
            not in (
                "real_time",
                "cpu_time",
                "iterations",
                "repetitions",
                "repetition_index",
                "threads",
                "per_family_instance_index",
                "family_index",
                "time_unit",
                "name",
                "run_name",
                "run_type",
                "bytes_per_second",
                "aggregate_name",
                "aggregate_unit",
            )
            and isinstance(v, (int, float))
        )
        lines.append(f"| `{name}` | " + " | ".join(cells) + f" | {counters} |")
    return lines


def targets(run: dict[str, Any], cpp: dict[str, dict[str, Any]]) -> list[str]:
    r = run["results"]
    p, pd_, db = r["paradiplomacy"], r["pandas"], r["duckdb"]
    lines = ["| target (1M agreements, one core) | measured | met? |", "|---|---|---|"]

    def row(what: str, measured: str, ok: bool) -> None:
        lines.append(f"| {what} | {measured} | {'yes' if ok else '**no**'} |")

    for q, label, cls in compare.QUESTIONS:
        t, tp, td = p["times"][q], pd_["times"][q], db["times"][q]
        if cls == "selective":
            row(
                f"{label}: ≥ 20× faster than pandas and faster than DuckDB",
                f"{tp / t:.0f}× pandas, {td / t:.1f}× DuckDB",
                tp / t >= 20 and td / t > 1,
            )
        elif cls == "aggregation":
            row(f"{label}: no slower than DuckDB", f"{td / t:.1f}× faster than DuckDB", t <= td)
    load, parse = p["load"], pd_["parse"]
    row(
        "load from the file at least as fast as `pandas.read_json` of the same records",
        f"{compare.fmt_time(load)} vs {compare.fmt_time(parse)} ({parse / load:.2f}×)",
        load <= parse,
    )
    row(
        "memory of the loaded portfolio no more than pandas' for the same tables",
        f"{p['loaded_mib']:.0f} MiB vs {pd_['loaded_mib']:.0f} MiB",
        p["loaded_mib"] <= pd_["loaded_mib"],
    )
    row(
        "DataFrame of all agreements from Python under 0.5 s",
        compare.fmt_time(p["times"]["frame"]),
        p["times"]["frame"] < 0.5,
    )
    return lines


def with_cpp_column(md: str, run: dict[str, Any], cpp: dict[str, dict[str, Any]]) -> str:
    """The comparison table of one file with the C++ figure of each question beside it."""
    arg = SIZE_ARG.get(Path(run["file"]).name.split(".")[0])
    out = []
    for line in md.splitlines():
        if line.startswith("| question |"):
            line = line.replace("| paradiplomacy |", "| paradiplomacy (Python) | paradiplomacy (C++) |", 1)
        elif line.startswith("|---|---|--:"):
            line = "|---|---|--:|--:|--:|--:|--:|--:|---|"
        elif line.startswith("| ") and line.count("|") == 9:
            label = line.split("|")[1].strip()
            q = next((q for q, lbl, _ in compare.QUESTIONS if lbl == label), None)
            cell = "–"
            if q in CPP_OF and arg:
                b = cpp.get(f"{CPP_OF[q]}/{arg}")
                cell = compare.fmt_time(seconds(b)) if b else "–"
            elif label == "load from the file" and arg:
                b = cpp.get(f"BM_Load/{arg}/min_time:2.000") or cpp.get(f"BM_Load/{arg}")
                cell = compare.fmt_time(seconds(b)) if b else "–"
            parts = line.split("|")
            line = "|".join(parts[:4] + [f" {cell} "] + parts[4:])
        out.append(line)
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cpp", type=Path, required=True)
    parser.add_argument("--compare", type=Path, required=True)
    parser.add_argument("--iati", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    cpp = cpp_figures(args.cpp)
    # normalise names like BM_Load/10000/min_time:2.000 to BM_Load/10000
    cpp = {re.sub(r"/min_time:[0-9.]+", "", k): v for k, v in cpp.items()}
    runs = json.loads(args.compare.read_text(encoding="utf-8"))
    lines = [
        "# Benchmarks",
        "",
        "Regenerated by `scripts/bench` (one command: it installs `bench/requirements.txt`, builds the",
        "Release benchmarks, writes the synthetic portfolios, runs everything and writes this file).",
        "The portfolios are **synthetic**: `bench/generate_portfolio.py` makes them from a seed (real ISO",
        "3166 countries and regions, DAC recipients and sector codes; made-up histories, dates and",
        "amounts), and every record says so in its `source`.",
        "",
        "## Machine",
        "",
        *machine(),
        "",
        "## The questions, three ways",
        "",
        "Each tool runs in its own process pinned to one core, loads the same file, then answers each",
        "question several times (best CPU time of the process shown: the machine is shared, and CPU",
        "time is what one busy core gives; `bench/compare.py` says how each tool is used). The",
        "answers of the three are checked for equality (sets of ids, counts, sums) at every size; the",
        "last column says what was compared. *Python* is the package's method called from Python,",
        "including building its result objects; *C++* is the library's function (Google Benchmark,",
        "`bench/portfolio_bench.cpp`). Ratios are the other tool's time over paradiplomacy's (Python).",
        "",
    ]
    for run in runs:
        lines += [with_cpp_column(compare.markdown([run]), run, cpp), ""]
    lines += ["## Targets", "", *targets(runs[-1], cpp), ""]
    analysis = ROOT / "bench" / "analysis.md"
    if analysis.exists():
        lines += [analysis.read_text(encoding="utf-8").rstrip(), ""]
    lines += [
        "## Every C++ benchmark",
        "",
        "Best of the repetitions (scripts/bench runs three), CPU time, on one core.",
        "",
        *cpp_table(cpp),
        "",
    ]
    if args.iati and args.iati.exists():
        lines += [args.iati.read_text(encoding="utf-8").rstrip(), ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
