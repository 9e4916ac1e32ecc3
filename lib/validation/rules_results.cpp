// SPDX-License-Identifier: Apache-2.0
// Rules on results, their indicators and indicator periods: each names a record that is
// there, a result belongs to one program or engagement, a period runs forward and is not
// given twice, and values of a counted measure (unit, percentage) are numbers.

#include "rule_run.hpp"

#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace paradiplomacy::detail {
namespace {

std::span<const Result> results(const RuleRun& run) { return run.portfolio.records<Result>(); }
std::span<const Indicator> indicators(const RuleRun& run) { return run.portfolio.records<Indicator>(); }
std::span<const IndicatorPeriod> periods(const RuleRun& run) { return run.portfolio.records<IndicatorPeriod>(); }

template <class Record, class Tag>
void check_reference(const RuleRun& run, const Record& r, Id<Tag> id, std::string_view field) {
    if (run.portfolio.contains(id)) return;
    const std::string_view what = Description<record_of_t<Tag>>::name;
    run.report(run.ref(r), std::string(field),
               std::string(what) + " #" + std::to_string(id.index()) +
                   " is not in this portfolio: add it or correct the reference");
}
template <class Record, class Tag>
void check_reference(const RuleRun& run, const Record& r, const std::optional<Id<Tag>>& id, std::string_view field) {
    if (id) check_reference(run, r, *id, field);
}

void ref_program(const RuleRun& run) {
    for (const Result& r : results(run)) check_reference(run, r, r.program, "program");
}
void ref_engagement(const RuleRun& run) {
    for (const Result& r : results(run)) check_reference(run, r, r.engagement, "engagement");
}
void ref_result(const RuleRun& run) {
    for (const Indicator& i : indicators(run)) check_reference(run, i, i.result, "result");
}
void ref_indicator(const RuleRun& run) {
    for (const IndicatorPeriod& p : periods(run)) check_reference(run, p, p.indicator, "indicator");
}

void owner_none(const RuleRun& run) {
    for (const Result& r : results(run))
        if (!r.program && !r.engagement)
            run.report(run.ref(r), "",
                       "the result belongs to nothing: name the exchange program or the ODA engagement that "
                       "achieved it");
}
void owner_both(const RuleRun& run) {
    for (const Result& r : results(run))
        if (r.program && r.engagement)
            run.report(run.ref(r), "",
                       "the result names both a program and an ODA engagement: a result belongs to one of them; "
                       "record it once for each");
}

void indicator_missing(const RuleRun& run) {
    std::vector<bool> measured(results(run).size(), false);
    for (const Indicator& i : indicators(run))
        if (run.portfolio.contains(i.result)) measured[i.result.index()] = true;
    for (const Result& r : results(run))
        if (!measured[r.id.index()])
            run.report(run.ref(r), "",
                       "the result has no indicator: say what it is measured by (IATI requires at least one, so "
                       "an engagement's result without one is not exported)");
}

/// The indicator of a period, or null when it names none in the portfolio.
const Indicator* indicator_of(const RuleRun& run, const IndicatorPeriod& p) {
    return run.portfolio.contains(p.indicator) ? &run.portfolio.at(p.indicator) : nullptr;
}

void baseline_not_number(const RuleRun& run) {
    for (const Indicator& i : indicators(run)) {
        const std::string_view value = run.portfolio.text(i.baseline_value);
        if (numeric_measure(i.measure) && !value.empty() && !indicator_number(value))
            run.report(run.ref(i), "baseline_value",
                       "baseline " + quoted_excerpt(value) + " is not a number, and the indicator's measure is " +
                           std::string(to_string(i.measure)) +
                           ": give digits (\"1200\", \"85.5\") or make the "
                           "measure qualitative");
    }
}

void value_not_number(const RuleRun& run) {
    for (const IndicatorPeriod& p : periods(run)) {
        const Indicator* i = indicator_of(run, p);
        if (i == nullptr || !numeric_measure(i->measure)) continue;
        for (const auto& [field, id] : {std::pair{"target", p.target}, std::pair{"actual", p.actual}}) {
            const std::string_view value = run.portfolio.text(id);
            if (!value.empty() && !indicator_number(value))
                run.report(run.ref(p), field,
                           std::string(field) + " " + quoted_excerpt(value) +
                               " is not a number, and the measure of indicator " + quoted_excerpt(run.key(i->key)) +
                               " is " + std::string(to_string(i->measure)) +
                               ": give digits (\"1200\", \"85.5\") or make the measure qualitative");
        }
    }
}

void percentage_range(const RuleRun& run) {
    for (const IndicatorPeriod& p : periods(run)) {
        const Indicator* i = indicator_of(run, p);
        if (i == nullptr || i->measure != IndicatorMeasure::percentage) continue;
        for (const auto& [field, id] : {std::pair{"target", p.target}, std::pair{"actual", p.actual}}) {
            const auto n = indicator_number(run.portfolio.text(id));
            if (n && (*n < 0.0 || *n > 100.0))
                run.report(run.ref(p), field,
                           std::string(field) + " " + quoted_excerpt(run.portfolio.text(id)) +
                               " is outside 0-100, and the indicator's measure is percentage: check whether it is a "
                               "count or a share");
        }
    }
}

void dates_reversed(const RuleRun& run) {
    for (const IndicatorPeriod& p : periods(run))
        if (p.start && p.end && certainly_before(*p.end, *p.start))
            run.report(run.ref(p), "end",
                       "the period ends (" + p.end->to_string() + ") before it starts (" + p.start->to_string() + ")");
}

void dates_missing(const RuleRun& run) {
    for (const IndicatorPeriod& p : periods(run))
        if (!p.start || !p.end)
            run.report(run.ref(p), !p.start ? "start" : "end",
                       std::string("the period has no ") + (!p.start ? "start" : "end") +
                           ": IATI needs both, so it is not exported");
}

void period_duplicate(const RuleRun& run) {
    // indicator, start, end -> the first period so given
    std::map<std::tuple<std::uint32_t, std::string, std::string>, const IndicatorPeriod*> seen;
    for (const IndicatorPeriod& p : periods(run)) {
        auto at = std::tuple(p.indicator.index(), p.start ? p.start->to_string() : std::string(),
                             p.end ? p.end->to_string() : std::string());
        const auto [it, inserted] = seen.emplace(std::move(at), &p);
        if (!inserted)
            run.report(run.ref(p), "",
                       "the indicator already has a period from " +
                           (p.start ? p.start->to_string() : std::string("?")) + " to " +
                           (p.end ? p.end->to_string() : std::string("?")) + " (" +
                           quoted_excerpt(run.key(it->second->key)) + "): give each period once");
    }
}

const RuleEntry entries[] = {
    RuleEntry{{"ref.result.program", Severity::error, EntityKind::result,
               "The exchange program of a result is in the portfolio."},
              ref_program},
    RuleEntry{{"ref.result.engagement", Severity::error, EntityKind::result,
               "The ODA engagement of a result is in the portfolio."},
              ref_engagement},
    RuleEntry{{"result.owner.none", Severity::error, EntityKind::result,
               "A result belongs to an exchange program or an ODA engagement."},
              owner_none},
    RuleEntry{{"result.owner.both", Severity::error, EntityKind::result,
               "A result belongs to one of program and ODA engagement, not both."},
              owner_both},
    RuleEntry{{"result.indicator.missing", Severity::warning, EntityKind::result,
               "A result has at least one indicator (IATI requires one)."},
              indicator_missing},
    RuleEntry{{"ref.indicator.result", Severity::error, EntityKind::indicator,
               "The result of an indicator is in the portfolio."},
              ref_result},
    RuleEntry{{"indicator.baseline.not_number", Severity::error, EntityKind::indicator,
               "The baseline of a unit or percentage indicator, when given, is a number."},
              baseline_not_number},
    RuleEntry{{"ref.indicator_period.indicator", Severity::error, EntityKind::indicator_period,
               "The indicator of an indicator period is in the portfolio."},
              ref_indicator},
    RuleEntry{{"indicator_period.dates.reversed", Severity::error, EntityKind::indicator_period,
               "An indicator period does not end before it starts."},
              dates_reversed},
    RuleEntry{{"indicator_period.dates.missing", Severity::warning, EntityKind::indicator_period,
               "An indicator period gives its start and its end (IATI requires both)."},
              dates_missing},
    RuleEntry{{"indicator_period.value.not_number", Severity::error, EntityKind::indicator_period,
               "The target and actual of a unit or percentage indicator, when given, are numbers."},
              value_not_number},
    RuleEntry{{"indicator_period.percentage.range", Severity::warning, EntityKind::indicator_period,
               "The target and actual of a percentage indicator are between 0 and 100."},
              percentage_range},
    RuleEntry{{"indicator_period.duplicate", Severity::warning, EntityKind::indicator_period,
               "An indicator has one period of the same start and end."},
              period_duplicate},
};

}  // namespace

std::span<const RuleEntry> result_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
