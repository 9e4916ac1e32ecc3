// SPDX-License-Identifier: Apache-2.0
// Rules on contradictory states of a tie: events after a termination, and two
// tier-defining agreements of one tie in force together without one superseding the other.

#include "detail/work_counters.hpp"
#include "rule_run.hpp"

#include <paradiplomacy/values/calendar.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace paradiplomacy::detail {
namespace {

void events_after_termination(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements()) {
        if (!a.terminated_on) continue;
        for (const auto& [date, field] :
             {std::pair{&a.suspended_on, "suspended_on"}, std::pair{&a.resumed_on, "resumed_on"}})
            if (*date && certainly_before(*a.terminated_on, **date))
                run.report(
                    run.ref(a), field,
                    std::string(field) + " " + (*date)->to_string() + " is after the agreement was terminated on " +
                        a.terminated_on->to_string() +
                        ": a terminated agreement cannot be suspended or resumed; record a new agreement instead, "
                        "or correct the dates");
    }
}

void validity_after_termination(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        if (a.terminated_on && a.validity && certainly_before(*a.terminated_on, a.validity->start()))
            run.report(run.ref(a), "validity",
                       "validity starts " + a.validity->start().to_string() +
                           ", after the agreement was terminated on " + a.terminated_on->to_string() +
                           ": it would be in force after its termination; correct the dates");
}

void program_after_termination(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs()) {
        if (!p.agreement || !run.portfolio.contains(*p.agreement)) continue;
        const Agreement& a = run.portfolio.agreement(*p.agreement);
        if (p.start && a.terminated_on && certainly_before(*a.terminated_on, *p.start))
            run.report(run.ref(p), "agreement",
                       "starts " + p.start->to_string() + ", after " + run.name("agreement", a.key, a.id.index()) +
                           " was terminated on " + a.terminated_on->to_string() +
                           ": link the program to the agreement in force then, or to none");
    }
}

/// The days on which an agreement is certainly in force, ignoring suspensions: from the
/// last day its start can be to the first day its end can be.
struct CertainSpan {
    Day first;
    Day last;
};

std::optional<CertainSpan> certainly_in_force(const Portfolio& portfolio, const Agreement& a,
                                              const std::vector<std::vector<std::uint32_t>>& superseded_by) {
    if (a.proposed || !a.signed_on) return std::nullopt;
    Day first = a.signed_on->latest();
    Day last(boost::gregorian::max_date_time);
    if (a.validity) {
        first = std::max(first, a.validity->start().latest());
        if (a.validity->end()) last = std::min(last, a.validity->end()->earliest());
    }
    // Ends the span the day before `d`; false when `d` is the calendar's first day, which no day precedes.
    const auto end_before = [&last](const PartialDate& d) {
        const ShiftedDay before = add_days(d.earliest(), -1);
        if (before.exact()) last = std::min(last, before.day);
        return before.exact();
    };
    if (a.terminated_on && !end_before(*a.terminated_on)) return std::nullopt;
    for (std::uint32_t later : superseded_by[a.id.index()]) {
        const Agreement& b = portfolio.agreements()[later];
        if (!b.proposed && b.signed_on && !end_before(*b.signed_on)) return std::nullopt;
    }
    if (last < first) return std::nullopt;
    return CertainSpan{first, last};
}

/// Whether following supersedes links from one agreement reaches another, answered in
/// constant time so that comparing the agreements of a long chain stays linear. Each
/// agreement supersedes at most one, so the links form trees, rooted at agreements that
/// supersede nothing or at the members of a loop (bad data, reported by
/// ref.agreement.supersedes_cycle). `b` lies on the chain of `a` when `b` is an ancestor
/// of `a` in its tree, or when `b` is on the loop that `a`'s tree hangs from.
class SupersedesChains {
public:
    explicit SupersedesChains(const Portfolio& portfolio) {
        const auto table = portfolio.agreements();
        const auto n = static_cast<std::uint32_t>(table.size());
        next_.assign(n, none);
        for (std::uint32_t i = 0; i < n; ++i)
            if (table[i].supersedes && portfolio.contains(*table[i].supersedes))
                next_[i] = table[i].supersedes->index();
        find_loops();
        number_trees();
    }

    /// Does a chain of supersedes links lead from `from` to `to` (two different agreements)?
    [[nodiscard]] bool leads_to(std::uint32_t from, std::uint32_t to) const noexcept {
        if (loop_[to] != none) return loop_[root_[from]] == loop_[to];
        return enter_[to] < enter_[from] && enter_[from] < leave_[to];
    }

private:
    static constexpr std::uint32_t none = UINT32_MAX;

