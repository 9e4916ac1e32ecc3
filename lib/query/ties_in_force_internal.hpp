// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The filter tests of ties_in_force() (lib/query/ties_in_force.cpp), shared with the
/// other queries that take a TieFilter.

#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/values/calendar.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <vector>

namespace paradiplomacy {

class Portfolio;

namespace detail {
/// Which ties pass a filter's partner and signatory tests (not the tier test). With
/// `priority_only`, a tie's partner must be a priority partner on the day asked, certainly
/// or possibly: the designations are looked up once, when the selection is made.
class TieSelection {
public:
    TieSelection(const Portfolio& portfolio, const TieFilter& filter, Day on);
    [[nodiscard]] bool operator()(const TieKey& tie) const;

private:
    const Portfolio& portfolio_;
    const TieFilter& filter_;
    std::vector<Truth> priority_;  ///< per partner; filled only for priority_only
};
/// Does the status pass the tier test?
[[nodiscard]] bool tier_selected(const TieStatus& status, const TieFilter& filter);
}  // namespace detail

}  // namespace paradiplomacy
