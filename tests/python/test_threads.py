# SPDX-License-Identifier: Apache-2.0
"""The package from several threads: long calls release the GIL (other Python threads keep
running while they work) and answers from many threads at once equal the one-thread answers."""

from __future__ import annotations

import datetime
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

import paradiplomacy as pd

D = datetime.date
COUNTRIES = ["JP", "CN", "VN", "US", "DE", "FR", "MN", "ID"]
KINDS = ["intent", "mou", "friendship", "sister"]


def big_document(partners: int) -> str:
    """A portfolio of `partners` cities, each with a chain of upgrades (a few MB of JSON)."""
    doc: dict[str, object] = {"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}}
    ps: list[dict[str, object]] = []
    ags: list[dict[str, object]] = []
    for i in range(partners):
        ps.append({"id": f"p{i}", "level": "city", "country": COUNTRIES[i % 8], "name_en": f"City {i}"})
        previous = None
        for step in range(1 + i % 4):
            a: dict[str, object] = {
                "id": f"a{i}-{step}",
                "partner": f"p{i}",
                "kind": KINDS[step],
                "signed_on": f"{1990 + i % 30 + step}-{1 + i % 12:02d}",
                "title": f"Agreement {i} step {step}",
            }
            if previous:
                a["supersedes"] = previous
            previous = str(a["id"])
            ags.append(a)
    doc["partners"] = ps
    doc["agreements"] = ags
    return json.dumps(doc)


@pytest.fixture(scope="module")
def document() -> str:
    return big_document(10000)


@pytest.fixture(scope="module")
def big(document: str) -> pd.Portfolio:
    return pd.loads(document)


@pytest.fixture()
def short_switch_interval() -> Iterator[None]:
    # Python hands the GIL over every 5 ms by default; ask for 1 ms so that a thread that
    # could run is not kept waiting by the interpreter itself.
    old = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    yield
    sys.setswitchinterval(old)


def longest_stall_while(call: Callable[[], object]) -> tuple[float, float]:
    """Runs `call` on a worker thread while this thread keeps looping in Python; returns the
    call's duration and the longest time during it that this thread could not run. A call
    that holds the GIL stalls this thread for its whole duration."""
    marks: list[float] = []  # the call's start and end, taken by the worker
    done = threading.Event()

    def worker() -> None:
        marks.append(time.perf_counter())
        call()
        marks.append(time.perf_counter())
        done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    last: float | None = None  # this thread's last run after the call started
    longest = 0.0
    while not done.is_set():
        now = time.perf_counter()
        if marks:
            longest = max(longest, now - (marks[0] if last is None or last < marks[0] else last))
            last = now
    thread.join()
    start, end = marks
    longest = max(longest, end - (start if last is None or last < start else last))
    return end - start, longest


@pytest.mark.usefixtures("short_switch_interval")
@pytest.mark.parametrize(
    "name",
    ["loads", "dumps", "validate", "report", "ties_in_force", "save"],
)
def test_long_calls_release_the_gil(name: str, document: str, big: pd.Portfolio, tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "big.json"
    calls: dict[str, Callable[[], object]] = {
        "loads": lambda: pd.loads(document),
        "dumps": big.dumps,
        "validate": lambda: big.validate(today=D(2025, 1, 1)),
        "report": lambda: big.report(today=D(2025, 1, 1)),
        "ties_in_force": lambda: [big.ties_in_force(D(y, 1, 1)) for y in range(1990, 2025, 5)],
        "save": lambda: big.save(path),
    }
    once = calls[name]
    started = time.perf_counter()
    once()  # warm up (the index is built on first use), and time it
    # Repeated until the work lasts about 0.3 s, long enough to tell a stall from the
    # interpreter's own switching on a fast machine; the loop between calls is short.
    repeats = max(1, round(0.3 / max(time.perf_counter() - started, 1e-4)))

    def call() -> None:
        for _ in range(repeats):
            once()

    duration, stall = longest_stall_while(call)
    # Held for the whole call, the stall would be about `duration`. Released, this thread
    # runs throughout (a loaded machine may still pause it briefly).
    assert stall < 0.5 * duration, f"{name}: this thread stalled {stall:.3f}s of a {duration:.3f}s call"


@pytest.mark.usefixtures("short_switch_interval")
def test_the_stall_measure_sees_a_call_that_holds_the_gil() -> None:
    # The regular-expression engine never releases the GIL: the measure must notice.
    import re

    duration, stall = longest_stall_while(lambda: re.match(r"(a*)*b", "a" * 21))
    assert stall > 0.8 * duration


def test_eight_threads_parsing_at_once_agree(document: str) -> None:
    # Eight threads parsing one document at once all get the same portfolio.
    first = pd.loads(document)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: pd.loads(document), range(8)))
    assert all(r == first for r in results)


def answers(p: pd.Portfolio) -> tuple[object, ...]:
    days = [D(1995, 6, 1), D(2009, 1, 1), D(2017, 12, 31)]
    return (
        [[t.partner.key for t in p.ties_in_force(d).certain] for d in days],
        [[t.partner.key for t in p.ties_in_force(d).possible] for d in days],
        [len(p.agreements_in_force(d).certain) for d in days],
        len(p.validate(today=D(2025, 1, 1))),
        p.report(today=D(2025, 1, 1)),
        p.dumps(),
    )


def test_eight_threads_on_one_fresh_portfolio_get_the_one_thread_answers(document: str) -> None:
    expected = answers(pd.loads(document))
    fresh = pd.loads(document)  # no index yet: the threads race to build it
    barrier = threading.Barrier(8)

    def work(_: int) -> tuple[object, ...]:
        barrier.wait()
        return answers(fresh)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(8)))
    for r in results:
        assert r == expected


def test_errors_from_several_threads_stay_with_their_thread() -> None:
    # Each thread gets its own exception, with its own file name in the message.
    def work(i: int) -> str:
        try:
            pd.loads('{"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-4', f"doc-{i}.json")
        except pd.FileError as e:
            return str(e)
        return "accepted"

    with ThreadPoolExecutor(max_workers=8) as pool:
        messages = list(pool.map(work, range(32)))
    for i, m in enumerate(messages):
        assert m.startswith(f"doc-{i}.json:"), m


def test_adding_records_while_other_threads_query_keeps_every_answer_whole(document: str) -> None:
    # Queries run without the GIL; adding a record to the same portfolio from another thread
    # waits for them (and they for it), so each answer is the portfolio before or after an
    # addition, never one half-changed.
    p = pd.loads(document)
    on = D(2030, 1, 1)
    before = len(p.ties_in_force(on).certain)
    added = 300
    stop = threading.Event()
    seen: list[int] = []

    def query() -> None:
        while not stop.is_set():
            seen.append(len(p.ties_in_force(on).certain))
            p.validate()

    readers = [threading.Thread(target=query) for _ in range(4)]
    for r in readers:
        r.start()
    try:
        for i in range(added):
            p.add_partner(f"new-{i}", level="city", country="JP", name_en=f"New {i}")
            p.add_agreement(f"new-{i}-mou", partner=f"new-{i}", kind="mou", signed_on="2020-05-01")
    finally:
        stop.set()
        for r in readers:
            r.join()
    assert len(p.ties_in_force(on).certain) == before + added
    assert seen and all(before <= n <= before + added for n in seen)
    assert p == pd.loads(p.dumps())
