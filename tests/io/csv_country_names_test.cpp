// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/io/csv_country_names.hpp>
#include <paradiplomacy/reference/countries.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace pd = paradiplomacy;
using Source = pd::CountryNameSource;

namespace {
std::string code_of(std::string_view name) {
    const auto m = pd::country_from_name(name);
    return m ? m->code.str() : std::string("-");
}
}  // namespace

TEST(CountryNames, IsoCodesNamesAndCodes) {
    EXPECT_EQ(pd::country_from_name("KR"), (pd::CountryNameMatch{pd::CountryCode("KR"), Source::code, false}));
    EXPECT_EQ(pd::country_from_name("South Korea")->source, Source::iso_codes);
    EXPECT_EQ(code_of("Korea, Republic of"), "KR");
    EXPECT_EQ(code_of("  czech   REPUBLIC "), "CZ");  // official name, case and spaces ignored
    EXPECT_EQ(code_of("Vietnam"), "VN");
    EXPECT_EQ(code_of("Taiwan"), "TW");
    EXPECT_EQ(code_of("ZZ"), "-");  // well-formed but not a country
    EXPECT_EQ(code_of("kr"), "-");  // codes are upper case
}

TEST(CountryNames, VariantsKoreanWithdrawnAndParts) {
    EXPECT_EQ(pd::country_from_name("Russia"), (pd::CountryNameMatch{pd::CountryCode("RU"), Source::variant, false}));
    EXPECT_EQ(code_of("England"), "GB");
    EXPECT_EQ(code_of("Scotland"), "GB");
    EXPECT_EQ(code_of("Georgia (country)"), "GE");
    EXPECT_EQ(code_of("Turkey"), "TR");
    EXPECT_EQ(pd::country_from_name("중국"), (pd::CountryNameMatch{pd::CountryCode("CN"), Source::korean, false}));
    EXPECT_EQ(code_of("미국"), "US");
    EXPECT_EQ(code_of("일본"), "JP");
    EXPECT_EQ(pd::country_from_name("Netherlands Antilles")->source, Source::withdrawn);
    EXPECT_EQ(pd::country_from_name("Wales, United Kingdom"),
              (pd::CountryNameMatch{pd::CountryCode("GB"), Source::variant, true}));
    EXPECT_EQ(code_of("Brandenburg, Germany"), "DE");
    EXPECT_EQ(code_of("Réunion, France"), "RE");  // the part before the comma wins
    EXPECT_EQ(code_of("Kosovo"), "-");           // no ISO 3166-1 code
    EXPECT_EQ(code_of("Grece"), "-");            // misspellings are not guessed
    EXPECT_EQ(code_of(""), "-");
}

// Each row of the variant table must earn its place: a known code, a name iso-codes
// does not already carry, and a reason.
TEST(CountryNames, VariantTableRowsAreNeededAndValid) {
    std::ifstream in(std::string(PARADIPLOMACY_SOURCE_DIR) + "/data/country-name-variants.csv");
    ASSERT_TRUE(in) << "data/country-name-variants.csv not found";
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "name,alpha2,reason");
    int rows = 0;
    while (std::getline(in, line)) {
        const auto c1 = line.find(',');
        const std::string name = line.substr(0, c1);
        const std::string code = line.substr(c1 + 1, 2);
        ++rows;
        ASSERT_TRUE(pd::CountryCode::is_well_formed(code)) << line;
        EXPECT_NE(pd::reference::find_country(pd::CountryCode(code)), nullptr) << line;
        const auto m = pd::country_from_name(name);
        ASSERT_TRUE(m) << line;
        EXPECT_EQ(m->source, Source::variant) << name << " is already an iso-codes name";
        EXPECT_EQ(m->code.str(), code) << line;
        EXPECT_GT(line.size(), c1 + 4) << "no reason: " << line;
    }
    EXPECT_GT(rows, 20);
}
