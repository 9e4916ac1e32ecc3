// SPDX-License-Identifier: Apache-2.0
// Const queries over one portfolio from eight threads at once give exactly the answers one
// thread gets, and the lazily built index is built once even when every thread asks for it
// first at the same moment. Built and run under ThreadSanitizer by scripts/run-sanitizers
// (preset "tsan"), where a data race fails the test.
#include "query/portfolio_index.hpp"

#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/query/exchanges.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/partner_timeline.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <functional>
#include <latch>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace pd = paradiplomacy;

namespace {

constexpr int thread_count = 8;

pd::Day day(int y, int m, int d) { return pd::PartialDate::of_day(y, m, d).earliest(); }

/// Everything the const API answers about a portfolio, on a few days.
struct Answers {
    std::vector<pd::InForce> in_force;
    std::vector<pd::InForce> in_force_all_scopes;
    std::vector<pd::AgreementsInForce> agreements;
    std::vector<pd::Expiring> expiring;
    std::vector<pd::DormantTies> dormant;
    std::vector<std::vector<pd::KindCoverage>> coverage;
    std::vector<pd::PriorityGaps> priority_gaps;
    std::vector<std::vector<pd::TieStatus>> ties_of_partners;
    std::vector<std::vector<pd::TimelineEvent>> timelines;
    std::vector<pd::LastContact> last_contacts;
    std::vector<pd::ExchangeRow> exchanges;
    pd::ExchangeTally exchange_totals;
    std::vector<pd::OdaBudgetRow> oda;
    pd::ValidationReport validation;
    std::string report;
    std::string json;
    friend bool operator==(const Answers&, const Answers&) = default;
};

Answers ask(const pd::Portfolio& p) {
    Answers a;
    const std::vector<pd::Day> days{day(1995, 6, 1), day(2009, 1, 1), day(2017, 12, 31), day(2024, 3, 15)};
    pd::TieFilter all_scopes;
    all_scopes.scope = pd::SignatoryScope::all;
    for (const pd::Day d : days) {
        a.in_force.push_back(pd::ties_in_force(p, d));
        a.in_force_all_scopes.push_back(pd::ties_in_force(p, d, all_scopes));
        a.agreements.push_back(pd::agreements_in_force(p, d));
        a.expiring.push_back(pd::expiring_within(p, d, d + boost::gregorian::days(730)));
        a.dormant.push_back(pd::dormant_ties(p, d, 3));
        a.coverage.push_back(pd::coverage_by_kind(p, d));
        a.priority_gaps.push_back(pd::priority_partners_without_tie(p, d));
    }
    for (const pd::Partner& partner : p.partners()) {
        a.ties_of_partners.push_back(pd::ties_of_partner(p, partner.id, days.back()));
        a.timelines.push_back(pd::partner_timeline(p, partner.id));
    }
    a.last_contacts = pd::last_contacts(p);
    a.exchanges = pd::exchanges_by_partner(p);
    a.exchange_totals = pd::exchange_totals(p);
    a.oda = pd::oda_budget(p);
    a.validation = pd::validate(p);
    pd::report::ReportOptions options;
    options.today = day(2024, 3, 15);
    a.report = pd::report::render_report(p, options);
    a.json = pd::to_portfolio_json(p);
    return a;
}

/// The bundled Gyeonggi-do portfolio grown by chains of upgrades (intent -> MOU ->
/// friendship -> sister, some suspended, some with expiring plans), so that building the
/// index takes long enough for the threads to meet inside it.
pd::Portfolio grown_portfolio() {
    pd::Portfolio p = pd::datasets::gyeonggi();
    const char* countries[] = {"JP", "CN", "VN", "US", "DE", "FR", "MN", "ID"};
    for (int i = 0; i < 600; ++i) {
        pd::Partner partner;
        partner.key = p.intern("grown-partner-" + std::to_string(i));
        partner.level = pd::PartnerLevel::city;
        partner.country = pd::CountryCode(countries[i % 8]);
        const pd::PartnerId id = p.add(partner);
        if (i % 7 == 0) {
            pd::Designation priority;
            priority.key = p.intern("grown-priority-" + std::to_string(i));
            priority.partner = id;
            priority.start = pd::PartialDate::of_year(2015);
            p.add(priority);
        }
        std::optional<pd::AgreementId> previous;
        const pd::AgreementKind chain[] = {pd::AgreementKind::intent, pd::AgreementKind::mou,
                                           pd::AgreementKind::friendship, pd::AgreementKind::sister};
        for (int step = 0; step < 1 + i % 4; ++step) {
            pd::Agreement a;
            a.key = p.intern("grown-" + std::to_string(i) + "-" + std::to_string(step));
            a.partner = id;
            a.kind = chain[step];
            a.signed_on = i % 5 == 0 ? pd::PartialDate::of_year(1990 + i % 30 + step)
                                     : pd::PartialDate::of_day(1990 + i % 30 + step, 1 + i % 12, 1 + i % 28);
            a.supersedes = previous;
            if (i % 11 == 0 && step == 0) a.suspended_on = pd::PartialDate::of_year(2001 + i % 20);
            previous = p.add(a);
        }
        if (i % 3 == 0) {
            pd::Agreement plan;
            plan.key = p.intern("grown-plan-" + std::to_string(i));
            plan.partner = id;
            plan.kind = pd::AgreementKind::implementation_plan;
            plan.signed_on = pd::PartialDate::of_month(2015 + i % 10, 1 + i % 12);
            plan.validity = pd::Period(pd::PartialDate::of_month(2015 + i % 10, 1 + i % 12),
                                       pd::PartialDate::of_month(2017 + i % 10, 1 + i % 12));
            p.add(plan);
        }
    }
    return p;
}

/// Runs `work` on eight threads released together; returns what each produced.
template <class Result>
std::vector<Result> on_eight_threads(const std::function<Result()>& work) {
    std::vector<Result> results(thread_count);
    std::latch start(thread_count);
    std::vector<std::thread> threads;
    threads.reserve(thread_count);
    for (int t = 0; t < thread_count; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            results[static_cast<std::size_t>(t)] = work();
        });
    for (auto& thread : threads) thread.join();
    return results;
}

