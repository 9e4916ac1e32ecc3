// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// ISO 4217 currencies, generated at build time from the iso-codes data.

#include <paradiplomacy/reference/code_status.hpp>
#include <paradiplomacy/values/currency_code.hpp>

#include <span>
#include <string_view>

namespace paradiplomacy::reference {

struct Currency {
    std::string_view alpha3;   ///< "KRW"
    std::string_view numeric;  ///< "410"
    std::string_view name;     ///< "Won"
};

[[nodiscard]] std::span<const Currency> currencies() noexcept;
[[nodiscard]] const Currency* find_currency(CurrencyCode code) noexcept;
/// current or unknown: the iso-codes data lists only currencies in use.
[[nodiscard]] CodeStatus currency_status(CurrencyCode code) noexcept;

}  // namespace paradiplomacy::reference
