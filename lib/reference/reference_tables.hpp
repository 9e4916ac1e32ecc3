// SPDX-License-Identifier: Apache-2.0
#pragma once
// Row types of the generated reference tables (reference_tables.cpp in the build tree).

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace paradiplomacy::reference::detail {

struct CountryRow {
    const char* alpha2;
    const char* alpha3;
    const char* numeric;
    const char* name;
    const char* official_name;
    const char* common_name;
    std::uint16_t m49_subregion;
    std::uint16_t m49_region;
    const char* korean_name;
};
struct WithdrawnCountryRow {
    const char* alpha2;
    const char* alpha3;
    const char* alpha4;
    const char* name;
    const char* withdrawal_date;
};
struct SubdivisionRow {
    const char* code;
    const char* name;
    const char* type;
    const char* parent;
    const char* korean_name;
};
struct CurrencyRow {
    const char* alpha3;
    const char* numeric;
    const char* name;
};
struct RegionRow {
    std::uint16_t m49;
    const char* name;
    std::uint16_t parent;
};

extern const CountryRow country_rows[];
extern const std::size_t country_row_count;
/// User-assigned ISO 3166-1 codes that CLDR places in the M49 tree (XK, Kosovo).
extern const CountryRow user_assigned_country_rows[];
extern const std::size_t user_assigned_country_row_count;
extern const WithdrawnCountryRow withdrawn_country_rows[];
extern const std::size_t withdrawn_country_row_count;
extern const SubdivisionRow subdivision_rows[];
extern const std::size_t subdivision_row_count;
extern const CurrencyRow currency_rows[];
extern const std::size_t currency_row_count;
extern const RegionRow region_rows[];
extern const std::size_t region_row_count;
extern const char* const iso_codes_source;

}  // namespace paradiplomacy::reference::detail
