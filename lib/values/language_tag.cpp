// SPDX-License-Identifier: Apache-2.0
// BCP 47 well-formedness by ICU's language-tag parser, which implements RFC 5646's
// grammar (with its grandfathered and private-use forms) so that no grammar is kept here.

#include <paradiplomacy/values/language_tag.hpp>

#include <algorithm>
#include <unicode/locid.h>
#include <unicode/utypes.h>

namespace paradiplomacy {

bool well_formed_language_tag(std::string_view tag) noexcept {
    // ICU reads an empty tag as the root locale, and is not asked about text that no
    // subtag could contain (it would stop there and say so, but a NUL would end it early).
    if (tag.empty() || !std::all_of(tag.begin(), tag.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    // forLanguageTag fails with U_ILLEGAL_ARGUMENT_ERROR unless the whole tag parses.
    const icu::Locale locale =
        icu::Locale::forLanguageTag(icu::StringPiece(tag.data(), static_cast<int32_t>(tag.size())), status);
    return U_SUCCESS(status) && !locale.isBogus();
}

std::string_view primary_language_subtag(std::string_view tag) noexcept {
    const std::string_view first = tag.substr(0, tag.find('-'));
    if (first.size() < 2 || first.size() > 8) return {};
    if (!std::all_of(first.begin(), first.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }))
        return {};
    return first;
}

}  // namespace paradiplomacy
