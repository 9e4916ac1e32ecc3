// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Helpers for tests of the report's sections: render a portfolio on a fixed day and cut
/// out one section by its heading.

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>

#include <string>
#include <string_view>

namespace paradiplomacy::test_support {

/// The report of `portfolio` made on `today` for the chosen day `on` (both ISO text),
/// without the validation findings unless asked.
inline std::string report_on(const Portfolio& portfolio, std::string_view today, std::string_view on,
                             std::optional<report::PublishedFigures> published = std::nullopt) {
    report::ReportOptions options;
    options.today = PartialDate::parse(today).earliest();
    options.on = PartialDate::parse(on).earliest();
    options.include_validation = false;
    options.published = std::move(published);
    return report::render_report(portfolio, options);
}

/// The section whose heading line starts with `title`, heading included, up to the blank
/// line before the next heading; empty when the report has no such section.
inline std::string section(const std::string& report, std::string_view title) {
    const auto start = report.find("\n" + std::string(title));
    if (start == std::string::npos) return {};
    const auto body = report.find('\n', start + 1);
    auto end = report.find("\n\n", body);
    if (end == std::string::npos) end = report.size();
    return report.substr(start + 1, end - start - 1);
}

}  // namespace paradiplomacy::test_support
