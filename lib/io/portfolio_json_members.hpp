// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The members of each object of the portfolio format, in the order the writer emits
/// them, with the JSON type each takes. One table serves the reader (member look-up,
/// type errors), the writer (names and order) and the schema and docs generator, so they
/// cannot disagree.
///
/// A record's members are its description's fields (model/field.hpp), their JSON kind
/// following from the field's C++ type (`JsonType`). The nested ODA parts (budgets,
/// transactions, shares, organisations, other sectors and identifiers) keep hand-written
/// tables: they are shaped after IATI elements and stable, and have no description.

#include <paradiplomacy/model/flat_fields.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/model/record_kinds.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

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

/// The kinds of object in a document. A record of RecordKinds' kind i is the shape
/// first_record + i (record_shape).
enum class Shape : std::uint8_t {
    root,
    home,
    period,
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
    involvement,
    delegates,
    first_record,
};

/// The shape of a record of kind `Record`.
template <RecordKind Record>
inline constexpr Shape record_shape = static_cast<Shape>(static_cast<std::size_t>(Shape::first_record) +
                                                         RecordKinds::index_of<Record>);

struct Member {
    std::string_view name;
    Kind kind;
    bool required = false;
    Shape element = Shape::root;  ///< For object and object_array members: the shape of the object(s).
    /// For a reference (an id, an optional id or a list of ids): the referenced record
    /// kind's name ("partner").
    std::string_view refers_to = {};
};

// Indices into the tables below, named for the code that reads and writes them.
/// The root's members: the schema, the home government, then one table per record kind
/// (root_table<Record>).
namespace root_m {
enum : std::uint8_t { schema, home, first_table };
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
/// An organisation's members; a version-1 participant has the same three first, then its own.
namespace organisation_m {
enum : std::uint8_t { ref, name, type, role, activity_id };
}
namespace other_sector_m {
enum : std::uint8_t { vocabulary, code, percentage };
}
namespace other_identifier_m {
enum : std::uint8_t { ref, type };
}
namespace involvement_m {
enum : std::uint8_t { organisation, role, activity_id };
}
namespace delegates_m {
enum : std::uint8_t { role, count };
}

inline constexpr auto root_members = [] {
    std::array<Member, root_m::first_table + RecordKinds::size> members{{
        {"schema", Kind::string, true},
        {"home", Kind::object, true, Shape::home},
    }};
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        members[root_m::first_table + RecordKinds::index_of<Record>] =
            Member{Description<Record>::table.file, Kind::object_array, false, record_shape<Record>};
    });
    return members;
}();

/// The member of the root that holds a record kind's table ("agreements").
template <RecordKind Record>
inline constexpr std::uint8_t root_table = root_m::first_table + RecordKinds::index_of<Record>;
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
/// A version-1 engagement's participant (IATI participating-org), read only from
/// version-1 documents: version 2 holds it as an organisation record and an involvement.
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
inline constexpr std::array<Member, 3> involvement_members{{
    {"organisation", Kind::string, true, Shape::root, "organisation"},
    {"role", Kind::string, true},
    {"activity_id", Kind::string},  // omitted when empty
}};
inline constexpr std::array<Member, 2> delegates_members{{
    {"role", Kind::string, true},
    {"count", Kind::uint, true},
}};

// --- record shapes, from the descriptions ---------------------------------------------

/// Every field of `Record`, inlined parts expanded, each bound to the way to reach it
/// (model/flat_fields.hpp), so that the reader can build a table of functions, one per member.
using paradiplomacy::flat_field_count;
using paradiplomacy::flat_fields;

