// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which ties are in force but idle?" and "when did we last meet each partner?"
///
/// A program's contact date is its end when known, else its start. A program is
/// contact within the `years` before `on` when it started on or before `on` and its
/// contact date is on or after `on` minus `years` (three-valued).
/// Counting unknown: a tie is certainly dormant when it is certainly in force and no
/// program with its partner is even possibly contact in the window; it is possibly
/// dormant when it is in force (certainly or possibly) and no program is certainly
/// contact, and it is not certainly dormant. Programs of any organiser count.

#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct DormantTie {
    TieStatus tie;
    std::optional<ProgramId> last_program;    ///< The partner's latest program ever, if any.
    std::optional<PartialDate> last_contact;  ///< Its contact date.
    friend bool operator==(const DormantTie&, const DormantTie&) = default;
};

struct DormantTies {
    std::vector<DormantTie> certain;   ///< sorted by (partner, signatory)
    std::vector<DormantTie> possible;  ///< sorted by (partner, signatory)
    friend bool operator==(const DormantTies&, const DormantTies&) = default;
};

/// Ties in force on `on` with no exchange program with the partner in the `years`
/// years up to `on`. Throws InvalidValue when `years` is negative.
[[nodiscard]] DormantTies dormant_ties(const Portfolio& portfolio, Day on, int years, const TieFilter& filter = {});

struct LastContact {
    PartnerId partner{0};
    std::optional<ProgramId> program;  ///< nullopt: no program with this partner at all
    std::optional<PartialDate> date;   ///< the program's contact date
    friend bool operator==(const LastContact&, const LastContact&) = default;
};

/// The latest program (by the latest day its contact date can be) with the partner.
/// Throws NotFound for a partner not in the portfolio.
[[nodiscard]] LastContact last_contact(const Portfolio& portfolio, PartnerId partner);
/// Last contact for every partner, in partner order.
[[nodiscard]] std::vector<LastContact> last_contacts(const Portfolio& portfolio);

}  // namespace paradiplomacy
