// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A record kind's described fields as one constexpr tuple, inlined parts expanded in place:
/// the walk of for_each_field (model/field.hpp) in a form code can index at compile time
/// (`std::get<I>(flat_fields<R>)`), for the formats that build a table of functions, one
/// per field (the JSON reader and writer, the Python properties and keywords).

#include <paradiplomacy/model/field.hpp>

#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace paradiplomacy {

/// A field of `Record` held by `Holder`: the record itself (`part` is nullptr) or a part
/// inlined in it through `part` (a record's Provenance).
template <class Record, class Holder, class Value>
struct FlatField {
    Field<Holder, Value> field;
    Holder Record::*part = nullptr;

    using holder_type = Holder;
    using value_type = Value;

    [[nodiscard]] constexpr const Value& of(const Record& r) const noexcept {
        if constexpr (std::is_same_v<Holder, Record>)
            return r.*field.member;
        else
            return (r.*part).*field.member;
    }
    [[nodiscard]] constexpr Value& of(Record& r) const noexcept {
        if constexpr (std::is_same_v<Holder, Record>)
            return r.*field.member;
        else
            return (r.*part).*field.member;
    }
    /// The Python attribute, keyword and frame column.
    [[nodiscard]] constexpr std::string_view name() const noexcept { return field.python_name(); }
};

namespace detail {
template <class Record, class Holder, class Value>
constexpr auto flatten(const Field<Holder, Value>& f) {
    return std::tuple{FlatField<Record, Record, Value>{f}};
}
template <class Record, class Part>
constexpr auto flatten(const Inline<Record, Part>& in) {
    return std::apply(
        [&](const auto&... f) {
            return std::tuple{
                FlatField<Record, Part, typename std::remove_cvref_t<decltype(f)>::value_type>{f, in.member}...};
        },
        Description<Part>::fields);
}
}  // namespace detail

/// Every field of `Record` in description order, inlined parts expanded in place.
template <Described Record>
inline constexpr auto flat_fields = std::apply(
    [](const auto&... e) { return std::tuple_cat(detail::flatten<Record>(e)...); }, Description<Record>::fields);

/// How many fields flat_fields<Record> holds.
template <Described Record>
inline constexpr std::size_t flat_field_count = std::tuple_size_v<std::remove_cvref_t<decltype(flat_fields<Record>)>>;

}  // namespace paradiplomacy
