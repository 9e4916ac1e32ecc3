// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/io/twin_towns.hpp>

#include <gtest/gtest.h>

#include <filesystem>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

// The counts below were computed once, independently of this library, by a short Python
// pass over the same file (tests/data/twin-towns/count_pairs.py): csv.reader; each country
// cell mapped by the rules of docs/twin-towns.md, re-implemented in Python over iso-codes'
// JSON (/usr/share/iso-codes/json/iso_3166-1.json, -3.json), data/country-name-variants.csv
// and CLDR's ko.xml; a city is (trimmed name, code); a pair is a frozenset of two cities.
// Result: 26114 rows; 24762 distinct pairs; 1215 duplicate rows; 3 self-pairs; 134 rows
// with an unmapped name; 9 distinct unmapped names; 17154 cities in kept pairs.
TEST(TwinTownsShared, WikipediaListCounts) {
    const fs::path path = fs::path(PARADIPLOMACY_SHARED_DIR) / "twin-towns" / "twin_cities_raw.csv";
    if (!fs::exists(path)) GTEST_SKIP() << "shared data not found: " << path << " (set PARADIPLOMACY_SHARED_DIR)";
    const pd::TwinTownList list = pd::read_twin_towns(path);
    EXPECT_EQ(list.counts.rows, 26114u);
    EXPECT_EQ(list.counts.pairs, 24762u);
    EXPECT_EQ(list.counts.duplicates, 1215u);
    EXPECT_EQ(list.counts.self_pairs, 3u);
    EXPECT_EQ(list.counts.rows_unmapped, 134u);
    EXPECT_EQ(list.cities.size(), 17154u);
    ASSERT_EQ(list.unmapped.size(), 9u);
    EXPECT_EQ(list.unmapped[0], (pd::UnmappedCountryName{"Kosovo", 75, 8}));
    EXPECT_EQ(list.unmapped[1], (pd::UnmappedCountryName{"Northern Cyprus", 48, 18256}));
    EXPECT_EQ(list.unmapped[2], (pd::UnmappedCountryName{"", 5, 4848}));
    std::size_t cells = 0;
    for (const auto& u : list.unmapped) cells += u.count;
    EXPECT_EQ(cells, 134u);  // no row has two unmapped names

    // A city the list pairs with Gyeonggi-do's Suwon.
    const auto suwon = list.find_city("Suwon", pd::CountryCode("KR"));
    ASSERT_TRUE(suwon);
    const auto p = pd::twin_town_portfolio(list, list.cities[*suwon], pd::SubdivisionCode("KR-41"));
    EXPECT_EQ(p.partners().size(), list.pairs_of(*suwon).size());
    EXPECT_GT(p.partners().size(), 0u);
}
