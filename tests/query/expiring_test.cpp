// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/expiring.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::testing::date;
using pd::testing::day;

namespace {

std::vector<pd::AgreementId> ids(const std::vector<pd::ExpiringAgreement>& v) {
    std::vector<pd::AgreementId> out;
    for (const auto& e : v) out.push_back(e.agreement);
    return out;
}

TEST(Expiring, BritishColumbiaPlanAndItsRenewal) {
    pd::testing::Fixture f;
    const auto bc = f.region("ca-bc", "CA-BC");
    auto plan = f.agreement(bc, AgreementKind::implementation_plan, "2017-03-01");
    plan.validity = pd::Period(date("2017-03-01"), date("2019-12-31"));
    const auto plan_id = f.add(plan);

    const auto window = pd::expiring_within(f.portfolio, day("2019-07-01"), day("2019-12-31"));
    ASSERT_EQ(ids(window.certain), std::vector<pd::AgreementId>{plan_id});
    EXPECT_FALSE(window.certain[0].renewed);
    EXPECT_EQ(window.certain[0].ends, date("2019-12-31"));
    EXPECT_TRUE(pd::expiring_within(f.portfolio, day("2020-01-01"), day("2020-12-31")).certain.empty());

    auto renewal = f.agreement(bc, AgreementKind::renewal, "2020-01-15");
    renewal.validity = pd::Period(date("2020-01-15"), date("2022"));
    renewal.supersedes = plan_id;
    f.add(renewal);
    const auto after = pd::expiring_within(f.portfolio, day("2019-07-01"), day("2019-12-31"));
    ASSERT_EQ(after.certain.size(), 1U);
    EXPECT_TRUE(after.certain[0].renewed);
}

TEST(Expiring, YearOnlyEndIsCertainOnlyWhenTheWindowHoldsTheWholeYear) {
    pd::testing::Fixture f;
    const auto qld = f.region("au-qld", "AU-QLD");
    auto plan = f.agreement(qld, AgreementKind::implementation_plan, "2005");
    plan.validity = pd::Period(date("2005"), date("2006"));
    const auto id = f.add(plan);
    EXPECT_EQ(ids(pd::expiring_within(f.portfolio, day("2006-01-01"), day("2006-12-31")).certain),
              std::vector<pd::AgreementId>{id});
    const auto half = pd::expiring_within(f.portfolio, day("2006-06-01"), day("2007-03-01"));
    EXPECT_TRUE(half.certain.empty());
    EXPECT_EQ(ids(half.possible), std::vector<pd::AgreementId>{id});
    const auto before = pd::expiring_within(f.portfolio, day("2005-01-01"), day("2005-12-31"));
    EXPECT_TRUE(before.certain.empty());
    EXPECT_TRUE(before.possible.empty());
    // A month-only end on either side of the window edge.
    auto month_end = f.agreement(qld, AgreementKind::implementation_plan, "2017");
    month_end.validity = pd::Period(date("2017"), date("2019-06"));
    const auto m = f.add(month_end);
    EXPECT_EQ(ids(pd::expiring_within(f.portfolio, day("2019-06-15"), day("2019-08-01")).possible),
              std::vector<pd::AgreementId>{m});
    EXPECT_EQ(ids(pd::expiring_within(f.portfolio, day("2019-06-01"), day("2019-06-30")).certain),
              std::vector<pd::AgreementId>{m});
    EXPECT_TRUE(pd::expiring_within(f.portfolio, day("2019-07-01"), day("2019-08-01")).possible.empty());
}

TEST(Expiring, SortsByEndFiltersAndRefusesABackwardWindow) {
    pd::testing::Fixture f;
    const auto bc = f.region("ca-bc", "CA-BC");
    const auto va = f.region("us-va", "US-VA");
    auto late = f.agreement(bc, AgreementKind::implementation_plan, "2017");
    late.validity = pd::Period(date("2017"), date("2019-11-30"));
    auto early = f.agreement(va, AgreementKind::economic_cooperation, "2014");
    early.validity = pd::Period(date("2014"), date("2019-02-01"));
    auto open = f.agreement(va, AgreementKind::sister, "1997-04-11");
    const auto late_id = f.add(late);
    const auto early_id = f.add(early);
    f.add(open);
    f.sign(pd::PartnerId(50), AgreementKind::sister, "2000");  // dangling: ignored
    const auto all = pd::expiring_within(f.portfolio, day("2019-01-01"), day("2019-12-31"));
    EXPECT_EQ(ids(all.certain), (std::vector<pd::AgreementId>{early_id, late_id}));
    pd::TieFilter plans;
    plans.tiers = {AgreementKind::implementation_plan};
    EXPECT_EQ(ids(pd::expiring_within(f.portfolio, day("2019-01-01"), day("2019-12-31"), plans).certain),
              std::vector<pd::AgreementId>{late_id});
    pd::TieFilter us;
    us.country = pd::CountryCode("US");
    EXPECT_EQ(ids(pd::expiring_within(f.portfolio, day("2019-01-01"), day("2019-12-31"), us).certain),
              std::vector<pd::AgreementId>{early_id});
    EXPECT_THROW((void)pd::expiring_within(f.portfolio, day("2019-12-31"), day("2019-01-01")), pd::InvalidValue);
}

}  // namespace
