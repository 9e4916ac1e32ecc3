// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The office's pool of interpreters and translators (Gyeonggi keeps "a pool of 152
/// interpreters and translators", shared with its cities and counties). One record is one
/// person of the pool, named or not, or, with `count`, several people of the same
/// languages, kind and level recorded as one aggregate: a source that gives only "12
/// Chinese interpreters" is recorded as it is, without inventing names.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

namespace paradiplomacy {

struct LinguistTag;
using LinguistId = Id<LinguistTag>;

/// What the people of a pool record do: interpret (speech), translate (text), or both.
enum class LinguistKind : std::uint8_t { interpreter, translator, both };
constexpr auto enum_names(LinguistKind) noexcept {
    return std::array<std::string_view, 3>{"interpreter", "translator", "both"};
}

/// How demanding a task the people of a pool record can take on.
enum class LinguistLevel : std::uint8_t {
    unspecified,   ///< The source does not say.
    general,       ///< Visits, guided tours, everyday correspondence.
    professional,  ///< Working meetings, agreements and plans, official letters.
    conference,    ///< Simultaneous or consecutive interpreting at conferences and signings.
};
constexpr auto enum_names(LinguistLevel) noexcept {
    return std::array<std::string_view, 4>{"unspecified", "general", "professional", "conference"};
}

/// One person of the interpreter and translator pool, or `count` people alike.
struct Linguist {
    LinguistId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};     ///< Stable record id in files ("pool-zh-01").
    TextId name{0};    ///< The person's name; empty for an unnamed person or an aggregate.
    /// How many people the record stands for; nullopt: one person.
    std::optional<std::uint32_t> count;
    LinguistKind kind = LinguistKind::both;
    LinguistLevel level = LinguistLevel::unspecified;
    /// The languages they work in besides the home language, BCP 47 tags ("zh", "ja",
    /// "pt-BR"); at least one.
    std::vector<TextId> languages;
    /// From when they are available; nullopt: since before any date a query asks about.
    std::optional<PartialDate> available_from;
    /// Until when they are available (the last day); nullopt: without end.
    std::optional<PartialDate> available_until;
    /// Whether the cities and counties of the province may call on them too.
    bool shared_with_municipalities = false;
    Provenance provenance;

    friend bool operator==(const Linguist&, const Linguist&) = default;
};

/// How many people a pool record stands for: its count, or one.
[[nodiscard]] constexpr std::uint32_t people(const Linguist& linguist) noexcept {
    return linguist.count ? *linguist.count : 1U;
}

template <>
struct Description<Linguist> {
    static constexpr std::string_view name = "linguist";
    static constexpr TableNames table{"linguists", "Linguist", "linguist", "linguists",
                                      "An interpreter or translator of the office's pool, or a count of them."};
    static constexpr auto fields = std::tuple{
        field(&Linguist::key, {.name = "id",
                               .doc = "stable record id (\"pool-zh-01\")",
                               .required = true,
                               .csv_aliases = "key|linguist_id",
                               .python = "key"}),
        field(&Linguist::name, {.name = "name",
                                .doc = "the person's name; absent for an unnamed person or a count",
                                .csv_aliases = "person|이름|성명"}),
        field(&Linguist::count, {.name = "count",
                                 .doc = "how many people the record stands for; absent: one",
                                 .csv_aliases = "people|number|인원"}),
        field(&Linguist::kind, {.name = "kind",
                                .doc = "interpreter, translator or both",
                                .required = true,
                                .csv_aliases = "type|role|구분"}),
        field(
            &Linguist::level,
            {.name = "level", .doc = "general, professional, conference, or unspecified", .csv_aliases = "grade|등급"}),
        field(&Linguist::languages, {.name = "languages",
                                     .doc = "the languages they work in, BCP 47 tags (\"zh\", \"pt-BR\")",
                                     .required = true,
                                     .csv_aliases = "language|언어"}),
        field(&Linguist::available_from, {.name = "available_from",
                                          .doc = "first day available; absent: since any date asked about",
                                          .csv_aliases = "from|start|시작일"}),
        field(&Linguist::available_until, {.name = "available_until",
                                           .doc = "last day available; absent: without end",
                                           .csv_aliases = "until|end|종료일"}),
        field(&Linguist::shared_with_municipalities, {.name = "shared_with_municipalities",
                                                      .doc = "the cities and counties may call on them too",
                                                      .csv_aliases = "shared|시군공유"}),
        inlined(&Linguist::provenance),
    };
};

}  // namespace paradiplomacy
