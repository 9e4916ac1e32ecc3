// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The members of each object of the portfolio format, in the order the writer emits
/// them, with the JSON type each takes. One table serves the reader (member look-up,
/// type errors) and the writer (names and order), so the two cannot disagree.

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace paradiplomacy::detail::json {

/// What a member's value must be.
enum class Kind : std::uint8_t {
    string,
    date,  ///< A string "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    boolean,
    uint,    ///< A non-negative integer.
    number,  ///< Any finite number.
    object,
    string_array,
    object_array,
};

/// The kinds of object in a document.
enum class Shape : std::uint8_t {
    root,
    home,
    municipality,
    partner,
    agreement,
    program,
    engagement,
    validity,
    region_share,
    sector_share,
    budget,
    country_share,
    supranational_share,
    transaction,
    organisation,
    participant,
    other_sector,
    other_identifier,
};

struct Member {
    std::string_view name;
    Kind kind;
    bool required = false;
    Shape element = Shape::root;  ///< For object and object_array members: the shape of the object(s).
};

// Indices into the tables below, named for the code that reads and writes them.
namespace root_m {
enum : std::uint8_t { schema, home, municipalities, partners, agreements, programs, oda };
}
namespace home_m {
enum : std::uint8_t { code, name_en, name_local };
}
namespace municipality_m {
enum : std::uint8_t { id, name_en, name_local };
}
namespace partner_m {
enum : std::uint8_t {
    id,
    level,
    country,
    region,
    name_en,
    name_local,
    wikidata,
    priority,
    strategic_oda,
    world_region,
    source,
    note,
    uncertain
};
}
namespace agreement_m {
enum : std::uint8_t {
    id,
    partner,
    signatory,
    kind,
    title,
    signed_on,
    proposed,
    validity,
    suspended_on,
    resumed_on,
    terminated_on,
    supersedes,
    council_approval,
    council_approved_on,
    fields,
    source,
    note,
    uncertain
};
}
namespace program_m {
enum : std::uint8_t {
    id,
    title,
    kind,
    direction,
    organiser,
    start,
    end,
    headcount,
    partners,
    agreement,
    source,
    note,
    uncertain
};
}
namespace engagement_m {
enum : std::uint8_t {
    id,
    iati_identifier,
    title,
    recipient,
    recipient_partner,
    recipient_countries,
    recipient_regions,
    regions,
    sectors,
    other_sectors,
    transaction_sectors,
    budgets,
    transactions,
    default_currency,
    planned_start,
    actual_start,
    planned_end,
    actual_end,
    status,
    reporting_org,
    participants,
    other_identifiers,
    implementers,
    programs,
    brand_project,
    source,
    note,
    uncertain
};
}
namespace period_m {
enum : std::uint8_t { start, end };
}
namespace share_m {
enum : std::uint8_t { code, percentage };
}
namespace budget_m {
enum : std::uint8_t { start, end, amount, currency, value_date, type, status };
}
namespace supranational_m {
enum : std::uint8_t { code, vocabulary, percentage };
}
namespace transaction_m {
enum : std::uint8_t { year, type, amount, currency, count };
}
/// An organisation's members; a participant has the same three first, then its own.
namespace organisation_m {
enum : std::uint8_t { ref, name, type, role, activity_id };
}
namespace other_sector_m {
enum : std::uint8_t { vocabulary, code, percentage };
}
namespace other_identifier_m {
enum : std::uint8_t { ref, type };
}

inline constexpr std::array<Member, 7> root_members{{
    {"schema", Kind::string, true},
    {"home", Kind::object, true, Shape::home},
    {"municipalities", Kind::object_array, false, Shape::municipality},
    {"partners", Kind::object_array, false, Shape::partner},
    {"agreements", Kind::object_array, false, Shape::agreement},
    {"programs", Kind::object_array, false, Shape::program},
    {"oda", Kind::object_array, false, Shape::engagement},
}};
inline constexpr std::array<Member, 3> home_members{{
    {"code", Kind::string, true},
    {"name_en", Kind::string},
    {"name_local", Kind::string},
}};
inline constexpr std::array<Member, 3> municipality_members{{
    {"id", Kind::string, true},
    {"name_en", Kind::string},
    {"name_local", Kind::string},
}};
inline constexpr std::array<Member, 13> partner_members{{
    {"id", Kind::string, true},
    {"level", Kind::string, true},
    {"country", Kind::string, true},
    {"region", Kind::string},
    {"name_en", Kind::string},
    {"name_local", Kind::string},
    {"wikidata", Kind::string},
    {"priority", Kind::boolean},
    {"strategic_oda", Kind::boolean},
    {"world_region", Kind::uint},
    {"source", Kind::string},
    {"note", Kind::string},
    {"uncertain", Kind::boolean},
}};
inline constexpr std::array<Member, 18> agreement_members{{
    {"id", Kind::string, true},
    {"partner", Kind::string, true},
    {"signatory", Kind::string},
    {"kind", Kind::string, true},
    {"title", Kind::string},
    {"signed_on", Kind::date},
    {"proposed", Kind::boolean},
    {"validity", Kind::object, false, Shape::validity},
    {"suspended_on", Kind::date},
    {"resumed_on", Kind::date},
    {"terminated_on", Kind::date},
    {"supersedes", Kind::string},
    {"council_approval", Kind::string},
    {"council_approved_on", Kind::date},
    {"fields", Kind::string_array},
    {"source", Kind::string},
    {"note", Kind::string},
    {"uncertain", Kind::boolean},
}};
inline constexpr std::array<Member, 13> program_members{{
    {"id", Kind::string, true},
    {"title", Kind::string},
    {"kind", Kind::string, true},
    {"direction", Kind::string, true},
    {"organiser", Kind::string},
    {"start", Kind::date},  // optional: an undated program has none
    {"end", Kind::date},
    {"headcount", Kind::uint},
    {"partners", Kind::string_array, true},
    {"agreement", Kind::string},
    {"source", Kind::string},
    {"note", Kind::string},
    {"uncertain", Kind::boolean},
}};
inline constexpr std::array<Member, 28> engagement_members{{
    {"id", Kind::string, true},
    {"iati_identifier", Kind::string},
    {"title", Kind::string},
    {"recipient", Kind::string, true},
    {"recipient_partner", Kind::string},
    {"recipient_countries", Kind::object_array, false, Shape::country_share},
    {"recipient_regions", Kind::object_array, false, Shape::supranational_share},
    {"regions", Kind::object_array, false, Shape::region_share},
    {"sectors", Kind::object_array, false, Shape::sector_share},
    {"other_sectors", Kind::object_array, false, Shape::other_sector},
    {"transaction_sectors", Kind::boolean},  // omitted when false
    {"budgets", Kind::object_array, false, Shape::budget},
    {"transactions", Kind::object_array, false, Shape::transaction},
    {"default_currency", Kind::string},
    {"planned_start", Kind::date},
    {"actual_start", Kind::date},
    {"planned_end", Kind::date},
    {"actual_end", Kind::date},
    {"status", Kind::string, true},
    {"reporting_org", Kind::object, false, Shape::organisation},
    {"participants", Kind::object_array, false, Shape::participant},
    {"other_identifiers", Kind::object_array, false, Shape::other_identifier},
    {"implementers", Kind::string_array},
    {"programs", Kind::string_array},
    {"brand_project", Kind::boolean},
    {"source", Kind::string},
    {"note", Kind::string},
    {"uncertain", Kind::boolean},
}};
inline constexpr std::array<Member, 2> period_members{{{"start", Kind::date, true}, {"end", Kind::date}}};
inline constexpr std::array<Member, 2> share_members{
    {{"code", Kind::string, true}, {"percentage", Kind::number, true}}};
inline constexpr std::array<Member, 7> budget_members{{
    {"start", Kind::date, true},
    {"end", Kind::date},
    {"amount", Kind::number, true},
    {"currency", Kind::string, true},
    {"value_date", Kind::date},
    {"type", Kind::string},    // omitted when "original"
    {"status", Kind::string},  // omitted when "indicative"
}};
inline constexpr std::array<Member, 3> supranational_members{{
    {"code", Kind::uint, true},
    {"vocabulary", Kind::string},  // omitted when "oecd_dac"
    {"percentage", Kind::number, true},
}};
inline constexpr std::array<Member, 5> transaction_members{{
    {"year", Kind::uint, true},
    {"type", Kind::string, true},
    {"amount", Kind::number, true},
    {"currency", Kind::string, true},
    {"count", Kind::uint},  // omitted when 0
}};
inline constexpr std::array<Member, 3> organisation_members{{
    {"ref", Kind::string},
    {"name", Kind::string},
    {"type", Kind::uint},
}};
inline constexpr std::array<Member, 5> participant_members{{
    {"ref", Kind::string},
    {"name", Kind::string},
    {"type", Kind::uint},
    {"role", Kind::string, true},
    {"activity_id", Kind::string},
}};
inline constexpr std::array<Member, 3> other_sector_members{{
    {"vocabulary", Kind::string, true},
    {"code", Kind::string, true},
    {"percentage", Kind::number},  // omitted when none was published
}};
inline constexpr std::array<Member, 2> other_identifier_members{{
    {"ref", Kind::string, true},
    {"type", Kind::string, true},
}};

[[nodiscard]] constexpr std::span<const Member> members_of(Shape shape) noexcept {
    switch (shape) {
        case Shape::root: return root_members;
        case Shape::home: return home_members;
        case Shape::municipality: return municipality_members;
        case Shape::partner: return partner_members;
        case Shape::agreement: return agreement_members;
        case Shape::program: return program_members;
        case Shape::engagement: return engagement_members;
        case Shape::validity: return period_members;
        case Shape::region_share: return share_members;
        case Shape::sector_share: return share_members;
        case Shape::budget: return budget_members;
        case Shape::country_share: return share_members;
        case Shape::supranational_share: return supranational_members;
        case Shape::transaction: return transaction_members;
        case Shape::organisation: return organisation_members;
        case Shape::participant: return participant_members;
        case Shape::other_sector: return other_sector_members;
        case Shape::other_identifier: return other_identifier_members;
    }
    return {};
}

/// The record kind's name in messages ("agreement"), empty for shapes that are not records.
[[nodiscard]] constexpr std::string_view record_name(Shape shape) noexcept {
    switch (shape) {
        case Shape::municipality: return "municipality";
        case Shape::partner: return "partner";
        case Shape::agreement: return "agreement";
        case Shape::program: return "program";
        case Shape::engagement: return "ODA engagement";
        default: return {};
    }
}

/// Largest values the format allows for the integer members.
inline constexpr std::uint64_t max_world_region = 999;
inline constexpr std::uint64_t max_headcount = 4294967295U;
inline constexpr std::uint64_t max_supranational_code = 999;  ///< OECD DAC and UN M49 codes have three digits.
inline constexpr std::uint64_t max_organisation_type = 99;    ///< IATI OrganisationType codes have two digits.
inline constexpr std::uint64_t max_transaction_count = 4294967295U;

}  // namespace paradiplomacy::detail::json
