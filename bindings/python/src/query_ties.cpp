// SPDX-License-Identifier: Apache-2.0
// Ties and agreements in force on a day, one tie's state and one agreement's standing.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"
#include "query_tie_filter.hpp"

#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct StandingRow {
    PortfolioPtr owner;
    AgreementId agreement;
    Day on;
    AgreementStanding s;
};

py::object ties_frame(const Split<TieRow>& r) {
    std::vector<std::pair<const TieStatus*, bool>> rows;
    for (const auto& t : r.certain) rows.emplace_back(&t.s, true);
    for (const auto& t : r.possible) rows.emplace_back(&t.s, false);
    const Portfolio& p = *r.owner;
    using Item = std::pair<const TieStatus*, bool>;
    Columns c;
    c.strings("partner", rows, [&](const Item& i) { return partner_key(p, i.first->tie.partner); });
    c.strings("partner_name", rows, [&](const Item& i) { return p.text(p.partner(i.first->tie.partner).name_en); });
    c.codes("country", rows, [&](const Item& i) { return p.partner(i.first->tie.partner).country; });
    c.enums<PartnerLevel>("level", rows, [&](const Item& i) { return p.partner(i.first->tie.partner).level; });
    c.strings("signatory", rows, [&](const Item& i) -> std::optional<std::string> {
        if (!i.first->tie.signatory) return std::nullopt;
        return municipality_key(p, i.first->tie.signatory);
    });
    c.enums<AgreementKind>("tier", rows, [](const Item& i) { return i.first->tier; });
    c.enums<AgreementKind>("certain_tier", rows, [](const Item& i) { return i.first->certain_tier; });
    c.bools("certain", rows, [](const Item& i) { return i.second; });
    return c.frame();
}

py::object agreements_in_force_frame(const Split<View<Agreement>>& r) {
    const Portfolio& p = *r.owner;
    const auto rows = split_rows(r);
    using Item = std::pair<const View<Agreement>*, bool>;
    Columns c;
    c.strings("agreement", rows, [&](const Item& i) { return std::string(p.text(p.agreement(i.first->id).key)); });
    partner_columns(c, p, rows, [&](const Item& i) { return p.agreement(i.first->id).partner; });
    c.strings("signatory", rows, [&](const Item& i) -> std::optional<std::string> {
        const auto& signatory = p.agreement(i.first->id).signatory;
        if (!signatory) return std::nullopt;
        return municipality_key(p, signatory);
    });
    c.enums<AgreementKind>("kind", rows, [&](const Item& i) { return p.agreement(i.first->id).kind; });
    c.partial_dates("signed_on", rows, [&](const Item& i) { return p.agreement(i.first->id).signed_on; });
    c.bools("certain", rows, [](const Item& i) { return i.second; });
    return c.frame();
}

void define_tie_types(py::module_& m) {
    py::class_<TieRow>(m, "Tie", "A tie (a partner and the home-side signatory) and its state on a day.")
        .def_property_readonly("partner", [](const TieRow& t) { return make_view<Partner>(t.owner, t.s.tie.partner); })
        .def_property_readonly(
            "signatory", [](const TieRow& t) { return municipality_view(t.owner, t.s.tie.signatory); },
            "The municipality that signed, or None for the home government.")
        .def_property_readonly("state", [](const TieRow& t) { return t.s.state; })
        .def_property_readonly(
            "certainty", [](const TieRow& t) { return t.s.certainty; },
            "Truth.YES when the state is certain, UNKNOWN when only possible.")
        .def_property_readonly(
            "tier", [](const TieRow& t) { return t.s.tier; }, "The highest kind among the possibly active agreements.")
        .def_property_readonly(
            "certain_tier", [](const TieRow& t) { return t.s.certain_tier; },
            "The highest kind among the certainly active agreements, or None.")
        .def_property_readonly("certainly_active",
                               [](const TieRow& t) { return agreement_views(t.owner, t.s.certainly_active); })
        .def_property_readonly("possibly_active",
                               [](const TieRow& t) { return agreement_views(t.owner, t.s.possibly_active); })
        .def("__repr__", [](const TieRow& t) {
            return "<Tie " + tie_label(*t.owner, t.s.tie) + " " + std::string(to_string(t.s.tier)) + " " +
                   std::string(to_string(t.s.state)) + (t.s.certainty == Truth::yes ? "" : " (possibly)") + ">";
        });

    bind_split<TieRow>(m, "TiesInForce", "Ties in force on a day: .certain and .possible lists of Tie.")
        .def("to_frame", &ties_frame,
             "The ties as a pandas.DataFrame, one row per tie (partner, partner_name, country, level,\n"
             "signatory, tier, certain_tier, certain); needs pandas.");

    py::class_<StandingRow>(m, "AgreementStanding",
                            "The conditions of one agreement on one day, each a Truth (the precedence is\n"
                            "terminated, superseded, expired, suspended).")
        .def_property_readonly("agreement",
                               [](const StandingRow& r) { return make_view<Agreement>(r.owner, r.agreement); })
        .def_property_readonly(
            "on", [](const StandingRow& r) { return r.on; }, "The day asked about.")
        .def_property_readonly("started", [](const StandingRow& r) { return r.s.started; })
        .def_property_readonly("terminated", [](const StandingRow& r) { return r.s.terminated; })
        .def_property_readonly("superseded", [](const StandingRow& r) { return r.s.superseded; })
        .def_property_readonly("expired", [](const StandingRow& r) { return r.s.expired; })
        .def_property_readonly("suspended", [](const StandingRow& r) { return r.s.suspended; })
        .def_property_readonly(
            "proposed", [](const StandingRow& r) { return r.s.proposed; }, "Proposed and not signed.")
        .def_property_readonly(
            "active", [](const StandingRow& r) { return r.s.active(); },
            "In force: started and none of terminated, superseded, expired, suspended.")
        .def_property_readonly("is_terminated", [](const StandingRow& r) { return r.s.is_terminated(); })
        .def_property_readonly("is_superseded", [](const StandingRow& r) { return r.s.is_superseded(); })
        .def_property_readonly("is_expired", [](const StandingRow& r) { return r.s.is_expired(); })
        .def_property_readonly("is_suspended", [](const StandingRow& r) { return r.s.is_suspended(); })
        .def_property_readonly(
            "is_proposed", [](const StandingRow& r) { return r.s.is_proposed(); }, "Not started yet but proposed.")
        .def("__repr__", [](const StandingRow& r) {
            const Portfolio& p = *r.owner;
            const auto t = [](Truth v) { return std::string(to_string(v)); };
            return "<AgreementStanding " + py_repr(p.text(p.agreement(r.agreement).key)) + " on " + iso(r.on) +
                   ": active " + t(r.s.active()) + ", started " + t(r.s.started) + ", terminated " + t(r.s.terminated) +
                   ", superseded " + t(r.s.superseded) + ", expired " + t(r.s.expired) + ", suspended " +
                   t(r.s.suspended) + (r.s.proposed ? ", proposed" : "") + ">";
        });

    bind_split<View<Agreement>>(m, "AgreementsInForce",
                                "Agreements active on a day (any signatory): .certain and .possible lists of\n"
                                "Agreement.")
        .def("to_frame", &agreements_in_force_frame,
             "The agreements as a pandas.DataFrame (agreement, partner, partner_name, country, signatory,\n"
             "kind, signed_on and its precision, certain); needs pandas.");
}

