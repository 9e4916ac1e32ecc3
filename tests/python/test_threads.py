# SPDX-License-Identifier: Apache-2.0
"""The package from several threads: long calls release the GIL (other Python threads keep
running while they work), answers from many threads at once equal the one-thread answers, and
each portfolio has its own lock: never held while Python code runs, and a waiting writer gets
in before readers that arrive after it."""

from __future__ import annotations

import datetime
import functools
import json
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import paradiplomacy as pd
import pytest
from paradiplomacy import _core, iati

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


# --- the portfolio locks --------------------------------------------------------------------
# The tests below never wait for time to pass: they wait for an event, or for the lock to
# report a thread queued in it (_core._lock_state). Their timeouts only turn a hang into a
# failure; a correct build never comes near them.

HANG = 60.0  # seconds after which a call that should finish is taken to hang

IATI = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity>
    <iati-identifier>KR-GOV-010-2020-1</iati-identifier>
    <reporting-org ref="KR-GOV-010" type="10"><narrative>Korea</narrative></reporting-org>
    <title><narrative>Hospital support</narrative></title>
    <activity-status code="2"/>
    <activity-date iso-date="2020-03-01" type="2"/>
    <recipient-country code="VN" percentage="100"/>
    <sector vocabulary="1" code="12220" percentage="100"/>
  </iati-activity>
</iati-activities>
"""


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + HANG
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"still waiting after {HANG:.0f}s until {what}")
        time.sleep(0.001)


def in_thread(call: Callable[[], object]) -> Callable[[], object]:
    """Starts `call` on a thread; returns a function that waits for it and gives its result
    (or raises its exception), failing when it has not finished within HANG seconds."""
    outcome: list[object] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as e:  # handed to the waiting thread
            failure.append(e)

    thread = threading.Thread(target=run, daemon=True)  # a hung one must not block exit
    thread.start()

    def result() -> object:
        thread.join(HANG)
        if thread.is_alive():
            pytest.fail(f"{call} has not finished after {HANG:.0f}s: it hangs")
        if failure:
            raise failure[0]
        return outcome[0]

    return result


def unlocked(p: pd.Portfolio) -> bool:
    return _core._lock_state(p) == {"readers": 0, "readers_waiting": 0, "writers_waiting": 0, "writing": False}


class HeldReader:
    """A reader holding a portfolio's lock shared until released, as a long validate() does."""

    def __init__(self, p: pd.Portfolio) -> None:
        self.inside = threading.Event()
        self.release = threading.Event()

        def wait() -> None:
            self.inside.set()
            self.release.wait(HANG)

        self.done = in_thread(lambda: _core._reading_while(p, wait))
        assert self.inside.wait(HANG), "the reader did not get the lock"

    def leave(self) -> None:
        self.release.set()
        self.done()


@pytest.fixture()
def iati_file(tmp_path: object) -> str:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "one.xml"
    path.write_text(IATI, encoding="utf-8")
    return str(path)


def test_a_progress_callback_may_add_to_the_portfolio_being_read_into(iati_file: str) -> None:
    # The read works on a copy of `into` taken when it starts; no lock is held while the
    # callback runs, so adding to that very portfolio goes ahead instead of waiting for ever.
    p = pd.loads(big_document(50))
    added: list[str] = []

    def progress(done: int, total: int) -> None:
        assert unlocked(p), _core._lock_state(p)
        key = f"during-{len(added)}"
        p.add_partner(key, level="city", country="JP")
        added.append(key)

    result = in_thread(lambda: iati.read(iati_file, into=p, progress=progress))()
    assert isinstance(result, iati.IatiImport)
    assert result.activities_imported == 1 and result.errors == []
    assert added and all(key in p.partners for key in added)
    # The result is the portfolio as it was when the read started, plus the file.
    assert not any(key in result.portfolio.partners for key in added)
    assert len(result.portfolio.partners) == 50 + 1  # and the recipient, VN
    assert _core._locks_in_use() == 0


