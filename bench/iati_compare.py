# SPDX-License-Identifier: Apache-2.0
"""Reading the IATI benchmark corpus: paradiplomacy against ElementTree and lxml.

One run times the same work done three ways over every file of the corpus (by default
``<repo>/../shared/iati/corpus``, 92 d-portal files, 129 MB, 9,200 activities):

* ``paradiplomacy``: ``paradiplomacy.iati.read(path)``, the C++ reader (libxml2's SAX parser) building a
  portfolio of engagements, called from Python, then the validation rules over them (the
  default); ``paradiplomacy-reader`` the same with ``check_rules=False``, the reader alone;
* ``etree``: ``xml.etree.ElementTree.iterparse``, and
* ``lxml``: ``lxml.etree.iterparse``, the two each extracting per activity the identifier, reporting
  and participating organisations, titles, status, dates, recipient countries and regions with
  percentages, sectors, budgets, and transactions summed per year, type and currency into
  Python dicts, clearing each activity's elements once read; and
* ``expat``: expat through ``pyexpat`` with no handlers, which only parses: the floor for
  ElementTree, which is built on it (paradiplomacy's reader uses libxml2, which parses these
  files about 2.7 times as fast as expat).

Each implementation runs in a fresh Python process pinned to one core
(``os.sched_setaffinity``), so that its peak resident memory (``ru_maxrss`` of that child,
from ``os.wait4``) is its own. Times are taken around the reading of each file (the
interpreter's start and imports are not counted); the best of ``--repeat`` passes over the
corpus is kept, as wall-clock and CPU time. A second, untimed run per implementation writes
per-activity budget and transaction totals, and the three are checked to agree on the
activities paradiplomacy imported (it leaves out activities that break an import rule).

    .venv/bin/python bench/iati_compare.py [--corpus DIR] [--repeat 3] [--output bench/results/iati.md]

Prints a markdown table and writes it to ``--output``. Needs lxml (``bench/requirements.txt``).
Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import math
import os
import pathlib
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from typing import Any

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "iati" / "corpus"
DEFAULT_OUTPUT = HERE / "results" / "iati.md"
IMPLEMENTATIONS = ("paradiplomacy", "paradiplomacy-reader", "etree", "lxml", "expat")
CHECKED = ("paradiplomacy", "etree", "lxml")  # the readers whose totals are compared

# IATI TransactionType codes 1-13 by the names the portfolio uses; 1.0x letter codes.
TRANSACTION_TYPES = (
    "incoming_funds", "outgoing_commitment", "disbursement", "expenditure", "interest_payment",
    "loan_repayment", "reimbursement", "purchase_of_equity", "sale_of_equity", "credit_guarantee",
    "incoming_commitment", "outgoing_pledge", "incoming_pledge",
)  # fmt: skip
LEGACY_TRANSACTION_TYPES = {"IF": 1, "C": 2, "D": 3, "E": 4, "IR": 5, "LR": 6, "R": 7, "QP": 8, "QS": 9, "CG": 10}

Activity = dict[str, Any]
Summary = dict[str, dict[str, Any]]  # identifier -> {"budgets": {cur: sum}, "transactions": {key: sum}}


# --- the ElementTree-API implementation (shared by xml.etree and lxml) ----------------------


def _text(element: Any) -> str:
    return (element.text or "").strip() if element is not None else ""


def _narratives(element: Any) -> list[str]:
    """The narrative texts of an element (2.0x), or its own text (1.0x)."""
    if element is None:
        return []
    texts = [_text(n) for n in element.iter("narrative")]
    return texts if texts else ([_text(element)] if _text(element) else [])


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text.strip().replace(",", ""))
    except ValueError:
        return None


def _organisation(element: Any) -> dict[str, Any]:
    names = _narratives(element)
    return {
        "ref": element.get("ref", ""),
        "type": element.get("type", ""),
        "role": element.get("role", ""),
        "name": names[0] if names else "",
    }


def extract_activity(activity: Any) -> Activity:
    """One activity's fields as Python values: what the portfolio keeps, read with the ElementTree API."""
    default_currency = activity.get("default-currency", "")
    out: Activity = {
        "identifier": _text(activity.find("iati-identifier")),
        "default_currency": default_currency,
        "reporting_org": None,
        "participants": [],
        "titles": [],
        "status": "",
        "dates": {},
        "recipient_countries": [],
        "recipient_regions": [],
        "sectors": [],
        "budgets": [],
        "transactions": {},
    }
    transactions: dict[tuple[int, str, str], list[float]] = out["transactions"]
    for child in activity:
        tag = child.tag
        if tag == "reporting-org":
            out["reporting_org"] = _organisation(child)
        elif tag == "participating-org":
            out["participants"].append(_organisation(child))
        elif tag == "title":
            out["titles"].extend(_narratives(child))
        elif tag == "activity-status":
            out["status"] = child.get("code", "")
        elif tag == "activity-date":
            out["dates"][child.get("type", "")] = child.get("iso-date", "")
        elif tag == "recipient-country":
            out["recipient_countries"].append((child.get("code", ""), _number(child.get("percentage"))))
        elif tag == "recipient-region":
            out["recipient_regions"].append(
                (child.get("code", ""), child.get("vocabulary", "1"), _number(child.get("percentage")))
            )
        elif tag == "sector":
            out["sectors"].append(
                (child.get("code", ""), child.get("vocabulary", "1"), _number(child.get("percentage")))
            )
        elif tag == "budget":
            value = child.find("value")
            start, end = child.find("period-start"), child.find("period-end")
            out["budgets"].append(
                {
                    "start": start.get("iso-date", "") if start is not None else "",
                    "end": end.get("iso-date", "") if end is not None else "",
                    "amount": _number(value.text) if value is not None else None,
                    "currency": (value.get("currency") or default_currency) if value is not None else "",
                    "value_date": value.get("value-date", "") if value is not None else "",
                    "type": child.get("type", "1"),
                    "status": child.get("status", "1"),
                }
            )
        elif tag == "transaction":
            kind = child.find("transaction-type")
            value = child.find("value")
            when = child.find("transaction-date")
            if kind is None or value is None:
                continue
            code = kind.get("code", "")
            type_number = int(code) if code.isdigit() else LEGACY_TRANSACTION_TYPES.get(code, 0)
            day = when.get("iso-date", "") if when is not None else ""
            day = day or value.get("value-date", "")
            amount = _number(value.text)
            if not 1 <= type_number <= 13 or len(day) < 4 or not day[:4].isdigit() or amount is None:
                continue
            key = (int(day[:4]), TRANSACTION_TYPES[type_number - 1], value.get("currency") or default_currency)
            total = transactions.setdefault(key, [0.0, 0])
            total[0] += amount
            total[1] += 1
    return out


