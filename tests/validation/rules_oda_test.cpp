// SPDX-License-Identifier: Apache-2.0
// Rules on ODA engagements (oda.*).

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

template <class Edit>
ValidationReport with_engagement(Edit edit) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    edit(e);
    c.p.replace(e);
    return c.run();
}

TEST(OdaRules, SectorsSumTo100) {
    const auto r = with_engagement([](OdaEngagement& e) { e.sectors[1].percentage = 30.0; });
    ASSERT_TRUE(only(r, "oda.sectors.sum"));
    EXPECT_EQ(single(r).field, "sectors");
    EXPECT_NE(single(r).message.find("sum to 90"), std::string::npos) << single(r).message;
    // Thirds add up to 100 once rounded to four decimals.
    EXPECT_TRUE(with_engagement([](OdaEngagement& e) {
                    e.sectors = {SectorShare{PurposeCode("11220"), 33.33333},
                                 SectorShare{PurposeCode("11330"), 33.33333},
                                 SectorShare{PurposeCode("11110"), 33.33334}};
                }).empty());
    EXPECT_FALSE(with_engagement([](OdaEngagement& e) { e.sectors[1].percentage = 40.001; }).empty());
    EXPECT_TRUE(with_engagement([](OdaEngagement& e) { e.sectors.clear(); }).empty());
}

TEST(OdaRules, RegionsSumTo100WhenGiven) {
    const auto r = with_engagement([](OdaEngagement& e) { e.regions[0].percentage = 80.0; });
    ASSERT_TRUE(only(r, "oda.regions.sum"));
    EXPECT_EQ(single(r).field, "regions");
    EXPECT_TRUE(with_engagement([](OdaEngagement& e) { e.regions.clear(); }).empty());
}

TEST(OdaRules, NegativePercentage) {
    const auto r = with_engagement([](OdaEngagement& e) {
        e.sectors[0].percentage = 110.0;
        e.sectors[1].percentage = -10.0;
    });
    ASSERT_TRUE(only(r, "oda.percentage.negative"));
    EXPECT_EQ(single(r).field, "sectors[1].percentage");
}

TEST(OdaRules, BudgetPartialDate) {
    const auto r = with_engagement([](OdaEngagement& e) { e.budgets[0].period = Period(date("2024"), date("2024")); });
    ASSERT_TRUE(only(r, "oda.budget.partial_date"));
    EXPECT_EQ(single(r).field, "budgets[0].period");
    EXPECT_NE(single(r).message.find("full date"), std::string::npos);
    const auto open = with_engagement([](OdaEngagement& e) { e.budgets[0].period = Period(date("2024-01-01")); });
    ASSERT_TRUE(only(open, "oda.budget.partial_date"));
    EXPECT_NE(single(open).message.find("no end"), std::string::npos);
}

TEST(OdaRules, BudgetAtMostOneYear) {
    const auto r =
        with_engagement([](OdaEngagement& e) { e.budgets[0].period = Period(date("2024-01-01"), date("2025-01-01")); });
    ASSERT_TRUE(only(r, "oda.budget.too_long"));
    EXPECT_EQ(single(r).field, "budgets[0].period");
    // A leap year's 366 days are one year.
    EXPECT_TRUE(with_engagement([](OdaEngagement& e) {
                    e.budgets[0].period = Period(date("2024-03-01"), date("2025-02-28"));
                }).empty());
}

TEST(OdaRules, BudgetAtMostOneYearAtTheCalendarsEnds) {
    // A year after a start in 9999 is past the calendar: the rule must answer, not throw.
    const auto has_too_long = [](const ValidationReport& r) {
        for (const Finding& f : r.findings())
            if (f.rule == "oda.budget.too_long") return true;
        return false;
    };
    EXPECT_FALSE(has_too_long(with_engagement(
        [](OdaEngagement& e) { e.budgets[0].period = Period(date("9999-01-01"), date("9999-12-31")); })));
    EXPECT_TRUE(has_too_long(with_engagement(
        [](OdaEngagement& e) { e.budgets[0].period = Period(date("9998-12-31"), date("9999-12-31")); })));
    EXPECT_FALSE(has_too_long(with_engagement(
        [](OdaEngagement& e) { e.budgets[0].period = Period(date("1400-01-01"), date("1400-12-31")); })));
}

TEST(OdaRules, BudgetNegative) {
    const auto r = with_engagement([](OdaEngagement& e) { e.budgets[0].value = Money(-1.0, CurrencyCode("KRW")); });
    ASSERT_TRUE(only(r, "oda.budget.negative"));
    EXPECT_EQ(single(r).field, "budgets[0].value");
    EXPECT_TRUE(
        with_engagement([](OdaEngagement& e) { e.budgets[0].value = Money(0.0, CurrencyCode("KRW")); }).empty());
}

// Russia (Primorye) in 2024: a covered year, not on the list.
TEST(OdaRules, RecipientNotOnDacList) {
    Clean c;
    const PartnerId primorye =
        c.p.add(c.partner("ru-primorye", PartnerLevel::region, "RU", "RU-PRI", "Primorsky Krai"));
    OdaEngagement e = c.get(c.smart_class);
    e.recipient = CountryCode("RU");
    e.recipient_partner = primorye;
    e.regions = {RegionShare{SubdivisionCode("RU-PRI"), 100.0}};
    c.p.replace(e);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "oda.recipient.not_on_dac_list"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_EQ(single(r).field, "recipient");
    EXPECT_NE(single(r).message.find("for 2024, 2025"), std::string::npos) << single(r).message;
}

TEST(OdaRules, NoShippedListForTheYearsIsSaidNotGuessed) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.recipient = CountryCode("RU");
    e.recipient_partner.reset();
    e.regions.clear();
    e.budgets.clear();
    e.planned_start = date("2015-01");
    e.planned_end = date("2015-12");
    e.actual_start.reset();
    c.p.replace(e);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "oda.recipient.no_dac_list"));
    EXPECT_EQ(single(r).severity, Severity::info);
    EXPECT_NE(single(r).message.find("2015"), std::string::npos);
    EXPECT_NE(single(r).message.find("2024-2025"), std::string::npos);

    // Years on both sides of the shipped list: one info for 2023, nothing for 2024 (listed).
    e.recipient = CountryCode("MN");
    e.planned_start = date("2023-06-01");
    e.planned_end = date("2024-05-31");
    c.p.replace(e);
    const auto mixed = c.run();
    ASSERT_TRUE(only(mixed, "oda.recipient.no_dac_list"));
    EXPECT_NE(single(mixed).message.find("covers 2023 "), std::string::npos) << single(mixed).message;
}

TEST(OdaRules, RecipientPartnerCountry) {
    const auto r = with_engagement([](OdaEngagement& e) { e.recipient_partner = PartnerId(0); });  // Liaoning, CN
    ASSERT_TRUE(only(r, "oda.recipient_partner.country"));
    EXPECT_EQ(single(r).field, "recipient_partner");
    EXPECT_NE(single(r).message.find("cn-liaoning"), std::string::npos);
}

}  // namespace
}  // namespace paradiplomacy::test
