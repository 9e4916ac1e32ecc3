// SPDX-License-Identifier: Apache-2.0
// Results by period: one row per indicator period, with its indicator, its result and the
// program or engagement that achieved it, the target and actual as given and as numbers.

#include "bindings.hpp"
#include "frames.hpp"
#include "query_common.hpp"

#include <paradiplomacy/model/portfolio.hpp>

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy::python {
namespace {

/// One indicator period with its indicator and result, when the references resolve.
struct PeriodRow {
    const IndicatorPeriod* period;
    const Indicator* indicator;
    const Result* result;
};

double number_or_nan(std::string_view value) {
    return indicator_number(value).value_or(std::numeric_limits<double>::quiet_NaN());
}

/// Keeps the GIL, as the record frames do: it builds Python objects, and the GIL keeps
/// writers out (portfolio_access.hpp).
py::object result_periods_frame(const PortfolioPtr& self) {
    const Portfolio& p = *self;
    std::vector<PeriodRow> rows;
    rows.reserve(p.records<IndicatorPeriod>().size());
    for (const IndicatorPeriod& x : p.records<IndicatorPeriod>()) {
        if (!p.contains(x.indicator)) continue;  // validation reports it
        const Indicator& i = p.at(x.indicator);
        if (!p.contains(i.result)) continue;
        rows.push_back(PeriodRow{&x, &i, &p.at(i.result)});
    }
    const auto text = [&](TextId id) { return p.text(id); };
    const auto key_of = [&](const auto& id) -> std::optional<std::string_view> {
        if (!id || !p.contains(*id)) return std::nullopt;
        return p.text(p.at(*id).key);
    };
    Columns c;
    c.references("result", rows, [&](const PeriodRow& r) { return text(r.result->key); });
    c.strings("result_title", rows, [&](const PeriodRow& r) { return text(r.result->title); });
    c.enums<ResultType>("result_type", rows, [](const PeriodRow& r) { return std::optional(r.result->type); });
    c.references("program", rows, [&](const PeriodRow& r) { return key_of(r.result->program); });
    c.references("engagement", rows, [&](const PeriodRow& r) { return key_of(r.result->engagement); });
    c.references("indicator", rows, [&](const PeriodRow& r) { return text(r.indicator->key); });
    c.strings("indicator_title", rows, [&](const PeriodRow& r) { return text(r.indicator->title); });
    c.enums<IndicatorMeasure>("measure", rows, [](const PeriodRow& r) { return std::optional(r.indicator->measure); });
    c.bools("descending", rows, [](const PeriodRow& r) { return r.indicator->descending; });
    c.strings("period", rows, [&](const PeriodRow& r) { return text(r.period->key); });
    c.partial_dates("start", rows, [](const PeriodRow& r) { return r.period->start; });
    c.partial_dates("end", rows, [](const PeriodRow& r) { return r.period->end; });
    c.strings("target", rows, [&](const PeriodRow& r) { return text(r.period->target); });
    c.floats("target_number", rows, [&](const PeriodRow& r) { return number_or_nan(text(r.period->target)); });
    c.strings("actual", rows, [&](const PeriodRow& r) { return text(r.period->actual); });
    c.floats("actual_number", rows, [&](const PeriodRow& r) { return number_or_nan(text(r.period->actual)); });
    c.strings("baseline", rows, [&](const PeriodRow& r) { return text(r.indicator->baseline_value); });
    return c.frame();
}

}  // namespace

void define_result_queries(py::module_& m) {
    portfolio_class(m).def(
        "result_periods_frame", &result_periods_frame,
        "Results by period as a pandas.DataFrame: one row per indicator period, with its result\n"
        "(key, title, type), the program or engagement that achieved it, the indicator (key, title,\n"
        "measure, descending), the period's key, start and end, the target and actual as given and\n"
        "as numbers (target_number, actual_number: NaN where the text is no plain number), and the\n"
        "indicator's baseline. Periods whose indicator or result is not in the portfolio are left\n"
        "out (validation reports them). Needs pandas.");
}

}  // namespace paradiplomacy::python
