// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Exchange rates a user gives, to see money of several currencies in one. The library
/// never looks a rate up and never guesses one: without rates, money queries answer per
/// currency; with them, they convert only the currencies given a rate and say which rows
/// hold converted money.

#include <paradiplomacy/values/currency_code.hpp>

#include <optional>
#include <vector>

namespace paradiplomacy {

class ExchangeRates {
public:
    /// Rates into `target` (the currency converted amounts are in).
    explicit ExchangeRates(CurrencyCode target) : target_(target) {}

    /// One unit of `from` is worth `per_unit` units of the target in `year`, or in every
    /// year without a rate of its own when `year` is nullopt. Throws InvalidValue for a
    /// rate that is not a finite number above 0, for `from` equal to the target, and for a
    /// second rate of the same currency and year.
    ExchangeRates& add(CurrencyCode from, double per_unit, std::optional<int> year = std::nullopt);

    [[nodiscard]] CurrencyCode target() const noexcept { return target_; }

    /// The rate of `from` in `year`: 1 for the target itself, the year's own rate, else the
    /// rate for every year, else nullopt (the money stays in its currency).
    [[nodiscard]] std::optional<double> rate(CurrencyCode from, int year) const noexcept;

    struct Rate {
        CurrencyCode from;
        std::optional<int> year;
        double per_unit = 1.0;
        friend bool operator==(const Rate&, const Rate&) = default;
    };
    /// The rates given, in the order given.
    [[nodiscard]] const std::vector<Rate>& rates() const noexcept { return rates_; }

private:
    CurrencyCode target_;
    std::vector<Rate> rates_;
};

}  // namespace paradiplomacy
