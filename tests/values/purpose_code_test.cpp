// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/purpose_code.hpp>

#include <gtest/gtest.h>

#include <unordered_set>

using paradiplomacy::InvalidValue;
using paradiplomacy::PurposeCode;

TEST(PurposeCode, AcceptsFiveDigitsAndKnowsItsSector) {
    const PurposeCode agriculture("31120");
    EXPECT_EQ(agriculture.view(), "31120");
    EXPECT_EQ(agriculture.sector(), "311");
    EXPECT_EQ(PurposeCode("11330").sector(), "113");
    EXPECT_EQ(PurposeCode("00000").str(), "00000");
}

TEST(PurposeCode, RefusesOtherForms) {
    for (const char* bad : {"", "311", "3112", "311200", "3112A", "311 2", "-3112"}) {
        EXPECT_FALSE(PurposeCode::is_well_formed(bad)) << bad;
        EXPECT_THROW(PurposeCode{bad}, InvalidValue) << bad;
    }
    try {
        PurposeCode("311");
        ADD_FAILURE() << "no exception";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "purpose code \"311\": expected five digits (OECD DAC CRS purpose code)");
    }
}

TEST(PurposeCode, ComparesAndHashesByText) {
    EXPECT_EQ(PurposeCode("31120"), PurposeCode("31120"));
    EXPECT_NE(PurposeCode("31120"), PurposeCode("31130"));
    EXPECT_LT(PurposeCode("11330"), PurposeCode("31120"));
    const std::unordered_set<PurposeCode> set{PurposeCode("31120"), PurposeCode("31120")};
    EXPECT_EQ(set.size(), 1u);
}
