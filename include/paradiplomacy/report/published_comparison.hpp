// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Each published figure recomputed from the records on the day it describes: what the
/// records support (certain and possible), which records explain it, and the gap with the
/// partners a source names that no record holds.
///
/// Counting follows the queries: a tie is in force on a day certainly or possibly
/// (query/ties_in_force.hpp); its tier is one of the figure's kinds certainly (certainly
/// active, tier certain) or possibly; partners are counted as distinct countries or
/// region-level partners (query/coverage.hpp's rule); designations, the pool and the
/// office's staffing facts are read on the day with their own certain/possible answers;
/// ODA engagements run in a period certainly when their dates say so, possibly when a date
/// is too coarse or missing. Money is summed in the figure's currency only, never converted,
/// and counted in whole units of it.

#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/report/published_figures.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy {
class Portfolio;
}

namespace paradiplomacy::report {

/// One record (or country) counted towards a figure.
struct FigureEvidence {
    std::string name;      ///< "Queensland (AU-QLD)", "China (CN)", a task's title.
    bool certain = false;  ///< Counted in the certain part; otherwise only in the possible one.
    friend bool operator==(const FigureEvidence&, const FigureEvidence&) = default;
};

/// One published figure set beside what the records support.
struct FigureComparison {
    PublishedFigure figure;
    Day on;                 ///< The day the records were counted on (a period's last day for the ODA measures).
    CertainCount recorded;  ///< From the records: certain and possible (money in whole units).
    /// The records counted, certain ones first, each group in the order the records are.
    std::vector<FigureEvidence> explained_by;
    /// Why the figure could not be counted (a municipality key no record has); empty when it was.
    std::string problem;

    /// The published value, in the units `recorded` counts.
    [[nodiscard]] std::size_t published() const noexcept;
    /// "7 certain, 7 possible vs 10 published: 3 not found in the records".
    [[nodiscard]] std::string describe() const;
    friend bool operator==(const FigureComparison&, const FigureComparison&) = default;
};

/// Every figure of `figures` in file order, each counted on the day it describes, or on
/// `on` for all of them when given (a period measure keeps its period).
[[nodiscard]] std::vector<FigureComparison> compare_with_published(const Portfolio& portfolio,
                                                                   const PublishedFigures& figures,
                                                                   std::optional<Day> on = std::nullopt);

}  // namespace paradiplomacy::report
