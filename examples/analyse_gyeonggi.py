#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""An analyst's look at a portfolio (by default the bundled Gyeonggi-do one):

* ties in force year by year (certain and possible: partial dates are not rounded),
* ODA engagements by recipient country and start year, and budgets where recorded,
* dormant ties: in force, but no exchange program in the last three years,

printed as tables, with the ties over time plotted to a PNG file.

    python examples/analyse_gyeonggi.py [PORTFOLIO.json] [--out ties.png] [--on YYYY-MM-DD]

Needs the 'frames' extra (pandas) and matplotlib.
"""

from __future__ import annotations

import argparse
import datetime
import pathlib

import matplotlib

matplotlib.use("Agg")  # write files only, no window

import matplotlib.pyplot as plt  # noqa: E402
import pandas  # noqa: E402
import paradiplomacy as pd  # noqa: E402


def ties_over_time(portfolio: pd.Portfolio, first: int, last: int) -> pandas.DataFrame:
    """Ties in force on 31 December of each year, certain and possible apart."""
    rows = []
    for year in range(first, last + 1):
        ties = portfolio.ties_in_force(datetime.date(year, 12, 31))
        sister = [t for t in ties.certain if t.certain_tier is pd.AgreementKind.SISTER]
        rows.append(
            {"year": year, "certain": len(ties.certain), "possible": len(ties.possible), "sister_certain": len(sister)}
        )
    return pandas.DataFrame(rows).set_index("year")


def oda_by_country_and_year(portfolio: pd.Portfolio) -> pandas.DataFrame:
    """Engagements per recipient and start year (actual, else planned; 'undated' if neither)."""
    rows = []
    for e in portfolio.engagements:
        start = e.actual_start or e.planned_start
        rows.append({"recipient": e.recipient, "start": str(start.year) if start else "undated"})
    if not rows:
        return pandas.DataFrame()
    frame = pandas.DataFrame(rows)
    return frame.groupby(["recipient", "start"]).size().unstack(fill_value=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("portfolio", nargs="?", help="a portfolio .json (default: the bundled Gyeonggi-do one)")
    parser.add_argument("--out", default="ties_over_time.png", help="where to save the plot")
    parser.add_argument(
        "--on",
        type=datetime.date.fromisoformat,
        default=datetime.date(2017, 12, 31),
        help="the day for the dormant ties (default: 2017-12-31, the published figures' date)",
    )
    args = parser.parse_args()

    portfolio = pd.load(args.portfolio) if args.portfolio else pd.datasets.gyeonggi()
    print(portfolio)

    signed = portfolio.agreements_frame()["signed_on"].dropna()
    first = int(signed.min().year) if len(signed) else args.on.year
    ties = ties_over_time(portfolio, first, args.on.year)
    print("\nTies in force on 31 December (home government):")
    print(ties.to_string())

    print("\nODA engagements by recipient and start year:")
    oda = oda_by_country_and_year(portfolio)
    print(oda.to_string() if not oda.empty else "(none)")
    budgets = portfolio.oda_budget().to_frame()
    if len(budgets):
        print("\nODA budgets by recipient, year and currency:")
        print(budgets.groupby(["recipient", "year", "currency"], observed=True)["amount"].sum().to_string())
    else:
        print("(no budgets recorded)")

    dormant = portfolio.dormant_ties(args.on, years=3)
    print(f"\nDormant ties on {args.on} (no exchange in 3 years):")
    for label, rows in (("certainly", dormant.certain), ("possibly", dormant.possible)):
        for d in rows:
            last = d.last_contact if d.last_contact is not None else "never"
            print(f"  {label:9} {d.partner.key:24} {d.partner.name_en:28} last contact: {last}")

    fig, ax = plt.subplots(figsize=(9, 4.5))
    ax.fill_between(
        ties.index, ties["certain"], ties["certain"] + ties["possible"], alpha=0.3, label="possibly in force"
    )
    ax.plot(ties.index, ties["certain"], label="certainly in force")
    ax.plot(ties.index, ties["sister_certain"], linestyle="--", label="of which sister (certain)")
    home = portfolio.home
    ax.set_title(f"{home.name_en or home.code}: ties in force on 31 December")
    ax.set_xlabel("year")
    ax.set_ylabel("ties")
    ax.legend(loc="upper left")
    fig.tight_layout()
    out = pathlib.Path(args.out)
    fig.savefig(out, dpi=120)
    print(f"\nplot saved to {out}")


if __name__ == "__main__":
    main()
