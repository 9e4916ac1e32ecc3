// SPDX-License-Identifier: Apache-2.0
#include "detail/work_counters.hpp"
#include "tie_state_internal.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/tie_state.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

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
Truth live_on(const Dates& a, DayNumber d) noexcept {
    return started_on(a, d) && !expired_on(a, d) && !terminated_on(a, d);
}

// Is any transitive successor of an agreement live on one day? Asked for every
// agreement of a tie, so each agreement's "it or a later one is live" is worked out once
// and reused by the agreements it supersedes: a chain of n agreements costs n steps, not
// n*n/2. Answers are kept in per-thread tables indexed by agreement and stamped with
// the call they belong to, so a call allocates nothing once the tables have grown.
class SupersededOn {
public:
    SupersededOn(const PortfolioIndex& index, std::size_t agreements, DayNumber day)
        : index_(index), day_(day), scratch_(tables()) {
        if (scratch_.stamp.size() < agreements) {
            scratch_.stamp.resize(agreements, 0);
            scratch_.value.resize(agreements, Truth::no);
            scratch_.on_loop.resize(agreements, 0);
            scratch_.component_stamp.resize(agreements, 0);
            scratch_.component.resize(agreements, 0);
        }
        if (++scratch_.call >= UINT32_MAX / 2) {  // the stamps would wrap around: start afresh
            for (auto* v : {&scratch_.stamp, &scratch_.on_loop, &scratch_.component_stamp})
                std::fill(v->begin(), v->end(), 0);
            scratch_.call = 1;
        }
    }

    Truth operator()(AgreementId a, const Dates& dates) {
        if (!(dates.has & Dates::has_successors)) return Truth::no;
        if (scratch_.on_loop[a.index()] == scratch_.call) return in_loop(a);
        Truth result = Truth::no;
        for (const AgreementId s : index_.successors(a)) {
            const auto live = live_from(s);
            if (!live) return in_loop(a);
            result = result || *live;
        }
        return result;
    }

private:
    struct Tables {
        std::vector<std::uint32_t> stamp;            // call * 2 + 1 while being worked out, call * 2 + 2 when known
        std::vector<Truth> value;                    // is the agreement or a transitive successor live?
        std::vector<std::uint32_t> on_loop;          // == call: the agreement is on a loop
        std::vector<std::uint32_t> component_stamp;  // == call: `component` holds its loop's component
        std::vector<std::uint32_t> component;
        std::vector<std::pair<AgreementId, std::size_t>> stack;
        std::vector<AgreementId> seen;
        std::uint32_t call = 0;
    };
    static Tables& tables() {
        thread_local Tables t;
        return t;
    }
    [[nodiscard]] std::uint32_t busy() const noexcept { return scratch_.call * 2 + 1; }
    [[nodiscard]] std::uint32_t known() const noexcept { return scratch_.call * 2 + 2; }

