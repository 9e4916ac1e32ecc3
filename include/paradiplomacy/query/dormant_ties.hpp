// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which ties are in force but idle?" and "when did we last meet each partner?"
///
/// A program's contact date is its end when known, else its start. A program is
/// contact within the `years` before `on` when it started on or before `on` and its
/// contact date is on or after `on` minus `years` (three-valued). An undated program
/// (neither start nor end) is possibly contact: it may have been recent, so a tie with
/// an undated program with its partner is at most possibly dormant, never certainly.
/// A program with an end but no start counts as started once its end is past.
/// Counting unknown: a tie is certainly dormant when it is certainly in force and no
/// program with its partner is even possibly contact in the window; it is possibly
/// dormant when it is in force (certainly or possibly) and no program is certainly
/// contact, and it is not certainly dormant. Programs of any organiser count.

#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct DormantTie {
    TieStatus tie;
    /// The partner's latest dated program whose contact date could have come by the day
    /// asked (a later one is not shown: the answer is what was known on that day), if any.
    std::optional<ProgramId> last_program;
    std::optional<PartialDate> last_contact;  ///< Its contact date.
    std::size_t undated_programs = 0;         ///< Programs with the partner without any date.
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
    std::optional<ProgramId> program;  ///< nullopt: no dated program with this partner
    std::optional<PartialDate> date;   ///< the program's contact date
    /// Programs with the partner that have neither start nor end: contact at an
    /// unknown time, perhaps later than `date`. Never counted in `program` or `date`.
    std::size_t undated_programs = 0;
    friend bool operator==(const LastContact&, const LastContact&) = default;
};

/// The latest dated program (by the latest day its contact date can be) with the
/// partner, and how many of its programs are undated.
/// Throws NotFound for a partner not in the portfolio.
[[nodiscard]] LastContact last_contact(const Portfolio& portfolio, PartnerId partner);
/// Last contact for every partner, in partner order.
[[nodiscard]] std::vector<LastContact> last_contacts(const Portfolio& portfolio);

}  // namespace paradiplomacy
