// SPDX-License-Identifier: Apache-2.0
// Rules on the office: references from facts, goals, tasks, programs and engagements,
// office dates, plausible counts, and facts of one office that claim the same day.

#include "fixtures.hpp"
#include "support/office_fixture.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::test {
namespace {

using test_support::OfficeFixture;

constexpr std::string_view office_rule_ids[] = {"ref.staffing_fact.office",
                                                "ref.policy_goal.office",
                                                "ref.policy_task.goal",
                                                "ref.program.policy_task",
                                                "ref.oda.policy_task",
                                                "date.office.dissolved_before_formed",
                                                "date.staffing_fact.outside_office",
                                                "staffing_fact.count.implausible",
                                                "staffing_fact.team_names.count",
                                                "staffing_fact.empty",
                                                "dup.staffing_fact",
                                                "staffing_fact.conflict",
                                                "dup.policy_goal.number",
                                                "dup.policy_task.number"};

/// The findings of the office rules (the fixture's engagement is incomplete for other rules).
std::vector<Finding> office_findings(const Portfolio& p) {
    std::vector<Finding> out;
    const ValidationReport report = validate(p, options());
    for (const Finding& f : report.findings())
        for (const std::string_view id : office_rule_ids)
            if (f.rule == id) out.push_back(f);
    return out;
}

TEST(OfficeRules, EveryRuleIsInTheCatalogueWithItsRecordKind) {
    for (const std::string_view id : office_rule_ids) {
        bool found = false;
        for (const RuleInfo& r : rules()) found = found || r.id == id;
        EXPECT_TRUE(found) << id;
    }
}

TEST(OfficeRules, TheBulletinsOfficeIsClean) { EXPECT_TRUE(office_findings(OfficeFixture().p).empty()); }

TEST(OfficeRules, DanglingReferencesEachNameTheirFieldAndTarget) {
    OfficeFixture f;
    StaffingFact fact = f.p.at(f.fact_2017);
    fact.office = OfficeId(5);
    f.p.replace(fact);
    PolicyGoal goal = f.p.at(f.goal_oda);
    goal.office = OfficeId(6);
    f.p.replace(goal);
    PolicyTask task = f.p.at(f.task_events);
    task.goal = PolicyGoalId(7);
    f.p.replace(task);
    ExchangeProgram program = f.p.program(f.training);
    program.policy_tasks.push_back(PolicyTaskId(8));
    f.p.replace(program);
    OdaEngagement engagement = f.p.engagement(f.smart_class);
    std::vector<PolicyTaskId> tasks{PolicyTaskId(9)};  // the missing one first
    tasks.insert(tasks.end(), engagement.policy_tasks.begin(), engagement.policy_tasks.end());
    engagement.policy_tasks.assign(tasks.begin(), tasks.end());
    f.p.replace(engagement);

    const std::vector<Finding> found = office_findings(f.p);
    ASSERT_EQ(found.size(), 5U);
    EXPECT_EQ(found[0].rule, "ref.staffing_fact.office");
    EXPECT_EQ(found[0].entity, (EntityRef{EntityKind::staffing_fact, f.fact_2017.index(), "gg-dpd-2017"}));
    EXPECT_EQ(found[0].field, "office");
    EXPECT_EQ(found[0].message, "office #5 is not in this portfolio: add the office or correct the reference");
    EXPECT_EQ(found[1].rule, "ref.policy_goal.office");
    EXPECT_EQ(found[1].entity.kind, EntityKind::policy_goal);
    EXPECT_EQ(found[1].entity.key, "goal-4");
    EXPECT_EQ(found[2].rule, "ref.policy_task.goal");
    EXPECT_EQ(found[2].entity.kind, EntityKind::policy_task);
    EXPECT_EQ(found[2].message, "policy goal #7 is not in this portfolio: add the goal or correct the reference");
    EXPECT_EQ(found[3].rule, "ref.program.policy_task");
    EXPECT_EQ(found[3].field, "policy_tasks[2]");
    EXPECT_EQ(found[4].rule, "ref.oda.policy_task");
    EXPECT_EQ(found[4].field, "policy_tasks[0]");
    EXPECT_EQ(found[4].severity, Severity::error);
    // A strict validation refuses the portfolio.
    EXPECT_THROW(static_cast<void>(validate_strict(f.p, options())), ValidationError);
}

TEST(OfficeRules, DissolvedBeforeFormedAndFactsOutsideTheOffice) {
    OfficeFixture f;
    Office o = f.p.at(f.office);
    o.dissolved_on = PartialDate::of_year(2016);
    f.p.replace(o);
    std::vector<Finding> found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, "date.staffing_fact.outside_office");
    EXPECT_EQ(found[0].message,
              "as of 2017, after office \"gg-dpd\" was dissolved (2016): correct the date, or the office's "
              "dissolved_on");

    o.dissolved_on = PartialDate::of_month(2014, 10);  // the month it was formed: maybe the same day
    f.p.replace(o);
    found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);  // only the fact, which is after it
    o.dissolved_on = PartialDate::of_year(2013);
    f.p.replace(o);
    found = office_findings(f.p);
    ASSERT_EQ(found.size(), 2U);
    EXPECT_EQ(found[0].rule, "date.office.dissolved_before_formed");
    EXPECT_EQ(found[0].field, "dissolved_on");
    EXPECT_EQ(found[0].message, "dissolved on 2013, before it was formed (2014-10): correct one of the two dates");

    o.dissolved_on.reset();
    f.p.replace(o);
    static_cast<void>(f.add_fact("gg-dpd-2013", PartialDate::of_year(2013), 2, 9));
    found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message,
              "as of 2013, before office \"gg-dpd\" was formed (2014-10): correct the date, or the office's formed_on");
}