    /// Is `s` or one of its transitive successors live? nullopt when the successors of
    /// `s` loop back (bad data: ref.agreement.supersedes_cycle), where "later" has no meaning.
    std::optional<Truth> live_from(AgreementId s) {
        auto& stamp = scratch_.stamp;
        auto& value = scratch_.value;
        auto& stack = scratch_.stack;
        if (stamp[s.index()] == known()) return value[s.index()];
        stack.clear();
        stamp[s.index()] = busy();
        value[s.index()] = live_on(index_.dates(s), day_);
        stack.emplace_back(s, 0);
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            const auto successors = index_.successors(node);
            if (next == successors.size()) {
                stamp[node.index()] = known();
                const Truth done = value[node.index()];
                stack.pop_back();
                if (!stack.empty()) value[stack.back().first.index()] = value[stack.back().first.index()] || done;
                continue;
            }
            const AgreementId c = successors[next++];
            ++work_counters().successor_steps;
            if (stamp[c.index()] == known()) {
                value[node.index()] = value[node.index()] || value[c.index()];
            } else if (stamp[c.index()] == busy()) {
                // Only the members of a loop reach one, and a component has one loop: the
                // agreements on the stack from `c` on. The walk's unfinished answers are dropped.
                bool on = false;
                for (const auto& frame : stack) {
                    on = on || frame.first == c;
                    if (on) scratch_.on_loop[frame.first.index()] = scratch_.call;
                    stamp[frame.first.index()] = 0;
                }
                return std::nullopt;
            } else {
                stamp[c.index()] = busy();
                value[c.index()] = live_on(index_.dates(c), day_);
                stack.emplace_back(c, 0);
            }
        }
        return value[s.index()];
    }

    /// For an agreement on a loop every agreement of its component is a successor but
    /// itself: the component is walked once and shared by the loop's members.
    Truth in_loop(AgreementId a) {
        auto& member = scratch_.component_stamp;
        auto& component = scratch_.component;
        if (member[a.index()] != scratch_.call) {
            const auto id = static_cast<std::uint32_t>(components_.size());
            auto& seen = scratch_.seen;
            seen.assign(1, a);
            member[a.index()] = scratch_.call;
            component[a.index()] = id;
            Component c;
            for (std::size_t k = 0; k < seen.size(); ++k) {
                const Truth live = live_on(index_.dates(seen[k]), day_);
                c.yes += live == Truth::yes ? 1 : 0;
                c.unknown += live == Truth::unknown ? 1 : 0;
                for (const AgreementId next : index_.successors(seen[k])) {
                    ++work_counters().successor_steps;
                    if (member[next.index()] == scratch_.call) continue;
                    member[next.index()] = scratch_.call;
                    component[next.index()] = id;
                    seen.push_back(next);
                }
            }
            components_.push_back(c);
        }
        const Component& c = components_[component[a.index()]];
        const Truth own = live_on(index_.dates(a), day_);
        if (c.yes > (own == Truth::yes ? 1U : 0U)) return Truth::yes;
        if (c.unknown > (own == Truth::unknown ? 1U : 0U)) return Truth::unknown;
        return Truth::no;
    }

    struct Component {
        std::size_t yes = 0, unknown = 0;
    };
    const PortfolioIndex& index_;
    DayNumber day_;
    Tables& scratch_;
    std::vector<Component> components_;
};

}  // namespace

std::optional<PartialDate> effective_start(const Agreement& a) noexcept {
    if (a.validity) return a.validity->start();
    return a.signed_on;
}

Truth live_on(const Agreement& a, Day d) noexcept {
    return started_on(a, d) && !expired_on(a, d) && !terminated_on(a, d);
}

namespace {
AgreementStanding standing_of(SupersededOn& superseded_on, AgreementId id, const Dates& dates, DayNumber day) {
    AgreementStanding s;
    s.proposed = (dates.has & Dates::unsigned_proposal) != 0;
    s.started = started_on(dates, day);
    s.terminated = terminated_on(dates, day);
    s.expired = expired_on(dates, day);
    s.suspended = suspended_on(dates, day);
    s.superseded = superseded_on(id, dates);
    return s;
}
}  // namespace

AgreementStanding standing(const Portfolio& portfolio, const PortfolioIndex& index, const Agreement& a, Day d) {
    SupersededOn superseded_on(index, portfolio.agreements().size(), day_number(d));
    return standing_of(superseded_on, a.id, index.dates(a.id), day_number(d));
}

std::vector<AgreementStanding> standings(const PortfolioIndex& index, std::size_t agreements,
                                         std::span<const AgreementId> ids, Day d) {
    const DayNumber day = day_number(d);
    SupersededOn superseded_on(index, agreements, day);
    std::vector<AgreementStanding> out;
    out.reserve(ids.size());
    for (const AgreementId id : ids) out.push_back(standing_of(superseded_on, id, index.dates(id), day));
    return out;
}

TieStatus tie_status_at(const Portfolio& portfolio, const PortfolioIndex& index, std::size_t tie, Day d) {
    const PortfolioIndex::Tie& t = index.ties()[tie];
    TieStatus status;
    status.tie = TieKey{t.partner_id(), t.signatory_id()};
    Truth active = Truth::no, suspended = Truth::no, terminated = Truth::no, expired = Truth::no, proposed = Truth::no;
    int best_possible = -1;
    int best_certain = -1;
    const auto ids = index.agreements_of_tie(tie);
    const auto dates = index.dates_of_tie(tie);
    const DayNumber day = day_number(d);
    SupersededOn superseded_on(index, portfolio.agreements().size(), day);
    for (std::size_t k = 0; k < ids.size(); ++k) {
        const AgreementId id = ids[k];
        const AgreementStanding s = standing_of(superseded_on, id, dates[k], day);
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
    if (const auto found = index->find_tie(tie.partner, tie.signatory))
        return detail::tie_status_at(portfolio, *index, *found, d);
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
