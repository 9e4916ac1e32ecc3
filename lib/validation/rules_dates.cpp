// SPDX-License-Identifier: Apache-2.0
// Rules on the order of the dates stored beside each other in one record. A Period
// already refuses an end certainly before its start; these rules cover the dates kept
// in separate fields. Partial dates are compared as spans: a rule fires only when the
// order is certainly wrong (every day one date can be is after every day of the other).

#include "rule_run.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <array>
#include <initializer_list>
#include <utility>

namespace paradiplomacy::detail {
namespace {

/// Reports when `later` (named `later_field`) is certainly before `earlier`.
template <class Record>
void order(const RuleRun& run, const Record& r, const std::optional<PartialDate>& earlier,
           std::string_view earlier_field, const std::optional<PartialDate>& later, std::string_view later_field,
           std::string_view advice) {
    if (!earlier || !later || !certainly_before(*later, *earlier)) return;
    run.report(run.ref(r), std::string(later_field),
               std::string(later_field) + " " + later->to_string() + " is before " + std::string(earlier_field) + " " +
                   earlier->to_string() + ": " + std::string(advice));
}

void terminated_before_signed(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        order(run, a, a.signed_on, "signed_on", a.terminated_on, "terminated_on",
              "an agreement ends after it is signed; correct one of the dates");
}

void suspended_before_signed(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        order(run, a, a.signed_on, "signed_on", a.suspended_on, "suspended_on",
              "only a signed agreement can be suspended; correct one of the dates");
}

void resumed_before_suspended(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        order(run, a, a.suspended_on, "suspended_on", a.resumed_on, "resumed_on",
              "a suspension ends after it starts; correct one of the dates");
}

void resumed_without_suspension(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        if (a.resumed_on && !a.suspended_on)
            run.report(run.ref(a), "resumed_on",
                       "resumed_on " + a.resumed_on->to_string() +
                           " is set but suspended_on is not: add the suspension date or remove resumed_on");
}

void council_after_signed(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        order(run, a, a.council_approved_on, "council_approved_on", a.signed_on, "signed_on",
              "the council approves an agreement before it is signed; check both dates");
}

void validity_before_signed(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements()) {
        if (!a.validity || !a.signed_on || !certainly_before(a.validity->start(), *a.signed_on)) continue;
        run.report(run.ref(a), "validity",
                   "validity starts " + a.validity->start().to_string() + ", before the agreement was signed on " +
                       a.signed_on->to_string() + ": check whether it was really made retroactive");
    }
}

void signed_in_future(const RuleRun& run) {
    for (const Agreement& a : run.portfolio.agreements())
        if (!a.proposed && a.signed_on && a.signed_on->after(run.today) == Truth::yes)
            run.report(run.ref(a), "signed_on",
                       "signed_on " + a.signed_on->to_string() + " is after today (" +
                           boost::gregorian::to_iso_extended_string(run.today) +
                           "): mark the agreement as proposed until it is signed, or correct the date");
}

void program_end_before_start(const RuleRun& run) {
    for (const ExchangeProgram& p : run.portfolio.programs())
        order(run, p, p.start, "start", p.end, "end", "a program ends after it starts; correct one of the dates");
}

void oda_planned_order(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        order(run, e, e.planned_start, "planned_start", e.planned_end, "planned_end",
              "the planned end comes after the planned start; correct one of the dates");
}

void oda_actual_order(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        order(run, e, e.actual_start, "actual_start", e.actual_end, "actual_end",
              "the actual end comes after the actual start; correct one of the dates");
}

void oda_actual_in_future(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        for (const auto& [date, field] :
             {std::pair{&e.actual_start, "actual_start"}, std::pair{&e.actual_end, "actual_end"}})
            if (*date && (*date)->after(run.today) == Truth::yes)
                run.report(run.ref(e), field,
                           std::string(field) + " " + (*date)->to_string() + " is after today (" +
                               boost::gregorian::to_iso_extended_string(run.today) +
                               "): an actual date has happened; move it to the planned date");
    }
}

constexpr std::array entries{
    RuleEntry{{"date.agreement.terminated_before_signed", Severity::error, EntityKind::agreement,
               "An agreement is terminated on or after the day it is signed."},
              terminated_before_signed},
    RuleEntry{{"date.agreement.suspended_before_signed", Severity::error, EntityKind::agreement,
               "An agreement is suspended on or after the day it is signed."},
              suspended_before_signed},
    RuleEntry{{"date.agreement.resumed_before_suspended", Severity::error, EntityKind::agreement,
               "A suspended agreement resumes on or after the day it was suspended."},
              resumed_before_suspended},
    RuleEntry{{"date.agreement.resumed_without_suspension", Severity::error, EntityKind::agreement,
               "An agreement with a resumption date has a suspension date."},
              resumed_without_suspension},
    RuleEntry{{"date.agreement.council_after_signed", Severity::warning, EntityKind::agreement,
               "The council approves an agreement no later than it is signed."},
              council_after_signed},
    RuleEntry{{"date.agreement.validity_before_signed", Severity::warning, EntityKind::agreement,
               "An agreement's validity does not start before it is signed."},
              validity_before_signed},
    RuleEntry{{"date.agreement.signed_in_future", Severity::warning, EntityKind::agreement,
               "A signed (not proposed) agreement has no signing date after today."},
              signed_in_future},
    RuleEntry{{"date.program.end_before_start", Severity::error, EntityKind::program,
               "A program ends on or after the day it starts."},
              program_end_before_start},
    RuleEntry{{"date.oda.planned_end_before_start", Severity::error, EntityKind::oda,
               "An ODA engagement's planned end is not before its planned start (IATI standard.json 11.1.2)."},
              oda_planned_order},
    RuleEntry{{"date.oda.actual_end_before_start", Severity::error, EntityKind::oda,
               "An ODA engagement's actual end is not before its actual start (IATI standard.json 11.1.3)."},
              oda_actual_order},
    RuleEntry{{"date.oda.actual_in_future", Severity::warning, EntityKind::oda,
               "An ODA engagement's actual start and end are not after today (IATI standard.json 11.1.4, 11.1.5)."},
              oda_actual_in_future},
};

}  // namespace

std::span<const RuleEntry> date_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
