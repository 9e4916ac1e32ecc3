// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every fuzz target does with a portfolio it managed to read: write it as JSON and
// read it back (the two must agree), validate it, and ask the queries and the report about
// it. None of this may crash or throw: a portfolio that loaded is a valid input to all of it.

#include "fuzz_common.hpp"

#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/query/exchanges.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/oda_flows.hpp>
#include <paradiplomacy/query/partner_timeline.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>
#include <paradiplomacy/query/recipient_shares.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <limits>
#include <string>

namespace paradiplomacy::fuzz {

/// `json_round_trip`: also require that the portfolio reads back equal from its JSON.
inline void exercise(const Portfolio& p, bool json_round_trip = true) {
    // JSON round trip: the canonical form reads back to an equal portfolio and is a fixed point.
    const std::string json = to_portfolio_json(p);
    const Portfolio again = parse_portfolio_json(json, "round-trip.json");
    if (json_round_trip) require(again == p, "the portfolio read back from its JSON differs");
    require(to_portfolio_json(again) == json, "the canonical JSON is not a fixed point");

    // The calendar's first and last days among them: date arithmetic (a year after a
    // budget's start, three years before `on`, a window of months after it) must stay on
    // the calendar at both ends, whatever day the records or the caller give.
    const Day days[] = {Day(1400, 1, 1), Day(1995, 6, 1), Day(2017, 12, 31), Day(9999, 12, 31)};
    for (const Day d : days) {
        ValidationOptions vo;
        vo.today = d;
        (void)validate(p, vo);
    }
    TieFilter all;
    all.scope = SignatoryScope::all;
    for (const Day d : days) {
        (void)ties_in_force(p, d, all);
        (void)agreements_in_force(p, d);
        (void)expiring_within(p, d, Day(9999, 12, 31), all);
        (void)dormant_ties(p, d, 3, all);
        (void)dormant_ties(p, d, std::numeric_limits<int>::max(), all);
        (void)coverage_by_kind(p, d, all);
        (void)priority_partners_without_tie(p, d, all);
    }
    for (const Partner& partner : p.partners()) {
        for (const Day d : days) (void)ties_of_partner(p, partner.id, d);
        (void)partner_timeline(p, partner.id);
        (void)last_contact(p, partner.id);
    }
    for (const Agreement& a : p.agreements())
        for (const Day d : days) (void)agreement_standing(p, a.id, d);
    for (const OdaEngagement& e : p.engagements()) (void)recipient_shares(e);
    (void)last_contacts(p);
    (void)exchanges_by_partner(p);
    (void)exchange_totals(p);
    (void)oda_budget(p);
    (void)oda_flows(p);
    (void)oda_projects_by_strategic_country(p);
    report::ReportOptions options;
    options.today = Day(2024, 3, 15);
    (void)report::render_report(p, options);
    // The report at the calendar's ends, with windows far past them.
    options.include_validation = false;  // validated above on these days
    for (const Day d : {Day(1400, 1, 1), Day(9999, 12, 31)}) {
        options.today = d;
        options.on = d;
        options.expiring_months = std::numeric_limits<int>::max();
        options.dormant_years = std::numeric_limits<int>::max();
        (void)report::render_report(p, options);
    }
    options.include_validation = true;
    options.today = Day(9999, 12, 31);
    options.on = Day(1400, 1, 1);
    (void)report::render_report(p, options);
}

}  // namespace paradiplomacy::fuzz
