// SPDX-License-Identifier: Apache-2.0
// Fuzzes the twin-town list reader (read_twin_towns): any input is refused with a
// FileError or gives a list whose counts add up and whose pairs point at its cities; the
// portfolio of a Korean city of the list (home region KR-41) round-trips and is queried.
#include "fuzz_exercise.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/twin_towns.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace pd = paradiplomacy;
    const auto path = pd::fuzz::scratch_file("twin-towns.csv", pd::fuzz::as_text(data, size));
    std::optional<pd::TwinTownList> list;
    try {
        list.emplace(pd::read_twin_towns(path));
    } catch (const pd::FileError&) {
        return 0;
    }
    const pd::TwinTownCounts& c = list->counts;
    pd::fuzz::require(c.rows == c.pairs + c.duplicates + c.self_pairs + c.rows_unmapped + c.rows_historical,
                      "the row counts do not add up");
    pd::fuzz::require(c.pairs == list->pairs.size(), "counts.pairs is not the number of pairs");
    pd::fuzz::require(std::is_sorted(list->cities.begin(), list->cities.end()), "the cities are not sorted");
    for (const pd::TwinPair& pair : list->pairs)
        pd::fuzz::require(pair.first < pair.second && pair.second < list->cities.size(),
                          "a pair points outside the cities");
    for (std::uint32_t i = 0; i < list->cities.size(); ++i) {
        const pd::TwinCity& city = list->cities[i];
        // Cities of one name and country told apart by Wikidata items: find_city gives the first.
        const auto named = list->cities_named(city.name, city.country);
        pd::fuzz::require(std::find(named.begin(), named.end(), i) != named.end(), "cities_named misses a listed city");
        pd::fuzz::require(list->find_city(city.name, city.country) == named.front(), "find_city is not the first");
        if (!city.wikidata.empty())
            pd::fuzz::require(list->find_wikidata(city.wikidata).has_value(), "find_wikidata misses a listed item");
        if (city.country != pd::CountryCode("KR")) continue;
        pd::fuzz::exercise(pd::twin_town_portfolio(*list, city, pd::SubdivisionCode("KR-41")));
        break;  // one home city per input keeps the runs fast
    }
    return 0;
}