void define_tie_methods(py::class_<Portfolio, PortfolioPtr>& portfolio) {
    def_tie_query<KindsKeyword::taken, Day>(
        portfolio, "ties_in_force",
        [](const PortfolioPtr& self, Day on, const TieFilterArgs& filter) {
            const TieFilter f = filter.resolve(*self);
            InForce r;
            {
                const ReadingWithoutGil reading(*self);
                r = ties_in_force(*self, on, f);
            }
            return Split<TieRow>{self, on, wrap<TieRow>(self, std::move(r.certain)),
                                 wrap<TieRow>(self, std::move(r.possible))};
        },
        std::make_tuple(py::arg("on")),
        "Ties in force on the day `on`: .certain and .possible lists of Tie. `kinds` keeps ties whose\n"
        "tier is one of them; `country` and `level` narrow the partners; `scope` is whose ties count:\n"
        "'home' (the home government's, the default), 'municipalities' or 'all'.");

    portfolio
        .def(
            "agreements_in_force",
            [](const PortfolioPtr& self, Day on) {
                AgreementsInForce r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = agreements_in_force(*self, on);
                }
                return Split<View<Agreement>>{self, on, agreement_views(self, r.certain),
                                              agreement_views(self, r.possible)};
            },
            py::arg("on"),
            "Every agreement active on `on`, whoever signed it: .certain and .possible lists of Agreement.")
        .def(
            "agreement_standing",
            [](const PortfolioPtr& self, const RecordRef<Agreement>& agreement, Day on) {
                const AgreementId id = resolve(*self, agreement, "agreement");
                AgreementStanding s;
                {
                    const ReadingWithoutGil reading(*self);
                    s = agreement_standing(*self, id, on);
                }
                return StandingRow{self, id, on, s};
            },
            py::arg("agreement"), py::arg("on"),
            "The conditions of the agreement (its key, AgreementId or record) on `on`, each a Truth.\n"
            "Raises NotFoundError for an unknown agreement.")
        .def(
            "tie_status",
            [](const PortfolioPtr& self, const RecordRef<Partner>& partner, Day on, const MunicipalityArg& signatory) {
                TieKey key;
                key.partner = resolve(*self, partner, "partner");
                if (signatory) key.signatory = resolve(*self, *signatory, "signatory");
                TieStatus s;
                {
                    const ReadingWithoutGil reading(*self);
                    s = tie_status(*self, key, on);
                }
                return TieRow{self, std::move(s)};
            },
            py::arg("partner"), py::arg("on"), py::arg("signatory") = py::none(),
            "The tie between the partner and the signatory (a municipality; None: the home government)\n"
            "on `on`. A tie without agreements is TieState.NONE, certainly.")
        .def(
            "ties_of_partner",
            [](const PortfolioPtr& self, const RecordRef<Partner>& partner, Day on) {
                const PartnerId id = resolve(*self, partner, "partner");
                std::vector<TieStatus> r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = ties_of_partner(*self, id, on);
                }
                return wrap<TieRow>(self, std::move(r));
            },
            py::arg("partner"), py::arg("on"),
            "Every tie of the partner on `on`: the home government's first, then the municipalities'.");
}

}  // namespace

void define_tie_queries(py::module_& m) {
    define_tie_types(m);
    auto portfolio = portfolio_class(m);
    define_tie_methods(portfolio);
}

}  // namespace paradiplomacy::python
