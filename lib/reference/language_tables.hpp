// SPDX-License-Identifier: Apache-2.0
#pragma once
// Row types of the generated language tables (reference_tables.cpp in the build tree):
// the countries' official languages from CLDR and the ISO 639 codes from iso-codes.

#include <paradiplomacy/reference/official_languages.hpp>

#include <cstddef>
#include <iterator>

namespace paradiplomacy::reference::detail {

struct CountryLanguageRow {
    const char* country;
    const char* tag;  ///< BCP 47.
    LanguageStatus status;
    double population_percent;
};

/// Sorted by country, then most spoken first.
extern const CountryLanguageRow country_language_rows[];
extern const std::size_t country_language_row_count;
/// Two- and three-letter ISO 639 codes in lower case, sorted.
extern const char* const iso639_code_rows[];
extern const std::size_t iso639_code_row_count;

}  // namespace paradiplomacy::reference::detail
