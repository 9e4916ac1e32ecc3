// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/partner_languages.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pd = paradiplomacy;
using pd::LanguageSource;
using Tags = std::vector<std::string>;

namespace {

TEST(PartnerLanguages, WithoutOwnLanguagesTheCountrysFromCldr) {
    pd::testing::Fixture f;
    const auto kanagawa = f.region("jp-14", "JP-14");
    const auto mongolia = f.country("mn", "MN");
    const auto hk = f.city("hong-kong", "HK");
    EXPECT_EQ(pd::partner_languages(f.portfolio, kanagawa), (pd::PartnerLanguages{Tags{"ja"}, LanguageSource::cldr}));
    EXPECT_EQ(pd::partner_languages(f.portfolio, mongolia), (pd::PartnerLanguages{Tags{"mn"}, LanguageSource::cldr}));
    EXPECT_EQ(pd::partner_languages(f.portfolio, hk),
              (pd::PartnerLanguages{Tags{"zh-Hant", "en"}, LanguageSource::cldr}));
}

// A region's own languages win over its country's, in the record's order.
TEST(PartnerLanguages, TheRecordsLanguagesOverrideTheCountrys) {
    pd::testing::Fixture f;
    pd::Partner catalonia;
    catalonia.key = f.portfolio.intern("es-catalonia");
    catalonia.region = pd::SubdivisionCode("ES-CT");
    catalonia.country = pd::CountryCode("ES");
    catalonia.languages = {f.portfolio.intern("ca"), f.portfolio.intern("es")};
    const auto id = f.add(catalonia);
    EXPECT_EQ(pd::partner_languages(f.portfolio, id), (pd::PartnerLanguages{Tags{"ca", "es"}, LanguageSource::record}));
}

// Nobody lives in Antarctica: CLDR names no language, and the answer says so.
TEST(PartnerLanguages, NoneWhenNeitherTheRecordNorCldrNamesOne) {
    pd::testing::Fixture f;
    const auto aq = f.country("aq", "AQ");
    const auto answer = pd::partner_languages(f.portfolio, aq);
    EXPECT_TRUE(answer.tags.empty());
    EXPECT_EQ(answer.source, LanguageSource::none);
}

TEST(PartnerLanguages, UnknownPartnerIsNotFound) {
    pd::testing::Fixture f;
    f.country("mn", "MN");
    EXPECT_THROW((void)pd::partner_languages(f.portfolio, pd::PartnerId(7)), pd::NotFound);
}

}  // namespace