def read_with_etree(path: pathlib.Path) -> list[Activity]:
    import xml.etree.ElementTree as ET

    activities = []
    for _, element in ET.iterparse(path, events=("end",)):
        if element.tag == "iati-activity":
            activities.append(extract_activity(element))
            element.clear()  # the emptied element stays in the root: a few bytes per activity
    return activities


def read_with_lxml(path: pathlib.Path) -> list[Activity]:
    from lxml import etree

    activities = []
    for _, element in etree.iterparse(
        str(path), events=("end",), tag="iati-activity", resolve_entities=False, no_network=True
    ):
        activities.append(extract_activity(element))
        element.clear(keep_tail=True)
        while element.getprevious() is not None:  # drop the activities already read
            del element.getparent()[0]
    return activities


def parse_with_expat(path: pathlib.Path) -> None:
    """Only the parse: expat (the parser under ElementTree) with no handlers, a floor."""
    import pyexpat

    parser = pyexpat.ParserCreate()
    with path.open("rb") as f:
        parser.ParseFile(f)


def summarise_activities(activities: Iterable[Activity]) -> tuple[Summary, int]:
    """Budget totals per currency and transaction totals per activity; identifiers seen twice are left out."""
    out: Summary = {}
    seen: collections.Counter[str] = collections.Counter()
    for a in activities:
        seen[a["identifier"]] += 1
        budgets: dict[str, float] = collections.defaultdict(float)
        for b in a["budgets"]:
            if b["amount"] is not None:
                budgets[b["currency"]] += b["amount"]
        transactions = {f"{y}|{t}|{c}": total[0] for (y, t, c), total in a["transactions"].items()}
        out[a["identifier"]] = {"budgets": dict(budgets), "transactions": transactions}
    for identifier, n in seen.items():
        if n > 1:
            out.pop(identifier, None)
    return out, sum(seen.values())


