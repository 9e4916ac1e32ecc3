// SPDX-License-Identifier: Apache-2.0
// Exchange programs counted per partner, kind, year and direction.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/exchanges.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct ExchangeRowPy {
    PortfolioPtr owner;
    ExchangeRow r;
};

struct ExchangesResult {
    PortfolioPtr owner;
    std::vector<ExchangeRowPy> rows;
    ExchangeTally total;
};

/// The exchanges' organiser argument: None (any organiser), "home" (the home government)
/// or a municipality (its ID, key or record).
void set_organiser(ExchangeFilter& f, const Portfolio& portfolio, const py::object& organiser) {
    if (organiser.is_none()) return;
    f.organiser_set = true;
    if (py::isinstance<py::str>(organiser) && organiser.cast<std::string>() == "home") {
        f.organiser = std::nullopt;
        return;
    }
    f.organiser = resolve(portfolio, organiser.cast<RecordRef<Municipality>>(), "organiser");
}

py::object exchanges_frame(const ExchangesResult& r) {
    const Portfolio& p = *r.owner;
    Columns c;
    c.strings("partner", r.rows, [&](const ExchangeRowPy& x) -> std::optional<std::string> {
        if (!x.r.partner) return std::nullopt;
        return partner_key(p, *x.r.partner);
    });
    c.codes("country", r.rows, [&](const ExchangeRowPy& x) -> std::optional<std::string> {
        if (!x.r.partner) return std::nullopt;
        return std::string(p.partner(*x.r.partner).country.view());
    });
    c.enums<ProgramKind>("kind", r.rows, [](const ExchangeRowPy& x) { return x.r.kind; });
    c.optional_ints("year", r.rows, [](const ExchangeRowPy& x) { return x.r.year; });
    c.enums<Direction>("direction", r.rows, [](const ExchangeRowPy& x) { return x.r.direction; });
    c.ints("programs", r.rows, [](const ExchangeRowPy& x) { return x.r.tally.programs; });
    c.ints("headcount", r.rows, [](const ExchangeRowPy& x) { return x.r.tally.headcount; });
    c.ints("unknown_headcount", r.rows, [](const ExchangeRowPy& x) { return x.r.tally.unknown_headcount; });
    return c.frame();
}

}  // namespace

void define_exchange_queries(py::module_& m) {
    py::class_<ExchangeTally>(m, "ExchangeTally", "Programs counted, their known headcount, and how many lack one.")
        .def_readonly("programs", &ExchangeTally::programs)
        .def_readonly("headcount", &ExchangeTally::headcount, "Sum of the known headcounts.")
        .def_readonly("unknown_headcount", &ExchangeTally::unknown_headcount, "Programs without a headcount.")
        .def(
            "__eq__", [](const ExchangeTally& a, const ExchangeTally& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const ExchangeTally& t) {
            return "ExchangeTally(programs=" + std::to_string(t.programs) +
                   ", headcount=" + std::to_string(t.headcount) +
                   ", unknown_headcount=" + std::to_string(t.unknown_headcount) + ")";
        });
    py::class_<ExchangeRowPy>(m, "ExchangeRow", "Exchanges with one partner, of one kind, year and direction.")
        .def_property_readonly("partner",
                               [](const ExchangeRowPy& x) -> std::optional<View<Partner>> {
                                   if (!x.r.partner) return std::nullopt;
                                   return make_view<Partner>(x.owner, *x.r.partner);
                               })
        .def_property_readonly("kind", [](const ExchangeRowPy& x) { return x.r.kind; })
        .def_property_readonly(
            "year", [](const ExchangeRowPy& x) { return x.r.year; }, "Start year; None: undated.")
        .def_property_readonly("direction", [](const ExchangeRowPy& x) { return x.r.direction; })
        .def_property_readonly("programs", [](const ExchangeRowPy& x) { return x.r.tally.programs; })
        .def_property_readonly("headcount", [](const ExchangeRowPy& x) { return x.r.tally.headcount; })
        .def_property_readonly("unknown_headcount", [](const ExchangeRowPy& x) { return x.r.tally.unknown_headcount; })
        .def("__repr__", [](const ExchangeRowPy& x) {
            return "<ExchangeRow " +
                   (x.r.partner ? py_repr(partner_key(*x.owner, *x.r.partner)) : std::string("None")) + " " +
                   std::string(to_string(x.r.kind)) + " " +
                   (x.r.year ? std::to_string(*x.r.year) : std::string("undated")) + " " +
                   std::string(to_string(x.r.direction)) + ": " + std::to_string(x.r.tally.programs) + " programs>";
        });
    py::class_<ExchangesResult>(m, "Exchanges",
                                "Exchange rows per (partner, kind, year, direction); a multilateral program is in\n"
                                "the row of each partner, so sum `.total`, not the rows.")
        .def("__len__", [](const ExchangesResult& r) { return r.rows.size(); })
        .def(
            "__iter__", [](const ExchangesResult& r) { return py::make_iterator(r.rows.begin(), r.rows.end()); },
            py::keep_alive<0, 1>())
        .def(
            "__getitem__",
            [](const ExchangesResult& r, IntArg index) {
                const auto n = static_cast<std::ptrdiff_t>(r.rows.size());
                auto i = static_cast<std::ptrdiff_t>(index.value);
                if (i < 0) i += n;
                if (index.beyond != 0 || i < 0 || i >= n) throw py::index_error("row index out of range");
                return r.rows[static_cast<std::size_t>(i)];
            },
            py::arg("index"))
        .def_property_readonly(
            "total", [](const ExchangesResult& r) { return r.total; }, "Every matching program counted once.")
        .def("to_frame", &exchanges_frame,
             "The rows as a pandas.DataFrame (partner, country, kind, year [Int64, <NA> when undated],\n"
             "direction, programs, headcount, unknown_headcount); needs pandas.")
        .def("__repr__", [](const ExchangesResult& r) {
            return "<Exchanges: " + std::to_string(r.rows.size()) + " rows, " + std::to_string(r.total.programs) +
                   " programs>";
        });

    portfolio_class(m).def(
        "exchanges",
        [](const PortfolioPtr& self, std::optional<RecordRef<Partner>> partner,
           std::optional<EnumArg<ProgramKind>> kind, std::optional<IntArg> year,
           std::optional<EnumArg<Direction>> direction, const py::object& organiser, std::optional<std::string> topic) {
            ExchangeFilter f;
            set_organiser(f, *self, organiser);
            if (partner) f.partner = resolve(*self, *partner, "partner");
            if (kind) f.kind = kind->value;
            if (year) f.year = year->in<int>("year");
            if (direction) f.direction = direction->value;
            f.topic = std::move(topic);
            std::vector<ExchangeRow> rows;
            ExchangeTally total;
            {
                const ReadingWithoutGil reading(*self);
                rows = exchanges_by_partner(*self, f);
                total = exchange_totals(*self, f);
            }
            return ExchangesResult{self, wrap<ExchangeRowPy>(self, std::move(rows)), total};
        },
        py::kw_only(), py::arg("partner") = py::none(), py::arg("kind") = py::none(), py::arg("year") = py::none(),
        py::arg("direction") = py::none(), py::arg("organiser") = py::none(), py::arg("topic") = py::none(),
        "Exchange programs per (partner, kind, start year, direction); `year` never matches an undated\n"
        "program. `organiser` keeps the programs one municipality organised (its key, ID or record),\n"
        "or 'home' for the home government's own; None: any organiser. `topic` keeps the programs\n"
        "with that text among their `topics`, compared exactly.");
}

}  // namespace paradiplomacy::python
