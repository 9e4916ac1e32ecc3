// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which ties (and agreements) are in force on a date?"
///
/// Counting unknown: a tie or agreement whose activity on the day is certain goes in
/// `certain`; one whose activity is unknown (a partial date straddles the day, or the
/// agreement is undated) goes in `possible`; the two lists never overlap, and those
/// certainly not in force are in neither. "Possibly in force" in the wider sense is
/// certain + possible. Cost: O(log n + k) through the portfolio's interval index.

#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/query/tie_state.hpp>

#include <vector>

namespace paradiplomacy {

class Portfolio;

/// Ties whose state on the day is active: certainly or possibly.
struct InForce {
    std::vector<TieStatus> certain;   ///< sorted by (partner, signatory)
    std::vector<TieStatus> possible;  ///< sorted by (partner, signatory)
    friend bool operator==(const InForce&, const InForce&) = default;
};

/// Agreements active on the day.
struct AgreementsInForce {
    std::vector<AgreementId> certain;   ///< ascending
    std::vector<AgreementId> possible;  ///< ascending
    friend bool operator==(const AgreementsInForce&, const AgreementsInForce&) = default;
};

/// Ties in force on `on` that pass `filter`. Agreements whose partner or signatory is
/// missing from the portfolio are skipped.
[[nodiscard]] InForce ties_in_force(const Portfolio& portfolio, Day on, const TieFilter& filter = {});

/// Every agreement active on `on` (any signatory; skips dangling ones).
[[nodiscard]] AgreementsInForce agreements_in_force(const Portfolio& portfolio, Day on);

}  // namespace paradiplomacy
