// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A foreign counterpart: a country, a first-level region of one, or a city.

#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace paradiplomacy {

enum class PartnerLevel : std::uint8_t { country, region, city };
constexpr auto enum_names(PartnerLevel) noexcept {
    return std::array<std::string_view, 3>{"country", "region", "city"};
}

struct Partner {
    PartnerId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};    ///< Stable record id in files ("cn-hebei").
    PartnerLevel level = PartnerLevel::region;
    CountryCode country{"ZZ"};  ///< ISO 3166-1 alpha-2 (ZZ: placeholder until set).
    /// ISO 3166-2 code: required for a region, optional for a city.
    std::optional<SubdivisionCode> region;
    TextId name_en{0};
    TextId name_local{0};        ///< Local or Korean form (UTF-8).
    TextId wikidata{0};          ///< Optional Wikidata QID, mostly for cities.
    bool priority = false;       ///< One of the office's priority partners.
    bool strategic_oda = false;  ///< One of the office's strategic ODA partner countries.
    /// UN M49 sub-region for grouping; 0 means "derive from the country"
    /// (reference::world_region_of).
    std::uint16_t world_region = 0;
    Provenance provenance;

    friend bool operator==(const Partner&, const Partner&) = default;
};

}  // namespace paradiplomacy
