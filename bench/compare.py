#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The office's questions answered three ways: paradiplomacy, pandas and DuckDB.

    python bench/compare.py [--data bench/data] [--sizes 10k,100k,1m] [--json out.json] [--markdown out.md]

For each portfolio file (bench/generate_portfolio.py writes them) and each tool, a child
process pinned to one core loads the file, answers every question (best of several runs,
process CPU time; wall time is kept beside it) and reports its answers, its times and its peak memory (ru_maxrss). The
parent checks that the three tools give the same answers and fails loudly when they do not,
then prints a table of times and ratios.

How each tool is used, as an analyst would use it:
- paradiplomacy: ``paradiplomacy.load(path)``, then the Portfolio's query methods.
- pandas: ``pandas.read_json(path, typ="series")`` parses the document, ``json_normalize``
  makes one frame per record list, then proper dtypes: categoricals for codes and enums,
  ``datetime64`` for the earliest and latest day of each partial date (a date known to the
  month or year spans several days). Questions are boolean masks, merges and groupby.
- DuckDB (``SET threads=1``): ``read_json`` of the same file, ``unnest`` of each record list
  into a table, the same day columns computed in SQL. Questions are SQL.
Loading includes those preparations (the supersession closure and effective kinds too,
which are fixed for a file); the questions start from the loaded tables.

The rules are the library's (docs and include/paradiplomacy/query/): every answer that
depends on a partial date is split into certain and possible, with three-valued logic
(here 0 = no, 1 = unknown, 2 = yes; "and" is min, "or" is max, "not" is 2 - x).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import math
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("paradiplomacy", "pandas", "duckdb")

ON = datetime.date(2024, 6, 30)  # the day the questions ask about
EXPIRING_DAYS = 90
DORMANT_YEARS = 3
COUNTRY = "MN"  # the country of the selective in-force question
RANK = {"intent": 1, "mou": 2, "friendship": 3, "economic_cooperation": 3, "sister": 4}
KINDS = ["intent", "mou", "friendship", "sister", "economic_cooperation", "implementation_plan", "renewal", "other"]

# (id, label, class): class "selective" (few rows), "aggregation", "bulk" (many rows), "frame".
QUESTIONS = [
    ("in_force_country", f"ties in force on {ON} with one country ({COUNTRY})", "selective"),
    ("in_force_all", f"ties in force on {ON}, all", "bulk"),
    ("expiring", f"agreements expiring within {EXPIRING_DAYS} days of {ON}", "selective"),
    ("timeline", "one partner's timeline", "selective"),
    ("coverage", "distinct countries and regions per tie kind", "aggregation"),
    ("oda_budget", "ODA budget by recipient, sector and year", "aggregation"),
    ("dormant", f"dormant ties (no exchange in {DORMANT_YEARS} years)", "bulk"),
    ("frame", "DataFrame of all agreements", "frame"),
]


def pin_one_core(core: int) -> str:
    cpus = os.sched_getaffinity(0)
    core = core if core in cpus else min(cpus)
    os.sched_setaffinity(0, {core})
    return str(core)


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


QUICK = os.environ.get("PARADIPLOMACY_BENCH_QUICK") == "1"  # one run each: for the tests


def best_time(fn: Callable[[], Any], budget: float = 1.0, max_runs: int = 30) -> tuple[float, Any, int, float]:
    """Best of several runs: as many as fit in `budget` seconds (at least 3, at most `max_runs`).

    Times are the process's CPU time (time.process_time: every thread of the process, user
    and system), which a busy shared machine disturbs far less than the wall clock; each
    tool runs on one core and one thread, so for an idle machine the two are the same. The
    wall time of the same run is returned too.
    """
    gc.collect()
    runs, spent, best, best_wall, result = 0, 0.0, math.inf, math.inf, None
    while runs < (1 if QUICK else max_runs) and (runs < (1 if QUICK else 3) or spent + best < budget):
        result = None
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        c, w = time.process_time() - c0, time.perf_counter() - w0
        if c < best:
            best, best_wall = c, w
        runs, spent = runs + 1, spent + w
    return best, result, runs, best_wall


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """One run of `fn`: its result, CPU time and wall time."""
    w0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.process_time() - c0, time.perf_counter() - w0


