// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/ties_by_government.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

namespace paradiplomacy {
namespace {

/// Home government first (0), then municipalities by record order (index + 1).
std::uint32_t signatory_order(const std::optional<MunicipalityId>& signatory) {
    return signatory ? signatory->index() + 1U : 0U;
}

}  // namespace

std::vector<GovernmentTieRow> ties_by_government(const Portfolio& portfolio, Day on, SignatoryScope scope) {
    TieFilter filter;
    filter.scope = scope;
    return ties_by_government(portfolio, ties_in_force(portfolio, on, filter));
}

std::vector<GovernmentTieRow> ties_by_government(const Portfolio& portfolio, const InForce& in_force) {
    // Key: signatory order, country, minus the tier's rank (highest first), tier.
    std::map<std::tuple<std::uint32_t, CountryCode, int, AgreementKind>, GovernmentTieRow> rows;
    for (const auto* list : {&in_force.certain, &in_force.possible}) {
        for (const TieStatus& t : *list) {
            const Partner& partner = portfolio.partners()[t.tie.partner.index()];
            GovernmentTieRow& row =
                rows[{signatory_order(t.tie.signatory), partner.country, -tier_rank(t.tier), t.tier}];
            row.signatory = t.tie.signatory;
            row.country = partner.country;
            row.tier = t.tier;
            if (list == &in_force.certain && t.certain_tier == t.tier) ++row.ties.certain;
            ++row.ties.possible;
        }
    }
    std::vector<GovernmentTieRow> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) out.push_back(row);
    return out;
}

MunicipalTieTotals municipal_tie_totals(const Portfolio& portfolio, Day on) {
    TieFilter filter;
    filter.scope = SignatoryScope::municipalities;
    return municipal_tie_totals(portfolio, ties_in_force(portfolio, on, filter));
}

MunicipalTieTotals municipal_tie_totals(const Portfolio& portfolio, const InForce& in_force) {
    MunicipalTieTotals totals;
    std::size_t ties[2] = {0, 0};           // [0] certain, [1] possible
    std::vector<CountryCode> countries[2];  // [0] certain, [1] possible
    std::vector<MunicipalityId> municipalities[2];
    for (const auto* list : {&in_force.certain, &in_force.possible}) {
        const int first = list == &in_force.certain ? 0 : 1;
        for (const TieStatus& t : *list) {
            if (!t.tie.signatory) continue;  // the home government's own
            const CountryCode country = portfolio.partners()[t.tie.partner.index()].country;
            for (int which = first; which < 2; ++which) {
                ++ties[which];
                countries[which].push_back(country);
                municipalities[which].push_back(*t.tie.signatory);
            }
        }
    }
    const auto distinct = [](auto& v) {
        std::sort(v.begin(), v.end());
        return static_cast<std::size_t>(std::unique(v.begin(), v.end()) - v.begin());
    };
    totals.ties = {ties[0], ties[1]};
    totals.countries = {distinct(countries[0]), distinct(countries[1])};
    totals.municipalities = {distinct(municipalities[0]), distinct(municipalities[1])};
    return totals;
}

}  // namespace paradiplomacy
