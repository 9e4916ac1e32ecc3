// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The internals of query/tie_state.hpp (defined in lib/query/tie_state.cpp), shared by
/// the query implementations: evaluate agreements and ties against an already-built
/// index, so a query builds or fetches the index once.

#include "portfolio_index.hpp"

#include <paradiplomacy/query/tie_state.hpp>

#include <cstddef>
#include <span>
#include <vector>

namespace paradiplomacy::detail {

/// Started, expired and terminated of `a` on `d`, ignoring suspension and supersession.
[[nodiscard]] Truth live_on(const Agreement& a, Day d) noexcept;
[[nodiscard]] AgreementStanding standing(const Portfolio& portfolio, const PortfolioIndex& index, const Agreement& a,
                                         Day d);
/// The standing of each of `ids` on `d`, in order. Agreements of one chain share the work
/// of finding a live successor, so a chain of n costs about n steps, not n*n/2.
[[nodiscard]] std::vector<AgreementStanding> standings(const PortfolioIndex& index, std::size_t agreements,
                                                       std::span<const AgreementId> ids, Day d);
[[nodiscard]] TieStatus tie_status_at(const Portfolio& portfolio, const PortfolioIndex& index, std::size_t tie, Day d);
/// The effective start of `a` (validity start, else signed_on), if dated.
[[nodiscard]] std::optional<PartialDate> effective_start(const Agreement& a) noexcept;

}  // namespace paradiplomacy::detail
