// SPDX-License-Identifier: Apache-2.0
// The plain-text portfolio report (Portfolio.report) and the figures a home government
// published (PublishedFigures), which the report sets beside what the records support.

#include "bindings.hpp"
#include "portfolio_access.hpp"
#include "records.hpp"

#include <paradiplomacy/io/input_file.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>
#include <paradiplomacy/report/published_figures.hpp>

#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

namespace paradiplomacy::python {
namespace {

using report::PublishedFigures;
using report::PublishedTieCount;

std::string repr_text(std::string_view text) { return py::repr(py::str(std::string(text))).cast<std::string>(); }

PublishedFigures load_figures(const std::filesystem::path& path) {
    std::string text;
    {
        py::gil_scoped_release release;
        text = InputFile(path, path.string() + ": cannot open the file for reading").read_all();
    }
    return report::parse_published_figures(text, path.string());
}

}  // namespace

void init_report(py::module_& m) {
    py::class_<PublishedTieCount>(m, "PublishedTieCount",
                                  "A published count of distinct partners for a group of tie kinds.")
        .def_property_readonly("label", [](const PublishedTieCount& c) { return c.label; })
        .def_property_readonly("kinds", [](const PublishedTieCount& c) { return c.kinds; })
        .def_property_readonly("countries", [](const PublishedTieCount& c) { return c.countries; })
        .def_property_readonly("regions", [](const PublishedTieCount& c) { return c.regions; })
        .def("__repr__", [](const PublishedTieCount& c) {
            const auto count = [](const std::optional<std::size_t>& n) {
                return n ? std::to_string(*n) : std::string("None");
            };
            return "PublishedTieCount(" + repr_text(c.label) + ", countries=" + count(c.countries) +
                   ", regions=" + count(c.regions) + ")";
        });

    py::class_<report::PublishedTieTotal>(m, "PublishedTieTotal",
                                          "A published count of the municipalities' ties for a group of tie kinds.")
        .def_property_readonly("label", [](const report::PublishedTieTotal& c) { return c.label; })
        .def_property_readonly("kinds", [](const report::PublishedTieTotal& c) { return c.kinds; })
        .def_property_readonly("ties", [](const report::PublishedTieTotal& c) { return c.ties; })
        .def("__repr__", [](const report::PublishedTieTotal& c) {
            return "PublishedTieTotal(" + repr_text(c.label) + ", ties=" + std::to_string(c.ties) + ")";
        });
    py::class_<report::PublishedMunicipalTies>(m, "PublishedMunicipalTies",
                                               "What was published of the municipalities' ties, all together.")
        .def_property_readonly(
            "source", [](const report::PublishedMunicipalTies& t) { return t.source; },
            "Where; '': the document's source.")
        .def_property_readonly("note", [](const report::PublishedMunicipalTies& t) { return t.note; })
        .def_property_readonly("ties", [](const report::PublishedMunicipalTies& t) { return t.ties; })
        .def_property_readonly("countries", [](const report::PublishedMunicipalTies& t) { return t.countries; })
        .def_property_readonly("by_kind", [](const report::PublishedMunicipalTies& t) { return t.by_kind; })
        .def_property_readonly(
            "by_country",
            [](const report::PublishedMunicipalTies& t) {
                py::dict out;  // in file order
                for (const auto& [country, ties] : t.by_country) out[py::str(country.str())] = ties;
                return out;
            },
            "Ties per ISO 3166-1 country code, as published.")
        .def("__repr__", [](const report::PublishedMunicipalTies& t) {
            return "<PublishedMunicipalTies: " + (t.ties ? std::to_string(*t.ties) : std::string("None")) + " ties, " +
                   std::to_string(t.by_country.size()) + " countries listed>";
        });

    py::class_<PublishedFigures>(m, "PublishedFigures",
                                 "Figures a home government published about its own portfolio\n"
                                 "(paradiplomacy.published-figures/1), for Portfolio.report(published=...).")
        .def_static(
            "loads",
            [](const std::string& text, const std::string& source_name) {
                return report::parse_published_figures(text, source_name);
            },
            py::arg("text"), py::arg("source_name") = "<memory>",
            "Parses a published-figures document; raises FileError.")
        .def_static("load", &load_figures, py::arg("path"), "Reads a published-figures file; raises FileError.")
        .def_property_readonly("home", [](const PublishedFigures& f) { return f.home; })
        .def_property_readonly("source", [](const PublishedFigures& f) { return f.source; })
        .def_property_readonly(
            "as_of", [](const PublishedFigures& f) { return f.as_of; }, "As published ('2017').")
        .def_property_readonly(
            "as_of_day", [](const PublishedFigures& f) { return report::published_as_of_day(f); },
            "The last day `as_of` can be, or None.")
        .def_property_readonly("note", [](const PublishedFigures& f) { return f.note; })
        .def_property_readonly("ties", [](const PublishedFigures& f) { return f.ties; })
        .def_property_readonly("priority_countries", [](const PublishedFigures& f) { return f.priority_countries; })
        .def_property_readonly("priority_regions", [](const PublishedFigures& f) { return f.priority_regions; })
        .def_property_readonly(
            "municipalities", [](const PublishedFigures& f) { return f.municipalities; },
            "The municipalities' published figures, or None.")
        .def(
            "__eq__", [](const PublishedFigures& a, const PublishedFigures& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const PublishedFigures& f) {
            return "<PublishedFigures " + f.home + " as of " + repr_text(f.as_of) + ": " +
                   std::to_string(f.ties.size()) + " tie counts>";
        });

    py::class_<report::FigureComparison>(m, "FigureComparison",
                                         "One published count set beside what the records support on a day.")
        .def_property_readonly(
            "label", [](const report::FigureComparison& c) { return c.label; },
            "'sister' (as published), 'priority' for the priority partner counts, 'municipalities',\n"
            "'municipalities sister' or 'municipalities in CN' for the municipalities' figures.")
        .def_property_readonly(
            "measure", [](const report::FigureComparison& c) { return c.measure; },
            "'countries' or 'regions'; 'ties' for a count of ties.")
        .def_property_readonly(
            "on", [](const report::FigureComparison& c) { return c.on; }, "The day counted on.")
        .def_property_readonly(
            "recorded", [](const report::FigureComparison& c) { return c.recorded; },
            "From the records: a CertainCount.")
        .def_property_readonly("published", [](const report::FigureComparison& c) { return c.published; })
        .def("describe", &report::FigureComparison::describe,
             "'7 certain, 7 possible vs 10 published: 3 not found in the records'.")
        .def(
            "__eq__", [](const report::FigureComparison& a, const report::FigureComparison& b) { return a == b; },
            py::is_operator())
        .def("__repr__", [](const report::FigureComparison& c) {
            return "<FigureComparison " + repr_text(c.label) + " " + c.measure + ": " + c.describe() + ">";
        });

    auto portfolio = py::reinterpret_borrow<py::class_<Portfolio, PortfolioPtr>>(m.attr("Portfolio"));
    portfolio
        .def(
            "report",
            [](const Portfolio& p, std::optional<Day> on, std::optional<Day> today,
               std::optional<PublishedFigures> published, IntArg dormant_years, IntArg expiring_months,
               bool include_validation, std::optional<IntArg> engagements_per_country) {
                report::ReportOptions options;
                options.on = on;
                options.today = today;
                options.published = std::move(published);
                options.dormant_years = dormant_years.in<int>("dormant_years", 0);
                options.expiring_months = expiring_months.in<int>("expiring_months", 0);
                options.include_validation = include_validation;
                if (engagements_per_country)
                    options.engagements_per_country = engagements_per_country->in<std::size_t>(
                        "engagements_per_country", 0, std::numeric_limits<long long>::max());
                std::string text;
                {
                    const ReadingWithoutGil reading(p);
                    text = report::render_report(p, options);
                }
                return text;
            },
            py::kw_only(), py::arg("on") = py::none(), py::arg("today") = py::none(), py::arg("published") = py::none(),
            py::arg("dormant_years") = 3, py::arg("expiring_months") = 12, py::arg("include_validation") = true,
            py::arg("engagements_per_country") = py::none(),
            "The plain-text portfolio report: ties in force today and on `on` (default: today), counts per\n"
            "tie kind (beside `published` figures when given), expiring plans, dormant ties, exchanges, ODA\n"
            "and validation findings. `today` defaults to the local date; set it for repeatable output.\n"
            "`engagements_per_country` lists at most that many ODA engagements under each recipient (budgets\n"
            "and transactions stay complete); None lists all.")
        .def(
            "compare_with_published",
            [](const Portfolio& p, Day on, const PublishedFigures& published) {
                const ReadingWithoutGil reading(p);
                return report::compare_with_published(p, on, published);
            },
            py::arg("on"), py::arg("published"),
            "Each count in `published` beside the home government's ties in force on `on`: a list of\n"
            "FigureComparison (counts the publication leaves out are left out).");
}

}  // namespace paradiplomacy::python
