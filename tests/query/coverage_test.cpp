// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/coverage.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::testing::day;

namespace {

TEST(Coverage, CountsDistinctCountriesAndRegionPartnersPerTier) {
    pd::testing::Fixture f;
    f.sign(f.region("jp-kanagawa", "JP-14"), AgreementKind::sister, "1990-04-24");
    f.sign(f.region("cn-ln", "CN-LN"), AgreementKind::sister, "1993-10-04");
    f.sign(f.region("cn-gd", "CN-GD"), AgreementKind::sister, "2003");
    f.sign(f.city("toluca", "MX"), AgreementKind::sister, "2000-01-01");
    f.sign(f.region("jp-aichi", "JP-23"), AgreementKind::friendship, "2015-11-10");
    f.sign(pd::PartnerId(77), AgreementKind::sister, "1990");  // dangling: skipped

    const auto rows = pd::coverage_by_kind(f.portfolio, day("2003-06-01"));
    ASSERT_EQ(rows.size(), 1U);  // Aichi not yet signed
    EXPECT_EQ(rows[0].kind, AgreementKind::sister);
    EXPECT_EQ(rows[0].countries, (pd::CertainCount{3, 3}));  // JP, CN, MX (Guangdong adds no country)
    EXPECT_EQ(rows[0].regions, (pd::CertainCount{2, 3}));    // Guangdong "2003" only possible
    EXPECT_EQ(rows[0].partners, (pd::CertainCount{3, 4}));

    const auto later = pd::coverage_by_kind(f.portfolio, day("2016-01-01"));
    ASSERT_EQ(later.size(), 2U);
    EXPECT_EQ(later[0].kind, AgreementKind::sister);
    EXPECT_EQ(later[0].regions, (pd::CertainCount{3, 3}));
    EXPECT_EQ(later[1].kind, AgreementKind::friendship);
    EXPECT_EQ(later[1].countries, (pd::CertainCount{1, 1}));

    pd::TieFilter friendship;
    friendship.tiers = {AgreementKind::friendship};
    const auto only = pd::coverage_by_kind(f.portfolio, day("2016-01-01"), friendship);
    ASSERT_EQ(only.size(), 1U);
    EXPECT_EQ(only[0].kind, AgreementKind::friendship);
}

TEST(Coverage, AnUncertainUpgradeCountsAsPossibleForBothTiers) {
    pd::testing::Fixture f;
    const auto sd = f.region("cn-sd", "CN-SD");
    const auto friendship = f.sign(sd, AgreementKind::friendship, "2000-04");
    auto sister = f.agreement(sd, AgreementKind::sister, "2009");
    sister.supersedes = friendship;
    f.add(sister);
    const auto rows = pd::coverage_by_kind(f.portfolio, day("2009-06-01"));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].kind, AgreementKind::sister);
    EXPECT_EQ(rows[0].regions, (pd::CertainCount{0, 1}));
    EXPECT_EQ(rows[1].kind, AgreementKind::friendship);
    EXPECT_EQ(rows[1].regions, (pd::CertainCount{0, 1}));
    EXPECT_TRUE(pd::coverage_by_kind(f.portfolio, day("1999-01-01")).empty());
}

}  // namespace