def timeline_partner(keys: list[str]) -> str:
    """The partner whose timeline is asked for: fixed by position so each tool asks the same."""
    return keys[len(keys) // 2]


# ============================================================================ paradiplomacy
def run_paradiplomacy(path: Path) -> dict[str, Any]:
    import pandas  # noqa: F401  (imported before the baseline, like the other tools)
    import paradiplomacy as pd

    base = rss_mib()
    p, load, load_wall = timed(lambda: pd.load(path))
    loaded = rss_mib() - base
    partner = timeline_partner(p.partners.keys())
    _, index, _ = timed(lambda: p.partner_timeline(partner))  # the first question builds the query index
    upto = ON + datetime.timedelta(days=EXPIRING_DAYS)

    qs: dict[str, Callable[[], Any]] = {
        "in_force_country": lambda: p.ties_in_force(ON, country=COUNTRY),
        "in_force_all": lambda: p.ties_in_force(ON),
        "expiring": lambda: p.agreements_expiring(ON, upto),
        "timeline": lambda: p.partner_timeline(partner),
        "coverage": lambda: p.coverage_by_kind(ON),
        "oda_budget": lambda: p.oda_budget(),
        "dormant": lambda: p.dormant_ties(ON, years=DORMANT_YEARS),
        "frame": lambda: p.agreements_frame(),
    }

    def ties(r: Any) -> Any:
        return (frozenset(t.partner.key for t in r.certain), frozenset(t.partner.key for t in r.possible))

    def expiring(r: Any) -> Any:
        return (frozenset(e.agreement.key for e in r.certain), frozenset(e.agreement.key for e in r.possible))

    def coverage(r: Any) -> Any:
        return sorted(
            (
                c.kind.name.lower(),
                c.countries.certain,
                c.countries.possible,
                c.regions.certain,
                c.regions.possible,
                c.partners.certain,
                c.partners.possible,
            )
            for c in r
        )

    def oda(r: Any) -> Any:
        return {(row.recipient, row.sector or "", row.year, row.currency): (row.amount, row.engagements) for row in r}

    def dormant(r: Any) -> Any:
        return (frozenset(d.partner.key for d in r.certain), frozenset(d.partner.key for d in r.possible))

    def timeline(r: Any) -> Any:
        return sorted(
            (e.kind.name.lower(), e.record.key, str(e.date) if e.date is not None else "", e.planned) for e in r
        )

    def frame(r: Any) -> Any:
        return (len(r), list(r.columns), r["key"].tolist()[:5] + r["key"].tolist()[-5:])

    normal = {
        "in_force_country": ties,
        "in_force_all": ties,
        "expiring": expiring,
        "timeline": timeline,
        "coverage": coverage,
        "oda_budget": oda,
        "dormant": dormant,
        "frame": frame,
    }
    out = {
        "load": load,
        "load_wall": load_wall,
        "prepare": index,
        "loaded_mib": loaded,
        "times": {},
        "runs": {},
        "wall": {},
        "answers": {},
    }
    for q, fn in qs.items():
        t, r, runs, wall = best_time(fn)
        out["times"][q], out["runs"][q], out["wall"][q] = t, runs, wall
        out["answers"][q] = normal[q](r)
        del r
    out["peak_mib"] = peak_mib()
    return out


# ============================================================================ pandas
def _day_bounds(pandas: Any, s: Any) -> tuple[Any, Any]:
    """Earliest and latest day of partial-date text ('1997', '1997-05', '1997-05-03'), NaT when absent."""
    s = s.astype("string")
    n = s.str.len()
    filled = s.where(n != 4, s + "-01-01").where(n != 7, s + "-01")
    lo = pandas.to_datetime(filled, format="%Y-%m-%d").astype("datetime64[s]")
    hi = lo.copy()
    year = n == 4
    month = n == 7
    hi[year] = (lo[year] + pandas.offsets.YearEnd(0)).astype("datetime64[s]")
    hi[month] = (lo[month] + pandas.offsets.MonthEnd(0)).astype("datetime64[s]")
    return lo, hi


def _col(frame: Any, name: str, default: Any = None) -> Any:
    import pandas

    if name in frame.columns:
        return frame[name]
    return pandas.Series([default] * len(frame), index=frame.index, dtype=object)


def _closure(np: Any, pandas: Any, ids: Any, supersedes: Any) -> Any:
    """(ancestor, descendant) row positions of the transitive `supersedes` relation."""
    parent = supersedes.to_numpy()
    direct = pandas.DataFrame({"anc": parent[parent >= 0], "desc": np.nonzero(parent >= 0)[0]})
    pairs = [direct]
    step = direct
    for _ in range(64):
        up = parent[step["anc"].to_numpy()]
        keep = up >= 0
        if not keep.any():
            break
        step = pandas.DataFrame({"anc": up[keep], "desc": step["desc"].to_numpy()[keep]})
        pairs.append(step)
    return pandas.concat(pairs, ignore_index=True).drop_duplicates()


def load_pandas(path: Path) -> dict[str, Any]:
    import numpy as np
    import pandas

    raw = pandas.read_json(path, typ="series", dtype=False)
    t = {}
    for name in ("partners", "agreements", "programs", "oda"):
        t[name] = pandas.json_normalize(raw[name]) if name in raw.index else pandas.DataFrame()
    del raw
    cat = lambda s: s.astype("category")  # noqa: E731

    partners = t["partners"]
    for c in ("level", "country", "region"):
        partners[c] = cat(_col(partners, c))
    partners["key"] = partners.pop("id")

    a = t["agreements"]
    a["key"] = a.pop("id")
    for c in ("partner", "signatory", "kind", "council_approval"):
        a[c] = cat(_col(a, c))
    a["proposed"] = _col(a, "proposed", False).fillna(False).astype(bool)
    for c in ("signed_on", "validity.start", "validity.end", "suspended_on", "resumed_on", "terminated_on"):
        a[c] = _col(a, c).astype("string")
        a[c + "_lo"], a[c + "_hi"] = _day_bounds(pandas, a[c])
    start = a["validity.start"].fillna(a["signed_on"])
    a["start_lo"], a["start_hi"] = _day_bounds(pandas, start)
    pos = pandas.Series(np.arange(len(a)), index=a["key"])
    sup = _col(a, "supersedes")
    a["sup_pos"] = sup.map(pos).fillna(-1).astype(np.int64)
    # the partner's country and level beside each agreement
    pinfo = partners.set_index("key")
    a["country"] = cat(a["partner"].astype(object).map(pinfo["country"]))
    a["level"] = cat(a["partner"].astype(object).map(pinfo["level"]))
    a["is_region"] = a["level"] == "region"
    # effective kind: walk back through `supersedes` while the kind has no tier rank
    kind = a["kind"].astype(object).to_numpy()
    rank = np.array([RANK.get(k, 0) for k in kind])
    at = np.arange(len(a))
    parent = a["sup_pos"].to_numpy()
    for _ in range(64):
        move = (rank[at] == 0) & (parent[at] >= 0)
        if not move.any():
            break
        at = np.where(move, parent[at], at)
    eff = np.where(rank[at] > 0, kind[at], kind)
    a["eff_kind"] = pandas.Categorical(eff, categories=KINDS)
    a["eff_rank"] = np.array([RANK.get(k, 0) for k in eff], dtype=np.int8)
    closure = _closure(np, pandas, a["key"], a["sup_pos"])

    pr = t["programs"]
    pr["key"] = pr.pop("id")
    for c in ("kind", "direction", "organiser"):
        pr[c] = cat(_col(pr, c))
    for c in ("start", "end"):
        pr[c] = _col(pr, c).astype("string")
        pr[c + "_lo"], pr[c + "_hi"] = _day_bounds(pandas, pr[c])
    contact = pr["end"].fillna(pr["start"])
    pr["contact_lo"], pr["contact_hi"] = _day_bounds(pandas, contact)
    pp = pr[["key", "partners"]].explode("partners").rename(columns={"partners": "partner"})
    pp["partner"] = cat(pp["partner"])
    pp = pp.join(pr[["start", "end", "start_lo", "start_hi", "end_lo", "end_hi", "contact_lo", "contact_hi"]])

    o = t["oda"]
    o["key"] = o.pop("id")
    for c in ("recipient", "status", "recipient_partner"):
        o[c] = cat(_col(o, c))
    for c in ("planned_start", "actual_start", "planned_end", "actual_end"):
        o[c] = _col(o, c).astype("string")
    budgets = o[["key", "recipient", "status", "budgets"]].explode("budgets").dropna(subset=["budgets"])
    bud = pandas.json_normalize(budgets["budgets"].tolist())
    budgets = budgets.drop(columns="budgets").reset_index(drop=True).join(bud)
    budgets["year"] = budgets["start"].str.slice(0, 4).astype(np.int64)
    budgets["currency"] = cat(budgets["currency"])
    sectors = o[["key", "sectors"]].explode("sectors")
    has = sectors["sectors"].notna()
    sectors["sector"] = None
    sectors.loc[has, "sector"] = [s["code"] for s in sectors.loc[has, "sectors"]]
    sectors["share"] = 100.0
    sectors.loc[has, "share"] = [float(s["percentage"]) for s in sectors.loc[has, "sectors"]]
    sectors = sectors.drop(columns="sectors").reset_index(drop=True)
    sectors["sector"] = cat(sectors["sector"])
    return {
        "partners": partners,
        "agreements": a,
        "closure": closure,
        "programs": pr,
        "program_partners": pp,
        "oda": o,
        "budgets": budgets,
        "sectors": sectors,
    }


def _on_or_before(np: Any, lo: Any, hi: Any, d: Any, absent: int) -> Any:
    r = np.where(hi <= d, 2, np.where(lo > d, 0, 1)).astype(np.int8)
    return np.where(lo.isna().to_numpy(), absent, r).astype(np.int8)


def _before(np: Any, lo: Any, hi: Any, d: Any, absent: int) -> Any:
    r = np.where(hi < d, 2, np.where(lo >= d, 0, 1)).astype(np.int8)
    return np.where(lo.isna().to_numpy(), absent, r).astype(np.int8)


def pandas_live_active(np: Any, a: Any, d: Any) -> tuple[Any, Any]:
    """Three-valued live (started, not expired, not terminated) and the rest of active, row by row of `a`."""
    proposed_unsigned = a["proposed"].to_numpy() & a["signed_on"].isna().to_numpy()
    started = _on_or_before(np, a["start_lo"], a["start_hi"], d, 1)
    started = np.where(proposed_unsigned, 0, started)
    expired = _before(np, a["validity.end_lo"], a["validity.end_hi"], d, 0)
    terminated = _on_or_before(np, a["terminated_on_lo"], a["terminated_on_hi"], d, 0)
    resumed = _on_or_before(np, a["resumed_on_lo"], a["resumed_on_hi"], d, 0)
    suspended = np.minimum(_on_or_before(np, a["suspended_on_lo"], a["suspended_on_hi"], d, 0), 2 - resumed)
    live = np.minimum(np.minimum(started, 2 - expired), 2 - terminated)
    return live, np.minimum(live, 2 - suspended)


def pandas_active(pandas: Any, np: Any, t: dict[str, Any], d: Any, rows: Any) -> Any:
    """Three-valued active for the agreements at positions `rows`."""
    a = t["agreements"]
    sub = a.iloc[rows]
    live, rest = pandas_live_active(np, sub, d)
    closure = t["closure"]
    c = closure[closure["anc"].isin(rows)] if len(rows) < len(a) else closure
    superseded = np.zeros(len(rows), dtype=np.int8)
    if len(c):
        dl, _ = pandas_live_active(np, a.iloc[c["desc"].to_numpy()], d)
        sup = pandas.Series(dl, index=c["anc"].to_numpy()).groupby(level=0).max()
        where = pandas.Series(np.arange(len(rows)), index=rows)
        superseded[where.loc[sup.index].to_numpy()] = sup.to_numpy()
    return np.minimum(rest, 2 - superseded)


def pandas_ties(pandas: Any, np: Any, t: dict[str, Any], d: Any, country: str | None = None) -> Any:
    """The home government's ties in force: a frame of agreements (active >= 1) and the per-partner truth."""
    a = t["agreements"]
    mask = a["signatory"].isna()
    if country is not None:
        mask &= a["country"] == country
    # an agreement can only be in force when it may have started: a cheap filter first
    mask &= ~(a["start_lo"] > d)
    rows = np.nonzero(mask.to_numpy())[0]
    active = pandas_active(pandas, np, t, d, rows)
    keep = active > 0
    act = a.iloc[rows[keep]][["key", "partner", "country", "is_region", "eff_kind", "eff_rank"]].copy()
    act["active"] = active[keep]
    act["pos"] = rows[keep]
    tie = act.groupby("partner", observed=True)["active"].max()
    return act, tie


def pandas_questions(t: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    import numpy as np
    import pandas

    d = pandas.Timestamp(ON)
    upto = pandas.Timestamp(ON + datetime.timedelta(days=EXPIRING_DAYS))
    a = t["agreements"]
    partner = timeline_partner(t["partners"]["key"].tolist())

    def in_force(country: str | None) -> Any:
        _, tie = pandas_ties(pandas, np, t, d, country)
        return tie

    def expiring() -> Any:
        lo, hi = a["validity.end_lo"], a["validity.end_hi"]
        maybe = (lo <= upto) & (hi >= d) & a["signatory"].isna()  # the home government's, as the library asks
        certain = maybe & (lo >= d) & (hi <= upto)
        return a.loc[maybe & ~certain, "key"], a.loc[certain, "key"]

    def coverage() -> Any:
        act, tie = pandas_ties(pandas, np, t, d)
        act = act.sort_values(["partner", "eff_rank", "pos"], ascending=[True, False, True])
        tier = act.drop_duplicates("partner")[["partner", "eff_kind", "eff_rank", "country", "is_region"]]
        tier = tier.assign(tier=np.where(tier["eff_rank"] > 0, tier["eff_kind"].astype(object), "other"))
        sure = act[act["active"] == 2].drop_duplicates("partner")[["partner", "eff_kind", "eff_rank"]]
        sure = sure.assign(ctier=np.where(sure["eff_rank"] > 0, sure["eff_kind"].astype(object), "other"))
        tier = tier.merge(
            sure[["partner", "ctier", "eff_rank"]].rename(columns={"eff_rank": "floor"}), on="partner", how="left"
        )
        tier["certain"] = tier["partner"].map(tie).to_numpy() == 2
        tier["floor"] = tier["floor"].fillna(0)
        cert = tier[tier["certain"] & (tier["ctier"] == tier["tier"])][["tier", "partner", "country", "is_region"]]
        extra = act[act["eff_rank"] > 0].merge(tier[["partner", "floor"]], on="partner")
        extra = extra[extra["eff_rank"] >= extra["floor"]]
        poss = pandas.concat(
            [
                tier[["tier", "partner", "country", "is_region"]],
                extra.assign(tier=extra["eff_kind"].astype(object))[["tier", "partner", "country", "is_region"]],
            ]
        )

        def counts(f: Any) -> Any:
            f = f.assign(partner=f["partner"].astype(object), country=f["country"].astype(object))
            g = f.groupby("tier")
            return (
                pandas.DataFrame(
                    {
                        "countries": g["country"].nunique(),
                        "regions": f[f["is_region"]].groupby("tier")["partner"].nunique(),
                        "partners": g["partner"].nunique(),
                    }
                )
                .fillna(0)
                .astype(int)
            )

        return counts(cert), counts(poss)

    def oda() -> Any:
        o = t["oda"]
        live = o.loc[o["status"] != "cancelled", "key"]
        b = t["budgets"]
        b = b[b["key"].isin(live)].merge(t["sectors"], on="key")
        b = b.assign(amount=b["amount"] * b["share"] / 100.0, sector=b["sector"].astype(object).fillna(""))
        return b.groupby(["recipient", "sector", "year", "currency"], observed=True).agg(
            amount=("amount", "sum"), engagements=("key", "nunique")
        )

    def dormant() -> Any:
        act, tie = pandas_ties(pandas, np, t, d)
        since = pandas.Timestamp(ON.replace(year=ON.year - DORMANT_YEARS))
        pp = t["program_partners"]
        pp = pp[pp["partner"].isin(tie.index)]
        has_start = pp["start_lo"].notna().to_numpy()
        started = np.where(
            has_start,
            _on_or_before(np, pp["start_lo"], pp["start_hi"], d, 1),
            np.where(pp["end_hi"].notna().to_numpy() & (pp["end_hi"] <= d).to_numpy(), 2, 1),
        )
        recent = np.where(
            pp["contact_lo"].isna().to_numpy(),
            1,
            np.where(pp["contact_lo"] >= since, 2, np.where(pp["contact_hi"] < since, 0, 1)),
        )
        contact = pandas.Series(np.minimum(started, recent), index=pp["partner"].astype(object).to_numpy())
        contact = contact.groupby(level=0).max().reindex(tie.index.astype(object), fill_value=0).to_numpy()
        idle = tie[contact < 2]
        certain = (idle.to_numpy() == 2) & (contact[contact < 2] == 0)
        return idle.index[certain], idle.index[~certain]

    def timeline() -> Any:
        rows = a[a["partner"] == partner]
        ev = []
        undated = rows["signed_on"].isna() & rows["validity.start"].isna() & ~rows["proposed"]
        ev.append(pandas.DataFrame({"kind": "agreement_undated", "key": rows.loc[undated, "key"], "date": ""}))
        prop = rows["proposed"] & rows["signed_on"].isna()
        ev.append(
            pandas.DataFrame(
                {
                    "kind": "agreement_proposed",
                    "key": rows.loc[prop, "key"],
                    "date": rows.loc[prop, "validity.start"].fillna(""),
                }
            )
        )
        signed = rows[~prop]
        ev.append(pandas.DataFrame({"kind": "agreement_signed", "key": signed["key"], "date": signed["signed_on"]}))
        differs = signed["validity.start"].notna() & (signed["validity.start"] != signed["signed_on"]).fillna(True)
        ev.append(
            pandas.DataFrame(
                {
                    "kind": "validity_start",
                    "key": signed.loc[differs, "key"],
                    "date": signed.loc[differs, "validity.start"],
                }
            )
        )
        for col, kind in (
            ("council_approved_on", "council_approved"),
            ("suspended_on", "suspended"),
            ("resumed_on", "resumed"),
            ("terminated_on", "terminated"),
            ("validity.end", "validity_end"),
        ):
            if col in rows.columns:
                ev.append(pandas.DataFrame({"kind": kind, "key": rows["key"], "date": rows[col]}))
        pp = t["program_partners"]
        prog = pp[pp["partner"] == partner]
        ev.append(pandas.DataFrame({"kind": "program_start", "key": prog["key"], "date": prog["start"].fillna("")}))
        ev.append(pandas.DataFrame({"kind": "program_end", "key": prog["key"], "date": prog["end"]}))
        o = t["oda"]
        eng = o[o["recipient_partner"] == partner]
        for a_col, p_col, kind in (
            ("actual_start", "planned_start", "oda_start"),
            ("actual_end", "planned_end", "oda_end"),
        ):
            ev.append(
                pandas.DataFrame(
                    {
                        "kind": kind,
                        "key": eng["key"],
                        "date": eng[a_col].fillna(eng[p_col]),
                        "planned": eng[a_col].isna(),
                    }
                )
            )
        out = pandas.concat(ev, ignore_index=True)
        out = out[out["date"].notna()]
        out["planned"] = out["planned"].fillna(False).astype(bool)
        return out.sort_values(["date", "kind"], kind="stable")

    def frame() -> Any:
        return a  # the agreements frame is built by the load (not timed again: see the table)

    return {
        "in_force_country": lambda: in_force(COUNTRY),
        "in_force_all": lambda: in_force(None),
        "expiring": expiring,
        "timeline": timeline,
        "coverage": coverage,
        "oda_budget": oda,
        "dormant": dormant,
        "frame": frame,
    }


def normal_ties_pandas(tie: Any) -> Any:
    keys = tie.index.astype(object).to_numpy()
    v = tie.to_numpy()
    return (frozenset(keys[v == 2]), frozenset(keys[v == 1]))


def normal_coverage(cert: Any, poss: Any) -> Any:
    rows = []
    for kind in poss.index:
        c = cert.loc[kind] if kind in cert.index else {"countries": 0, "regions": 0, "partners": 0}
        p = poss.loc[kind]
        rows.append(
            (
                str(kind),
                int(c["countries"]),
                int(p["countries"]),
                int(c["regions"]),
                int(p["regions"]),
                int(c["partners"]),
                int(p["partners"]),
            )
        )
    return sorted(rows)


def run_pandas(path: Path) -> dict[str, Any]:
    import numpy  # noqa: F401
    import pandas

    base = rss_mib()
    raw, parse, parse_wall = timed(lambda: pandas.read_json(path, typ="series", dtype=False))
    del raw
    gc.collect()
    base = min(base, rss_mib())
    t, load, load_wall = timed(lambda: load_pandas(path))
    gc.collect()
    loaded = rss_mib() - base
    qs = pandas_questions(t)

    def normal(q: str, r: Any) -> Any:
        if q in ("in_force_country", "in_force_all"):
            return normal_ties_pandas(r)
        if q == "expiring":
            return (frozenset(r[1]), frozenset(r[0]))
        if q == "dormant":
            return (frozenset(r[0]), frozenset(r[1]))
        if q == "coverage":
            return normal_coverage(*r)
        if q == "oda_budget":
            return {
                (str(k[0]), str(k[1]), int(k[2]), str(k[3])): (float(v.amount), int(v.engagements))
                for k, v in zip(r.index, r.itertuples())
            }
        if q == "timeline":
            return sorted(
                (k, key, date, bool(pl)) for k, key, date, pl in zip(r["kind"], r["key"], r["date"], r["planned"])
            )
        if q == "frame":
            return (len(r), None, r["key"].tolist()[:5] + r["key"].tolist()[-5:])
        raise KeyError(q)

    out = {
        "load": load,
        "load_wall": load_wall,
        "parse": parse,
        "parse_wall": parse_wall,
        "prepare": 0.0,
        "loaded_mib": loaded,
        "times": {},
        "runs": {},
        "wall": {},
        "answers": {},
    }
    for q, fn in qs.items():
        tq, r, runs, wall = best_time(fn)
        out["times"][q], out["runs"][q], out["wall"][q] = tq, runs, wall
        out["answers"][q] = normal(q, r)
        del r
    out["peak_mib"] = peak_mib()
    return out


# ============================================================================ DuckDB
def _sql_bounds(col: str, name: str) -> str:
    """Earliest and latest day of a partial-date text column, as SQL select items."""
    lo = (
        f"CASE length({col}) WHEN 4 THEN make_date(CAST({col} AS INT), 1, 1) "
        f"WHEN 7 THEN CAST({col} || '-01' AS DATE) ELSE CAST({col} AS DATE) END"
    )
    hi = (
        f"CASE length({col}) WHEN 4 THEN make_date(CAST({col} AS INT), 12, 31) "
        f"WHEN 7 THEN last_day(CAST({col} || '-01' AS DATE)) ELSE CAST({col} AS DATE) END"
    )
    return f"{lo} AS {name}_lo, {hi} AS {name}_hi"


def load_duckdb(con: Any, path: Path) -> None:
    con.execute("SET threads=1")
    con.execute("SET preserve_insertion_order=true")
    size = path.stat().st_size + 1024
    con.execute(
        f"CREATE TEMP TABLE doc AS SELECT * FROM read_json('{path}', format='auto', records=true, "
        f"maximum_object_size={size})"
    )
    cols = {r[0] for r in con.execute("DESCRIBE doc").fetchall()}
    for name in ("partners", "agreements", "programs", "oda"):
        if name in cols:
            con.execute(f"CREATE TABLE raw_{name} AS SELECT unnest({name}, recursive := true) FROM doc")
    con.execute("DROP TABLE doc")

    def has(table: str, col: str) -> bool:
        return col in {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}

    def c(table: str, col: str, typ: str = "VARCHAR") -> str:
        # read_json detects full-day dates as DATE: dates are kept as their text
        return f'CAST("{col}" AS {typ})' if has(table, col) else f"CAST(NULL AS {typ})"

    con.execute(f"""CREATE TABLE partners AS SELECT row_number() OVER () - 1 AS pos, id AS key, level, country,
        {c("raw_partners", "region")} AS region FROM raw_partners""")
    ra = "raw_agreements"
    con.execute(f"""CREATE TABLE agreements AS
        SELECT a.*, p.country, p.level = 'region' AS is_region,
               {_sql_bounds("signed_on", "signed")}, {_sql_bounds("vstart", "vstart")},
               {_sql_bounds("coalesce(vstart, signed_on)", "start")}, {_sql_bounds("vend", "vend")},
               {_sql_bounds("suspended_on", "susp")}, {_sql_bounds("resumed_on", "res")},
               {_sql_bounds("terminated_on", "term")}
        FROM (SELECT row_number() OVER () - 1 AS pos, id AS key, partner, {c(ra, "signatory")} AS signatory, kind,
                     {c(ra, "signed_on")} AS signed_on, coalesce({c(ra, "proposed", "BOOLEAN")}, false) AS proposed,
                     {c(ra, "start")} AS vstart, {c(ra, "end")} AS vend,
                     {c(ra, "suspended_on")} AS suspended_on, {c(ra, "resumed_on")} AS resumed_on,
                     {c(ra, "terminated_on")} AS terminated_on, {c(ra, "supersedes")} AS supersedes,
                     {c(ra, "council_approved_on")} AS council_approved_on, title
              FROM {ra}) a JOIN partners p ON p.key = a.partner ORDER BY a.pos""")
    # closure of `supersedes` and effective kinds: fixed for a file, so built at load
    con.execute("""CREATE TABLE closure AS
        WITH RECURSIVE s(anc, descendant) AS (
            SELECT p.pos, a.pos FROM agreements a JOIN agreements p ON p.key = a.supersedes
            UNION SELECT p.pos, s.descendant FROM s JOIN agreements a ON a.pos = s.anc
                                                   JOIN agreements p ON p.key = a.supersedes)
        SELECT DISTINCT anc, descendant FROM s""")
    con.execute("""CREATE TABLE effkind AS
        WITH RECURSIVE w(pos, at_pos, at_kind, at_sup, step) AS (
            SELECT pos, pos, kind, supersedes, 0 FROM agreements
            UNION ALL SELECT w.pos, p.pos, p.kind, p.supersedes, w.step + 1
            FROM w JOIN agreements p ON p.key = w.at_sup
            WHERE w.at_kind NOT IN ('intent', 'mou', 'friendship', 'economic_cooperation', 'sister') AND w.step < 64)
        SELECT a.pos, coalesce(arg_max(CASE WHEN w.at_kind IN ('intent', 'mou', 'friendship', 'economic_cooperation',
               'sister') THEN w.at_kind END, w.step), a.kind) AS eff_kind
        FROM agreements a JOIN w ON w.pos = a.pos GROUP BY a.pos, a.kind""")
    con.execute("""CREATE TABLE ag AS SELECT a.*, e.eff_kind, CASE e.eff_kind WHEN 'intent' THEN 1 WHEN 'mou' THEN 2
        WHEN 'friendship' THEN 3 WHEN 'economic_cooperation' THEN 3 WHEN 'sister' THEN 4 ELSE 0 END AS eff_rank
        FROM agreements a JOIN effkind e USING (pos) ORDER BY a.pos""")
    con.execute("DROP TABLE agreements; DROP TABLE effkind; ALTER TABLE ag RENAME TO agreements")
    rp = "raw_programs"
    con.execute(f"""CREATE TABLE programs AS SELECT *, {_sql_bounds('"start"', "start")}, {_sql_bounds('"end"', "end")},
        {_sql_bounds('coalesce("end", "start")', "contact")}
        FROM (SELECT id AS key, {c(rp, "start")} AS "start", {c(rp, "end")} AS "end", partners FROM {rp})""")
    con.execute(
        "CREATE TABLE program_partners AS SELECT key, unnest(partners) AS partner, * EXCLUDE (key, partners) "
        "FROM programs"
    )
    ro = "raw_oda"
    con.execute(f"""CREATE TABLE oda AS SELECT id AS key, recipient, status, {c(ro, "recipient_partner")} AS recipient_partner,
        {c(ro, "planned_start")} AS planned_start, {c(ro, "actual_start")} AS actual_start,
        {c(ro, "planned_end")} AS planned_end, {c(ro, "actual_end")} AS actual_end FROM {ro}""")
    # budgets and sectors from the raw lists, one row each (unnest of the structs again)
    doc = f"read_json('{path}', records=true, maximum_object_size={size})"
    con.execute(f"""CREATE TABLE budgets AS SELECT key, recipient, status, b.amount, b.currency,
        CAST(substr(CAST(b.start AS VARCHAR), 1, 4) AS INT) AS year
        FROM (SELECT o.id AS key, o.recipient, o.status, unnest(o.budgets) AS b FROM (SELECT unnest(oda) AS o FROM {doc}))""")
    con.execute(f"""CREATE TABLE sectors AS SELECT key, s.code AS sector, coalesce(s.percentage, 100.0) AS share
        FROM (SELECT o.id AS key, unnest(CASE WHEN len(o.sectors) > 0 THEN o.sectors ELSE [NULL] END) AS s
              FROM (SELECT unnest(oda) AS o FROM {doc}))""")
    for name in ("partners", "agreements", "programs", "oda"):
        con.execute(f"DROP TABLE IF EXISTS raw_{name}")


def _tv(lo: str, hi: str, d: str, absent: int, strict: bool = False) -> str:
    """Three-valued SQL: `lo..hi` on or before `d` (strict: before)."""
    le, gt = ("<", ">=") if strict else ("<=", ">")
    return f"(CASE WHEN {lo} IS NULL THEN {absent} WHEN {hi} {le} {d} THEN 2 WHEN {lo} {gt} {d} THEN 0 ELSE 1 END)"


def _live_sql(p: str, d: str) -> str:
    started = f"(CASE WHEN {p}.proposed AND {p}.signed_on IS NULL THEN 0 ELSE {_tv(p + '.start_lo', p + '.start_hi', d, 1)} END)"
    expired = _tv(f"{p}.vend_lo", f"{p}.vend_hi", d, 0, strict=True)
    term = _tv(f"{p}.term_lo", f"{p}.term_hi", d, 0)
    return f"least({started}, 2 - {expired}, 2 - {term})"


def _active_sql(d: str, where: str) -> str:
    susp = f"least({_tv('a.susp_lo', 'a.susp_hi', d, 0)}, 2 - {_tv('a.res_lo', 'a.res_hi', d, 0)})"
    return f"""
    WITH cand AS (SELECT * FROM agreements a WHERE {where} AND NOT coalesce(a.start_lo > {d}, false)),
    sup AS (SELECT c.anc, max({_live_sql("s", d)}) AS superseded FROM closure c JOIN agreements s ON s.pos = c.descendant
            WHERE c.anc IN (SELECT pos FROM cand) GROUP BY c.anc),
    act AS (SELECT a.*, least({_live_sql("a", d)}, 2 - {susp}, 2 - coalesce(sup.superseded, 0)) AS active
            FROM cand a LEFT JOIN sup ON sup.anc = a.pos)
    """


def duckdb_questions(con: Any) -> dict[str, Callable[[], Any]]:
    d = f"DATE '{ON}'"
    upto = f"DATE '{ON + datetime.timedelta(days=EXPIRING_DAYS)}'"
    since = f"DATE '{ON.replace(year=ON.year - DORMANT_YEARS)}'"
    keys = [r[0] for r in con.execute("SELECT key FROM partners ORDER BY pos").fetchall()]
    partner = timeline_partner(keys)

    def in_force(country: str | None) -> Any:
        where = "a.signatory IS NULL" + (f" AND a.country = '{country}'" if country else "")
        return con.execute(
            _active_sql(d, where) + "SELECT partner, max(active) FROM act WHERE active > 0 GROUP BY partner"
        ).fetchall()

    def expiring() -> Any:
        return con.execute(f"""SELECT key, vend_lo >= {d} AND vend_hi <= {upto} FROM agreements
                               WHERE vend_lo <= {upto} AND vend_hi >= {d} AND signatory IS NULL""").fetchall()

    coverage_sql = (
        _active_sql(d, "a.signatory IS NULL")
        + """,
    a2 AS (SELECT * FROM act WHERE active > 0),
    tie AS (SELECT partner, max(active) AS truth, any_value(country) AS country, any_value(is_region) AS is_region,
                   arg_min(CASE WHEN eff_rank > 0 THEN eff_kind ELSE 'other' END, (-eff_rank, pos)) AS tier,
                   arg_min(CASE WHEN eff_rank > 0 THEN eff_kind ELSE 'other' END, (-eff_rank, pos))
                       FILTER (WHERE active = 2) AS ctier,
                   coalesce(max(eff_rank) FILTER (WHERE active = 2), 0) AS floor
            FROM a2 GROUP BY partner),
    cert AS (SELECT tier, partner, country, is_region FROM tie WHERE truth = 2 AND ctier = tier),
    poss AS (SELECT tier, partner, country, is_region FROM tie
             UNION ALL SELECT a2.eff_kind, a2.partner, a2.country, a2.is_region FROM a2 JOIN tie USING (partner)
             WHERE a2.eff_rank > 0 AND a2.eff_rank >= tie.floor)
    SELECT 'c', tier, count(DISTINCT country), count(DISTINCT partner) FILTER (WHERE is_region), count(DISTINCT partner)
    FROM cert GROUP BY tier
    UNION ALL
    SELECT 'p', tier, count(DISTINCT country), count(DISTINCT partner) FILTER (WHERE is_region), count(DISTINCT partner)
    FROM poss GROUP BY tier"""
    )

    def coverage() -> Any:
        return con.execute(coverage_sql).fetchall()

    oda_sql = """SELECT b.recipient, coalesce(s.sector, ''), b.year, b.currency, sum(b.amount * s.share / 100.0),
                        count(DISTINCT b.key)
                 FROM budgets b JOIN sectors s USING (key) WHERE b.status <> 'cancelled'
                 GROUP BY ALL"""

    def oda() -> Any:
        return con.execute(oda_sql).fetchall()

    dormant_sql = (
        _active_sql(d, "a.signatory IS NULL")
        + f""",
    tie AS (SELECT partner, max(active) AS truth FROM act WHERE active > 0 GROUP BY partner),
    contact AS (SELECT pp.partner, max(least(
                    CASE WHEN pp.start_lo IS NOT NULL THEN {_tv("pp.start_lo", "pp.start_hi", d, 1)}
                         WHEN pp.end_hi IS NOT NULL AND pp.end_hi <= {d} THEN 2 ELSE 1 END,
                    CASE WHEN pp.contact_lo IS NULL THEN 1 WHEN pp.contact_lo >= {since} THEN 2
                         WHEN pp.contact_hi < {since} THEN 0 ELSE 1 END)) AS contact
                FROM program_partners pp WHERE pp.partner IN (SELECT partner FROM tie) GROUP BY pp.partner)
    SELECT tie.partner, tie.truth = 2 AND coalesce(contact.contact, 0) = 0 FROM tie LEFT JOIN contact USING (partner)
    WHERE coalesce(contact.contact, 0) < 2"""
    )

    def dormant() -> Any:
        return con.execute(dormant_sql).fetchall()

    timeline_sql = """
    WITH a AS (SELECT * FROM agreements WHERE partner = $p),
         pr AS (SELECT * FROM program_partners WHERE partner = $p),
         o AS (SELECT * FROM oda WHERE recipient_partner = $p)
    SELECT 'agreement_undated', key, '', false FROM a WHERE signed_on IS NULL AND vstart IS NULL AND NOT proposed
    UNION ALL SELECT 'agreement_proposed', key, coalesce(vstart, ''), false FROM a WHERE proposed AND signed_on IS NULL
    UNION ALL SELECT 'agreement_signed', key, signed_on, false FROM a
              WHERE NOT (proposed AND signed_on IS NULL) AND signed_on IS NOT NULL
    UNION ALL SELECT 'validity_start', key, vstart, false FROM a
              WHERE NOT (proposed AND signed_on IS NULL) AND vstart IS NOT NULL AND vstart IS DISTINCT FROM signed_on
    UNION ALL SELECT 'council_approved', key, council_approved_on, false FROM a WHERE council_approved_on IS NOT NULL
    UNION ALL SELECT 'suspended', key, suspended_on, false FROM a WHERE suspended_on IS NOT NULL
    UNION ALL SELECT 'resumed', key, resumed_on, false FROM a WHERE resumed_on IS NOT NULL
    UNION ALL SELECT 'terminated', key, terminated_on, false FROM a WHERE terminated_on IS NOT NULL
    UNION ALL SELECT 'validity_end', key, vend, false FROM a WHERE vend IS NOT NULL
    UNION ALL SELECT 'program_start', key, coalesce("start", ''), false FROM pr
    UNION ALL SELECT 'program_end', key, "end", false FROM pr WHERE "end" IS NOT NULL
    UNION ALL SELECT 'oda_start', key, coalesce(actual_start, planned_start), actual_start IS NULL FROM o
              WHERE coalesce(actual_start, planned_start) IS NOT NULL
    UNION ALL SELECT 'oda_end', key, coalesce(actual_end, planned_end), actual_end IS NULL FROM o
              WHERE coalesce(actual_end, planned_end) IS NOT NULL
    ORDER BY 3, 1"""

    def timeline() -> Any:
        return con.execute(timeline_sql, {"p": partner}).fetchall()

    def frame() -> Any:
        return con.execute(
            "SELECT key, partner, country, signatory, kind, signed_on, proposed, vstart, vend, "
            "terminated_on, supersedes, title FROM agreements ORDER BY pos"
        ).df()

    return {
        "in_force_country": lambda: in_force(COUNTRY),
        "in_force_all": lambda: in_force(None),
        "expiring": expiring,
        "timeline": timeline,
        "coverage": coverage,
        "oda_budget": oda,
        "dormant": dormant,
        "frame": frame,
    }


def run_duckdb(path: Path) -> dict[str, Any]:
    import duckdb
    import pandas  # noqa: F401  (for .df())

    con = duckdb.connect()
    con.execute("SET threads=1")
    base = rss_mib()
    _, load, load_wall = timed(lambda: load_duckdb(con, path))
    loaded = rss_mib() - base
    qs = duckdb_questions(con)

    def normal(q: str, r: Any) -> Any:
        if q in ("in_force_country", "in_force_all"):
            return (frozenset(k for k, v in r if v == 2), frozenset(k for k, v in r if v == 1))
        if q in ("expiring", "dormant"):
            return (frozenset(k for k, c in r if c), frozenset(k for k, c in r if not c))
        if q == "coverage":
            got: dict[str, list[int]] = {}
            for which, kind, countries, regions, partners in r:
                row = got.setdefault(kind, [0] * 6)
                off = 0 if which == "c" else 1
                row[0 + off], row[2 + off], row[4 + off] = countries, regions, partners
            return sorted((k, *v) for k, v in got.items())
        if q == "oda_budget":
            return {(rec, sec, int(y), cur): (float(amt), int(n)) for rec, sec, y, cur, amt, n in r}
        if q == "timeline":
            return sorted((k, key, date, bool(pl)) for k, key, date, pl in r)
        if q == "frame":
            return (len(r), None, r["key"].tolist()[:5] + r["key"].tolist()[-5:])
        raise KeyError(q)

    out = {
        "load": load,
        "load_wall": load_wall,
        "prepare": 0.0,
        "loaded_mib": loaded,
        "times": {},
        "runs": {},
        "wall": {},
        "answers": {},
    }
    for q, fn in qs.items():
        tq, r, runs, wall = best_time(fn)
        out["times"][q], out["runs"][q], out["wall"][q] = tq, runs, wall
        out["answers"][q] = normal(q, r)
        del r
    out["peak_mib"] = peak_mib()
    return out


# ============================================================================ driver
def worker(tool: str, path: Path, out: Path, core: int) -> None:
    core_used = pin_one_core(core)
    result = {"paradiplomacy": run_paradiplomacy, "pandas": run_pandas, "duckdb": run_duckdb}[tool](path)
    result["core"] = core_used
    with open(out, "wb") as f:
        pickle.dump(result, f)


def same(q: str, x: Any, y: Any) -> tuple[bool, str]:
    """Equal answers (amounts within a relative 1e-9: sums in another order round differently)."""
    if q == "oda_budget":
        if x.keys() != y.keys():
            return False, f"row keys differ: {sorted(set(x) ^ set(y))[:5]}"
        for k in x:
            (ax, nx), (ay, ny) = x[k], y[k]
            if nx != ny or not math.isclose(ax, ay, rel_tol=1e-9, abs_tol=1e-6):
                return False, f"row {k}: {x[k]} vs {y[k]}"
        return True, f"{len(x)} rows"
    if q == "frame":
        return (x[0] == y[0] and x[2] == y[2]), f"{x[0]} rows"
    if x == y:
        if isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], frozenset):
            return True, f"{len(x[0])} certain, {len(x[1])} possible"
        return True, f"{len(x)} rows"
    if isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], frozenset):
        return False, (
            f"certain: {len(x[0])} vs {len(y[0])} (only first {sorted(x[0] - y[0])[:5]}, only second "
            f"{sorted(y[0] - x[0])[:5]}); possible: {len(x[1])} vs {len(y[1])} (only first "
            f"{sorted(x[1] - y[1])[:5]}, only second {sorted(y[1] - x[1])[:5]})"
        )
    if isinstance(x, list):
        return False, f"only first {[e for e in x if e not in y][:5]}, only second {[e for e in y if e not in x][:5]}"
    return False, f"{x!r} vs {y!r}"


