// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The filter tests of ties_in_force() (lib/query/ties_in_force.cpp), shared with the
/// other queries that take a TieFilter.

#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/query/tie_state.hpp>

namespace paradiplomacy {

class Portfolio;

namespace detail {
/// Does the tie pass the filter's partner and signatory tests (not the tier test)?
[[nodiscard]] bool tie_selected(const Portfolio& portfolio, const TieKey& tie, const TieFilter& filter);
/// Does the status pass the tier test?
[[nodiscard]] bool tier_selected(const TieStatus& status, const TieFilter& filter);
}  // namespace detail

}  // namespace paradiplomacy
