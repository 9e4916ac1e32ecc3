// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "What work serves each of the office's policy tasks?": the policy goals with their
/// tasks, and for each task the exchange programs and ODA engagements that name it in
/// their `policy_tasks`. A task no program or engagement serves is listed with none, so
/// that a report shows the tasks without work as well.

#include <paradiplomacy/model/office.hpp>
#include <paradiplomacy/model/policy_goal.hpp>
#include <paradiplomacy/model/policy_task.hpp>
#include <paradiplomacy/values/id.hpp>

#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// One task and the work that serves it.
struct TaskWork {
    PolicyTaskId task{0};
    std::vector<ProgramId> programs;        ///< Programs naming the task, in ID order.
    std::vector<EngagementId> engagements;  ///< ODA engagements naming the task, in ID order.
    friend bool operator==(const TaskWork&, const TaskWork&) = default;
};

/// One goal and its tasks.
struct GoalWork {
    PolicyGoalId goal{0};
    std::vector<TaskWork> tasks;  ///< By number, unnumbered tasks last, then in ID order.
    friend bool operator==(const GoalWork&, const GoalWork&) = default;
};

/// The goals of `office` (every office when nullopt), by office, then number (unnumbered
/// goals last), then ID. A goal or task whose office or goal is not in the portfolio is
/// left out: validation reports it (ref.policy_goal.office, ref.policy_task.goal). Throws
/// NotFound for an office not in the portfolio.
[[nodiscard]] std::vector<GoalWork> policy_work(const Portfolio& portfolio,
                                                std::optional<OfficeId> office = std::nullopt);

}  // namespace paradiplomacy
