// SPDX-License-Identifier: Apache-2.0
// The portfolio's tables as pandas DataFrames (Portfolio.partners_frame() ...), built
// column by column in C++ (frames.hpp). Codes and enum values are Categoricals, partial
// dates a datetime64[D] column (earliest day) with a `_precision` column beside it.

#include "frames.hpp"

#include "bindings.hpp"
#include "records.hpp"

#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy::python {
namespace {

py::object partners_frame(const Portfolio& p) {
    const auto rows = p.partners();
    Columns c;
    c.strings("key", rows, [&](const Partner& r) { return p.text(r.key); });
    c.enums<PartnerLevel>("level", rows, [](const Partner& r) { return r.level; });
    c.codes("country", rows, [](const Partner& r) { return r.country; });
    c.codes("region", rows, [](const Partner& r) { return r.region; });
    c.strings("name_en", rows, [&](const Partner& r) { return p.text(r.name_en); });
    c.strings("name_local", rows, [&](const Partner& r) { return p.text(r.name_local); });
    c.bools("priority", rows, [](const Partner& r) { return r.priority; });
    c.bools("strategic_oda", rows, [](const Partner& r) { return r.strategic_oda; });
    c.bools("uncertain", rows, [](const Partner& r) { return r.provenance.uncertain; });
    return c.frame();
}

py::object agreements_frame(const Portfolio& p) {
    const auto rows = p.agreements();
    const auto partner_of = [&](const Agreement& r) -> const Partner* {
        return r.partner.index() < p.partners().size() ? &p.partner(r.partner) : nullptr;
    };
    Columns c;
    c.strings("key", rows, [&](const Agreement& r) { return p.text(r.key); });
    // Views into the portfolio's own storage: no string is copied on the way to Python, and
    // the agreements of one partner share one str.
    c.references("partner", rows, [&](const Agreement& r) -> std::optional<std::string_view> {
        const Partner* partner = partner_of(r);
        if (!partner) return std::nullopt;
        return p.text(partner->key);
    });
    c.codes("country", rows, [&](const Agreement& r) -> std::optional<std::string_view> {
        const Partner* partner = partner_of(r);
        if (!partner) return std::nullopt;
        return partner->country.view();
    });
    c.references("signatory", rows, [&](const Agreement& r) -> std::optional<std::string_view> {
        if (!r.signatory || r.signatory->index() >= p.municipalities().size()) return std::nullopt;
        return p.text(p.municipality(*r.signatory).key);
    });
    c.enums<AgreementKind>("kind", rows, [](const Agreement& r) { return r.kind; });
    c.partial_dates("signed_on", rows, [](const Agreement& r) { return r.signed_on; });
    c.bools("proposed", rows, [](const Agreement& r) { return r.proposed; });
    c.partial_dates("valid_from", rows, [](const Agreement& r) -> std::optional<PartialDate> {
        if (!r.validity) return std::nullopt;
        return r.validity->start();
    });
    c.partial_dates("valid_until", rows, [](const Agreement& r) -> std::optional<PartialDate> {
        if (!r.validity) return std::nullopt;
        return r.validity->end();
    });
    c.partial_dates("terminated_on", rows, [](const Agreement& r) { return r.terminated_on; });
    c.references("supersedes", rows, [&](const Agreement& r) -> std::optional<std::string_view> {
        if (!r.supersedes || r.supersedes->index() >= p.agreements().size()) return std::nullopt;
        return p.text(p.agreement(*r.supersedes).key);
    });
    c.enums<CouncilApproval>("council_approval", rows, [](const Agreement& r) { return r.council_approval; });
    c.strings("title", rows, [&](const Agreement& r) { return p.text(r.title); });
    c.bools("uncertain", rows, [](const Agreement& r) { return r.provenance.uncertain; });
    return c.frame();
}

py::object programs_frame(const Portfolio& p) {
    const auto rows = p.programs();
    Columns c;
    c.strings("key", rows, [&](const ExchangeProgram& r) { return p.text(r.key); });
    c.enums<ProgramKind>("kind", rows, [](const ExchangeProgram& r) { return r.kind; });
    c.enums<Direction>("direction", rows, [](const ExchangeProgram& r) { return r.direction; });
    c.partial_dates("start", rows, [](const ExchangeProgram& r) { return r.start; });
    c.partial_dates("end", rows, [](const ExchangeProgram& r) { return r.end; });
    c.optional_ints("headcount", rows, [](const ExchangeProgram& r) { return r.headcount; });
    c.strings("partners", rows, [&](const ExchangeProgram& r) {
        std::string keys;
        for (const auto id : r.partners) {
            if (id.index() >= p.partners().size()) continue;
            if (!keys.empty()) keys += ';';
            keys += p.text(p.partner(id).key);
        }
        return keys;
    });
    c.strings("organiser", rows, [&](const ExchangeProgram& r) -> std::optional<std::string> {
        if (!r.organiser || r.organiser->index() >= p.municipalities().size()) return std::nullopt;
        return std::string(p.text(p.municipality(*r.organiser).key));
    });
    c.strings("title", rows, [&](const ExchangeProgram& r) { return p.text(r.title); });
    return c.frame();
}

/// The columns every per-engagement frame starts with: the engagement's key, recipient and
/// status. `Row` points at its engagement through `engagement`.
template <class Row>
void engagement_columns(Columns& c, const Portfolio& p, const std::vector<Row>& rows) {
    c.strings("engagement", rows, [&](const Row& r) { return p.text(r.engagement->key); });
    c.codes("recipient", rows, [](const Row& r) { return r.engagement->recipient; });
    c.enums<OdaStatus>("status", rows, [](const Row& r) { return r.engagement->status; });
}

/// The reporting organisation's IATI identifier, or None.
std::optional<std::string> reporting_org_ref(const Portfolio& p, const OdaEngagement& e) {
    if (!e.reporting_org) return std::nullopt;
    return std::string(p.text(e.reporting_org->ref));
}

/// One row per budget of every engagement.
py::object oda_budgets_frame(const Portfolio& p) {
    struct Row {
        const OdaEngagement* engagement;
        const Budget* budget;
    };
    std::vector<Row> rows;
    for (const auto& e : p.engagements())
        for (const auto& b : e.budgets) rows.push_back({&e, &b});
    Columns c;
    engagement_columns(c, p, rows);
    c.partial_dates("start", rows, [](const Row& r) { return std::optional<PartialDate>(r.budget->period.start()); });
    c.partial_dates("end", rows, [](const Row& r) { return r.budget->period.end(); });
    c.ints("year", rows, [](const Row& r) { return r.budget->period.start().year(); });
    c.floats("amount", rows, [](const Row& r) { return r.budget->value.amount(); });
    c.codes("currency", rows, [](const Row& r) { return r.budget->value.currency(); });
    c.partial_dates("value_date", rows, [](const Row& r) { return r.budget->value_date; });
    c.enums<BudgetType>("budget_type", rows, [](const Row& r) { return r.budget->type; });
    c.enums<BudgetStatus>("budget_status", rows, [](const Row& r) { return r.budget->status; });
    c.strings("default_currency", rows, [](const Row& r) -> std::optional<std::string> {
        if (!r.engagement->default_currency) return std::nullopt;
        return r.engagement->default_currency->str();
    });
    c.strings("reporting_org", rows, [&](const Row& r) { return reporting_org_ref(p, *r.engagement); });
    return c.frame();
}

/// One row per transaction total of every engagement.
py::object oda_transactions_frame(const Portfolio& p) {
    struct Row {
        const OdaEngagement* engagement;
        const TransactionTotal* total;
    };
    std::vector<Row> rows;
    for (const auto& e : p.engagements())
        for (const auto& t : e.transactions) rows.push_back({&e, &t});
    Columns c;
    engagement_columns(c, p, rows);
    c.ints("year", rows, [](const Row& r) { return r.total->year; });
    c.enums<TransactionType>("type", rows, [](const Row& r) { return r.total->type; });
    c.floats("amount", rows, [](const Row& r) { return r.total->amount.amount(); });
    c.codes("currency", rows, [](const Row& r) { return r.total->amount.currency(); });
    c.ints("count", rows, [](const Row& r) { return static_cast<int>(r.total->count); });
    c.strings("reporting_org", rows, [&](const Row& r) { return reporting_org_ref(p, *r.engagement); });
    return c.frame();
}

}  // namespace

