// SPDX-License-Identifier: Apache-2.0
// BCP 47 well-formedness (RFC 5646's Language-Tag, checked by ICU) and the primary
// language subtag.
#include <paradiplomacy/values/language_tag.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

using paradiplomacy::primary_language_subtag;
using paradiplomacy::well_formed_language_tag;

TEST(LanguageTag, AcceptsTheFormsOfRfc5646) {
    for (const char* good : {
             "ko",                  // language
             "yue",                 // three-letter language
             "zh-Hant",             // script
             "zh-Hant-HK",          // script and region
             "es-419",              // UN M49 region
             "sr-Latn-RS",          // script and region
             "de-CH-1901",          // variant
             "sl-rozaj-biske",      // two variants
             "zh-yue-HK",           // extended language
             "en-US-u-ca-gregory",  // extension
             "de-CH-x-phonebk",     // private use after a tag
             "x-whatever",          // private use alone
             "i-klingon",           // irregular grandfathered
             "art-lojban",          // regular grandfathered
             "ZH-hant-hk",          // case does not matter
             "qaa",                 // local use
             "qq-ZZ",               // well-formed, though not registered
             "english",             // 5-8 letters are a language subtag by the grammar
         })
        EXPECT_TRUE(well_formed_language_tag(good)) << good;
}

TEST(LanguageTag, RefusesWhatIsNotATag) {
    for (const char* bad : {
             "",               // empty
             "en_US",          // CLDR's and POSIX's separator
             "e",              // one letter
             "ko-",            // empty subtag
             "-ko",            // empty subtag
             "ko--KR",         // empty subtag
             "en-US ",         // space
             " en",            // space
             "ko,en",          // a list
             "zh-Hant-HK-HK",  // a second region is no variant
             "en-a",           // an extension without subtags
             "en-x",           // private use without subtags
             "abcdefghi",      // nine letters
             "12",             // digits
             "de-1901-1901",   // a variant twice
             "한국어",         // not ASCII
         })
        EXPECT_FALSE(well_formed_language_tag(bad)) << bad;
}

TEST(LanguageTag, RefusesATagWithANulInside) { EXPECT_FALSE(well_formed_language_tag(std::string_view("ko\0-KR", 6))); }

TEST(LanguageTag, PrimaryLanguageSubtag) {
    EXPECT_EQ(primary_language_subtag("zh-Hant-HK"), "zh");
    EXPECT_EQ(primary_language_subtag("yue"), "yue");
    EXPECT_EQ(primary_language_subtag("ZH-Hant"), "ZH");
    EXPECT_EQ(primary_language_subtag("x-whatever"), "");
    EXPECT_EQ(primary_language_subtag("i-klingon"), "");
    EXPECT_EQ(primary_language_subtag(""), "");
    EXPECT_EQ(primary_language_subtag("12-KR"), "");
}
