// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Quoting untrusted input in error messages without copying all of it: a hostile file
/// with a 100 MB cell must not produce a 100 MB message (SECURITY.md).

#include <cstddef>
#include <string>
#include <string_view>

namespace paradiplomacy::detail {

/// Texts up to this many bytes are quoted whole.
inline constexpr std::size_t excerpt_limit = 64;

/// `text` between `quote` marks when it has at most excerpt_limit bytes; otherwise its
/// first 40 bytes (never splitting a UTF-8 sequence), an ellipsis and the full size:
/// `"2222222222…" (104857600 bytes)`. An empty `quote` suits numbers.
[[nodiscard]] inline std::string quoted_excerpt(std::string_view text, std::string_view quote = "\"") {
    std::string out(quote);
    if (text.size() <= excerpt_limit) return out.append(text).append(quote);
    std::size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;  // a continuation byte
    return out.append(text.substr(0, cut)) + "\u2026" + std::string(quote) + " (" + std::to_string(text.size()) +
           " bytes)";
}

}  // namespace paradiplomacy::detail
