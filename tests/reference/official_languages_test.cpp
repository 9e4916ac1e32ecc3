// SPDX-License-Identifier: Apache-2.0
// The countries' official languages, generated from CLDR's territoryInfo, and the ISO 639
// codes, generated from iso-codes.
#include <paradiplomacy/reference/language_codes.hpp>
#include <paradiplomacy/reference/official_languages.hpp>
#include <paradiplomacy/values/language_tag.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace pd = paradiplomacy;
namespace ref = paradiplomacy::reference;
using pd::CountryCode;
using ref::LanguageStatus;
using Tags = std::vector<std::string_view>;

TEST(OfficialLanguages, OneLanguageCountries) {
    EXPECT_EQ(ref::official_languages(CountryCode("JP")), Tags{"ja"});
    EXPECT_EQ(ref::official_languages(CountryCode("KR")), Tags{"ko"});
    EXPECT_EQ(ref::official_languages(CountryCode("VN")), Tags{"vi"});
}

// CLDR writes zh_Hant; the table gives BCP 47.
TEST(OfficialLanguages, ScriptSubtagsInBcp47Form) {
    EXPECT_EQ(ref::official_languages(CountryCode("TW")), Tags{"zh-Hant"});
    EXPECT_EQ(ref::official_languages(CountryCode("HK")), (Tags{"zh-Hant", "en"}));
}

// The United States has no official language by law; CLDR marks English de facto official.
TEST(OfficialLanguages, DeFactoOfficialCounts) {
    EXPECT_EQ(ref::official_languages(CountryCode("US")), Tags{"en"});
    const auto us = ref::country_languages(CountryCode("US"));
    ASSERT_FALSE(us.empty());
    EXPECT_EQ(us.front().tag, "en");
    EXPECT_EQ(us.front().status, LanguageStatus::de_facto_official);
}

// Regional languages are listed with their status but are not the country's: CLDR does not
// say in which regions they are official.
TEST(OfficialLanguages, RegionalLanguagesAreListedNotOfficial) {
    const Tags cn = ref::official_languages(CountryCode("CN"));
    EXPECT_EQ(cn, Tags{"zh"});
    const auto all = ref::country_languages(CountryCode("CN"));
    const auto mongolian = std::find_if(all.begin(), all.end(), [](const auto& l) { return l.tag == "mn-Mong"; });
    ASSERT_NE(mongolian, all.end());
    EXPECT_EQ(mongolian->status, LanguageStatus::official_regional);
    EXPECT_EQ(mongolian->country, "CN");
}

TEST(OfficialLanguages, MostSpokenFirst) {
    const auto ch = ref::country_languages(CountryCode("CH"));
    ASSERT_GE(ch.size(), 4u);
    EXPECT_EQ(ch.front().tag, "de");
    EXPECT_DOUBLE_EQ(ch.front().population_percent, 73.0);
    for (std::size_t i = 1; i < ch.size(); ++i)
        EXPECT_GE(ch[i - 1].population_percent, ch[i].population_percent) << ch[i].tag;
    const Tags official = ref::official_languages(CountryCode("CH"));
    EXPECT_EQ(official.front(), "de");
    EXPECT_NE(std::find(official.begin(), official.end(), "fr"), official.end());
    EXPECT_NE(std::find(official.begin(), official.end(), "it"), official.end());
    EXPECT_EQ(std::find(official.begin(), official.end(), "rm"), official.end()) << "Romansh is regional";
}

TEST(OfficialLanguages, NoneForUninhabitedOrUnknownCodes) {
    EXPECT_TRUE(ref::official_languages(CountryCode("AQ")).empty());
    EXPECT_TRUE(ref::country_languages(CountryCode("ZZ")).empty());
    EXPECT_TRUE(ref::official_languages(CountryCode("QQ")).empty());
}

// Every row is a well-formed tag of a known language, so a change in how CLDR writes its
// ids shows here rather than in a partner's languages.
TEST(OfficialLanguages, EveryTagIsWellFormedAndItsLanguageKnown) {
    std::size_t rows = 0;
    for (const char a : std::string_view("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        for (const char b : std::string_view("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
            const char code[] = {a, b, '\0'};
            for (const ref::CountryLanguage& l : ref::country_languages(CountryCode(code))) {
                ++rows;
                EXPECT_EQ(l.country, code);
                EXPECT_TRUE(pd::well_formed_language_tag(l.tag)) << l.tag;
                EXPECT_TRUE(ref::is_iso639_language(pd::primary_language_subtag(l.tag))) << l.tag;
                // CLDR rounds small shares to 0 (Ukrainian in Serbia).
                EXPECT_TRUE(l.population_percent >= 0.0 && l.population_percent <= 100.0) << code << " " << l.tag;
            }
        }
    EXPECT_GT(rows, 400u) << "CLDR 41 gives 478 languages with an official status";
}

TEST(LanguageCodes, KnowsIso639Codes) {
    for (const char* code :
         {"ko", "en", "zh", "yue", "kor", "gsw", "sgn", "und", "mul", "KO", "Yue", "qaa", "qqq", "qtz", "qua"})
        EXPECT_TRUE(ref::is_iso639_language(code)) << code;
}

TEST(LanguageCodes, RefusesOtherText) {
    for (const char* code : {"", "k", "xx", "qza", "english", "ger", "chi", "k1", "ko-KR", "quz-"})
        EXPECT_FALSE(ref::is_iso639_language(code)) << code;
}
