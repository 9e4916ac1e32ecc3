// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// ISO 639 language codes, generated at build time from the iso-codes data, for telling
/// whether the primary language subtag of a BCP 47 tag names a language.

#include <string_view>

namespace paradiplomacy::reference {

/// Is `code` an ISO 639 language code a BCP 47 primary language subtag can be: a two-letter
/// ISO 639-1 code ("ko"), a three-letter ISO 639-2/T, 639-3 or 639-5 code ("yue", "sgn"),
/// or one of ISO 639-2's codes reserved for local use (qaa-qtz)? Letters in either case.
/// ISO 639-2's bibliographic codes ("ger", "chi") are not BCP 47 subtags and do not count.
[[nodiscard]] bool is_iso639_language(std::string_view code) noexcept;

}  // namespace paradiplomacy::reference
