// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/money.hpp>

#include <gtest/gtest.h>

#include <limits>

using paradiplomacy::CurrencyCode;
using paradiplomacy::InvalidValue;
using paradiplomacy::Money;

TEST(Money, KeepsAmountAndCurrency) {
    const Money budget(900'000'000.0, CurrencyCode("KRW"));
    EXPECT_DOUBLE_EQ(budget.amount(), 900'000'000.0);
    EXPECT_EQ(budget.currency(), CurrencyCode("KRW"));
}

TEST(Money, RefusesNonFiniteAmounts) {
    EXPECT_THROW(Money(std::numeric_limits<double>::quiet_NaN(), CurrencyCode("USD")), InvalidValue);
    EXPECT_THROW(Money(std::numeric_limits<double>::infinity(), CurrencyCode("USD")), InvalidValue);
    EXPECT_THROW(Money(-std::numeric_limits<double>::infinity(), CurrencyCode("USD")), InvalidValue);
    EXPECT_NO_THROW(Money(-5.0, CurrencyCode("USD")));  // refunds and corrections are negative
}

TEST(Money, AddsOnlyTheSameCurrency) {
    const Money a(100.0, CurrencyCode("USD"));
    const Money b(25.5, CurrencyCode("USD"));
    const Money sum = a.plus(b);
    EXPECT_DOUBLE_EQ(sum.amount(), 125.5);
    EXPECT_EQ(sum.currency(), CurrencyCode("USD"));
    EXPECT_DOUBLE_EQ(a.amount(), 100.0);  // values are not changed by plus

    try {
        (void)a.plus(Money(1.0, CurrencyCode("KRW")));
        ADD_FAILURE() << "no exception";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "money: cannot add KRW to USD");
    }
}

TEST(Money, EqualityNeedsAmountAndCurrency) {
    EXPECT_EQ(Money(1.0, CurrencyCode("USD")), Money(1.0, CurrencyCode("USD")));
    EXPECT_NE(Money(1.0, CurrencyCode("USD")), Money(1.0, CurrencyCode("KRW")));
    EXPECT_NE(Money(1.0, CurrencyCode("USD")), Money(2.0, CurrencyCode("USD")));
}
