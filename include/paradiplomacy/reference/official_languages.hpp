// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The languages each country's government recognises, with the share of its people who
/// speak them, generated at build time from CLDR's territory information
/// (supplementalData.xml, `<territoryInfo>`; tools/generate_reference_tables.py).
///
/// A country's official languages are those CLDR marks `official` or `de_facto_official`
/// (English in the United States, which has no official language by law). Languages marked
/// `official_regional` are official in some of the country's regions only, and CLDR does
/// not say which: they are listed by country_languages() but are not among a country's
/// official_languages(), so a region is never given a language of another region.

#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace paradiplomacy::reference {

/// CLDR's officialStatus of a language in a country.
enum class LanguageStatus : std::uint8_t { official, de_facto_official, official_regional };
constexpr auto enum_names(LanguageStatus) noexcept {
    return std::array<std::string_view, 3>{"official", "de_facto_official", "official_regional"};
}

struct CountryLanguage {
    std::string_view country;  ///< ISO 3166-1 alpha-2 ("CH").
    std::string_view tag;      ///< BCP 47 language tag ("de", "zh-Hant"); CLDR writes "zh_Hant".
    LanguageStatus status;
    /// Per cent of the country's people who speak it, CLDR's estimate (over 100 % in all
    /// a country's languages together, as many people speak several).
    double population_percent;
};

/// The languages with an official status in `country` (any of the three), most spoken
/// first; empty for a code CLDR gives none for.
[[nodiscard]] std::span<const CountryLanguage> country_languages(CountryCode country) noexcept;

/// The BCP 47 tags of `country`'s official and de facto official languages, most spoken
/// first ("CH": de, gsw, fr, it; "JP": ja); empty when CLDR names none (AQ, or an unknown code).
[[nodiscard]] std::vector<std::string_view> official_languages(CountryCode country);

}  // namespace paradiplomacy::reference
