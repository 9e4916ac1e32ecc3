// SPDX-License-Identifier: Apache-2.0
// Rules on the office itself: its staffing facts, policy goals and policy tasks point at
// records of this portfolio, the counts are plausible, and no two facts of one office
// claim the same day with different figures.

#include "rule_run.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::detail {
namespace {

/// Beyond these an office count is more likely a typo (200 for 20) than a fact: the
/// largest foreign-affairs departments of provinces have a few hundred people.
constexpr std::uint32_t most_plausible_staff = 5000;
constexpr std::uint32_t most_plausible_teams = 200;

std::string missing(std::string_view kind, std::uint32_t index) {
    return std::string(kind) + " #" + std::to_string(index) + " is not in this portfolio";
}

void staffing_fact_office(const RuleRun& run) {
    for (const StaffingFact& f : run.portfolio.records<StaffingFact>())
        if (!run.portfolio.contains(f.office))
            run.report(run.ref(f), "office",
                       missing("office", f.office.index()) + ": add the office or correct the reference");
}

void policy_goal_office(const RuleRun& run) {
    for (const PolicyGoal& g : run.portfolio.records<PolicyGoal>())
        if (!run.portfolio.contains(g.office))
            run.report(run.ref(g), "office",
                       missing("office", g.office.index()) + ": add the office or correct the reference");
}

void policy_task_goal(const RuleRun& run) {
    for (const PolicyTask& t : run.portfolio.records<PolicyTask>())
        if (!run.portfolio.contains(t.goal))
            run.report(run.ref(t), "goal",
                       missing("policy goal", t.goal.index()) + ": add the goal or correct the reference");
}

template <class Record>
void policy_tasks_served(const RuleRun& run) {
    for (const Record& r : run.portfolio.records<Record>())
        for (std::size_t i = 0; i < r.policy_tasks.size(); ++i)
            if (!run.portfolio.contains(r.policy_tasks[i]))
                run.report(
                    run.ref(r), "policy_tasks[" + std::to_string(i) + "]",
                    missing("policy task", r.policy_tasks[i].index()) + ": add the task or correct the reference");
}

void office_dissolved_before_formed(const RuleRun& run) {
    for (const Office& o : run.portfolio.records<Office>())
        if (o.formed_on && o.dissolved_on && certainly_before(*o.dissolved_on, *o.formed_on))
            run.report(run.ref(o), "dissolved_on",
                       "dissolved on " + o.dissolved_on->to_string() + ", before it was formed (" +
                           o.formed_on->to_string() + "): correct one of the two dates");
}

void staffing_fact_outside_office(const RuleRun& run) {
    for (const StaffingFact& f : run.portfolio.records<StaffingFact>()) {
        if (!f.as_of || !run.portfolio.contains(f.office)) continue;
        const Office& o = run.portfolio.at(f.office);
        const std::string office = run.name("office", o.key, o.id.index());
        if (o.formed_on && certainly_before(*f.as_of, *o.formed_on))
            run.report(run.ref(f), "as_of",
                       "as of " + f.as_of->to_string() + ", before " + office + " was formed (" +
                           o.formed_on->to_string() + "): correct the date, or the office's formed_on");
        else if (o.dissolved_on && certainly_before(*o.dissolved_on, *f.as_of))
            run.report(run.ref(f), "as_of",
                       "as of " + f.as_of->to_string() + ", after " + office + " was dissolved (" +
                           o.dissolved_on->to_string() + "): correct the date, or the office's dissolved_on");
    }
}

void staffing_fact_counts(const RuleRun& run) {
    for (const StaffingFact& f : run.portfolio.records<StaffingFact>()) {
        if (f.staff && *f.staff == 0)
            run.report(run.ref(f), "staff",
                       "staff of 0: an office has at least one person; leave staff empty when unknown");
        else if (f.staff && *f.staff > most_plausible_staff)
            run.report(run.ref(f), "staff",
                       "staff of " + std::to_string(*f.staff) + " is more than " +
                           std::to_string(most_plausible_staff) + ": check the figure");
        if (f.teams && *f.teams == 0)
            run.report(run.ref(f), "teams",
                       "teams of 0: an office has at least one team; leave teams empty when unknown");
        else if (f.teams && *f.teams > most_plausible_teams)
            run.report(run.ref(f), "teams",
                       "teams of " + std::to_string(*f.teams) + " is more than " +
                           std::to_string(most_plausible_teams) + ": check the figure");
        else if (f.teams && f.staff && *f.staff != 0 && *f.teams > *f.staff)
            run.report(run.ref(f), "teams",
                       std::to_string(*f.teams) + " teams but " + std::to_string(*f.staff) +
                           " persons: each team has at least one; check both figures");
    }
}

void staffing_fact_team_names(const RuleRun& run) {
    for (const StaffingFact& f : run.portfolio.records<StaffingFact>())
        if (f.teams && !f.team_names.empty() && f.team_names.size() != *f.teams)
            run.report(run.ref(f), "team_names",
                       std::to_string(f.team_names.size()) + " team names for " + std::to_string(*f.teams) +
                           " teams: name every team, or none");
}

void staffing_fact_empty(const RuleRun& run) {
    for (const StaffingFact& f : run.portfolio.records<StaffingFact>())
        if (!f.teams && !f.staff && f.team_names.empty())
            run.report(run.ref(f), "staff", "gives neither teams, staff nor team names: it says nothing of the office");
}

/// Whether two facts give the same figures.
bool same_figures(const StaffingFact& a, const StaffingFact& b) {
    return a.teams == b.teams && a.staff == b.staff && a.team_names == b.team_names;
}

/// "3 teams, 20 staff" for messages; "-" for a count not given.
std::string figures(const StaffingFact& f) {
    return (f.teams ? std::to_string(*f.teams) : "-") + " teams, " + (f.staff ? std::to_string(*f.staff) : "-") +
           " staff";
}

/// Calls `f(earlier, later)` for every pair of facts of one office whose dates can be the
/// same day (their spans overlap: "2017" and "2017-05"), the pair in ID order.
template <class F>
void for_each_overlapping_pair(const RuleRun& run, F&& f) {
    std::map<std::uint32_t, std::vector<const StaffingFact*>> by_office;
    for (const StaffingFact& fact : run.portfolio.records<StaffingFact>())
        if (fact.as_of) by_office[fact.office.index()].push_back(&fact);
    for (auto& [office, facts] : by_office) {
        // By earliest day: a fact can only overlap those that start before it ends.
        std::stable_sort(facts.begin(), facts.end(), [](const StaffingFact* a, const StaffingFact* b) {
            return a->as_of->earliest() < b->as_of->earliest();
        });
        for (std::size_t i = 0; i < facts.size(); ++i)
            for (std::size_t j = i + 1; j < facts.size() && facts[j]->as_of->earliest() <= facts[i]->as_of->latest();
                 ++j) {
                const bool i_first = facts[i]->id.index() < facts[j]->id.index();
                f(i_first ? *facts[i] : *facts[j], i_first ? *facts[j] : *facts[i]);
            }
    }
}

void duplicate_staffing_fact(const RuleRun& run) {
    for_each_overlapping_pair(run, [&](const StaffingFact& first, const StaffingFact& second) {
        if (*first.as_of != *second.as_of || !same_figures(first, second)) return;
        run.report(run.ref(second), "as_of",
                   "same office, date (" + second.as_of->to_string() + ") and figures as " +
                       run.name("staffing fact", first.key, first.id.index()) +
                       ": the same fact seems to be entered twice; keep one, with both sources in it");
    });
}

void staffing_fact_conflict(const RuleRun& run) {
    for_each_overlapping_pair(run, [&](const StaffingFact& first, const StaffingFact& second) {
        if (same_figures(first, second)) return;
        run.report(run.ref(second), "as_of",
                   "as of " + second.as_of->to_string() + " it gives " + figures(second) + ", but " +
                       run.name("staffing fact", first.key, first.id.index()) + " gives " + figures(first) + " as of " +
                       first.as_of->to_string() +
                       ", which can be the same day: date them more precisely, or mark the doubtful one uncertain");
    });
}

/// Whether two optional periods can share a day (an absent period can be any time).
bool can_overlap(const std::optional<Period>& a, const std::optional<Period>& b) {
    if (!a || !b) return true;
    const bool a_ends_before_b = a->end() && certainly_before(*a->end(), b->start());
    const bool b_ends_before_a = b->end() && certainly_before(*b->end(), a->start());
    return !a_ends_before_b && !b_ends_before_a;
}

void duplicate_goal_number(const RuleRun& run) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<const PolicyGoal*>> seen;
    for (const PolicyGoal& g : run.portfolio.records<PolicyGoal>()) {
        if (!g.number) continue;
        auto& same = seen[{g.office.index(), *g.number}];
        for (const PolicyGoal* other : same)
            if (can_overlap(other->period, g.period)) {
                run.report(run.ref(g), "number",
                           "goal number " + std::to_string(*g.number) + " is also " +
                               run.name("policy goal", other->key, other->id.index()) +
                               " of the same office: renumber one, or give each the period it was set for");
                break;
            }
        same.push_back(&g);
    }
}

