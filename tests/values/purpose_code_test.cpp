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
    EXPECT_FALSE(agriculture.is_sector_only());
    EXPECT_EQ(agriculture.iati_vocabulary(), 1);
}

TEST(PurposeCode, AcceptsThreeDigitSectorsAsVocabularyTwo) {
    const PurposeCode sector("311");
    EXPECT_TRUE(sector.is_sector_only());
    EXPECT_EQ(sector.iati_vocabulary(), 2);
    EXPECT_EQ(sector.sector(), "311");
    EXPECT_NE(sector, PurposeCode("31100"));
}

TEST(PurposeCode, RefusesOtherForms) {
    for (const char* bad : {"", "31", "3112", "311200", "3112A", "311 2", "-3112"}) {
        EXPECT_FALSE(PurposeCode::is_well_formed(bad)) << bad;
        EXPECT_THROW(PurposeCode{bad}, InvalidValue) << bad;
    }
    try {
        PurposeCode("3112");
        ADD_FAILURE() << "no exception";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(),
                     "purpose code \"3112\": expected five digits (OECD DAC CRS purpose code) or three (DAC sector)");
    }
}

TEST(PurposeCode, ComparesAndHashesByText) {
    EXPECT_EQ(PurposeCode("31120"), PurposeCode("31120"));
    EXPECT_NE(PurposeCode("31120"), PurposeCode("31130"));
    EXPECT_LT(PurposeCode("11330"), PurposeCode("31120"));
    const std::unordered_set<PurposeCode> set{PurposeCode("31120"), PurposeCode("31120")};
    EXPECT_EQ(set.size(), 1u);
}
