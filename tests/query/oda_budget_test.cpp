// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/oda_budget.hpp>

#include <gtest/gtest.h>

#include <algorithm>

namespace pd = paradiplomacy;
using pd::testing::date;

namespace {

pd::Budget budget(const char* start, const char* end, double amount, const char* currency) {
    return pd::Budget{pd::Period(date(start), date(end)), pd::Money(amount, pd::CurrencyCode(currency))};
}

TEST(OdaBudget, SplitsBySectorKeepsCurrenciesApartAndUsesTheStartYear) {
    pd::testing::Fixture f;
    pd::OdaEngagement smart_class;
    smart_class.recipient = pd::CountryCode("MN");
    smart_class.sectors = {{pd::PurposeCode("11220"), 75.0}, {pd::PurposeCode("22040"), 25.0}};
    smart_class.budgets = {budget("2016-07-01", "2017-06-30", 400.0, "KRW"), budget("2017", "2017", 100.0, "USD")};
    f.add(smart_class);
    pd::OdaEngagement relief;
    relief.recipient = pd::CountryCode("MN");
    relief.budgets = {budget("2016", "2016", 50.0, "KRW")};
    f.add(relief);
    pd::OdaEngagement cancelled;
    cancelled.recipient = pd::CountryCode("MN");
    cancelled.status = pd::OdaStatus::cancelled;
    cancelled.budgets = {budget("2016", "2016", 999.0, "KRW")};
    f.add(cancelled);

    const auto rows = pd::oda_budget(f.portfolio);
    ASSERT_EQ(rows.size(), 5U);
    EXPECT_EQ(rows[0].sector, std::nullopt);
    EXPECT_DOUBLE_EQ(rows[0].amount, 50.0);
    EXPECT_EQ(rows[1].sector, pd::PurposeCode("11220"));
    EXPECT_EQ(rows[1].year, 2016);  // the period starts in 2016 though it ends in 2017
    EXPECT_EQ(rows[1].currency, pd::CurrencyCode("KRW"));
    EXPECT_DOUBLE_EQ(rows[1].amount, 300.0);
    EXPECT_EQ(rows[2].currency, pd::CurrencyCode("USD"));
    EXPECT_DOUBLE_EQ(rows[2].amount, 75.0);
    EXPECT_EQ(rows[3].sector, pd::PurposeCode("22040"));
    EXPECT_DOUBLE_EQ(rows[3].amount, 100.0);

    pd::OdaFilter filter;
    filter.year = 2017;
    EXPECT_EQ(pd::oda_budget(f.portfolio, filter).size(), 2U);
    filter = {};
    filter.exclude_cancelled = false;
    filter.status = pd::OdaStatus::cancelled;
    const auto only_cancelled = pd::oda_budget(f.portfolio, filter);
    ASSERT_EQ(only_cancelled.size(), 1U);
    EXPECT_DOUBLE_EQ(only_cancelled[0].amount, 999.0);
    filter = {};
    filter.recipient = pd::CountryCode("KH");
    EXPECT_TRUE(pd::oda_budget(f.portfolio, filter).empty());
}

TEST(OdaBudget, DividesABudgetAmongRecipientCountriesAndRegions) {
    pd::testing::Fixture f;
    pd::OdaEngagement shared;  // as an IATI activity in two countries and a region above them
    shared.recipient = pd::CountryCode("KH");
    shared.recipient_countries = {{pd::CountryCode("KH"), 60.0}, {pd::CountryCode("MM"), 30.0}};
    shared.recipient_regions = {pd::SupranationalShare{798, pd::RegionVocabulary::oecd_dac, 10.0}};
    shared.budgets = {budget("2020", "2020", 1000.0, "KRW")};
    f.add(shared);
    pd::OdaEngagement regional;  // a region only: recipient "ZZ"
    regional.recipient_regions = {pd::SupranationalShare{998, pd::RegionVocabulary::oecd_dac, 100.0}};
    regional.budgets = {budget("2020", "2020", 50.0, "KRW")};
    f.add(regional);

    const auto rows = pd::oda_budget(f.portfolio);
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[0].recipient, pd::CountryCode("KH"));
    EXPECT_DOUBLE_EQ(rows[0].amount, 600.0);
    EXPECT_EQ(rows[1].recipient, pd::CountryCode("MM"));
    EXPECT_DOUBLE_EQ(rows[1].amount, 300.0);
    EXPECT_EQ(rows[2].recipient, pd::CountryCode("ZZ"));
    EXPECT_DOUBLE_EQ(rows[2].amount, 150.0);
    EXPECT_EQ(rows[2].engagements, 2U);

    pd::OdaFilter only_mm;
    only_mm.recipient = pd::CountryCode("MM");  // selects the share, not the engagement's first country
    const auto mm = pd::oda_budget(f.portfolio, only_mm);
    ASSERT_EQ(mm.size(), 1U);
    EXPECT_DOUBLE_EQ(mm[0].amount, 300.0);

    pd::Partner myanmar;
    myanmar.key = f.portfolio.intern("mm");
    myanmar.level = pd::PartnerLevel::country;
    myanmar.country = pd::CountryCode("MM");
    f.designate(f.add(myanmar), pd::DesignationKind::strategic_oda, "2016");
    const auto strategic = pd::oda_projects_by_strategic_country(f.portfolio);
    const auto it = std::find_if(strategic.begin(), strategic.end(),
                                 [](const auto& s) { return s.country == pd::CountryCode("MM"); });
    ASSERT_NE(it, strategic.end());
    EXPECT_EQ(it->engagements.size(), 1U);  // the shared engagement counts for Myanmar too
}

TEST(OdaBudget, ProjectsPerStrategicCountryIncludeCountriesWithoutProjects) {
    pd::testing::Fixture f;
    f.country("mn", "MN", false, true);
    f.country("kh", "KH", false, true);
    f.country("jp", "JP");
    pd::OdaEngagement a;
    a.recipient = pd::CountryCode("MN");
    const auto a_id = f.add(a);
    pd::OdaEngagement b;
    b.recipient = pd::CountryCode("JP");
    f.add(b);
    const auto rows = pd::oda_projects_by_strategic_country(f.portfolio);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].country, pd::CountryCode("KH"));
    EXPECT_TRUE(rows[0].engagements.empty());
    EXPECT_EQ(rows[1].country, pd::CountryCode("MN"));
    EXPECT_EQ(rows[1].engagements, std::vector<pd::EngagementId>{a_id});
}

}  // namespace
