// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// What a source says of an office's size on a date: "three teams and 20 persons" as of
/// 2017. An office has several such facts over time, each with its source, so that a
/// report can say what held on a day (query/office_on.hpp) and a reader can see where
/// each figure came from. A fact holds from its date until the next fact of its office.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/office.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

namespace paradiplomacy {

struct StaffingFactTag;
using StaffingFactId = Id<StaffingFactTag>;

struct StaffingFact {
    StaffingFactId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};         ///< Stable record id in files ("gg-dpd-2017").
    OfficeId office{0};
    /// The day, month or year the figures describe. Files must give it and Portfolio::add
    /// refuses a fact without it: an undated count cannot say what held on a day.
    std::optional<PartialDate> as_of;
    std::optional<std::uint32_t> teams;  ///< Number of teams, when the source gives it.
    std::optional<std::uint32_t> staff;  ///< Number of persons, when the source gives it.
    std::vector<TextId> team_names;      ///< The teams by name, when the source lists them.
    Provenance provenance;

    friend bool operator==(const StaffingFact&, const StaffingFact&) = default;
};

template <>
struct Description<StaffingFact> {
    static constexpr std::string_view name = "staffing fact";
    static constexpr TableNames table{"office_staffing", "StaffingFact", "staffing_fact", "staffing_facts",
                                      "What a source says of an office's teams and staff as of a date."};
    static constexpr auto fields = std::tuple{
        field(&StaffingFact::key, {.name = "id",
                                   .doc = "stable record id (\"gg-dpd-2017\")",
                                   .required = true,
                                   .csv_aliases = "key|fact_id",
                                   .python = "key"}),
        field(&StaffingFact::office,
              {.name = "office", .doc = "the office's id", .required = true, .csv_aliases = "office_id|부서"}),
        field(&StaffingFact::as_of, {.name = "as_of",
                                     .doc = "the date the figures describe (a year, month or day)",
                                     .required = true,
                                     .csv_aliases = "date|as_of_date|기준일"}),
        field(&StaffingFact::teams,
              {.name = "teams", .doc = "number of teams; absent: not given", .csv_aliases = "team_count|팀수"}),
        field(&StaffingFact::staff, {.name = "staff",
                                     .doc = "number of persons; absent: not given",
                                     .csv_aliases = "staff_count|persons|인원"}),
        field(&StaffingFact::team_names,
              {.name = "team_names", .doc = "the teams by name", .csv_aliases = "teams_named|팀명"}),
        inlined(&StaffingFact::provenance),
    };
};

}  // namespace paradiplomacy
