// SPDX-License-Identifier: Apache-2.0
// The plain-text portfolio report (Portfolio.report) and the figures a home government
// published (PublishedFigures), which the report sets beside what the records support.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"
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

std::string repr_text(std::string_view text) { return py::repr(py::str(std::string(text))).cast<std::string>(); }

py::object comparison_frame(const std::vector<report::FigureComparison>& rows) {
    using report::FigureComparison;
    Columns c;
    c.strings("label", rows, [](const FigureComparison& r) { return r.figure.label; });
    c.enums<report::FigureMeasure>("measure", rows, [](const FigureComparison& r) { return r.figure.measure; });
    c.strings(
        "government", rows, [](const FigureComparison& r) { return r.figure.government; }, true);
    c.strings(
        "source", rows, [](const FigureComparison& r) { return r.figure.source; }, true);
    c.days("on", rows, [](const FigureComparison& r) { return std::optional<Day>(r.on); });
    c.ints("published", rows, [](const FigureComparison& r) { return r.published(); });
    c.ints("certain", rows, [](const FigureComparison& r) { return r.recorded.certain; });
    c.ints("possible", rows, [](const FigureComparison& r) { return r.recorded.possible; });
    c.strings("explained_by", rows, [](const FigureComparison& r) {
        std::string names;
        for (const report::FigureEvidence& e : r.explained_by)
            names += (names.empty() ? "" : "; ") + e.name + (e.certain ? "" : " (possibly)");
        return names;
    });
    c.strings("problem", rows, [](const FigureComparison& r) -> std::optional<std::string> {
        if (r.problem.empty()) return std::nullopt;
        return r.problem;
    });
    return c.frame();
}

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
    using report::FigureComparison;
    using report::FigureEvidence;
    using report::KnownMissing;
    using report::PublishedFigure;

    py::class_<KnownMissing>(m, "KnownMissing", "A partner a source names that the records do not hold, and why.")
        .def_property_readonly("name", [](const KnownMissing& k) { return k.name; })
        .def_property_readonly(
            "source", [](const KnownMissing& k) { return k.source; }, "A key of the sources.")
        .def_property_readonly("why", [](const KnownMissing& k) { return k.why; })
        .def("__repr__", [](const KnownMissing& k) {
            return "KnownMissing(" + repr_text(k.name) + ", source=" + repr_text(k.source) + ")";
        });

    py::class_<PublishedFigure>(
        m, "PublishedFigure",
        "One published figure: what it counts (measure and selectors), its value, source and day.")
        .def_property_readonly("label", [](const PublishedFigure& f) { return f.label; })
        .def_property_readonly("measure", [](const PublishedFigure& f) { return f.measure; })
        .def_property_readonly(
            "value",
            [](const PublishedFigure& f) -> py::object {
                if (report::is_money(f.measure)) return py::float_(f.value);
                return py::int_(static_cast<long long>(f.value));
            },
            "As published: an int for a count, a float for money.")
        .def_property_readonly(
            "source", [](const PublishedFigure& f) { return f.source; }, "A key of the sources.")
        .def_property_readonly(
            "as_of", [](const PublishedFigure& f) { return f.as_of; },
            "The day described, as published; None for a period.")
        .def_property_readonly(
            "period",
            [](const PublishedFigure& f) -> std::optional<std::pair<int, int>> {
                if (!f.period) return std::nullopt;
                return std::pair(f.period->first, f.period->last);
            },
            "(first year, last year) for the ODA measures; None otherwise.")
        .def_property_readonly(
            "day", [](const PublishedFigure& f) { return report::figure_day(f); },
            "The day the records are counted on: the last day of as_of, or of the period.")
        .def_property_readonly("note", [](const PublishedFigure& f) { return f.note; })
        .def_property_readonly("missing", [](const PublishedFigure& f) { return f.missing; })
        .def_property_readonly(
            "kinds", [](const PublishedFigure& f) { return f.kinds; }, "Empty: every tie tier.")
        .def_property_readonly(
            "government", [](const PublishedFigure& f) { return f.government; },
            "'home', 'municipalities', 'all' or a municipality's id.")
        .def_property_readonly("country",
                               [](const PublishedFigure& f) -> std::optional<std::string> {
                                   if (!f.country) return std::nullopt;
                                   return f.country->str();
                               })
        .def_property_readonly("designation", [](const PublishedFigure& f) { return f.designation; })
        .def_property_readonly("purpose", [](const PublishedFigure& f) { return f.purpose; })
        .def_property_readonly("year", [](const PublishedFigure& f) { return f.year; })
        .def_property_readonly("currency",
                               [](const PublishedFigure& f) -> std::optional<std::string> {
                                   if (!f.currency) return std::nullopt;
                                   return f.currency->str();
                               })
        .def(
            "__eq__", [](const PublishedFigure& a, const PublishedFigure& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const PublishedFigure& f) {
            return "<PublishedFigure " + repr_text(f.label) + " " + std::string(to_string(f.measure)) + "=" +
                   std::to_string(f.value) + " [" + f.source + "]>";
        });

    py::class_<PublishedFigures>(m, "PublishedFigures",
                                 "Figures a home government, or pages about it, published\n"
                                 "(paradiplomacy.published-figures/2; version 1 is read too), for\n"
                                 "Portfolio.report(published=...) and Portfolio.compare_with_published.")
        .def_static(
            "loads",
            [](std::string_view text, std::string_view source_name) {
                return report::parse_published_figures(text, source_name);
            },
            py::arg("text"), py::arg("source_name") = "<memory>",
            "Parses a published-figures document; raises FileError.")
        .def_static("load", &load_figures, py::arg("path"), "Reads a published-figures file; raises FileError.")
        .def(
            "dumps", [](const PublishedFigures& f) { return report::to_json(f); },
            "The document as version-2 JSON text (a version-1 file comes out upgraded).")
        .def_property_readonly("home", [](const PublishedFigures& f) { return f.home; })
        .def_property_readonly("note", [](const PublishedFigures& f) { return f.note; })
        .def_property_readonly(
            "sources",
            [](const PublishedFigures& f) {
                py::dict out;
                for (const auto& [key, citation] : f.sources) out[py::str(key)] = py::str(citation);
                return out;
            },
            "Source key -> citation, in file order.")
        .def_property_readonly("figures", [](const PublishedFigures& f) { return f.figures; })
        .def("__len__", [](const PublishedFigures& f) { return f.figures.size(); })
        .def("__iter__", [](const PublishedFigures& f) { return py::iter(py::cast(f.figures)); })
        .def(
            "__eq__", [](const PublishedFigures& a, const PublishedFigures& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const PublishedFigures& f) {
            return "<PublishedFigures " + f.home + ": " + std::to_string(f.figures.size()) + " figures from " +
                   std::to_string(f.sources.size()) + " sources>";
        });

    py::class_<FigureEvidence>(m, "FigureEvidence", "One record (or country) counted towards a figure.")
        .def_property_readonly("name", [](const FigureEvidence& e) { return e.name; })
        .def_property_readonly(
            "certain", [](const FigureEvidence& e) { return e.certain; },
            "Counted in the certain part; otherwise only in the possible one.")
        .def("__repr__", [](const FigureEvidence& e) {
            return "FigureEvidence(" + repr_text(e.name) + ", certain=" + (e.certain ? "True" : "False") + ")";
        });

    py::class_<FigureComparison>(m, "FigureComparison",
                                 "One published figure set beside what the records support on the day it describes.")
        .def_property_readonly("figure", [](const FigureComparison& c) { return c.figure; })
        .def_property_readonly("label", [](const FigureComparison& c) { return c.figure.label; })
        .def_property_readonly("measure", [](const FigureComparison& c) { return c.figure.measure; })
        .def_property_readonly(
            "on", [](const FigureComparison& c) { return c.on; }, "The day counted on.")
        .def_property_readonly(
            "recorded", [](const FigureComparison& c) { return c.recorded; },
            "From the records: a CertainCount (money in whole units of its currency).")
        .def_property_readonly("published", &FigureComparison::published, "The published value, as recorded counts it.")
        .def_property_readonly(
            "explained_by", [](const FigureComparison& c) { return c.explained_by; },
            "The records counted, certain ones first.")
        .def_property_readonly(
            "problem", [](const FigureComparison& c) { return c.problem; },
            "Why the figure could not be counted; '' when it was.")
        .def("describe", &FigureComparison::describe,
             "'7 certain, 7 possible vs 10 published: 3 not found in the records'.")
        .def(
            "__eq__", [](const FigureComparison& a, const FigureComparison& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const FigureComparison& c) {
            return "<FigureComparison " + repr_text(c.figure.label) + ": " + c.describe() + ">";
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
            "to_excel",
            [](py::object self, py::object path, std::optional<Day> on, std::optional<PublishedFigures> published) {
                py::module_::import("paradiplomacy._excel").attr("to_excel")(self, path, on, published);
            },
            py::arg("path"), py::kw_only(), py::arg("on") = py::none(), py::arg("published") = py::none(),
            "Writes one Excel workbook: a sheet per record table (partial dates as written, \"1983\",\n"
            "\"2008-10\"; headers in words; each partner's name beside its ID), then the ties in force and\n"
            "the distinct partners per tie kind on `on` (default: today) and, when given, the published\n"
            "figures beside the records. The file is replaced only once the new one is complete. Needs\n"
            "pandas and openpyxl: pip install 'paradiplomacy[excel]'.")
        .def(
            "compare_with_published",
            [](const Portfolio& p, const PublishedFigures& published, std::optional<Day> on) {
                std::vector<report::FigureComparison> rows;
                {
                    const ReadingWithoutGil reading(p);
                    rows = report::compare_with_published(p, published, on);
                }
                return queries::frame_list(std::move(rows), &comparison_frame);
            },
            py::arg("published"), py::kw_only(), py::arg("on") = py::none(),
            "Each figure of `published` beside what the records support on the day it describes (or on\n"
            "`on` for all of them): a list of FigureComparison, in file order, with to_frame() (label,\n"
            "measure, government, source, on, published, certain, possible, explained_by, problem).");
}

}  // namespace paradiplomacy::python
