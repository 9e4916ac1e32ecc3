// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/currency_code.hpp>

#include <gtest/gtest.h>

#include <unordered_set>

using paradiplomacy::CurrencyCode;
using paradiplomacy::InvalidValue;

TEST(CurrencyCode, AcceptsThreeUpperCaseLetters) {
    EXPECT_EQ(CurrencyCode("KRW").view(), "KRW");
    EXPECT_EQ(CurrencyCode("USD").str(), "USD");
}

TEST(CurrencyCode, RefusesOtherForms) {
    for (const char* bad : {"", "KR", "KRWX", "krw", "KR1", "410", "US$"}) {
        EXPECT_FALSE(CurrencyCode::is_well_formed(bad)) << bad;
        EXPECT_THROW(CurrencyCode{bad}, InvalidValue) << bad;
    }
    try {
        CurrencyCode("won");
        ADD_FAILURE() << "no exception";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "currency code \"won\": expected three upper-case letters (ISO 4217)");
    }
}

TEST(CurrencyCode, ComparesAndHashesByText) {
    EXPECT_EQ(CurrencyCode("KRW"), CurrencyCode("KRW"));
    EXPECT_NE(CurrencyCode("KRW"), CurrencyCode("USD"));
    EXPECT_LT(CurrencyCode("KRW"), CurrencyCode("USD"));
    const std::unordered_set<CurrencyCode> set{CurrencyCode("KRW"), CurrencyCode("USD"), CurrencyCode("KRW")};
    EXPECT_EQ(set.size(), 2u);
}
