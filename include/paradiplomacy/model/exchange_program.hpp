// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An exchange: a youth exchange, a civil-servant dispatch, a delegation, a policy
/// meeting, a conference, a training of foreign officials. Multilateral events name
/// several partners.
///
/// A program may instead serve the home government's own cities and counties (its
/// municipalities): the office's consulting, working-level training, manual, translation
/// and proofreading for them. Such a program names the municipalities it serves and may
/// name no foreign partner; every program names at least one of the two (Portfolio::add
/// refuses one that names neither).

#include <paradiplomacy/model/delegates.hpp>
#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/involvement.hpp>
#include <paradiplomacy/model/policy_task.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/compact_list.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy {

enum class ProgramKind : std::uint8_t {
    youth_exchange,
    civil_servant_dispatch,
    official_training,  ///< Training that invites foreign civil servants.
    delegation,
    policy_meeting,
    conference,
    cultural,
    sports,
    // Services of the office to its own municipalities.
    consulting,           ///< Working-level consulting on international exchange.
    staff_training,       ///< Training of the home government's and municipalities' own staff.
    publication,          ///< A manual, guide or newsletter for the municipalities.
    translation,          ///< Translating and proofreading documents for them.
    survey,               ///< A study of the municipalities' international exchange.
    information_sharing,  ///< Sharing partner data, contacts or interpreter lists.
    other,
};
constexpr auto enum_names(ProgramKind) noexcept {
    return std::array<std::string_view, 15>{"youth_exchange",
                                            "civil_servant_dispatch",
                                            "official_training",
                                            "delegation",
                                            "policy_meeting",
                                            "conference",
                                            "cultural",
                                            "sports",
                                            "consulting",
                                            "staff_training",
                                            "publication",
                                            "translation",
                                            "survey",
                                            "information_sharing",
                                            "other"};
}

enum class Direction : std::uint8_t { inbound, outbound, both };
constexpr auto enum_names(Direction) noexcept { return std::array<std::string_view, 3>{"inbound", "outbound", "both"}; }

struct ExchangeProgram {
    ProgramId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};
    TextId title{0};
    ProgramKind kind = ProgramKind::other;
    Direction direction = Direction::both;
    std::optional<MunicipalityId> organiser;  ///< nullopt: the home government.
    /// nullopt when the source does not date the program: it is then counted as
    /// undated, never under an invented year.
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
    std::optional<std::uint32_t> headcount;  ///< People exchanged, when known.
    CompactList<PartnerId> partners;         ///< One, or several for a multilateral event; none for a service.
    /// The home government's municipalities the program serves (a service to them); empty
    /// for an exchange with foreign partners only.
    CompactList<MunicipalityId> municipalities;
    std::optional<AgreementId> agreement;  ///< The agreement it runs under, if any.
    TextId leader{0};                      ///< Who led a delegation ("Vice-Governor Kim").
    CompactList<TextId> cities_visited;    ///< Where the delegation or participants went.
    /// The fields of a training, meeting or visit ("smart city", "water management"), one
    /// per item so that queries can select on them (ExchangeFilter::topic).
    CompactList<TextId> topics;
    CompactList<PolicyTaskId> policy_tasks;  ///< The office's policy tasks the program serves.
    CompactList<Involvement> organisations;  ///< Organisations that organise, host or carry it out, by role.
    CompactList<Delegates> members;          ///< Who took part, by role and number.
    Provenance provenance;

    friend bool operator==(const ExchangeProgram&, const ExchangeProgram&) = default;
};

