// SPDX-License-Identifier: Apache-2.0
// Look-ups over the generated language tables: the countries' official languages (CLDR)
// and the ISO 639 codes (iso-codes). Both tables are sorted, so a look-up is a binary search.

#include "language_tables.hpp"

#include <paradiplomacy/reference/language_codes.hpp>
#include <paradiplomacy/reference/official_languages.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace paradiplomacy::reference {
namespace {

const std::vector<CountryLanguage>& country_language_table() {
    static const std::vector<CountryLanguage> table = [] {
        std::vector<CountryLanguage> out;
        out.reserve(detail::country_language_row_count);
        for (std::size_t i = 0; i < detail::country_language_row_count; ++i) {
            const detail::CountryLanguageRow& r = detail::country_language_rows[i];
            out.push_back(CountryLanguage{r.country, r.tag, r.status, r.population_percent});
        }
        return out;
    }();
    return table;
}

}  // namespace

std::span<const CountryLanguage> country_languages(CountryCode country) noexcept {
    const auto& table = country_language_table();
    const std::string_view code = country.view();
    const auto first = std::lower_bound(table.begin(), table.end(), code,
                                        [](const CountryLanguage& l, std::string_view c) { return l.country < c; });
    auto last = first;
    while (last != table.end() && last->country == code) ++last;
    return {first, last};
}

std::vector<std::string_view> official_languages(CountryCode country) {
    std::vector<std::string_view> out;
    for (const CountryLanguage& l : country_languages(country))
        if (l.status == LanguageStatus::official || l.status == LanguageStatus::de_facto_official) out.push_back(l.tag);
    return out;
}

bool is_iso639_language(std::string_view code) noexcept {
    if (code.size() != 2 && code.size() != 3) return false;
    std::array<char, 3> lower{};
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c >= 'A' && c <= 'Z')
            lower[i] = static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z')
            lower[i] = c;
        else
            return false;
    }
    const std::string_view key(lower.data(), code.size());
    // ISO 639-2 reserves qaa-qtz for local use; BCP 47 takes them as private-use languages.
    if (key.size() == 3 && key[0] == 'q' && key[1] >= 'a' && key[1] <= 't') return true;
    const auto* first = detail::iso639_code_rows;
    const auto* last = first + detail::iso639_code_row_count;
    return std::binary_search(first, last, key,
                              [](const auto& a, const auto& b) { return std::string_view(a) < std::string_view(b); });
}

}  // namespace paradiplomacy::reference
