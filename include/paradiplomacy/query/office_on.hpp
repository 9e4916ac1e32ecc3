// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How many teams and people did the office have on this day?", from the office's dated
/// staffing facts (model/staffing_fact.hpp). A fact holds from its date until the next
/// fact of its office, so the answer is the latest fact dated on or before the day.
///
/// Partial dates make part of the answer uncertain: a fact "as of 2017" asked about
/// 2017-06-01 may be dated before the day or after it, and two facts "2017" and
/// "2017-05" cannot be ordered. The answer keeps the fact that certainly holds (`fact`,
/// the latest certainly dated on or before the day) and lists apart the facts that may
/// hold instead with other figures (`possible_facts`), as the tie queries keep certain
/// and possible counts apart.

#include <paradiplomacy/model/office.hpp>
#include <paradiplomacy/model/staffing_fact.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// One office on one day.
struct OfficeOnDay {
    OfficeId office{0};
    /// Formed on or before the day and not dissolved by it; unknown when a date is too
    /// coarse to tell, or when the office's formed_on is not known.
    Truth exists = Truth::unknown;
    /// The latest fact certainly dated on or before the day: the figures below are its.
    /// nullopt when no fact is.
    std::optional<StaffingFactId> fact;
    std::optional<std::uint32_t> teams;  ///< `fact`'s teams, when it gives them.
    std::optional<std::uint32_t> staff;  ///< `fact`'s staff, when it gives them.
    std::vector<TextId> team_names;      ///< `fact`'s team names.
    /// Facts that may hold on the day instead of `fact`, with other figures: dated too
    /// coarsely to say whether they come before the day, or after `fact`. In ID order.
    std::vector<StaffingFactId> possible_facts;

    /// Whether the figures certainly held: there is a fact, and no other may hold instead.
    [[nodiscard]] bool certain() const noexcept { return fact.has_value() && possible_facts.empty(); }

    friend bool operator==(const OfficeOnDay&, const OfficeOnDay&) = default;
};

/// Every office of the portfolio on day `on`, in ID order.
[[nodiscard]] std::vector<OfficeOnDay> office_on(const Portfolio& portfolio, Day on);

/// Office `office` on day `on`. Throws NotFound for an office not in the portfolio.
[[nodiscard]] OfficeOnDay office_on(const Portfolio& portfolio, OfficeId office, Day on);

}  // namespace paradiplomacy
