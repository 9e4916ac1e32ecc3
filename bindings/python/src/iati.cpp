// SPDX-License-Identifier: Apache-2.0
// IATI activity files: reading them into a portfolio (iati_read / iati_parse, with the
// notices the reader gives), writing a portfolio's engagements as IATI 2.03
// (iati_to_xml / iati_write) and the official codelists (IatiCodelists). The public
// Python names are in paradiplomacy/iati.py. The GIL is released while files are read,
// parsed and written; a progress callback is called with the GIL held.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "records.hpp"

#include <paradiplomacy/iati/codelists.hpp>
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/iati/write.hpp>

#include <pybind11/functional.h>
#include <pybind11/stl/filesystem.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

namespace fs = std::filesystem;
using CodelistsPtr = std::shared_ptr<iati::Codelists>;

std::string repr_text(std::string_view text) { return py::repr(py::str(std::string(text))).cast<std::string>(); }

/// A notice with the name of the file it is about, so that str() gives the log line.
struct PyNotice {
    iati::Notice notice;
    std::string file;
};

/// An import as Python sees it: the portfolio shared with the records handed out.
struct PyImport {
    PortfolioPtr portfolio;
    std::vector<PyNotice> notices;
    std::string file;
    std::string version;
    std::uint64_t activities_read = 0;
    std::uint64_t activities_imported = 0;
    std::uint64_t activities_skipped = 0;
    std::uint64_t parts_left_out_or_changed = 0;
    bool imported_whole = false;
    bool codelists_checked = false;
    CodelistsPtr codelists;

    [[nodiscard]] std::size_t count(Severity severity) const {
        std::size_t n = 0;
        for (const auto& entry : notices) n += entry.notice.severity == severity ? 1 : 0;
        return n;
    }
    [[nodiscard]] std::vector<PyNotice> with_severity(Severity severity) const {
        std::vector<PyNotice> out;
        for (const auto& entry : notices)
            if (entry.notice.severity == severity) out.push_back(entry);
        return out;
    }
};

PyImport to_python(iati::Import&& result, std::string file, CodelistsPtr codelists) {
    PyImport out;
    out.portfolio = std::make_shared<Portfolio>(std::move(result.portfolio));
    out.notices.reserve(result.notices.size());
    for (auto& notice : result.notices) out.notices.push_back(PyNotice{std::move(notice), file});
    out.file = std::move(file);
    out.version = std::move(result.version);
    out.activities_read = result.activities_read;
    out.activities_imported = result.activities_imported;
    out.activities_skipped = result.activities_skipped;
    out.parts_left_out_or_changed = result.parts_left_out_or_changed;
    out.imported_whole = result.imported_whole();
    out.codelists_checked = result.codelists_checked;
    out.codelists = std::move(codelists);
    return out;
}

using ProgressFn = std::function<void(std::uint64_t, std::uint64_t)>;

/// The options of one read. The reader calls `progress` without the GIL; the wrapper takes
/// it, lets Python handle pending signals (so Ctrl-C stops a long read) and calls the
/// caller's function. A Python exception raised there ends the read and reaches the caller.
iati::ReadOptions read_options(const CodelistsPtr& codelists, const std::optional<SubdivisionCode>& home,
                               bool check_rules, std::optional<ProgressFn> progress,
                               std::vector<std::string> reporting_orgs) {
    iati::ReadOptions options;
    options.home = home;
    options.reporting_orgs = std::move(reporting_orgs);
    options.codelists = codelists.get();
    options.check_rules = check_rules;
    options.progress = [progress = std::move(progress)](std::uint64_t done, std::uint64_t total) {
        py::gil_scoped_acquire acquire;
        if (PyErr_CheckSignals() != 0) throw py::error_already_set();
        if (progress && *progress) (*progress)(done, total);
    };
    return options;
}

