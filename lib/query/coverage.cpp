// SPDX-License-Identifier: Apache-2.0
#include "portfolio_index.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <algorithm>
#include <vector>

namespace paradiplomacy {

std::vector<KindCoverage> coverage_by_kind(const Portfolio& portfolio, Day on, const TieFilter& filter) {
    TieFilter any_tier = filter;
    any_tier.tiers.clear();
    const InForce in_force = ties_in_force(portfolio, on, any_tier);
    const auto index = portfolio.index();

    // Collected as lists and counted after sort + unique: a node-based set per kind cost
    // more than the ties query itself on a large portfolio.
    struct Sets {
        std::vector<CountryCode> countries[2];  // [0] certain, [1] possible
        std::vector<PartnerId> regions[2];
        std::vector<PartnerId> partners[2];
    };
    const auto distinct = [](auto& v) {
        std::sort(v.begin(), v.end());
        return static_cast<std::size_t>(std::unique(v.begin(), v.end()) - v.begin());
    };
    constexpr std::size_t kinds = enum_names(AgreementKind{}).size();
    Sets sets[kinds];
    const auto add = [&](AgreementKind kind, const Partner& p, int which) {
        Sets& s = sets[static_cast<std::size_t>(kind)];
        s.countries[which].push_back(p.country);
        if (p.level == PartnerLevel::region) s.regions[which].push_back(p.id);
        s.partners[which].push_back(p.id);
    };
    for (const auto* list : {&in_force.certain, &in_force.possible}) {
        for (const TieStatus& t : *list) {
            const Partner& p = portfolio.partners()[t.tie.partner.index()];
            const bool certain = list == &in_force.certain && t.certain_tier == t.tier;
            if (certain) add(t.tier, p, 0);
            add(t.tier, p, 1);
            // Any active agreement's kind at or above the certain tier could be the tier.
            const int floor = t.certain_tier ? tier_rank(*t.certain_tier) : 0;
            for (const auto* ids : {&t.certainly_active, &t.possibly_active})
                for (const AgreementId id : *ids) {
                    const AgreementKind kind = index->effective_kind(id);
                    if (tier_rank(kind) > 0 && tier_rank(kind) >= floor) add(kind, p, 1);
                }
        }
    }
    std::vector<KindCoverage> rows;
    for (std::size_t k = 0; k < kinds; ++k) {
        Sets& s = sets[k];
        if (s.partners[1].empty()) continue;
        const auto kind = static_cast<AgreementKind>(k);
        if (!filter.tiers.empty() && std::find(filter.tiers.begin(), filter.tiers.end(), kind) == filter.tiers.end())
            continue;
        rows.push_back(KindCoverage{kind,
                                    {distinct(s.countries[0]), distinct(s.countries[1])},
                                    {distinct(s.regions[0]), distinct(s.regions[1])},
                                    {distinct(s.partners[0]), distinct(s.partners[1])}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const KindCoverage& a, const KindCoverage& b) {
        return tier_rank(a.kind) > tier_rank(b.kind);
    });
    return rows;
}

}  // namespace paradiplomacy
