// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The catalogue of validation rules. Each rule has a stable dotted id
/// ("area.subject.problem"), one severity and a one-line summary; ids are never
/// reused or renamed, so that reports and suppressions keep meaning the same thing.
/// docs/validation-rules.md lists the same rules (a test keeps the two in step).

#include <paradiplomacy/validation/finding.hpp>

#include <span>
#include <string_view>

namespace paradiplomacy {

struct RuleInfo {
    std::string_view id;
    Severity severity;
    EntityKind entity;  ///< The kind of record the rule reports on.
    std::string_view summary;
    friend constexpr bool operator==(const RuleInfo&, const RuleInfo&) = default;
};

/// Every rule, in the order validate() runs them.
[[nodiscard]] std::span<const RuleInfo> rules() noexcept;
/// The rule with this id, or nullptr.
[[nodiscard]] const RuleInfo* find_rule(std::string_view id) noexcept;

}  // namespace paradiplomacy
