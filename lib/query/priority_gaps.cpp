// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/designations.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <set>

namespace paradiplomacy {

PriorityGaps priority_partners_without_tie(const Portfolio& portfolio, Day on, const TieFilter& filter) {
    // Which ties count; country and level narrow the priority list instead, while
    // priority_only stays: with it, only ties with priority partners cover.
    TieFilter ties_filter = filter;
    ties_filter.country.reset();
    ties_filter.level.reset();
    const InForce in_force = ties_in_force(portfolio, on, ties_filter);
    std::set<PartnerId> partners[2];  // [0] certainly covered, [1] possibly covered
    std::set<CountryCode> countries[2];
    for (const auto* list : {&in_force.certain, &in_force.possible}) {
        const int which = list == &in_force.certain ? 0 : 1;
        for (const TieStatus& t : *list) {
            partners[which].insert(t.tie.partner);
            countries[which].insert(portfolio.partners()[t.tie.partner.index()].country);
        }
    }
    PriorityGaps gaps;
    const std::vector<Truth> designated = designation_states(portfolio, DesignationKind::priority, on);
    for (const Partner& p : portfolio.partners()) {
        const Truth priority = designated[p.id.index()];
        if (priority == Truth::no) continue;
        if (filter.country && p.country != *filter.country) continue;
        if (filter.level && p.level != *filter.level) continue;
        const bool country = p.level == PartnerLevel::country;
        const bool certain = partners[0].contains(p.id) || (country && countries[0].contains(p.country));
        if (certain) continue;
        const bool possible = partners[1].contains(p.id) || (country && countries[1].contains(p.country));
        // A certain gap: certainly a priority partner, certainly no covering tie.
        (possible || priority == Truth::unknown ? gaps.possible : gaps.certain).push_back(p.id);
    }
    return gaps;
}

}  // namespace paradiplomacy