# --- paradiplomacy ------------------------------------------------------------------------


def read_with_paradiplomacy(path: pathlib.Path) -> Any:
    from paradiplomacy import iati

    return iati.read(path)


def read_with_paradiplomacy_reader(path: pathlib.Path) -> Any:
    """The reader alone: without the validation rules run over the imported engagements."""
    from paradiplomacy import iati

    return iati.read(path, check_rules=False)


def summarise_import(result: Any) -> tuple[Summary, int]:
    """The same totals, from the portfolio's JSON document (every field the reader kept).

    When the portfolio cannot be written as JSON, budgets are taken from the records and the
    transactions are marked unchecked (None), with the writer's message.
    """
    try:
        document = json.loads(result.portfolio.dumps())
    except OSError as error:
        out: Summary = {}
        for e in result.portfolio.engagements:
            budgets: dict[str, float] = collections.defaultdict(float)
            for b in e.budgets:
                budgets[b.value.currency] += b.value.amount
            out[e.iati_identifier] = {"budgets": dict(budgets), "transactions": None, "unchecked": str(error)}
        return out, int(result.activities_read)
    out = {}
    for e in document.get("oda", []):
        budgets = collections.defaultdict(float)
        for b in e.get("budgets", []):
            budgets[b["currency"]] += b["amount"]
        transactions = {f"{t['year']}|{t['type']}|{t['currency']}": t["amount"] for t in e.get("transactions", [])}
        out[e["iati_identifier"]] = {"budgets": dict(budgets), "transactions": transactions}
    return out, int(result.activities_read)


# --- one implementation, in its own process -----------------------------------------------


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def run_child(implementation: str, corpus: pathlib.Path, repeat: int, check: bool, result_path: pathlib.Path) -> None:
    reader: Callable[[pathlib.Path], Any]
    if implementation.startswith("paradiplomacy"):
        import paradiplomacy.iati  # noqa: F401  (imported before the clock starts, like the others)

        reader = read_with_paradiplomacy if implementation == "paradiplomacy" else read_with_paradiplomacy_reader
    elif implementation == "etree":
        import xml.etree.ElementTree  # noqa: F401

        reader = read_with_etree
    elif implementation == "lxml":
        import lxml.etree  # noqa: F401

        reader = read_with_lxml
    else:
        reader = parse_with_expat
    files = sorted(corpus.glob("*.xml"))
    before_mib = _peak_mib()
    report: dict[str, Any] = {"implementation": implementation, "files": len(files), "before_mib": before_mib}
    report["bytes"] = sum(f.stat().st_size for f in files)
    if check:
        summaries: dict[str, Summary] = {}
        activities = 0
        for f in files:
            result: Any = reader(f)
            if implementation.startswith("paradiplomacy"):
                summary, n = summarise_import(result)
            else:
                summary, n = summarise_activities(result)
            summaries[f.name] = summary
            activities += n
            del result
        report["activities"] = activities
        report["summaries"] = summaries
    else:
        passes = []
        for _ in range(repeat):
            wall = cpu = 0.0
            for f in files:
                w0, c0 = time.perf_counter(), time.process_time()
                result = reader(f)  # noqa: F841 (kept until the clock stops)
                w1, c1 = time.perf_counter(), time.process_time()
                wall += w1 - w0
                cpu += c1 - c0
                del result  # one file's result at a time, as a loop over a directory would
            passes.append({"wall": wall, "cpu": cpu})
        report["passes"] = passes
    result_path.write_text(json.dumps(report), encoding="utf-8")


