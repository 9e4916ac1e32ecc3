// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Public twin-town lists (city, country, city, country: scraped from Wikipedia, or a
/// Wikidata query's export with item IDs), read into undirected, de-duplicated pairs with
/// ISO 3166-1 countries, and turned into a portfolio of one home city's undated sister
/// ties. See docs/twin-towns.md.

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {

/// A city as the list writes it, with its mapped country and, when the list gives it, its
/// Wikidata item. Two spellings of one town ("Bérat", "Berat") stay two cities: the reader
/// does not guess at sameness; two towns of one name and country with different items stay
/// two cities too.
struct TwinCity {
    std::string name;
    CountryCode country{"ZZ"};
    std::string wikidata{};  ///< "Q64", or "" when the list has no item column.
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

/// A country name no table maps ("Northern Cyprus", "Grece"), or a historical state's
/// ("Kingdom of Hungary"): reported, never dropped silently.
struct UnmappedCountryName {
    std::string name;       ///< As written ("" for an empty cell).
    std::size_t count = 0;  ///< Cells holding it.
    std::size_t first_line = 0;
    friend bool operator==(const UnmappedCountryName&, const UnmappedCountryName&) = default;
};

/// What happened to the rows:
/// rows == pairs + duplicates + self_pairs + rows_unmapped + rows_historical.
struct TwinTownCounts {
    std::size_t rows = 0;             ///< Data rows read (the header not counted).
    std::size_t pairs = 0;            ///< Distinct undirected pairs kept.
    std::size_t duplicates = 0;       ///< Rows merged into a pair already seen (either direction).
    std::size_t self_pairs = 0;       ///< Rows pairing a city with itself.
    std::size_t rows_unmapped = 0;    ///< Rows left out because a country name is unknown.
    std::size_t rows_historical = 0;  ///< Rows left out because a country is a historical state (and none unknown).
    friend bool operator==(const TwinTownCounts&, const TwinTownCounts&) = default;
};

/// The header cells that hold each field, matched ignoring ASCII case and surrounding
/// spaces; other columns are ignored. The defaults are the Wikipedia list's own header.
struct TwinTownColumns {
    std::string city1 = "city1";
    std::string country1 = "country1";
    std::string city2 = "city2";
    std::string country2 = "country2";
    /// The Wikidata item of each city ("Q64" or "http://www.wikidata.org/entity/Q64"); "" for none.
    std::string city1_qid;
    std::string city2_qid;
    friend bool operator==(const TwinTownColumns&, const TwinTownColumns&) = default;
};

struct TwinTownReadOptions {
    /// nullopt: the header must hold city1, country1, city2 and country2, and city1_qid and
    /// city2_qid are read when it holds them too.
    std::optional<TwinTownColumns> columns;
    /// ',', ';', '\t' or '|'; nullopt: sniffed, the one the header line holds most of (',' if none).
    std::optional<char> delimiter;
    /// Called with the bytes parsed and the file's size every 256 KiB and at the end; an
    /// exception it throws ends the read.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

struct TwinTownList {
    std::string source;                           ///< The file, as given.
    char delimiter = ',';                         ///< The delimiter read with (given or sniffed).
    TwinTownColumns columns;                      ///< The columns read (qid columns "" when absent).
    std::vector<TwinCity> cities;                 ///< Sorted; every city of a kept pair.
    std::vector<TwinPair> pairs;                  ///< In order of first appearance.
    std::vector<UnmappedCountryName> unmapped;    ///< Unknown names, most frequent first, then by name.
    std::vector<UnmappedCountryName> historical;  ///< Historical states' names, in the same order.
    TwinTownCounts counts;

    /// The index of the city of that name and country in `cities`, or nullopt; when Wikidata
    /// items tell several apart, the first (see cities_named()).
    [[nodiscard]] std::optional<std::uint32_t> find_city(std::string_view name, CountryCode country) const;
    /// The indexes of every city of that name and country (several only when items tell them apart).
    [[nodiscard]] std::vector<std::uint32_t> cities_named(std::string_view name, CountryCode country) const;
    /// The index of the city with Wikidata item `qid` ("Q64"), or nullopt.
    [[nodiscard]] std::optional<std::uint32_t> find_wikidata(std::string_view qid) const;
    /// The pairs that touch city `index`.
    [[nodiscard]] std::vector<TwinPair> pairs_of(std::uint32_t index) const;
};

/// Reads a twin-town list: a UTF-8 CSV, semicolon- or tab-separated file whose header
/// names the columns of `options.columns`. Country names map through country_from_name();
/// historical states' names (is_historical_country_name()) are counted apart from unknown
/// names. Throws FileError for an unreadable file, invalid UTF-8, malformed CSV, a header
/// without the columns (saying what it found: delimiter, column count, cells) or rows with
/// missing cells, empty city names or malformed Wikidata items (all such rows listed, the
/// first 20 shown); InvalidValue for a delimiter outside ',', ';', tab, '|' or a mapping
/// that names one column for two fields.
[[nodiscard]] TwinTownList read_twin_towns(const std::filesystem::path& path, const TwinTownReadOptions& options = {});

/// "Q64" from "Q64", "http://www.wikidata.org/entity/Q64" (or https, or in <>), else nullopt.
[[nodiscard]] std::optional<std::string> wikidata_item(std::string_view text);

/// A portfolio for `home_city`, a city of `list`, holding one city partner and one
/// undated sister agreement (no signing date, not proposed) per twin. Cities have no
/// ISO code, so the home government is coded by the ISO 3166-2 region the city lies in
/// (`home_region`, which must be in the city's country) and named after the city.
/// Records carry the list's file as their source. Throws NotFound when the city is not
/// in the list and InvalidValue when `home_region` is in another country.
[[nodiscard]] Portfolio twin_town_portfolio(const TwinTownList& list, const TwinCity& home_city,
                                            SubdivisionCode home_region);

}  // namespace paradiplomacy
