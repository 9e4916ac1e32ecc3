// SPDX-License-Identifier: Apache-2.0
// The queries as Portfolio methods with keyword arguments; dates in and out as
// datetime.date. Results keep their portfolio alive and hand out records as views.
// Where the C++ answer splits certain from possible, so does the Python result
// (.certain, .possible). The GIL is released while a query runs.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "records.hpp"

#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/query/exchanges.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/oda_flows.hpp>
#include <paradiplomacy/query/partner_timeline.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace paradiplomacy::python {
namespace {

/// The filter the ODA money queries take, from their keyword arguments.
OdaFilter oda_filter(std::optional<CountryCode> recipient, const std::optional<IntArg>& year,
                     const std::optional<EnumArg<OdaStatus>>& status, bool exclude_cancelled) {
    OdaFilter f;
    f.recipient = recipient;
    if (year) f.year = year->in<int>("year");
    if (status) f.status = status->value;
    f.exclude_cancelled = exclude_cancelled;
    return f;
}

std::string quoted(std::string_view text) { return py::repr(py::str(std::string(text))).cast<std::string>(); }
std::string iso(const Day& d) { return PartialDate::of(d).to_string(); }

// --- rows ---------------------------------------------------------------------------------

struct TieRow {
    PortfolioPtr owner;
    TieStatus s;
};
struct ExpiringRow {
    PortfolioPtr owner;
    ExpiringAgreement e;
};
struct DormantRow {
    PortfolioPtr owner;
    DormantTie d;
};
struct LastContactRow {
    PortfolioPtr owner;
    LastContact c;
};
struct TimelineRow {
    PortfolioPtr owner;
    TimelineEvent e;
};
struct ExchangeRowPy {
    PortfolioPtr owner;
    ExchangeRow r;
};
struct StandingRow {
    PortfolioPtr owner;
    AgreementId agreement;
    Day on;
    AgreementStanding s;
};
struct StrategicRow {
    PortfolioPtr owner;
    StrategicCountryProjects s;
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

struct ExchangesResult {
    PortfolioPtr owner;
    std::vector<ExchangeRowPy> rows;
    ExchangeTally total;
};

std::string partner_key(const Portfolio& p, PartnerId id) { return std::string(p.text(p.partner(id).key)); }
std::string municipality_key(const Portfolio& p, std::optional<MunicipalityId> id) {
    return id ? std::string(p.text(p.municipality(*id).key)) : std::string();
}

std::vector<View<Agreement>> agreement_views(const PortfolioPtr& owner, const std::vector<AgreementId>& ids) {
    std::vector<View<Agreement>> out;
    out.reserve(ids.size());
    for (const auto id : ids) out.push_back(make_view<Agreement>(owner, id));
    return out;
}

std::optional<View<Municipality>> municipality_view(const PortfolioPtr& owner, std::optional<MunicipalityId> id) {
    if (!id) return std::nullopt;
    return make_view<Municipality>(owner, *id);
}

std::string tie_label(const Portfolio& p, const TieKey& key) {
    std::string out = quoted(partner_key(p, key.partner));
    if (key.signatory) out += " by " + quoted(municipality_key(p, key.signatory));
    return out;
}

template <class Row, class Source>
std::vector<Row> wrap(const PortfolioPtr& owner, std::vector<Source>&& items) {
    std::vector<Row> out;
    out.reserve(items.size());
    for (auto& item : items) out.push_back(Row{owner, std::move(item)});
    return out;
}

// --- filters --------------------------------------------------------------------------------

SignatoryScope scope_of(const std::string& scope) {
    if (scope == "home") return SignatoryScope::home_only;
    if (scope == "municipalities") return SignatoryScope::municipalities;
    if (scope == "all") return SignatoryScope::all;
    throw InvalidValue("scope \"" + scope + "\": expected one of home, municipalities, all");
}

using Kinds = std::optional<std::vector<EnumArg<AgreementKind>>>;
using Level = std::optional<EnumArg<PartnerLevel>>;
using MunicipalityArg = std::optional<RecordRef<Municipality>>;

TieFilter tie_filter(const Portfolio& portfolio, const Kinds& kinds, const std::optional<CountryCode>& country,
                     const Level& level, const std::string& scope, const MunicipalityArg& municipality,
                     bool priority_only) {
    TieFilter f;
    if (kinds)
        for (const auto& k : *kinds) f.tiers.push_back(k.value);
    f.country = country;
    if (level) f.level = level->value;
    f.scope = scope_of(scope);
    if (municipality) f.municipality = resolve(portfolio, *municipality, "municipality");
    f.priority_only = priority_only;
    return f;
}

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

// --- frames -------------------------------------------------------------------------------

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

py::object oda_frame(const std::vector<OdaBudgetRow>& rows) {
    Columns c;
    c.codes("recipient", rows, [](const OdaBudgetRow& r) { return r.recipient; });
    c.codes("sector", rows, [](const OdaBudgetRow& r) { return r.sector; });
    c.ints("year", rows, [](const OdaBudgetRow& r) { return r.year; });
    c.codes("currency", rows, [](const OdaBudgetRow& r) { return r.currency; });
    c.floats("amount", rows, [](const OdaBudgetRow& r) { return r.amount; });
    c.ints("engagements", rows, [](const OdaBudgetRow& r) { return r.engagements; });
    return c.frame();
}

py::object oda_flows_frame(const std::vector<OdaFlowRow>& rows) {
    Columns c;
    c.codes("recipient", rows, [](const OdaFlowRow& r) { return r.recipient; });
    c.ints("year", rows, [](const OdaFlowRow& r) { return r.year; });
    c.codes("currency", rows, [](const OdaFlowRow& r) { return r.currency; });
    c.floats("committed", rows, [](const OdaFlowRow& r) { return r.committed; });
    c.floats("disbursed", rows, [](const OdaFlowRow& r) { return r.disbursed; });
    c.floats("expenditure", rows, [](const OdaFlowRow& r) { return r.expenditure; });
    c.ints("engagements", rows, [](const OdaFlowRow& r) { return r.engagements; });
    return c.frame();
}

// --- binding helpers --------------------------------------------------------------------------

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

}  // namespace

void init_query(py::module_& m) {
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
            return "<ExpiringAgreement " + quoted(p.text(p.agreement(r.e.agreement).key)) + " ends " +
                   r.e.ends.to_string() + (r.e.renewed ? " (renewed)" : "") + ">";
        });
    bind_split<ExpiringRow>(m, "ExpiringAgreements",
                            "Agreements expiring within a window: .certain (every day the end can be is\n"
                            "inside) and .possible (only some are).");

    py::class_<CertainCount>(m, "CertainCount", "A count with its certain part and its possible upper bound.")
        .def_readonly("certain", &CertainCount::certain)
        .def_readonly("possible", &CertainCount::possible)
        .def(
            "__eq__", [](const CertainCount& a, const CertainCount& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const CertainCount& c) {
            return "CertainCount(certain=" + std::to_string(c.certain) + ", possible=" + std::to_string(c.possible) +
                   ")";
        });
    py::class_<KindCoverage>(m, "KindCoverage", "Distinct countries, regions and partners with ties of one kind.")
        .def_readonly("kind", &KindCoverage::kind)
        .def_readonly("countries", &KindCoverage::countries)
        .def_readonly("regions", &KindCoverage::regions)
        .def_readonly("partners", &KindCoverage::partners)
        .def("__repr__", [](const KindCoverage& k) {
            const auto cc = [](const CertainCount& c) {
                return std::to_string(c.certain) + "/" + std::to_string(c.possible);
            };
            return "<KindCoverage " + std::string(to_string(k.kind)) + ": countries " + cc(k.countries) + ", regions " +
                   cc(k.regions) + ", partners " + cc(k.partners) + " (certain/possible)>";
        });

    py::class_<TimelineRow>(m, "TimelineEvent", "One dated event of a partner's timeline.")
        .def_property_readonly(
            "date", [](const TimelineRow& r) { return r.e.date; }, "PartialDate, or None when undated.")
        .def_property_readonly("kind", [](const TimelineRow& r) { return r.e.kind; })
        .def_property_readonly(
            "record",
            [](const TimelineRow& r) -> py::object {
                return std::visit(
                    [&](auto id) -> py::object {
                        using IdT = decltype(id);
                        if constexpr (std::is_same_v<IdT, AgreementId>)
                            return py::cast(make_view<Agreement>(r.owner, id));
                        else if constexpr (std::is_same_v<IdT, ProgramId>)
                            return py::cast(make_view<ExchangeProgram>(r.owner, id));
                        else
                            return py::cast(make_view<OdaEngagement>(r.owner, id));
                    },
                    r.e.record);
            },
            "The Agreement, ExchangeProgram or OdaEngagement.")
        .def_property_readonly(
            "municipality", [](const TimelineRow& r) { return municipality_view(r.owner, r.e.municipality); },
            "The home-side signatory or organiser, or None for the home government.")
        .def_property_readonly(
            "planned", [](const TimelineRow& r) { return r.e.planned; }, "An ODA date that is planned.")
        .def("__repr__", [](const TimelineRow& r) {
            const Portfolio& p = *r.owner;
            const std::string key = std::visit(
                [&](auto id) -> std::string {
                    using IdT = decltype(id);
                    if constexpr (std::is_same_v<IdT, AgreementId>)
                        return std::string(p.text(p.agreement(id).key));
                    else if constexpr (std::is_same_v<IdT, ProgramId>)
                        return std::string(p.text(p.program(id).key));
                    else
                        return std::string(p.text(p.engagement(id).key));
                },
                r.e.record);
            return "<TimelineEvent " + (r.e.date ? r.e.date->to_string() : std::string("undated")) + " " +
                   std::string(to_string(r.e.kind)) + " " + quoted(key) + ">";
        });

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
            "The partner's latest dated program ever, or None.")
        .def_property_readonly(
            "last_contact", [](const DormantRow& r) { return r.d.last_contact; },
            "Its contact date (PartialDate), or None.")
        .def_property_readonly("undated_programs", [](const DormantRow& r) { return r.d.undated_programs; })
        .def("__repr__", [](const DormantRow& r) {
            return "<DormantTie " + tie_label(*r.owner, r.d.tie.tie) + " last contact " +
                   (r.d.last_contact ? r.d.last_contact->to_string() : std::string("none")) + ">";
        });
    bind_split<DormantRow>(m, "DormantTies",
                           "Ties in force without an exchange in the window: .certain and .possible.");

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
            return "<LastContact " + quoted(partner_key(*r.owner, r.c.partner)) + " " +
                   (r.c.date ? r.c.date->to_string() : std::string("none")) +
                   (r.c.undated_programs ? " +" + std::to_string(r.c.undated_programs) + " undated" : std::string()) +
                   ">";
        });

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
            return "<ExchangeRow " + (x.r.partner ? quoted(partner_key(*x.owner, *x.r.partner)) : std::string("None")) +
                   " " + std::string(to_string(x.r.kind)) + " " +
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

    py::class_<OdaBudgetRow>(m, "OdaBudgetRow", "ODA money for one recipient, sector, year and currency.")
        .def_readonly("recipient", &OdaBudgetRow::recipient)
        .def_readonly("sector", &OdaBudgetRow::sector, "DAC purpose code, or None.")
        .def_readonly("year", &OdaBudgetRow::year)
        .def_readonly("currency", &OdaBudgetRow::currency)
        .def_readonly("amount", &OdaBudgetRow::amount)
        .def_readonly("engagements", &OdaBudgetRow::engagements, "Distinct engagements contributing.")
        .def("__repr__", [](const OdaBudgetRow& r) {
            return "<OdaBudgetRow " + std::string(r.recipient.view()) + " " +
                   (r.sector ? std::string(r.sector->view()) : std::string("no sector")) + " " +
                   std::to_string(r.year) + ": " + py::repr(py::float_(r.amount)).cast<std::string>() + " " +
                   std::string(r.currency.view()) + ">";
        });
    bind_rows<OdaBudgetRow>(m, "OdaBudget", "ODA budget rows per (recipient, sector, year, currency).")
        .def(
            "to_frame", [](const Rows<OdaBudgetRow>& r) { return oda_frame(r.rows); },
            "The rows as a pandas.DataFrame (recipient, sector, year, currency, amount, engagements).");

    py::class_<OdaFlowRow>(m, "OdaFlowRow", "ODA committed, disbursed and spent for one recipient, year and currency.")
        .def_readonly("recipient", &OdaFlowRow::recipient, "ISO 3166-1 alpha-2; 'ZZ' for regions above the country.")
        .def_readonly("year", &OdaFlowRow::year)
        .def_readonly("currency", &OdaFlowRow::currency)
        .def_readonly("committed", &OdaFlowRow::committed)
        .def_readonly("disbursed", &OdaFlowRow::disbursed)
        .def_readonly("expenditure", &OdaFlowRow::expenditure)
        .def_readonly("engagements", &OdaFlowRow::engagements, "Distinct engagements contributing.")
        .def("__repr__", [](const OdaFlowRow& r) {
            return "<OdaFlowRow " + std::string(r.recipient.view()) + " " + std::to_string(r.year) + " " +
                   std::string(r.currency.view()) + ": committed " +
                   py::repr(py::float_(r.committed)).cast<std::string>() + ", disbursed " +
                   py::repr(py::float_(r.disbursed)).cast<std::string>() + ">";
        });
    bind_rows<OdaFlowRow>(m, "OdaFlows", "ODA transaction totals per (recipient, year, currency).")
        .def(
            "to_frame", [](const Rows<OdaFlowRow>& r) { return oda_flows_frame(r.rows); },
            "The rows as a pandas.DataFrame (recipient, year, currency, committed, disbursed, expenditure, "
            "engagements).");

    py::class_<StrategicRow>(m, "StrategicCountryProjects", "A strategic ODA partner country and its engagements.")
        .def_property_readonly("country", [](const StrategicRow& r) { return r.s.country; })
        .def_property_readonly("engagements",
                               [](const StrategicRow& r) {
                                   std::vector<View<OdaEngagement>> out;
                                   for (const auto id : r.s.engagements)
                                       out.push_back(make_view<OdaEngagement>(r.owner, id));
                                   return out;
                               })
        .def("__repr__", [](const StrategicRow& r) {
            return "<StrategicCountryProjects " + std::string(r.s.country.view()) + ": " +
                   std::to_string(r.s.engagements.size()) + " engagements>";
        });

    py::class_<Split<View<Partner>>>(m, "PriorityGaps",
                                     "Priority partners without a tie in force: .certain (certainly none) and\n"
                                     ".possible (only possibly covered).")
        .def_property_readonly("certain", [](const Split<View<Partner>>& s) { return s.certain; })
        .def_property_readonly("possible", [](const Split<View<Partner>>& s) { return s.possible; })
        .def_property_readonly("on", [](const Split<View<Partner>>& s) { return s.on; })
        .def("__repr__", [](const Split<View<Partner>>& s) {
            return "<PriorityGaps on " + iso(*s.on) + ": " + std::to_string(s.certain.size()) + " certain, " +
                   std::to_string(s.possible.size()) + " possible>";
        });

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
            return "<AgreementStanding " + quoted(p.text(p.agreement(r.agreement).key)) + " on " + iso(r.on) +
                   ": active " + t(r.s.active()) + ", started " + t(r.s.started) + ", terminated " + t(r.s.terminated) +
                   ", superseded " + t(r.s.superseded) + ", expired " + t(r.s.expired) + ", suspended " +
                   t(r.s.suspended) + (r.s.proposed ? ", proposed" : "") + ">";
        });

    bind_split<View<Agreement>>(m, "AgreementsInForce",
                                "Agreements active on a day (any signatory): .certain and .possible lists of\n"
                                "Agreement.");

    auto portfolio = py::reinterpret_borrow<py::class_<Portfolio, PortfolioPtr>>(m.attr("Portfolio"));
    portfolio
        .def(
            "ties_in_force",
            [](const PortfolioPtr& self, Day on, const Kinds& kinds, std::optional<CountryCode> country,
               const Level& level, const std::string& scope, const MunicipalityArg& municipality, bool priority_only) {
                const TieFilter f = tie_filter(*self, kinds, country, level, scope, municipality, priority_only);
                InForce r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = ties_in_force(*self, on, f);
                }
                return Split<TieRow>{self, on, wrap<TieRow>(self, std::move(r.certain)),
                                     wrap<TieRow>(self, std::move(r.possible))};
            },
            py::arg("on"), py::kw_only(), py::arg("kinds") = py::none(), py::arg("country") = py::none(),
            py::arg("level") = py::none(), py::arg("scope") = "home", py::arg("municipality") = py::none(),
            py::arg("priority_only") = false,
            "Ties in force on the day `on`: .certain and .possible lists of Tie. `kinds` keeps ties whose\n"
            "tier is one of them; `country` and `level` narrow the partners; `scope` is whose ties count:\n"
            "'home' (the home government's, the default), 'municipalities' or 'all'.")
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
            "Every tie of the partner on `on`: the home government's first, then the municipalities'.")
        .def(
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
            "Raises NotFoundError for an unknown partner.")
        .def(
            "agreements_expiring",
            [](const PortfolioPtr& self, Day start, Day end, const Kinds& kinds, std::optional<CountryCode> country,
               const Level& level, const std::string& scope, const MunicipalityArg& municipality, bool priority_only) {
                const TieFilter f = tie_filter(*self, kinds, country, level, scope, municipality, priority_only);
                Expiring r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = expiring_within(*self, start, end, f);
                }
                return Split<ExpiringRow>{self, std::nullopt, wrap<ExpiringRow>(self, std::move(r.certain)),
                                          wrap<ExpiringRow>(self, std::move(r.possible))};
            },
            py::arg("start"), py::arg("end"), py::kw_only(), py::arg("kinds") = py::none(),
            py::arg("country") = py::none(), py::arg("level") = py::none(), py::arg("scope") = "home",
            py::arg("municipality") = py::none(), py::arg("priority_only") = false,
            "Agreements whose validity ends within [start, end] (both inclusive); InvalidValueError when\n"
            "end is before start. `kinds` is matched against each agreement's own kind.")
        .def(
            "coverage_by_kind",
            [](const PortfolioPtr& self, Day on, const Kinds& kinds, std::optional<CountryCode> country,
               const Level& level, const std::string& scope, const MunicipalityArg& municipality, bool priority_only) {
                const TieFilter f = tie_filter(*self, kinds, country, level, scope, municipality, priority_only);
                const ReadingWithoutGil reading(*self);
                return coverage_by_kind(*self, on, f);
            },
            py::arg("on"), py::kw_only(), py::arg("kinds") = py::none(), py::arg("country") = py::none(),
            py::arg("level") = py::none(), py::arg("scope") = "home", py::arg("municipality") = py::none(),
            py::arg("priority_only") = false,
            "Per tie kind (highest first), the distinct countries, regions and partners whose tie in\n"
            "force on `on` has that kind, each a CertainCount.")
        .def(
            "partner_timeline",
            [](const PortfolioPtr& self, const RecordRef<Partner>& partner) {
                const PartnerId id = resolve(*self, partner, "partner");
                std::vector<TimelineEvent> events;
                {
                    const ReadingWithoutGil reading(*self);
                    events = partner_timeline(*self, id);
                }
                return wrap<TimelineRow>(self, std::move(events));
            },
            py::arg("partner"),
            "Every event with the partner (its key, PartnerId or record) in date order: agreements,\n"
            "exchange programs, ODA engagements. Raises NotFoundError for an unknown partner.")
        .def(
            "dormant_ties",
            [](const PortfolioPtr& self, Day on, IntArg years_arg, const Kinds& kinds,
               std::optional<CountryCode> country, const Level& level, const std::string& scope,
               const MunicipalityArg& municipality, bool priority_only) {
                const int years = years_arg.in<int>("years", 0);
                const TieFilter f = tie_filter(*self, kinds, country, level, scope, municipality, priority_only);
                DormantTies r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = dormant_ties(*self, on, years, f);
                }
                return Split<DormantRow>{self, on, wrap<DormantRow>(self, std::move(r.certain)),
                                         wrap<DormantRow>(self, std::move(r.possible))};
            },
            py::arg("on"), py::arg("years") = 3, py::kw_only(), py::arg("kinds") = py::none(),
            py::arg("country") = py::none(), py::arg("level") = py::none(), py::arg("scope") = "home",
            py::arg("municipality") = py::none(), py::arg("priority_only") = false,
            "Ties in force on `on` without an exchange program with the partner in the `years` years\n"
            "up to `on`. InvalidValueError when years is negative.")
        .def(
            "last_contacts",
            [](const PortfolioPtr& self) {
                std::vector<LastContact> r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = last_contacts(*self);
                }
                return wrap<LastContactRow>(self, std::move(r));
            },
            "For every partner (in partner order), the latest dated exchange program and how many are undated.")
        .def(
            "exchanges",
            [](const PortfolioPtr& self, std::optional<RecordRef<Partner>> partner,
               std::optional<EnumArg<ProgramKind>> kind, std::optional<IntArg> year,
               std::optional<EnumArg<Direction>> direction, const py::object& organiser) {
                ExchangeFilter f;
                set_organiser(f, *self, organiser);
                if (partner) f.partner = resolve(*self, *partner, "partner");
                if (kind) f.kind = kind->value;
                if (year) f.year = year->in<int>("year");
                if (direction) f.direction = direction->value;
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
            py::arg("direction") = py::none(), py::arg("organiser") = py::none(),
            "Exchange programs per (partner, kind, start year, direction); `year` never matches an undated\n"
            "program. `organiser` keeps the programs one municipality organised (its key, ID or record),\n"
            "or 'home' for the home government's own; None: any organiser.")
        .def(
            "oda_flows",
            [](const PortfolioPtr& self, std::optional<CountryCode> recipient, std::optional<IntArg> year,
               std::optional<EnumArg<OdaStatus>> status, bool exclude_cancelled) {
                const OdaFilter f = oda_filter(recipient, year, status, exclude_cancelled);
                std::vector<OdaFlowRow> rows;
                {
                    const ReadingWithoutGil reading(*self);
                    rows = oda_flows(*self, f);
                }
                return Rows<OdaFlowRow>{self, std::move(rows)};
            },
            py::kw_only(), py::arg("recipient") = py::none(), py::arg("year") = py::none(),
            py::arg("status") = py::none(), py::arg("exclude_cancelled") = true,
            "Committed, disbursed and spent ODA per (recipient, transaction year, currency), each total split\n"
            "among the engagement's recipient countries by percentage; shares of regions above the country\n"
            "under recipient 'ZZ'.")
        .def(
            "oda_budget",
            [](const PortfolioPtr& self, std::optional<CountryCode> recipient, std::optional<IntArg> year,
               std::optional<EnumArg<OdaStatus>> status, bool exclude_cancelled) {
                const OdaFilter f = oda_filter(recipient, year, status, exclude_cancelled);
                std::vector<OdaBudgetRow> rows;
                {
                    const ReadingWithoutGil reading(*self);
                    rows = oda_budget(*self, f);
                }
                return Rows<OdaBudgetRow>{self, std::move(rows)};
            },
            py::kw_only(), py::arg("recipient") = py::none(), py::arg("year") = py::none(),
            py::arg("status") = py::none(), py::arg("exclude_cancelled") = true,
            "ODA budgets per (recipient, sector, year the budget period starts, currency); amounts are\n"
            "never summed across currencies.")
        .def(
            "oda_projects_by_strategic_country",
            [](const PortfolioPtr& self) {
                std::vector<StrategicCountryProjects> r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = oda_projects_by_strategic_country(*self);
                }
                return wrap<StrategicRow>(self, std::move(r));
            },
            "For every strategic ODA partner country, the engagements it receives (sorted by country).")
        .def(
            "priority_partners_without_tie",
            [](const PortfolioPtr& self, Day on, std::optional<CountryCode> country, const Level& level,
               const std::string& scope, const MunicipalityArg& municipality, bool priority_only) {
                const TieFilter f = tie_filter(*self, std::nullopt, country, level, scope, municipality, priority_only);
                PriorityGaps r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = priority_partners_without_tie(*self, on, f);
                }
                Split<View<Partner>> out{self, on, {}, {}};
                for (const auto id : r.certain) out.certain.push_back(make_view<Partner>(self, id));
                for (const auto id : r.possible) out.possible.push_back(make_view<Partner>(self, id));
                return out;
            },
            py::arg("on"), py::kw_only(), py::arg("country") = py::none(), py::arg("level") = py::none(),
            py::arg("scope") = "home", py::arg("municipality") = py::none(), py::arg("priority_only") = false,
            "Priority partners with no tie in force on `on`: .certain (certainly none) and .possible.");
}

}  // namespace paradiplomacy::python
