// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The generated table of country names beyond iso-codes' own (see
/// tools/generate_country_names.py): documented English variants and CLDR's Korean names.

#include <cstddef>
#include <string_view>

namespace paradiplomacy::detail {

struct CountryNameEntry {
    std::string_view name;
    std::string_view alpha2;
    std::string_view origin;  ///< "variant" (data/country-name-variants.csv) or "cldr-ko".
};

extern const CountryNameEntry country_name_entries[];
extern const std::size_t country_name_entry_count;

}  // namespace paradiplomacy::detail