/// The shape of each part a record holds in a list (or, for an organisation and a period,
/// as one object).
template <class Part>
struct PartShape;
template <>
struct PartShape<Period> : std::integral_constant<Shape, Shape::period> {};
template <>
struct PartShape<RegionShare> : std::integral_constant<Shape, Shape::region_share> {};
template <>
struct PartShape<SectorShare> : std::integral_constant<Shape, Shape::sector_share> {};
template <>
struct PartShape<Budget> : std::integral_constant<Shape, Shape::budget> {};
template <>
struct PartShape<CountryShare> : std::integral_constant<Shape, Shape::country_share> {};
template <>
struct PartShape<SupranationalShare> : std::integral_constant<Shape, Shape::supranational_share> {};
template <>
struct PartShape<TransactionTotal> : std::integral_constant<Shape, Shape::transaction> {};
template <>
struct PartShape<OrganisationRef> : std::integral_constant<Shape, Shape::organisation> {};
template <>
struct PartShape<OtherSector> : std::integral_constant<Shape, Shape::other_sector> {};
template <>
struct PartShape<OtherIdentifier> : std::integral_constant<Shape, Shape::other_identifier> {};
template <>
struct PartShape<Involvement> : std::integral_constant<Shape, Shape::involvement> {};
template <>
struct PartShape<Delegates> : std::integral_constant<Shape, Shape::delegates> {};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
/// A list field, whatever its container (values/compact_list.hpp).
template <class T>
using is_vector = is_list<T>;
template <class T>
struct is_reference : std::false_type {};
template <class Tag>
requires(!std::is_same_v<Tag, TextTag>) struct is_reference<Id<Tag>> : std::true_type {
};
/// A code kept as its text: ISO 3166-1 and -2, ISO 4217.
template <class T>
inline constexpr bool is_code =
    std::is_same_v<T, CountryCode> || std::is_same_v<T, SubdivisionCode> || std::is_same_v<T, CurrencyCode>;
template <class T>
concept Enumerated = std::is_enum_v<T> && requires {
    enum_names(T{});
};

/// What a field of C++ type V is in JSON. An optional is its value, left out when absent.
template <class V>
struct JsonType {
    static constexpr Kind kind = [] {
        if constexpr (std::is_same_v<V, TextId> || is_reference<V>::value || is_code<V> || Enumerated<V>)
            return Kind::string;
        else if constexpr (std::is_same_v<V, PartialDate>)
            return Kind::date;
        else if constexpr (std::is_same_v<V, bool>)
            return Kind::boolean;
        else if constexpr (std::is_integral_v<V> && std::is_unsigned_v<V>)
            return Kind::uint;
        else if constexpr (std::is_same_v<V, double>)
            return Kind::number;  // an amount of money
        else
            return Kind::object;  // a part: PartShape says which
    }();
    static constexpr Shape element = [] {
        if constexpr (kind == Kind::object)
            return PartShape<V>::value;
        else
            return Shape::root;
    }();
};
template <class V>
struct JsonType<std::optional<V>> : JsonType<V> {};
template <class V>
struct JsonType<CompactList<V>> : JsonType<std::vector<V>> {};
template <class V>
struct JsonType<std::vector<V>> {
    static_assert(JsonType<V>::kind == Kind::string || JsonType<V>::kind == Kind::object,
                  "a list holds strings or objects");
    static constexpr Kind kind = JsonType<V>::kind == Kind::string ? Kind::string_array : Kind::object_array;
    static constexpr Shape element = JsonType<V>::element;
};

/// The record kind a reference of type V names (void for other types).
template <class V>
struct ReferenceTarget {
    using type = void;
};
template <class Tag>
requires is_reference<Id<Tag>>::value struct ReferenceTarget<Id<Tag>> {
    using type = record_of_t<Tag>;
};
/// An involvement names an organisation record (and its role).
template <>
struct ReferenceTarget<Involvement> {
    using type = Organisation;
};
template <class V>
struct ReferenceTarget<std::optional<V>> : ReferenceTarget<V> {};
template <class V>
struct ReferenceTarget<std::vector<V>> : ReferenceTarget<V> {};
template <class V>
struct ReferenceTarget<CompactList<V>> : ReferenceTarget<V> {};

template <class V>
constexpr std::string_view refers_to() {
    using Target = typename ReferenceTarget<V>::type;
    if constexpr (std::is_void_v<Target>)
        return {};
    else
        return Description<Target>::name;
}

/// The members of a described record kind, one per field, in description order.
template <Described Record>
inline constexpr auto record_members = std::apply(
    [](const auto&... bound) {
        return std::array<Member, sizeof...(bound)>{
            Member{bound.field.name, JsonType<typename std::remove_cvref_t<decltype(bound)>::value_type>::kind,
                   bound.field.required, JsonType<typename std::remove_cvref_t<decltype(bound)>::value_type>::element,
                   refers_to<typename std::remove_cvref_t<decltype(bound)>::value_type>()}...};
    },
    flat_fields<Record>);

