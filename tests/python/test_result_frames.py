# SPDX-License-Identifier: Apache-2.0
"""Every query answer is a frame away: len(), iteration and to_frame() on each result."""

from __future__ import annotations

import datetime
from typing import Any

import paradiplomacy as pd
import pytest

ON = datetime.date(2017, 12, 31)


@pytest.fixture(scope="module")
def gg() -> pd.Portfolio:
    return pd.datasets.gyeonggi()


def test_split_results_count_iterate_and_make_frames(gg: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    results: dict[str, Any] = {
        "ties_in_force": gg.ties_in_force(ON),
        "dormant_ties": gg.dormant_ties(ON),
        "agreements_in_force": gg.agreements_in_force(ON),
        "agreements_expiring": gg.agreements_expiring(datetime.date(2017, 1, 1), datetime.date(2020, 12, 31)),
        "priority_partners_without_tie": gg.priority_partners_without_tie(ON),
        "designated_on": gg.designated_on(ON, "strategic_oda"),
    }
    for name, result in results.items():
        both = list(result.certain) + list(result.possible)
        assert len(result) == len(both), name
        assert len(list(result)) == len(both), name
        frame = result.to_frame()
        assert len(frame) == len(both), name
        # The certain rows come first, as iteration gives them.
        assert frame["certain"].tolist() == [True] * len(result.certain) + [False] * len(result.possible), name
    assert len(results["dormant_ties"]) > 0 and len(results["agreements_expiring"]) > 0


def test_dormant_ties_frame(gg: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    dormant = gg.dormant_ties(ON)
    frame = dormant.to_frame()
    assert list(frame.columns) == [
        "partner",
        "partner_name",
        "country",
        "signatory",
        "tier",
        "last_program",
        "last_contact",
        "last_contact_precision",
        "undated_programs",
        "certain",
    ]
    first = dormant.certain[0]
    row = frame.iloc[0]
    assert row["partner"] == first.partner.key and row["partner_name"] == first.partner.name_en
    assert row["country"] == first.partner.country
    assert row["tier"] == first.tie.tier.name.lower()
    assert row["undated_programs"] == first.undated_programs
    if first.last_program is None:
        assert frame["last_program"].isna().iloc[0]
    else:
        assert row["last_program"] == first.last_program.key


def test_expiring_and_in_force_frames(gg: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    expiring = gg.agreements_expiring(datetime.date(2017, 1, 1), datetime.date(2020, 12, 31))
    frame = expiring.to_frame()
    first = next(iter(expiring))
    assert frame["agreement"].iloc[0] == first.agreement.key
    assert frame["kind"].iloc[0] == first.kind.name.lower()
    assert frame["ends"].iloc[0].date() == first.ends.earliest
    in_force = gg.agreements_in_force(ON).to_frame()
    assert set(in_force["agreement"]) == {a.key for a in gg.agreements_in_force(ON)}


def test_priority_and_designated_frames(gg: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    designated = gg.designated_on(ON, "strategic_oda")
    frame = designated.to_frame()
    assert list(frame.columns) == ["partner", "partner_name", "country", "level", "certain"]
    assert set(frame["partner"]) == {p.key for p in designated}
    gaps = gg.priority_partners_without_tie(ON).to_frame()
    assert set(gaps["level"].dropna()) <= {"country", "region", "city"}


def test_list_results_are_lists_with_frames(gg: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    coverage = gg.coverage_by_kind(ON)
    assert isinstance(coverage, list) and coverage == list(coverage)
    frame = coverage.to_frame()
    assert list(frame.columns) == [
        "kind",
        "countries_certain",
        "countries_possible",
        "regions_certain",
        "regions_possible",
        "partners_certain",
        "partners_possible",
    ]
    assert frame["countries_certain"].tolist() == [c.countries.certain for c in coverage]
    assert frame["kind"].tolist() == [c.kind.name.lower() for c in coverage]

    contacts = gg.last_contacts()
    assert len(contacts) == len(gg.partners)
    contacts_frame = contacts.to_frame()
    assert contacts_frame["partner"].tolist() == [c.partner.key for c in contacts]
    assert contacts_frame["undated_programs"].tolist() == [c.undated_programs for c in contacts]

    timeline = gg.partner_timeline("cn-liaoning")
    timeline_frame = timeline.to_frame()
    assert len(timeline_frame) == len(timeline)
    assert timeline_frame["kind"].tolist() == [e.kind.name.lower() for e in timeline]

    figures = pd.datasets.gyeonggi_published_figures()
    comparison = gg.compare_with_published(figures)
    comparison_frame = comparison.to_frame()
    assert len(comparison_frame) == len(figures)
    assert comparison_frame["published"].tolist() == [c.published for c in comparison]
    assert comparison_frame["certain"].tolist() == [c.recorded.certain for c in comparison]
    sister = comparison_frame[comparison_frame["label"] == comparison[0].label].iloc[0]
    assert sister["explained_by"].split("; ")[0] == comparison[0].explained_by[0].name


def test_an_empty_answer_is_an_empty_frame_with_its_columns() -> None:
    pytest.importorskip("pandas")
    empty = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    assert len(empty.dormant_ties(ON)) == 0
    assert list(empty.dormant_ties(ON).to_frame().columns)[:3] == ["partner", "partner_name", "country"]
    assert len(empty.coverage_by_kind(ON).to_frame()) == 0
    assert len(empty.last_contacts().to_frame()) == 0