void init_frames(py::module_& m) {
    auto portfolio = py::reinterpret_borrow<py::class_<Portfolio, PortfolioPtr>>(m.attr("Portfolio"));
    portfolio
        .def("partners_frame", &partners_frame,
             "The partners as a pandas.DataFrame: key, level, country, region, name_en, name_local,\n"
             "priority, strategic_oda, uncertain. Needs pandas.")
        .def("agreements_frame", &agreements_frame,
             "The agreements as a pandas.DataFrame: key, partner, country, signatory, kind, signed_on\n"
             "(+ signed_on_precision), proposed, valid_from, valid_until, terminated_on (each with a\n"
             "_precision column), supersedes, council_approval, title, uncertain. Needs pandas.")
        .def("programs_frame", &programs_frame,
             "The exchange programs as a pandas.DataFrame: key, kind, direction, start, end (each with a\n"
             "_precision column), headcount (Int64), partners (keys joined by ';'), organiser, title.")
        .def("oda_budgets_frame", &oda_budgets_frame,
             "One row per budget of every ODA engagement: engagement, recipient, status, start, end (with\n"
             "_precision columns), year (of the start), amount, currency, value_date (+ _precision), budget_type,\n"
             "budget_status, default_currency and reporting_org (the publisher's IATI identifier).")
        .def("oda_transactions_frame", &oda_transactions_frame,
             "One row per transaction total of every ODA engagement: engagement, recipient, status, year,\n"
             "type, amount, currency, count (0: not known), reporting_org. Needs pandas.");
}

}  // namespace paradiplomacy::python
