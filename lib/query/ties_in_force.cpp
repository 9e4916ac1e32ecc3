// SPDX-License-Identifier: Apache-2.0
#include "tie_state_internal.hpp"
#include "ties_in_force_internal.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/designations.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <algorithm>

namespace paradiplomacy {

namespace detail {

TieSelection::TieSelection(const Portfolio& portfolio, const TieFilter& filter, Day on)
    : portfolio_(portfolio), filter_(filter) {
    if (filter.priority_only) priority_ = designation_states(portfolio, DesignationKind::priority, on);
}

bool TieSelection::operator()(const TieKey& tie) const {
    const Portfolio& portfolio = portfolio_;
    const TieFilter& filter = filter_;
    if (filter.municipality) {
        if (tie.signatory != filter.municipality) return false;
    } else if (filter.scope == SignatoryScope::home_only && tie.signatory) {
        return false;
    } else if (filter.scope == SignatoryScope::municipalities && !tie.signatory) {
        return false;
    }
    if (!portfolio.contains(tie.partner)) return false;
    const Partner& p = portfolio.partners()[tie.partner.index()];
    if (filter.country && p.country != *filter.country) return false;
    if (filter.level && p.level != *filter.level) return false;
    if (filter.priority_only && priority_[tie.partner.index()] == Truth::no) return false;
    return true;
}

bool tier_selected(const TieStatus& status, const TieFilter& filter) {
    return filter.tiers.empty() ||
           std::find(filter.tiers.begin(), filter.tiers.end(), status.tier) != filter.tiers.end();
}

}  // namespace detail

InForce ties_in_force(const Portfolio& portfolio, Day on, const TieFilter& filter) {
    const auto index = portfolio.index();
    std::vector<std::uint32_t> ties;
    if (filter.country) {
        // One country: its partners' ties, already in (partner, signatory) order. Cheaper
        // than every agreement possibly in force when the country is a small part.
        for (const PartnerId p : index->partners_in(*filter.country)) {
            const auto [first, last] = index->tie_range(p);
            for (std::size_t t = first; t < last; ++t) ties.push_back(static_cast<std::uint32_t>(t));
        }
    } else {
        std::vector<AgreementId> candidates;
        index->possibly_in_force(on, candidates);
        ties.reserve(candidates.size());
        for (const AgreementId id : candidates) ties.push_back(index->tie_of(id));
        std::sort(ties.begin(), ties.end());
        ties.erase(std::unique(ties.begin(), ties.end()), ties.end());
    }

    InForce result;
    const detail::TieSelection selected(portfolio, filter, on);
    for (const std::uint32_t tie : ties) {
        const auto& t = index->ties()[tie];
        if (!selected(TieKey{t.partner_id(), t.signatory_id()})) continue;
        TieStatus status = detail::tie_status_at(portfolio, *index, tie, on);
        if (status.state != TieState::active || !detail::tier_selected(status, filter)) continue;
        (status.certainty == Truth::yes ? result.certain : result.possible).push_back(std::move(status));
    }
    return result;
}

AgreementsInForce agreements_in_force(const Portfolio& portfolio, Day on) {
    const auto index = portfolio.index();
    std::vector<AgreementId> candidates;
    index->possibly_in_force(on, candidates);
    AgreementsInForce result;
    const auto standings = detail::standings(*index, portfolio.agreements().size(), candidates, on);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const Truth active = standings[k].active();
        if (active == Truth::yes)
            result.certain.push_back(candidates[k]);
        else if (active == Truth::unknown)
            result.possible.push_back(candidates[k]);
    }
    std::sort(result.certain.begin(), result.certain.end());
    std::sort(result.possible.begin(), result.possible.end());
    return result;
}

}  // namespace paradiplomacy
