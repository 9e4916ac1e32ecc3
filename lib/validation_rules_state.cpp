// SPDX-License-Identifier: Apache-2.0
// Rules on contradictory states of a tie: events after a termination, and two
// tier-defining agreements of one tie in force together without one superseding the other.

#include <paradiplomacy/validation/detail/rule_run.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <utility>
#include <vector>

namespace paradiplomacy::detail {
namespace {

void events_after_termination(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements()) {
        if (!a.terminated_on) continue;
        for (const auto& [date, field] : {std::pair{&a.suspended_on, "suspended_on"}, std::pair{&a.resumed_on, "resumed_on"}})
            if (*date && certainly_before(*a.terminated_on, **date))
                run.report(run.ref(a), field,
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
                       "validity starts " + a.validity->start().to_string() + ", after the agreement was terminated on " +
                           a.terminated_on->to_string() + ": it would be in force after its termination; correct the dates");
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
    if (a.terminated_on) last = std::min(last, a.terminated_on->earliest() - boost::gregorian::days(1));
    for (std::uint32_t later : superseded_by[a.id.index()]) {
        const Agreement& b = portfolio.agreements()[later];
        if (!b.proposed && b.signed_on) last = std::min(last, b.signed_on->earliest() - boost::gregorian::days(1));
    }
    if (last < first) return std::nullopt;
    return CertainSpan{first, last};
}

/// Does a chain of supersedes links lead from `from` to `to`?
bool supersedes_chain(const Portfolio& portfolio, const Agreement& from, AgreementId to) {
    const auto table = portfolio.agreements();
    std::optional<AgreementId> next = from.supersedes;
    for (std::size_t steps = 0; next && portfolio.contains(*next) && steps <= table.size(); ++steps) {
        if (*next == to) return true;
        next = table[next->index()].supersedes;
    }
    return false;
}

void concurrent_tiers(const RuleRun& run) {
    const auto table = run.portfolio.agreements();
    std::vector<std::vector<std::uint32_t>> superseded_by(table.size());
    for (const Agreement& a : table)
        if (a.supersedes && run.portfolio.contains(*a.supersedes)) superseded_by[a.supersedes->index()].push_back(a.id.index());

    std::map<std::pair<std::uint32_t, std::int64_t>, std::vector<std::uint32_t>> ties;
    for (const Agreement& a : table)
        if (tier_rank(a.kind) > 0)
            ties[{a.partner.index(), a.signatory ? static_cast<std::int64_t>(a.signatory->index()) : -1}].push_back(a.id.index());

    for (const auto& [tie, members] : ties) {
        for (std::size_t x = 0; x < members.size(); ++x) {
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const Agreement& a = table[members[x]];
                const Agreement& b = table[members[y]];
                if (supersedes_chain(run.portfolio, a, b.id) || supersedes_chain(run.portfolio, b, a.id)) continue;
                const auto sa = certainly_in_force(run.portfolio, a, superseded_by);
                const auto sb = certainly_in_force(run.portfolio, b, superseded_by);
                if (!sa || !sb) continue;
                const Day from = std::max(sa->first, sb->first);
                if (from > std::min(sa->last, sb->last)) continue;
                const Agreement& later = *b.signed_on < *a.signed_on ? a : b;
                const Agreement& earlier = &later == &a ? b : a;
                // A lower tier signed later (an economic MOU under a sister tie, as with
                // Utah) adds an instrument; only an equal or higher one looks like an
                // upgrade or a duplicate that should say what it replaces.
                if (tier_rank(later.kind) < tier_rank(earlier.kind)) continue;
                run.report(run.ref(later), "supersedes",
                           "this " + std::string(to_string(later.kind)) + " agreement and " +
                               run.name("agreement", earlier.key, earlier.id.index()) + " (" +
                               std::string(to_string(earlier.kind)) + ", signed " + earlier.signed_on->to_string() +
                               ") of the same tie are both in force from " + boost::gregorian::to_iso_extended_string(from) +
                               ": if this one replaces it, set supersedes; otherwise record when the other ended");
            }
        }
    }
}

constexpr std::array entries{
    RuleEntry{{"state.agreement.events_after_termination", Severity::error, EntityKind::agreement,
               "A terminated agreement is not suspended or resumed after its termination."}, events_after_termination},
    RuleEntry{{"state.agreement.validity_after_termination", Severity::error, EntityKind::agreement,
               "An agreement's validity does not start after its termination."}, validity_after_termination},
    RuleEntry{{"state.program.after_termination", Severity::warning, EntityKind::program,
               "A program does not start under an agreement already terminated."}, program_after_termination},
    RuleEntry{{"state.tie.concurrent_tiers", Severity::warning, EntityKind::agreement,
               "A tier-defining agreement is not in force beside an earlier one of the same or a lower tier of its tie unless it supersedes it."},
              concurrent_tiers},
};

}  // namespace

std::span<const RuleEntry> state_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
