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
#include <paradiplomacy/report/published_comparison.hpp>
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

/// The report as plain text (UTF-8, lines ending in '\n'). Throws InvalidValue when
/// dormant_years or expiring_months is negative.
[[nodiscard]] std::string render_report(const Portfolio& portfolio, const ReportOptions& options = {});

}  // namespace paradiplomacy::report
