# SPDX-License-Identifier: Apache-2.0
"""The office itself: offices, staffing facts, policy goals and tasks from Python, the
policy tasks of programs and engagements, office_on() and policy_work(), and the formats."""

from __future__ import annotations

import datetime
import pathlib

import paradiplomacy as pd
import pytest


def office() -> pd.Portfolio:
    """The bulletin's office: formed 2014-10, three teams and 20 persons as of 2017."""
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_office(
        "gg-dpd",
        name_en="Diplomatic Policy Department",
        name_local="외교정책과",
        formed_on=pd.PartialDate("2014-10"),
    )
    p.add_staffing_fact(
        "gg-dpd-2017",
        office="gg-dpd",
        as_of=pd.PartialDate("2017"),
        teams=3,
        staff=20,
        source="Cultural Policy Bulletin Vol.3",
    )
    p.add_policy_goal("goal-1", office="gg-dpd", number=1, title_en="To set the direction of diplomacy")
    p.add_policy_goal("goal-4", office="gg-dpd", number=4, title_en="To conduct ODA projects")
    p.add_policy_task("task-1-1", goal="goal-1", number=1, title_en="Planning of international policy")
    p.add_policy_task("task-4-1", goal="goal-4", number=1, title_en="Smart Class in Mongolia")
    p.add_partner("mn", level="country", country="MN")
    p.add_program("mn-training", kind="official_training", partners=["mn"], policy_tasks=["task-4-1", "task-1-1"])
    p.add_engagement("mn-smart-class", recipient="MN", policy_tasks=["task-4-1"])
    return p


def test_add_and_read_the_office_records() -> None:
    p = office()
    dpd = p.offices["gg-dpd"]
    assert isinstance(dpd, pd.Office)
    assert dpd.id == pd.OfficeId(0)
    assert dpd.formed_on == pd.PartialDate("2014-10")
    assert dpd.dissolved_on is None
    fact = p.staffing_facts["gg-dpd-2017"]
    assert isinstance(fact, pd.StaffingFact)
    assert fact.id == pd.StaffingFactId(0)
    assert (fact.office.key, str(fact.as_of), fact.teams, fact.staff) == ("gg-dpd", "2017", 3, 20)
    assert fact.team_names == []
    task = p.policy_tasks["task-4-1"]
    assert isinstance(task, pd.PolicyTask)
    assert task.goal.key == "goal-4"
    assert isinstance(task.goal, pd.PolicyGoal)
    assert p.policy_goals["goal-4"].id == pd.PolicyGoalId(1)
    assert task.id == pd.PolicyTaskId(1)
    assert [t.key for t in p.programs["mn-training"].policy_tasks] == ["task-4-1", "task-1-1"]
    assert [t.key for t in p.engagements["mn-smart-class"].policy_tasks] == ["task-4-1"]
    assert repr(fact) == "<StaffingFact 'gg-dpd-2017' #0>"


def test_a_fact_needs_an_office_and_a_date_and_changes_nothing_when_refused() -> None:
    p = office()
    with pytest.raises(pd.InvalidValueError, match='^staffing fact "undated" has no as_of date'):
        p.add_staffing_fact("undated", office="gg-dpd", as_of=None, staff=20)
    with pytest.raises(pd.NotFoundError, match="nowhere"):
        p.add_staffing_fact("f", office="nowhere", as_of="2017")
    with pytest.raises(pd.InvalidValueError, match="^staff is -20; it must be 0 to 4294967295$"):
        p.add_staffing_fact("negative", office="gg-dpd", as_of="2017", staff=-20)
    with pytest.raises(pd.InvalidValueError, match="used twice"):
        p.add_staffing_fact("gg-dpd-2017", office="gg-dpd", as_of="2018")
    with pytest.raises(pd.NotFoundError, match="task-9"):
        p.add_program("other", kind="delegation", partners=["mn"], policy_tasks=["task-9"])
    assert len(p.staffing_facts) == 1
    assert len(p.programs) == 1


