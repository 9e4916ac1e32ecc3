// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Who a delegation or exchange brought, by role and number: "the Vice-Governor, 3
/// officials and 2 interpreters" is three entries of a program's `members`.

#include <paradiplomacy/values/enum_names.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace paradiplomacy {

/// The role of members of a delegation or exchange.
enum class DelegateRole : std::uint8_t {
    governor,        ///< Governor or head of a province-level government.
    vice_governor,   ///< Vice-governor or deputy head.
    mayor,           ///< Mayor or head of a municipality.
    council_member,  ///< Member of a local or regional council.
    official,        ///< Civil servant.
    expert,          ///< Academic, researcher or technical expert.
    business,        ///< Company representative.
    student,         ///< Student or young participant.
    interpreter,
    press,  ///< Journalist or camera crew.
    other,
};
constexpr auto enum_names(DelegateRole) noexcept {
    return std::array<std::string_view, 11>{"governor",    "vice_governor", "mayor",    "council_member",
                                            "official",    "expert",        "business", "student",
                                            "interpreter", "press",         "other"};
}

/// How many members of one role a delegation or exchange had.
struct Delegates {
    DelegateRole role = DelegateRole::official;
    std::uint16_t count = 1;
    friend bool operator==(const Delegates&, const Delegates&) = default;
};

}  // namespace paradiplomacy
