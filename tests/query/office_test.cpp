// SPDX-License-Identifier: Apache-2.0
// office_on: the office's teams and staff on a day from its dated facts, certain and
// possible apart; policy_work: the goals, their tasks and the work serving each.

#include "support/office_fixture.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/query/office_on.hpp>
#include <paradiplomacy/query/policy_work.hpp>

#include <gtest/gtest.h>

#include <vector>

namespace paradiplomacy::test {
namespace {

using test_support::OfficeFixture;

Day day(std::string_view text) { return PartialDate::parse(text).earliest(); }

TEST(OfficeOn, AFactHoldsFromTheEndOfItsYear) {
    OfficeFixture f;
    const OfficeOnDay after = office_on(f.p, f.office, day("2018-03-01"));
    EXPECT_EQ(after.exists, Truth::yes);
    EXPECT_EQ(after.fact, f.fact_2017);
    EXPECT_EQ(after.teams, 3U);
    EXPECT_EQ(after.staff, 20U);
    EXPECT_TRUE(after.possible_facts.empty());
    EXPECT_TRUE(after.certain());
}

TEST(OfficeOn, AYearOnlyFactIsPossibleWithinItsYearAndAbsentBefore) {
    OfficeFixture f;
    const OfficeOnDay within = office_on(f.p, f.office, day("2017-06-01"));
    EXPECT_EQ(within.fact, std::nullopt);
    EXPECT_EQ(within.teams, std::nullopt);
    EXPECT_EQ(within.possible_facts, std::vector{f.fact_2017});
    EXPECT_FALSE(within.certain());

    const OfficeOnDay before = office_on(f.p, f.office, day("2016-12-31"));
    EXPECT_EQ(before.fact, std::nullopt);
    EXPECT_TRUE(before.possible_facts.empty());
    EXPECT_FALSE(before.certain());
}

TEST(OfficeOn, ALaterFactReplacesAnEarlierOne) {
    OfficeFixture f;
    const StaffingFactId fact_2019 = f.add_fact("gg-dpd-2019", PartialDate::of_day(2019, 7, 1), 4, 26);
    const OfficeOnDay on = office_on(f.p, f.office, day("2020-01-01"));
    EXPECT_EQ(on.fact, fact_2019);
    EXPECT_EQ(on.teams, 4U);
    EXPECT_EQ(on.staff, 26U);
    EXPECT_TRUE(on.certain());
    // The day before the new fact, the 2017 one still holds.
    EXPECT_EQ(office_on(f.p, f.office, day("2019-06-30")).fact, f.fact_2017);
}

TEST(OfficeOn, OverlappingFactsWithOtherFiguresMakeTheAnswerPossibleOnly) {
    OfficeFixture f;
    // "2017-05" and "2017" can be the same day: which came last is not known.
    const StaffingFactId may = f.add_fact("gg-dpd-2017-05", PartialDate::of_month(2017, 5), 3, 18);
    const OfficeOnDay on = office_on(f.p, f.office, day("2018-01-01"));
    EXPECT_EQ(on.fact, f.fact_2017);  // the one whose last possible day is latest
    EXPECT_EQ(on.possible_facts, std::vector{may});
    EXPECT_FALSE(on.certain());
}

TEST(OfficeOn, AnOverlappingFactWithTheSameFiguresLeavesTheAnswerCertain) {
    OfficeFixture f;
    static_cast<void>(f.add_fact("gg-dpd-2017-05", PartialDate::of_month(2017, 5), 3, 20));
    EXPECT_TRUE(office_on(f.p, f.office, day("2018-01-01")).certain());
}

TEST(OfficeOn, ExistenceFollowsFormedAndDissolvedDates) {
    OfficeFixture f;
    EXPECT_EQ(office_on(f.p, f.office, day("2014-09-30")).exists, Truth::no);
    EXPECT_EQ(office_on(f.p, f.office, day("2014-10-15")).exists, Truth::unknown);  // formed "2014-10"
    EXPECT_EQ(office_on(f.p, f.office, day("2014-11-01")).exists, Truth::yes);
    Office o = f.p.at(f.office);
    o.dissolved_on = PartialDate::of_year(2022);
    f.p.replace(o);
    EXPECT_EQ(office_on(f.p, f.office, day("2022-06-01")).exists, Truth::unknown);
    EXPECT_EQ(office_on(f.p, f.office, day("2023-01-01")).exists, Truth::no);
    o.formed_on.reset();
    f.p.replace(o);
    EXPECT_EQ(office_on(f.p, f.office, day("2015-01-01")).exists, Truth::unknown);
}

TEST(OfficeOn, EveryOfficeInIdOrderAndOnlyItsOwnFacts) {
    OfficeFixture f;
    Office other;
    other.key = f.p.intern("gg-cooperation");
    const OfficeId second = f.p.add(other);
    const std::vector<OfficeOnDay> all = office_on(f.p, day("2018-01-01"));
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].office, f.office);
    EXPECT_EQ(all[0].staff, 20U);
    EXPECT_EQ(all[1].office, second);
    EXPECT_EQ(all[1].fact, std::nullopt);
    EXPECT_TRUE(all[1].possible_facts.empty());
}

