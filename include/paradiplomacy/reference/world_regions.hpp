// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// UN M49 regions for grouping partners in reports ("Eastern Asia" within "Asia"),
/// generated at build time from CLDR's territory containment data.

#include <paradiplomacy/values/country_code.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace paradiplomacy::reference {

struct WorldRegion {
    std::uint16_t m49;      ///< 30
    std::string_view name;  ///< "Eastern Asia"
    std::uint16_t parent;   ///< 142 (Asia); 1 (World) for the continents; 0 for World.
};

[[nodiscard]] std::span<const WorldRegion> world_regions() noexcept;
[[nodiscard]] const WorldRegion* find_world_region(std::uint16_t m49) noexcept;
/// The M49 sub-region of a country ("KR" -> Eastern Asia), or nullptr when none.
[[nodiscard]] const WorldRegion* world_region_of(CountryCode country) noexcept;

}  // namespace paradiplomacy::reference
