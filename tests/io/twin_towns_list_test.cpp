// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/io/twin_towns.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

const fs::path small_list = fs::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "twin-towns" / "small.csv";

class TwinTowns : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-twin-test-" + std::to_string(r()) + std::to_string(r()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path write(const std::string& content) {
        const auto path = dir_ / "list.csv";
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    static std::string error_of(const fs::path& path) {
        try {
            (void)pd::read_twin_towns(path);
        } catch (const pd::FileError& e) {
            return e.what();
        }
        return {};
    }
    fs::path dir_;
};

}  // namespace

// tests/data/twin-towns/small.csv, counted by hand:
//   line 2  Suwon KR - Hamamatsu JP            pair 1
//   line 3  the same, reversed                 duplicate
//   line 4  "Korea" is no name in any table    unmapped
//   line 5  "Korea, Republic of" (iso-codes)   pair 2, Suwon KR - Cluj-Napoca RO
//   line 6  Suwon - Suwon                      self-pair
//   line 7  "Wales, United Kingdom" -> GB      pair 3
//   line 8  "Georgia (country)" -> GE          pair 4
//   lines 9, 10  Kosovo -> XK (user-assigned)  pairs 5 and 6
//   line 11 "Grece" (misspelt)                 unmapped
//   line 12 Suwon KR - Toluca MX               pair 7
TEST_F(TwinTowns, CountsPairsDuplicatesSelfPairsAndUnmappedNames) {
    const pd::TwinTownList list = pd::read_twin_towns(small_list);
    EXPECT_EQ(list.counts, (pd::TwinTownCounts{11, 7, 1, 1, 2, 0}));
    EXPECT_EQ(list.delimiter, ',');
    ASSERT_EQ(list.unmapped.size(), 2u);
    EXPECT_EQ(list.unmapped[0], (pd::UnmappedCountryName{"Grece", 1, 11}));
    EXPECT_EQ(list.unmapped[1], (pd::UnmappedCountryName{"Korea", 1, 4}));
    EXPECT_TRUE(list.historical.empty());
    // Suwon, Hamamatsu, Cluj-Napoca, Cardiff, Stuttgart, Tbilisi, Atlanta, Pristina, Tirana, Prizren, Toluca
    EXPECT_EQ(list.cities.size(), 11u);

    const auto suwon = list.find_city("Suwon", pd::CountryCode("KR"));
    const auto hamamatsu = list.find_city("Hamamatsu", pd::CountryCode("JP"));
    ASSERT_TRUE(suwon && hamamatsu);
    EXPECT_EQ(list.pairs[0].line, 2u);
    EXPECT_EQ(std::min(*suwon, *hamamatsu), list.pairs[0].first);
    EXPECT_EQ(std::max(*suwon, *hamamatsu), list.pairs[0].second);
    EXPECT_TRUE(list.find_city("Cardiff", pd::CountryCode("GB")));
    EXPECT_TRUE(list.find_city("Tbilisi", pd::CountryCode("GE")));
    EXPECT_TRUE(list.find_city("Pristina", pd::CountryCode("XK")));
    EXPECT_FALSE(list.find_city("Pristina", pd::CountryCode("RS")));
    EXPECT_EQ(list.pairs_of(*suwon).size(), 4u);
    for (const auto& p : list.pairs) EXPECT_LT(p.first, p.second);
}

