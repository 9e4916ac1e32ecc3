// SPDX-License-Identifier: Apache-2.0
// The entity structs: their defaults, which the file format relies on ("a missing
// member is the default"), and their member-wise equality.
#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/model/partner.hpp>
#include <paradiplomacy/model/provenance.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;

TEST(Records, PartnerDefaults) {
    const pd::Partner p;
    EXPECT_EQ(p.level, pd::PartnerLevel::region);
    EXPECT_EQ(p.country, pd::CountryCode("ZZ"));
    EXPECT_FALSE(p.region.has_value());
    EXPECT_TRUE(p.languages.empty());
    EXPECT_EQ(p.world_region, 0);
    EXPECT_EQ(p.provenance, pd::Provenance{});
}

TEST(Records, AgreementDefaults) {
    const pd::Agreement a;
    EXPECT_EQ(a.kind, pd::AgreementKind::other);
    EXPECT_FALSE(a.signed_on.has_value());
    EXPECT_FALSE(a.proposed);
    EXPECT_FALSE(a.validity.has_value());
    EXPECT_FALSE(a.supersedes.has_value());
    EXPECT_FALSE(a.signatory.has_value());
    EXPECT_EQ(a.council_approval, pd::CouncilApproval::unknown);
    EXPECT_TRUE(a.fields.empty());
}

TEST(Records, ProgramAndEngagementDefaults) {
    const pd::ExchangeProgram p;
    EXPECT_EQ(p.kind, pd::ProgramKind::other);
    EXPECT_EQ(p.direction, pd::Direction::both);
    EXPECT_FALSE(p.headcount.has_value());
    EXPECT_TRUE(p.partners.empty());

    const pd::OdaEngagement e;
    EXPECT_EQ(e.status, pd::OdaStatus::pipeline);
    EXPECT_EQ(e.recipient, pd::CountryCode("ZZ"));
    EXPECT_TRUE(e.budgets.empty());
    EXPECT_FALSE(e.brand_project);
}

TEST(Records, EqualityIsMemberWise) {
    pd::Agreement a;
    a.kind = pd::AgreementKind::sister;
    a.signed_on = pd::PartialDate::parse("2009-06-22");
    pd::Agreement b = a;
    EXPECT_EQ(a, b);
    b.provenance.uncertain = true;
    EXPECT_NE(a, b);
    b = a;
    b.fields.push_back(pd::TextId(3));
    EXPECT_NE(a, b);

    pd::OdaEngagement e;
    e.budgets.push_back(
        pd::Budget{pd::Period(pd::PartialDate::of_year(2016)), pd::Money(900'000'000.0, pd::CurrencyCode("KRW"))});
    pd::OdaEngagement f = e;
    EXPECT_EQ(e, f);
    f.budgets.front().value = pd::Money(1.0, pd::CurrencyCode("KRW"));
    EXPECT_NE(e, f);

    const pd::HomeGovernment home{pd::SubdivisionCode("KR-41"), pd::TextId(1), pd::TextId(2)};
    EXPECT_EQ(home, (pd::HomeGovernment{pd::SubdivisionCode("KR-41"), pd::TextId(1), pd::TextId(2)}));
    EXPECT_NE(home, (pd::HomeGovernment{pd::SubdivisionCode("KR-11"), pd::TextId(1), pd::TextId(2)}));
}
