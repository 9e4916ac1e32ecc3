// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// What a result (model/result.hpp) is measured by, after IATI 2.03's `result/indicator`:
/// a title, how it is measured, which way is better, and the baseline it started from.
/// Its targets and actuals by period are IndicatorPeriod records (indicator_period.hpp).
///
/// Values stay the text that was given: IATI types them as strings, a qualitative
/// indicator holds words, and "1,200" or "85.0" come back as published. indicator_number
/// reads a text as a number where the measure asks for one.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/model/result.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct IndicatorTag;
using IndicatorId = Id<IndicatorTag>;

/// IATI IndicatorMeasure codes 1-5, in that order.
enum class IndicatorMeasure : std::uint8_t { unit, percentage, nominal, ordinal, qualitative };
constexpr auto enum_names(IndicatorMeasure) noexcept {
    return std::array<std::string_view, 5>{"unit", "percentage", "nominal", "ordinal", "qualitative"};
}

/// Whether values of `measure` are numbers (unit and percentage).
[[nodiscard]] constexpr bool numeric_measure(IndicatorMeasure measure) noexcept {
    return measure == IndicatorMeasure::unit || measure == IndicatorMeasure::percentage;
}

/// The number an indicator value gives: a decimal with an optional sign and fraction,
/// spaces around it ignored ("85", "-2.5", " 1200 "); nothing for an empty text, words
/// or a number with thousands separators ("1,200"), which cannot be read without
/// knowing the writer's convention.
[[nodiscard]] std::optional<double> indicator_number(std::string_view value) noexcept;

struct Indicator {
    IndicatorId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};      ///< Stable record id in files.
    ResultId result{0};
    TextId title{0};
    TextId description{0};
    IndicatorMeasure measure = IndicatorMeasure::unit;
    /// Lower values are better (IATI @ascending="0"). Kept as its opposite so that the
    /// common case, and IATI's default, is the default of every format.
    bool descending = false;
    Aggregation aggregation_status = Aggregation::not_stated;
    /// When the baseline was measured: the year IATI requires, or the day when given.
    std::optional<PartialDate> baseline_date;
    TextId baseline_value{0};
    TextId baseline_comment{0};
    Provenance provenance;

    friend bool operator==(const Indicator&, const Indicator&) = default;
};

template <>
struct Description<Indicator> {
    static constexpr std::string_view name = "indicator";
    static constexpr TableNames table{"indicators", "Indicator", "indicator", "indicators",
                                      "What a result is measured by, with its baseline (after IATI result/indicator)."};
    static constexpr auto fields = std::tuple{
        field(&Indicator::key, {.name = "id",
                                .doc = "stable record id",
                                .required = true,
                                .csv_aliases = "key|indicator_id",
                                .python = "key"}),
        field(&Indicator::result, {.name = "result",
                                   .doc = "the id of the result it measures",
                                   .required = true,
                                   .csv_aliases = "result_id"}),
        field(&Indicator::title, {.name = "title", .doc = "title", .csv_aliases = "name|지표|지표명"}),
        field(&Indicator::description, {.name = "description", .doc = "what it measures, in words"}),
        field(&Indicator::measure, {.name = "measure",
                                    .doc = "unit, percentage, nominal, ordinal or qualitative (IATI IndicatorMeasure)",
                                    .required = true,
                                    .csv_aliases = "indicator_measure|측정"}),
        field(&Indicator::descending, {.name = "descending", .doc = "lower values are better (IATI ascending=\"0\")"}),
        field(&Indicator::aggregation_status,
              {.name = "aggregation_status",
               .doc = "not_stated, suitable or not_suitable: whether the data suit summing across activities",
               .csv_aliases = "aggregation"}),
        field(&Indicator::baseline_date, {.name = "baseline_date",
                                          .doc = "when the baseline was measured: a year or a day",
                                          .csv_aliases = "baseline_year"}),
        field(&Indicator::baseline_value, {.name = "baseline_value",
                                           .doc = "the baseline, as given (a number, or words)",
                                           .csv_aliases = "baseline|기준값"}),
        field(&Indicator::baseline_comment, {.name = "baseline_comment", .doc = "a note on the baseline"}),
        inlined(&Indicator::provenance),
    };
};

}  // namespace paradiplomacy
