// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/exchanges.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace paradiplomacy {
namespace {

/// The filter with its topic looked up once in the portfolio's text: a topic no record
/// holds is not in the pool, and then no program matches.
struct Selection {
    const ExchangeFilter& filter;
    std::optional<TextId> topic;

    Selection(const Portfolio& portfolio, const ExchangeFilter& f) : filter(f) {
        if (f.topic) topic = portfolio.texts().find(*f.topic);
    }
};

bool selected(const ExchangeProgram& p, const Selection& s) {
    const ExchangeFilter& f = s.filter;
    if (is_municipal_service(p)) return false;  // not an exchange (query/municipal_services.hpp)
    if (f.topic && (!s.topic || std::find(p.topics.begin(), p.topics.end(), *s.topic) == p.topics.end())) return false;
    if (f.kind && p.kind != *f.kind) return false;
    if (f.year && (!p.start || p.start->year() != *f.year)) return false;  // undated: never a given year
    if (f.direction && p.direction != *f.direction) return false;
    if (f.organiser_set && p.organiser != f.organiser) return false;
    if (f.partner && std::find(p.partners.begin(), p.partners.end(), *f.partner) == p.partners.end()) return false;
    return true;
}

}  // namespace

std::vector<ExchangeRow> exchanges_by_partner(const Portfolio& portfolio, const ExchangeFilter& filter) {
    const Selection selection(portfolio, filter);
    // Key: partner index + 1 (0: none), kind, year (nullopt: undated, first), direction.
    std::map<std::tuple<std::uint32_t, ProgramKind, std::optional<int>, Direction>, ExchangeTally> rows;
    std::vector<PartnerId> distinct;
    for (const ExchangeProgram& p : portfolio.programs()) {
        if (!selected(p, selection)) continue;
        const std::optional<int> year = p.start ? std::optional(p.start->year()) : std::nullopt;
        bool any = false;
        // A partner named twice counts once: sorted and deduplicated, so a program naming
        // many partners costs n log n, not n*n/2 (the tallies are keyed, so order does not matter).
        distinct.assign(p.partners.begin(), p.partners.end());
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (const PartnerId partner : distinct) {
            if (!portfolio.contains(partner)) continue;
            if (filter.partner && partner != *filter.partner) continue;
            any = true;
            rows[{partner.index() + 1U, p.kind, year, p.direction}].add(p);
        }
        if (!any && !filter.partner) rows[{0U, p.kind, year, p.direction}].add(p);
    }
    std::vector<ExchangeRow> out;
    out.reserve(rows.size());
    for (const auto& [key, tally] : rows) {
        const auto& [partner, kind, year, direction] = key;
        out.push_back(ExchangeRow{partner == 0 ? std::nullopt : std::optional(PartnerId(partner - 1U)), kind, year,
                                  direction, tally});
    }
    return out;
}

ExchangeTally exchange_totals(const Portfolio& portfolio, const ExchangeFilter& filter) {
    const Selection selection(portfolio, filter);
    ExchangeTally t;
    for (const ExchangeProgram& p : portfolio.programs())
        if (selected(p, selection)) t.add(p);
    return t;
}

}  // namespace paradiplomacy
