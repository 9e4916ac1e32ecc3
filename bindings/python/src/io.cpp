// SPDX-License-Identifier: Apache-2.0
// Files: the portfolio JSON format (load/loads, Portfolio.save/dumps), the CSV tables
// (read_csv, Portfolio.to_csv) and twin-town lists (read_twin_towns). Paths are str or os.PathLike; the C++ FileError
// reaches Python as paradiplomacy.FileError (an OSError) with the C++ message. The GIL is released while files are
// read, parsed or written.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "records.hpp"

#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/io/twin_towns.hpp>

#include <pybind11/functional.h>
#include <pybind11/operators.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

// --- twin-town lists ------------------------------------------------------------------

using TwinTownsPtr = std::shared_ptr<TwinTownList>;
using ProgressFn = std::function<void(std::uint64_t, std::uint64_t)>;

/// One pair as Python sees it: both cities by value (the list's indexes stay inside).
struct PyTwinPair {
    TwinCity city1;
    TwinCity city2;
    std::size_t line = 0;
};

std::string city_repr(const TwinCity& c) {
    return "TwinCity(" + py_repr(c.name) + ", " + py_repr(c.country.view()) +
           (c.wikidata.empty() ? std::string() : ", wikidata=" + py_repr(c.wikidata)) + ")";
}

