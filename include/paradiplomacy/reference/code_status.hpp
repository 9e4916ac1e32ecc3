// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Whether a code is in force, was withdrawn from its standard, or was never assigned.

#include <paradiplomacy/values/enum_names.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace paradiplomacy::reference {

/// `withdrawn`: the code was once assigned and no longer is; what replaced it is told by
/// find_withdrawn_country() (countries.hpp, ISO 3166-3) and former_subdivision()
/// (former_subdivisions.hpp: "VN-15", now VN-HN).
enum class CodeStatus : std::uint8_t { current, withdrawn, unknown };
constexpr auto enum_names(CodeStatus) noexcept {
    return std::array<std::string_view, 3>{"current", "withdrawn", "unknown"};
}

}  // namespace paradiplomacy::reference
