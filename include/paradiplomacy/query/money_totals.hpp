// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How much was planned and spent, by year, partner, country or kind of program or
/// agreement?" over the money lines (model/money_line.hpp).
///
/// Totals are per currency: amounts of different currencies are never added, unless
/// ExchangeRates are given, and then only the currencies with a rate are converted into
/// the rates' target; each row says which currencies it converted. A line without a
/// currency is left out (validation reports it, rule money.currency.missing).
///
/// A program's money counts under each of its partners and their countries (a
/// multilateral conference under every one), so totals by partner or country can add up
/// to more than the total by year. A line of an ODA engagement counts under its recipient
/// partner and under each recipient country. Money that no partner or country is known
/// for is under the group "".

#include <paradiplomacy/model/money_line.hpp>
#include <paradiplomacy/query/exchange_rates.hpp>
#include <paradiplomacy/values/currency_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// What money_totals groups the lines by, beside year, stage and currency.
enum class MoneyGrouping : std::uint8_t {
    year,     ///< no further group: `group` is ""
    partner,  ///< the partner's key
    country,  ///< the partner's or recipient's ISO 3166-1 alpha-2
    kind,     ///< "agreement:sister", "program:youth_exchange", "oda" or "envelope"
};
constexpr auto enum_names(MoneyGrouping) noexcept {
    return std::array<std::string_view, 4>{"year", "partner", "country", "kind"};
}

struct MoneyFilter {
    std::optional<int> year;
    std::optional<MoneyStage> stage;
};

struct MoneyTotalRow {
    int year = 0;
    std::string group;  ///< See MoneyGrouping; "" when unknown or not grouped.
    MoneyStage stage = MoneyStage::planned;
    CurrencyCode currency{"XXX"};
    double amount = 0.0;
    std::size_t lines = 0;  ///< Lines summed.
    /// The currencies whose money was converted into `currency` by the given rates,
    /// ascending; empty when the row holds money of its own currency only.
    std::vector<CurrencyCode> converted_from;
    friend bool operator==(const MoneyTotalRow&, const MoneyTotalRow&) = default;
};

/// Rows per (year, group, stage, currency), sorted by those fields (planned before actual).
[[nodiscard]] std::vector<MoneyTotalRow> money_totals(const Portfolio& portfolio, MoneyGrouping by,
                                                      const MoneyFilter& filter = {},
                                                      const ExchangeRates* rates = nullptr);

}  // namespace paradiplomacy
