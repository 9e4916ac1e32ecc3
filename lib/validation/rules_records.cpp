// SPDX-License-Identifier: Apache-2.0
// Rules on single records that are incomplete rather than contradictory.

#include "rule_run.hpp"

#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <array>
#include <string_view>

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

/// Whether `ref` has the form of an IATI organisation identifier: a registration agency's
/// code (a country or XI/XM, '-', the agency: "KR-GOV", "XM-DAC"), '-', and the identifier
/// the agency gave, without spaces or the characters IATI asks publishers to avoid (/ & | ?).
bool is_iati_organisation_identifier(std::string_view ref) {
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (ref.size() < 6 || !upper(ref[0]) || !upper(ref[1]) || ref[2] != '-') return false;
    std::size_t i = 3;
    while (i < ref.size() && (upper(ref[i]) || digit(ref[i]))) ++i;
    if (i == 3 || i >= ref.size() - 1 || ref[i] != '-') return false;
    for (++i; i < ref.size(); ++i) {
        const char c = ref[i];
        if (static_cast<unsigned char>(c) <= ' ' || c == '/' || c == '&' || c == '|' || c == '?' || c == 0x7F)
            return false;
    }
    return true;
}

void organisation_iati_ref(const RuleRun& run) {
    for (const Organisation& o : run.portfolio.records<Organisation>()) {
        const std::string ref = run.key(o.iati_ref);
        if (ref.empty() || is_iati_organisation_identifier(ref)) continue;
        run.report(run.ref(o), "iati_ref",
                   quoted_excerpt(ref) +
                       " is not an IATI organisation identifier: expected an agency prefix and the agency's "
                       "identifier, such as KR-GOV-051 or XM-DAC-41114, without spaces or / & | ?");
    }
}

/// The same organisation named twice in one role on one record (with the same activity
/// identifier: IATI may list an organisation once per identifier of its own): a copy left
/// in by mistake.
template <class Record>
void involvement_duplicate(const RuleRun& run) {
    for (const Record& r : run.portfolio.records<Record>()) {
        const auto& list = r.organisations;
        for (std::size_t i = 1; i < list.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)  // lists are short: a few organisations per record
                if (list[j] == list[i]) {
                    run.report(run.ref(r), "organisations[" + std::to_string(i) + "]",
                               "names organisation #" + std::to_string(list[i].organisation.index()) + " as " +
                                   std::string(to_string(list[i].role)) + " again (first at organisations[" +
                                   std::to_string(j) + "]): remove the copy");
                    break;
                }
    }
}

/// Accountable and extending say who answers for and who passes on aid money (IATI): an
/// agreement or an exchange has no such flow, so either is likely a slip for another role.
template <class Record>
void involvement_iati_role(const RuleRun& run) {
    for (const Record& r : run.portfolio.records<Record>())
        for (std::size_t i = 0; i < r.organisations.size(); ++i) {
            const OrganisationRole role = r.organisations[i].role;
            if (role != OrganisationRole::accountable && role != OrganisationRole::extending) continue;
            run.report(run.ref(r), "organisations[" + std::to_string(i) + "]",
                       "role " + std::string(to_string(role)) + " describes a flow of aid (IATI): on a " +
                           std::string(Description<Record>::name) +
                           " use implementing, funding, co_organiser, host or party");
        }
}

void members_zero_count(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        for (std::size_t i = 0; i < p.members.size(); ++i)
            if (p.members[i].count == 0)
                run.report(run.ref(p), "members[" + std::to_string(i) + "]",
                           std::string(to_string(p.members[i].role)) +
                               " has a count of 0: give how many took part, or remove the entry");
}

void members_exceed_headcount(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs()) {
        if (!p.headcount || p.members.empty()) continue;
        std::uint64_t sum = 0;
        for (const Delegates& d : p.members) sum += d.count;
        if (sum > *p.headcount)
            run.report(run.ref(p), "members",
                       "the members add up to " + std::to_string(sum) + " people but the headcount is " +
                           std::to_string(*p.headcount) + ": correct one of them");
    }
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
    RuleEntry{{"organisation.iati_ref.malformed", Severity::warning, EntityKind::organisation,
               "An organisation's IATI identifier has the form AGENCY-IDENTIFIER (KR-GOV-051)."},
              organisation_iati_ref},
    RuleEntry{{"agreement.organisations.duplicate", Severity::warning, EntityKind::agreement,
               "An agreement names an organisation in one role once."},
              involvement_duplicate<Agreement>},
    RuleEntry{{"program.organisations.duplicate", Severity::warning, EntityKind::program,
               "A program names an organisation in one role once."},
              involvement_duplicate<ExchangeProgram>},
    RuleEntry{{"oda.organisations.duplicate", Severity::warning, EntityKind::oda,
               "An ODA engagement names an organisation in one role once (once per activity identifier the "
               "organisation gave, as IATI may list it)."},
              involvement_duplicate<OdaEngagement>},
    RuleEntry{{"agreement.organisations.iati_role", Severity::warning, EntityKind::agreement,
               "An organisation on an agreement is not accountable or extending: those IATI roles describe a flow "
               "of aid."},
              involvement_iati_role<Agreement>},
    RuleEntry{{"program.organisations.iati_role", Severity::warning, EntityKind::program,
               "An organisation on a program is not accountable or extending: those IATI roles describe a flow of "
               "aid."},
              involvement_iati_role<ExchangeProgram>},
    RuleEntry{{"program.members.zero_count", Severity::warning, EntityKind::program,
               "Each role among a program's members has a count above zero."},
              members_zero_count},
    RuleEntry{{"program.members.exceed_headcount", Severity::error, EntityKind::program,
               "A program's headcount, when given, is at least the sum of its members' counts."},
              members_exceed_headcount},
};

}  // namespace

std::span<const RuleEntry> record_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