TEST(OfficeOn, RefusesAnOfficeNotInThePortfolio) {
    OfficeFixture f;
    EXPECT_THROW(static_cast<void>(office_on(f.p, OfficeId(7), day("2018-01-01"))), NotFound);
}

TEST(PolicyWork, GoalsAndTasksInNumberOrderWithTheWorkServingEach) {
    OfficeFixture f;
    const std::vector<GoalWork> work = policy_work(f.p);
    ASSERT_EQ(work.size(), 2U);
    EXPECT_EQ(work[0].goal, f.goal_direction);
    ASSERT_EQ(work[0].tasks.size(), 2U);
    EXPECT_EQ(work[0].tasks[0].task, f.task_planning);
    EXPECT_EQ(work[0].tasks[0].programs, std::vector{f.training});
    EXPECT_TRUE(work[0].tasks[0].engagements.empty());
    EXPECT_EQ(work[0].tasks[1].task, f.task_events);
    EXPECT_TRUE(work[0].tasks[1].programs.empty());  // a task without work is listed all the same
    EXPECT_EQ(work[1].goal, f.goal_oda);
    ASSERT_EQ(work[1].tasks.size(), 1U);
    EXPECT_EQ(work[1].tasks[0].programs, std::vector{f.training});
    EXPECT_EQ(work[1].tasks[0].engagements, std::vector{f.smart_class});
}

TEST(PolicyWork, UnnumberedLastAndATaskNamedTwiceCountsOnce) {
    OfficeFixture f;
    const PolicyGoalId unnumbered = f.add_goal("goal-x", std::nullopt, "Unnumbered");
    const PolicyGoalId second = f.add_goal("goal-2", 2, "To strengthen cooperation with Asian countries");
    ExchangeProgram t = f.p.program(f.training);
    t.policy_tasks.push_back(f.task_planning);  // named twice
    f.p.replace(t);
    const std::vector<GoalWork> work = policy_work(f.p);
    ASSERT_EQ(work.size(), 4U);
    EXPECT_EQ(work[1].goal, second);
    EXPECT_EQ(work[3].goal, unnumbered);
    EXPECT_EQ(work[0].tasks[0].programs, std::vector{f.training});
}

TEST(PolicyWork, OneOfficeAndDanglingRecordsLeftOut) {
    OfficeFixture f;
    Office other;
    other.key = f.p.intern("gg-cooperation");
    const OfficeId second = f.p.add(other);
    EXPECT_TRUE(policy_work(f.p, second).empty());
    EXPECT_EQ(policy_work(f.p, f.office).size(), 2U);
    EXPECT_THROW(static_cast<void>(policy_work(f.p, OfficeId(9))), NotFound);

    PolicyGoal lost;
    lost.key = f.p.intern("goal-lost");
    lost.office = OfficeId(9);
    f.p.add(lost);
    ExchangeProgram t = f.p.program(f.training);
    t.policy_tasks.push_back(PolicyTaskId(40));  // dangling: validation reports it
    f.p.replace(t);
    EXPECT_EQ(policy_work(f.p).size(), 2U);
}

}  // namespace
}  // namespace paradiplomacy::test
