// SPDX-License-Identifier: Apache-2.0
// The home government and its municipalities: ties in force per signatory and country,
// the municipalities' totals, and the office's services to them.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"
#include "query_tie_filter.hpp"

#include <paradiplomacy/query/municipal_services.hpp>
#include <paradiplomacy/query/ties_by_government.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct GovernmentTieRowPy {
    PortfolioPtr owner;
    GovernmentTieRow r;
};

struct MunicipalServiceRowPy {
    PortfolioPtr owner;
    MunicipalServiceRow r;
};

/// Rows of one query with the day asked (none for the services) and a frame.
template <class Row>
struct RowsResult {
    PortfolioPtr owner;
    std::optional<Day> on;
    std::vector<Row> rows;
};

template <class Row>
void bind_rows(py::module_& m, const char* name, const char* doc, py::object (*frame)(const RowsResult<Row>&),
               const char* frame_doc) {
    py::class_<RowsResult<Row>>(m, name, doc)
        .def("__len__", [](const RowsResult<Row>& r) { return r.rows.size(); })
        .def(
            "__iter__", [](const RowsResult<Row>& r) { return py::make_iterator(r.rows.begin(), r.rows.end()); },
            py::keep_alive<0, 1>())
        .def(
            "__getitem__",
            [](const RowsResult<Row>& r, IntArg index) {
                const auto n = static_cast<std::ptrdiff_t>(r.rows.size());
                auto i = static_cast<std::ptrdiff_t>(index.value);
                if (i < 0) i += n;
                if (index.beyond != 0 || i < 0 || i >= n) throw py::index_error("row index out of range");
                return r.rows[static_cast<std::size_t>(i)];
            },
            py::arg("index"))
        .def_property_readonly(
            "on", [](const RowsResult<Row>& r) { return r.on; }, "The day asked about; None for the services.")
        .def("to_frame", frame, frame_doc)
        .def("__repr__", [name](const RowsResult<Row>& r) {
            return "<" + std::string(name) + (r.on ? " on " + iso(*r.on) : std::string()) + ": " +
                   std::to_string(r.rows.size()) + " rows>";
        });
}

py::object government_ties_frame(const RowsResult<GovernmentTieRowPy>& r) {
    const Portfolio& p = *r.owner;
    Columns c;
    c.strings("signatory", r.rows, [&](const GovernmentTieRowPy& x) -> std::optional<std::string> {
        if (!x.r.signatory) return std::nullopt;
        return municipality_key(p, x.r.signatory);
    });
    c.codes("country", r.rows, [](const GovernmentTieRowPy& x) { return std::string(x.r.country.view()); });
    c.enums<AgreementKind>("tier", r.rows, [](const GovernmentTieRowPy& x) { return x.r.tier; });
    c.ints("certain", r.rows, [](const GovernmentTieRowPy& x) { return x.r.ties.certain; });
    c.ints("possible", r.rows, [](const GovernmentTieRowPy& x) { return x.r.ties.possible; });
    return c.frame();
}

py::object services_frame(const RowsResult<MunicipalServiceRowPy>& r) {
    const Portfolio& p = *r.owner;
    Columns c;
    c.strings("municipality", r.rows,
              [&](const MunicipalServiceRowPy& x) { return municipality_key(p, x.r.municipality); });
    c.enums<ProgramKind>("kind", r.rows, [](const MunicipalServiceRowPy& x) { return x.r.kind; });
    c.optional_ints("year", r.rows, [](const MunicipalServiceRowPy& x) { return x.r.year; });
    c.ints("programs", r.rows, [](const MunicipalServiceRowPy& x) { return x.r.tally.programs; });
    c.ints("headcount", r.rows, [](const MunicipalServiceRowPy& x) { return x.r.tally.headcount; });
    c.ints("unknown_headcount", r.rows, [](const MunicipalServiceRowPy& x) { return x.r.tally.unknown_headcount; });
    return c.frame();
}

}  // namespace

