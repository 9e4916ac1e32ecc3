// SPDX-License-Identifier: Apache-2.0
// Portfolio equality compares text by content, also in the organisations of an ODA
// engagement: two portfolios that interned the same names in another order are equal.
#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <string_view>

namespace pd = paradiplomacy;

namespace {

/// A portfolio with one engagement naming organisations; `noise` is interned first so
/// that the pool positions differ between portfolios.
pd::Portfolio with_organisations(std::string_view noise, std::string_view implementer, std::string_view activity) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    (void)p.intern(noise);
    pd::OdaEngagement e;
    e.key = p.intern("koica-vn-water");
    e.recipient = pd::CountryCode("VN");
    e.reporting_org = pd::OrganisationRef{p.intern("KR-GOV-051"), p.intern("KOICA"), 10};
    e.participants.push_back(pd::Participant{pd::OrganisationRef{p.intern("KR-GOV-051"), p.intern("KOICA"), 10},
                                             pd::OrganisationRole::funding, p.intern(activity)});
    e.participants.push_back(pd::Participant{pd::OrganisationRef{pd::TextId(0), p.intern(implementer), 0},
                                             pd::OrganisationRole::implementing, pd::TextId(0)});
    (void)p.add(e);
    return p;
}

TEST(PortfolioEquality, OrganisationsCompareByTextNotByPoolPosition) {
    const pd::Portfolio a = with_organisations("", "Gyeonggi Water Corporation", "KOICA-2019-0042");
    const pd::Portfolio b =
        with_organisations("Gyeonggi Water Corporation", "Gyeonggi Water Corporation", "KOICA-2019-0042");
    ASSERT_NE(a.engagements()[0].participants[1].organisation.name,
              b.engagements()[0].participants[1].organisation.name);
    EXPECT_EQ(a, b);
    EXPECT_EQ(b, a);
}

TEST(PortfolioEquality, AnotherOrganisationNameOrActivityIdIsADifference) {
    const pd::Portfolio a = with_organisations("", "Gyeonggi Water Corporation", "KOICA-2019-0042");
    EXPECT_NE(a, with_organisations("", "Gyeonggi Water Co.", "KOICA-2019-0042"));
    EXPECT_NE(a, with_organisations("", "Gyeonggi Water Corporation", "KOICA-2019-0043"));
    pd::Portfolio c = a;
    pd::OdaEngagement e = c.engagements()[0];
    e.reporting_org->name = c.intern("Korea International Cooperation Agency");
    c.replace(e);
    EXPECT_NE(a, c);
}

}  // namespace
