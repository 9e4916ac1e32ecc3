// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/detail/tie_evaluation.hpp>
#include <paradiplomacy/query/tie_state.hpp>

#include <algorithm>

namespace paradiplomacy {
namespace detail {
namespace {

Truth started_on(const Agreement& a, Day d) noexcept {
    if (a.proposed && !a.signed_on) return Truth::no;
    if (const auto start = effective_start(a)) return start->on_or_before(d);
    return Truth::unknown;  // undated: in force, as far as anyone can tell
}

Truth expired_on(const Agreement& a, Day d) noexcept {
    if (a.validity && a.validity->end()) return a.validity->end()->before(d);
    return Truth::no;
}

Truth terminated_on(const Agreement& a, Day d) noexcept {
    return a.terminated_on ? a.terminated_on->on_or_before(d) : Truth::no;
}

Truth suspended_on(const Agreement& a, Day d) noexcept {
    if (!a.suspended_on) return Truth::no;
    const Truth resumed = a.resumed_on ? a.resumed_on->on_or_before(d) : Truth::no;
    return a.suspended_on->on_or_before(d) && !resumed;
}

// Is any transitive successor of `a` live on `d`? Chains are short; the visited list
// guards against cycles in bad data.
Truth superseded_on(const Portfolio& portfolio, const PortfolioIndex& index, const Agreement& a, Day d) {
    if (index.successors(a.id).empty()) return Truth::no;
    Truth result = Truth::no;
    std::vector<AgreementId> pending(index.successors(a.id).begin(), index.successors(a.id).end());
    std::vector<AgreementId> seen{a.id};
    while (!pending.empty() && result != Truth::yes) {
        const AgreementId s = pending.back();
        pending.pop_back();
        if (std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
        seen.push_back(s);
        result = result || live_on(portfolio.agreements()[s.index()], d);
        for (const AgreementId next : index.successors(s)) pending.push_back(next);
    }
    return result;
}

}  // namespace

std::optional<PartialDate> effective_start(const Agreement& a) noexcept {
    if (a.validity) return a.validity->start();
    return a.signed_on;
}

Truth live_on(const Agreement& a, Day d) noexcept { return started_on(a, d) && !expired_on(a, d) && !terminated_on(a, d); }

AgreementStanding standing(const Portfolio& portfolio, const PortfolioIndex& index, const Agreement& a, Day d) {
    AgreementStanding s;
    s.proposed = a.proposed && !a.signed_on;
    s.started = started_on(a, d);
    s.terminated = terminated_on(a, d);
    s.expired = expired_on(a, d);
    s.suspended = suspended_on(a, d);
    s.superseded = superseded_on(portfolio, index, a, d);
    return s;
}

TieStatus tie_status_at(const Portfolio& portfolio, const PortfolioIndex& index, std::size_t tie, Day d) {
    const PortfolioIndex::Tie& t = index.ties()[tie];
    TieStatus status;
    status.tie = TieKey{t.partner_id(), t.signatory_id()};
    Truth active = Truth::no, suspended = Truth::no, terminated = Truth::no, expired = Truth::no, proposed = Truth::no;
    int best_possible = -1;
    int best_certain = -1;
    for (const AgreementId id : index.agreements_of_tie(tie)) {
        const AgreementStanding s = standing(portfolio, index, portfolio.agreements()[id.index()], d);
        const Truth a = s.active();
        active = active || a;
        suspended = suspended || s.is_suspended();
        terminated = terminated || s.is_terminated();
        expired = expired || s.is_expired();
        proposed = proposed || s.is_proposed();
        if (a == Truth::no) continue;
        (a == Truth::yes ? status.certainly_active : status.possibly_active).push_back(id);
        const AgreementKind kind = index.effective_kind(id);
        const int rank = tier_rank(kind);
        if (rank > best_possible) {
            best_possible = rank;
            status.tier = rank > 0 ? kind : AgreementKind::other;
        }
        if (a == Truth::yes && rank > best_certain) {
            best_certain = rank;
            status.certain_tier = rank > 0 ? kind : AgreementKind::other;
        }
    }
    std::sort(status.certainly_active.begin(), status.certainly_active.end());
    std::sort(status.possibly_active.begin(), status.possibly_active.end());
    const std::pair<TieState, Truth> order[] = {{TieState::active, active},
                                                {TieState::suspended, suspended},
                                                {TieState::terminated, terminated},
                                                {TieState::expired, expired},
                                                {TieState::proposed, proposed}};
    for (const auto& [state, truth] : order) {
        if (truth == Truth::no) continue;
        status.state = state;
        status.certainty = truth;
        return status;
    }
    status.state = TieState::none;
    status.certainty = Truth::yes;
    return status;
}

}  // namespace detail

AgreementStanding agreement_standing(const Portfolio& portfolio, AgreementId agreement, Day d) {
    const Agreement& a = portfolio.agreement(agreement);
    return detail::standing(portfolio, *portfolio.index(), a, d);
}

TieStatus tie_status(const Portfolio& portfolio, const TieKey& tie, Day d) {
    const auto index = portfolio.index();
    if (const auto found = index->find_tie(tie.partner, tie.signatory)) return detail::tie_status_at(portfolio, *index, *found, d);
    TieStatus none;
    none.tie = tie;
    return none;
}

std::vector<TieStatus> ties_of_partner(const Portfolio& portfolio, PartnerId partner, Day d) {
    const auto index = portfolio.index();
    std::vector<TieStatus> out;
    const auto ties = index->ties();
    auto it = std::lower_bound(ties.begin(), ties.end(), partner.index(),
                               [](const detail::PortfolioIndex::Tie& t, std::uint32_t p) { return t.partner < p; });
    for (; it != ties.end() && it->partner == partner.index(); ++it)
        out.push_back(detail::tie_status_at(portfolio, *index, static_cast<std::size_t>(it - ties.begin()), d));
    return out;
}

}  // namespace paradiplomacy
