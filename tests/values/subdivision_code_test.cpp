// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/subdivision_code.hpp>

#include <gtest/gtest.h>

#include <unordered_set>

using paradiplomacy::CountryCode;
using paradiplomacy::InvalidValue;
using paradiplomacy::SubdivisionCode;

TEST(SubdivisionCode, AcceptsOneToThreeLettersOrDigitsAfterTheCountry) {
    for (const char* good : {"KR-41", "JP-14", "CN-LN", "FR-IDF", "AU-QLD", "CA-BC", "US-VA", "GB-A", "LV-001"}) {
        EXPECT_TRUE(SubdivisionCode::is_well_formed(good)) << good;
        EXPECT_EQ(SubdivisionCode(good).view(), good);
    }
}

TEST(SubdivisionCode, RefusesOtherForms) {
    for (const char* bad :
         {"", "KR", "KR-", "KR41", "kr-41", "KR-4a", "KR-4567", "KOR-41", "KR_41", "K1-41", "KR-4 "}) {
        EXPECT_FALSE(SubdivisionCode::is_well_formed(bad)) << bad;
        EXPECT_THROW(SubdivisionCode{bad}, InvalidValue) << bad;
    }
    try {
        SubdivisionCode("KR41");
        ADD_FAILURE() << "no exception";
    } catch (const InvalidValue& e) {
        EXPECT_NE(std::string(e.what()).find("\"KR41\""), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("ISO 3166-2"), std::string::npos) << e.what();
    }
}

TEST(SubdivisionCode, KnowsItsCountry) {
    EXPECT_EQ(SubdivisionCode("KR-41").country(), CountryCode("KR"));
    EXPECT_EQ(SubdivisionCode("FR-IDF").country(), CountryCode("FR"));
}

TEST(SubdivisionCode, ComparesAndHashesByText) {
    EXPECT_EQ(SubdivisionCode("KR-41"), SubdivisionCode("KR-41"));
    EXPECT_NE(SubdivisionCode("KR-41"), SubdivisionCode("KR-4"));
    EXPECT_LT(SubdivisionCode("CN-LN"), SubdivisionCode("JP-14"));
    const std::unordered_set<SubdivisionCode> set{SubdivisionCode("KR-41"), SubdivisionCode("KR-41"),
                                                  SubdivisionCode("KR-11")};
    EXPECT_EQ(set.size(), 2u);
}
