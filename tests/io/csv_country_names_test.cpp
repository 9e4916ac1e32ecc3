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
    EXPECT_EQ(pd::country_from_name("Kosovo"),    // no ISO 3166-1 code: the user-assigned one
              (pd::CountryNameMatch{pd::CountryCode("XK"), Source::user_assigned, false}));
    EXPECT_EQ(code_of("Palestinian territories"), "PS");
    EXPECT_EQ(code_of("Palestinian National Authority"), "PS");
    EXPECT_EQ(code_of("Grece"), "-");  // misspellings are not guessed
    EXPECT_EQ(code_of(""), "-");
}

TEST(CountryNames, DiacriticsAreIgnored) {
    // iso-codes writes "Sao Tome and Principe"; lists write every mix of accents.
    for (const char* name :
         {"Sao Tome and Principe", "São Tomé and Príncipe", "Sao Tomé and Príncipe", "SÃO TOMÉ AND PRÍNCIPE",
          "Sa\u0303o Tome\u0301 and Pri\u0301ncipe"})  // decomposed: letters + combining marks
        EXPECT_EQ(pd::country_from_name(name), (pd::CountryNameMatch{pd::CountryCode("ST"), Source::iso_codes, false}))
            << name;
    EXPECT_EQ(code_of("Cote d'Ivoire"), "CI");  // iso-codes: "Côte d'Ivoire"
    EXPECT_EQ(code_of("Turkiye"), "TR");        // iso-codes: "Türkiye"
    EXPECT_EQ(code_of("Aland Islands"), "AX");  // iso-codes: "Åland Islands"
    EXPECT_EQ(code_of("Curacao"), "CW");
    EXPECT_EQ(code_of("Réunion"), "RE");
    EXPECT_EQ(code_of("Reunion"), "RE");
    EXPECT_EQ(code_of("중국"), "CN");  // Hangul is not decomposed
    EXPECT_EQ(code_of("Grèce"), "-");  // still a misspelling, accent or not
    EXPECT_EQ(code_of("\xC3"), "-");   // a stray byte matches nothing and breaks nothing
}

TEST(CountryNames, HistoricalStates) {
    EXPECT_TRUE(pd::is_historical_country_name("Kingdom of Hungary"));
    EXPECT_TRUE(pd::is_historical_country_name("  prussia "));
    EXPECT_TRUE(pd::is_historical_country_name("Soviet Union"));
    EXPECT_FALSE(pd::is_historical_country_name("Hungary"));
    EXPECT_FALSE(pd::is_historical_country_name("Northern Cyprus"));
    EXPECT_FALSE(pd::is_historical_country_name(""));
    EXPECT_FALSE(pd::country_from_name("Kingdom of Hungary"));  // no code stands for it

    // Every row: a name no other table maps (else the row is dead), and a reason.
    std::ifstream in(std::string(PARADIPLOMACY_SOURCE_DIR) + "/data/historical-country-names.csv");
    ASSERT_TRUE(in) << "data/historical-country-names.csv not found";
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "name,reason");
    int rows = 0;
    while (std::getline(in, line)) {
        ++rows;
        const auto comma = line.find(',');
        ASSERT_NE(comma, std::string::npos) << line;
        const std::string name = line.substr(0, comma);
        EXPECT_TRUE(pd::is_historical_country_name(name)) << line;
        EXPECT_FALSE(pd::country_from_name(name)) << name << " maps to a code";
        EXPECT_GT(line.size(), comma + 4) << "no reason: " << line;
    }
    EXPECT_GE(rows, 10);
}

// Each row of the variant table must earn its place: a known code (or a user-assigned one,
// said so), a name iso-codes does not already carry, and a reason.
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
        const bool user_assigned = line.find("user-assigned") != std::string::npos;
        EXPECT_TRUE(user_assigned || pd::reference::find_country(pd::CountryCode(code)) != nullptr) << line;
        const auto m = pd::country_from_name(name);
        ASSERT_TRUE(m) << line;
        EXPECT_EQ(m->source, user_assigned ? Source::user_assigned : Source::variant)
            << name << " is already an iso-codes name";
        EXPECT_EQ(m->code.str(), code) << line;
        EXPECT_GT(line.size(), c1 + 4) << "no reason: " << line;
    }
    EXPECT_GT(rows, 20);
}
