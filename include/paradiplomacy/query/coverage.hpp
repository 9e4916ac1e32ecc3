// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How many distinct countries and regions does each tie kind cover on a date?" —
/// the bulletin's figures ("sister ties with 10 countries and 15 regions").
///
/// For each tier kind: `countries` counts the distinct partner countries among the
/// partners whose tie in force has that tier; `regions` counts the distinct
/// region-level partners among them; `partners` counts them all (any level). Regions are
/// counted as partners, not as codes: a partner recorded under a former code (VN-15, Hà
/// Tây, now part of VN-HN; reference/former_subdivisions.hpp) and one under its successor
/// are two ties and count as two regions, as the ties were made.
/// Counting unknown: `certain` counts a partner whose tie is certainly active with
/// that tier for certain (TieStatus::certain_tier == tier == the kind); `possible`
/// counts every partner whose tier could be that kind (the tie certainly or possibly
/// active, and one of its active agreements has that effective kind, ranked at or
/// above the tie's certain tier). So certain <= possible, and
/// possible is an upper bound. A partner with ties of several kinds (the home tie and a
/// municipality's, in SignatoryScope::all) is counted once per kind it has.

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <cstddef>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// A count with its certain part and its possible upper bound.
struct CertainCount {
    std::size_t certain = 0;
    std::size_t possible = 0;
    friend bool operator==(const CertainCount&, const CertainCount&) = default;
};

struct KindCoverage {
    AgreementKind kind = AgreementKind::other;
    CertainCount countries;
    CertainCount regions;
    CertainCount partners;
    friend bool operator==(const KindCoverage&, const KindCoverage&) = default;
};

/// One row per tier kind that has at least one possible partner, highest tier first
/// (ties between kinds of equal rank in enum order). The filter's `tiers` keeps only
/// those kinds.
[[nodiscard]] std::vector<KindCoverage> coverage_by_kind(const Portfolio& portfolio, Day on,
                                                         const TieFilter& filter = {});

}  // namespace paradiplomacy
