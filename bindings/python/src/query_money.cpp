// SPDX-License-Identifier: Apache-2.0
// Money beyond ODA: totals of the money lines by year, partner, country or kind, and the
// use of each envelope; per currency, converted only with rates the caller gives.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/envelope_use.hpp>
#include <paradiplomacy/query/exchange_rates.hpp>
#include <paradiplomacy/query/money_totals.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct EnvelopeRow {
    PortfolioPtr owner;
    EnvelopeUseRow u;
};

/// The rates of the keyword arguments: `rates` maps a currency ("USD") or a currency and a
/// year (("USD", 2015)) to units of `convert_to` per unit. Neither given: no conversion.
std::optional<ExchangeRates> exchange_rates(const std::optional<CurrencyCode>& convert_to,
                                            const std::optional<py::dict>& rates) {
    if (!convert_to) {
        if (rates && !rates->empty())
            throw InvalidValue("rates given without convert_to: name the currency the rates convert into");
        return std::nullopt;
    }
    ExchangeRates out(*convert_to);
    if (!rates) return out;
    for (const auto& [key, value] : *rates) {
        std::optional<int> year;
        py::handle currency = key;
        if (py::isinstance<py::tuple>(key)) {
            const auto pair = py::reinterpret_borrow<py::tuple>(key);
            if (pair.size() != 2 || !py::isinstance<py::str>(pair[0]) || !py::isinstance<py::int_>(pair[1]))
                throw InvalidValue("rates: a key is a currency code or a (currency code, year) pair, not " +
                                   py::repr(key).cast<std::string>());
            currency = pair[0];
            year = pair[1].cast<int>();
        } else if (!py::isinstance<py::str>(key)) {
            throw InvalidValue("rates: a key is a currency code or a (currency code, year) pair, not " +
                               py::repr(key).cast<std::string>());
        }
        if (!py::isinstance<py::float_>(value) && !py::isinstance<py::int_>(value))
            throw InvalidValue("rates: the rate of " + py::repr(key).cast<std::string>() + " is not a number");
        out.add(detail::code_from_text<CurrencyCode>(currency.cast<std::string>(), "currency code"),
                value.cast<double>(), year);
    }
    return out;
}

std::string converted_text(const std::vector<CurrencyCode>& from) {
    std::string out;
    for (const CurrencyCode c : from) out += (out.empty() ? "" : ";") + c.str();
    return out;
}

py::object totals_frame(const std::vector<MoneyTotalRow>& rows) {
    Columns c;
    c.ints("year", rows, [](const MoneyTotalRow& r) { return r.year; });
    c.strings("group", rows, [](const MoneyTotalRow& r) -> std::string_view { return r.group; });
    c.enums<MoneyStage>("stage", rows, [](const MoneyTotalRow& r) { return r.stage; });
    c.codes("currency", rows, [](const MoneyTotalRow& r) { return r.currency; });
    c.floats("amount", rows, [](const MoneyTotalRow& r) { return r.amount; });
    c.ints("lines", rows, [](const MoneyTotalRow& r) { return r.lines; });
    c.strings("converted_from", rows, [](const MoneyTotalRow& r) { return converted_text(r.converted_from); });
    return c.frame();
}

std::optional<std::string_view> envelope_key(const Portfolio& p, std::optional<EnvelopeId> id) {
    if (!id || !p.contains(*id)) return std::nullopt;
    return p.text(p.at(*id).key);
}

py::object envelope_frame(const Portfolio& p, const std::vector<EnvelopeRow>& rows) {
    Columns c;
    c.references("envelope", rows, [&](const EnvelopeRow& r) { return envelope_key(p, r.u.envelope); });
    c.references("parent", rows, [&](const EnvelopeRow& r) { return envelope_key(p, r.u.parent); });
    c.ints("year", rows, [](const EnvelopeRow& r) { return r.u.year; });
    c.codes("currency", rows, [](const EnvelopeRow& r) { return r.u.currency; });
    c.floats("amount", rows, [](const EnvelopeRow& r) { return r.u.amount; });
    c.floats("planned", rows, [](const EnvelopeRow& r) { return r.u.planned; });
    c.floats("actual", rows, [](const EnvelopeRow& r) { return r.u.actual; });
    c.floats("remaining", rows, [](const EnvelopeRow& r) { return r.u.remaining(); });
    c.floats("sub_envelopes", rows, [](const EnvelopeRow& r) { return r.u.sub_envelopes; });
    c.floats("unallocated", rows, [](const EnvelopeRow& r) { return r.u.unallocated(); });
    c.ints("lines", rows, [](const EnvelopeRow& r) { return r.u.lines; });
    c.ints("uncounted_lines", rows, [](const EnvelopeRow& r) { return r.u.uncounted_lines; });
    c.strings("converted_from", rows, [](const EnvelopeRow& r) { return converted_text(r.u.converted_from); });
    return c.frame();
}

