// SPDX-License-Identifier: Apache-2.0
#include "portfolio_index.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/values/calendar.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <algorithm>
#include <cstdint>
#include <string>

namespace paradiplomacy {
namespace {

/// Did the program start on or before `on`? Without a start, yes only when its end
/// certainly is on or before `on`; otherwise unknown.
Truth started_by(const ExchangeProgram& p, Day on) {
    if (p.start) return p.start->on_or_before(on);
    return p.end && p.end->on_or_before(on) == Truth::yes ? Truth::yes : Truth::unknown;
}

LastContact last_contact_with(const Portfolio& portfolio, const detail::PortfolioIndex& index, PartnerId partner) {
    LastContact c{partner, index.last_contact(partner), std::nullopt, 0};
    if (c.program) c.date = contact_date(portfolio.programs()[c.program->index()]);
    for (const ProgramId id : index.programs_of(partner))
        if (!contact_date(portfolio.programs()[id.index()])) ++c.undated_programs;
    return c;
}

}  // namespace

DormantTies dormant_ties(const Portfolio& portfolio, Day on, int years, const TieFilter& filter) {
    if (years < 0) throw InvalidValue("dormant_ties: years must not be negative (got " + std::to_string(years) + ")");
    // A look-back past the calendar's first year starts at its first day: no contact is earlier.
    const Day from = add_years(on, -static_cast<std::int64_t>(years)).day;
    const auto index = portfolio.index();
    const InForce in_force = ties_in_force(portfolio, on, filter);
    DormantTies result;
    for (const auto* list : {&in_force.certain, &in_force.possible}) {
        for (const TieStatus& t : *list) {
            Truth contact = Truth::no;
            // The latest dated program whose contact could have come by `on`: what was
            // known on the day asked, never a later exchange.
            std::optional<ProgramId> last;
            std::size_t undated = 0;
            for (const ProgramId id : index->programs_of(t.tie.partner)) {
                const ExchangeProgram& p = portfolio.programs()[id.index()];
                const auto& date = contact_date(p);
                // An undated program may have been contact at any time: unknown.
                contact = contact || (started_by(p, on) && (date ? date->on_or_after(from) : Truth::unknown));
                if (contact == Truth::yes) break;
                if (!date) {
                    ++undated;
                } else if (date->earliest() <= on &&
                           (!last || contact_date(portfolio.programs()[last->index()])->latest() < date->latest())) {
                    last = id;
                }
            }
            if (contact == Truth::yes) continue;
            DormantTie d{t, last, last ? contact_date(portfolio.programs()[last->index()]) : std::nullopt, undated};
            const bool certain = list == &in_force.certain && contact == Truth::no;
            (certain ? result.certain : result.possible).push_back(std::move(d));
        }
    }
    const auto by_tie = [](const DormantTie& x, const DormantTie& y) {
        const auto key = [](const DormantTie& d) {
            return std::pair(d.tie.tie.partner.index(), d.tie.tie.signatory ? d.tie.tie.signatory->index() + 1U : 0U);
        };
        return key(x) < key(y);
    };
    std::sort(result.certain.begin(), result.certain.end(), by_tie);
    std::sort(result.possible.begin(), result.possible.end(), by_tie);
    return result;
}

LastContact last_contact(const Portfolio& portfolio, PartnerId partner) {
    (void)portfolio.partner(partner);  // throws NotFound
    return last_contact_with(portfolio, *portfolio.index(), partner);
}

std::vector<LastContact> last_contacts(const Portfolio& portfolio) {
    const auto index = portfolio.index();
    std::vector<LastContact> out;
    out.reserve(portfolio.partners().size());
    for (const Partner& p : portfolio.partners()) out.push_back(last_contact_with(portfolio, *index, p.id));
    return out;
}

}  // namespace paradiplomacy
