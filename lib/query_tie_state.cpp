// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/detail/tie_evaluation.hpp>
#include <paradiplomacy/query/tie_state.hpp>

#include <algorithm>

namespace paradiplomacy {
namespace detail {
namespace {

// On the records: live_on(Agreement, Day), for callers without an index.
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

// The same tests on the index's packed dates (day numbers): what the queries use.
using Dates = PortfolioIndex::Dates;

constexpr Truth on_or_before(DayNumber lo, DayNumber hi, DayNumber d) noexcept {
    return hi <= d ? Truth::yes : lo > d ? Truth::no : Truth::unknown;
}
constexpr Truth before(DayNumber lo, DayNumber hi, DayNumber d) noexcept {
    return hi < d ? Truth::yes : lo >= d ? Truth::no : Truth::unknown;
}
Truth started_on(const Dates& a, DayNumber d) noexcept {
    if (a.has & Dates::unsigned_proposal) return Truth::no;
    if (a.has & Dates::has_start) return on_or_before(a.start_lo, a.start_hi, d);
    return Truth::unknown;  // undated: in force, as far as anyone can tell
}
Truth expired_on(const Dates& a, DayNumber d) noexcept {
    return (a.has & Dates::has_end) ? before(a.end_lo, a.end_hi, d) : Truth::no;
}
Truth terminated_on(const Dates& a, DayNumber d) noexcept {
    return (a.has & Dates::has_terminated) ? on_or_before(a.terminated_lo, a.terminated_hi, d) : Truth::no;
}
Truth suspended_on(const Dates& a, DayNumber d) noexcept {
    if (!(a.has & Dates::has_suspended)) return Truth::no;
    const Truth resumed = (a.has & Dates::has_resumed) ? on_or_before(a.resumed_lo, a.resumed_hi, d) : Truth::no;
    return on_or_before(a.suspended_lo, a.suspended_hi, d) && !resumed;
}
Truth live_on(const Dates& a, DayNumber d) noexcept { return started_on(a, d) && !expired_on(a, d) && !terminated_on(a, d); }

// Is any transitive successor of `a` live on `d`? Chains are short; the visited list
// guards against cycles in bad data.
Truth superseded_on(const PortfolioIndex& index, AgreementId a, const Dates& dates, DayNumber d) {
    if (!(dates.has & Dates::has_successors)) return Truth::no;
    const auto direct = index.successors(a);
    if (direct.empty()) return Truth::no;
    if (direct.size() == 1 && index.successors(direct[0]).empty()) return live_on(index.dates(direct[0]), d);
    Truth result = Truth::no;
    // Scratch lists kept per thread: allocating two vectors for each agreement with a
    // successor dominated a tie query's cost.
    thread_local std::vector<AgreementId> pending;
    thread_local std::vector<AgreementId> seen;
    pending.assign(direct.begin(), direct.end());
    seen.assign(1, a);
    while (!pending.empty() && result != Truth::yes) {
        const AgreementId s = pending.back();
        pending.pop_back();
        if (std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
        seen.push_back(s);
        result = result || live_on(index.dates(s), d);
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

namespace {
AgreementStanding standing_of(const PortfolioIndex& index, AgreementId id, const Dates& dates, DayNumber day) {
    AgreementStanding s;
    s.proposed = (dates.has & Dates::unsigned_proposal) != 0;
    s.started = started_on(dates, day);
    s.terminated = terminated_on(dates, day);
    s.expired = expired_on(dates, day);
    s.suspended = suspended_on(dates, day);
    s.superseded = superseded_on(index, id, dates, day);
    return s;
}
}  // namespace

AgreementStanding standing(const Portfolio&, const PortfolioIndex& index, const Agreement& a, Day d) {
    return standing_of(index, a.id, index.dates(a.id), day_number(d));
}

TieStatus tie_status_at(const Portfolio& /*portfolio*/, const PortfolioIndex& index, std::size_t tie, Day d) {
    const PortfolioIndex::Tie& t = index.ties()[tie];
    TieStatus status;
    status.tie = TieKey{t.partner_id(), t.signatory_id()};
    Truth active = Truth::no, suspended = Truth::no, terminated = Truth::no, expired = Truth::no, proposed = Truth::no;
    int best_possible = -1;
    int best_certain = -1;
    const auto ids = index.agreements_of_tie(tie);
    const auto dates = index.dates_of_tie(tie);
    const DayNumber day = day_number(d);
    for (std::size_t k = 0; k < ids.size(); ++k) {
        const AgreementId id = ids[k];
        const AgreementStanding s = standing_of(index, id, dates[k], day);
        const Truth a = s.active();
        active = active || a;
        suspended = suspended || s.is_suspended();
        terminated = terminated || s.is_terminated();
        expired = expired || s.is_expired();
        proposed = proposed || s.is_proposed();
        if (a == Truth::no) continue;
        (a == Truth::yes ? status.certainly_active : status.possibly_active).push_back(id);
        const auto kind = static_cast<AgreementKind>(dates[k].effective_kind);
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
