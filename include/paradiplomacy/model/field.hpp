// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// How a record kind describes its fields, once, for every format: the JSON reader and
/// writer, the JSON Schema, CSV import and export, the pandas frames, the Python
/// properties, `add_*` keywords and stubs all walk the same description.
///
/// A record kind `R` is described by specialising `Description<R>` next to the struct:
///
///     template <> struct Description<Agreement> {
///         static constexpr std::string_view name = "agreement";
///         static constexpr TableNames table{"agreements", "Agreement", "agreement", "agreements"};
///         static constexpr auto fields = std::tuple{
///             field(&Agreement::key, {.name = "id", .doc = "...", .required = true, .python = "key"}),
///             field(&Agreement::council_approved_on, {.name = "council_approved_on", .doc = "..."}),
///             inlined(&Agreement::provenance),
///         };
///     };
///
/// What a field is in each format follows from its C++ type (a `std::optional<PartialDate>`
/// is a date string in JSON and CSV, a datetime64 column with a precision column in a
/// frame, `PartialDate | None` in Python); the description adds only what the type cannot
/// say: the name, the docs line, whether files must give it, and the CSV header aliases.
/// A field equal to its default (an empty text, `false`, `nullopt`, an empty list) is
/// left out of JSON files and written as an empty CSV cell.
///
/// The project's own tables are used rather than Boost.Describe: Describe gives a member's
/// name and pointer, but every format here needs more (docs, aliases, requiredness, the
/// Python name), which would then live in a second table keyed by name.

#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace paradiplomacy {

/// What a description says of a field besides its member: named with designated
/// initializers in `field(&R::member, {.name = ..., .doc = ...})`.
struct FieldInfo {
    /// The name in files: the JSON member, the CSV column (a period gives NAME_start and
    /// NAME_end), and, unless `python` says otherwise, the Python attribute and keyword and
    /// the frame column.
    std::string_view name;
    /// One line for people: the format docs, the JSON Schema's description, the Python docstring.
    std::string_view doc;
    /// Files must give it (JSON: a required member; CSV: a required column).
    bool required = false;
    /// Other CSV headers that import accepts, '|'-separated, already folded (lower case,
    /// '_' for spaces). For a period, the aliases of its start column.
    std::string_view csv_aliases = {};
    /// For a period: the aliases of its end column.
    std::string_view csv_end_aliases = {};
    /// The Python attribute, keyword and frame column when it differs from `name` (the
    /// record's `id` is `key` in Python, where `id` is a builtin).
    std::string_view python = {};
    /// 0 for a column of its CSV table's first layout, n for one added in the table's n-th
    /// revision: export writes columns by revision, then in description order, so that
    /// sheets already in use keep their column positions.
    int csv_revision = 0;

    [[nodiscard]] constexpr std::string_view python_name() const noexcept { return python.empty() ? name : python; }
};

/// One field of record kind `Record`, of C++ type `Value`.
template <class Record, class Value>
struct Field : FieldInfo {
    Value Record::*member;

    using record_type = Record;
    using value_type = Value;

    [[nodiscard]] constexpr const Value& of(const Record& r) const noexcept { return r.*member; }
    [[nodiscard]] constexpr Value& of(Record& r) const noexcept { return r.*member; }
};

/// The field of `member`. A function rather than class template argument deduction from
/// designated initializers, which not every C++20 compiler has (Clang before 17).
template <class Record, class Value>
[[nodiscard]] constexpr Field<Record, Value> field(Value Record::*member, FieldInfo info) noexcept {
    return {info, member};
}

/// A struct member whose own described fields read as the record's (a record's
/// Provenance gives it `source`, `note` and `uncertain`).
template <class Record, class Part>
struct Inline {
    Part Record::*member;

    using record_type = Record;
    using part_type = Part;
};

/// The part at `member`, its fields read as the record's.
template <class Record, class Part>
[[nodiscard]] constexpr Inline<Record, Part> inlined(Part Record::*member) noexcept {
    return {member};
}

/// The names of a record kind's table, for a kind that has one in a Portfolio (not the
/// home government, not an inlined part): `static constexpr TableNames table{...}` in its
/// Description, beside `name` (how messages call one record: "partner", "ODA engagement").
struct TableNames {
    /// The JSON root member holding the table, and the CSV file's name without ".csv"
    /// ("partners", "oda").
    std::string_view file;
    /// The Python class of one record ("Partner").
    std::string_view python_class;
    /// One record in Python names: add_partner, PartnerId, PartnerTable ("partner").
    std::string_view python_one;
    /// The Python table property and its frame: Portfolio.partners, partners_frame() ("partners").
    std::string_view python_many;
    /// One line for people on what a record of the kind is: the Python class's docstring.
    std::string_view doc = {};
};

/// Specialised for each described record kind and inlined part, next to its struct.
template <class Record>
struct Description;

template <class Record>
concept Described = requires {
    Description<Record>::fields;
};

namespace detail {
template <class T>
struct is_inline : std::false_type {};
template <class R, class P>
struct is_inline<Inline<R, P>> : std::true_type {};
}  // namespace detail

/// Calls `f(field, path)` for every field of `Record` in description order, inlined parts
/// expanded in place. `path(record)` returns the struct that holds the field (the record,
/// or an inlined part of it), so that `field.of(path(record))` reaches the value.
template <Described Record, class F, class Path>
constexpr void for_each_field_via(F&& f, Path path) {
    std::apply(
        [&](const auto&... entries) {
            (
                [&](const auto& entry) {
                    using Entry = std::remove_cvref_t<decltype(entry)>;
                    if constexpr (detail::is_inline<Entry>::value) {
                        using Part = typename Entry::part_type;
                        const auto member = entry.member;
                        for_each_field_via<Part>(
                            f, [ path, member ](auto& record) -> auto& { return path(record).*member; });
                    } else {
                        f(entry, path);
                    }
                }(entries),
                ...);
        },
        Description<Record>::fields);
}

/// Calls `f(field, path)` for every field of `Record`; see for_each_field_via.
template <Described Record, class F>
constexpr void for_each_field(F&& f) {
    for_each_field_via<Record>(
        std::forward<F>(f), [](auto& record) -> auto& { return record; });
}

/// Calls `f(record_or_part, field)` for every field, with the struct that holds it: the
/// short form when the caller has a record in hand.
template <Described Record, class F>
constexpr void for_each_field_of(Record& record, F&& f) {
    for_each_field<std::remove_const_t<Record>>([&](const auto& field, auto path) { f(path(record), field); });
}
template <Described Record, class F>
constexpr void for_each_field_of(const Record& record, F&& f) {
    for_each_field<Record>([&](const auto& field, auto path) { f(path(record), field); });
}

/// How many fields `Record` has, inlined parts expanded.
template <Described Record>
[[nodiscard]] constexpr std::size_t field_count() {
    std::size_t n = 0;
    for_each_field<Record>([&](const auto&, auto) { ++n; });
    return n;
}

}  // namespace paradiplomacy
