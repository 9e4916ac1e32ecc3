// SPDX-License-Identifier: Apache-2.0
// In-force and expiring queries at 10k, 100k and 1M agreements over a synthetic,
// deterministic portfolio, and the memory a 1M-agreement portfolio with its index takes.
#include "query/portfolio_index.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>

namespace pd = paradiplomacy;

namespace {

// Agreements over 1950-2025 with a mix of precisions; about a third are plans with a
// validity of one to three years, a tenth are superseded by an upgrade, some terminated.
std::unique_ptr<pd::Portfolio> make_portfolio(std::size_t agreements) {
    auto p = std::make_unique<pd::Portfolio>(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    const std::size_t partners = agreements / 10 + 1;
    p->reserve(partners, agreements, 0, 0);
    std::mt19937 rng(42);
    for (std::size_t i = 0; i < partners; ++i) {
        pd::Partner partner;
        partner.level = pd::PartnerLevel::region;
        partner.country = pd::CountryCode("CN");
        partner.region = pd::SubdivisionCode("CN-LN");
        p->add(partner);
    }
    for (std::size_t i = 0; i < agreements; ++i) {
        pd::Agreement a;
        a.partner = pd::PartnerId(static_cast<std::uint32_t>(rng() % partners));
        const int year = 1950 + static_cast<int>(rng() % 76);
        const int month = 1 + static_cast<int>(rng() % 12);
        const int dom = 1 + static_cast<int>(rng() % 28);
        const auto shape = static_cast<unsigned>(rng() % 10);
        a.signed_on = shape == 0   ? pd::PartialDate::of_year(year)
                      : shape == 1 ? pd::PartialDate::of_month(year, month)
                                   : pd::PartialDate::of_day(year, month, dom);
        if (shape < 4) {
            a.kind = pd::AgreementKind::implementation_plan;
            a.validity =
                pd::Period(*a.signed_on, pd::PartialDate::of_day(year + 1 + static_cast<int>(rng() % 3), 12, 31));
        } else {
            a.kind = shape < 7 ? pd::AgreementKind::friendship : pd::AgreementKind::sister;
        }
        if (shape == 9) a.terminated_on = pd::PartialDate::of_year(std::min(year + 5, 2030));
        if (i > 0 && rng() % 10 == 0) a.supersedes = pd::AgreementId(static_cast<std::uint32_t>(i - 1));
        p->add(std::move(a));
    }
    (void)p->index();
    return p;
}

const pd::Portfolio& portfolio_of(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<pd::Portfolio>> cache;
    auto& slot = cache[n];
    if (!slot) slot = make_portfolio(n);
    return *slot;
}

long status_kib(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
    return -1;
}

void BM_AgreementsInForce(benchmark::State& state) {
    const auto& p = portfolio_of(static_cast<std::size_t>(state.range(0)));
    const pd::Day on(2010, 6, 15);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::agreements_in_force(p, on);
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["in_force"] = static_cast<double>(found);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_AgreementsInForce)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

void BM_TiesInForce(benchmark::State& state) {
    const auto& p = portfolio_of(static_cast<std::size_t>(state.range(0)));
    const pd::Day on(2010, 6, 15);
    for (auto _ : state) benchmark::DoNotOptimize(pd::ties_in_force(p, on));
}
BENCHMARK(BM_TiesInForce)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

// The in-force query on a day before almost every agreement: k is small, so the cost
// shows the log n part of O(log n + k).
void BM_InForceEarlyDay(benchmark::State& state) {
    const auto& p = portfolio_of(static_cast<std::size_t>(state.range(0)));
    const pd::Day on(1950, 1, 10);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::agreements_in_force(p, on);
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["in_force"] = static_cast<double>(found);
}
BENCHMARK(BM_InForceEarlyDay)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

void BM_ExpiringWithinAMonth(benchmark::State& state) {
    const auto& p = portfolio_of(static_cast<std::size_t>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::expiring_within(p, pd::Day(2019, 12, 1), pd::Day(2019, 12, 31));
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["expiring"] = static_cast<double>(found);
}
BENCHMARK(BM_ExpiringWithinAMonth)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

void BM_ExpiringNarrow(benchmark::State& state) {
    const auto& p = portfolio_of(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(pd::expiring_within(p, pd::Day(2019, 6, 1), pd::Day(2019, 6, 2)));
}
BENCHMARK(BM_ExpiringNarrow)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

// Builds a fresh 1M-agreement portfolio with its index and reports memory as counters.
void BM_MemoryOneMillion(benchmark::State& state) {
    const long before = status_kib("VmRSS:");
    std::unique_ptr<pd::Portfolio> p;
    for (auto _ : state) p = make_portfolio(1'000'000);
    state.counters["rss_before_MiB"] = static_cast<double>(before) / 1024.0;
    state.counters["rss_after_MiB"] = static_cast<double>(status_kib("VmRSS:")) / 1024.0;
    state.counters["peak_rss_MiB"] = static_cast<double>(status_kib("VmHWM:")) / 1024.0;
    state.counters["index_MiB"] = static_cast<double>(p->index()->memory_bytes()) / (1024.0 * 1024.0);
    state.counters["agreement_bytes"] = static_cast<double>(sizeof(pd::Agreement));
}
BENCHMARK(BM_MemoryOneMillion)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
