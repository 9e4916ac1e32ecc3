// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Names for the model's enums, as written in files, reports and the Python API.
/// Each enum E declares `enum_names(E)` returning its names in value order; then
/// `to_string(E)` and `enum_from_string<E>(text)` work for all of them alike.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace paradiplomacy {

template <class E>
[[nodiscard]] constexpr auto all_values() noexcept {
    constexpr auto names = enum_names(E{});
    std::array<E, names.size()> values{};
    for (std::size_t i = 0; i < names.size(); ++i) values[i] = static_cast<E>(i);
    return values;
}

template <class E, class = decltype(enum_names(E{}))>
[[nodiscard]] constexpr std::string_view to_string(E value) noexcept {
    constexpr auto names = enum_names(E{});
    const auto i = static_cast<std::size_t>(value);
    return i < names.size() ? names[i] : std::string_view("?");
}

/// The enum value named `text`, or nullopt.
template <class E>
[[nodiscard]] constexpr std::optional<E> enum_from_string(std::string_view text) noexcept {
    constexpr auto names = enum_names(E{});
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text) return static_cast<E>(i);
    return std::nullopt;
}

}  // namespace paradiplomacy
