// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which partners were priority partners on 2017-12-31?" and "which countries were
/// strategic ODA countries in 2015?": the partners a designation (model/designation.hpp)
/// held for on a day. `certain` holds the partners one designation certainly held for;
/// `possible` those for which one possibly held (a start given by year only, or one the
/// records do not give, as a version-1 file's `priority: true`) and none certainly did.

#include <paradiplomacy/model/designation.hpp>
#include <paradiplomacy/values/calendar.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <vector>

namespace paradiplomacy {

class Portfolio;

struct DesignatedPartners {
    std::vector<PartnerId> certain;   ///< ascending
    std::vector<PartnerId> possible;  ///< ascending
    friend bool operator==(const DesignatedPartners&, const DesignatedPartners&) = default;
};

/// The partners designated `kind` on `on`.
[[nodiscard]] DesignatedPartners designated_on(const Portfolio& portfolio, DesignationKind kind, Day on);

/// Per partner, by its index: whether a designation of `kind` held for it on `on` (no for
/// a partner never designated). One pass over the designations, for the queries that ask
/// it of many partners.
[[nodiscard]] std::vector<Truth> designation_states(const Portfolio& portfolio, DesignationKind kind, Day on);

/// The designations of `partner`, of any kind, in the order they were added.
[[nodiscard]] std::vector<DesignationId> designations_of(const Portfolio& portfolio, PartnerId partner);

}  // namespace paradiplomacy