    /// Marks each agreement on a loop with the loop's first member found.
    void find_loops() {
        const auto n = static_cast<std::uint32_t>(next_.size());
        loop_.assign(n, none);
        std::vector<char> state(n, 0);  // 0 not seen, 1 on the current walk, 2 done
        std::vector<std::uint32_t> walk;
        for (std::uint32_t start = 0; start < n; ++start) {
            walk.clear();
            std::uint32_t u = start;
            while (u != none && state[u] == 0) {
                state[u] = 1;
                walk.push_back(u);
                u = next_[u];
            }
            if (u != none && state[u] == 1) {
                std::uint32_t v = u;
                do {
                    loop_[v] = u;
                    v = next_[v];
                } while (v != u);
            }
            for (const std::uint32_t v : walk) state[v] = 2;
        }
    }

    /// Numbers the trees depth first: the agreements whose chains pass through `v` get
    /// entry numbers in [enter_[v], leave_[v]).
    void number_trees() {
        const auto n = static_cast<std::uint32_t>(next_.size());
        const auto is_root = [&](std::uint32_t v) { return next_[v] == none || loop_[v] != none; };
        std::vector<std::uint32_t> first_child(n + 1, 0), children;
        for (std::uint32_t v = 0; v < n; ++v)
            if (!is_root(v)) ++first_child[next_[v] + 1];
        for (std::uint32_t v = 0; v < n; ++v) first_child[v + 1] += first_child[v];
        children.resize(first_child[n]);
        std::vector<std::uint32_t> fill(first_child.begin(), first_child.end() - 1);
        for (std::uint32_t v = 0; v < n; ++v)
            if (!is_root(v)) children[fill[next_[v]]++] = v;

        enter_.assign(n, 0);
        leave_.assign(n, 0);
        root_.assign(n, none);
        std::uint32_t clock = 0;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> stack;  // agreement, next child to visit
        for (std::uint32_t r = 0; r < n; ++r) {
            if (!is_root(r)) continue;
            root_[r] = r;
            enter_[r] = clock++;
            stack.emplace_back(r, first_child[r]);
            while (!stack.empty()) {
                auto& [v, child] = stack.back();
                if (child == first_child[v + 1]) {
                    leave_[v] = clock;
                    stack.pop_back();
                    continue;
                }
                const std::uint32_t c = children[child++];
                root_[c] = r;
                enter_[c] = clock++;
                stack.emplace_back(c, first_child[c]);
            }
        }
    }

    std::vector<std::uint32_t> next_, loop_, root_, enter_, leave_;
};

/// At most this many findings of state.tie.concurrent_tiers name pairs of one tie; the
/// rest of the tie is summed up in one more finding, so a tie of thousands of unlinked
/// agreements gives a short report instead of millions of lines.
constexpr std::size_t max_pair_findings_per_tie = 20;
/// Pairs compared per agreement of a tie, on average, before the rest is only counted:
/// overlapping pairs that need no finding (a chain, a later lower tier) stay cheap.
constexpr std::size_t pair_budget_per_agreement = 64;

