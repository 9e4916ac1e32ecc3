# SPDX-License-Identifier: Apache-2.0
"""Organisations in roles on agreements, programs and engagements, a delegation's members
by role and count, and what each organisation does (organisation_work_frame)."""

from __future__ import annotations

import pathlib

import paradiplomacy as pd
import pytest


def involved() -> pd.Portfolio:
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_organisation("gcf", name_en="GyeongGi Cultural Foundation", kind="foundation")
    koica = p.add_organisation("koica", kind="public_agency", iati_ref="KR-GOV-051")
    p.add_organisation("idle", kind="ngo")
    p.add_partner("cn-hebei", level="region", region="CN-HE")
    p.add_agreement(
        "gg-hebei-mou",
        partner="cn-hebei",
        kind="mou",
        organisations=[(koica, pd.OrganisationRole.PARTY), ("gcf", "implementing")],
    )
    p.add_program(
        "hebei-visit",
        kind="delegation",
        partners=["cn-hebei"],
        headcount=6,
        organisations=[("gcf", "co_organiser")],
        members=[("vice_governor", 1), (pd.DelegateRole.OFFICIAL, 3), ("interpreter", 2)],
    )
    p.add_engagement("vn-water", recipient="VN", organisations=[("koica", "funding"), ("gcf", "implementing")])
    return p


def test_organisations_and_members_read_back_as_tuples() -> None:
    p = involved()
    mou = p.agreements["gg-hebei-mou"]
    assert [(o.key, role) for o, role, _ in mou.organisations] == [
        ("koica", pd.OrganisationRole.PARTY),
        ("gcf", pd.OrganisationRole.IMPLEMENTING),
    ]
    assert isinstance(mou.organisations[0][0], pd.OrganisationRecord)
    visit = p.programs["hebei-visit"]
    assert visit.members == [
        (pd.DelegateRole.VICE_GOVERNOR, 1),
        (pd.DelegateRole.OFFICIAL, 3),
        (pd.DelegateRole.INTERPRETER, 2),
    ]
    assert [o.key for o, _, _ in p.engagements["vn-water"].organisations] == ["koica", "gcf"]
    assert p.programs["hebei-visit"].organisations[0][1] is pd.OrganisationRole.CO_ORGANISER


def test_bad_organisations_and_members_are_refused_and_add_nothing() -> None:
    p = involved()
    with pytest.raises(pd.NotFoundError, match='"nobody" is not in this portfolio'):
        p.add_engagement("e2", recipient="VN", organisations=[("nobody", "funding")])
    with pytest.raises(ValueError, match="sponsor"):
        p.add_engagement("e3", recipient="VN", organisations=[("gcf", "sponsor")])
    with pytest.raises(ValueError, match="minister"):
        p.add_program("x", kind="delegation", partners=["cn-hebei"], members=[("minister", 1)])
    with pytest.raises(ValueError, match="0 to 65535"):
        p.add_program("y", kind="delegation", partners=["cn-hebei"], members=[("official", 70000)])
    assert len(p.engagements) == 1
    assert len(p.programs) == 1


def test_round_trip_through_json_and_csv(tmp_path: pathlib.Path) -> None:
    p = involved()
    text = p.dumps()
    assert '"role": "co_organiser"' in text
    assert pd.loads(text) == p
    p.to_csv(tmp_path / "tables")
    programs = (tmp_path / "tables" / "programs.csv").read_text(encoding="utf-8")
    assert "co_organiser:gcf,vice_governor:1; official:3; interpreter:2" in programs
    assert pd.read_csv(tmp_path / "tables") == p


def test_frames_hold_the_roles_and_the_members() -> None:
    pytest.importorskip("pandas")
    p = involved()
    programs = p.programs_frame()
    assert programs["organisations"].tolist() == ["co_organiser:gcf"]
    assert programs["members"].tolist() == ["vice_governor:1;official:3;interpreter:2"]
    assert p.agreements_frame()["organisations"].tolist() == ["party:koica;implementing:gcf"]


def test_organisation_work_frame_counts_by_organisation_and_role() -> None:
    pd_ = pytest.importorskip("pandas")
    p = involved()
    frame = p.organisation_work_frame()
    assert list(frame.columns) == ["organisation", "role", "agreements", "programs", "engagements"]
    rows = [tuple(None if pd_.isna(v) else v for v in row) for row in frame.itertuples(index=False)]
    assert rows == [
        ("gcf", "implementing", 1, 0, 1),
        ("gcf", "co_organiser", 0, 1, 0),
        ("koica", "funding", 0, 0, 1),
        ("koica", "party", 1, 0, 0),
        ("idle", None, 0, 0, 0),
    ]
    assert p.organisation_work_frame("koica")["role"].tolist() == ["funding", "party"]
    with pytest.raises(pd.NotFoundError):
        p.organisation_work_frame("nobody")


def test_validation_sees_members_beyond_the_headcount() -> None:
    p = involved()
    p.add_program("small", kind="delegation", partners=["cn-hebei"], headcount=2, members=[("official", 3)])
    rules = [f.rule for f in p.validate().findings]
    assert "program.members.exceed_headcount" in rules


def test_an_involvement_may_carry_the_organisations_activity_identifier() -> None:
    p = involved()
    e = p.add_engagement(
        "vn-roads",
        recipient="VN",
        organisations=[("koica", "funding", "KOICA-2019-0042"), ("gcf", pd.OrganisationRole.HOST)],
    )
    organisations = p.engagements[e].organisations
    assert [(o.key, role, activity_id) for o, role, activity_id in organisations] == [
        ("koica", pd.OrganisationRole.FUNDING, "KOICA-2019-0042"),
        ("gcf", pd.OrganisationRole.HOST, ""),  # none given
    ]
    assert pd.loads(p.dumps()) == p
    # An unknown organisation is refused, and nothing is added.
    with pytest.raises(pd.NotFoundError):
        p.add_engagement("vn-bridges", recipient="VN", organisations=[("nobody", "funding", "X-1")])
    assert "vn-bridges" not in p.engagements
