// SPDX-License-Identifier: Apache-2.0
#include "portfolio_index.hpp"
#include "ties_in_force_internal.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <string>

namespace paradiplomacy {

Expiring expiring_within(const Portfolio& portfolio, Day from, Day to, const TieFilter& filter) {
    if (from.is_special() || to.is_special()) throw InvalidValue("expiring_within: the window needs two calendar days");
    if (to < from)
        throw InvalidValue("expiring_within: window end " + boost::gregorian::to_iso_extended_string(to) +
                           " is before its start " + boost::gregorian::to_iso_extended_string(from));
    const auto index = portfolio.index();
    const detail::DayNumber lo = detail::day_number(from);
    const detail::DayNumber hi = detail::day_number(to);
    Expiring result;
    const detail::TieSelection selected(portfolio, filter, from);  // priority partners on the window's first day
    for (const auto& end : index->validity_ends_near(from, to)) {
        if (end.earliest > hi || end.latest < lo) continue;
        const Agreement& a = portfolio.agreements()[end.agreement];
        if (!selected(TieKey{a.partner, a.signatory})) continue;
        if (!filter.tiers.empty() && std::find(filter.tiers.begin(), filter.tiers.end(), a.kind) == filter.tiers.end())
            continue;
        ExpiringAgreement e{a.id, a.partner, a.signatory, a.kind, *a.validity->end(), !index->successors(a.id).empty()};
        (end.earliest >= lo && end.latest <= hi ? result.certain : result.possible).push_back(e);
    }
    const auto by_end = [](const ExpiringAgreement& x, const ExpiringAgreement& y) {
        return x.ends != y.ends ? x.ends < y.ends : x.agreement < y.agreement;
    };
    std::sort(result.certain.begin(), result.certain.end(), by_end);
    std::sort(result.possible.begin(), result.possible.end(), by_end);
    return result;
}

}  // namespace paradiplomacy