void define_municipality_queries(py::module_& m) {
    py::class_<GovernmentTieRowPy>(m, "GovernmentTieRow",
                                   "Ties in force of one signatory (the home government or a municipality)\n"
                                   "with one country, under one tier.")
        .def_property_readonly(
            "signatory", [](const GovernmentTieRowPy& x) { return municipality_view(x.owner, x.r.signatory); },
            "The municipality; None: the home government.")
        .def_property_readonly("country", [](const GovernmentTieRowPy& x) { return x.r.country.str(); })
        .def_property_readonly("tier", [](const GovernmentTieRowPy& x) { return x.r.tier; })
        .def_property_readonly(
            "ties", [](const GovernmentTieRowPy& x) { return x.r.ties; },
            "Ties certainly in force with this tier, and possibly.")
        .def("__repr__", [](const GovernmentTieRowPy& x) {
            const std::string who =
                x.r.signatory ? py_repr(municipality_key(*x.owner, x.r.signatory)) : std::string("home");
            return "<GovernmentTieRow " + who + " " + x.r.country.str() + " " + std::string(to_string(x.r.tier)) +
                   ": " + std::to_string(x.r.ties.certain) + " certain, " + std::to_string(x.r.ties.possible) +
                   " possible>";
        });
    bind_rows<GovernmentTieRowPy>(
        m, "GovernmentTies",
        "Ties in force per signatory, country and tier: the home government first, then the\n"
        "municipalities in record order. Counts are of ties (one partner, one signatory).",
        &government_ties_frame,
        "The rows as a pandas.DataFrame (signatory [None: the home government], country, tier,\n"
        "certain, possible); needs pandas.");

    py::class_<MunicipalTieTotals>(m, "MunicipalTieTotals",
                                   "The municipalities' ties together: ties, distinct partner countries and the\n"
                                   "municipalities holding one, each a CertainCount.")
        .def_readonly("ties", &MunicipalTieTotals::ties)
        .def_readonly("countries", &MunicipalTieTotals::countries)
        .def_readonly("municipalities", &MunicipalTieTotals::municipalities)
        .def(
            "__eq__", [](const MunicipalTieTotals& a, const MunicipalTieTotals& b) { return a == b; },
            py::is_operator())
        .def("__repr__", [](const MunicipalTieTotals& t) {
            const auto cc = [](const CertainCount& c) {
                return std::to_string(c.certain) + "/" + std::to_string(c.possible);
            };
            return "<MunicipalTieTotals: ties " + cc(t.ties) + ", countries " + cc(t.countries) + ", municipalities " +
                   cc(t.municipalities) + " (certain/possible)>";
        });

    py::class_<MunicipalServiceRowPy>(m, "MunicipalServiceRow",
                                      "Programs of one kind and start year serving one municipality.")
        .def_property_readonly(
            "municipality",
            [](const MunicipalServiceRowPy& x) { return make_view<Municipality>(x.owner, x.r.municipality); })
        .def_property_readonly("kind", [](const MunicipalServiceRowPy& x) { return x.r.kind; })
        .def_property_readonly(
            "year", [](const MunicipalServiceRowPy& x) { return x.r.year; }, "Start year; None: undated.")
        .def_property_readonly("programs", [](const MunicipalServiceRowPy& x) { return x.r.tally.programs; })
        .def_property_readonly("headcount", [](const MunicipalServiceRowPy& x) { return x.r.tally.headcount; })
        .def_property_readonly("unknown_headcount",
                               [](const MunicipalServiceRowPy& x) { return x.r.tally.unknown_headcount; })
        .def("__repr__", [](const MunicipalServiceRowPy& x) {
            return "<MunicipalServiceRow " + py_repr(municipality_key(*x.owner, x.r.municipality)) + " " +
                   std::string(to_string(x.r.kind)) + " " +
                   (x.r.year ? std::to_string(*x.r.year) : std::string("undated")) + ": " +
                   std::to_string(x.r.tally.programs) + " programs>";
        });
    bind_rows<MunicipalServiceRowPy>(
        m, "MunicipalServices",
        "Programs serving the home government's municipalities, per municipality, kind and start\n"
        "year; a program serving several municipalities is in the row of each.",
        &services_frame,
        "The rows as a pandas.DataFrame (municipality, kind, year [Int64, <NA> when undated],\n"
        "programs, headcount, unknown_headcount); needs pandas.");
    py::class_<ServiceKindSummary>(m, "ServiceKindSummary",
                                   "Programs of one kind serving municipalities, and how many they reached.")
        .def_readonly("kind", &ServiceKindSummary::kind)
        .def_readonly("programs", &ServiceKindSummary::programs)
        .def_readonly("municipalities", &ServiceKindSummary::municipalities, "Distinct municipalities reached.")
        .def(
            "__eq__", [](const ServiceKindSummary& a, const ServiceKindSummary& b) { return a == b; },
            py::is_operator())
        .def("__repr__", [](const ServiceKindSummary& s) {
            return "<ServiceKindSummary " + std::string(to_string(s.kind)) + ": " + std::to_string(s.programs) +
                   " programs, " + std::to_string(s.municipalities) + " municipalities>";
        });

    auto portfolio = portfolio_class(m);
    portfolio.def(
        "ties_by_government",
        [](const PortfolioPtr& self, Day on, const std::string& scope) {
            const SignatoryScope s = scope_of(scope);
            std::vector<GovernmentTieRow> rows;
            {
                const ReadingWithoutGil reading(*self);
                rows = ties_by_government(*self, on, s);
            }
            return RowsResult<GovernmentTieRowPy>{self, on, wrap<GovernmentTieRowPy>(self, std::move(rows))};
        },
        py::arg("on"), py::kw_only(), py::arg("scope") = "all",
        "Ties in force on `on` per signatory, partner country and tier. `scope`: 'all' (the home\n"
        "government and its municipalities, the default), 'home' or 'municipalities'.");
    portfolio.def(
        "municipal_tie_totals",
        [](const PortfolioPtr& self, Day on) {
            const ReadingWithoutGil reading(*self);
            return municipal_tie_totals(*self, on);
        },
        py::arg("on"),
        "The municipalities' ties in force on `on` together, as municipalities publish them\n"
        "(\"207 ties with 30 countries\").");
    portfolio.def(
        "services_to_municipalities",
        [](const PortfolioPtr& self, std::optional<RecordRef<Municipality>> municipality,
           std::optional<EnumArg<ProgramKind>> kind, std::optional<IntArg> year) {
            ServiceFilter f;
            if (municipality) f.municipality = resolve(*self, *municipality, "municipality");
            if (kind) f.kind = kind->value;
            if (year) f.year = year->in<int>("year");
            std::vector<MunicipalServiceRow> rows;
            {
                const ReadingWithoutGil reading(*self);
                rows = services_to_municipalities(*self, f);
            }
            return RowsResult<MunicipalServiceRowPy>{self, std::nullopt,
                                                     wrap<MunicipalServiceRowPy>(self, std::move(rows))};
        },
        py::kw_only(), py::arg("municipality") = py::none(), py::arg("kind") = py::none(), py::arg("year") = py::none(),
        "Programs serving the municipalities, per municipality, kind and start year; `year` never\n"
        "matches an undated program. `municipality`: its key, ID or record.");
    portfolio.def(
        "services_by_kind",
        [](const PortfolioPtr& self) {
            const ReadingWithoutGil reading(*self);
            return services_by_kind(*self);
        },
        "Per kind of program serving municipalities: the programs and the municipalities reached.");
}

}  // namespace paradiplomacy::python