def spawn(implementation: str, corpus: pathlib.Path, repeat: int, check: bool, cpu: int) -> dict[str, Any]:
    """Runs one implementation in a fresh interpreter pinned to `cpu`; adds its own peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        result_path = pathlib.Path(tmp) / "result.json"
        command = [sys.executable, str(pathlib.Path(__file__).resolve()), "--child", implementation,
                   "--corpus", str(corpus), "--repeat", str(repeat), "--result", str(result_path)]  # fmt: skip
        if check:
            command.append("--check")
        process = subprocess.Popen(command, preexec_fn=lambda: os.sched_setaffinity(0, {cpu}))
        # wait4 gives this child's own resource usage (RUSAGE_CHILDREN would be the largest
        # peak of every child waited for so far).
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise SystemExit(f"iati_compare: the {implementation} run failed (exit status {process.returncode})")
        report: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    report["peak_mib"] = usage.ru_maxrss / 1024.0
    return report


# --- agreement and the table --------------------------------------------------------------


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def _same_totals(x: dict[str, float], y: dict[str, float]) -> bool:
    return x.keys() == y.keys() and all(_close(x[k], y[k]) for k in x)


def compare(checks: dict[str, dict[str, Any]]) -> tuple[list[str], bool]:
    """Lines saying where the three agree; False when they do not."""
    ours = checks["paradiplomacy"]
    lines: list[str] = []
    ok = True
    counts = {name: report["activities"] for name, report in checks.items()}
    if len(set(counts.values())) != 1:
        ok = False
    lines.append("activities in the corpus: " + ", ".join(f"{name} {n}" for name, n in counts.items()))
    imported = sum(len(s) for s in ours["summaries"].values())
    unchecked: set[tuple[str, str]] = set()
    budget_totals: dict[str, dict[str, float]] = {}
    transaction_totals: dict[str, dict[str, float]] = {}
    for name, report in checks.items():
        differing = missing = compared = 0
        budgets: dict[str, float] = collections.defaultdict(float)
        transactions: dict[str, float] = collections.defaultdict(float)
        for file, summary in ours["summaries"].items():
            theirs = report["summaries"].get(file, {})
            for identifier, mine in summary.items():
                other = theirs.get(identifier)
                if other is None:
                    missing += 1
                    continue
                compared += 1
                if mine["transactions"] is None:  # the portfolio could not be written as JSON
                    unchecked.add((file, mine["unchecked"]))
                    other = {**other, "transactions": {}}
                    same = _same_totals(mine["budgets"], other["budgets"])
                else:
                    same = _same_totals(mine["budgets"], other["budgets"]) and _same_totals(
                        mine["transactions"], other["transactions"]
                    )
                if not same:
                    differing += 1
                    if differing <= 3 and name != "paradiplomacy":
                        lines.append(f"  {name} differs on {file} {identifier}: {other} vs {mine}")
                for currency, amount in other["budgets"].items():
                    budgets[currency] += amount
                for key, amount in other["transactions"].items():
                    transactions[key.split("|")[2]] += amount
        budget_totals[name], transaction_totals[name] = dict(budgets), dict(transactions)
        if name != "paradiplomacy":
            lines.append(
                f"{name}: {compared} of the {imported} activities paradiplomacy imported compared "
                f"({missing} not found or with a duplicated identifier), {differing} with other totals"
            )
            ok = ok and differing == 0
    for file, message in sorted(unchecked):
        lines.append(
            f"transactions not checked for {file}: paradiplomacy could not write the portfolio as JSON ({message})"
        )
    for label, totals in (("budgets", budget_totals), ("transactions", transaction_totals)):
        currencies = sorted(totals["paradiplomacy"], key=lambda c: -abs(totals["paradiplomacy"][c]))[:3]
        agree = all(_same_totals(totals["paradiplomacy"], t) for t in totals.values())
        shown = ", ".join(f"{c} {totals['paradiplomacy'][c]:,.0f}" for c in currencies)
        lines.append(
            f"total {label} of those activities, largest currencies: {shown} ({'same' if agree else 'DIFFERENT'} in all three)"
        )
        ok = ok and agree
    return lines, ok


def table(timings: dict[str, dict[str, Any]]) -> list[str]:
    def best(report: dict[str, Any], key: str) -> float:
        return float(min(p[key] for p in report["passes"]))

    mb = next(iter(timings.values()))["bytes"] / 1e6
    lines = [
        "| reader | seconds (best) | MB/s | CPU seconds | MB/s (CPU) | peak RSS MiB | before the first file MiB "
        "| vs ElementTree (wall / CPU) | vs lxml (wall / CPU) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    names = {"paradiplomacy": "`paradiplomacy.iati.read` (C++, libxml2 SAX; with the validation rules)",
             "paradiplomacy-reader": "`paradiplomacy.iati.read(check_rules=False)`: the reader alone",
             "etree": "`xml.etree.ElementTree.iterparse`", "lxml": "`lxml.etree.iterparse`",
             "expat": "expat alone, no handlers (`pyexpat`): ElementTree's parser, for scale"}  # fmt: skip
    for name, report in timings.items():
        wall, cpu = best(report, "wall"), best(report, "cpu")
        ratios = []
        for other in ("etree", "lxml"):
            if other in timings:
                ratios.append(f"{best(timings[other], 'wall') / wall:.1f}x / {best(timings[other], 'cpu') / cpu:.1f}x")
            else:
                ratios.append("")
        lines.append(
            f"| {names[name]} | {wall:.2f} | {mb / wall:.1f} | {cpu:.2f} | {mb / cpu:.1f} | {report['peak_mib']:.0f} "
            f"| {report['before_mib']:.0f} | {ratios[0]} | {ratios[1]} |"
        )
    return lines


def machine() -> str:
    cpu = ""
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = [f"Python {platform.python_version()}"]
    try:
        from lxml import etree

        versions.append("lxml " + ".".join(map(str, etree.LXML_VERSION)) + " (libxml2 " +
                        ".".join(map(str, etree.LIBXML_VERSION)) + ")")  # fmt: skip
    except ImportError:
        pass
    import pyexpat

    versions.append(pyexpat.EXPAT_VERSION)
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), load average " \
           f"{os.getloadavg()[0]:.1f} at the start; {', '.join(versions)}"  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=pathlib.Path, default=DEFAULT_CORPUS, help="directory of IATI .xml files")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus per reader; the best counts")
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT, help="the markdown file to write")
    parser.add_argument("--only", choices=IMPLEMENTATIONS, action="append", help="run only these readers")
    parser.add_argument("--cpu", type=int, help="the core to pin the readers to (default: the last one allowed)")
    parser.add_argument("--no-check", action="store_true", help="skip the agreement check")
    parser.add_argument("--child", choices=IMPLEMENTATIONS, help=argparse.SUPPRESS)
    parser.add_argument("--check", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=pathlib.Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        run_child(args.child, args.corpus, args.repeat, args.check, args.result)
        return 0
    if not args.corpus.is_dir() or not any(args.corpus.glob("*.xml")):
        print(f"iati_compare: skipped: no IATI corpus at {args.corpus} (the shared reference data is not here; "
              "give another directory with --corpus)")  # fmt: skip
        return 0
    cpu = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
    implementations = args.only or list(IMPLEMENTATIONS)
    files = sorted(args.corpus.glob("*.xml"))
    size = sum(f.stat().st_size for f in files)
    started = datetime.datetime.now(datetime.timezone.utc)
    print(f"corpus: {args.corpus} ({len(files)} files, {size / 1e6:.1f} MB); pinned to core {cpu}", file=sys.stderr)
    about = machine()
    timings: dict[str, dict[str, Any]] = {}
    for name in implementations:
        print(f"timing {name} ({args.repeat} passes)...", file=sys.stderr)
        timings[name] = spawn(name, args.corpus, args.repeat, False, cpu)
    agreement: list[str] = []
    ok = True
    if not args.no_check and "paradiplomacy" in implementations:
        checks = {}
        for name in (n for n in implementations if n in CHECKED):
            print(f"checking {name}...", file=sys.stderr)
            checks[name] = spawn(name, args.corpus, 1, True, cpu)
        agreement, ok = compare(checks)

    out = [
        "<!-- written by bench/iati_compare.py; do not edit -->",
        "",
        f"Reading the IATI corpus ({len(files)} files, {size / 1e6:.1f} MB) on one core, best of "
        f"{args.repeat} passes; each reader in its own process. {started:%Y-%m-%d}, {about}. "
        "Seconds are wall-clock time spent reading; CPU seconds the process's CPU time meanwhile "
        "(on a shared, loaded machine the wall time includes waiting for the core). Peak RSS is "
        "the whole process's, the interpreter and its imports included (the column before it).",
        "",
        *table(timings),
        "",
    ]
    if agreement:
        out += ["Agreement:", "", *[f"- {line.strip()}" for line in agreement], ""]
    text = "\n".join(out)
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"written to {args.output}", file=sys.stderr)
    if not ok:
        print("iati_compare: the readers disagree (see above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