def run_size(path: Path, core: int = 1, tools: tuple[str, ...] = TOOLS) -> dict[str, Any]:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for tool in tools:
            out = Path(tmp) / f"{tool}.pickle"
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    tool,
                    "--file",
                    str(path),
                    "--out",
                    str(out),
                    "--core",
                    str(core),
                ],
                check=True,
            )
            with open(out, "rb") as f:
                results[tool] = pickle.load(f)
    checks = {}
    failures = []
    for q, _, _ in QUESTIONS:
        ref = results[tools[0]]["answers"][q]
        notes = []
        for tool in tools[1:]:
            ok, note = same(q, ref, results[tool]["answers"][q])
            if not ok:
                failures.append(f"{path.name}: {q}: {tools[0]} and {tool} disagree: {note}")
            notes.append(note)
        checks[q] = notes[0] if notes else ""
    for r in results.values():
        r.pop("answers")
    return {"file": str(path), "size": path.stat().st_size, "results": results, "checks": checks, "failures": failures}


def fmt_time(t: float) -> str:
    if t < 1e-3:
        return f"{t * 1e6:.0f} µs"
    if t < 1:
        return f"{t * 1e3:.1f} ms"
    return f"{t:.2f} s"


def markdown(runs: list[dict[str, Any]]) -> str:
    lines = []
    for run in runs:
        r = run["results"]
        name = Path(run["file"]).name
        lines.append(f"#### `{name}` ({run['size'] / 2**20:.0f} MiB)\n")
        lines.append(
            "| question | class | paradiplomacy | pandas | DuckDB | pandas ÷ paradiplomacy | DuckDB ÷ paradiplomacy | answers agree |"
        )
        lines.append("|---|---|--:|--:|--:|--:|--:|---|")
        rows = [
            ("load from the file", "load", r["paradiplomacy"]["load"], r["pandas"]["load"], r["duckdb"]["load"], "")
        ]
        rows += [
            (
                label,
                cls,
                r["paradiplomacy"]["times"][q],
                r["pandas"]["times"][q],
                r["duckdb"]["times"][q],
                run["checks"][q],
            )
            for q, label, cls in QUESTIONS
        ]
        for label, cls, tp, tpd, tdb, check in rows:
            if cls == "frame":  # pandas' frame is what its load builds
                lines.append(
                    f"| {label} | {cls} | {fmt_time(tp)} | (its load) | {fmt_time(tdb)} | – | "
                    f"{tdb / tp:.1f}× | yes ({check}) |"
                )
                continue
            ok = (
                ""
                if cls == "load"
                else (
                    "no"
                    if any(
                        f.split(": ")[1] == next(q for q, lbl, _ in QUESTIONS if lbl == label) for f in run["failures"]
                    )
                    else f"yes ({check})"
                )
            )
            lines.append(
                f"| {label} | {cls} | {fmt_time(tp)} | {fmt_time(tpd)} | {fmt_time(tdb)} | "
                f"{tpd / tp:.1f}× | {tdb / tp:.1f}× | {ok} |"
            )
        p = r["paradiplomacy"]
        lines.append("")
        lines.append(
            f"Loading in detail: paradiplomacy `load` {fmt_time(p['load'])} and its query index "
            f"{fmt_time(p['prepare'])} (built on the first question); pandas `read_json` of the document alone "
            f"{fmt_time(r['pandas']['parse'])}, then frames and dtypes."
        )
        lines.append("")
        lines.append("| memory | paradiplomacy | pandas | DuckDB |")
        lines.append("|---|--:|--:|--:|")
        lines.append(
            "| loaded tables (RSS growth) | " + " | ".join(f"{r[t]['loaded_mib']:.0f} MiB" for t in TOOLS) + " |"
        )
        lines.append("| peak RSS of the process | " + " | ".join(f"{r[t]['peak_mib']:.0f} MiB" for t in TOOLS) + " |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "data")
    parser.add_argument("--sizes", default="10k,100k,1m")
    parser.add_argument("--files", nargs="*", type=Path, default=[], help="portfolio files (instead of --sizes)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--core", type=int, default=1, help="the core every tool runs on (default 1)")
    parser.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.file, args.out, args.core)
        return 0
    files = args.files or [args.data / f"{s}.portfolio.json" for s in args.sizes.split(",")]
    runs = []
    for path in files:
        print(f"== {path}", flush=True)
        run = run_size(path, args.core)
        runs.append(run)
        print(markdown([run]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown(runs), encoding="utf-8")
    failures = [f for run in runs for f in run["failures"]]
    for f in failures:
        print(f"DISAGREE: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