TEST_F(TwinTowns, PortfolioOfOneHomeCity) {
    const pd::TwinTownList list = pd::read_twin_towns(small_list);
    const pd::Portfolio p =
        pd::twin_town_portfolio(list, pd::TwinCity{"Suwon", pd::CountryCode("KR")}, pd::SubdivisionCode("KR-41"));
    EXPECT_EQ(p.home().code, pd::SubdivisionCode("KR-41"));
    EXPECT_EQ(p.text(p.home().name_en), "Suwon");
    ASSERT_EQ(p.partners().size(), 4u);
    ASSERT_EQ(p.agreements().size(), 4u);
    const auto hamamatsu = p.find_partner("jp-hamamatsu");
    ASSERT_TRUE(hamamatsu);
    EXPECT_EQ(p.partner(*hamamatsu).level, pd::PartnerLevel::city);
    EXPECT_EQ(p.partner(*hamamatsu).country, pd::CountryCode("JP"));
    EXPECT_EQ(p.text(p.partner(*hamamatsu).provenance.source), small_list.string());
    EXPECT_TRUE(p.find_partner("ro-cluj-napoca"));
    EXPECT_TRUE(p.find_partner("mx-toluca"));
    EXPECT_TRUE(p.find_partner("xk-prizren"));
    for (const auto& a : p.agreements()) {
        EXPECT_EQ(a.kind, pd::AgreementKind::sister);
        EXPECT_FALSE(a.signed_on);
        EXPECT_FALSE(a.proposed);
        EXPECT_EQ(p.text(a.provenance.source), small_list.string());
        EXPECT_NE(p.text(a.provenance.note).find("assumed"), std::string_view::npos);
    }
    EXPECT_EQ(p.text(p.agreement(*p.find_agreement("sister-jp-hamamatsu")).key), "sister-jp-hamamatsu");
}

TEST_F(TwinTowns, PortfolioRefusesAnUnknownCityOrAForeignRegion) {
    const pd::TwinTownList list = pd::read_twin_towns(small_list);
    EXPECT_THROW(
        (void)pd::twin_town_portfolio(list, pd::TwinCity{"Seoul", pd::CountryCode("KR")}, pd::SubdivisionCode("KR-11")),
        pd::NotFound);
    EXPECT_THROW(
        (void)pd::twin_town_portfolio(list, pd::TwinCity{"Suwon", pd::CountryCode("KR")}, pd::SubdivisionCode("JP-14")),
        pd::InvalidValue);
}

TEST_F(TwinTowns, WrongHeaderIsRefused) {
    const std::string message = error_of(write("a,b,c,d\nX,Japan,Y,Japan\n"));
    EXPECT_NE(message.find("row 1: the header lacks the columns city1, country1, city2, country2; found 4 columns "
                           "separated by commas (sniffed): \"a\", \"b\", \"c\", \"d\"; expected the columns city1"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("column mapping"), std::string::npos) << message;
}

TEST_F(TwinTowns, MalformedRowsAreAllListed) {
    const std::string message = error_of(write("City1,Country1,City2,Country2\r\nA,Japan,B\r\n,Japan,B,Japan\r\n"));
    EXPECT_NE(message.find("2 malformed rows"), std::string::npos) << message;
    EXPECT_NE(message.find("row 2: has 3 cells, expected 4 (as the header)"), std::string::npos) << message;
    EXPECT_NE(message.find("row 3, column \"city1\": the city name is empty"), std::string::npos) << message;
}

TEST_F(TwinTowns, InvalidUtf8AndMissingFile) {
    EXPECT_NE(error_of(write("city1,country1,city2,country2\nB\xE9rat,France,X,Japan\n")).find("invalid UTF-8"),
              std::string::npos);
    EXPECT_NE(error_of(dir_ / "absent.csv").find("cannot open"), std::string::npos);
}

TEST_F(TwinTowns, QuotedCellsAndBom) {
    const auto list = pd::read_twin_towns(
        write("\xEF\xBB\xBF"
              "city1,country1,city2,country2\n\"Suseong (Daegu)\",South Korea,\"A, B\",\"Réunion, France\"\n"));
    ASSERT_EQ(list.pairs.size(), 1u);
    EXPECT_TRUE(list.find_city("Suseong (Daegu)", pd::CountryCode("KR")));
    EXPECT_TRUE(list.find_city("A, B", pd::CountryCode("RE")));  // the part before the comma is a country
}
