// SPDX-License-Identifier: Apache-2.0
// Rules on single records that are incomplete rather than contradictory.

#include "rule_run.hpp"

#include <array>

namespace paradiplomacy::detail {
namespace {

void korean_council_approval(const RuleRun& run) {
    if (!run.portfolio.home().code.view().starts_with("KR-")) return;
    for (const Agreement& a : run.portfolio.agreements()) {
        if (a.kind != AgreementKind::sister || a.proposed) continue;
        if (a.council_approval == CouncilApproval::approved || a.council_approval == CouncilApproval::not_required)
            continue;
        run.report(run.ref(a), "council_approval",
                   "a Korean sister tie needs the local council's approval, recorded here as " +
                       std::string(to_string(a.council_approval)) +
                       ": record the approval (and its date) or why it was not required");
    }
}

void headcount_zero(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        if (p.headcount && *p.headcount == 0)
            run.report(run.ref(p), "headcount",
                       "headcount is 0: give the number of people exchanged, or leave it empty when unknown");
}

/// An undated program is allowed (sources often name a program but not when it
/// began); the finding says how reports will treat it.
void program_start_missing(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        if (!p.start)
            run.report(
                run.ref(p), "start",
                "the program has no start date: reports count it as undated; add the date when a source gives it");
}

void partner_name_empty(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners())
        if (run.key(p.name_en).empty())
            run.report(run.ref(p), "name_en", "the partner has no English name: add one so reports can list it");
}

constexpr std::array entries{
    RuleEntry{{"agreement.council_approval.missing", Severity::warning, EntityKind::agreement,
               "A signed Korean sister tie (home code KR-*) records council approval or why none was needed."},
              korean_council_approval},
    RuleEntry{{"program.headcount.zero", Severity::warning, EntityKind::program,
               "A program's headcount, when given, is not zero."},
              headcount_zero},
    RuleEntry{{"program.start.missing", Severity::info, EntityKind::program,
               "A program has a start date; one without is counted as undated."},
              program_start_missing},
    RuleEntry{{"partner.name_en.empty", Severity::warning, EntityKind::partner, "A partner has an English name."},
              partner_name_empty},
};

}  // namespace

std::span<const RuleEntry> record_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
