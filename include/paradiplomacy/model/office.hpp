// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The home government's office for international affairs: the body that keeps the
/// portfolio (Gyeonggi-do's Diplomatic Policy Department, formed in October 2014). Its
/// teams and staff change over time and are kept as dated facts (StaffingFact,
/// model/staffing_fact.hpp); its policy goals and their tasks are PolicyGoal and
/// PolicyTask records, which exchange programs and ODA engagements point to.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct OfficeTag;
using OfficeId = Id<OfficeTag>;

struct Office {
    OfficeId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};   ///< Stable record id in files ("gg-diplomatic-policy").
    TextId name_en{0};
    TextId name_local{0};                     ///< Local or Korean form (UTF-8).
    std::optional<PartialDate> formed_on;     ///< "2014-10"; absent when the source does not say.
    std::optional<PartialDate> dissolved_on;  ///< Absent while the office exists.
    Provenance provenance;

    friend bool operator==(const Office&, const Office&) = default;
};

template <>
struct Description<Office> {
    static constexpr std::string_view name = "office";
    static constexpr TableNames table{"offices", "Office", "office", "offices",
                                      "The home government's office for international affairs: its names and "
                                      "when it was formed."};
    static constexpr auto fields = std::tuple{
        field(&Office::key, {.name = "id",
                             .doc = "stable record id (\"gg-diplomatic-policy\")",
                             .required = true,
                             .csv_aliases = "key|office_id",
                             .python = "key"}),
        field(&Office::name_en, {.name = "name_en", .doc = "English name", .csv_aliases = "name|english_name|영문명"}),
        field(&Office::name_local, {.name = "name_local",
                                    .doc = "local or Korean name",
                                    .csv_aliases = "local_name|korean_name|국문명|부서명"}),
        field(&Office::formed_on,
              {.name = "formed_on", .doc = "when the office was formed", .csv_aliases = "formed|established|신설일"}),
        field(&Office::dissolved_on, {.name = "dissolved_on",
                                      .doc = "when the office was dissolved or merged away; absent while it exists",
                                      .csv_aliases = "dissolved|폐지일"}),
        inlined(&Office::provenance),
    };
};

}  // namespace paradiplomacy
