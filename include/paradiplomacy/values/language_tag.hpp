// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// BCP 47 language tags (RFC 5646): "ko", "zh-Hant", "sr-Latn-RS", "en-US". Records keep
/// them as text; these functions say whether a text is one.

#include <string_view>

namespace paradiplomacy {

/// Is `tag` a well-formed BCP 47 language tag: RFC 5646's `Language-Tag` (a language
/// with optional extlang, script, region, variant, extension and private-use subtags,
/// a private-use tag "x-...", or a grandfathered tag), subtags joined by '-'? ICU's
/// parser decides (icu::Locale::forLanguageTag), rejecting a tag of which any part is
/// left unparsed. Well-formed says nothing of whether the subtags are registered: "qq-ZZ"
/// and even "english" (the grammar allows 5 to 8 letters for a language) are well-formed;
/// "en_US" (CLDR's and POSIX's separator), "", "ko,en" and "de-1901-1901" are not.
[[nodiscard]] bool well_formed_language_tag(std::string_view tag) noexcept;

/// The primary language subtag of a tag: its text before the first '-' when that is 2 to
/// 8 letters ("zh" of "zh-Hant"); empty for a private-use ("x-...") or an irregular
/// grandfathered tag ("i-klingon"), which start with a single letter. The case is the tag's.
[[nodiscard]] std::string_view primary_language_subtag(std::string_view tag) noexcept;

/// The script subtag of a tag: its first subtag of four letters after the primary language
/// ("Hant" of "zh-Hant-TW"); empty when it names none. The case is the tag's.
[[nodiscard]] std::string_view script_subtag(std::string_view tag) noexcept;

/// Can someone who works in `offered` serve where `needed` is spoken? Yes when the two name
/// the same primary language (compared without regard to case, as BCP 47 compares tags) and
/// do not name two different scripts: "zh" serves "zh-Hant" and "zh-Hant" serves "zh",
/// "pt-BR" serves "pt-PT", but "zh-Hans" does not serve "zh-Hant". No for a tag without a
/// primary language ("x-...").
[[nodiscard]] bool language_serves(std::string_view offered, std::string_view needed) noexcept;

}  // namespace paradiplomacy