PyImport read(const fs::path& path, const CodelistsPtr& codelists, const std::optional<SubdivisionCode>& home,
              const std::optional<PortfolioPtr>& into, bool check_rules, std::optional<ProgressFn> progress,
              std::vector<std::string> reporting_orgs) {
    auto options = read_options(codelists, home, check_rules, std::move(progress), std::move(reporting_orgs));
    std::optional<iati::Import> result;
    if (into && *into) {
        // The read works on a copy taken under the lock, so the lock is not held while the
        // progress callback runs: it may add to `into` itself, or wait for a thread that does.
        std::optional<Portfolio> base;
        {
            const ReadingWithoutGil reading(**into);
            base.emplace(**into);
        }
        const py::gil_scoped_release release;
        result.emplace(iati::read_into(*base, path, options));
        base.reset();  // freed without the GIL
    } else {
        const py::gil_scoped_release release;
        result.emplace(iati::read(path, options));
    }
    return to_python(std::move(*result), path.string(), codelists);
}

PyImport parse(const std::string& xml, const std::string& source_name, const CodelistsPtr& codelists,
               const std::optional<SubdivisionCode>& home, bool check_rules, std::optional<ProgressFn> progress,
               std::vector<std::string> reporting_orgs) {
    auto options = read_options(codelists, home, check_rules, std::move(progress), std::move(reporting_orgs));
    std::optional<iati::Import> result;
    {
        py::gil_scoped_release release;
        result.emplace(iati::parse(xml, source_name, options));
    }
    return to_python(std::move(*result), source_name, codelists);
}

iati::WriteOptions write_options(std::optional<std::string> reporting_org_ref,
                                 std::optional<std::string> reporting_org_name, IntArg reporting_org_type,
                                 std::optional<std::string> generated_datetime, std::optional<Day> undated_started_by) {
    iati::WriteOptions options;
    options.reporting_org_ref = std::move(reporting_org_ref);
    options.reporting_org_name = std::move(reporting_org_name);
    // OrganisationType codes have two digits (10 government ... 90 other), as the reader requires.
    options.reporting_org_type = reporting_org_type.in<std::uint16_t>("reporting_org_type", 1, 99);
    options.generated_datetime = std::move(generated_datetime);
    options.undated_started_by = undated_started_by;
    return options;
}

/// The notices as columns, one C++ pass.
py::object notices_frame(const PyImport& result) {
    const auto& notices = result.notices;
    Columns c;
    c.strings(
        "rule", notices, [](const PyNotice& n) { return std::string_view(n.notice.rule); }, true);
    c.enums<Severity>("severity", notices, [](const PyNotice& n) { return n.notice.severity; });
    c.strings("activity", notices, [](const PyNotice& n) { return std::string_view(n.notice.activity); });
    c.ints("line", notices, [](const PyNotice& n) { return static_cast<std::int64_t>(n.notice.line); });
    c.strings("message", notices, [](const PyNotice& n) { return std::string_view(n.notice.message); });
    return c.frame();
}

constexpr const char* write_doc_options =
    "`reporting_org_ref` (an IATI organisation identifier such as 'KR-GOV-390') is the reporting\n"
    "organisation of engagements that name none, whose identifier is then '<ref>-<key>';\n"
    "`reporting_org_name` its name (default: the home government's English name);\n"
    "`reporting_org_type` its IATI OrganisationType, 1-99 (10: government);\n"
    "`generated_datetime` the xsd:dateTime the file is stamped with (default: now, UTC);\n"
    "`undated_started_by` the day written as the actual start of an engagement under way\n"
    "that records no date. Raises FileError naming the engagement and the rule when one\n"
    "cannot be written as valid IATI; nothing is written then.";

}  // namespace

