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

TEST(PriorityGaps, PriorityOnlyCountsOnlyTiesWithPriorityPartners) {
    pd::testing::Fixture f;
    const auto cn = f.country("cn", "CN", true);
    f.country("jp", "JP", true);
    const auto ln = f.region("cn-ln", "CN-LN");              // not a priority
    const auto kanagawa = f.region("jp-14", "JP-14", true);  // a priority
    f.sign(ln, AgreementKind::sister, "1993-10-04");
    f.sign(kanagawa, AgreementKind::sister, "1990-04-01");

    // Any tie in a priority country covers it.
    const auto any = pd::priority_partners_without_tie(f.portfolio, day("2016-06-01"));
    EXPECT_TRUE(any.certain.empty());
    EXPECT_TRUE(any.possible.empty());

    // With priority_only, China's one tie (with Liaoning, not a priority) no longer covers
    // it; Japan stays covered by Kanagawa, a priority region.
    pd::TieFilter priority;
    priority.priority_only = true;
    const auto gaps = pd::priority_partners_without_tie(f.portfolio, day("2016-06-01"), priority);
    EXPECT_EQ(gaps.certain, std::vector<pd::PartnerId>{cn});
    EXPECT_TRUE(gaps.possible.empty());

    // The filter's level narrows the list, not the ties: countries only, and China still
    // is a gap while Kanagawa's tie covers Japan.
    priority.level = pd::PartnerLevel::country;
    EXPECT_EQ(pd::priority_partners_without_tie(f.portfolio, day("2016-06-01"), priority).certain,
              std::vector<pd::PartnerId>{cn});
}

}  // namespace