TEST(Concurrency, EightThreadsOnAFreshPortfolioGetTheSingleThreadAnswers) {
    const pd::Portfolio reference_portfolio = grown_portfolio();
    const Answers expected = ask(reference_portfolio);
    ASSERT_FALSE(expected.in_force[2].certain.empty());
    ASSERT_FALSE(expected.report.empty());

    // A fresh copy has no index yet: every thread's first query races to build it.
    const pd::Portfolio fresh = grown_portfolio();
    const auto results = on_eight_threads<Answers>([&] { return ask(fresh); });
    for (int t = 0; t < thread_count; ++t)
        EXPECT_TRUE(results[static_cast<std::size_t>(t)] == expected) << "thread " << t;
}

TEST(Concurrency, TheIndexIsBuiltOnceWhenEightThreadsAskForItTogether) {
    for (int round = 0; round < 20; ++round) {
        const pd::Portfolio fresh = grown_portfolio();
        const auto indexes =
            on_eight_threads<std::shared_ptr<const pd::detail::PortfolioIndex>>([&] { return fresh.index(); });
        for (const auto& index : indexes) {
            ASSERT_NE(index, nullptr);
            EXPECT_EQ(index.get(), indexes.front().get()) << "round " << round;
        }
        EXPECT_EQ(fresh.index().get(), indexes.front().get());
    }
}

TEST(Concurrency, EachThreadAskingADifferentQuestionFirstStillAgrees) {
    // Different first queries reach Portfolio::index() through different paths.
    const pd::Portfolio reference_portfolio = grown_portfolio();
    const Answers expected = ask(reference_portfolio);
    for (int round = 0; round < 4; ++round) {
        const pd::Portfolio fresh = grown_portfolio();
        std::vector<Answers> results(thread_count);
        std::latch start(thread_count);
        std::vector<std::thread> threads;
        for (int t = 0; t < thread_count; ++t)
            threads.emplace_back([&, t] {
                start.arrive_and_wait();
                Answers& a = results[static_cast<std::size_t>(t)];
                switch (t) {  // a different first question, then everything
                    case 0: (void)pd::ties_in_force(fresh, day(2017, 12, 31)); break;
                    case 1: (void)pd::dormant_ties(fresh, day(2020, 1, 1), 3); break;
                    case 2: (void)pd::expiring_within(fresh, day(2020, 1, 1), day(2022, 1, 1)); break;
                    case 3: (void)pd::validate(fresh); break;
                    case 4: (void)pd::last_contacts(fresh); break;
                    case 5: (void)pd::coverage_by_kind(fresh, day(2010, 1, 1)); break;
                    case 6: (void)pd::to_portfolio_json(fresh); break;
                    default: (void)pd::oda_budget(fresh); break;
                }
                a = ask(fresh);
            });
        for (auto& thread : threads) thread.join();
        for (int t = 0; t < thread_count; ++t)
            EXPECT_TRUE(results[static_cast<std::size_t>(t)] == expected) << "round " << round << ", thread " << t;
    }
}

TEST(Concurrency, CopiesAndParsesOnSeveralThreadsAreIndependent) {
    // Copying a shared const portfolio and parsing documents in parallel share no state.
    const pd::Portfolio shared = grown_portfolio();
    const std::string json = pd::to_portfolio_json(shared);
    const auto copies = on_eight_threads<std::string>([&] {
        const pd::Portfolio copy = shared;  // copy while others read
        const pd::Portfolio parsed = pd::parse_portfolio_json(json, "shared.json");
        return copy == parsed ? pd::to_portfolio_json(parsed) : std::string("differs");
    });
    for (const auto& c : copies) EXPECT_EQ(c, json);
}

}  // namespace
