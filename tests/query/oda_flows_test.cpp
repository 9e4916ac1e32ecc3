// SPDX-License-Identifier: Apache-2.0
// Committed and disbursed ODA per recipient, year and currency, split by recipient shares.
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/oda_flows.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;

namespace {

pd::TransactionTotal total(int year, pd::TransactionType type, double amount, const char* currency = "USD") {
    return pd::TransactionTotal{year, type, pd::Money(amount, pd::CurrencyCode(currency)), 1};
}

pd::Portfolio sample() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::OdaEngagement water;
    water.key = p.intern("vn-water");
    water.recipient = pd::CountryCode("VN");
    water.status = pd::OdaStatus::implementation;
    water.recipient_countries = {{pd::CountryCode("VN"), 80.0}, {pd::CountryCode("LA"), 10.0}};
    water.recipient_regions = {{798, pd::RegionVocabulary::oecd_dac, 10.0}};
    water.transactions = {total(2019, pd::TransactionType::outgoing_commitment, 1000.0),
                          total(2019, pd::TransactionType::disbursement, 400.0),
                          total(2020, pd::TransactionType::disbursement, 600.0),
                          total(2020, pd::TransactionType::incoming_funds, 99.0)};
    (void)p.add(water);
    pd::OdaEngagement school;
    school.key = p.intern("mn-school");
    school.recipient = pd::CountryCode("MN");
    school.status = pd::OdaStatus::closed;
    school.transactions = {total(2019, pd::TransactionType::disbursement, 50.0, "KRW"),
                           total(2019, pd::TransactionType::expenditure, 20.0, "KRW")};
    (void)p.add(school);
    pd::OdaEngagement cancelled;
    cancelled.key = p.intern("la-cancelled");
    cancelled.recipient = pd::CountryCode("LA");
    cancelled.status = pd::OdaStatus::cancelled;
    cancelled.transactions = {total(2019, pd::TransactionType::outgoing_commitment, 5000.0)};
    (void)p.add(cancelled);
    return p;
}

TEST(OdaFlows, SplitsTotalsByRecipientShareAndKeepsRegionsUnderZZ) {
    const auto rows = pd::oda_flows(sample());
    ASSERT_EQ(rows.size(), 7U);
    // Sorted by recipient, year, currency.
    EXPECT_EQ(rows[0], (pd::OdaFlowRow{pd::CountryCode("LA"), 2019, pd::CurrencyCode("USD"), 100.0, 40.0, 0.0, 1}));
    EXPECT_EQ(rows[1], (pd::OdaFlowRow{pd::CountryCode("LA"), 2020, pd::CurrencyCode("USD"), 0.0, 60.0, 0.0, 1}));
    EXPECT_EQ(rows[2], (pd::OdaFlowRow{pd::CountryCode("MN"), 2019, pd::CurrencyCode("KRW"), 0.0, 50.0, 20.0, 1}));
    EXPECT_EQ(rows[3], (pd::OdaFlowRow{pd::CountryCode("VN"), 2019, pd::CurrencyCode("USD"), 800.0, 320.0, 0.0, 1}));
    EXPECT_EQ(rows[4], (pd::OdaFlowRow{pd::CountryCode("VN"), 2020, pd::CurrencyCode("USD"), 0.0, 480.0, 0.0, 1}));
    EXPECT_EQ(rows[5].recipient, pd::CountryCode("ZZ"));
    EXPECT_EQ(rows[5].year, 2019);
    EXPECT_DOUBLE_EQ(rows[5].committed, 100.0);
    EXPECT_DOUBLE_EQ(rows[5].disbursed, 40.0);
    EXPECT_EQ(rows[6].recipient, pd::CountryCode("ZZ"));
    EXPECT_DOUBLE_EQ(rows[6].disbursed, 60.0);
}

TEST(OdaFlows, FiltersByRecipientYearAndStatus) {
    const pd::Portfolio p = sample();
    pd::OdaFilter only_vn_2020;
    only_vn_2020.recipient = pd::CountryCode("VN");
    only_vn_2020.year = 2020;
    const auto rows = pd::oda_flows(p, only_vn_2020);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_DOUBLE_EQ(rows[0].disbursed, 480.0);

    pd::OdaFilter with_cancelled;
    with_cancelled.exclude_cancelled = false;
    with_cancelled.recipient = pd::CountryCode("LA");
    with_cancelled.year = 2019;
    const auto la = pd::oda_flows(p, with_cancelled);
    ASSERT_EQ(la.size(), 1U);
    EXPECT_DOUBLE_EQ(la[0].committed, 5100.0);
    EXPECT_EQ(la[0].engagements, 2U);
}

TEST(OdaFlows, AnEngagementWithoutTransactionsGivesNoRow) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::OdaEngagement e;
    e.key = p.intern("plain");
    e.recipient = pd::CountryCode("MN");
    (void)p.add(e);
    EXPECT_TRUE(pd::oda_flows(p).empty());
}

}  // namespace
