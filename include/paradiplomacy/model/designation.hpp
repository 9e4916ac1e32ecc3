// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A partner's designation by the office for a while: one of its priority partners (Gyeonggi:
/// 9 countries and 19 regions), one of its strategic ODA countries (5 in 2015, 7 from 2016).
/// A partner can be designated, dropped and designated again: each spell is one record,
/// with the source that announced it. "Priority on 2017-12-31" is then a question with
/// certain and possible answers (query/designations.hpp), as every other dated one.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct DesignationTag;
using DesignationId = Id<DesignationTag>;

/// What the office designated a partner as.
enum class DesignationKind : std::uint8_t {
    priority,       ///< One of the office's priority partners.
    strategic_oda,  ///< One of its strategic ODA partner countries (a partner at any level names its country).
};
constexpr auto enum_names(DesignationKind) noexcept {
    return std::array<std::string_view, 2>{"priority", "strategic_oda"};
}

struct Designation {
    DesignationId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};        ///< Stable record id in files ("jp-kanagawa-priority-2017").
    PartnerId partner{0};
    DesignationKind kind = DesignationKind::priority;
    /// When the designation began. Absent: on a day the records do not give, so that on
    /// any day before the end it possibly held (a version-1 file's `priority: true`).
    std::optional<PartialDate> start;
    /// The last day it held. Absent: it still holds.
    std::optional<PartialDate> end;
    Provenance provenance;

    /// Whether the designation held on `day`: certainly, possibly (a partial or absent
    /// start or end leaves it open) or certainly not. Both ends count as held.
    [[nodiscard]] Truth held_on(Day day) const noexcept {
        const Truth started = start ? start->on_or_before(day) : Truth::unknown;
        const Truth not_ended = end ? end->on_or_after(day) : Truth::yes;
        return started && not_ended;
    }

    friend bool operator==(const Designation&, const Designation&) = default;
};

template <>
struct Description<Designation> {
    static constexpr std::string_view name = "designation";
    static constexpr TableNames table{"designations", "Designation", "designation", "designations",
                                      "A partner's designation for a while: priority partner or strategic ODA "
                                      "country."};
    static constexpr auto fields = std::tuple{
        field(&Designation::key, {.name = "id",
                                  .doc = "stable record id (\"jp-kanagawa-priority-2017\")",
                                  .required = true,
                                  .csv_aliases = "key|designation_id",
                                  .python = "key"}),
        field(&Designation::partner,
              {.name = "partner", .doc = "the partner designated", .required = true, .csv_aliases = "partner_id|지역"}),
        field(&Designation::kind, {.name = "kind",
                                   .doc = "priority partner or strategic ODA country",
                                   .required = true,
                                   .csv_aliases = "designation|type|구분"}),
        field(&Designation::start, {.name = "start",
                                    .doc = "when the designation began; absent: on a day the records do not give",
                                    .csv_aliases = "from|designated_on|지정일"}),
        field(&Designation::end,
              {.name = "end", .doc = "the last day it held; absent: it still holds", .csv_aliases = "until|to|해제일"}),
        inlined(&Designation::provenance),
    };
};

}  // namespace paradiplomacy