std::vector<std::string> codes_of(const std::vector<CurrencyCode>& from) {
    std::vector<std::string> out;
    for (const CurrencyCode c : from) out.push_back(c.str());
    return out;
}

}  // namespace

void define_money_queries(py::module_& m) {
    py::class_<MoneyTotalRow>(m, "MoneyTotalRow", "Money planned or spent in one year and currency, for one group.")
        .def_readonly("year", &MoneyTotalRow::year)
        .def_readonly("group", &MoneyTotalRow::group,
                      "The partner's key, the country code or the kind ('agreement:sister', 'program:conference', "
                      "'oda', 'envelope'); '' when not grouped or not known.")
        .def_readonly("stage", &MoneyTotalRow::stage)
        .def_readonly("currency", &MoneyTotalRow::currency)
        .def_readonly("amount", &MoneyTotalRow::amount)
        .def_readonly("lines", &MoneyTotalRow::lines, "Money lines summed.")
        .def_property_readonly(
            "converted_from", [](const MoneyTotalRow& r) { return codes_of(r.converted_from); },
            "The currencies converted into this row's by the given rates; [] when none was.")
        .def("__repr__", [](const MoneyTotalRow& r) {
            return "<MoneyTotalRow " + std::to_string(r.year) + (r.group.empty() ? "" : " " + r.group) + " " +
                   std::string(to_string(r.stage)) + ": " + py::repr(py::float_(r.amount)).cast<std::string>() + " " +
                   r.currency.str() + (r.converted_from.empty() ? "" : " (converted)") + ">";
        });
    bind_rows<MoneyTotalRow>(m, "MoneyTotals", "Money lines summed per (year, group, stage, currency).")
        .def(
            "to_frame", [](const Rows<MoneyTotalRow>& r) { return totals_frame(r.rows); },
            "The rows as a pandas.DataFrame (year, group, stage, currency, amount, lines, converted_from: the\n"
            "converted currencies joined by ';').");

    py::class_<EnvelopeRow>(m, "EnvelopeUseRow", "An envelope and the money planned and spent under it.")
        .def_property_readonly("envelope",
                               [](const EnvelopeRow& r) { return make_view<Envelope>(r.owner, r.u.envelope); })
        .def_property_readonly(
            "parent",
            [](const EnvelopeRow& r) -> std::optional<View<Envelope>> {
                if (!r.u.parent || !r.owner->contains(*r.u.parent)) return std::nullopt;
                return make_view<Envelope>(r.owner, *r.u.parent);
            },
            "The envelope it is part of, or None.")
        .def_property_readonly("year", [](const EnvelopeRow& r) { return r.u.year; })
        .def_property_readonly("currency", [](const EnvelopeRow& r) { return r.u.currency; })
        .def_property_readonly("amount", [](const EnvelopeRow& r) { return r.u.amount; })
        .def_property_readonly(
            "planned", [](const EnvelopeRow& r) { return r.u.planned; },
            "Planned lines charged to it or to an envelope below it.")
        .def_property_readonly(
            "actual", [](const EnvelopeRow& r) { return r.u.actual; },
            "Actual lines charged to it or to an envelope below it.")
        .def_property_readonly(
            "remaining", [](const EnvelopeRow& r) { return r.u.remaining(); },
            "The amount less what was spent; negative when overspent.")
        .def_property_readonly(
            "sub_envelopes", [](const EnvelopeRow& r) { return r.u.sub_envelopes; },
            "The amounts of its direct sub-envelopes in its currency.")
        .def_property_readonly(
            "unallocated", [](const EnvelopeRow& r) { return r.u.unallocated(); },
            "The amount not given to a sub-envelope.")
        .def_property_readonly(
            "lines", [](const EnvelopeRow& r) { return r.u.lines; }, "Money lines counted.")
        .def_property_readonly(
            "uncounted_lines", [](const EnvelopeRow& r) { return r.u.uncounted_lines; },
            "Lines charged to it that are in another currency without a rate, or name none.")
        .def_property_readonly(
            "converted_from", [](const EnvelopeRow& r) { return codes_of(r.u.converted_from); },
            "The currencies converted into the envelope's by the given rates; [] when none was.")
        .def("__repr__", [](const EnvelopeRow& r) {
            const auto key = envelope_key(*r.owner, r.u.envelope);
            return "<EnvelopeUseRow " + std::string(key.value_or("?")) + " " + std::to_string(r.u.year) + ": " +
                   py::repr(py::float_(r.u.actual)).cast<std::string>() + " of " +
                   py::repr(py::float_(r.u.amount)).cast<std::string>() +
                   (r.u.currency ? " " + r.u.currency->str() : std::string()) + " spent>";
        });
    bind_rows<EnvelopeRow>(m, "EnvelopeUse", "Each envelope with the money planned and spent under it.")
        .def(
            "to_frame", [](const Rows<EnvelopeRow>& r) { return envelope_frame(*r.owner, r.rows); },
            "The rows as a pandas.DataFrame (envelope, parent: keys; year, currency, amount, planned, actual,\n"
            "remaining, sub_envelopes, unallocated, lines, uncounted_lines, converted_from).");

    portfolio_class(m)
        .def(
            "money_totals",
            [](const PortfolioPtr& self, EnumArg<MoneyGrouping> by, std::optional<IntArg> year,
               std::optional<EnumArg<MoneyStage>> stage, std::optional<CurrencyCode> convert_to,
               std::optional<py::dict> rates) {
                MoneyFilter f;
                if (year) f.year = year->in<int>("year");
                if (stage) f.stage = stage->value;
                const std::optional<ExchangeRates> r = exchange_rates(convert_to, rates);
                std::vector<MoneyTotalRow> rows;
                {
                    const ReadingWithoutGil reading(*self);
                    rows = money_totals(*self, by.value, f, r ? &*r : nullptr);
                }
                return Rows<MoneyTotalRow>{self, std::move(rows)};
            },
            py::arg("by") = "year", py::kw_only(), py::arg("year") = py::none(), py::arg("stage") = py::none(),
            py::arg("convert_to") = py::none(), py::arg("rates") = py::none(),
            "Money lines summed per (year, group, stage, currency), `by` 'year', 'partner', 'country' or\n"
            "'kind'. Amounts of different currencies are never added, unless `convert_to` and `rates` are\n"
            "given ({'USD': 1131.5, ('USD', 2016): 1160.4}: units of convert_to per unit, for every year or\n"
            "one): then the currencies with a rate are converted, and each row lists those it converted.\n"
            "A program's money counts under each of its partners.")
        .def(
            "envelope_use",
            [](const PortfolioPtr& self, std::optional<IntArg> year, std::optional<CurrencyCode> convert_to,
               std::optional<py::dict> rates) {
                const std::optional<int> y = year ? std::optional<int>(year->in<int>("year")) : std::nullopt;
                const std::optional<ExchangeRates> r = exchange_rates(convert_to, rates);
                std::vector<EnvelopeUseRow> rows;
                {
                    const ReadingWithoutGil reading(*self);
                    rows = envelope_use(*self, y, r ? &*r : nullptr);
                }
                return Rows<EnvelopeRow>{self, wrap<EnvelopeRow>(self, std::move(rows))};
            },
            py::kw_only(), py::arg("year") = py::none(), py::arg("convert_to") = py::none(),
            py::arg("rates") = py::none(),
            "Each envelope (of `year`) with the money lines planned and spent under it or an envelope below\n"
            "it, in its currency; lines of another currency are converted only with rates into the envelope's\n"
            "currency (as for money_totals), else counted in uncounted_lines.");
}

}  // namespace paradiplomacy::python
