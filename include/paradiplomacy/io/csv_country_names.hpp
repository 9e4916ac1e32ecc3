// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Country names as spreadsheets and public lists write them ("Russia", "England",
/// "Georgia (country)", "중국"), mapped to ISO 3166-1 alpha-2. Used by the CSV importer
/// for its country column and by the twin-town reader.

#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace paradiplomacy {

/// Which table recognised a name.
enum class CountryNameSource : std::uint8_t {
    code,           ///< The text is a current alpha-2 code ("KR").
    iso_codes,      ///< iso-codes' name, official name or common name ("Korea, Republic of", "South Korea").
    variant,        ///< data/country-name-variants.csv ("Russia", "England"); each row says why.
    korean,         ///< CLDR's Korean name ("중국", "미국").
    withdrawn,      ///< An ISO 3166-3 withdrawn country's name ("Netherlands Antilles"): a withdrawn code.
    user_assigned,  ///< A variant row giving a user-assigned code, not ISO 3166-1 ("Kosovo" -> XK).
};
constexpr auto enum_names(CountryNameSource) noexcept {
    return std::array<std::string_view, 6>{"code", "iso_codes", "variant", "korean", "withdrawn", "user_assigned"};
}

struct CountryNameMatch {
    CountryCode code;
    CountryNameSource source;
    /// True when only one part of "Part, Country" matched ("Brandenburg, Germany" -> DE,
    /// "Réunion, France" -> RE: the part before the comma wins when it is a country).
    bool from_part = false;
    friend bool operator==(const CountryNameMatch&, const CountryNameMatch&) = default;
};

/// The country a name stands for, or nullopt. Matching ignores ASCII case, surrounding
/// spaces, repeated inner spaces and diacritics ("Sao Tomé and Príncipe" is ST, as is
/// "São Tomé"); it does not guess at misspellings ("Grece").
[[nodiscard]] std::optional<CountryNameMatch> country_from_name(std::string_view name);

/// True when `name` is a state that no longer exists and has no code ("Kingdom of
/// Hungary", "Prussia"; data/historical-country-names.csv), matched as country_from_name()
/// matches. Such names are no misspelling: readers report them apart from unknown names.
[[nodiscard]] bool is_historical_country_name(std::string_view name);

}  // namespace paradiplomacy
