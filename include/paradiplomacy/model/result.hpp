// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// What an exchange program or an ODA engagement achieved, after IATI 2.03's `result`:
/// an output, outcome or impact with a title and description. What it is measured by
/// are its indicators (model/indicator.hpp), and their targets and actuals by period
/// (model/indicator_period.hpp), each a record of its own that names its owner, so that
/// every format holds them as flat tables.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct ResultTag;
using ResultId = Id<ResultTag>;

/// IATI ResultType codes 1, 2, 3 and 9, in that order.
enum class ResultType : std::uint8_t { output, outcome, impact, other };
constexpr auto enum_names(ResultType) noexcept {
    return std::array<std::string_view, 4>{"output", "outcome", "impact", "other"};
}

/// IATI @aggregation-status: whether the publisher says the data suit being summed
/// across activities. Three values rather than a bool, because IATI leaves it out more
/// often than it gives it, and an export gives back what was published.
enum class Aggregation : std::uint8_t { not_stated, suitable, not_suitable };
constexpr auto enum_names(Aggregation) noexcept {
    return std::array<std::string_view, 3>{"not_stated", "suitable", "not_suitable"};
}

struct Result {
    ResultId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};   ///< Stable record id in files ("mn-smart-class:result-1").
    TextId title{0};
    TextId description{0};
    ResultType type = ResultType::output;
    Aggregation aggregation_status = Aggregation::not_stated;
    /// What achieved it: exactly one of an exchange program and an ODA engagement
    /// (validation reports none and both).
    std::optional<ProgramId> program;
    std::optional<EngagementId> engagement;
    Provenance provenance;

    friend bool operator==(const Result&, const Result&) = default;
};

template <>
struct Description<Result> {
    static constexpr std::string_view name = "result";
    static constexpr TableNames table{"results", "Result", "result", "results",
                                      "What an exchange program or an ODA engagement achieved: an output, outcome or "
                                      "impact (after IATI result)."};
    static constexpr auto fields = std::tuple{
        field(&Result::key, {.name = "id",
                             .doc = "stable record id",
                             .required = true,
                             .csv_aliases = "key|result_id",
                             .python = "key"}),
        field(&Result::title, {.name = "title", .doc = "title", .csv_aliases = "name|성과|성과명"}),
        field(&Result::description,
              {.name = "description", .doc = "what was achieved, in words", .csv_aliases = "설명"}),
        field(&Result::type, {.name = "type",
                              .doc = "output, outcome, impact or other (IATI ResultType)",
                              .required = true,
                              .csv_aliases = "result_type|유형"}),
        field(&Result::aggregation_status,
              {.name = "aggregation_status",
               .doc = "not_stated, suitable or not_suitable: whether the data suit summing across activities",
               .csv_aliases = "aggregation"}),
        field(
            &Result::program,
            {.name = "program", .doc = "the id of the exchange program that achieved it", .csv_aliases = "program_id"}),
        field(&Result::engagement, {.name = "engagement",
                                    .doc = "the id of the ODA engagement that achieved it",
                                    .csv_aliases = "engagement_id|oda|oda_id"}),
        inlined(&Result::provenance),
    };
};

}  // namespace paradiplomacy
