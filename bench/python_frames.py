#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""How long Portfolio.agreements_frame() takes on a large portfolio (a benchmark, not a test).

Builds a synthetic portfolio of N agreements (default one million) with N/4 partners by
generating its JSON text and parsing it with paradiplomacy.loads, then times
agreements_frame() (best of --repeat runs, time.perf_counter) and prints the figures and
the process's peak resident memory.

    python bench/python_frames.py [--agreements N] [--repeat 5]

Needs the 'frames' extra (pandas).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

import paradiplomacy as pd

COUNTRIES = ["CN", "JP", "US", "VN", "MN", "DE", "FR", "AU", "CA", "IN"]
KINDS = ["intent", "mou", "friendship", "sister", "economic_cooperation", "implementation_plan", "renewal", "other"]


def portfolio_json(agreements: int) -> str:
    """A valid portfolio document: country-level partners, agreements with partial dates."""
    partners = max(1, agreements // 4)
    doc = {
        "schema": pd._core.portfolio_schema_id,
        "home": {"code": "KR-41", "name_en": "Synthetic province"},
        "partners": [
            {"id": f"p{i}", "level": "country", "country": COUNTRIES[i % len(COUNTRIES)], "name_en": f"Partner {i}"}
            for i in range(partners)
        ],
        "agreements": [
            {
                "id": f"a{i}",
                "partner": f"p{i % partners}",
                "kind": KINDS[i % len(KINDS)],
                "title": f"Agreement {i}",
                # a day, a month or a year only
                "signed_on": ("%d-%02d-%02d", "%d-%02d", "%d")[i % 3]
                % (1980 + i % 45, 1 + i % 12, 1 + i % 28)[: 3 - i % 3],
            }
            for i in range(agreements)
        ],
    }
    return json.dumps(doc)


def peak_rss_mib() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--agreements", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    t0 = time.perf_counter()
    text = portfolio_json(args.agreements)
    t1 = time.perf_counter()
    portfolio = pd.loads(text, source_name="<synthetic>")
    t2 = time.perf_counter()
    del text
    print(f"{portfolio}")
    print(f"generate JSON ({args.agreements} agreements): {t1 - t0:.2f} s; loads: {t2 - t1:.2f} s")

    portfolio.agreements_frame()  # imports pandas and numpy outside the timing
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        frame = portfolio.agreements_frame()
        times.append(time.perf_counter() - start)
    assert len(frame) == args.agreements
    print(f"agreements_frame(): best {min(times):.3f} s of {args.repeat} (all: {', '.join(f'{t:.3f}' for t in times)})")
    print(f"frame memory: {frame.memory_usage(deep=True).sum() / 2**20:.0f} MiB; peak RSS: {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