void duplicate_task_number(const RuleRun& run) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, const PolicyTask*> first;
    for (const PolicyTask& t : run.portfolio.records<PolicyTask>()) {
        if (!t.number) continue;
        const auto [it, inserted] = first.emplace(std::pair{t.goal.index(), *t.number}, &t);
        if (inserted) continue;
        run.report(run.ref(t), "number",
                   "task number " + std::to_string(*t.number) + " is also " +
                       run.name("policy task", it->second->key, it->second->id.index()) +
                       " under the same goal: renumber one");
    }
}

constexpr std::array entries{
    RuleEntry{{"ref.staffing_fact.office", Severity::error, EntityKind::staffing_fact,
               "A staffing fact's office is in the portfolio."},
              staffing_fact_office},
    RuleEntry{{"ref.policy_goal.office", Severity::error, EntityKind::policy_goal,
               "A policy goal's office is in the portfolio."},
              policy_goal_office},
    RuleEntry{
        {"ref.policy_task.goal", Severity::error, EntityKind::policy_task, "A policy task's goal is in the portfolio."},
        policy_task_goal},
    RuleEntry{{"ref.program.policy_task", Severity::error, EntityKind::program,
               "Each policy task a program serves is in the portfolio."},
              policy_tasks_served<ExchangeProgram>},
    RuleEntry{{"ref.oda.policy_task", Severity::error, EntityKind::oda,
               "Each policy task an ODA engagement serves is in the portfolio."},
              policy_tasks_served<OdaEngagement>},
    RuleEntry{{"date.office.dissolved_before_formed", Severity::error, EntityKind::office,
               "An office is dissolved on or after the day it is formed."},
              office_dissolved_before_formed},
    RuleEntry{{"date.staffing_fact.outside_office", Severity::warning, EntityKind::staffing_fact,
               "A staffing fact is dated while its office exists (not before formed_on, not after dissolved_on)."},
              staffing_fact_outside_office},
    RuleEntry{{"staffing_fact.count.implausible", Severity::warning, EntityKind::staffing_fact,
               "Teams and staff are at least 1, at most 200 teams and 5000 persons, and no more teams than "
               "persons."},
              staffing_fact_counts},
    RuleEntry{{"staffing_fact.team_names.count", Severity::warning, EntityKind::staffing_fact,
               "A staffing fact that names its teams names as many as its teams count."},
              staffing_fact_team_names},
    RuleEntry{{"staffing_fact.empty", Severity::warning, EntityKind::staffing_fact,
               "A staffing fact gives teams, staff or team names."},
              staffing_fact_empty},
    RuleEntry{{"dup.staffing_fact", Severity::warning, EntityKind::staffing_fact,
               "No two staffing facts share office, date and figures."},
              duplicate_staffing_fact},
    RuleEntry{{"staffing_fact.conflict", Severity::warning, EntityKind::staffing_fact,
               "Two staffing facts of one office whose dates can be the same day give the same figures."},
              staffing_fact_conflict},
    RuleEntry{{"dup.policy_goal.number", Severity::warning, EntityKind::policy_goal,
               "No two goals of one office share a number while their periods can overlap."},
              duplicate_goal_number},
    RuleEntry{{"dup.policy_task.number", Severity::warning, EntityKind::policy_task,
               "No two tasks of one goal share a number."},
              duplicate_task_number},
};

}  // namespace

std::span<const RuleEntry> office_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
