// SPDX-License-Identifier: Apache-2.0
#include "query/portfolio_index.hpp"
#include "query_fixtures.hpp"

#include <paradiplomacy/query/ties_in_force.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <thread>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::Truth;
using pd::testing::date;
using pd::testing::day;

namespace {

std::vector<pd::PartnerId> partners_of(const std::vector<pd::TieStatus>& ties) {
    std::vector<pd::PartnerId> out;
    for (const auto& t : ties) out.push_back(t.tie.partner);
    return out;
}

TEST(TiesInForce, SplitsCertainFromPossibleAndAppliesFilters) {
    pd::testing::Fixture f;
    const auto kanagawa = f.region("jp-kanagawa", "JP-14");
    const auto qld = f.region("au-qld", "AU-QLD");
    const auto aichi = f.region("jp-aichi", "JP-23");
    const auto mongolia = f.country("mn", "MN");
    f.sign(kanagawa, AgreementKind::sister, "1990-04-24");
    f.sign(qld, AgreementKind::sister, "1997");
    f.sign(aichi, AgreementKind::friendship, "2015-11-10");
    f.sign(mongolia, AgreementKind::mou, "1997-03-01");

    const auto on = day("1997-06-01");
    const auto all = pd::ties_in_force(f.portfolio, on);
    EXPECT_EQ(partners_of(all.certain), (std::vector<pd::PartnerId>{kanagawa, mongolia}));
    EXPECT_EQ(partners_of(all.possible), std::vector<pd::PartnerId>{qld});

    pd::TieFilter japan;
    japan.country = pd::CountryCode("JP");
    EXPECT_EQ(partners_of(pd::ties_in_force(f.portfolio, day("2016-01-01"), japan).certain),
              (std::vector<pd::PartnerId>{kanagawa, aichi}));
    pd::TieFilter sister;
    sister.tiers = {AgreementKind::sister};
    EXPECT_EQ(partners_of(pd::ties_in_force(f.portfolio, day("2016-01-01"), sister).certain),
              (std::vector<pd::PartnerId>{kanagawa, qld}));
    pd::TieFilter countries;
    countries.level = pd::PartnerLevel::country;
    EXPECT_EQ(partners_of(pd::ties_in_force(f.portfolio, day("2016-01-01"), countries).certain),
              std::vector<pd::PartnerId>{mongolia});
}

TEST(TiesInForce, HebeiTierChangesWithTheUpgrade) {
    pd::testing::Fixture f;
    const auto hebei = f.region("cn-hebei", "CN-HE");
    const auto mou = f.sign(hebei, AgreementKind::friendship, "2008-10");
    auto sister = f.agreement(hebei, AgreementKind::sister, "2009-06-22");
    sister.supersedes = mou;
    const auto sister_id = f.add(sister);
    pd::TieFilter sisters;
    sisters.tiers = {AgreementKind::sister};
    EXPECT_TRUE(pd::ties_in_force(f.portfolio, day("2009-01-01"), sisters).certain.empty());
    EXPECT_EQ(pd::ties_in_force(f.portfolio, day("2010-01-01"), sisters).certain.size(), 1U);
    const auto agreements = pd::agreements_in_force(f.portfolio, day("2010-01-01"));
    EXPECT_EQ(agreements.certain, std::vector<pd::AgreementId>{sister_id});
    EXPECT_EQ(pd::agreements_in_force(f.portfolio, day("2009-01-01")).certain, std::vector<pd::AgreementId>{mou});
}

TEST(TiesInForce, ScopeAndMunicipalityFilters) {
    pd::testing::Fixture f;
    const auto suwon = f.municipality("suwon");
    const auto yongin = f.municipality("yongin");
    const auto jinan = f.city("jinan", "CN");
    const auto ln = f.region("cn-ln", "CN-LN");
    f.sign(ln, AgreementKind::sister, "1993-10-04");
    auto a = f.agreement(jinan, AgreementKind::sister, "1993-10-04");
    a.signatory = suwon;
    f.add(a);
    const auto on = day("2000-01-01");
    EXPECT_EQ(partners_of(pd::ties_in_force(f.portfolio, on).certain), std::vector<pd::PartnerId>{ln});
    pd::TieFilter all;
    all.scope = pd::SignatoryScope::all;
    EXPECT_EQ(pd::ties_in_force(f.portfolio, on, all).certain.size(), 2U);
    pd::TieFilter munis;
    munis.scope = pd::SignatoryScope::municipalities;
    EXPECT_EQ(partners_of(pd::ties_in_force(f.portfolio, on, munis).certain), std::vector<pd::PartnerId>{jinan});
    pd::TieFilter only_yongin;
    only_yongin.municipality = yongin;
    EXPECT_TRUE(pd::ties_in_force(f.portfolio, on, only_yongin).certain.empty());
}

TEST(TiesInForce, SkipsAgreementsWithDanglingReferences) {
    pd::testing::Fixture f;
    const auto ln = f.region("cn-ln", "CN-LN");
    f.sign(ln, AgreementKind::sister, "1993");
    f.sign(pd::PartnerId(99), AgreementKind::sister, "1993");  // no such partner
    auto bad_signatory = f.agreement(ln, AgreementKind::sister, "1993");
    bad_signatory.signatory = pd::MunicipalityId(5);  // no such municipality
    f.add(bad_signatory);
    auto bad_link = f.agreement(ln, AgreementKind::renewal, "1995");
    bad_link.supersedes = pd::AgreementId(1234);
    f.add(bad_link);
    pd::TieFilter all;
    all.scope = pd::SignatoryScope::all;
    const auto r = pd::ties_in_force(f.portfolio, day("2000-01-01"), all);
    EXPECT_EQ(partners_of(r.certain), std::vector<pd::PartnerId>{ln});
    EXPECT_EQ(pd::agreements_in_force(f.portfolio, day("2000-01-01")).certain,
              (std::vector<pd::AgreementId>{pd::AgreementId(0), pd::AgreementId(3)}));
    EXPECT_EQ(f.portfolio.index()->skipped_agreements(), 2U);
}

TEST(TiesInForce, IndexIsRebuiltAfterAnEdit) {
    pd::testing::Fixture f;
    const auto ln = f.region("cn-ln", "CN-LN");
    EXPECT_TRUE(pd::ties_in_force(f.portfolio, day("2000-01-01")).certain.empty());
    f.sign(ln, AgreementKind::sister, "1993");
    EXPECT_EQ(pd::ties_in_force(f.portfolio, day("2000-01-01")).certain.size(), 1U);
}

// --- property: the interval index agrees with a plain scan --------------------------------

std::optional<pd::PartialDate> random_date(std::mt19937& rng, int lo_year, int hi_year) {
    const int year = std::uniform_int_distribution<int>(lo_year, hi_year)(rng);
    const int month = std::uniform_int_distribution<int>(1, 12)(rng);
    const int dom = std::uniform_int_distribution<int>(1, 28)(rng);
    switch (std::uniform_int_distribution<int>(0, 2)(rng)) {
        case 0: return pd::PartialDate::of_year(year);
        case 1: return pd::PartialDate::of_month(year, month);
        default: return pd::PartialDate::of_day(year, month, dom);
    }
}

// The rules of tie_state.hpp written out directly, scanning every agreement for successors.
Truth brute_live(const pd::Agreement& a, pd::Day d) {
    Truth started;
    if (a.proposed && !a.signed_on)
        started = Truth::no;
    else if (a.validity)
        started = a.validity->start().on_or_before(d);
    else if (a.signed_on)
        started = a.signed_on->on_or_before(d);
    else
        started = Truth::unknown;
    const Truth expired = a.validity && a.validity->end() ? a.validity->end()->before(d) : Truth::no;
    const Truth terminated = a.terminated_on ? a.terminated_on->on_or_before(d) : Truth::no;
    return started && !expired && !terminated;
}

Truth brute_active(const pd::Portfolio& p, const pd::Agreement& a, pd::Day d) {
    Truth superseded = Truth::no;
    std::vector<pd::AgreementId> frontier{a.id}, seen{a.id};
    while (!frontier.empty()) {
        const auto current = frontier.back();
        frontier.pop_back();
        for (const auto& s : p.agreements()) {
            if (s.supersedes != current || std::find(seen.begin(), seen.end(), s.id) != seen.end()) continue;
            seen.push_back(s.id);
            frontier.push_back(s.id);
            superseded = superseded || brute_live(s, d);
        }
    }
    const Truth suspended =
        a.suspended_on ? a.suspended_on->on_or_before(d) && !(a.resumed_on ? a.resumed_on->on_or_before(d) : Truth::no)
                       : Truth::no;
    return brute_live(a, d) && !superseded && !suspended;
}

TEST(TiesInForce, IndexMatchesBruteForceOnRandomPortfolios) {
    std::mt19937 rng(20240619);
    for (int round = 0; round < 20; ++round) {
        pd::testing::Fixture f;
        const int partners = 30;
        for (int i = 0; i < partners; ++i) f.region("p" + std::to_string(i), "CN-LN");
        const int n = std::uniform_int_distribution<int>(1, 400)(rng);
        for (int i = 0; i < n; ++i) {
            pd::Agreement a;
            // A few agreements point to partners that do not exist.
            a.partner =
                pd::PartnerId(static_cast<std::uint32_t>(std::uniform_int_distribution<int>(0, partners + 1)(rng)));
            a.kind = static_cast<AgreementKind>(std::uniform_int_distribution<int>(0, 7)(rng));
            const int shape = std::uniform_int_distribution<int>(0, 9)(rng);
            if (shape == 0) a.proposed = true;
            if (shape != 1 && shape != 0) a.signed_on = random_date(rng, 1980, 2020);
            if (a.signed_on && shape >= 6) {
                const auto end = random_date(rng, a.signed_on->year(), 2025);
                if (end->latest() >= a.signed_on->earliest()) a.validity = pd::Period(*a.signed_on, end);
            }
            if (shape == 7) a.terminated_on = random_date(rng, 1985, 2025);
            if (shape == 8) {
                a.suspended_on = random_date(rng, 1990, 2020);
                if (rng() % 2) a.resumed_on = random_date(rng, 1990, 2025);
            }
            if (i > 0 && rng() % 3 == 0)
                a.supersedes =
                    pd::AgreementId(static_cast<std::uint32_t>(std::uniform_int_distribution<int>(0, i)(rng)));
            f.add(a);
        }
        for (int q = 0; q < 25; ++q) {
            const auto d =
                random_date(rng, 1978, 2027)->earliest() + boost::gregorian::days(static_cast<long>(rng() % 40));
            const auto indexed = pd::agreements_in_force(f.portfolio, d);
            pd::AgreementsInForce brute;
            for (const auto& a : f.portfolio.agreements()) {
                if (!f.portfolio.contains(a.partner)) continue;
                const Truth t = brute_active(f.portfolio, a, d);
                if (t == Truth::yes) brute.certain.push_back(a.id);
                if (t == Truth::unknown) brute.possible.push_back(a.id);
            }
            ASSERT_EQ(indexed, brute) << "round " << round << " day " << boost::gregorian::to_iso_extended_string(d);
        }
    }
}

// A country filter reads the country's partners' ties through the index instead of every
// agreement in force; it must give what filtering the whole answer gives.
TEST(TiesInForce, CountryFilterAgreesWithFilteringEveryTie) {
    std::mt19937 rng(20261127);
    pd::testing::Fixture f;
    const char* regions[] = {"CN-LN", "JP-14", "US-UT", "MN-1", "DE-BY"};
    std::vector<pd::PartnerId> partners;
    for (int i = 0; i < 60; ++i) partners.push_back(f.region("p" + std::to_string(i), regions[rng() % 5]));
    partners.push_back(f.country("mn", "MN"));
    partners.push_back(f.city("jp-city", "JP"));
    for (int i = 0; i < 600; ++i) {
        pd::Agreement a = f.agreement(partners[rng() % partners.size()], static_cast<AgreementKind>(rng() % 8), "2000");
        a.signed_on = random_date(rng, 1980, 2020);
        if (rng() % 3 == 0) a.validity = pd::Period(*a.signed_on, pd::PartialDate::of_year(a.signed_on->year() + 3));
        if (i > 0 && rng() % 4 == 0) a.supersedes = pd::AgreementId(static_cast<std::uint32_t>(rng() % i));
        f.add(a);
    }
    for (const char* code : {"CN", "JP", "US", "MN", "DE", "FR"}) {
        for (int q = 0; q < 10; ++q) {
            const auto d = random_date(rng, 1978, 2025)->earliest();
            pd::TieFilter filter;
            filter.country = pd::CountryCode(code);
            const auto filtered = pd::ties_in_force(f.portfolio, d, filter);
            auto all = pd::ties_in_force(f.portfolio, d);
            for (auto* list : {&all.certain, &all.possible})
                std::erase_if(*list, [&](const pd::TieStatus& t) {
                    return f.portfolio.partners()[t.tie.partner.index()].country != pd::CountryCode(code);
                });
            ASSERT_EQ(filtered, all) << code << " " << boost::gregorian::to_iso_extended_string(d);
        }
    }
}

}  // namespace

namespace {

TEST(TiesInForce, ConcurrentFirstUseBuildsOneIndexAndAgrees) {
    pd::testing::Fixture f;
    for (int i = 0; i < 200; ++i) {
        const auto p = f.region("p" + std::to_string(i), "CN-LN");
        f.sign(p, i % 2 ? AgreementKind::sister : AgreementKind::friendship, i % 3 ? "2001-05-05" : "2001");
    }
    const pd::Portfolio& shared = f.portfolio;
    std::vector<pd::InForce> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] { results[t] = pd::ties_in_force(shared, day("2001-06-01")); });
    for (auto& th : threads) th.join();
    for (const auto& r : results) EXPECT_EQ(r, results[0]);
    EXPECT_EQ(results[0].certain.size(), 133U);  // the day-precision ones
    EXPECT_EQ(results[0].possible.size(), 67U);  // the "2001" ones
    EXPECT_EQ(shared.index(), shared.index());   // built once, then shared
}

}  // namespace
