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
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <string>

namespace paradiplomacy::fuzz {

/// `json_round_trip`: also require that the portfolio reads back equal from its JSON.
inline void exercise(const Portfolio& p, bool json_round_trip = true) {
    // JSON round trip: the canonical form reads back to an equal portfolio and is a fixed point.
    const std::string json = to_portfolio_json(p);
    const Portfolio again = parse_portfolio_json(json, "round-trip.json");
    if (json_round_trip) require(again == p, "the portfolio read back from its JSON differs");
    require(to_portfolio_json(again) == json, "the canonical JSON is not a fixed point");

    (void)validate(p);
    // The calendar's first and last days among them (dormant_ties looks back from the first).
    const Day days[] = {Day(1400, 1, 1), Day(1995, 6, 1), Day(2017, 12, 31), Day(9999, 12, 31)};
    TieFilter all;
    all.scope = SignatoryScope::all;
    for (const Day d : days) {
        (void)ties_in_force(p, d, all);
        (void)agreements_in_force(p, d);
        (void)expiring_within(p, d, Day(9999, 12, 31), all);
        (void)dormant_ties(p, d, 3, all);
        (void)coverage_by_kind(p, d, all);
        (void)priority_partners_without_tie(p, d, all);
    }
    for (const Partner& partner : p.partners()) {
        (void)ties_of_partner(p, partner.id, Day(2017, 12, 31));
        (void)partner_timeline(p, partner.id);
    }
    (void)last_contacts(p);
    (void)exchanges_by_partner(p);
    (void)exchange_totals(p);
    (void)oda_budget(p);
    (void)oda_flows(p);
    (void)oda_projects_by_strategic_country(p);
    report::ReportOptions options;
    options.today = Day(2024, 3, 15);
    (void)report::render_report(p, options);
}

}  // namespace paradiplomacy::fuzz