template <>
struct Description<ExchangeProgram> {
    static constexpr std::string_view name = "program";
    static constexpr TableNames table{"programs", "ExchangeProgram", "program", "programs",
                                      "An exchange: youth exchange, dispatch, delegation, training..."};
    static constexpr auto fields = std::tuple{
        field(&ExchangeProgram::key, {.name = "id",
                                      .doc = "stable record id",
                                      .required = true,
                                      .csv_aliases = "key|program_id",
                                      .python = "key"}),
        field(&ExchangeProgram::title, {.name = "title", .doc = "title", .csv_aliases = "name|제목|사업명"}),
        field(&ExchangeProgram::kind,
              {.name = "kind", .doc = "the kind of exchange", .required = true, .csv_aliases = "type|유형"}),
        field(&ExchangeProgram::direction, {.name = "direction",
                                            .doc = "who travels: inbound, outbound or both",
                                            .required = true,
                                            .csv_aliases = "방향"}),
        field(&ExchangeProgram::organiser, {.name = "organiser",
                                            .doc = "the organising municipality's id; absent: the home government",
                                            .csv_aliases = "organizer|municipality|주관|주관기관"}),
        field(&ExchangeProgram::start, {.name = "start",
                                        .doc = "when it started; absent: undated (never a placeholder)",
                                        .csv_aliases = "start_date|from|시작일"}),
        field(&ExchangeProgram::end, {.name = "end", .doc = "when it ended", .csv_aliases = "end_date|to|종료일"}),
        field(&ExchangeProgram::headcount, {.name = "headcount",
                                            .doc = "people exchanged; 0 is a count, absent: unknown",
                                            .csv_aliases = "participants|people|인원"}),
        field(&ExchangeProgram::partners, {.name = "partners",
                                           .doc = "the foreign partners' ids; a program names at least one partner "
                                                  "or one municipality it serves",
                                           .csv_aliases = "partner|partner_ids|파트너"}),
        field(&ExchangeProgram::municipalities, {.name = "municipalities",
                                                 .doc = "the ids of the home government's municipalities it serves",
                                                 .csv_aliases = "served_municipalities|municipality_ids|대상시군",
                                                 .csv_revision = 2}),
        field(&ExchangeProgram::agreement,
              {.name = "agreement", .doc = "the id of the agreement it runs under", .csv_aliases = "agreement_id"}),
        field(&ExchangeProgram::leader, {.name = "leader",
                                         .doc = "who led the delegation or program",
                                         .csv_aliases = "head|head_of_delegation|단장|대표",
                                         .csv_revision = 1}),
        field(&ExchangeProgram::cities_visited, {.name = "cities_visited",
                                                 .doc = "the cities visited",
                                                 .csv_aliases = "cities|visited|방문지|방문도시",
                                                 .csv_revision = 1}),
        field(&ExchangeProgram::topics, {.name = "topics",
                                         .doc = "the fields of the training, meeting or visit (\"smart city\")",
                                         .csv_aliases = "topic|subjects|주제|분야",
                                         .csv_revision = 1}),
        field(&ExchangeProgram::policy_tasks, {.name = "policy_tasks",
                                               .doc = "the ids of the office's policy tasks it serves",
                                               .csv_aliases = "policy_task|tasks|과제",
                                               .csv_revision = 2}),
        field(&ExchangeProgram::organisations,
              {.name = "organisations",
               .doc = "organisations that organise, host or carry it out, each in a role",
               .csv_aliases = "organisation|involved_organisations|참여기관",
               .csv_revision = 3}),
        field(&ExchangeProgram::members, {.name = "members",
                                          .doc = "who took part, by role and number (\"official:3\")",
                                          .csv_aliases = "delegation|delegates|구성",
                                          .csv_revision = 3}),
        inlined(&ExchangeProgram::provenance),
    };
};

/// Whether a program is a service to the home government's municipalities only: it serves
/// at least one and names no foreign partner. The exchange queries leave such programs out.
[[nodiscard]] inline bool is_municipal_service(const ExchangeProgram& program) noexcept {
    return program.partners.empty() && !program.municipalities.empty();
}

/// The date a program counts as contact with its partners: its end when known, else its
/// start; nullopt for an undated program. Last-contact and dormant-tie queries use it.
[[nodiscard]] inline const std::optional<PartialDate>& contact_date(const ExchangeProgram& program) noexcept {
    return program.end ? program.end : program.start;
}

}  // namespace paradiplomacy
