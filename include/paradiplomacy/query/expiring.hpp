// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which agreements (implementation plans, mostly) expire within a window?"
///
/// An agreement expires within [from, to] when its validity end lies in the window.
/// Counting unknown: the end is `certain` when every day it can be (a year-only end
/// spans the whole year) lies in the window, and `possible` when only some do; an end
/// that cannot fall in the window is in neither. Only agreements with a validity end
/// count; terminated or superseded ones are still listed (the office sees what lapses),
/// with `renewed` telling whether a successor exists. Cost: O(log n + k).

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct ExpiringAgreement {
    AgreementId agreement{0};
    PartnerId partner{0};
    std::optional<MunicipalityId> signatory;
    AgreementKind kind = AgreementKind::other;
    PartialDate ends = PartialDate::of_year(2000);  ///< The validity end, with its precision.
    bool renewed = false;                           ///< Some agreement supersedes it (a renewal or an upgrade).
    friend bool operator==(const ExpiringAgreement&, const ExpiringAgreement&) = default;
};

struct Expiring {
    std::vector<ExpiringAgreement> certain;   ///< by end date, then agreement
    std::vector<ExpiringAgreement> possible;  ///< by end date, then agreement
    friend bool operator==(const Expiring&, const Expiring&) = default;
};

/// Agreements whose validity ends within [from, to] (both inclusive) and that pass the
/// filter's partner and signatory tests (its `tiers` are matched against the agreement's
/// own kind). Throws InvalidValue when `to` is before `from`. Skips dangling agreements.
[[nodiscard]] Expiring expiring_within(const Portfolio& portfolio, Day from, Day to, const TieFilter& filter = {});

}  // namespace paradiplomacy
