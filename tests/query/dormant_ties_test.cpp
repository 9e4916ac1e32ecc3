// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/dormant_ties.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::testing::date;
using pd::testing::day;

namespace {

std::vector<pd::PartnerId> partners_of(const std::vector<pd::DormantTie>& v) {
    std::vector<pd::PartnerId> out;
    for (const auto& d : v) out.push_back(d.tie.tie.partner);
    return out;
}

TEST(DormantTies, InForceWithoutRecentExchange) {
    pd::testing::Fixture f;
    const auto busy = f.region("jp-kanagawa", "JP-14");
    const auto idle = f.region("us-ut", "US-UT");
    const auto edge = f.region("cn-ln", "CN-LN");
    const auto never = f.region("mx-mex", "MX-MEX");
    for (const auto p : {busy, idle, edge, never}) f.sign(p, AgreementKind::sister, "1990-01-01");
    f.program(busy, "2019-05-01", "2019-05-03");
    const auto old_program = f.program(idle, "2012-03-01");
    f.program(idle, "2008-01-01");
    f.program(edge, "2017");  // a year-only date straddling the window start 2017-06-01

    const auto r = pd::dormant_ties(f.portfolio, day("2020-06-01"), 3);
    EXPECT_EQ(partners_of(r.certain), (std::vector<pd::PartnerId>{idle, never}));
    EXPECT_EQ(partners_of(r.possible), std::vector<pd::PartnerId>{edge});
    EXPECT_EQ(r.certain[0].last_program, old_program);
    EXPECT_EQ(r.certain[0].last_contact, date("2012-03-01"));
    EXPECT_EQ(r.certain[1].last_program, std::nullopt);
    // A tie not yet in force is never dormant.
    EXPECT_TRUE(pd::dormant_ties(f.portfolio, day("1989-01-01"), 3).certain.empty());
    EXPECT_THROW((void)pd::dormant_ties(f.portfolio, day("2020-06-01"), -1), pd::InvalidValue);
}

// Asked about 2010-12-31, a tie sees the exchanges up to that day: Utah's 2012 program is
// not its last contact then, the 2008 one is; Kanagawa's only exchange (2019) is not shown.
TEST(DormantTies, TheLastExchangeIsTheLastUpToTheDayAsked) {
    pd::testing::Fixture f;
    const auto utah = f.region("us-ut", "US-UT");
    const auto kanagawa = f.region("jp-kanagawa", "JP-14");
    for (const auto p : {utah, kanagawa}) f.sign(p, AgreementKind::sister, "1990-01-01");
    f.program(utah, "2012-03-01");
    const auto in_2008 = f.program(utah, "2008-01-01");
    f.program(kanagawa, "2019-05-01", "2019-05-03");
    const auto year_only = f.program(kanagawa, "2010");  // could have come by the day: shown

    const auto r = pd::dormant_ties(f.portfolio, day("2010-06-30"), 1);
    ASSERT_EQ(partners_of(r.certain), (std::vector<pd::PartnerId>{utah}));
    EXPECT_EQ(r.certain[0].last_program, in_2008);
    EXPECT_EQ(r.certain[0].last_contact, date("2008-01-01"));
    ASSERT_EQ(partners_of(r.possible), (std::vector<pd::PartnerId>{kanagawa}));
    EXPECT_EQ(r.possible[0].last_program, year_only);

    const auto earlier = pd::dormant_ties(f.portfolio, day("2009-06-30"), 1);
    ASSERT_EQ(partners_of(earlier.certain), (std::vector<pd::PartnerId>{utah, kanagawa}));
    EXPECT_EQ(earlier.certain[0].last_program, in_2008);
    EXPECT_EQ(earlier.certain[1].last_program, std::nullopt);  // 2010 and 2019 are later
    EXPECT_EQ(earlier.certain[1].last_contact, std::nullopt);
    // The partner's last contact of all time is still the 2012 program.
    EXPECT_EQ(pd::last_contact(f.portfolio, utah).date, date("2012-03-01"));
}

TEST(DormantTies, LastContactUsesTheEndDateAndSkipsMissingPartners) {
    pd::testing::Fixture f;
    const auto ln = f.region("cn-ln", "CN-LN");
    const auto other = f.region("jp-14", "JP-14");
    const auto long_one = f.program(ln, "2015-01-01", "2018-12-31");
    f.program(ln, "2017-06-01");
    pd::ExchangeProgram multi;
    multi.partners = {ln, pd::PartnerId(42)};  // one partner does not exist
    multi.start = date("2010");
    f.add(multi);
    const auto c = pd::last_contact(f.portfolio, ln);
    EXPECT_EQ(c.program, long_one);
    EXPECT_EQ(c.date, date("2018-12-31"));
    const auto all = pd::last_contacts(f.portfolio);
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[1].partner, other);
    EXPECT_EQ(all[1].program, std::nullopt);
    EXPECT_THROW((void)pd::last_contact(f.portfolio, pd::PartnerId(42)), pd::NotFound);
}

TEST(DormantTies, AnUndatedProgramMakesATieOnlyPossiblyDormant) {
    pd::testing::Fixture f;
    const auto idle = f.region("us-ut", "US-UT");
    const auto undated = f.region("jp-aichi", "JP-23");
    const auto ended = f.region("cn-ln", "CN-LN");
    for (const auto p : {idle, undated, ended}) f.sign(p, AgreementKind::sister, "1990-01-01");
    f.program(idle, "2012-03-01");
    const auto old_program = f.program(undated, "2012-03-01");
    f.undated_program(undated);              // may have been last month, or in 1995
    f.undated_program(ended, "2010-05-31");  // no start, but ended long before the window

    const auto r = pd::dormant_ties(f.portfolio, day("2020-06-01"), 3);
    EXPECT_EQ(partners_of(r.certain), (std::vector<pd::PartnerId>{idle, ended}));
    EXPECT_EQ(partners_of(r.possible), std::vector<pd::PartnerId>{undated});
    // The latest dated contact is still given, with the undated programs beside it.
    EXPECT_EQ(r.possible[0].last_program, old_program);
    EXPECT_EQ(r.possible[0].last_contact, date("2012-03-01"));
    EXPECT_EQ(r.possible[0].undated_programs, 1U);
    EXPECT_EQ(r.certain[0].undated_programs, 0U);
    EXPECT_EQ(r.certain[1].last_contact, date("2010-05-31"));  // its end is a contact date
}

TEST(DormantTies, LastContactIgnoresUndatedProgramsButCountsThem) {
    pd::testing::Fixture f;
    const auto ln = f.region("cn-ln", "CN-LN");
    const auto only_undated = f.region("jp-14", "JP-14");
    const auto dated = f.program(ln, "2015-01-01");
    f.undated_program(ln);
    f.undated_program(ln);
    f.undated_program(only_undated);

    const auto c = pd::last_contact(f.portfolio, ln);
    EXPECT_EQ(c.program, dated);
    EXPECT_EQ(c.date, date("2015-01-01"));
    EXPECT_EQ(c.undated_programs, 2U);

    const auto u = pd::last_contact(f.portfolio, only_undated);
    EXPECT_EQ(u.program, std::nullopt);  // no dated program to name
    EXPECT_EQ(u.date, std::nullopt);
    EXPECT_EQ(u.undated_programs, 1U);  // but contact there was, at some time
    EXPECT_EQ(pd::last_contacts(f.portfolio), (std::vector<pd::LastContact>{c, u}));
}

}  // namespace
