// SPDX-License-Identifier: Apache-2.0
// Files: the portfolio JSON format (load/loads, Portfolio.save/dumps) and the CSV tables
// (read_csv, Portfolio.to_csv). Paths are str or os.PathLike; the C++ FileError reaches
// Python as paradiplomacy.FileError (an OSError) with the C++ message. The GIL is released
// while files are read, parsed or written.

#include "records.hpp"

#include "bindings.hpp"
#include "portfolio_access.hpp"

#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace paradiplomacy::python {
namespace {

namespace fs = std::filesystem;
using OptPath = std::optional<fs::path>;

PortfolioPtr load(const fs::path& path) {
    py::gil_scoped_release release;
    return std::make_shared<Portfolio>(load_portfolio(path));
}

PortfolioPtr loads(const std::string& text, const std::string& source_name) {
    py::gil_scoped_release release;
    return std::make_shared<Portfolio>(parse_portfolio_json(text, source_name));
}

PortfolioPtr read_csv(const OptPath& directory, std::optional<SubdivisionCode> home, const std::string& name_en,
                      const std::string& name_local, const OptPath& home_table, const OptPath& municipalities,
                      const OptPath& partners, const OptPath& agreements, const OptPath& programs, const OptPath& oda,
                      const OptPath& oda_regions, const OptPath& oda_sectors, const OptPath& oda_budgets,
                      bool ignore_unknown_columns, const OptPath& oda_countries, const OptPath& oda_recipient_regions,
                      const OptPath& oda_transactions, const OptPath& oda_participants) {
    py::gil_scoped_release release;
    CsvSources sources;
    if (directory) {
        if (!fs::is_directory(*directory))
            throw FileError(directory->string() + ": not a directory (read_csv reads a directory of CSV tables)");
        sources = CsvSources::in_directory(*directory);
    }
    const auto set = [](std::optional<fs::path>& slot, const OptPath& given) {
        if (given) slot = *given;
    };
    set(sources.home, home_table);
    set(sources.municipalities, municipalities);
    set(sources.partners, partners);
    set(sources.agreements, agreements);
    set(sources.programs, programs);
    set(sources.oda, oda);
    set(sources.oda_regions, oda_regions);
    set(sources.oda_sectors, oda_sectors);
    set(sources.oda_budgets, oda_budgets);
    set(sources.oda_countries, oda_countries);
    set(sources.oda_recipient_regions, oda_recipient_regions);
    set(sources.oda_transactions, oda_transactions);
    set(sources.oda_participants, oda_participants);
    // The library's own message names its C++ option; name the Python argument instead.
    if (!sources.home && !home)
        throw FileError("no home government: give a home.csv table (home_table=) or home=, e.g. home=\"KR-41\"");
    CsvImportOptions options;
    options.home = home;
    options.home_name_en = name_en;
    options.home_name_local = name_local;
    options.ignore_unknown_columns = ignore_unknown_columns;
    return std::make_shared<Portfolio>(import_csv(sources, options));
}

}  // namespace

void init_io(py::module_& m) {
    m.attr("portfolio_schema_id") = std::string(portfolio_schema_id);
    m.def("load", &load, py::arg("path"),
          "Reads a portfolio file (paradiplomacy.portfolio/1 JSON).\n"
          "Raises FileError naming the file, the place and what is wrong; nothing is half loaded.");
    m.def("loads", &loads, py::arg("text"), py::arg("source_name") = "<memory>",
          "Parses a portfolio document held in a str; `source_name` stands for the file name in messages.");
    m.def("read_csv", &read_csv, py::arg("directory") = py::none(), py::kw_only(), py::arg("home") = py::none(),
          py::arg("name_en") = "", py::arg("name_local") = "", py::arg("home_table") = py::none(),
          py::arg("municipalities") = py::none(), py::arg("partners") = py::none(), py::arg("agreements") = py::none(),
          py::arg("programs") = py::none(), py::arg("oda") = py::none(), py::arg("oda_regions") = py::none(),
          py::arg("oda_sectors") = py::none(), py::arg("oda_budgets") = py::none(),
          py::arg("ignore_unknown_columns") = false, py::arg("oda_countries") = py::none(),
          py::arg("oda_recipient_regions") = py::none(), py::arg("oda_transactions") = py::none(),
          py::arg("oda_participants") = py::none(),
          "Builds a portfolio from CSV tables (docs/csv-format.md): the files of `directory` under their\n"
          "canonical names, and/or one path per table (which overrides the directory's). `home` is the\n"
          "home government's ISO 3166-2 code when there is no home.csv. All or nothing: one FileError\n"
          "lists every problem found.");

    auto portfolio = py::reinterpret_borrow<py::class_<Portfolio, PortfolioPtr>>(m.attr("Portfolio"));
    portfolio
        .def(
            "save",
            [](const Portfolio& p, const fs::path& path) {
                const ReadingWithoutGil reading(p);
                save_portfolio(p, path);
            },
            py::arg("path"),
            "Writes the portfolio as a canonical JSON document, atomically (a failed save leaves any\n"
            "previous file untouched). Raises FileError.")
        .def(
            "dumps",
            [](const Portfolio& p) {
                std::string text;
                {
                    const ReadingWithoutGil reading(p);
                    text = to_portfolio_json(p);
                }
                return text;
            },
            "The portfolio as a canonical JSON document (str).")
        .def(
            "to_csv",
            [](const Portfolio& p, const fs::path& directory, bool excel_bom) {
                const ReadingWithoutGil reading(p);
                CsvExportOptions options;
                options.excel_bom = excel_bom;
                export_csv(p, directory, options);
            },
            py::arg("directory"), py::kw_only(), py::arg("excel_bom") = false,
            "Writes every table as CSV into `directory` (created if needed) under its canonical name;\n"
            "`excel_bom` starts each file with a UTF-8 byte order mark for Excel.");
}

}  // namespace paradiplomacy::python