void init_iati(py::module_& m) {
    py::class_<iati::CodelistEntry>(m, "IatiCodelistEntry", "One code of an IATI codelist.")
        .def_readonly("code", &iati::CodelistEntry::code)
        .def_readonly("name", &iati::CodelistEntry::name, "The English name.")
        .def_readonly("withdrawn", &iati::CodelistEntry::withdrawn, "Withdrawn: valid in old files, not for new data.")
        .def("__repr__", [](const iati::CodelistEntry& e) {
            return "<IatiCodelistEntry " + repr_text(e.code) + " " + repr_text(e.name) +
                   (e.withdrawn ? " withdrawn>" : ">");
        });

    std::vector<std::string> checked;
    for (const std::string_view name : iati::Codelists::checked_lists) checked.emplace_back(name);

    py::class_<iati::Codelists, CodelistsPtr>(m, "IatiCodelists",
                                              "The official IATI codelists read from a directory of codelist XML "
                                              "files (Sector.xml, Country.xml, ...).")
        .def_static(
            "load",
            [](const fs::path& directory) {
                py::gil_scoped_release release;
                return std::make_shared<iati::Codelists>(iati::Codelists::load(directory));
            },
            py::arg("directory"),
            "Reads every *.xml codelist file in `directory`. Raises FileError naming the file and line\n"
            "of a malformed one, or when the directory holds none of the lists that are checked.")
        .def("has", &iati::Codelists::has, py::arg("list"), "Whether the list (e.g. 'Sector') was loaded.")
        .def(
            "find",
            [](const iati::Codelists& c, std::string_view list,
               std::string_view code) -> std::optional<iati::CodelistEntry> {
                if (const auto* entry = c.find(list, code)) return *entry;
                return std::nullopt;
            },
            py::arg("list"), py::arg("code"),
            "The entry for `code` in `list`, or None (also when the list was not loaded: see has()).")
        .def("lists", &iati::Codelists::lists, "The names of the loaded lists, sorted.")
        .def_property_readonly("directory", &iati::Codelists::directory, "The directory they were read from.")
        .def("__contains__", &iati::Codelists::has, py::arg("list"))
        .def("__repr__", [](const iati::Codelists& c) {
            return "<IatiCodelists " + std::to_string(c.lists().size()) + " lists from " +
                   repr_text(c.directory().string()) + ">";
        });
    m.attr("IatiCodelists").attr("checked_lists") = checked;

    py::class_<PyNotice>(m, "IatiNotice",
                         "Something the IATI reader rejected, could not map, or checked and found wrong, with "
                         "where it is in the file.")
        .def_property_readonly(
            "rule", [](const PyNotice& n) { return n.notice.rule; },
            "Rule id: 'iati.activity.rejected', 'iati.unmapped', 'iati.codelist.sector', ...")
        .def_property_readonly("severity", [](const PyNotice& n) { return n.notice.severity; })
        .def_property_readonly(
            "activity", [](const PyNotice& n) { return n.notice.activity; },
            "The activity's iati-identifier; '' when it has none.")
        .def_property_readonly(
            "line", [](const PyNotice& n) { return n.notice.line; }, "The line of the element at fault (1-based).")
        .def_property_readonly("message", [](const PyNotice& n) { return n.notice.message; })
        .def_property_readonly(
            "file", [](const PyNotice& n) { return n.file; }, "The file (or source name) read.")
        .def(
            "__eq__", [](const PyNotice& a, const PyNotice& b) { return a.notice == b.notice && a.file == b.file; },
            py::is_operator())
        .def("__str__", [](const PyNotice& n) { return iati::to_string(n.notice, n.file); })
        .def("__repr__", [](const PyNotice& n) {
            return "<IatiNotice " + std::string(to_string(n.notice.severity)) + " " + n.notice.rule + " line " +
                   std::to_string(n.notice.line) +
                   (n.notice.activity.empty() ? "" : " " + repr_text(n.notice.activity)) + ">";
        });
    m.attr("IatiNotice").attr("__hash__") = py::none();

    py::class_<PyImport>(m, "IatiImport", "The result of reading an IATI activity file.")
        .def_readonly("portfolio", &PyImport::portfolio, "The portfolio with the imported engagements.")
        .def_readonly("notices", &PyImport::notices, "Every notice, in file order (a list of IatiNotice).")
        .def_property_readonly("errors", [](const PyImport& r) { return r.with_severity(Severity::error); })
        .def_property_readonly("warnings", [](const PyImport& r) { return r.with_severity(Severity::warning); })
        .def_property_readonly("infos", [](const PyImport& r) { return r.with_severity(Severity::info); })
        .def_readonly("file", &PyImport::file, "The file (or source name) read.")
        .def_readonly("version", &PyImport::version, "The file's IATI @version ('2.03'); '' when absent.")
        .def_readonly("activities_read", &PyImport::activities_read, "Activities in the file.")
        .def_readonly("activities_imported", &PyImport::activities_imported,
                      "Activities that became engagements (the others have an error notice or were skipped).")
        .def_readonly("activities_skipped", &PyImport::activities_skipped,
                      "Activities of other reporting organisations, left out as reporting_orgs= asked.")
        .def_readonly("parts_left_out_or_changed", &PyImport::parts_left_out_or_changed,
                      "Parts of imported activities (a sector, budget, transaction, code, ...) that a fault in the "
                      "file left out or read otherwise than published; each has a notice.")
        .def_readonly("imported_whole", &PyImport::imported_whole,
                      "True when every activity asked for, and every part of it the reader maps, was imported as "
                      "published.")
        .def_readonly("codelists_checked", &PyImport::codelists_checked,
                      "Whether codes were checked against codelists (otherwise for form only).")
        .def_readonly("codelists", &PyImport::codelists, "The codelists used, or None.")
        .def("notices_frame", &notices_frame,
             "The notices as a pandas.DataFrame (rule, severity, activity, line, message); needs pandas.")
        .def("__repr__", [](const PyImport& r) {
            return "<IatiImport " + repr_text(r.file) + ": " + std::to_string(r.activities_imported) + " of " +
                   std::to_string(r.activities_read) + " activities imported, " +
                   std::to_string(r.count(Severity::error)) + " errors, " + std::to_string(r.count(Severity::warning)) +
                   " warnings, " + std::to_string(r.count(Severity::info)) + " infos>";
        });

    m.def("iati_read", &read, py::arg("path"), py::kw_only(), py::arg("codelists") = py::none(),
          py::arg("home") = py::none(), py::arg("into") = py::none(), py::arg("check_rules") = true,
          py::arg("progress") = py::none(), py::arg("reporting_orgs") = std::vector<std::string>{},
          "Reads an IATI activity file (paradiplomacy.iati.read). Raises FileError when the file cannot\n"
          "be read, is not well-formed XML, holds a DTD or entity, or is not an IATI activity file.");
    m.def("iati_parse", &parse, py::arg("xml"), py::arg("source_name") = "<memory>", py::kw_only(),
          py::arg("codelists") = py::none(), py::arg("home") = py::none(), py::arg("check_rules") = true,
          py::arg("progress") = py::none(), py::arg("reporting_orgs") = std::vector<std::string>{},
          "Reads an IATI activity document held in a str or bytes (paradiplomacy.iati.parse).");
    m.def(
        "iati_to_xml",
        [](const Portfolio& p, std::optional<std::string> reporting_org_ref,
           std::optional<std::string> reporting_org_name, IntArg reporting_org_type,
           std::optional<std::string> generated_datetime, std::optional<Day> undated_started_by) {
            const auto options = write_options(std::move(reporting_org_ref), std::move(reporting_org_name),
                                               reporting_org_type, std::move(generated_datetime), undated_started_by);
            std::string xml;
            {
                const ReadingWithoutGil reading(p);
                xml = iati::to_xml(p, options);
            }
            return xml;
        },
        py::arg("portfolio"), py::kw_only(), py::arg("reporting_org_ref") = py::none(),
        py::arg("reporting_org_name") = py::none(), py::arg("reporting_org_type") = 10,
        py::arg("generated_datetime") = py::none(), py::arg("undated_started_by") = py::none(),
        (std::string("The portfolio's engagements as an IATI 2.03 activity document (str).\n") + write_doc_options)
            .c_str());
    m.def(
        "iati_write",
        [](const Portfolio& p, const fs::path& path, std::optional<std::string> reporting_org_ref,
           std::optional<std::string> reporting_org_name, IntArg reporting_org_type,
           std::optional<std::string> generated_datetime, std::optional<Day> undated_started_by) {
            const auto options = write_options(std::move(reporting_org_ref), std::move(reporting_org_name),
                                               reporting_org_type, std::move(generated_datetime), undated_started_by);
            const ReadingWithoutGil reading(p);
            iati::write(p, path, options);
        },
        py::arg("portfolio"), py::arg("path"), py::kw_only(), py::arg("reporting_org_ref") = py::none(),
        py::arg("reporting_org_name") = py::none(), py::arg("reporting_org_type") = 10,
        py::arg("generated_datetime") = py::none(), py::arg("undated_started_by") = py::none(),
        (std::string("Writes the portfolio's engagements as an IATI 2.03 activity file, atomically.\n") +
         write_doc_options)
            .c_str());
}

}  // namespace paradiplomacy::python