def test_a_progress_callback_may_use_other_portfolios(iati_file: str) -> None:
    # Unrelated portfolios have locks of their own: adding to them, or reading them, from the
    # callback never waits for the read. Many of them, so that a lock shared by address
    # (as a fixed set of locks would be) cannot go unnoticed.
    p = pd.loads(big_document(50))
    others = [pd.Portfolio("KR-11") for _ in range(200)]

    def progress(done: int, total: int) -> None:
        for i, other in enumerate(others):
            other.add_partner(f"during-{done}-{i}", level="city", country="JP")
            other.validate()

    result = in_thread(lambda: iati.read(iati_file, into=p, progress=progress))()
    assert isinstance(result, iati.IatiImport) and result.activities_imported == 1
    assert all(len(other.partners) >= 1 for other in others)
    assert _core._locks_in_use() == 0


def test_fresh_portfolios_do_not_wait_for_another_portfolios_reader_or_writer() -> None:
    # A reader holds one portfolio's lock (as a long validate() would) and a writer waits for
    # it; other portfolios are added to and read meanwhile, none waiting for either.
    busy = pd.loads(big_document(50))
    reader = HeldReader(busy)
    writer = in_thread(lambda: busy.add_partner("late", level="city", country="JP"))
    try:
        wait_until(lambda: _core._lock_state(busy)["writers_waiting"] == 1, "the writer waits")
        fresh = [pd.Portfolio("KR-11") for _ in range(200)]

        def use_them() -> None:
            for f in fresh:
                f.add_partner("tokyo", level="city", country="JP")
                f.validate()
                f.dumps()

        in_thread(use_them)()
        assert all("tokyo" in f.partners for f in fresh)
        assert "late" not in busy.partners  # the writer on the busy portfolio still waits
    finally:
        reader.leave()
    writer()
    assert "late" in busy.partners
    assert _core._locks_in_use() == 0


def test_a_waiting_writer_gets_in_before_readers_that_arrive_after_it() -> None:
    # Readers that keep arriving while a writer waits queue behind it, so the writer waits
    # only for the readers already inside (a reader-preferring lock let readers that kept
    # overlapping hold a writer off for as long as they came).
    p = pd.loads(big_document(50))
    first = HeldReader(p)
    writer = in_thread(lambda: p.add_partner("late", level="city", country="JP"))
    try:
        wait_until(lambda: _core._lock_state(p)["writers_waiting"] == 1, "the writer waits")
        readers = [in_thread(p.dumps) for _ in range(3)] + [in_thread(p.validate)]
        wait_until(lambda: _core._lock_state(p)["readers_waiting"] == 4, "the new readers queue")
        assert _core._lock_state(p) == {"readers": 1, "readers_waiting": 4, "writers_waiting": 1, "writing": False}
    finally:
        first.leave()
    writer()
    # The queued readers went in after the writer: they saw its partner.
    for read in readers[:3]:
        text = read()
        assert isinstance(text, str) and '"late"' in text
    readers[3]()
    assert _core._locks_in_use() == 0


def test_writers_get_in_while_threads_keep_saving(tmp_path: object) -> None:
    # Four threads save one portfolio in a loop, their saves overlapping; additions from this
    # thread each get in after the saves under way. (Behind a lock that lets readers pass a
    # waiting writer, twenty additions here took most of a minute.)
    import pathlib

    p = pd.loads(big_document(2000))
    stop = threading.Event()
    saved = [0] * 4

    def save(i: int) -> None:
        path = pathlib.Path(str(tmp_path)) / f"saved-{i}.json"
        while not stop.is_set():
            p.save(path)
            saved[i] += 1

    savers = [in_thread(functools.partial(save, i)) for i in range(4)]
    try:
        wait_until(lambda: all(saved), "every thread has saved once")
        adding = in_thread(lambda: [p.add_partner(f"new-{i}", level="city", country="JP") for i in range(50)])
        adding()
    finally:
        stop.set()
        for s in savers:
            s()
    assert all(f"new-{i}" in p.partners for i in range(50))
    assert _core._locks_in_use() == 0


def test_the_lock_probe_sees_a_held_lock() -> None:
    # The probe the tests above rely on reports what it should.
    p = pd.Portfolio("KR-11")
    assert unlocked(p) and _core._locks_in_use() == 0
    reader = HeldReader(p)
    try:
        assert _core._lock_state(p) == {"readers": 1, "readers_waiting": 0, "writers_waiting": 0, "writing": False}
        assert _core._locks_in_use() == 1
    finally:
        reader.leave()
    assert unlocked(p) and _core._locks_in_use() == 0
