// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/ties_by_government.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::testing::day;

namespace {

struct Governments : ::testing::Test {
    pd::testing::Fixture f;
    pd::MunicipalityId suwon = f.municipality("suwon");
    pd::MunicipalityId paju = f.municipality("paju");
    pd::PartnerId hebei = f.region("cn-he", "CN-HE");
    pd::PartnerId jilin = f.region("cn-jl", "CN-JL");
    pd::PartnerId aichi = f.region("jp-23", "JP-23");

    void sign(pd::PartnerId partner, AgreementKind kind, std::string_view on,
              std::optional<pd::MunicipalityId> signatory) {
        pd::Agreement a = f.agreement(partner, kind, on);
        a.signatory = signatory;
        f.add(a);
    }
};

TEST_F(Governments, RowsPerSignatoryCountryAndTierWithCertainAndPossibleTies) {
    sign(hebei, AgreementKind::sister, "2009-06-22", std::nullopt);  // the province's own
    sign(hebei, AgreementKind::sister, "2010-01-05", suwon);
    sign(jilin, AgreementKind::friendship, "2017", suwon);  // possibly in force on 2017-06-30
    sign(aichi, AgreementKind::friendship, "2012-04-01", paju);
    sign(aichi, AgreementKind::sister, "2019-01-01", paju);  // not yet on the day

    const auto rows = pd::ties_by_government(f.portfolio, day("2017-06-30"));
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[0], (pd::GovernmentTieRow{std::nullopt, pd::CountryCode("CN"), AgreementKind::sister, {1, 1}}));
    // Suwon: one sister tie certain; the 2017 friendship possibly.
    EXPECT_EQ(rows[1], (pd::GovernmentTieRow{suwon, pd::CountryCode("CN"), AgreementKind::sister, {1, 1}}));
    EXPECT_EQ(rows[2], (pd::GovernmentTieRow{suwon, pd::CountryCode("CN"), AgreementKind::friendship, {0, 1}}));
    EXPECT_EQ(rows[3], (pd::GovernmentTieRow{paju, pd::CountryCode("JP"), AgreementKind::friendship, {1, 1}}));

    const auto municipal = pd::ties_by_government(f.portfolio, day("2017-06-30"), pd::SignatoryScope::municipalities);
    EXPECT_EQ(municipal.size(), 3U);
    const auto home = pd::ties_by_government(f.portfolio, day("2017-06-30"), pd::SignatoryScope::home_only);
    ASSERT_EQ(home.size(), 1U);
    EXPECT_EQ(home[0].signatory, std::nullopt);

    // After 2019 Paju's tie with Aichi is a sister tie.
    const auto later = pd::ties_by_government(f.portfolio, day("2019-06-30"), pd::SignatoryScope::municipalities);
    ASSERT_EQ(later.size(), 3U);
    EXPECT_EQ(later[2].tier, AgreementKind::sister);
}

TEST_F(Governments, MunicipalTotalsCountTiesCountriesAndMunicipalities) {
    sign(hebei, AgreementKind::sister, "2009-06-22", std::nullopt);  // not a municipality's
    sign(hebei, AgreementKind::sister, "2010-01-05", suwon);
    sign(jilin, AgreementKind::friendship, "2017", suwon);
    sign(aichi, AgreementKind::friendship, "2017", paju);

    const auto totals = pd::municipal_tie_totals(f.portfolio, day("2017-06-30"));
    EXPECT_EQ(totals.ties, (pd::CertainCount{1, 3}));
    EXPECT_EQ(totals.countries, (pd::CertainCount{1, 2}));
    EXPECT_EQ(totals.municipalities, (pd::CertainCount{1, 2}));
    EXPECT_EQ(pd::municipal_tie_totals(f.portfolio, day("2008-01-01")), pd::MunicipalTieTotals{});
}

TEST_F(Governments, OneWalkOfTheTiesServesBothRollUps) {
    sign(hebei, AgreementKind::sister, "2009-06-22", std::nullopt);
    sign(hebei, AgreementKind::sister, "2010-01-05", suwon);
    sign(jilin, AgreementKind::friendship, "2017", suwon);
    sign(aichi, AgreementKind::friendship, "2017", paju);
    const pd::Day on = day("2017-06-30");
    pd::TieFilter every_signatory;
    every_signatory.scope = pd::SignatoryScope::all;
    const pd::InForce ties = pd::ties_in_force(f.portfolio, on, every_signatory);
    EXPECT_EQ(pd::ties_by_government(f.portfolio, ties), pd::ties_by_government(f.portfolio, on));
    // The home government's tie among them is left out of the municipalities' totals.
    EXPECT_EQ(pd::municipal_tie_totals(f.portfolio, ties), pd::municipal_tie_totals(f.portfolio, on));
    EXPECT_EQ(pd::municipal_tie_totals(f.portfolio, ties).ties, (pd::CertainCount{1, 3}));
}

TEST_F(Governments, ATieWithAMissingPartnerIsLeftOut) {
    sign(hebei, AgreementKind::sister, "2010-01-05", suwon);
    sign(pd::PartnerId(99), AgreementKind::sister, "2010-01-05", suwon);  // validation reports it
    const auto rows = pd::ties_by_government(f.portfolio, day("2017-06-30"));
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0], (pd::GovernmentTieRow{suwon, pd::CountryCode("CN"), AgreementKind::sister, {1, 1}}));
    EXPECT_EQ(pd::municipal_tie_totals(f.portfolio, day("2017-06-30")).ties, (pd::CertainCount{1, 1}));
}

}  // namespace
