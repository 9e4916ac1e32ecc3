// SPDX-License-Identifier: Apache-2.0
// Rules on designations: a spell ends after it begins, and one partner's spells of one kind
// do not overlap (designated again means dropped first).

#include "rule_run.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>
#include <vector>

namespace paradiplomacy::detail {
namespace {

void partner_missing(const RuleRun& run) {
    for (const Designation& d : run.portfolio.records<Designation>())
        if (!run.portfolio.contains(d.partner))
            run.report(run.ref(d), "partner",
                       "no partner has the ID " + std::to_string(d.partner.index()) +
                           " in this portfolio: add the partner or correct the reference");
}

void end_before_start(const RuleRun& run) {
    for (const Designation& d : run.portfolio.records<Designation>()) {
        if (!d.start || !d.end || d.end->latest() >= d.start->earliest()) continue;
        run.report(run.ref(d), "end",
                   "the designation ends on " + d.end->to_string() + ", before it begins on " + d.start->to_string() +
                       ": correct one of the dates");
    }
}

/// Two spells of one partner and kind overlap when each could begin before the other
/// ends. An absent start reaches back to any day, an absent end to every day after.
void overlapping(const RuleRun& run) {
    std::map<std::pair<std::uint32_t, DesignationKind>, std::vector<const Designation*>> spells;
    for (const Designation& d : run.portfolio.records<Designation>()) spells[{d.partner.index(), d.kind}].push_back(&d);
    for (const auto& [partner_and_kind, list] : spells) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                const Designation& a = *list[j];
                const Designation& b = *list[i];
                const bool a_before_b_ends = !a.start || !b.end || a.start->earliest() <= b.end->latest();
                const bool b_before_a_ends = !b.start || !a.end || b.start->earliest() <= a.end->latest();
                if (!a_before_b_ends || !b_before_a_ends) continue;
                run.report(run.ref(b), "start",
                           "overlaps " + run.name("designation", a.key, a.id.index()) + " of the same partner as " +
                               std::string(to_string(b.kind)) +
                               ": a partner designated again was dropped first; give the earlier one an end, or "
                               "merge the two");
                break;  // one finding per designation
            }
        }
    }
}

constexpr std::array entries{
    RuleEntry{{"ref.designation.partner", Severity::error, EntityKind::designation,
               "A designation's partner is in the portfolio."},
              partner_missing},
    RuleEntry{{"designation.end.before_start", Severity::error, EntityKind::designation,
               "A designation's end is not before its start."},
              end_before_start},
    RuleEntry{{"designation.overlap", Severity::warning, EntityKind::designation,
               "One partner's designations of one kind do not overlap in time."},
              overlapping},
};

}  // namespace

std::span<const RuleEntry> designation_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