void concurrent_tiers(const RuleRun& run) {
    const auto table = run.portfolio.agreements();
    std::vector<std::vector<std::uint32_t>> superseded_by(table.size());
    for (const Agreement& a : table)
        if (a.supersedes && run.portfolio.contains(*a.supersedes))
            superseded_by[a.supersedes->index()].push_back(a.id.index());
    const SupersedesChains chains(run.portfolio);
    WorkCounters& work = work_counters();

    std::map<std::pair<std::uint32_t, std::int64_t>, std::vector<std::uint32_t>> ties;
    for (const Agreement& a : table)
        if (tier_rank(a.kind) > 0)
            ties[{a.partner.index(), a.signatory ? static_cast<std::int64_t>(a.signatory->index()) : -1}].push_back(
                a.id.index());

    struct Span {
        CertainSpan days;
        std::uint32_t agreement;
    };
    struct Overlap {
        std::uint32_t earlier, later;
        Day from;
    };
    std::vector<Span> spans;
    std::vector<std::size_t> active;  // a heap of positions in `spans`, the one ending first on top
    std::vector<Overlap> found;
    for (const auto& [tie, members] : ties) {
        // Sweep the tie's certain spans by their first day: the spans still active when
        // one starts are exactly those it overlaps, from its first day on.
        spans.clear();
        for (const std::uint32_t m : members)
            if (const auto s = certainly_in_force(run.portfolio, table[m], superseded_by)) spans.push_back({*s, m});
        std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) {
            return std::pair(x.days.first, x.agreement) < std::pair(y.days.first, y.agreement);
        });
        const auto ends_later = [&](std::size_t x, std::size_t y) { return spans[y].days.last < spans[x].days.last; };
        active.clear();
        found.clear();
        std::size_t budget = pair_budget_per_agreement * spans.size();
        bool counting_only = false;  // past the cap or the budget: only count what overlaps
        std::optional<std::uint32_t> first_unlisted;
        std::size_t unlisted = 0;
        for (std::size_t at = 0; at < spans.size(); ++at) {
            const Span& next = spans[at];
            ++work.tie_steps;
            while (!active.empty() && spans[active.front()].days.last < next.days.first) {
                std::pop_heap(active.begin(), active.end(), ends_later);
                active.pop_back();
            }
            for (std::size_t k = 0; k < active.size() && !counting_only; ++k) {
                ++work.tie_steps;
                if (budget-- == 0) {
                    counting_only = true;
                    break;
                }
                const std::uint32_t x = std::min(spans[active[k]].agreement, next.agreement);
                const std::uint32_t y = std::max(spans[active[k]].agreement, next.agreement);
                if (chains.leads_to(x, y) || chains.leads_to(y, x)) continue;
                const Agreement& a = table[x];
                const Agreement& b = table[y];
                const Agreement& later = *b.signed_on < *a.signed_on ? a : b;
                const Agreement& earlier = &later == &a ? b : a;
                // A lower tier signed later (an economic MOU under a sister tie, as with
                // Utah) adds an instrument; only an equal or higher one looks like an
                // upgrade or a duplicate that should say what it replaces.
                if (tier_rank(later.kind) < tier_rank(earlier.kind)) continue;
                if (found.size() == max_pair_findings_per_tie) {
                    counting_only = true;
                    break;
                }
                found.push_back({earlier.id.index(), later.id.index(), next.days.first});
            }
            if (counting_only && !active.empty()) {
                if (!first_unlisted) first_unlisted = next.agreement;
                ++unlisted;
            }
            active.push_back(at);
            std::push_heap(active.begin(), active.end(), ends_later);
        }
        // In the order of the records, as a pairwise comparison would find them.
        std::sort(found.begin(), found.end(), [](const Overlap& p, const Overlap& q) {
            return std::pair(std::min(p.earlier, p.later), std::max(p.earlier, p.later)) <
                   std::pair(std::min(q.earlier, q.later), std::max(q.earlier, q.later));
        });
        for (const Overlap& o : found) {
            const Agreement& later = table[o.later];
            const Agreement& earlier = table[o.earlier];
            run.report(run.ref(later), "supersedes",
                       "this " + std::string(to_string(later.kind)) + " agreement and " +
                           run.name("agreement", earlier.key, earlier.id.index()) + " (" +
                           std::string(to_string(earlier.kind)) + ", signed " + earlier.signed_on->to_string() +
                           ") of the same tie are both in force from " +
                           boost::gregorian::to_iso_extended_string(o.from) +
                           ": if this one replaces it, set supersedes; otherwise record when the other ended");
        }
        if (first_unlisted) {
            const std::string why = found.size() == max_pair_findings_per_tie
                                        ? "only the first " + std::to_string(max_pair_findings_per_tie) +
                                              " findings of this rule for the tie are listed"
                                        : "too many of its agreements are in force together to compare each pair";
            run.report(run.ref(table[*first_unlisted]), "supersedes",
                       "this tie has more tier-defining agreements in force together than are listed (" + why +
                           "): " + std::to_string(unlisted) +
                           " of its agreements, from this one on, are in force beside an "
                           "earlier one, and their pairs are not all listed; set supersedes on each replacement or "
                           "record when the earlier ones ended, then validate again");
        }
    }
}

constexpr std::array entries{
    RuleEntry{{"state.agreement.events_after_termination", Severity::error, EntityKind::agreement,
               "A terminated agreement is not suspended or resumed after its termination."},
              events_after_termination},
    RuleEntry{{"state.agreement.validity_after_termination", Severity::error, EntityKind::agreement,
               "An agreement's validity does not start after its termination."},
              validity_after_termination},
    RuleEntry{{"state.program.after_termination", Severity::warning, EntityKind::program,
               "A program does not start under an agreement already terminated."},
              program_after_termination},
    RuleEntry{{"state.tie.concurrent_tiers", Severity::warning, EntityKind::agreement,
               "A tier-defining agreement is not in force beside an earlier one of the same or a lower tier of its tie "
               "unless it supersedes it."},
              concurrent_tiers},
};

}  // namespace

std::span<const RuleEntry> state_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
