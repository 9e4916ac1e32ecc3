// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/partner_timeline.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::TimelineEventKind;
using pd::testing::date;

namespace {

TEST(PartnerTimeline, OrdersEveryEventAndKeepsPrecision) {
    pd::testing::Fixture f;
    const auto hebei = f.region("cn-hebei", "CN-HE");
    const auto other = f.region("cn-ln", "CN-LN");
    auto sister = f.agreement(hebei, AgreementKind::sister, "2009-06-22");
    sister.suspended_on = date("2020-02");
    sister.resumed_on = date("2021");
    const auto sister_id = f.add(sister);
    const auto mou = f.sign(hebei, AgreementKind::friendship, "2008-10");
    const auto undated = f.sign(hebei, AgreementKind::other, "");
    f.sign(other, AgreementKind::sister, "1993");
    const auto program = f.program(hebei, "2012-05-01", "2012-05-07", 12);
    pd::OdaEngagement e;
    e.recipient = pd::CountryCode("CN");
    e.recipient_partner = hebei;
    e.planned_start = date("2015");
    e.actual_start = date("2015-03");
    e.planned_end = date("2016");
    const auto oda = f.add(e);

    const auto events = pd::partner_timeline(f.portfolio, hebei);
    ASSERT_EQ(events.size(), 9U);
    EXPECT_EQ(events[0].kind, TimelineEventKind::agreement_undated);
    EXPECT_EQ(events[0].record, (std::variant<pd::AgreementId, pd::ProgramId, pd::EngagementId>(undated)));
    EXPECT_EQ(events[1].date, date("2008-10"));
    EXPECT_EQ(events[1].record, (std::variant<pd::AgreementId, pd::ProgramId, pd::EngagementId>(mou)));
    EXPECT_EQ(events[2].date, date("2009-06-22"));
    EXPECT_EQ(events[3].kind, TimelineEventKind::program_start);
    EXPECT_EQ(events[3].record, (std::variant<pd::AgreementId, pd::ProgramId, pd::EngagementId>(program)));
    EXPECT_EQ(events[4].kind, TimelineEventKind::program_end);
    EXPECT_EQ(events[5].kind, TimelineEventKind::oda_start);
    EXPECT_EQ(events[5].date, date("2015-03"));  // actual, not planned
    EXPECT_FALSE(events[5].planned);
    EXPECT_EQ(events[6].kind, TimelineEventKind::oda_end);
    EXPECT_TRUE(events[6].planned);
    EXPECT_EQ(events[6].record, (std::variant<pd::AgreementId, pd::ProgramId, pd::EngagementId>(oda)));
    EXPECT_EQ(events[7].kind, TimelineEventKind::suspended);
    EXPECT_EQ(events[7].date->precision(), pd::DatePrecision::month);
    EXPECT_EQ(events[8].kind, TimelineEventKind::resumed);
    EXPECT_EQ(events[8].date, date("2021"));
    EXPECT_EQ(events[8].record, (std::variant<pd::AgreementId, pd::ProgramId, pd::EngagementId>(sister_id)));
}

TEST(PartnerTimeline, AnUndatedProgramIsListedWithoutADateAfterEveryDatedEvent) {
    using Record = std::variant<pd::AgreementId, pd::ProgramId, pd::EngagementId>;
    pd::testing::Fixture f;
    const auto aichi = f.region("jp-aichi", "JP-23");
    const auto undated_tie = f.sign(aichi, AgreementKind::other, "");
    const auto mou = f.sign(aichi, AgreementKind::friendship, "2015-10-07");
    const auto youth = f.undated_program(aichi);
    const auto ended = f.undated_program(aichi, "2019-08");  // no start, a known end
    const auto later = f.program(aichi, "2020");

    const auto events = pd::partner_timeline(f.portfolio, aichi);
    ASSERT_EQ(events.size(), 6U);
    EXPECT_EQ(events[0].record, Record(undated_tie));  // an undated agreement still leads
    EXPECT_EQ(events[1].record, Record(mou));
    EXPECT_EQ(events[2].kind, TimelineEventKind::program_end);
    EXPECT_EQ(events[2].record, Record(ended));
    EXPECT_EQ(events[3].record, Record(later));
    // The undated program starts come last, without a date, in record order.
    EXPECT_EQ(events[4].kind, TimelineEventKind::program_start);
    EXPECT_EQ(events[4].date, std::nullopt);
    EXPECT_EQ(events[4].record, Record(youth));
    EXPECT_EQ(events[5].kind, TimelineEventKind::program_start);
    EXPECT_EQ(events[5].date, std::nullopt);
    EXPECT_EQ(events[5].record, Record(ended));
}

TEST(PartnerTimeline, UnknownPartnerThrowsAndEmptyPartnerHasNoEvents) {
    pd::testing::Fixture f;
    const auto lonely = f.region("us-ny", "US-NY");
    EXPECT_TRUE(pd::partner_timeline(f.portfolio, lonely).empty());
    EXPECT_THROW((void)pd::partner_timeline(f.portfolio, pd::PartnerId(9)), pd::NotFound);
}

}  // namespace