/// The members of a version-1 ODA engagement that version 2 holds as organisation
/// records and involvements (`organisations`): read from version-1 documents only
/// (portfolio_json_upgrade.hpp), after the described members.
inline constexpr std::array<Member, 2> oda_version_1_members{{
    {"participants", Kind::object_array, false, Shape::participant},
    {"implementers", Kind::string_array},
}};
/// An ODA engagement's members as the reader looks them up: the described ones, then
/// oda_version_1_members.
inline constexpr auto oda_read_members = [] {
    constexpr auto& described = record_members<OdaEngagement>;
    std::array<Member, described.size() + oda_version_1_members.size()> members{};
    for (std::size_t i = 0; i < described.size(); ++i) members[i] = described[i];
    for (std::size_t i = 0; i < oda_version_1_members.size(); ++i)
        members[described.size() + i] = oda_version_1_members[i];
    return members;
}();

static_assert(
    [] {
        bool fits = root_members.size() <= 64 && oda_read_members.size() <= 64;
        RecordKinds::for_each(
            [&]<class Record>(std::type_identity<Record>) { fits = fits && flat_field_count<Record> <= 64; });
        return fits;
    }(),
    "the reader keeps the members seen in a 64-bit mask");

/// The shape of a described record kind (the home government or one of RecordKinds).
template <class Record>
struct RecordShape : std::integral_constant<Shape, record_shape<Record>> {};
template <>
struct RecordShape<HomeGovernment> : std::integral_constant<Shape, Shape::home> {};

/// Calls `f(static_cast<Record*>(nullptr))` for the described record kind of `shape`: a
/// runtime shape to code templated on the record kind. Returns false for shapes that are
/// not described records (the root and the parts).
template <class F>
constexpr bool with_record_kind(Shape shape, F&& f) {
    if (shape == Shape::home) {
        f(static_cast<HomeGovernment*>(nullptr));
        return true;
    }
    if (shape < Shape::first_record) return false;
    return RecordKinds::visit(static_cast<std::size_t>(shape) - static_cast<std::size_t>(Shape::first_record),
                              [&]<class Record>(std::type_identity<Record>) { f(static_cast<Record*>(nullptr)); });
}

[[nodiscard]] constexpr std::span<const Member> members_of(Shape shape) noexcept {
    switch (shape) {
        case Shape::root: return root_members;
        case Shape::home: return record_members<HomeGovernment>;
        case Shape::period: return period_members;
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
        case Shape::involvement: return involvement_members;
        case Shape::delegates: return delegates_members;
        default: break;
    }
    if (shape == record_shape<OdaEngagement>) return oda_read_members;
    std::span<const Member> members;
    with_record_kind(shape, [&](auto* kind) { members = record_members<std::remove_pointer_t<decltype(kind)>>; });
    return members;
}

/// The record kind's name in messages ("agreement"), empty for shapes that are not
/// records of a table (the home government is the document's own).
[[nodiscard]] constexpr std::string_view record_name(Shape shape) noexcept {
    std::string_view name;
    if (shape != Shape::home)
        with_record_kind(shape, [&](auto* kind) { name = Description<std::remove_pointer_t<decltype(kind)>>::name; });
    return name;
}

/// How large an integer field may be, when less than its type allows, and the rule a
/// larger one breaks ("is not a UN M49 code (0-999)"); without a rule, a larger value
/// "is too large".
struct IntegerRange {
    std::uint64_t max;
    std::string_view rule = {};
};
template <auto Member>
inline constexpr std::optional<IntegerRange> integer_range = std::nullopt;
template <>
inline constexpr std::optional<IntegerRange> integer_range<&Partner::world_region> =
    IntegerRange{999, "is not a UN M49 code (0-999)"};
template <>
inline constexpr std::optional<IntegerRange> integer_range<&Organisation::iati_type> =
    IntegerRange{99, "is not an IATI organisation type (0-99)"};

/// Largest values the format allows for the integer members.
inline constexpr std::uint64_t max_supranational_code = 999;  ///< OECD DAC and UN M49 codes have three digits.
inline constexpr std::uint64_t max_organisation_type = 99;    ///< IATI OrganisationType codes have two digits.
inline constexpr std::uint64_t max_transaction_count = 4294967295U;
inline constexpr std::uint64_t max_delegate_count = 65535U;

}  // namespace paradiplomacy::detail::json
