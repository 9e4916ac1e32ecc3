# SPDX-License-Identifier: Apache-2.0
"""Designations over time: priority partners and strategic ODA countries with their dates,
from Python, through JSON and CSV, as a frame and as a query with certain and possible answers."""

from __future__ import annotations

import datetime
import pathlib

import paradiplomacy as pd
import pytest

D = datetime.date


def designated() -> pd.Portfolio:
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_partner("jp", level="country", country="JP", name_en="Japan")
    p.add_partner("mn", level="country", country="MN", name_en="Mongolia")
    p.add_partner("vn", level="country", country="VN", name_en="Viet Nam")
    p.add_designation("jp-priority-2012", partner="jp", kind="priority", start="2012-01-01", end="2014-12-31")
    p.add_designation("jp-priority-2017", partner="jp", kind="priority", start="2017-03", source="bulletin 2017")
    p.add_designation("mn-priority", partner="mn", kind=pd.DesignationKind.PRIORITY, start="2016")
    p.add_designation("vn-oda", partner="vn", kind="strategic_oda", start=D(2015, 1, 1))
    return p


def test_add_and_read_a_designation() -> None:
    p = designated()
    assert len(p.designations) == 4
    jp = p.designations["jp-priority-2012"]
    assert isinstance(jp, pd.Designation)
    assert jp.id == pd.DesignationId(0)
    assert jp.partner.key == "jp"
    assert jp.kind is pd.DesignationKind.PRIORITY
    assert jp.start == pd.PartialDate("2012-01-01") and jp.end == pd.PartialDate("2014-12-31")
    assert p.designations["jp-priority-2017"].end is None
    assert p.designations["jp-priority-2017"].source == "bulletin 2017"


def test_a_designation_names_a_partner_of_the_portfolio() -> None:
    p = designated()
    with pytest.raises(pd.NotFoundError, match="partner"):
        p.add_designation("x", partner="nowhere", kind="priority")
    with pytest.raises(ValueError, match="favourite"):
        p.add_designation("x", partner="jp", kind="favourite")
    with pytest.raises(pd.InvalidValueError, match='^designation id "mn-priority" is used twice$'):
        p.add_designation("mn-priority", partner="mn", kind="priority")
    assert len(p.designations) == 4


def test_designated_on_a_day_is_certain_or_possible() -> None:
    p = designated()
    in_2013 = p.designated_on(D(2013, 6, 1))
    assert [x.key for x in in_2013.certain] == ["jp"] and in_2013.possible == []
    assert in_2013.kind is pd.DesignationKind.PRIORITY and in_2013.on == D(2013, 6, 1)
    gap = p.designated_on(D(2015, 6, 1))
    assert gap.certain == [] and gap.possible == []  # Japan dropped, Mongolia not yet in
    mid_2016 = p.designated_on(D(2016, 6, 1), kind="priority")
    assert [x.key for x in mid_2016.possible] == ["mn"]  # designated some day of 2016
    end_2017 = p.designated_on(D(2017, 12, 31))
    assert [x.key for x in end_2017.certain] == ["jp", "mn"]
    oda = p.designated_on(D(2017, 12, 31), kind=pd.DesignationKind.STRATEGIC_ODA)
    assert [x.key for x in oda.certain] == ["vn"]
    assert repr(end_2017) == "<DesignatedPartners priority on 2017-12-31: 2 certain, 0 possible>"


def test_designations_round_trip_through_json_and_csv(tmp_path: pathlib.Path) -> None:
    p = designated()
    text = p.dumps()
    assert '"designations": [' in text
    assert pd.loads(text) == p
    p.to_csv(tmp_path / "tables")
    assert (tmp_path / "tables" / "designations.csv").read_text(encoding="utf-8").startswith("id,partner,kind,")
    assert pd.read_csv(tmp_path / "tables") == p


def test_a_version_1_files_flags_load_as_designations_of_no_start() -> None:
    p = pd.loads(
        '{"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},'
        ' "partners": [{"id": "mn", "level": "country", "country": "MN", "priority": true}]}'
    )
    [d] = list(p.designations)
    assert (d.key, d.partner.key, d.kind, d.start, d.end) == (
        "mn-priority",
        "mn",
        pd.DesignationKind.PRIORITY,
        None,
        None,
    )
    assert [x.key for x in p.designated_on(D(2017, 12, 31)).possible] == ["mn"]


def test_designations_frame() -> None:
    pytest.importorskip("pandas")
    frame = designated().designations_frame()
    assert list(frame["key"]) == ["jp-priority-2012", "jp-priority-2017", "mn-priority", "vn-oda"]
    assert list(frame["partner"]) == ["jp", "jp", "mn", "vn"]
    assert list(frame["kind"]) == ["priority", "priority", "priority", "strategic_oda"]


def test_overlapping_designations_are_a_finding() -> None:
    p = designated()
    p.add_designation("jp-again", partner="jp", kind="priority", start="2013")
    findings = [f for f in p.validate().findings if f.rule == "designation.overlap"]
    assert [(f.entity.kind, f.entity.key, f.field) for f in findings] == [
        (pd.EntityKind.DESIGNATION, "jp-again", "start")
    ]
