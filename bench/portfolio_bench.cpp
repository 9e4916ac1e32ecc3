// SPDX-License-Identifier: Apache-2.0
// Load, save, validation, index building and every query of the library over the
// synthetic portfolio files that bench/generate_portfolio.py writes (10k, 100k and 1M
// agreements). The files are looked for in $PARADIPLOMACY_BENCH_DATA, else bench/data
// beside this source; a size whose file is missing is skipped with a message.
//
//   build-bench/bench/bench_portfolio_bench --benchmark_filter=Query
//
// The questions are those of bench/compare.py: the same day, window, country and partner.
#include "query/portfolio_index.hpp"

#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/query/exchanges.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/partner_timeline.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

const pd::Day kOn(2024, 6, 30);
const pd::Day kExpiringTo = kOn + boost::gregorian::days(90);

const char* size_name(std::int64_t n) {
    switch (n) {
        case 10'000: return "10k";
        case 100'000: return "100k";
        default: return "1m";
    }
}

fs::path data_file(std::int64_t n) {
    const char* dir = std::getenv("PARADIPLOMACY_BENCH_DATA");
    const fs::path base = dir ? fs::path(dir) : fs::path(PARADIPLOMACY_BENCH_SOURCE_DIR) / "data";
    return base / (std::string(size_name(n)) + ".portfolio.json");
}

// One loaded portfolio per size, kept for the query benchmarks (nullptr: no file).
const pd::Portfolio* portfolio_of(std::int64_t n) {
    static std::map<std::int64_t, std::unique_ptr<pd::Portfolio>> cache;
    auto& slot = cache[n];
    if (!slot && fs::exists(data_file(n))) {
        slot = std::make_unique<pd::Portfolio>(pd::load_portfolio(data_file(n)));
        (void)slot->index();
    }
    return slot.get();
}

bool need(benchmark::State& state, const pd::Portfolio*& p) {
    p = portfolio_of(state.range(0));
    if (!p)
        state.SkipWithError(("no " + data_file(state.range(0)).string() + ": run bench/generate_portfolio.py").c_str());
    return p != nullptr;
}

long status_kib(const char* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
    return -1;
}

void sizes(benchmark::internal::Benchmark* b) { b->Arg(10'000)->Arg(100'000)->Arg(1'000'000); }

// ---- files --------------------------------------------------------------------------------
void BM_Load(benchmark::State& state) {
    const fs::path path = data_file(state.range(0));
    if (!fs::exists(path)) {
        state.SkipWithError("no data file: run bench/generate_portfolio.py");
        return;
    }
    const long before = status_kib("VmRSS:");
    long loaded = 0;
    for (auto _ : state) {
        pd::Portfolio p = pd::load_portfolio(path);
        loaded = status_kib("VmRSS:") - before;
        benchmark::DoNotOptimize(p.agreements().size());
    }
    state.counters["file_MiB"] = static_cast<double>(fs::file_size(path)) / (1024.0 * 1024.0);
    state.counters["loaded_MiB"] = static_cast<double>(loaded) / 1024.0;
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(fs::file_size(path)));
}
BENCHMARK(BM_Load)->Apply(sizes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Save(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    const fs::path out =
        fs::temp_directory_path() / ("paradiplomacy-bench-" + std::string(size_name(state.range(0))) + ".json");
    for (auto _ : state) pd::save_portfolio(*p, out);
    state.counters["file_MiB"] = static_cast<double>(fs::file_size(out)) / (1024.0 * 1024.0);
    fs::remove(out);
}
BENCHMARK(BM_Save)->Apply(sizes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_Validate(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    pd::ValidationOptions options;
    options.today = pd::Day(2026, 1, 1);
    std::size_t findings = 0;
    for (auto _ : state) {
        const auto report = pd::validate(*p, options);
        findings = report.findings().size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_Validate)->Apply(sizes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The derived indexes every query shares, built once per portfolio state.
void BM_BuildIndex(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const pd::detail::PortfolioIndex index(*p);
        bytes = index.memory_bytes();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["index_MiB"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
}
BENCHMARK(BM_BuildIndex)->Apply(sizes)->Unit(benchmark::kMillisecond);

// ---- queries ------------------------------------------------------------------------------
void BM_QueryTiesInForceCountry(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    pd::TieFilter filter;
    filter.country = pd::CountryCode("MN");
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::ties_in_force(*p, kOn, filter);
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["ties"] = static_cast<double>(found);
}
BENCHMARK(BM_QueryTiesInForceCountry)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryTiesInForce(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::ties_in_force(*p, kOn);
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["ties"] = static_cast<double>(found);
}
BENCHMARK(BM_QueryTiesInForce)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryAgreementsInForce(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::agreements_in_force(*p, kOn);
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["agreements"] = static_cast<double>(found);
}
BENCHMARK(BM_QueryAgreementsInForce)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryExpiring90Days(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::expiring_within(*p, kOn, kExpiringTo);
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["agreements"] = static_cast<double>(found);
}
BENCHMARK(BM_QueryExpiring90Days)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryPartnerTimeline(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    // The partner in the middle, as bench/compare.py asks.
    const pd::PartnerId partner(static_cast<std::uint32_t>(p->partners().size() / 2));
    std::size_t events = 0;
    for (auto _ : state) {
        const auto r = pd::partner_timeline(*p, partner);
        events = r.size();
        benchmark::DoNotOptimize(events);
    }
    state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(BM_QueryPartnerTimeline)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryCoverageByKind(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    for (auto _ : state) benchmark::DoNotOptimize(pd::coverage_by_kind(*p, kOn));
}
BENCHMARK(BM_QueryCoverageByKind)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryOdaBudget(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto r = pd::oda_budget(*p);
        rows = r.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_QueryOdaBudget)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryDormantTies(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    std::size_t found = 0;
    for (auto _ : state) {
        const auto r = pd::dormant_ties(*p, kOn, 3);
        found = r.certain.size() + r.possible.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["ties"] = static_cast<double>(found);
}
BENCHMARK(BM_QueryDormantTies)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryExchanges(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    for (auto _ : state) benchmark::DoNotOptimize(pd::exchanges_by_partner(*p));
}
BENCHMARK(BM_QueryExchanges)->Apply(sizes)->Unit(benchmark::kMillisecond);

void BM_QueryLastContacts(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    for (auto _ : state) benchmark::DoNotOptimize(pd::last_contacts(*p));
}
BENCHMARK(BM_QueryLastContacts)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryPriorityGaps(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    for (auto _ : state) benchmark::DoNotOptimize(pd::priority_partners_without_tie(*p, kOn));
}
BENCHMARK(BM_QueryPriorityGaps)->Apply(sizes)->Unit(benchmark::kMicrosecond);

void BM_QueryStrategicOda(benchmark::State& state) {
    const pd::Portfolio* p = nullptr;
    if (!need(state, p)) return;
    for (auto _ : state) benchmark::DoNotOptimize(pd::oda_projects_by_strategic_country(*p));
}
BENCHMARK(BM_QueryStrategicOda)->Apply(sizes)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
