// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/exchanges.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace pd = paradiplomacy;
using pd::Direction;
using pd::ProgramKind;
using pd::testing::date;

namespace {

TEST(Exchanges, GroupsByPartnerKindYearDirectionWithHeadcounts) {
    pd::testing::Fixture f;
    const auto ln = f.region("cn-ln", "CN-LN");
    const auto kn = f.region("jp-14", "JP-14");
    f.program(ln, "2018-03-01", "2018-03-28", 18, ProgramKind::official_training, Direction::inbound);
    f.program(ln, "2018", "", std::nullopt, ProgramKind::official_training, Direction::inbound);
    f.program(ln, "2018-09-01", "", 5, ProgramKind::official_training, Direction::inbound);
    f.program(kn, "2018-10-01", "", 20, ProgramKind::youth_exchange, Direction::outbound);
    pd::ExchangeProgram conference;
    conference.kind = ProgramKind::conference;
    conference.direction = Direction::both;
    conference.start = date("2018-11");
    conference.headcount = 40;
    conference.partners = {ln, kn, ln, pd::PartnerId(99)};  // repeated and missing partners
    f.add(conference);
    pd::ExchangeProgram orphan;  // a program without partners cannot be in a portfolio
    orphan.start = date("2019");
    EXPECT_THROW(f.add(orphan), pd::InvalidValue);

    const auto rows = pd::exchanges_by_partner(f.portfolio);
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[0].partner, ln);
    EXPECT_EQ(rows[0].kind, ProgramKind::official_training);
    EXPECT_EQ(rows[0].tally, (pd::ExchangeTally{3, 23, 1}));
    EXPECT_EQ(rows[1].partner, ln);
    EXPECT_EQ(rows[1].kind, ProgramKind::conference);
    EXPECT_EQ(rows[1].tally, (pd::ExchangeTally{1, 40, 0}));
    EXPECT_EQ(rows[2].partner, kn);
    EXPECT_EQ(rows[3].partner, kn);

    // Totals count the multilateral conference once.
    EXPECT_EQ(pd::exchange_totals(f.portfolio), (pd::ExchangeTally{5, 83, 1}));
    pd::ExchangeFilter filter;
    filter.partner = ln;
    filter.direction = Direction::inbound;
    filter.year = 2018;
    EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), (pd::ExchangeTally{3, 23, 1}));
    const auto ln_rows = pd::exchanges_by_partner(f.portfolio, filter);
    ASSERT_EQ(ln_rows.size(), 1U);
    filter = {};
    filter.kind = ProgramKind::sports;
    EXPECT_TRUE(pd::exchanges_by_partner(f.portfolio, filter).empty());
}

TEST(Exchanges, AnUndatedProgramGoesToARowWithoutAYear) {
    pd::testing::Fixture f;
    const auto ln = f.region("cn-ln", "CN-LN");
    f.program(ln, "2018", "", 3);
    f.undated_program(ln, "", 18);
    f.undated_program(ln);

    const auto rows = pd::exchanges_by_partner(f.portfolio);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].year, std::nullopt);  // undated, before the dated years
    EXPECT_EQ(rows[0].tally, (pd::ExchangeTally{2, 18, 1}));
    EXPECT_EQ(rows[1].year, 2018);
    EXPECT_EQ(rows[1].tally, (pd::ExchangeTally{1, 3, 0}));

    // Counted in the totals, but a year filter never matches it, whatever the year.
    EXPECT_EQ(pd::exchange_totals(f.portfolio), (pd::ExchangeTally{3, 21, 1}));
    pd::ExchangeFilter filter;
    filter.year = 2018;
    EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), (pd::ExchangeTally{1, 3, 0}));
    filter.year = 2000;
    EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), pd::ExchangeTally{});
    EXPECT_TRUE(pd::exchanges_by_partner(f.portfolio, filter).empty());
}

TEST(Exchanges, FiltersByOrganiser) {
    pd::testing::Fixture f;
    const auto suwon = f.municipality("suwon");
    const auto ln = f.region("cn-ln", "CN-LN");
    f.program(ln, "2018", "", 3);
    pd::ExchangeProgram municipal;
    municipal.partners = {ln};
    municipal.organiser = suwon;
    municipal.headcount = 7;
    f.add(municipal);
    pd::ExchangeFilter home;
    home.organiser_set = true;
    EXPECT_EQ(pd::exchange_totals(f.portfolio, home), (pd::ExchangeTally{1, 3, 0}));
    pd::ExchangeFilter city;
    city.organiser_set = true;
    city.organiser = suwon;
    EXPECT_EQ(pd::exchange_totals(f.portfolio, city), (pd::ExchangeTally{1, 7, 0}));
}

}  // namespace

namespace {

/// A program on `topics`, its texts interned in the fixture's portfolio.
pd::ProgramId program_on(pd::testing::Fixture& f, pd::PartnerId partner, std::vector<std::string_view> topics,
                         std::uint32_t headcount) {
    pd::ExchangeProgram p;
    p.partners = {partner};
    p.kind = ProgramKind::official_training;
    p.direction = Direction::inbound;
    p.start = date("2019-05");
    p.headcount = headcount;
    for (const std::string_view t : topics) p.topics.push_back(f.portfolio.intern(t));
    return f.add(p);
}

TEST(Exchanges, ATopicKeepsTheProgramsOnIt) {
    pd::testing::Fixture f;
    const auto hanoi = f.city("vn-hanoi", "VN");
    const auto ub = f.city("mn-ulaanbaatar", "MN");
    program_on(f, hanoi, {"smart city", "water management"}, 12);
    program_on(f, ub, {"water management"}, 8);
    program_on(f, ub, {"agriculture"}, 5);
    program_on(f, hanoi, {}, 3);

    pd::ExchangeFilter filter;
    filter.topic = "water management";
    EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), (pd::ExchangeTally{2, 20, 0}));
    const auto rows = pd::exchanges_by_partner(f.portfolio, filter);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].partner, hanoi);
    EXPECT_EQ(rows[1].partner, ub);

    filter.topic = "smart city";
    filter.partner = ub;  // with the other filters
    EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), pd::ExchangeTally{});
    filter.partner = hanoi;
    EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), (pd::ExchangeTally{1, 12, 0}));
}

// The comparison is exact; a topic no record holds (not even as other text) matches nothing.
TEST(Exchanges, ATopicMatchesExactly) {
    pd::testing::Fixture f;
    const auto hanoi = f.city("vn-hanoi", "VN");
    program_on(f, hanoi, {"smart city"}, 12);
    pd::ExchangeFilter filter;
    for (const char* other : {"Smart City", "smart", "smart city ", "", "never written anywhere"}) {
        filter.topic = other;
        EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), pd::ExchangeTally{}) << other;
        EXPECT_TRUE(pd::exchanges_by_partner(f.portfolio, filter).empty()) << other;
    }
    // A text the portfolio holds elsewhere (a partner's key) is no topic either.
    filter.topic = "vn-hanoi";
    EXPECT_EQ(pd::exchange_totals(f.portfolio, filter), pd::ExchangeTally{});
}

}  // namespace
