// SPDX-License-Identifier: Apache-2.0
// Contact with partners: dormant ties (in force without a recent exchange) and the last
// dated exchange program with each partner.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"
#include "query_tie_filter.hpp"

#include <paradiplomacy/query/dormant_ties.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct DormantRow {
    PortfolioPtr owner;
    DormantTie d;
};
struct LastContactRow {
    PortfolioPtr owner;
    LastContact c;
};

py::object dormant_frame(const Split<DormantRow>& r) {
    const Portfolio& p = *r.owner;
    const auto rows = split_rows(r);
    using Item = std::pair<const DormantRow*, bool>;
    Columns c;
    partner_columns(c, p, rows, [](const Item& i) { return i.first->d.tie.tie.partner; });
    c.strings("signatory", rows, [&](const Item& i) -> std::optional<std::string> {
        if (!i.first->d.tie.tie.signatory) return std::nullopt;
        return municipality_key(p, i.first->d.tie.tie.signatory);
    });
    c.enums<AgreementKind>("tier", rows, [](const Item& i) { return i.first->d.tie.tier; });
    c.strings("last_program", rows, [&](const Item& i) -> std::optional<std::string> {
        if (!i.first->d.last_program) return std::nullopt;
        return std::string(p.text(p.program(*i.first->d.last_program).key));
    });
    c.partial_dates("last_contact", rows, [](const Item& i) { return i.first->d.last_contact; });
    c.ints("undated_programs", rows, [](const Item& i) { return i.first->d.undated_programs; });
    c.bools("certain", rows, [](const Item& i) { return i.second; });
    return c.frame();
}

py::object last_contacts_frame(const Portfolio& p, const std::vector<LastContactRow>& rows) {
    Columns c;
    partner_columns(c, p, rows, [](const LastContactRow& r) { return r.c.partner; });
    c.strings("program", rows, [&](const LastContactRow& r) -> std::optional<std::string> {
        if (!r.c.program) return std::nullopt;
        return std::string(p.text(p.program(*r.c.program).key));
    });
    c.partial_dates("date", rows, [](const LastContactRow& r) { return r.c.date; });
    c.ints("undated_programs", rows, [](const LastContactRow& r) { return r.c.undated_programs; });
    return c.frame();
}

}  // namespace

void define_contact_queries(py::module_& m) {
    py::class_<DormantRow>(m, "DormantTie", "A tie in force without a recent exchange.")
        .def_property_readonly("tie",
                               [](const DormantRow& r) {
                                   return TieRow{r.owner, r.d.tie};
                               })
        .def_property_readonly("partner",
                               [](const DormantRow& r) { return make_view<Partner>(r.owner, r.d.tie.tie.partner); })
        .def_property_readonly(
            "last_program",
            [](const DormantRow& r) -> std::optional<View<ExchangeProgram>> {
                if (!r.d.last_program) return std::nullopt;
                return make_view<ExchangeProgram>(r.owner, *r.d.last_program);
            },
            "The partner's latest dated program up to the day asked, or None.")
        .def_property_readonly(
            "last_contact", [](const DormantRow& r) { return r.d.last_contact; },
            "Its contact date (PartialDate), or None.")
        .def_property_readonly("undated_programs", [](const DormantRow& r) { return r.d.undated_programs; })
        .def("__repr__", [](const DormantRow& r) {
            return "<DormantTie " + tie_label(*r.owner, r.d.tie.tie) + " last contact " +
                   (r.d.last_contact ? r.d.last_contact->to_string() : std::string("none")) + ">";
        });
    bind_split<DormantRow>(m, "DormantTies", "Ties in force without an exchange in the window: .certain and .possible.")
        .def("to_frame", &dormant_frame,
             "The ties as a pandas.DataFrame, one row per tie (partner, partner_name, country, signatory,\n"
             "tier, last_program, last_contact and its precision, undated_programs, certain); needs pandas.");

    py::class_<LastContactRow>(m, "LastContact", "The latest dated exchange program with a partner.")
        .def_property_readonly("partner",
                               [](const LastContactRow& r) { return make_view<Partner>(r.owner, r.c.partner); })
        .def_property_readonly("program",
                               [](const LastContactRow& r) -> std::optional<View<ExchangeProgram>> {
                                   if (!r.c.program) return std::nullopt;
                                   return make_view<ExchangeProgram>(r.owner, *r.c.program);
                               })
        .def_property_readonly(
            "date", [](const LastContactRow& r) { return r.c.date; }, "PartialDate, or None.")
        .def_property_readonly(
            "undated_programs", [](const LastContactRow& r) { return r.c.undated_programs; },
            "Programs without any date: contact at an unknown time.")
        .def("__repr__", [](const LastContactRow& r) {
            return "<LastContact " + py_repr(partner_key(*r.owner, r.c.partner)) + " " +
                   (r.c.date ? r.c.date->to_string() : std::string("none")) +
                   (r.c.undated_programs ? " +" + std::to_string(r.c.undated_programs) + " undated" : std::string()) +
                   ">";
        });

    auto portfolio = portfolio_class(m);
    portfolio.def(
        "last_contact",
        [](const PortfolioPtr& self, const RecordRef<Partner>& partner) {
            const PartnerId id = resolve(*self, partner, "partner");
            LastContact c;
            {
                const ReadingWithoutGil reading(*self);
                c = last_contact(*self, id);
            }
            return LastContactRow{self, c};
        },
        py::arg("partner"),
        "The partner's latest dated exchange program and how many of its programs are undated.\n"
        "Raises NotFoundError for an unknown partner.");
    def_tie_query<KindsKeyword::taken, Day, IntArg>(
        portfolio, "dormant_ties",
        [](const PortfolioPtr& self, Day on, IntArg years_arg, const TieFilterArgs& filter) {
            const int years = years_arg.in<int>("years", 0);
            const TieFilter f = filter.resolve(*self);
            DormantTies r;
            {
                const ReadingWithoutGil reading(*self);
                r = dormant_ties(*self, on, years, f);
            }
            return Split<DormantRow>{self, on, wrap<DormantRow>(self, std::move(r.certain)),
                                     wrap<DormantRow>(self, std::move(r.possible))};
        },
        std::make_tuple(py::arg("on"), py::arg("years") = 3),
        "Ties in force on `on` without an exchange program with the partner in the `years` years\n"
        "up to `on`. InvalidValueError when years is negative.");
    portfolio.def(
        "last_contacts",
        [](const PortfolioPtr& self) {
            std::vector<LastContact> r;
            {
                const ReadingWithoutGil reading(*self);
                r = last_contacts(*self);
            }
            return frame_list(
                wrap<LastContactRow>(self, std::move(r)),
                [self](const std::vector<LastContactRow>& rows) { return last_contacts_frame(*self, rows); });
        },
        "For every partner (in partner order), the latest dated exchange program and how many are undated:\n"
        "a list with to_frame() (partner, partner_name, country, program, date and its precision,\n"
        "undated_programs).");
}

}  // namespace paradiplomacy::python
