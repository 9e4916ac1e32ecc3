// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/policy_work.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

namespace paradiplomacy {
namespace {

/// Numbered records first, by number, then the rest, each in ID order.
template <class Record>
auto list_order(const Record& r) {
    return std::tuple(r.number.value_or(std::numeric_limits<std::uint32_t>::max()), !r.number.has_value(),
                      r.id.index());
}

}  // namespace

std::vector<GoalWork> policy_work(const Portfolio& portfolio, std::optional<OfficeId> office) {
    if (office) static_cast<void>(portfolio.at(*office));  // throws NotFound

    std::vector<const PolicyGoal*> goals;
    for (const PolicyGoal& g : portfolio.records<PolicyGoal>())
        if (portfolio.contains(g.office) && (!office || g.office == *office)) goals.push_back(&g);
    std::ranges::sort(goals, [](const PolicyGoal* a, const PolicyGoal* b) {
        return std::tuple(a->office.index(), list_order(*a)) < std::tuple(b->office.index(), list_order(*b));
    });

    // The work serving each task, by the task's ID index.
    std::vector<TaskWork> work(portfolio.records<PolicyTask>().size());
    for (const ExchangeProgram& p : portfolio.programs())
        for (const PolicyTaskId task : p.policy_tasks)
            if (portfolio.contains(task) &&
                (work[task.index()].programs.empty() || work[task.index()].programs.back() != p.id))
                work[task.index()].programs.push_back(p.id);
    for (const OdaEngagement& e : portfolio.engagements())
        for (const PolicyTaskId task : e.policy_tasks)
            if (portfolio.contains(task) &&
                (work[task.index()].engagements.empty() || work[task.index()].engagements.back() != e.id))
                work[task.index()].engagements.push_back(e.id);

    std::vector<GoalWork> out;
    out.reserve(goals.size());
    for (const PolicyGoal* g : goals) {
        GoalWork goal{g->id, {}};
        std::vector<const PolicyTask*> tasks;
        for (const PolicyTask& t : portfolio.records<PolicyTask>())
            if (t.goal == g->id) tasks.push_back(&t);
        std::ranges::sort(tasks,
                          [](const PolicyTask* a, const PolicyTask* b) { return list_order(*a) < list_order(*b); });
        for (const PolicyTask* t : tasks) {
            TaskWork w = std::move(work[t->id.index()]);
            w.task = t->id;
            goal.tasks.push_back(std::move(w));
        }
        out.push_back(std::move(goal));
    }
    return out;
}

}  // namespace paradiplomacy
