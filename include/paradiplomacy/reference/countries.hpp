// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// ISO 3166-1 countries and ISO 3166-3 withdrawn country codes, generated at build
/// time from the iso-codes data (tools/generate_reference_tables.py).

#include <paradiplomacy/reference/code_status.hpp>
#include <paradiplomacy/values/country_code.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace paradiplomacy::reference {

struct Country {
    std::string_view alpha2;
    std::string_view alpha3;
    std::string_view numeric;
    std::string_view name;           ///< "Korea, Republic of"
    std::string_view official_name;  ///< May be empty.
    std::string_view common_name;    ///< "South Korea"; may be empty.
    std::uint16_t m49_subregion;     ///< UN M49 sub-region ("030" Eastern Asia), 0 if none.
    std::uint16_t m49_region;        ///< UN M49 region ("142" Asia), 0 if none.
    std::string_view korean_name;    ///< CLDR's Korean name ("대한민국"); may be empty.
};

struct WithdrawnCountry {
    std::string_view alpha2;
    std::string_view alpha3;
    std::string_view alpha4;  ///< ISO 3166-3 code of the withdrawal ("YUCS").
    std::string_view name;
    std::string_view withdrawal_date;  ///< "2003-07-23" or a year.
};

/// All current countries of ISO 3166-1, sorted by alpha-2.
[[nodiscard]] std::span<const Country> countries() noexcept;
/// All withdrawn alpha-2 codes not since reassigned, sorted by alpha-2.
[[nodiscard]] std::span<const WithdrawnCountry> withdrawn_countries() noexcept;

/// The country of an ISO 3166-1 code, or of a user-assigned code in common use that CLDR
/// places in the M49 tree: XK, Kosovo, which the European Commission, the IMF and IATI's
/// Country codelist use. countries() lists ISO 3166-1 alone, so names are not matched to XK.
[[nodiscard]] const Country* find_country(CountryCode code) noexcept;
[[nodiscard]] const Country* find_country_by_alpha3(std::string_view alpha3) noexcept;
[[nodiscard]] const WithdrawnCountry* find_withdrawn_country(CountryCode code) noexcept;
[[nodiscard]] CodeStatus country_status(CountryCode code) noexcept;

/// Where the tables were generated from (the iso-codes directory), for reports.
[[nodiscard]] std::string_view iso_codes_source() noexcept;

}  // namespace paradiplomacy::reference
