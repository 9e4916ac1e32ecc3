// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// ISO 3166-2 subdivisions, generated at build time from the iso-codes data.

#include <paradiplomacy/reference/code_status.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <span>
#include <string_view>

namespace paradiplomacy::reference {

struct Subdivision {
    std::string_view code;         ///< "KR-41"
    std::string_view name;         ///< "Gyeonggido"
    std::string_view type;         ///< "Province", "Prefecture", "State"...
    std::string_view parent;       ///< Code of the enclosing subdivision; empty at the first level.
    std::string_view korean_name;  ///< CLDR's Korean name ("경기도"); may be empty.

    [[nodiscard]] bool is_first_level() const noexcept { return parent.empty(); }
};

/// All subdivisions, sorted by code.
[[nodiscard]] std::span<const Subdivision> subdivisions() noexcept;
/// The subdivisions of one country, sorted by code.
[[nodiscard]] std::span<const Subdivision> subdivisions_of(CountryCode country) noexcept;
[[nodiscard]] const Subdivision* find_subdivision(SubdivisionCode code) noexcept;
/// current; withdrawn for a former code that reference::former_subdivision() knows,
/// with its successors ("VN-15", now VN-HN); unknown otherwise.
[[nodiscard]] CodeStatus subdivision_status(SubdivisionCode code) noexcept;

}  // namespace paradiplomacy::reference
