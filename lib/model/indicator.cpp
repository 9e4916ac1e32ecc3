// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/indicator.hpp>

#include <cctype>
#include <charconv>
#include <cmath>

namespace paradiplomacy {

std::optional<double> indicator_number(std::string_view value) noexcept {
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) value.remove_prefix(1);
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) value.remove_suffix(1);
    if (!value.empty() && value.front() == '+') value.remove_prefix(1);
    if (value.empty()) return std::nullopt;
    double number = 0;
    // Fixed notation only: "1e3" and "inf" are not how people write indicator values.
    const auto [end, error] =
        std::from_chars(value.data(), value.data() + value.size(), number, std::chars_format::fixed);
    if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(number)) return std::nullopt;
    return number;
}

}  // namespace paradiplomacy
