#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes synthetic portfolio files for the benchmarks: deterministic, seeded, not real data.

    python bench/generate_portfolio.py [--out bench/data] [--sizes 10000,100000,1000000] [--seed 42]

For each size N it writes ``NAME.portfolio.json`` (``10k``, ``100k``, ``1m``): a
``paradiplomacy.portfolio/2`` document with about N/5 partners, N agreements, N/4 exchange
programs and N/20 ODA engagements. Every record carries ``"source"`` saying that it is
synthetic and how it was made; the home government's name says so too.

What is real and what is made up:
- real: the codes. Partner countries and their first-level regions come from the ISO 3166
  tables built into the package (``paradiplomacy.reference``); ODA recipients from the DAC
  recipient list shipped in ``data/dac-recipients/recipients.csv``; sector codes and agreement
  titles from the bundled Gyeonggi-do portfolio (``data/gyeonggi``).
- made up, from a seeded ``random.Random``: which partners exist, every date, every history,
  every amount and headcount. The same seed and size give the same file byte for byte.

The shapes follow what an office keeps: a tie's history moves up the tiers (letter of
intent, MOU, friendship or economic cooperation, sister) with each step superseding the one
before; implementation plans run one to three years and are often renewed (the renewal
supersedes the plan); a few agreements are suspended and resumed, terminated, only proposed,
undated, or signed by a municipality. Dates are known to the day, month or year only.
Programs name one partner (some two or three), may be undated, and may lack a headcount.
ODA engagements have one to five yearly budgets (KRW mostly, some USD) and one or two sectors.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = "paradiplomacy.portfolio/2"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}

TIER_ORDER = ["intent", "mou", "friendship", "sister"]  # a tie's usual path upwards
FIELDS = ["economy", "culture", "tourism", "education", "environment", "health", "agriculture", "science", "youth"]
PROGRAM_KINDS = [
    "youth_exchange",
    "civil_servant_dispatch",
    "official_training",
    "delegation",
    "policy_meeting",
    "conference",
    "cultural",
    "sports",
    "other",
]
DIRECTIONS = ["inbound", "outbound", "both"]
ODA_STATUSES = [
    "pipeline",
    "implementation",
    "implementation",
    "implementation",
    "finalisation",
    "closed",
    "closed",
    "cancelled",
    "suspended",
]
# Countries weighted towards those sub-national offices most often deal with; the rest of
# ISO 3166-1 gets a small share each (weights, not data).
HEAVY = {
    "CN": 12,
    "JP": 10,
    "US": 8,
    "VN": 5,
    "DE": 4,
    "FR": 4,
    "RU": 3,
    "MN": 3,
    "IN": 3,
    "ID": 3,
    "AU": 3,
    "CA": 3,
    "TH": 2,
    "PH": 2,
    "MX": 2,
    "BR": 2,
    "GB": 2,
    "IT": 2,
    "ES": 2,
    "KZ": 2,
    "UZ": 2,
    "PL": 1,
}


def source_text(seed: int) -> str:
    return f"synthetic: bench/generate_portfolio.py seed {seed}; not real data"


def reference_data() -> tuple[list[str], dict[str, list[str]], list[str], list[str], dict[str, list[str]]]:
    """Countries, their first-level regions, DAC recipients, sector codes, titles by kind."""
    import paradiplomacy.reference as ref  # the package's ISO 3166 tables

    regions: dict[str, list[str]] = {}
    countries = []
    for c in ref.countries():
        if c.alpha2 == "KR":
            continue  # the home country
        countries.append(c.alpha2)
        firsts = [s.code for s in ref.subdivisions(c.alpha2) if s.is_first_level]
        if firsts:
            regions[c.alpha2] = firsts
    with open(ROOT / "data" / "dac-recipients" / "recipients.csv", encoding="utf-8") as f:
        recipients = [row["iso_alpha2"] for row in csv.DictReader(f)]
    known = set(countries)
    recipients = [r for r in recipients if r in known]
    gyeonggi = json.loads((ROOT / "data" / "gyeonggi" / "gyeonggi.portfolio.json").read_text(encoding="utf-8"))
    sectors = sorted({s["code"] for e in gyeonggi.get("oda", []) for s in e.get("sectors", [])})
    titles: dict[str, list[str]] = {}
    for a in gyeonggi["agreements"]:
        if a.get("title"):
            titles.setdefault(a["kind"], [])
            if a["title"] not in titles[a["kind"]]:
                titles[a["kind"]].append(a["title"])
    return sorted(countries), regions, recipients, sectors, titles


