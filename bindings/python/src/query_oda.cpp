// SPDX-License-Identifier: Apache-2.0
// ODA money: budgets and transaction flows per recipient, and the engagements of each
// strategic partner country.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/oda_flows.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct StrategicRow {
    PortfolioPtr owner;
    StrategicCountryProjects s;
};

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

}  // namespace

void define_oda_queries(py::module_& m) {
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

    portfolio_class(m)
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
            "For every strategic ODA partner country, the engagements it receives (sorted by country).");
}

}  // namespace paradiplomacy::python
