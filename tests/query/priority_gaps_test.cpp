// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/priority_gaps.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::testing::day;

namespace {

TEST(PriorityGaps, CountryCoveredByAnyTieInItAndUncertainTiesArePossible) {
    pd::testing::Fixture f;
    const auto cn = f.country("cn", "CN", true);
    const auto tw = f.country("tw", "TW", true);
    const auto fr = f.country("fr", "FR", true);
    const auto by = f.region("de-by", "DE-BY", true);
    const auto ln = f.region("cn-ln", "CN-LN");
    const auto idf = f.region("fr-idf", "FR-IDF");
    f.region("us-ny", "US-NY");  // not a priority: never listed
    f.sign(ln, AgreementKind::sister, "1993-10-04");
    f.sign(idf, AgreementKind::intent, "2016");
    f.sign(by, AgreementKind::intent, "");  // undated: possibly in force

    const auto gaps = pd::priority_partners_without_tie(f.portfolio, day("2016-06-01"));
    EXPECT_EQ(gaps.certain, std::vector<pd::PartnerId>{tw});
    EXPECT_EQ(gaps.possible, (std::vector<pd::PartnerId>{fr, by}));
    const auto later = pd::priority_partners_without_tie(f.portfolio, day("2017-01-01"));
    EXPECT_EQ(later.possible, std::vector<pd::PartnerId>{by});
    pd::TieFilter regions;
    regions.level = pd::PartnerLevel::region;
    EXPECT_TRUE(pd::priority_partners_without_tie(f.portfolio, day("2017-01-01"), regions).certain.empty());
    (void)cn;
}

}  // namespace