std::optional<std::string> optional_text(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

/// The Python mapping {"city1": "origincityLabel", ...} as the reader's columns; the keys
/// are checked here so that a typo ("city_1") is named rather than ignored.
TwinTownColumns columns_from(const std::map<std::string, std::string>& mapping) {
    TwinTownColumns columns{"", "", "", "", "", ""};
    const std::pair<const char*, std::string TwinTownColumns::*> keys[] = {
        {"city1", &TwinTownColumns::city1},         {"country1", &TwinTownColumns::country1},
        {"city2", &TwinTownColumns::city2},         {"country2", &TwinTownColumns::country2},
        {"city1_qid", &TwinTownColumns::city1_qid}, {"city2_qid", &TwinTownColumns::city2_qid}};
    for (const auto& [key, header] : mapping) {
        bool known = false;
        for (const auto& [name, member] : keys)
            if (key == name) {
                columns.*member = header;
                known = true;
            }
        if (!known)
            throw InvalidValue("columns: unknown key " + py_repr(key) +
                               " (known: city1, country1, city2, country2, city1_qid, city2_qid)");
    }
    for (const char* required : {"city1", "country1", "city2", "country2"})
        if (!mapping.contains(required))
            throw InvalidValue(std::string("columns: no column given for ") + required +
                               " (city1, country1, city2 and country2 are all needed)");
    return columns;
}

TwinTownsPtr read_twin_towns_py(const fs::path& path, const std::optional<std::map<std::string, std::string>>& columns,
                                const std::optional<std::string>& delimiter, std::optional<ProgressFn> progress) {
    TwinTownReadOptions options;
    if (columns) options.columns = columns_from(*columns);
    if (delimiter) {
        if (delimiter->size() != 1)
            throw InvalidValue("delimiter: expected one character (',', ';', '\\t' or '|'), not " +
                               py_repr(*delimiter));
        options.delimiter = (*delimiter)[0];
    }
    // Called without the GIL: take it, let Ctrl-C through, then call the caller's function.
    if (progress && *progress)
        options.progress = [fn = std::move(*progress)](std::uint64_t done, std::uint64_t total) {
            py::gil_scoped_acquire acquire;
            if (PyErr_CheckSignals() != 0) throw py::error_already_set();
            fn(done, total);
        };
    py::gil_scoped_release release;
    return std::make_shared<TwinTownList>(read_twin_towns(path, options));
}

PyTwinPair pair_at(const TwinTownList& list, const TwinPair& p) {
    return PyTwinPair{list.cities[p.first], list.cities[p.second], p.line};
}

/// The city `city` names: a TwinCity, a Wikidata item ("Q64") or a name with `country`.
/// Raises NotFoundError when none matches and InvalidValueError when several do.
std::uint32_t resolve_city(const TwinTownList& list, const py::object& city,
                           const std::optional<CountryCode>& country) {
    if (py::isinstance<TwinCity>(city)) {
        const auto& c = city.cast<const TwinCity&>();
        for (std::uint32_t i : list.cities_named(c.name, c.country))
            if (list.cities[i].wikidata == c.wikidata) return i;
        throw NotFound("twin towns: " + city_repr(c) + " is not a city of " + list.source);
    }
    const auto text = city.cast<std::string>();
    if (!country) {
        if (const auto item = wikidata_item(text)) {
            if (const auto i = list.find_wikidata(*item)) return *i;
            throw NotFound("twin towns: no city of " + list.source + " has the Wikidata item " + *item);
        }
        throw InvalidValue("twin towns: give the country of " + py_repr(text) +
                           " (an ISO 3166-1 code), or the city's Wikidata item (\"Q64\")");
    }
    const auto found = list.cities_named(text, *country);
    if (found.empty())
        throw NotFound("twin towns: " + text + " (" + country->str() + ") is not a city of " + list.source);
    if (found.size() > 1) {
        std::string items;
        for (const auto i : found) items += (items.empty() ? "" : ", ") + list.cities[i].wikidata;
        throw InvalidValue("twin towns: " + std::to_string(found.size()) + " cities of " + list.source + " are " +
                           text + " (" + country->str() + "), told apart by their Wikidata items " + items +
                           ": give the item instead of the name");
    }
    return found.front();
}

py::object pairs_frame(const TwinTownList& list) {
    const auto& rows = list.pairs;
    const auto& cities = list.cities;
    const auto item = [](const TwinCity& c) {
        return c.wikidata.empty() ? std::optional<std::string_view>() : std::optional<std::string_view>(c.wikidata);
    };
    Columns c;
    c.strings("city1", rows, [&](const TwinPair& p) { return std::string_view(cities[p.first].name); });
    c.codes("country1", rows, [&](const TwinPair& p) { return cities[p.first].country; });
    c.strings("city1_qid", rows, [&](const TwinPair& p) { return item(cities[p.first]); });
    c.strings("city2", rows, [&](const TwinPair& p) { return std::string_view(cities[p.second].name); });
    c.codes("country2", rows, [&](const TwinPair& p) { return cities[p.second].country; });
    c.strings("city2_qid", rows, [&](const TwinPair& p) { return item(cities[p.second]); });
    c.ints("line", rows, [](const TwinPair& p) { return p.line; });
    return c.frame();
}

void init_twin_towns(py::module_& m) {
    py::class_<TwinCity>(m, "TwinCity",
                         "A city of a twin-town list: its name as the list writes it, its country (ISO 3166-1,\n"
                         "or XK for Kosovo) and its Wikidata item when the list gives one.")
        .def(py::init([](std::string name, CountryCode country, std::optional<std::string> wikidata) {
                 std::string item;
                 if (wikidata) {
                     auto parsed = wikidata_item(*wikidata);
                     if (!parsed)
                         throw InvalidValue("wikidata: " + py_repr(*wikidata) + " is not a Wikidata item (Q64)");
                     item = std::move(*parsed);
                 }
                 return TwinCity{std::move(name), country, std::move(item)};
             }),
             py::arg("name"), py::arg("country"), py::arg("wikidata") = py::none())
        .def_property_readonly("name", [](const TwinCity& c) { return c.name; })
        .def_property_readonly("country", [](const TwinCity& c) { return c.country; })
        .def_property_readonly(
            "wikidata", [](const TwinCity& c) { return optional_text(c.wikidata); },
            "The Wikidata item ('Q64'), or None.")
        .def(py::self == py::self)
        .def("__hash__",
             [](const TwinCity& c) { return py::hash(py::make_tuple(c.name, c.country.str(), c.wikidata)); })
        .def("__repr__", &city_repr);

    py::class_<PyTwinPair>(m, "TwinPair", "One undirected pair of twin towns and the line of its first row.")
        .def_property_readonly("city1", [](const PyTwinPair& p) { return p.city1; })
        .def_property_readonly("city2", [](const PyTwinPair& p) { return p.city2; })
        .def_property_readonly("line", [](const PyTwinPair& p) { return p.line; })
        .def("__repr__", [](const PyTwinPair& p) {
            return "<TwinPair " + city_repr(p.city1) + " - " + city_repr(p.city2) + ", line " + std::to_string(p.line) +
                   ">";
        });

    py::class_<UnmappedCountryName>(m, "UnmappedCountryName",
                                    "A country name the list holds and no table maps, with its cell count.")
        .def_property_readonly("name", [](const UnmappedCountryName& u) { return u.name; })
        .def_property_readonly("count", [](const UnmappedCountryName& u) { return u.count; })
        .def_property_readonly("first_line", [](const UnmappedCountryName& u) { return u.first_line; })
        .def("__repr__", [](const UnmappedCountryName& u) {
            return "<UnmappedCountryName " + py_repr(u.name) + ": " + std::to_string(u.count) +
                   " cells, first on line " + std::to_string(u.first_line) + ">";
        });

    py::class_<TwinTownCounts>(m, "TwinTownCounts",
                               "What happened to the rows: rows == pairs + duplicates + self_pairs +\n"
                               "rows_unmapped + rows_historical.")
        .def_readonly("rows", &TwinTownCounts::rows)
        .def_readonly("pairs", &TwinTownCounts::pairs)
        .def_readonly("duplicates", &TwinTownCounts::duplicates)
        .def_readonly("self_pairs", &TwinTownCounts::self_pairs)
        .def_readonly("rows_unmapped", &TwinTownCounts::rows_unmapped)
        .def_readonly("rows_historical", &TwinTownCounts::rows_historical)
        .def(py::self == py::self)
        .def("__repr__", [](const TwinTownCounts& c) {
            return "<TwinTownCounts rows=" + std::to_string(c.rows) + " pairs=" + std::to_string(c.pairs) +
                   " duplicates=" + std::to_string(c.duplicates) + " self_pairs=" + std::to_string(c.self_pairs) +
                   " rows_unmapped=" + std::to_string(c.rows_unmapped) +
                   " rows_historical=" + std::to_string(c.rows_historical) + ">";
        });

    py::class_<TwinTownList, TwinTownsPtr>(m, "TwinTowns",
                                           "A twin-town list read by read_twin_towns(): its pairs (iterate, len,\n"
                                           "index, to_frame()), counts, unmapped and historical country names.")
        .def_property_readonly("source", [](const TwinTownList& l) { return l.source; })
        .def_property_readonly("delimiter", [](const TwinTownList& l) { return std::string(1, l.delimiter); })
        .def_property_readonly(
            "columns",
            [](const TwinTownList& l) {
                std::map<std::string, std::string> out{{"city1", l.columns.city1},
                                                       {"country1", l.columns.country1},
                                                       {"city2", l.columns.city2},
                                                       {"country2", l.columns.country2}};
                if (!l.columns.city1_qid.empty()) out["city1_qid"] = l.columns.city1_qid;
                if (!l.columns.city2_qid.empty()) out["city2_qid"] = l.columns.city2_qid;
                return out;
            },
            "The header cell read for each field.")
        .def_property_readonly("counts", [](const TwinTownList& l) { return l.counts; })
        .def_property_readonly(
            "unmapped", [](const TwinTownList& l) { return l.unmapped; }, "Unknown country names, most frequent first.")
        .def_property_readonly(
            "historical", [](const TwinTownList& l) { return l.historical; },
            "Historical states' names (\"Kingdom of Hungary\"), most frequent first.")
        .def_property_readonly(
            "cities", [](const TwinTownList& l) { return l.cities; },
            "Every city of a kept pair, sorted by name, country and item.")
        .def("__len__", [](const TwinTownList& l) { return l.pairs.size(); })
        .def("__getitem__",
             [](const TwinTownList& l, py::ssize_t i) {
                 const auto n = static_cast<py::ssize_t>(l.pairs.size());
                 if (i < 0) i += n;
                 if (i < 0 || i >= n) throw py::index_error("pair index out of range");
                 return pair_at(l, l.pairs[static_cast<std::size_t>(i)]);
             })
        .def("__iter__",
             [](const TwinTownsPtr& l) {
                 py::list out;
                 for (const auto& p : l->pairs) out.append(py::cast(pair_at(*l, p)));
                 return py::iter(out);
             })
        .def(
            "twins",
            [](const TwinTownList& l, const py::object& city, std::optional<CountryCode> country) {
                const auto at = resolve_city(l, city, country);
                std::vector<TwinCity> out;
                for (const auto& p : l.pairs_of(at)) out.push_back(l.cities[p.first == at ? p.second : p.first]);
                return out;
            },
            py::arg("city"), py::arg("country") = py::none(),
            "The twins of one city (a TwinCity, a name with its country, or a Wikidata item), in list order.")
        .def(
            "portfolio",
            [](const TwinTownList& l, const py::object& city, std::optional<CountryCode> country,
               SubdivisionCode region) {
                const auto at = resolve_city(l, city, country);
                const TwinCity& home = l.cities[at];
                return std::make_shared<Portfolio>(twin_town_portfolio(l, home, region));
            },
            py::arg("city"), py::arg("country") = py::none(), py::kw_only(), py::arg("region"),
            "A new portfolio for one city of the list (a TwinCity, a name with its country, or a\n"
            "Wikidata item): its home is `region`, the ISO 3166-2 region the city lies in; one city\n"
            "partner and one undated sister agreement per twin. Raises NotFoundError when the city is\n"
            "not in the list, InvalidValueError when the name is ambiguous (give the Wikidata item)\n"
            "or the region is not in the city's country.")
        .def("to_frame", &pairs_frame,
             "The pairs as a pandas DataFrame: city1, country1, city1_qid, city2, country2, city2_qid,\n"
             "line (the first row's text line).")
        .def("__repr__", [](const TwinTownList& l) {
            return "<TwinTowns " + py_repr(l.source) + ": " + std::to_string(l.counts.pairs) + " pairs of " +
                   std::to_string(l.counts.rows) + " rows>";
        });

    m.def("read_twin_towns", &read_twin_towns_py, py::arg("path"), py::kw_only(), py::arg("columns") = py::none(),
          py::arg("delimiter") = py::none(), py::arg("progress") = py::none(),
          "Reads a twin-town list (docs/twin-towns.md): CSV, semicolon- or tab-separated, its header\n"
          "naming city1, country1, city2, country2, or the columns given as\n"
          "columns={\"city1\": \"origincityLabel\", ...} (also city1_qid, city2_qid for Wikidata items).\n"
          "`delimiter` is sniffed when not given. `progress(done, total)` is called with the bytes\n"
          "parsed. Raises FileError (the header error says what the file holds) and InvalidValueError.");
}

}  // namespace

void init_io(py::module_& m) {
    m.attr("portfolio_schema_id") = std::string(portfolio_schema_id);
    m.def("load", &load, py::arg("path"),
          "Reads a portfolio file (paradiplomacy.portfolio/2 JSON; version 1 files load too).\n"
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
    init_twin_towns(m);

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
