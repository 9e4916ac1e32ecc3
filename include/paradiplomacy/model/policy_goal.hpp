// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// One of an office's policy goals ("To conduct Gyeonggi-do's projects of official
/// development assistance", the fourth of five). Its tasks are PolicyTask records
/// (model/policy_task.hpp).

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/office.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/period.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct PolicyGoalTag;
using PolicyGoalId = Id<PolicyGoalTag>;

struct PolicyGoal {
    PolicyGoalId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};       ///< Stable record id in files ("gg-goal-4").
    OfficeId office{0};
    std::optional<std::uint32_t> number;  ///< Its number in the office's list (4); absent when unnumbered.
    TextId title_en{0};
    TextId title_local{0};         ///< Local or Korean form (UTF-8).
    std::optional<Period> period;  ///< The years the goal was set for; absent when the source does not say.
    Provenance provenance;

    friend bool operator==(const PolicyGoal&, const PolicyGoal&) = default;
};

template <>
struct Description<PolicyGoal> {
    static constexpr std::string_view name = "policy goal";
    static constexpr TableNames table{"policy_goals", "PolicyGoal", "policy_goal", "policy_goals",
                                      "One of an office's policy goals, with its number and title."};
    static constexpr auto fields = std::tuple{
        field(&PolicyGoal::key, {.name = "id",
                                 .doc = "stable record id (\"gg-goal-4\")",
                                 .required = true,
                                 .csv_aliases = "key|goal_id",
                                 .python = "key"}),
        field(&PolicyGoal::office,
              {.name = "office", .doc = "the office's id", .required = true, .csv_aliases = "office_id|부서"}),
        field(&PolicyGoal::number,
              {.name = "number", .doc = "its number in the office's list of goals", .csv_aliases = "no|번호"}),
        field(&PolicyGoal::title_en, {.name = "title_en", .doc = "English title", .csv_aliases = "title|goal|목표"}),
        field(&PolicyGoal::title_local,
              {.name = "title_local", .doc = "local or Korean title", .csv_aliases = "local_title|korean_title"}),
        field(&PolicyGoal::period, {.name = "period",
                                    .doc = "the years the goal was set for",
                                    .csv_aliases = "start|from|시작",
                                    .csv_end_aliases = "end|to|종료"}),
        inlined(&PolicyGoal::provenance),
    };
};

}  // namespace paradiplomacy
