// SPDX-License-Identifier: Apache-2.0
// Rules on links between records: every ID points at a record of this portfolio, and
// supersedes chains stay within one tie and never loop.

#include "link_loops.hpp"
#include "rule_run.hpp"

#include <array>
#include <vector>

namespace paradiplomacy::detail {
namespace {

std::string missing(std::string_view kind, std::uint32_t index) {
    return std::string(kind) + " #" + std::to_string(index) + " is not in this portfolio";
}

/// Each organisation a record names in its `organisations` is an organisation record here.
template <class Record>
void involved_organisations(const RuleRun& run) {
    for (const Record& r : run.portfolio.records<Record>())
        for (std::size_t i = 0; i < r.organisations.size(); ++i)
            if (!run.portfolio.contains(r.organisations[i].organisation))
                run.report(run.ref(r), "organisations[" + std::to_string(i) + "]",
                           missing("organisation", r.organisations[i].organisation.index()) +
                               ": add the organisation record or correct the reference");
}

void agreement_partner(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        if (!run.portfolio.contains(a.partner))
            run.report(run.ref(a), "partner",
                       missing("partner", a.partner.index()) + ": add the partner or correct the reference");
}

void agreement_signatory(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        if (a.signatory && !run.portfolio.contains(*a.signatory))
            run.report(run.ref(a), "signatory",
                       missing("municipality", a.signatory->index()) +
                           ": add the municipality, or leave signatory empty for the home government");
}

void agreement_supersedes(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        if (a.supersedes && !run.portfolio.contains(*a.supersedes))
            run.report(
                run.ref(a), "supersedes",
                missing("agreement", a.supersedes->index()) + ": add the earlier agreement or correct the reference");
}

void supersedes_cycle(const RuleRun& run) {
    const auto table = run.portfolio.agreements();
    const auto next = [&](std::uint32_t i) -> std::optional<std::uint32_t> {
        const auto& up = table[i].supersedes;
        if (!up || !run.portfolio.contains(*up)) return std::nullopt;
        return up->index();
    };
    // Reported once, on the agreement where the walk came back.
    for (const auto& loop : link_loops(table.size(), next))
        run.report(run.ref(table[loop.front()]), "supersedes",
                   "supersedes forms a loop (" + loop_text(run, "agreement", table, loop) +
                       "): an agreement can only supersede an earlier one; remove one link");
}

void supersedes_other_tie(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements()) {
        if (!a.supersedes || !run.portfolio.contains(*a.supersedes)) continue;
        const Agreement& old = run.portfolio.agreement(*a.supersedes);
        if (old.partner == a.partner && old.signatory == a.signatory) continue;
        run.report(run.ref(a), "supersedes",
                   "supersedes " + run.name("agreement", old.key, old.id.index()) +
                       ", which belongs to another tie (a different partner or signatory): "
                       "an agreement can only supersede one of its own tie");
    }
}

void program_partner(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        for (std::size_t i = 0; i < p.partners.size(); ++i)
            if (!run.portfolio.contains(p.partners[i]))
                run.report(run.ref(p), "partners[" + std::to_string(i) + "]",
                           missing("partner", p.partners[i].index()) + ": add the partner or correct the reference");
}

void program_municipality(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        for (std::size_t i = 0; i < p.municipalities.size(); ++i)
            if (!run.portfolio.contains(p.municipalities[i]))
                run.report(run.ref(p), "municipalities[" + std::to_string(i) + "]",
                           missing("municipality", p.municipalities[i].index()) +
                               ": add the municipality or correct the reference");
}

void program_agreement(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        if (p.agreement && !run.portfolio.contains(*p.agreement))
            run.report(run.ref(p), "agreement",
                       missing("agreement", p.agreement->index()) + ": add the agreement or leave the reference empty");
}

void program_organiser(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        if (p.organiser && !run.portfolio.contains(*p.organiser))
            run.report(run.ref(p), "organiser",
                       missing("municipality", p.organiser->index()) +
                           ": add the municipality, or leave organiser empty for the home government");
}

void oda_recipient_partner(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        if (e.recipient_partner && !run.portfolio.contains(*e.recipient_partner))
            run.report(
                run.ref(e), "recipient_partner",
                missing("partner", e.recipient_partner->index()) + ": add the partner or leave the reference empty");
}

void oda_program(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.programs.size(); ++i)
            if (!run.portfolio.contains(e.programs[i]))
                run.report(run.ref(e), "programs[" + std::to_string(i) + "]",
                           missing("program", e.programs[i].index()) + ": add the program or correct the reference");
}

constexpr std::array entries{
    RuleEntry{{"ref.agreement.partner", Severity::error, EntityKind::agreement,
               "An agreement's partner is in the portfolio."},
              agreement_partner},
    RuleEntry{{"ref.agreement.signatory", Severity::error, EntityKind::agreement,
               "An agreement's signatory municipality is in the portfolio."},
              agreement_signatory},
    RuleEntry{{"ref.agreement.supersedes", Severity::error, EntityKind::agreement,
               "The agreement an agreement supersedes is in the portfolio."},
              agreement_supersedes},
    RuleEntry{{"ref.agreement.supersedes_cycle", Severity::error, EntityKind::agreement,
               "Supersedes links never loop back to an agreement."},
              supersedes_cycle},
    RuleEntry{{"ref.agreement.supersedes_other_tie", Severity::error, EntityKind::agreement,
               "An agreement supersedes only an agreement of its own tie (same partner and signatory)."},
              supersedes_other_tie},
    RuleEntry{
        {"ref.program.partner", Severity::error, EntityKind::program, "Each partner of a program is in the portfolio."},
        program_partner},
    RuleEntry{{"ref.program.municipality", Severity::error, EntityKind::program,
               "Each municipality a program serves is in the portfolio."},
              program_municipality},
    RuleEntry{{"ref.program.agreement", Severity::error, EntityKind::program,
               "The agreement a program runs under is in the portfolio."},
              program_agreement},
    RuleEntry{{"ref.program.organiser", Severity::error, EntityKind::program,
               "A program's organising municipality is in the portfolio."},
              program_organiser},
    RuleEntry{{"ref.oda.recipient_partner", Severity::error, EntityKind::oda,
               "An ODA engagement's recipient partner is in the portfolio."},
              oda_recipient_partner},
    RuleEntry{{"ref.oda.program", Severity::error, EntityKind::oda,
               "Each program linked to an ODA engagement is in the portfolio."},
              oda_program},
    RuleEntry{{"ref.agreement.organisations", Severity::error, EntityKind::agreement,
               "Each organisation on an agreement is an organisation record of the portfolio."},
              involved_organisations<Agreement>},
    RuleEntry{{"ref.program.organisations", Severity::error, EntityKind::program,
               "Each organisation on a program is an organisation record of the portfolio."},
              involved_organisations<ExchangeProgram>},
    RuleEntry{{"ref.oda.organisations", Severity::error, EntityKind::oda,
               "Each organisation on an ODA engagement is an organisation record of the portfolio."},
              involved_organisations<OdaEngagement>},
};

}  // namespace

std::span<const RuleEntry> reference_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
