// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/country_code.hpp>

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

using paradiplomacy::CountryCode;
using paradiplomacy::InvalidValue;

TEST(CountryCode, AcceptsTwoUpperCaseLetters) {
    const CountryCode kr("KR");
    EXPECT_EQ(kr.view(), "KR");
    EXPECT_EQ(kr.str(), std::string("KR"));
    EXPECT_TRUE(CountryCode::is_well_formed("TW"));
}

TEST(CountryCode, RefusesOtherForms) {
    for (const char* bad : {"", "K", "kr", "Kr", "KOR", "K1", "CN-TW", " KR", "K-"}) {
        EXPECT_FALSE(CountryCode::is_well_formed(bad)) << bad;
        EXPECT_THROW(CountryCode{bad}, InvalidValue) << bad;
    }
}

TEST(CountryCode, MessageNamesTheTextAndTheStandard) {
    try {
        CountryCode("kr");
        ADD_FAILURE() << "no exception";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "country code \"kr\": expected two upper-case letters (ISO 3166-1 alpha-2)");
    }
}

TEST(CountryCode, ComparesAndHashesByText) {
    EXPECT_EQ(CountryCode("KR"), CountryCode("KR"));
    EXPECT_NE(CountryCode("KR"), CountryCode("KP"));
    EXPECT_LT(CountryCode("CN"), CountryCode("JP"));
    EXPECT_LT(CountryCode("JP"), CountryCode("KR"));
    const std::unordered_set<CountryCode> set{CountryCode("KR"), CountryCode("KR"), CountryCode("JP")};
    EXPECT_EQ(set.size(), 2u);
    EXPECT_EQ(std::hash<CountryCode>{}(CountryCode("KR")), std::hash<CountryCode>{}(CountryCode("KR")));
}
