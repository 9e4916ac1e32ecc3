// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An indicator's target and actual for one period (IATI result/indicator/period), as
/// the text given: the Smart Class's "classes opened in 2019: target 10, actual 12".

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/indicator.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct IndicatorPeriodTag;
using IndicatorPeriodId = Id<IndicatorPeriodTag>;

struct IndicatorPeriod {
    IndicatorPeriodId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};            ///< Stable record id in files.
    IndicatorId indicator{0};
    /// The period; IATI needs both ends. Two dates rather than a Period, so that a
    /// period given ending before it starts is kept and reported by validation.
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    TextId target{0};  ///< The value aimed at, as given; empty when none was set.
    TextId target_comment{0};
    TextId actual{0};  ///< The value reached, as given; empty when not yet known.
    TextId actual_comment{0};
    Provenance provenance;

    friend bool operator==(const IndicatorPeriod&, const IndicatorPeriod&) = default;
};

template <>
struct Description<IndicatorPeriod> {
    static constexpr std::string_view name = "indicator period";
    static constexpr TableNames table{"indicator_periods", "IndicatorPeriod", "indicator_period", "indicator_periods",
                                      "An indicator's target and actual for one period (after IATI "
                                      "result/indicator/period)."};
    static constexpr auto fields = std::tuple{
        field(&IndicatorPeriod::key, {.name = "id",
                                      .doc = "stable record id",
                                      .required = true,
                                      .csv_aliases = "key|period_id",
                                      .python = "key"}),
        field(&IndicatorPeriod::indicator,
              {.name = "indicator", .doc = "the id of the indicator", .required = true, .csv_aliases = "indicator_id"}),
        field(&IndicatorPeriod::start,
              {.name = "start", .doc = "first day of the period", .csv_aliases = "period_start|시작"}),
        field(&IndicatorPeriod::end,
              {.name = "end", .doc = "last day of the period", .csv_aliases = "period_end|종료"}),
        field(&IndicatorPeriod::target,
              {.name = "target", .doc = "the value aimed at, as given (a number, or words)", .csv_aliases = "목표"}),
        field(&IndicatorPeriod::target_comment, {.name = "target_comment", .doc = "a note on the target"}),
        field(&IndicatorPeriod::actual,
              {.name = "actual", .doc = "the value reached, as given (a number, or words)", .csv_aliases = "실적"}),
        field(&IndicatorPeriod::actual_comment, {.name = "actual_comment", .doc = "a note on the actual"}),
        inlined(&IndicatorPeriod::provenance),
    };
};

}  // namespace paradiplomacy
