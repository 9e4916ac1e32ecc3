// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small text helpers shared by the spreadsheet and twin-town readers.

#include <string>
#include <string_view>

namespace paradiplomacy::detail {

/// `s` without leading and trailing spaces, tabs and line ends.
[[nodiscard]] inline std::string_view trim(std::string_view s) noexcept {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

/// ASCII letters lower-cased; other bytes (UTF-8 included) kept.
[[nodiscard]] inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// A record key made from a name: "St. Louis" -> "st-louis"; non-ASCII letters are
/// kept as they are, so Korean names stay readable.
[[nodiscard]] inline std::string slug(std::string_view name) {
    std::string out;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80)
            out.push_back(c);
        else if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (!out.empty() && out.back() != '-')
            out.push_back('-');
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("unnamed") : out;
}

}  // namespace paradiplomacy::detail
