// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which priority partners have no tie in force?" The priority partners are those a
/// priority designation held for on the day asked (query/designations.hpp).
///
/// A priority region or city is covered by its own tie in force. A priority country
/// is covered by a tie in force with the country itself or with any partner in it
/// (a region or city of that country). Counting unknown: `certain` lists the priority
/// partners with certainly no covering tie in force; `possible` those whose only
/// covering ties are possibly (not certainly) in force, and those possibly designated that
/// day with no tie certainly in force. The filter chooses which ties
/// count (scope, municipality, tiers, and with `priority_only` only ties with priority
/// partners: a priority country is then covered by its own tie or by one with a priority
/// region or city in it, not by a tie with any partner there); its country/level narrow
/// the priority partners.

#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <vector>

namespace paradiplomacy {

class Portfolio;

struct PriorityGaps {
    std::vector<PartnerId> certain;   ///< ascending
    std::vector<PartnerId> possible;  ///< ascending
    friend bool operator==(const PriorityGaps&, const PriorityGaps&) = default;
};

[[nodiscard]] PriorityGaps priority_partners_without_tie(const Portfolio& portfolio, Day on,
                                                         const TieFilter& filter = {});

}  // namespace paradiplomacy
