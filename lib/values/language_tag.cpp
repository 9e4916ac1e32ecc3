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

namespace {

bool letters(std::string_view text) noexcept {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace

std::string_view script_subtag(std::string_view tag) noexcept {
    const std::string_view primary = primary_language_subtag(tag);
    if (primary.empty()) return {};
    std::string_view rest = tag.substr(primary.size());
    // After the language come up to three extlangs of three letters, then the script.
    while (!rest.empty() && rest.front() == '-') {
        rest.remove_prefix(1);
        const std::string_view subtag = rest.substr(0, rest.find('-'));
        if (subtag.size() == 4 && letters(subtag)) return subtag;
        if (subtag.size() != 3 || !letters(subtag)) return {};
        rest.remove_prefix(subtag.size());
    }
    return {};
}

bool language_serves(std::string_view offered, std::string_view needed) noexcept {
    const std::string_view a = primary_language_subtag(offered);
    const std::string_view b = primary_language_subtag(needed);
    if (a.empty() || !equal_ignoring_case(a, b)) return false;
    const std::string_view script_a = script_subtag(offered);
    const std::string_view script_b = script_subtag(needed);
    return script_a.empty() || script_b.empty() || equal_ignoring_case(script_a, script_b);
}

}  // namespace paradiplomacy
