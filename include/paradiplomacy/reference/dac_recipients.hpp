// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The OECD DAC List of ODA Recipients: which countries and territories may receive
/// official development assistance in a reporting year, and in which income group.
/// Generated at build time from data/dac-recipients/ (tools/generate_dac_table.py).
/// Only the lists shipped there are known; a year no shipped list covers is answered
/// as such, never by carrying another year's list over.

#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace paradiplomacy::reference {

/// The list's columns: UN least developed countries, then the others by World Bank income.
enum class DacIncomeGroup : std::uint8_t { ldc, other_lic, lmic, umic };
constexpr auto enum_names(DacIncomeGroup) noexcept {
    return std::array<std::string_view, 4>{"LDC", "other LIC", "LMIC", "UMIC"};
}

/// One published list and the reporting years it is effective for.
struct DacList {
    int first_year;
    int last_year;
    std::string_view title;
    std::string_view source;  ///< Publisher and address.
    friend constexpr bool operator==(const DacList&, const DacList&) = default;
};

/// One country or territory on a list.
struct DacRecipient {
    std::string_view alpha2;  ///< ISO 3166-1 alpha-2, or a code the note explains ("XK").
    std::string_view name;    ///< As the DAC writes it.
    DacIncomeGroup income_group;
    int first_year;
    int last_year;
    std::string_view note;  ///< Why the entry needs a remark; often empty.
    friend constexpr bool operator==(const DacRecipient&, const DacRecipient&) = default;
};

enum class DacListingStatus : std::uint8_t { listed, not_listed, no_list_for_year };
constexpr auto enum_names(DacListingStatus) noexcept {
    return std::array<std::string_view, 3>{"listed", "not_listed", "no_list_for_year"};
}

/// The answer to "was this country on the DAC list for that year?".
struct DacListing {
    DacListingStatus status = DacListingStatus::no_list_for_year;
    /// The group, when listed.
    std::optional<DacIncomeGroup> income_group;
    /// The list consulted; nullptr when no shipped list covers the year.
    const DacList* list = nullptr;
    /// The entry, when listed.
    const DacRecipient* recipient = nullptr;
    friend bool operator==(const DacListing&, const DacListing&) = default;
};

/// Every shipped list, ordered by first year.
[[nodiscard]] std::span<const DacList> dac_lists() noexcept;
/// Every entry of every shipped list, ordered by code then first year.
[[nodiscard]] std::span<const DacRecipient> dac_recipients() noexcept;
/// The shipped list effective for reporting on `year`, or nullptr.
[[nodiscard]] const DacList* dac_list_for_year(int year) noexcept;
/// Whether `country` was on the DAC list for reporting on `year`.
[[nodiscard]] DacListing dac_listing(CountryCode country, int year) noexcept;

}  // namespace paradiplomacy::reference
