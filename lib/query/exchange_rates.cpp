// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/query/exchange_rates.hpp>
#include <paradiplomacy/values/money.hpp>

#include <cmath>
#include <string>

namespace paradiplomacy {

ExchangeRates& ExchangeRates::add(CurrencyCode from, double per_unit, std::optional<int> year) {
    const std::string which = from.str() + (year ? " in " + std::to_string(*year) : std::string());
    if (!std::isfinite(per_unit) || per_unit <= 0.0)
        throw InvalidValue("exchange rate of " + which + ": " + amount_text(per_unit) +
                           " is not a number above 0 (units of " + target_.str() + " per " + from.str() + ")");
    if (from == target_)
        throw InvalidValue("exchange rate of " + which + ": " + from.str() +
                           " is the target currency, whose rate is 1");
    for (const Rate& r : rates_)
        if (r.from == from && r.year == year)
            throw InvalidValue("exchange rate of " + which + " is given twice (" + amount_text(r.per_unit) + " and " +
                               amount_text(per_unit) + ")");
    rates_.push_back(Rate{from, year, per_unit});
    return *this;
}

std::optional<double> ExchangeRates::rate(CurrencyCode from, int year) const noexcept {
    if (from == target_) return 1.0;
    std::optional<double> any_year;
    for (const Rate& r : rates_) {
        if (r.from != from) continue;
        if (r.year == year) return r.per_unit;
        if (!r.year) any_year = r.per_unit;
    }
    return any_year;
}

}  // namespace paradiplomacy
