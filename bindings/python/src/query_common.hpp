// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the query binding files (query_*.cpp) share: the Python result types that wrap a
// C++ answer with its portfolio, so that results keep their portfolio alive and hand out
// records as views, and the Split and Rows collections most queries return.

#include "records.hpp"

#include <paradiplomacy/query/tie_state.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy::python::queries {

/// The day as ISO text (2017-12-31).
[[nodiscard]] std::string iso(const Day& d);

[[nodiscard]] std::string partner_key(const Portfolio& p, PartnerId id);
/// The municipality's key, or "" for none (the home government).
[[nodiscard]] std::string municipality_key(const Portfolio& p, std::optional<MunicipalityId> id);
/// The partner's key quoted, and ' by "<municipality>"' when a municipality signed.
[[nodiscard]] std::string tie_label(const Portfolio& p, const TieKey& key);

[[nodiscard]] std::vector<View<Agreement>> agreement_views(const PortfolioPtr& owner,
                                                           const std::vector<AgreementId>& ids);
[[nodiscard]] std::optional<View<Municipality>> municipality_view(const PortfolioPtr& owner,
                                                                  std::optional<MunicipalityId> id);

/// Portfolio, registered by init_portfolio, to which the query areas add their methods.
[[nodiscard]] inline py::class_<Portfolio, PortfolioPtr> portfolio_class(py::module_& m) {
    return py::reinterpret_borrow<py::class_<Portfolio, PortfolioPtr>>(m.attr("Portfolio"));
}

/// A tie and its state, with its portfolio (Python: Tie). Dormant ties hand these out too.
struct TieRow {
    PortfolioPtr owner;
    TieStatus s;
};

/// A query answer split into certain and possible rows.
template <class Row>
struct Split {
    PortfolioPtr owner;
    std::optional<Day> on;
    std::vector<Row> certain;
    std::vector<Row> possible;
};

/// A query answer as a list of rows.
template <class Row>
struct Rows {
    PortfolioPtr owner;
    std::vector<Row> rows;
};

/// Each C++ answer item paired with the portfolio it came from.
template <class Row, class Source>
[[nodiscard]] std::vector<Row> wrap(const PortfolioPtr& owner, std::vector<Source>&& items) {
    std::vector<Row> out;
    out.reserve(items.size());
    for (auto& item : items) out.push_back(Row{owner, std::move(item)});
    return out;
}

/// Binds Split<Row> as `name`: .certain, .possible, .on and a repr that counts both.
template <class Row>
py::class_<Split<Row>> bind_split(py::module_& m, const char* name, const char* doc) {
    using S = Split<Row>;
    py::class_<S> cls(m, name, doc);
    cls.def_property_readonly(
           "certain", [](const S& s) { return s.certain; }, "Certainly so.")
        .def_property_readonly(
            "possible", [](const S& s) { return s.possible; },
            "Possibly so (a partial date cannot tell); never in `certain`.")
        .def_property_readonly(
            "on", [](const S& s) { return s.on; }, "The day asked about (None: a window).")
        .def("__repr__", [name](const S& s) {
            return std::string("<") + name + (s.on ? " on " + iso(*s.on) : std::string()) + ": " +
                   std::to_string(s.certain.size()) + " certain, " + std::to_string(s.possible.size()) + " possible>";
        });
    return cls;
}

/// Binds Rows<Row> as `name`, a read-only sequence of its rows.
template <class Row>
py::class_<Rows<Row>> bind_rows(py::module_& m, const char* name, const char* doc) {
    using R = Rows<Row>;
    py::class_<R> cls(m, name, doc);
    cls.def("__len__", [](const R& r) { return r.rows.size(); })
        .def(
            "__iter__", [](const R& r) { return py::make_iterator(r.rows.begin(), r.rows.end()); },
            py::keep_alive<0, 1>())
        .def(
            "__getitem__",
            [](const R& r, IntArg index) {
                const auto n = static_cast<std::ptrdiff_t>(r.rows.size());
                auto i = static_cast<std::ptrdiff_t>(index.value);
                if (i < 0) i += n;
                if (index.beyond != 0 || i < 0 || i >= n) throw py::index_error("row index out of range");
                return r.rows[static_cast<std::size_t>(i)];
            },
            py::arg("index"))
        .def("__repr__",
             [name](const R& r) { return std::string("<") + name + ": " + std::to_string(r.rows.size()) + " rows>"; });
    return cls;
}

}  // namespace paradiplomacy::python::queries
