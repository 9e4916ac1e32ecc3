// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/envelope_use.hpp>

#include <cstdint>
#include <set>
#include <vector>

namespace paradiplomacy {
namespace {

/// Each envelope's parent when it names one in the portfolio and the chain above it does
/// not loop; nullopt otherwise (validation reports both).
std::vector<std::optional<std::uint32_t>> usable_parents(std::span<const Envelope> table, const Portfolio& p) {
    std::vector<std::optional<std::uint32_t>> parent(table.size());
    for (const Envelope& e : table)
        if (e.parent && p.contains(*e.parent)) parent[e.id.index()] = e.parent->index();
    // Drop every link on a loop: walk up from each envelope at most table.size() steps.
    std::vector<char> state(table.size(), 0);  // 0 unvisited, 1 on the current path, 2 done
    for (std::uint32_t start = 0; start < table.size(); ++start) {
        std::vector<std::uint32_t> path;
        std::uint32_t i = start;
        while (state[i] == 0) {
            state[i] = 1;
            path.push_back(i);
            if (!parent[i]) break;
            i = *parent[i];
        }
        if (state[i] == 1 && parent[i]) {  // back on the path: i starts a loop
            const std::uint32_t loop_start = i;
            do {
                const std::uint32_t next = *parent[i];
                parent[i].reset();
                i = next;
            } while (i != loop_start && parent[i]);
        }
        for (const std::uint32_t j : path) state[j] = 2;
    }
    return parent;
}

struct Use {
    double planned = 0.0;
    double actual = 0.0;
    std::size_t lines = 0;
    std::size_t uncounted = 0;
    std::set<CurrencyCode> converted_from;
};

}  // namespace

std::vector<EnvelopeUseRow> envelope_use(const Portfolio& portfolio, std::optional<int> year,
                                         const ExchangeRates* rates) {
    const auto table = portfolio.records<Envelope>();
    const auto parent = usable_parents(table, portfolio);
    std::vector<Use> use(table.size());
    for (const MoneyLine& l : portfolio.records<MoneyLine>()) {
        if (!l.envelope || !portfolio.contains(*l.envelope)) continue;
        // The line counts for its envelope and every envelope above it.
        for (std::optional<std::uint32_t> at = l.envelope->index(); at; at = parent[*at]) {
            const Envelope& e = table[*at];
            Use& u = use[*at];
            if (!l.currency || !e.currency) {
                ++u.uncounted;
                continue;
            }
            double amount = l.amount;
            if (*l.currency != *e.currency) {
                const auto rate =
                    rates && rates->target() == *e.currency ? rates->rate(*l.currency, l.year) : std::nullopt;
                if (!rate) {
                    ++u.uncounted;
                    continue;
                }
                amount *= *rate;
                u.converted_from.insert(*l.currency);
            }
            (l.stage == MoneyStage::planned ? u.planned : u.actual) += amount;
            ++u.lines;
        }
    }
    std::vector<double> sub(table.size(), 0.0);
    for (const Envelope& e : table) {
        const auto up = parent[e.id.index()];
        if (up && e.currency && e.currency == table[*up].currency) sub[*up] += e.amount;
    }
    std::vector<EnvelopeUseRow> rows;
    for (const Envelope& e : table) {
        if (year && e.year != *year) continue;
        const Use& u = use[e.id.index()];
        EnvelopeUseRow row;
        row.envelope = e.id;
        row.parent = e.parent;
        row.year = e.year;
        row.currency = e.currency;
        row.amount = e.amount;
        row.planned = u.planned;
        row.actual = u.actual;
        row.sub_envelopes = sub[e.id.index()];
        row.lines = u.lines;
        row.uncounted_lines = u.uncounted;
        row.converted_from.assign(u.converted_from.begin(), u.converted_from.end());
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace paradiplomacy
