// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The portfolio report: a plain-text overview an office can read and file. Ties in
/// force today and on a chosen date (certain and possible listed apart), distinct
/// countries and regions per tie kind, set beside published figures when given, plans
/// expiring soon, dormant ties, exchanges and ODA by country and year, and the
/// validation findings; when the portfolio records an office, its teams and staff on the
/// chosen date and its policy goals and tasks with the programs and engagements serving each.
///
/// Partial dates are never rounded: a tie signed in "1997" is listed as possibly in
/// force on 1997-06-01, and every count of partners shows its certain and possible part.
/// An exchange program without a start date is counted in an "undated" row of its
/// country, after the years, never under an invented year.

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/report/published_figures.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy {
class Portfolio;
}

namespace paradiplomacy::report {

struct ReportOptions {
    /// The day the report is made; nullopt: the local date when rendering. Set it for
    /// repeatable output.
    std::optional<Day> today;
    /// The chosen date for the second in-force listing and for the counts, expiring
    /// plans and dormant ties; nullopt: today.
    std::optional<Day> on;
    /// A tie in force with no exchange in this many years up to `on` is dormant.
    int dormant_years = 3;
    /// Plans whose validity ends within this many months after `on` are listed; a window
    /// that would pass 9999-12-31, the calendar's last day, ends on it.
    int expiring_months = 12;
    /// Figures the home government published; the comparison section appears only
    /// when they are given.
    std::optional<PublishedFigures> published;
    /// Run validate() and list its findings.
    bool include_validation = true;
    /// List at most this many engagements under each ODA recipient, then say how many
    /// more there are; nullopt: all. A national IATI import funds hundreds of activities
    /// in a country. Budgets and transactions are always complete.
    std::optional<std::size_t> engagements_per_country;

    friend bool operator==(const ReportOptions&, const ReportOptions&) = default;
};

/// One published count set beside what the records support on a day.
struct FigureComparison {
    std::string label;      ///< "sister", or "priority" for the priority partner counts.
    std::string measure;    ///< "countries" or "regions".
    Day on;                 ///< The day the records were counted on.
    CertainCount recorded;  ///< From the records: certain and possible.
    std::size_t published = 0;

    /// "7 certain, 7 possible vs 10 published: 3 not found in the records".
    [[nodiscard]] std::string describe() const;
    friend bool operator==(const FigureComparison&, const FigureComparison&) = default;
};

/// Compares each published count with the portfolio's home-government ties on `on`:
/// for a group of tie kinds, the distinct countries and region-level partners whose
/// tie in force has one of those tiers (certain: certainly active with such a tier;
/// possible: possibly so); for the priority counts, the partners flagged priority at
/// country and at region level (certain = possible, a flag is not dated). Counts the
/// publication leaves out are left out.
[[nodiscard]] std::vector<FigureComparison> compare_with_published(const Portfolio& portfolio, Day on,
                                                                   const PublishedFigures& figures);

/// The day a published `as_of` stands for: the last day it can be ("2017" ->
/// 2017-12-31); nullopt when it is empty or not a date.
[[nodiscard]] std::optional<Day> published_as_of_day(const PublishedFigures& figures);

/// The report as plain text (UTF-8, lines ending in '\n'). Throws InvalidValue when
/// dormant_years or expiring_months is negative.
[[nodiscard]] std::string render_report(const Portfolio& portfolio, const ReportOptions& options = {});

}  // namespace paradiplomacy::report
