// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Storage shared by the short code types: a few ASCII characters kept inline, so a
/// code costs no allocation and compares as fast as an integer.

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

namespace paradiplomacy::detail {

template <std::size_t Capacity>
class FixedCode {
public:
    constexpr FixedCode() noexcept = default;
    explicit FixedCode(std::string_view text) noexcept {
        const std::size_t n = std::min(text.size(), Capacity);
        std::copy_n(text.data(), n, chars_.begin());
    }
    [[nodiscard]] std::string_view view() const noexcept {
        const auto end = std::find(chars_.begin(), chars_.end(), '\0');
        return std::string_view(chars_.data(), static_cast<std::size_t>(end - chars_.begin()));
    }
    friend constexpr bool operator==(const FixedCode&, const FixedCode&) = default;
    friend constexpr auto operator<=>(const FixedCode&, const FixedCode&) = default;

private:
    std::array<char, Capacity> chars_{};
};

[[nodiscard]] constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

}  // namespace paradiplomacy::detail
