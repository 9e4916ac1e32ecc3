// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/oda_budget.hpp>

#include <gtest/gtest.h>

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
    f.portfolio.add(smart_class);
    pd::OdaEngagement relief;
    relief.recipient = pd::CountryCode("MN");
    relief.budgets = {budget("2016", "2016", 50.0, "KRW")};
    f.portfolio.add(relief);
    pd::OdaEngagement cancelled;
    cancelled.recipient = pd::CountryCode("MN");
    cancelled.status = pd::OdaStatus::cancelled;
    cancelled.budgets = {budget("2016", "2016", 999.0, "KRW")};
    f.portfolio.add(cancelled);

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

TEST(OdaBudget, ProjectsPerStrategicCountryIncludeCountriesWithoutProjects) {
    pd::testing::Fixture f;
    f.country("mn", "MN", false, true);
    f.country("kh", "KH", false, true);
    f.country("jp", "JP");
    pd::OdaEngagement a;
    a.recipient = pd::CountryCode("MN");
    const auto a_id = f.portfolio.add(a);
    pd::OdaEngagement b;
    b.recipient = pd::CountryCode("JP");
    f.portfolio.add(b);
    const auto rows = pd::oda_projects_by_strategic_country(f.portfolio);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].country, pd::CountryCode("KH"));
    EXPECT_TRUE(rows[0].engagements.empty());
    EXPECT_EQ(rows[1].country, pd::CountryCode("MN"));
    EXPECT_EQ(rows[1].engagements, std::vector<pd::EngagementId>{a_id});
}

}  // namespace
