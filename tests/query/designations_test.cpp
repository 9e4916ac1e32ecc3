// SPDX-License-Identifier: Apache-2.0
// Designations over time: who was a priority partner or strategic ODA country on a day.
#include "query_fixtures.hpp"

#include <paradiplomacy/query/designations.hpp>
#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::DesignationKind;
using pd::Truth;
using pd::testing::day;

namespace {

pd::Designation spell(std::string_view start, std::string_view end) {
    pd::Designation d;
    d.start = pd::testing::maybe_date(start);
    d.end = pd::testing::maybe_date(end);
    return d;
}

TEST(Designation, HeldFromItsStartToItsEndBothIncluded) {
    const pd::Designation d = spell("2015-03-01", "2016-12-31");
    EXPECT_EQ(d.held_on(day("2015-02-28")), Truth::no);
    EXPECT_EQ(d.held_on(day("2015-03-01")), Truth::yes);
    EXPECT_EQ(d.held_on(day("2016-12-31")), Truth::yes);
    EXPECT_EQ(d.held_on(day("2017-01-01")), Truth::no);
}

TEST(Designation, PartialOrAbsentDatesLeaveTheirDaysOpen) {
    const pd::Designation by_year = spell("2015", "2016");
    EXPECT_EQ(by_year.held_on(day("2014-12-31")), Truth::no);
    EXPECT_EQ(by_year.held_on(day("2015-06-01")), Truth::unknown);  // begun some day of 2015
    EXPECT_EQ(by_year.held_on(day("2015-12-31")), Truth::yes);
    EXPECT_EQ(by_year.held_on(day("2016-06-01")), Truth::unknown);  // ended some day of 2016
    EXPECT_EQ(by_year.held_on(day("2017-01-01")), Truth::no);

    const pd::Designation no_start = spell("", "");  // a version-1 flag
    EXPECT_EQ(no_start.held_on(day("1990-01-01")), Truth::unknown);
    EXPECT_EQ(no_start.held_on(day("2030-01-01")), Truth::unknown);
    const pd::Designation no_start_ended = spell("", "2016-06-30");
    EXPECT_EQ(no_start_ended.held_on(day("2016-06-30")), Truth::unknown);
    EXPECT_EQ(no_start_ended.held_on(day("2016-07-01")), Truth::no);
    const pd::Designation still = spell("2016-01-01", "");
    EXPECT_EQ(still.held_on(day("2030-01-01")), Truth::yes);
}

TEST(DesignatedOn, APartnerDesignatedDroppedAndDesignatedAgain) {
    pd::testing::Fixture f;
    const auto jp = f.country("jp", "JP");
    const auto mn = f.country("mn", "MN");
    const auto vn = f.country("vn", "VN");
    f.designate(jp, DesignationKind::priority, "2012-01-01", "2014-12-31");
    f.designate(jp, DesignationKind::priority, "2017-03-01");
    f.designate(mn, DesignationKind::priority, "2016");
    f.designate(vn, DesignationKind::strategic_oda, "2015-01-01");

    const auto in_2013 = pd::designated_on(f.portfolio, DesignationKind::priority, day("2013-06-01"));
    EXPECT_EQ(in_2013.certain, std::vector<pd::PartnerId>{jp});
    EXPECT_TRUE(in_2013.possible.empty());
    const auto in_2015 = pd::designated_on(f.portfolio, DesignationKind::priority, day("2015-06-01"));
    EXPECT_TRUE(in_2015.certain.empty() && in_2015.possible.empty()) << "Japan was dropped, Mongolia not yet in";
    const auto mid_2016 = pd::designated_on(f.portfolio, DesignationKind::priority, day("2016-06-01"));
    EXPECT_EQ(mid_2016.possible, std::vector<pd::PartnerId>{mn});
    const auto end_2017 = pd::designated_on(f.portfolio, DesignationKind::priority, day("2017-12-31"));
    EXPECT_EQ(end_2017.certain, (std::vector<pd::PartnerId>{jp, mn}));
    // Kinds are kept apart.
    EXPECT_EQ(pd::designated_on(f.portfolio, DesignationKind::strategic_oda, day("2017-12-31")).certain,
              std::vector<pd::PartnerId>{vn});
    EXPECT_EQ(pd::designations_of(f.portfolio, jp).size(), 2U);
    EXPECT_TRUE(pd::designations_of(f.portfolio, vn).size() == 1U);
}

TEST(DesignatedOn, ASpellThatCertainlyHeldWinsOverOneThatPossiblyDid) {
    pd::testing::Fixture f;
    const auto jp = f.country("jp", "JP");
    f.designate(jp, DesignationKind::priority, "");  // from an old file
    f.designate(jp, DesignationKind::priority, "2017-01-01");
    EXPECT_EQ(pd::designated_on(f.portfolio, DesignationKind::priority, day("2017-12-31")).certain,
              std::vector<pd::PartnerId>{jp});
    EXPECT_EQ(pd::designated_on(f.portfolio, DesignationKind::priority, day("2016-12-31")).possible,
              std::vector<pd::PartnerId>{jp});
}

TEST(DesignatedOn, ADesignationOfAMissingPartnerIsLeftOut) {
    pd::testing::Fixture f;
    f.country("jp", "JP");
    pd::Designation ghost;
    ghost.key = f.portfolio.intern("ghost");
    ghost.partner = pd::PartnerId(42);
    ghost.start = pd::PartialDate::of_year(2010);
    f.portfolio.add(ghost);
    const auto on = pd::designated_on(f.portfolio, DesignationKind::priority, day("2017-12-31"));
    EXPECT_TRUE(on.certain.empty() && on.possible.empty());
}

TEST(PriorityGaps, ThePriorityPartnersAreThoseDesignatedOnTheDay) {
    pd::testing::Fixture f;
    const auto jp = f.country("jp", "JP");
    const auto mn = f.country("mn", "MN");
    f.designate(jp, DesignationKind::priority, "2012-01-01", "2014-12-31");
    f.designate(mn, DesignationKind::priority, "");  // since a day the records do not give
    EXPECT_EQ(pd::priority_partners_without_tie(f.portfolio, day("2013-01-01")).certain,
              std::vector<pd::PartnerId>{jp});
    const auto later = pd::priority_partners_without_tie(f.portfolio, day("2016-01-01"));
    EXPECT_TRUE(later.certain.empty()) << "Japan was no longer a priority; Mongolia only possibly one";
    EXPECT_EQ(later.possible, std::vector<pd::PartnerId>{mn});
}

TEST(TiesInForce, PriorityOnlyKeepsPartnersDesignatedOnTheDay) {
    pd::testing::Fixture f;
    const auto jp = f.country("jp", "JP");
    const auto mn = f.country("mn", "MN");
    f.sign(jp, pd::AgreementKind::friendship, "2010-01-01");
    f.sign(mn, pd::AgreementKind::friendship, "2010-01-01");
    f.designate(jp, DesignationKind::priority, "2012-01-01", "2014-12-31");
    pd::TieFilter priority;
    priority.priority_only = true;
    EXPECT_EQ(pd::ties_in_force(f.portfolio, day("2013-01-01"), priority).certain.size(), 1U);
    EXPECT_TRUE(pd::ties_in_force(f.portfolio, day("2016-01-01"), priority).certain.empty());
    EXPECT_EQ(pd::ties_in_force(f.portfolio, day("2016-01-01")).certain.size(), 2U);
}

TEST(OdaStrategicCountries, AreTheCountriesOfAnyStrategicDesignation) {
    pd::testing::Fixture f;
    const auto vn = f.country("vn", "VN");
    const auto hanoi = f.region("vn-hn", "VN-HN");
    const auto jp = f.country("jp", "JP");
    f.designate(vn, DesignationKind::strategic_oda, "2015", "2015");
    f.designate(hanoi, DesignationKind::strategic_oda, "2016");  // a region names its country
    f.designate(jp, DesignationKind::priority, "2016");          // another kind
    const auto strategic = pd::oda_projects_by_strategic_country(f.portfolio);
    ASSERT_EQ(strategic.size(), 1U);
    EXPECT_EQ(strategic[0].country, pd::CountryCode("VN"));
}

}  // namespace
