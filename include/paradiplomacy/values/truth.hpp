// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Three-valued answers. A question about a partial date ("was a tie signed in 1997
/// in force on 1997-06-01?") can be neither true nor false: it is unknown.

#include <cstdint>
#include <string_view>

namespace paradiplomacy {

enum class Truth : std::uint8_t { no, yes, unknown };

[[nodiscard]] constexpr Truth operator&&(Truth a, Truth b) noexcept {
    if (a == Truth::no || b == Truth::no) return Truth::no;
    if (a == Truth::yes && b == Truth::yes) return Truth::yes;
    return Truth::unknown;
}

[[nodiscard]] constexpr Truth operator||(Truth a, Truth b) noexcept {
    if (a == Truth::yes || b == Truth::yes) return Truth::yes;
    if (a == Truth::no && b == Truth::no) return Truth::no;
    return Truth::unknown;
}

[[nodiscard]] constexpr Truth operator!(Truth a) noexcept {
    if (a == Truth::yes) return Truth::no;
    if (a == Truth::no) return Truth::yes;
    return Truth::unknown;
}

/// yes when the condition holds for every possible value, no when for none.
[[nodiscard]] constexpr Truth truth_of(bool holds_for_earliest_case, bool holds_for_latest_case) noexcept {
    if (holds_for_earliest_case && holds_for_latest_case) return Truth::yes;
    if (!holds_for_earliest_case && !holds_for_latest_case) return Truth::no;
    return Truth::unknown;
}

[[nodiscard]] constexpr std::string_view to_string(Truth t) noexcept {
    switch (t) {
        case Truth::no: return "no";
        case Truth::yes: return "yes";
        case Truth::unknown: return "unknown";
    }
    return "unknown";
}

}  // namespace paradiplomacy