def test_office_on_a_day_certain_and_possible() -> None:
    p = office()
    [after] = p.office_on(datetime.date(2018, 3, 1))
    assert isinstance(after, pd.OfficeOnDay)
    assert (after.teams, after.staff, after.certain) == (3, 20, True)
    assert after.exists is pd.Truth.YES
    assert after.fact is not None and after.fact.key == "gg-dpd-2017"
    assert after.on == datetime.date(2018, 3, 1)
    assert repr(after) == "<OfficeOnDay 'gg-dpd' on 2018-03-01: 3 teams, 20 staff>"

    [within] = p.office_on(datetime.date(2017, 6, 1), office="gg-dpd")
    assert within.fact is None and within.teams is None and not within.certain
    assert [f.key for f in within.possible_facts] == ["gg-dpd-2017"]

    p.add_staffing_fact("gg-dpd-2017-05", office="gg-dpd", as_of="2017-05", teams=3, staff=18)
    [overlap] = p.office_on(datetime.date(2018, 3, 1))
    assert overlap.staff == 20
    assert [f.key for f in overlap.possible_facts] == ["gg-dpd-2017-05"]
    assert not overlap.certain
    findings = [f.rule for f in p.validate().findings if f.rule.startswith("staffing_fact")]
    assert findings == ["staffing_fact.conflict"]

    with pytest.raises(pd.NotFoundError, match="nowhere"):
        p.office_on(datetime.date(2018, 3, 1), office="nowhere")


def test_office_on_frame() -> None:
    pytest.importorskip("pandas")
    frame = office().office_on(datetime.date(2018, 3, 1)).to_frame()
    assert list(frame.columns) == [
        "office",
        "on",
        "exists",
        "certain",
        "fact",
        "as_of",
        "as_of_precision",
        "teams",
        "staff",
        "team_names",
        "possible_facts",
    ]
    assert list(frame["office"]) == ["gg-dpd"]
    assert list(frame["staff"]) == [20]
    assert str(frame["staff"].dtype) == "Int64"
    assert list(frame["as_of_precision"]) == ["year"]
    assert list(frame["exists"]) == ["yes"]


def test_policy_work_lists_goals_tasks_and_the_work_serving_each() -> None:
    p = office()
    work = p.policy_work()
    assert len(work) == 2
    first, fourth = work
    assert isinstance(first, pd.GoalWork)
    assert first.goal.key == "goal-1"
    [planning] = first.tasks
    assert isinstance(planning, pd.TaskWork)
    assert [x.key for x in planning.programs] == ["mn-training"]
    assert planning.engagements == []
    [smart_class] = fourth.tasks
    assert [x.key for x in smart_class.engagements] == ["mn-smart-class"]
    assert repr(smart_class) == "<TaskWork 'task-4-1': 1 programs, 1 engagements>"
    assert len(p.policy_work(office="gg-dpd")) == 2
    with pytest.raises(pd.NotFoundError):
        p.policy_work(office=pd.OfficeId(5))


def test_policy_work_frame() -> None:
    pytest.importorskip("pandas")
    p = office()
    p.add_policy_goal("goal-5", office="gg-dpd", number=5, title_en="Capacity-building")
    frame = p.policy_work().to_frame()
    assert list(frame["goal"]) == ["goal-1", "goal-4", "goal-5"]
    assert list(frame["task"].fillna("-")) == ["task-1-1", "task-4-1", "-"]
    assert list(frame["programs"]) == [1, 1, 0]
    assert list(frame["engagements"]) == [0, 1, 0]


def test_the_office_round_trips_through_json_and_csv(tmp_path: pathlib.Path) -> None:
    p = office()
    text = p.dumps()
    assert '"offices": [' in text and '"office_staffing": [' in text
    assert '"policy_tasks": [\n        "task-4-1",' in text
    assert pd.loads(text) == p
    p.to_csv(tmp_path / "tables")
    staffing = (tmp_path / "tables" / "office_staffing.csv").read_text(encoding="utf-8")
    assert staffing.startswith("id,office,as_of,teams,staff,team_names,source,note,uncertain")
    assert pd.read_csv(tmp_path / "tables") == p


def test_a_version_1_file_cannot_hold_offices() -> None:
    text = '{"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, "offices": [{"id": "gg-dpd"}]}'
    with pytest.raises(pd.FileError, match='member "offices" came in version 2'):
        pd.loads(text)


def test_the_report_has_the_office_section() -> None:
    text = office().report(on=datetime.date(2018, 3, 1), today=datetime.date(2018, 3, 1), include_validation=False)
    section = text[text.index("\nThe office\n") :]
    assert "    On 2018-03-01: 3 teams, 20 persons (as of 2017" in section
    assert "        4.1. Smart Class in Mongolia: 1 program, 1 ODA engagement" in section


def test_frames_of_the_office_tables() -> None:
    pytest.importorskip("pandas")
    p = office()
    facts = p.staffing_facts_frame()
    assert list(facts["key"]) == ["gg-dpd-2017"]
    assert list(facts["office"]) == ["gg-dpd"]
    assert list(facts["teams"]) == [3]
    assert list(p.offices_frame()["formed_on_precision"]) == ["month"]
    assert list(p.policy_tasks_frame()["goal"]) == ["goal-1", "goal-4"]
