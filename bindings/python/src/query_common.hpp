// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the query binding files (query_*.cpp) share: the Python result types that wrap a
// C++ answer with its portfolio, so that results keep their portfolio alive and hand out
// records as views, and the Split and Rows collections most queries return.

#include "frames.hpp"
#include "records.hpp"

#include <paradiplomacy/query/tie_state.hpp>

#include <cstddef>
#include <memory>
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

/// Binds Split<Row> as `name`: .certain, .possible, .on, len() and iteration over both
/// (the certain rows first), and a repr that counts both.
template <class Row>
py::class_<Split<Row>> bind_split(py::module_& m, const char* name, const char* doc) {
    using S = Split<Row>;
    py::class_<S> cls(m, name, doc);
    cls.def("__len__", [](const S& s) { return s.certain.size() + s.possible.size(); })
        .def("__iter__",
             [](const S& s) {
                 std::vector<Row> all(s.certain);
                 all.insert(all.end(), s.possible.begin(), s.possible.end());
                 return py::iter(py::cast(std::move(all)));
             })
        .def_property_readonly(
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

/// Columns for the partner of each row: key, name and country.
template <class Items, class PartnerOf>
void partner_columns(Columns& c, const Portfolio& p, const Items& rows, PartnerOf partner_of) {
    using Item = typename Items::value_type;
    c.strings("partner", rows, [&](const Item& i) { return partner_key(p, partner_of(i)); });
    c.strings("partner_name", rows, [&](const Item& i) -> std::optional<std::string> {
        const PartnerId id = partner_of(i);
        if (!p.contains(id)) return std::nullopt;
        return std::string(p.text(p.partner(id).name_en));
    });
    c.codes("country", rows, [&](const Item& i) -> std::optional<std::string> {
        const PartnerId id = partner_of(i);
        if (!p.contains(id)) return std::nullopt;
        return p.partner(id).country.str();
    });
}

/// The rows of a split, each with whether it is certain: what a to_frame() walks.
template <class Row>
[[nodiscard]] std::vector<std::pair<const Row*, bool>> split_rows(const Split<Row>& s) {
    std::vector<std::pair<const Row*, bool>> out;
    out.reserve(s.certain.size() + s.possible.size());
    for (const Row& r : s.certain) out.emplace_back(&r, true);
    for (const Row& r : s.possible) out.emplace_back(&r, false);
    return out;
}

/// A split of partners (priority gaps, designations) as a frame: partner, partner_name,
/// country, level, certain.
[[nodiscard]] inline py::object partners_split_frame(const Split<View<Partner>>& s) {
    const Portfolio& p = *s.owner;
    const auto rows = split_rows(s);
    using Item = std::pair<const View<Partner>*, bool>;
    Columns c;
    partner_columns(c, p, rows, [](const Item& i) { return i.first->id; });
    c.enums<PartnerLevel>("level", rows, [&](const Item& i) -> std::optional<PartnerLevel> {
        if (!p.contains(i.first->id)) return std::nullopt;
        return p.partner(i.first->id).level;
    });
    c.bools("certain", rows, [](const Item& i) { return i.second; });
    return c.frame();
}

/// `rows` as a Python list that also has to_frame() (paradiplomacy._results.FrameList),
/// whose frame `frame(rows)` builds when asked.
template <class Row, class Frame>
[[nodiscard]] py::object frame_list(std::vector<Row> rows, Frame frame) {
    py::list items = py::cast(rows);
    auto kept = std::make_shared<const std::vector<Row>>(std::move(rows));
    return py::module_::import("paradiplomacy._results").attr("FrameList")(items, py::cpp_function([kept, frame]() {
                                                                               return frame(*kept);
                                                                           }));
}

}  // namespace paradiplomacy::python::queries