class Generator:
    def __init__(self, agreements: int, seed: int) -> None:
        self.n = agreements
        self.rng = random.Random(seed)
        self.source = source_text(seed)
        self.countries, self.regions, self.recipients, self.sectors, self.titles = reference_data()
        weights = [HEAVY.get(c, 0.15) for c in self.countries]
        self.country_weights = weights
        self.municipalities = [f"m{i:02d}" for i in range(1, 32)]
        self.partners: list[dict[str, Any]] = []
        self.designations: list[dict[str, Any]] = []
        self.agreements: list[dict[str, Any]] = []
        self.programs: list[dict[str, Any]] = []
        self.oda: list[dict[str, Any]] = []

    # ---- dates -----------------------------------------------------------------------
    def date(self, year: int, *, month: int | None = None, day: int | None = None, exact: bool = False) -> str:
        """A date in `year`, known to the day (70 %), month (20 %) or year (10 %)."""
        r = self.rng.random()
        m = month if month is not None else self.rng.randint(1, 12)
        d = day if day is not None else self.rng.randint(1, 28)
        if exact or r < 0.70:
            return f"{year:04d}-{m:02d}-{d:02d}"
        if r < 0.90:
            return f"{year:04d}-{m:02d}"
        return f"{year:04d}"

    # ---- records ---------------------------------------------------------------------
    def make_partners(self) -> None:
        count = max(1, self.n // 5)
        picks = self.rng.choices(self.countries, weights=self.country_weights, k=count)
        for i, country in enumerate(picks):
            r = self.rng.random()
            p: dict[str, Any] = {"id": f"p{i:07d}"}
            if r < 0.06:
                p.update(level="country", country=country, name_en=f"Partner country {i}")
            elif r < 0.60 and country in self.regions:
                p.update(
                    level="region",
                    country=country,
                    region=self.rng.choice(self.regions[country]),
                    name_en=f"Partner region {i}",
                )
            else:
                p.update(level="city", country=country)
                if country in self.regions and self.rng.random() < 0.7:
                    p["region"] = self.rng.choice(self.regions[country])
                p["name_en"] = f"Partner city {i}"
            if self.rng.random() < 0.05:
                self.designate(p["id"], "priority", i)
            if self.rng.random() < 0.02:
                self.designate(p["id"], "strategic_oda", i)
            p["source"] = self.source
            self.partners.append(p)

    def designate(self, partner: str, kind: str, i: int) -> None:
        """A designation from a year; every fourth ended after three years and came again.
        Drawn from the partner's number, not the random stream, so the rest stays as it was."""
        start = 2005 + i % 15
        spell: dict[str, Any] = {"id": f"{partner}-{kind}", "partner": partner, "kind": kind, "start": str(start)}
        if i % 4 == 0:
            spell["end"] = f"{start + 3}-12-31"
            again = {"id": f"{partner}-{kind}-2", "partner": partner, "kind": kind, "start": f"{start + 5}-03"}
            self.designations.extend([spell, again])
        else:
            self.designations.append(spell)

    def title(self, kind: str) -> str:
        options = self.titles.get(kind)
        return self.rng.choice(options) if options else kind.replace("_", " ").capitalize()

    def add_agreement(self, partner: str, kind: str, year: int, signatory: str | None, **extra: Any) -> str:
        key = f"a{len(self.agreements):07d}"
        a: dict[str, Any] = {"id": key, "partner": partner}
        if signatory:
            a["signatory"] = signatory
        a["kind"] = kind
        a["title"] = self.title(kind)
        signed = extra.pop("signed_on", "")
        if signed == "" and not extra.get("proposed"):
            a["signed_on"] = self.date(year)
        elif signed:
            a["signed_on"] = signed
        a.update(extra)
        if self.rng.random() < 0.4:
            a["fields"] = self.rng.sample(FIELDS, self.rng.randint(1, 3))
        a["source"] = self.source
        # keep the documented member order
        order = [
            "id",
            "partner",
            "signatory",
            "kind",
            "title",
            "signed_on",
            "proposed",
            "validity",
            "suspended_on",
            "resumed_on",
            "terminated_on",
            "supersedes",
            "council_approval",
            "council_approved_on",
            "fields",
            "source",
        ]
        self.agreements.append({k: a[k] for k in order if k in a})
        return key

    def make_history(self, partner: str, budget: int) -> None:
        """One tie's history (a few agreements) of at most `budget` agreements."""
        rng = self.rng
        signatory = rng.choice(self.municipalities) if rng.random() < 0.15 else None
        year = rng.randint(1965, 2024)
        start_tier = rng.choices([0, 1, 2, 3], weights=[3, 4, 3, 2])[0]
        steps = rng.choices([1, 2, 3, 4], weights=[4, 3, 2, 1])[0]
        previous: str | None = None
        made = 0
        for tier in range(start_tier, min(4, start_tier + steps)):
            if made >= budget or year > 2025:
                break
            kind = TIER_ORDER[tier]
            if kind == "friendship" and rng.random() < 0.25:
                kind = "economic_cooperation"
            extra: dict[str, Any] = {}
            r = rng.random()
            if r < 0.01:
                extra["signed_on"] = None  # undated: a public list without dates
            elif r < 0.02 and year >= 2023:
                extra["proposed"] = True
            if previous:
                extra["supersedes"] = previous
            if kind == "sister":
                extra["council_approval"] = rng.choice(["approved", "approved", "unknown"])
            if rng.random() < 0.02:
                extra["terminated_on"] = self.date(min(9999, year + rng.randint(2, 15)))
            elif rng.random() < 0.02:
                extra["suspended_on"] = self.date(year + rng.randint(1, 6))
                if rng.random() < 0.5:
                    extra["resumed_on"] = self.date(year + rng.randint(7, 10))
            previous = self.add_agreement(partner, kind, year, signatory, **extra)
            made += 1
            year += rng.randint(1, 8)
        # implementation plans, each renewed with some probability
        while made < budget and rng.random() < 0.6:
            year = rng.randint(1990, 2025)
            length = rng.randint(1, 3)
            plan = self.add_agreement(partner, "implementation_plan", year, signatory, **self.plan_dates(year, length))
            made += 1
            while made < budget and rng.random() < 0.5 and year + length < 2027:
                year += length
                length = rng.randint(1, 3)
                plan = self.add_agreement(
                    partner, "renewal", year, signatory, supersedes=plan, **self.plan_dates(year, length)
                )
                made += 1

    def plan_dates(self, year: int, length: int) -> dict[str, Any]:
        """A plan signed the month before it runs, from the first of a month for `length` years."""
        month = self.rng.randint(1, 12)
        signed = self.date(year - 1 if month == 1 else year, month=12 if month == 1 else month - 1, exact=True)
        start = f"{year:04d}-{month:02d}-01"
        end_year, end_month = (year + length - 1, 12) if month == 1 else (year + length, month - 1)
        end = self.date(end_year, month=end_month, day=calendar.monthrange(end_year, end_month)[1])
        return {"signed_on": signed, "validity": {"start": start, "end": end}}

    def make_agreements(self) -> None:
        # Histories on random partners until N agreements exist.
        while len(self.agreements) < self.n:
            partner = self.partners[self.rng.randrange(len(self.partners))]["id"]
            self.make_history(partner, self.n - len(self.agreements))

    def make_programs(self) -> None:
        rng = self.rng
        for i in range(max(1, self.n // 4)):
            a_index = rng.randrange(len(self.agreements))
            agreement = self.agreements[a_index]
            partners = [agreement["partner"]]
            if rng.random() < 0.08:
                partners += [self.partners[rng.randrange(len(self.partners))]["id"] for _ in range(rng.randint(1, 2))]
                partners = list(dict.fromkeys(partners))
            p: dict[str, Any] = {
                "id": f"x{i:07d}",
                "title": f"Exchange {i}",
                "kind": rng.choice(PROGRAM_KINDS),
                "direction": rng.choice(DIRECTIONS),
            }
            if rng.random() < 0.1:
                p["organiser"] = rng.choice(self.municipalities)
            if rng.random() >= 0.03:  # 3 % undated
                year = rng.randint(1985, 2025)
                p["start"] = self.date(year)
                if rng.random() < 0.5:
                    p["end"] = self.date(year + 1)
            if rng.random() < 0.8:
                p["headcount"] = rng.randint(0, 60)
            p["partners"] = partners
            if rng.random() < 0.3:
                p["agreement"] = agreement["id"]
            p["source"] = self.source
            self.programs.append(p)

    def make_oda(self) -> None:
        rng = self.rng
        country_partner: dict[str, str] = {}
        for p in self.partners:
            if p["level"] == "country":
                country_partner.setdefault(p["country"], p["id"])
        for i in range(max(1, self.n // 20)):
            recipient = rng.choice(self.recipients)
            e: dict[str, Any] = {"id": f"o{i:07d}", "title": f"ODA project {i}", "recipient": recipient}
            if recipient in country_partner and rng.random() < 0.5:
                e["recipient_partner"] = country_partner[recipient]
            if recipient in self.regions and rng.random() < 0.3:
                e["regions"] = [{"code": rng.choice(self.regions[recipient]), "percentage": 100}]
            if rng.random() < 0.75:
                e["sectors"] = [{"code": rng.choice(self.sectors), "percentage": 100}]
            elif rng.random() < 0.8:
                a, b = rng.sample(self.sectors, 2)
                share = rng.choice([30, 40, 50, 60, 70])
                e["sectors"] = [{"code": a, "percentage": share}, {"code": b, "percentage": 100 - share}]
            year = rng.randint(2005, 2026)
            years = rng.randint(1, 5)
            currency = "KRW" if rng.random() < 0.85 else "USD"
            budgets = []
            for y in range(year, year + years):
                amount = rng.randint(5, 500) * (1_000_000 if currency == "KRW" else 1_000)
                budgets.append({"start": f"{y}-01-01", "end": f"{y}-12-31", "amount": amount, "currency": currency})
            if rng.random() < 0.9:
                e["budgets"] = budgets
            e["planned_start"] = f"{year}-01"
            if rng.random() < 0.7 and year <= 2025:
                e["actual_start"] = self.date(year)
            e["planned_end"] = f"{year + years - 1}-12"
            if rng.random() < 0.4 and year + years <= 2025:
                e["actual_end"] = self.date(year + years - 1, month=12)
            e["status"] = rng.choice(ODA_STATUSES)
            if rng.random() < 0.05:
                e["brand_project"] = True
            e["source"] = self.source
            self.oda.append(e)

    def document(self) -> dict[str, Any]:
        self.make_partners()
        self.make_agreements()
        self.make_programs()
        self.make_oda()
        return {
            "schema": SCHEMA,
            "home": {"code": "KR-41", "name_en": "Synthetic benchmark portfolio (generated, not real data)"},
            "municipalities": [{"id": m, "name_en": f"Synthetic municipality {m[1:]}"} for m in self.municipalities],
            "partners": self.partners,
            "designations": self.designations,
            "agreements": self.agreements,
            "programs": self.programs,
            "oda": self.oda,
        }


def write(doc: dict[str, Any], path: Path) -> None:
    """One record per line (the reader streams; member order is the documented one)."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("{\n")
        f.write(f'  "schema": {json.dumps(doc["schema"])},\n')
        f.write(f'  "home": {json.dumps(doc["home"], ensure_ascii=False)}')
        for name in ("municipalities", "partners", "designations", "agreements", "programs", "oda"):
            f.write(f',\n  "{name}": [\n')
            f.write(",\n".join("    " + json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in doc[name]))
            f.write("\n  ]")
        f.write("\n}\n")
    tmp.replace(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "data")
    parser.add_argument("--sizes", default="10k,100k,1m", help="names (10k, 100k, 1m) or numbers, comma-separated")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--force", action="store_true", help="rewrite files that exist")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sizes.split(","):
        n = SIZES[name] if name in SIZES else int(name)
        path = args.out / f"{name}.portfolio.json"
        if path.exists() and not args.force:
            print(f"{path}: exists (--force to rewrite)")
            continue
        doc = Generator(n, args.seed).document()
        write(doc, path)
        print(
            f"{path}: {len(doc['partners'])} partners, {len(doc['agreements'])} agreements, "
            f"{len(doc['programs'])} programs, {len(doc['oda'])} engagements, {path.stat().st_size / 2**20:.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
