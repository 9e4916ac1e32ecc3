// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/municipal_services.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

namespace paradiplomacy {
namespace {

bool selected(const ExchangeProgram& p, const ServiceFilter& f) {
    if (f.kind && p.kind != *f.kind) return false;
    if (f.year && (!p.start || p.start->year() != *f.year)) return false;
    return true;
}

/// The program's municipalities that the portfolio holds, each once.
std::vector<MunicipalityId> served(const Portfolio& portfolio, const ExchangeProgram& p) {
    std::vector<MunicipalityId> out;
    for (const MunicipalityId m : p.municipalities)
        if (portfolio.contains(m)) out.push_back(m);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

std::vector<MunicipalServiceRow> services_to_municipalities(const Portfolio& portfolio, const ServiceFilter& filter) {
    std::map<std::tuple<std::uint32_t, ProgramKind, std::optional<int>>, ExchangeTally> rows;
    for (const ExchangeProgram& p : portfolio.programs()) {
        if (p.municipalities.empty() || !selected(p, filter)) continue;
        const std::optional<int> year = p.start ? std::optional(p.start->year()) : std::nullopt;
        for (const MunicipalityId m : served(portfolio, p)) {
            if (filter.municipality && m != *filter.municipality) continue;
            rows[{m.index(), p.kind, year}].add(p);
        }
    }
    std::vector<MunicipalServiceRow> out;
    out.reserve(rows.size());
    for (const auto& [key, tally] : rows) {
        const auto& [municipality, kind, year] = key;
        out.push_back(MunicipalServiceRow{MunicipalityId(municipality), kind, year, tally});
    }
    return out;
}

std::vector<ServiceKindSummary> services_by_kind(const Portfolio& portfolio) {
    constexpr std::size_t kinds = enum_names(ProgramKind{}).size();
    std::size_t programs[kinds] = {};
    std::vector<MunicipalityId> reached[kinds];
    for (const ExchangeProgram& p : portfolio.programs()) {
        const std::vector<MunicipalityId> ms = served(portfolio, p);
        if (ms.empty()) continue;
        const auto k = static_cast<std::size_t>(p.kind);
        ++programs[k];
        reached[k].insert(reached[k].end(), ms.begin(), ms.end());
    }
    std::vector<ServiceKindSummary> out;
    for (std::size_t k = 0; k < kinds; ++k) {
        if (programs[k] == 0) continue;
        std::sort(reached[k].begin(), reached[k].end());
        const auto distinct =
            static_cast<std::size_t>(std::unique(reached[k].begin(), reached[k].end()) - reached[k].begin());
        out.push_back(ServiceKindSummary{static_cast<ProgramKind>(k), programs[k], distinct});
    }
    return out;
}

}  // namespace paradiplomacy
