// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An amount in one currency. Amounts of different currencies are never added: the
/// queries keep one total per currency.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/currency_code.hpp>

#include <cmath>
#include <cstdio>
#include <string>

namespace paradiplomacy {

class Money {
public:
    /// Throws InvalidValue for a non-finite amount.
    Money(double amount, CurrencyCode currency) : amount_(amount), currency_(currency) {
        if (!std::isfinite(amount)) throw InvalidValue("money: amount is not a finite number");
    }
    [[nodiscard]] double amount() const noexcept { return amount_; }
    [[nodiscard]] CurrencyCode currency() const noexcept { return currency_; }

    /// Throws InvalidValue when the currencies differ.
    [[nodiscard]] Money plus(const Money& other) const {
        if (other.currency_ != currency_)
            throw InvalidValue("money: cannot add " + other.currency_.str() + " to " + currency_.str());
        return Money(amount_ + other.amount_, currency_);
    }
    friend bool operator==(const Money&, const Money&) = default;

private:
    double amount_;
    CurrencyCode currency_;
};

/// An amount as people read it in messages and reports: at most four decimals, trailing
/// zeros dropped, no thousands separators ("900000000", "1250.5").
[[nodiscard]] inline std::string amount_text(double amount) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4f", amount);
    std::string out(buffer);
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    if (out == "-0") out = "0";
    return out;
}

}  // namespace paradiplomacy
