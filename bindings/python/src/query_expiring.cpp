// SPDX-License-Identifier: Apache-2.0
// Agreements whose validity ends within a window.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"
#include "query_tie_filter.hpp"

#include <paradiplomacy/query/expiring.hpp>

#include <optional>
#include <string>
#include <utility>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct ExpiringRow {
    PortfolioPtr owner;
    ExpiringAgreement e;
};

py::object expiring_frame(const Split<ExpiringRow>& r) {
    const Portfolio& p = *r.owner;
    const auto rows = split_rows(r);
    using Item = std::pair<const ExpiringRow*, bool>;
    Columns c;
    c.strings("agreement", rows,
              [&](const Item& i) { return std::string(p.text(p.agreement(i.first->e.agreement).key)); });
    partner_columns(c, p, rows, [](const Item& i) { return i.first->e.partner; });
    c.strings("signatory", rows, [&](const Item& i) -> std::optional<std::string> {
        if (!i.first->e.signatory) return std::nullopt;
        return municipality_key(p, i.first->e.signatory);
    });
    c.enums<AgreementKind>("kind", rows, [](const Item& i) { return i.first->e.kind; });
    c.partial_dates("ends", rows, [](const Item& i) { return std::optional<PartialDate>(i.first->e.ends); });
    c.bools("renewed", rows, [](const Item& i) { return i.first->e.renewed; });
    c.bools("certain", rows, [](const Item& i) { return i.second; });
    return c.frame();
}

}  // namespace

void define_expiring_queries(py::module_& m) {
    py::class_<ExpiringRow>(m, "ExpiringAgreement", "An agreement whose validity ends within a window.")
        .def_property_readonly("agreement",
                               [](const ExpiringRow& r) { return make_view<Agreement>(r.owner, r.e.agreement); })
        .def_property_readonly("partner", [](const ExpiringRow& r) { return make_view<Partner>(r.owner, r.e.partner); })
        .def_property_readonly("signatory",
                               [](const ExpiringRow& r) { return municipality_view(r.owner, r.e.signatory); })
        .def_property_readonly("kind", [](const ExpiringRow& r) { return r.e.kind; })
        .def_property_readonly(
            "ends", [](const ExpiringRow& r) { return r.e.ends; }, "The validity end (PartialDate).")
        .def_property_readonly(
            "renewed", [](const ExpiringRow& r) { return r.e.renewed; },
            "Some agreement supersedes it (a renewal or an upgrade).")
        .def("__repr__", [](const ExpiringRow& r) {
            const Portfolio& p = *r.owner;
            return "<ExpiringAgreement " + py_repr(p.text(p.agreement(r.e.agreement).key)) + " ends " +
                   r.e.ends.to_string() + (r.e.renewed ? " (renewed)" : "") + ">";
        });
    bind_split<ExpiringRow>(m, "ExpiringAgreements",
                            "Agreements expiring within a window: .certain (every day the end can be is\n"
                            "inside) and .possible (only some are).")
        .def("to_frame", &expiring_frame,
             "The agreements as a pandas.DataFrame (agreement, partner, partner_name, country, signatory,\n"
             "kind, ends and its precision, renewed, certain); needs pandas.");

    auto portfolio = portfolio_class(m);
    def_tie_query<KindsKeyword::taken, Day, Day>(
        portfolio, "agreements_expiring",
        [](const PortfolioPtr& self, Day start, Day end, const TieFilterArgs& filter) {
            const TieFilter f = filter.resolve(*self);
            Expiring r;
            {
                const ReadingWithoutGil reading(*self);
                r = expiring_within(*self, start, end, f);
            }
            return Split<ExpiringRow>{self, std::nullopt, wrap<ExpiringRow>(self, std::move(r.certain)),
                                      wrap<ExpiringRow>(self, std::move(r.possible))};
        },
        std::make_tuple(py::arg("start"), py::arg("end")),
        "Agreements whose validity ends within [start, end] (both inclusive); InvalidValueError when\n"
        "end is before start. `kinds` is matched against each agreement's own kind.");
}

}  // namespace paradiplomacy::python
