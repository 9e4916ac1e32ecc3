// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// One problem found in a portfolio, as data: which rule, how serious, which record
/// and field, and a message that says what is wrong and what to do about it.

#include <paradiplomacy/values/enum_names.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace paradiplomacy {

/// error: the data is wrong and a strict load refuses it; warning: probably wrong or
/// incomplete, worth a look; info: a fact the reader should know (e.g. a check that
/// could not be made).
enum class Severity : std::uint8_t { error, warning, info };
constexpr auto enum_names(Severity) noexcept { return std::array<std::string_view, 3>{"error", "warning", "info"}; }

/// The kinds of record a finding can be about.
enum class EntityKind : std::uint8_t {
    home,
    municipality,
    partner,
    agreement,
    program,
    oda,
    organisation,
    designation,
    office,
    staffing_fact,
    policy_goal,
    policy_task,
    linguist,
    document,
    envelope,
    money_line,
    result,
    indicator,
    indicator_period,
};
constexpr auto enum_names(EntityKind) noexcept {
    return std::array<std::string_view, 19>{
        "home",        "municipality", "partner",       "agreement",   "program",         "oda",      "organisation",
        "designation", "office",       "staffing_fact", "policy_goal", "policy_task",     "linguist", "document",
        "envelope",    "money_line",   "result",        "indicator",   "indicator_period"};
}

/// Names one record: its kind, its ID index in the portfolio's table for that kind
/// (0 for the home government) and its record key ("cn-hebei"; the ISO code for home).
struct EntityRef {
    EntityKind kind = EntityKind::home;
    std::uint32_t index = 0;
    std::string key;
    friend bool operator==(const EntityRef&, const EntityRef&) = default;
};

struct Finding {
    std::string rule;  ///< Stable rule id from the catalogue ("ref.agreement.partner").
    Severity severity = Severity::error;
    EntityRef entity;
    std::string field;  ///< The field at fault ("signed_on", "sectors[1].percentage").
    std::string message;
    friend bool operator==(const Finding&, const Finding&) = default;
};

/// "error ref.agreement.partner: agreement "gg-hebei" (#3) field partner: ..." for logs
/// and exception messages.
[[nodiscard]] std::string to_string(const Finding& finding);

}  // namespace paradiplomacy
