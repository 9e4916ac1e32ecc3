// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The office of the 2017 bulletin as records, for the query, validation and report
/// tests: the Diplomatic Policy Department (formed 2014-10), a staffing fact "three teams
/// and 20 persons" as of 2017, two of its five goals with tasks, and a program and an ODA
/// engagement that serve the tasks.

#include <paradiplomacy/model/portfolio.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace paradiplomacy::test_support {

struct OfficeFixture {
    Portfolio p{SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도"};
    OfficeId office{0};
    StaffingFactId fact_2017{0};
    PolicyGoalId goal_direction{0};
    PolicyGoalId goal_oda{0};
    PolicyTaskId task_planning{0};
    PolicyTaskId task_events{0};
    PolicyTaskId task_smart_class{0};
    PartnerId mongolia{0};
    ProgramId training{0};
    EngagementId smart_class{0};

    OfficeFixture() {
        Office o;
        o.key = p.intern("gg-dpd");
        o.name_en = p.intern("Diplomatic Policy Department");
        o.name_local = p.intern("외교정책과");
        o.formed_on = PartialDate::of_month(2014, 10);
        office = p.add(o);
        fact_2017 = add_fact("gg-dpd-2017", PartialDate::of_year(2017), 3, 20);
        goal_direction = add_goal("goal-1", 1, "To set the direction of diplomacy and exchange");
        goal_oda = add_goal("goal-4", 4, "To conduct projects of official development assistance");
        task_planning = add_task("task-1-1", goal_direction, 1, "Management and planning of international policy");
        task_events = add_task("task-1-2", goal_direction, 2, "Planning of international events");
        task_smart_class = add_task("task-4-1", goal_oda, 1, "Smart Class in Mongolia");

        Partner mn;
        mn.key = p.intern("mn");
        mn.level = PartnerLevel::country;
        mn.country = CountryCode("MN");
        mn.name_en = p.intern("Mongolia");
        mongolia = p.add(mn);

        ExchangeProgram t;
        t.key = p.intern("mn-training-2016");
        t.title = p.intern("Training of Mongolian teachers");
        t.kind = ProgramKind::official_training;
        t.partners = {mongolia};
        t.start = PartialDate::of_year(2016);
        t.policy_tasks = {task_smart_class, task_planning};
        training = p.add(t);

        OdaEngagement e;
        e.key = p.intern("mn-smart-class");
        e.title = p.intern("Korean-language Smart Class");
        e.recipient = CountryCode("MN");
        e.policy_tasks = {task_smart_class};
        smart_class = p.add(e);
    }

    StaffingFactId add_fact(std::string_view key, PartialDate as_of, std::optional<std::uint32_t> teams,
                            std::optional<std::uint32_t> staff) {
        StaffingFact f;
        f.key = p.intern(key);
        f.office = office;
        f.as_of = as_of;
        f.teams = teams;
        f.staff = staff;
        f.provenance.source = p.intern("Cultural Policy Bulletin Vol.3");
        return p.add(f);
    }
    PolicyGoalId add_goal(std::string_view key, std::optional<std::uint32_t> number, std::string_view title) {
        PolicyGoal g;
        g.key = p.intern(key);
        g.office = office;
        g.number = number;
        g.title_en = p.intern(title);
        return p.add(g);
    }
    PolicyTaskId add_task(std::string_view key, PolicyGoalId goal, std::optional<std::uint32_t> number,
                          std::string_view title) {
        PolicyTask t;
        t.key = p.intern(key);
        t.goal = goal;
        t.number = number;
        t.title_en = p.intern(title);
        return p.add(t);
    }
};

}  // namespace paradiplomacy::test_support
