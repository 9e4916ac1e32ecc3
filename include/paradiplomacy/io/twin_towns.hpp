// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Public twin-town lists (city, country, city, country; scraped from Wikipedia), read
/// into undirected, de-duplicated pairs with ISO 3166-1 countries, and turned into a
/// portfolio of one home city's undated sister ties. See docs/twin-towns.md.

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {

/// A city as the list writes it, with its mapped country. Two spellings of one town
/// ("Bérat", "Berat") stay two cities: the reader does not guess at sameness.
struct TwinCity {
    std::string name;
    CountryCode country{"ZZ"};
    friend bool operator==(const TwinCity&, const TwinCity&) = default;
    friend auto operator<=>(const TwinCity&, const TwinCity&) = default;
};

/// One undirected pair: indexes into TwinTownList::cities with first < second.
struct TwinPair {
    std::uint32_t first = 0;
    std::uint32_t second = 0;
    std::size_t line = 0;  ///< Text line of the first row that gave the pair.
    friend bool operator==(const TwinPair&, const TwinPair&) = default;
};

/// A country name no table maps ("Kosovo", "Grece"): reported, never dropped silently.
struct UnmappedCountryName {
    std::string name;        ///< As written ("" for an empty cell).
    std::size_t count = 0;   ///< Cells holding it.
    std::size_t first_line = 0;
    friend bool operator==(const UnmappedCountryName&, const UnmappedCountryName&) = default;
};

/// What happened to the rows: rows == pairs + duplicates + self_pairs + rows_unmapped.
struct TwinTownCounts {
    std::size_t rows = 0;           ///< Data rows read (the header not counted).
    std::size_t pairs = 0;          ///< Distinct undirected pairs kept.
    std::size_t duplicates = 0;     ///< Rows merged into a pair already seen (either direction).
    std::size_t self_pairs = 0;     ///< Rows pairing a city with itself.
    std::size_t rows_unmapped = 0;  ///< Rows left out because a country name did not map.
    friend bool operator==(const TwinTownCounts&, const TwinTownCounts&) = default;
};

struct TwinTownList {
    std::string source;             ///< The file, as given.
    std::vector<TwinCity> cities;   ///< Sorted; every city of a kept pair.
    std::vector<TwinPair> pairs;    ///< In order of first appearance.
    std::vector<UnmappedCountryName> unmapped;  ///< Most frequent first, then by name.
    TwinTownCounts counts;

    /// The index of a city in `cities`, or nullopt.
    [[nodiscard]] std::optional<std::uint32_t> find_city(std::string_view name, CountryCode country) const;
    /// The pairs that touch city `index`.
    [[nodiscard]] std::vector<TwinPair> pairs_of(std::uint32_t index) const;
};

/// Reads a twin-town CSV whose header is city1,country1,city2,country2 (any case).
/// Country names map through country_from_name(). Throws FileError for an unreadable
/// file, invalid UTF-8, malformed CSV, a wrong header or rows with missing cells or
/// empty city names (all such rows listed, the first 20 shown).
[[nodiscard]] TwinTownList read_twin_towns(const std::filesystem::path& path);

/// A portfolio for `home_city`, a city of `list`, holding one city partner and one
/// undated sister agreement (no signing date, not proposed) per twin. Cities have no
/// ISO code, so the home government is coded by the ISO 3166-2 region the city lies in
/// (`home_region`, which must be in the city's country) and named after the city.
/// Records carry the list's file as their source. Throws NotFound when the city is not
/// in the list and InvalidValue when `home_region` is in another country.
[[nodiscard]] Portfolio twin_town_portfolio(const TwinTownList& list, const TwinCity& home_city,
                                            SubdivisionCode home_region);

}  // namespace paradiplomacy