TEST(OfficeRules, ImplausibleCounts) {
    struct Case {
        std::optional<std::uint32_t> teams, staff;
        std::string field, message;
    };
    const std::vector<Case> cases{
        {3, 0, "staff", "staff of 0: an office has at least one person; leave staff empty when unknown"},
        {0, 20, "teams", "teams of 0: an office has at least one team; leave teams empty when unknown"},
        {3, 20000, "staff", "staff of 20000 is more than 5000: check the figure"},
        {300, 20000, "teams", "teams of 300 is more than 200: check the figure"},
        {21, 20, "teams", "21 teams but 20 persons: each team has at least one; check both figures"},
    };
    for (const Case& c : cases) {
        OfficeFixture f;
        StaffingFact fact = f.p.at(f.fact_2017);
        fact.teams = c.teams;
        fact.staff = c.staff;
        f.p.replace(fact);
        const std::vector<Finding> found = office_findings(f.p);
        const std::string label = c.field + ": " + c.message;
        ASSERT_FALSE(found.empty()) << label;
        const Finding& last = found.back();
        EXPECT_EQ(last.rule, "staffing_fact.count.implausible") << label;
        EXPECT_EQ(last.severity, Severity::warning);
        EXPECT_EQ(last.field, c.field) << label;
        EXPECT_EQ(last.message, c.message) << label;
    }
    // Only staff, or only teams, is a plausible fact.
    OfficeFixture f;
    StaffingFact fact = f.p.at(f.fact_2017);
    fact.teams.reset();
    f.p.replace(fact);
    EXPECT_TRUE(office_findings(f.p).empty());
}

TEST(OfficeRules, TeamNamesAndEmptyFacts) {
    OfficeFixture f;
    StaffingFact fact = f.p.at(f.fact_2017);
    fact.team_names = {f.p.intern("Diplomatic Policy Team"), f.p.intern("International Cooperation Team")};
    f.p.replace(fact);
    std::vector<Finding> found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, "staffing_fact.team_names.count");
    EXPECT_EQ(found[0].message, "2 team names for 3 teams: name every team, or none");
    fact.team_names.push_back(f.p.intern("ODA Team"));
    f.p.replace(fact);
    EXPECT_TRUE(office_findings(f.p).empty());

    fact.team_names.clear();
    fact.teams.reset();
    fact.staff.reset();
    f.p.replace(fact);
    found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, "staffing_fact.empty");
}

TEST(OfficeRules, TheSameFactTwiceIsADuplicateAndOtherFiguresOnTheSameDayAConflict) {
    OfficeFixture f;
    const StaffingFactId twice = f.add_fact("gg-dpd-2017-again", PartialDate::of_year(2017), 3, 20);
    std::vector<Finding> found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, "dup.staffing_fact");
    EXPECT_EQ(found[0].entity.index, twice.index());
    EXPECT_EQ(found[0].message,
              "same office, date (2017) and figures as staffing fact \"gg-dpd-2017\": the same fact seems to be "
              "entered twice; keep one, with both sources in it");

    StaffingFact other = f.p.at(twice);
    other.as_of = PartialDate::of_month(2017, 5);
    other.staff = 18;
    f.p.replace(other);
    found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, "staffing_fact.conflict");
    EXPECT_EQ(found[0].message,
              "as of 2017-05 it gives 3 teams, 18 staff, but staffing fact \"gg-dpd-2017\" gives 3 teams, 20 staff "
              "as of 2017, which can be the same day: date them more precisely, or mark the doubtful one uncertain");

    // Dates that cannot be the same day are a change over time, not a conflict.
    other.as_of = PartialDate::of_year(2018);
    f.p.replace(other);
    EXPECT_TRUE(office_findings(f.p).empty());
    // Nor are facts of two offices.
    Office second;
    second.key = f.p.intern("gg-cooperation");
    other.office = f.p.add(second);
    other.as_of = PartialDate::of_year(2017);
    f.p.replace(other);
    EXPECT_TRUE(office_findings(f.p).empty());
}

TEST(OfficeRules, GoalAndTaskNumbersUsedTwice) {
    OfficeFixture f;
    const PolicyGoalId again = f.add_goal("goal-4-again", 4, "Another fourth goal");
    static_cast<void>(f.add_task("task-1-2-again", f.goal_direction, 2, "Another second task"));
    std::vector<Finding> found = office_findings(f.p);
    ASSERT_EQ(found.size(), 2U);
    EXPECT_EQ(found[0].rule, "dup.policy_goal.number");
    EXPECT_EQ(found[0].message,
              "goal number 4 is also policy goal \"goal-4\" of the same office: renumber one, or give each the "
              "period it was set for");
    EXPECT_EQ(found[1].rule, "dup.policy_task.number");
    EXPECT_EQ(found[1].message, "task number 2 is also policy task \"task-1-2\" under the same goal: renumber one");

    // Goals of periods that cannot overlap may share a number (a new plan renumbers).
    PolicyGoal old = f.p.at(f.goal_oda);
    old.period = Period(PartialDate::of_year(2015), PartialDate::of_year(2018));
    f.p.replace(old);
    PolicyGoal later = f.p.at(again);
    later.period = Period(PartialDate::of_year(2019), PartialDate::of_year(2022));
    f.p.replace(later);
    found = office_findings(f.p);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, "dup.policy_task.number");
}

}  // namespace
}  // namespace paradiplomacy::test
