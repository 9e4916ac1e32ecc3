// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The generated table of country names beyond iso-codes' own (see
/// tools/generate_country_names.py): documented English variants, CLDR's Korean names,
/// historical states' names and the letters whose accents name matching ignores.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace paradiplomacy::detail {

struct CountryNameEntry {
    std::string_view name;
    std::string_view alpha2;
    std::string_view origin;  ///< "variant" (data/country-name-variants.csv) or "cldr-ko".
};

extern const CountryNameEntry country_name_entries[];
extern const std::size_t country_name_entry_count;

/// data/historical-country-names.csv: states that no longer exist, as lists name them.
extern const std::string_view historical_country_names[];
extern const std::size_t historical_country_name_count;

/// A letter that is a base letter plus diacritics (U+00E9 é -> U+0065 e), from the
/// Unicode Character Database; sorted by `letter`.
struct AccentFold {
    std::uint32_t letter;
    std::uint32_t base;
};
extern const AccentFold accent_folds[];
extern const std::size_t accent_fold_count;

}  // namespace paradiplomacy::detail
