// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// One task under a policy goal ("planning and coordination of international events",
/// one of the office's twelve major tasks). Exchange programs and ODA engagements name
/// the tasks they serve (their `policy_tasks`), so that a report can count the work done
/// for each task.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/policy_goal.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct PolicyTaskTag;
using PolicyTaskId = Id<PolicyTaskTag>;

struct PolicyTask {
    PolicyTaskId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};       ///< Stable record id in files ("gg-task-4-1").
    PolicyGoalId goal{0};
    std::optional<std::uint32_t> number;  ///< Its number under the goal; absent when unnumbered.
    TextId title_en{0};
    TextId title_local{0};  ///< Local or Korean form (UTF-8).
    Provenance provenance;

    friend bool operator==(const PolicyTask&, const PolicyTask&) = default;
};

template <>
struct Description<PolicyTask> {
    static constexpr std::string_view name = "policy task";
    static constexpr TableNames table{"policy_tasks", "PolicyTask", "policy_task", "policy_tasks",
                                      "One task under a policy goal, which programs and engagements can serve."};
    static constexpr auto fields = std::tuple{
        field(&PolicyTask::key, {.name = "id",
                                 .doc = "stable record id (\"gg-task-4-1\")",
                                 .required = true,
                                 .csv_aliases = "key|task_id",
                                 .python = "key"}),
        field(&PolicyTask::goal,
              {.name = "goal", .doc = "the policy goal's id", .required = true, .csv_aliases = "goal_id|목표"}),
        field(&PolicyTask::number, {.name = "number", .doc = "its number under the goal", .csv_aliases = "no|번호"}),
        field(&PolicyTask::title_en, {.name = "title_en", .doc = "English title", .csv_aliases = "title|task|과제"}),
        field(&PolicyTask::title_local,
              {.name = "title_local", .doc = "local or Korean title", .csv_aliases = "local_title|korean_title"}),
        inlined(&PolicyTask::provenance),
    };
};

}  // namespace paradiplomacy
