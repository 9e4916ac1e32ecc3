// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/io/twin_towns.hpp>

#include <gtest/gtest.h>

#include <filesystem>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

// The counts below were computed once, independently of this library, by a short Python
// pass over the same file (tests/data/twin-towns/count_pairs.py): csv.reader; each country
// cell mapped by the rules of docs/twin-towns.md, re-implemented in Python over iso-codes'
// JSON (/usr/share/iso-codes/json/iso_3166-1.json, -3.json), data/country-name-variants.csv,
// data/historical-country-names.csv and CLDR's ko.xml, diacritics dropped by Python's NFD;
// a city is (trimmed name, code); a pair is a frozenset of two cities.
// Result: 26114 rows; 24837 distinct pairs; 1215 duplicate rows; 3 self-pairs; 59 rows
// with an unmapped name; none with a historical state; 8 distinct unmapped names; 17194
// cities in kept pairs. (Kosovo's 75 rows map to the user-assigned XK.)
TEST(TwinTownsShared, WikipediaListCounts) {
    const fs::path path = fs::path(PARADIPLOMACY_SHARED_DIR) / "twin-towns" / "twin_cities_raw.csv";
    if (!fs::exists(path)) GTEST_SKIP() << "shared data not found: " << path << " (set PARADIPLOMACY_SHARED_DIR)";
    const pd::TwinTownList list = pd::read_twin_towns(path);
    EXPECT_EQ(list.counts.rows, 26114u);
    EXPECT_EQ(list.counts.pairs, 24837u);
    EXPECT_EQ(list.counts.duplicates, 1215u);
    EXPECT_EQ(list.counts.self_pairs, 3u);
    EXPECT_EQ(list.counts.rows_unmapped, 59u);
    EXPECT_EQ(list.counts.rows_historical, 0u);
    EXPECT_EQ(list.cities.size(), 17194u);
    ASSERT_EQ(list.unmapped.size(), 8u);
    EXPECT_EQ(list.unmapped[0], (pd::UnmappedCountryName{"Northern Cyprus", 48, 18256}));
    EXPECT_EQ(list.unmapped[1], (pd::UnmappedCountryName{"", 5, 4848}));
    EXPECT_TRUE(list.historical.empty());
    std::size_t cells = 0;
    for (const auto& u : list.unmapped) cells += u.count;
    EXPECT_EQ(cells, 59u);  // no row has two unmapped names
    const auto pristina = list.find_city("Pristina", pd::CountryCode("XK"));
    ASSERT_TRUE(pristina);
    EXPECT_EQ(list.pairs_of(*pristina).size(),
              7u);  // count_pairs.py: Bursa, Des Moines, Zagreb, Kaohsiung, Ankara, Namur, Karachi
    EXPECT_TRUE(list.find_city("São Tomé", pd::CountryCode("ST")));

    // A city the list pairs with Gyeonggi-do's Suwon.
    const auto suwon = list.find_city("Suwon", pd::CountryCode("KR"));
    ASSERT_TRUE(suwon);
    const auto p = pd::twin_town_portfolio(list, list.cities[*suwon], pd::SubdivisionCode("KR-41"));
    EXPECT_EQ(p.partners().size(), list.pairs_of(*suwon).size());
    EXPECT_GT(p.partners().size(), 0u);
}
