// SPDX-License-Identifier: Apache-2.0
// Twin-town lists in other layouts: a column mapping, semicolon- and tab-separated files,
// Wikidata items, historical states, and what the header error says.
#include <paradiplomacy/io/twin_towns.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

const fs::path wikidata_list = fs::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "twin-towns" / "wikidata.tsv";

pd::TwinTownReadOptions wikidata_columns() {
    pd::TwinTownReadOptions options;
    options.columns = pd::TwinTownColumns{"origincityLabel",          "origincountry", "sistercityLabel",
                                          "destination_countryLabel", "origincity",    "sistercity"};
    return options;
}

class TwinTownColumns : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-twin-columns-" + std::to_string(r()) + std::to_string(r()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path write(const std::string& content) {
        const auto path = dir_ / "list.txt";
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    static std::string error_of(const fs::path& path, const pd::TwinTownReadOptions& options = {}) {
        try {
            (void)pd::read_twin_towns(path, options);
        } catch (const pd::FileError& e) {
            return e.what();
        }
        return {};
    }
    fs::path dir_;
};

}  // namespace

// tests/data/twin-towns/wikidata.tsv (12 tab-separated columns, as a Wikidata query exports
// them), counted by hand:
//   line 2   Berlin DE - Paris FR                      pair 1
//   line 3   the same, reversed                        duplicate
//   line 4   Berlin - Los Angeles ("United States of America", iso-codes' official name)  pair 2
//   line 5   Vienna - Budapest, "Kingdom of Hungary"   historical
//   line 6   Berlin - Königsberg, "Prussia"            historical
//   line 7   Bethlehem, "Palestinian territories" -> PS - Paris                    pair 3
//   line 8   Ramallah, "Palestinian National Authority" -> PS - Los Angeles       pair 4
//   line 9   Pristina, "Kosovo" -> XK - Berlin                                    pair 5
//   line 10  São Tomé, "Sao Tomé and Príncipe" (accents mixed) -> ST - Lisbon     pair 6
//   lines 11, 12  two Springfields (US, items Q28515 and Q49158) - Tokyo          pairs 7, 8
//   line 13  Berlin - Berlin                           self-pair
//   line 14  Famagusta, "Northern Cyprus" (no item)    unmapped
TEST_F(TwinTownColumns, WikidataExportWithAMapping) {
    const pd::TwinTownList list = pd::read_twin_towns(wikidata_list, wikidata_columns());
    EXPECT_EQ(list.delimiter, '\t');
    EXPECT_EQ(list.counts, (pd::TwinTownCounts{13, 8, 1, 1, 1, 2}));
    ASSERT_EQ(list.historical.size(), 2u);
    EXPECT_EQ(list.historical[0], (pd::UnmappedCountryName{"Kingdom of Hungary", 1, 5}));
    EXPECT_EQ(list.historical[1], (pd::UnmappedCountryName{"Prussia", 1, 6}));
    ASSERT_EQ(list.unmapped.size(), 1u);
    EXPECT_EQ(list.unmapped[0], (pd::UnmappedCountryName{"Northern Cyprus", 1, 14}));
    EXPECT_EQ(list.cities.size(), 11u);

    const auto berlin = list.find_city("Berlin", pd::CountryCode("DE"));
    ASSERT_TRUE(berlin);
    EXPECT_EQ(list.cities[*berlin].wikidata, "Q64");
    EXPECT_EQ(list.find_wikidata("Q64"), berlin);
    EXPECT_FALSE(list.find_wikidata("Q1"));
    EXPECT_EQ(list.pairs_of(*berlin).size(), 3u);  // Paris, Los Angeles, Pristina
    EXPECT_TRUE(list.find_city("Bethlehem", pd::CountryCode("PS")));
    EXPECT_TRUE(list.find_city("Ramallah", pd::CountryCode("PS")));
    EXPECT_TRUE(list.find_city("Pristina", pd::CountryCode("XK")));
    EXPECT_TRUE(list.find_city("São Tomé", pd::CountryCode("ST")));

    const auto springfields = list.cities_named("Springfield", pd::CountryCode("US"));
    ASSERT_EQ(springfields.size(), 2u);
    EXPECT_EQ(list.cities[springfields[0]].wikidata, "Q28515");
    EXPECT_EQ(list.cities[springfields[1]].wikidata, "Q49158");
    EXPECT_EQ(list.find_city("Springfield", pd::CountryCode("US")), springfields[0]);
    EXPECT_TRUE(list.cities_named("Springfield", pd::CountryCode("GB")).empty());
}

TEST_F(TwinTownColumns, APortfolioForOneOfTwoCitiesOfOneNameIsPickedByItsItem) {
    const pd::TwinTownList list = pd::read_twin_towns(wikidata_list, wikidata_columns());
    for (const auto& [item, line] : {std::pair{"Q28515", "line 11"}, std::pair{"Q49158", "line 12"}}) {
        pd::TwinCity springfield{"Springfield", pd::CountryCode("US")};
        springfield.wikidata = item;
        const pd::Portfolio portfolio = pd::twin_town_portfolio(list, springfield, pd::SubdivisionCode("US-MA"));
        ASSERT_EQ(portfolio.partners().size(), 1u) << item;
        EXPECT_EQ(portfolio.text(portfolio.partners()[0].name_en), "Tokyo");
        EXPECT_EQ(portfolio.text(portfolio.partners()[0].provenance.note), line) << item;
    }
    pd::TwinCity unknown{"Springfield", pd::CountryCode("US")};
    unknown.wikidata = "Q1";
    EXPECT_THROW((void)pd::twin_town_portfolio(list, unknown, pd::SubdivisionCode("US-MA")), pd::NotFound);
}

TEST_F(TwinTownColumns, WikidataExportWithoutAMappingSaysWhatItFound) {
    const std::string message = error_of(wikidata_list);
    EXPECT_NE(message.find("wikidata.tsv, row 1: the header lacks the columns city1, country1, city2, country2; "
                           "found 12 columns separated by tabs (sniffed): \"origincity\", \"origincityLabel\", "
                           "\"origincountry\""),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("\"sister_coordinates\"; expected the columns city1, country1, city2, country2"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("column mapping that names the header cell of each, e.g. city1=<header cell>"),
              std::string::npos)
        << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << "one line: " << message;
}

TEST_F(TwinTownColumns, MappedColumnMissingFromTheHeader) {
    auto options = wikidata_columns();
    options.columns->city2 = "sister";
    options.columns->city2_qid = "sister_item";
    const std::string message = error_of(wikidata_list, options);
    EXPECT_NE(message.find("row 1: the header lacks the mapped columns city2=\"sister\", city2_qid=\"sister_item\"; "
                           "found 12 columns separated by tabs (sniffed)"),
              std::string::npos)
        << message;
}

TEST_F(TwinTownColumns, AWideOrHugeHeaderGivesAShortMessage) {
    // 30 header cells, one of them 1 MB: the message shows 20 cells, each cut short.
    std::string header;
    for (int i = 0; i < 30; ++i)
        header += (i ? "," : "") + (i == 1 ? std::string(1 << 20, 'h') : "col" + std::to_string(i));
    const fs::path path = dir_ / "wide.csv";
    std::ofstream(path) << header << "\nBerlin,DE\n";
    const std::string message = error_of(path);
    EXPECT_NE(message.find("found 30 columns separated by commas"), std::string::npos) << message.substr(0, 300);
    EXPECT_NE(message.find("\"col0\", \"hhhh"), std::string::npos) << message.substr(0, 300);
    EXPECT_NE(message.find("(1048576 bytes)"), std::string::npos) << message.substr(0, 300);
    EXPECT_NE(message.find("\"col19\", ... (10 more)"), std::string::npos) << message.substr(0, 300);
    EXPECT_EQ(message.find("col20"), std::string::npos) << message.substr(0, 300);
    EXPECT_LT(message.size(), 2000u);
}

TEST_F(TwinTownColumns, WrongDelimiterGivenShowsOneColumn) {
    auto options = wikidata_columns();
    options.delimiter = ',';
    const std::string message = error_of(wikidata_list, options);
    EXPECT_NE(message.find("found 1 column (as given): \"origincity\torigincityLabel"), std::string::npos) << message;
    EXPECT_NE(message.find("and the delimiter if it is none of , ; tab |"), std::string::npos) << message;
}

TEST_F(TwinTownColumns, SemicolonsSniffedOrGivenAndColumnsInAnyOrder) {
    const auto path = write(
        "\xEF\xBB\xBF"
        "Country2;City2;note;City1;Country1\r\n"
        "Japan;Hamamatsu;\"a; b\";Suwon;South Korea\r\n"
        "Mexico;Toluca;;Suwon;South Korea\r\n");
    for (const std::optional<char> delimiter : {std::optional<char>{}, std::optional<char>{';'}}) {
        pd::TwinTownReadOptions options;
        options.delimiter = delimiter;
        const auto list = pd::read_twin_towns(path, options);
        EXPECT_EQ(list.delimiter, ';');
        EXPECT_EQ(list.counts, (pd::TwinTownCounts{2, 2, 0, 0, 0, 0}));
        EXPECT_TRUE(list.find_city("Hamamatsu", pd::CountryCode("JP")));
        EXPECT_TRUE(list.columns.city1_qid.empty());  // no item column in this header
    }
}

TEST_F(TwinTownColumns, DefaultItemColumnsAreReadWhenPresent) {
    const auto list =
        pd::read_twin_towns(write("city1,country1,city2,country2,city1_qid,city2_qid\n"
                                  "Berlin,Germany,Paris,France,Q64,<http://www.wikidata.org/entity/Q90>\n"
                                  "Berlin,Germany,Vienna,Austria,Q64,\n"));
    EXPECT_EQ(list.columns.city1_qid, "city1_qid");
    const auto paris = list.find_city("Paris", pd::CountryCode("FR"));
    ASSERT_TRUE(paris);
    EXPECT_EQ(list.cities[*paris].wikidata, "Q90");
    const auto vienna = list.find_city("Vienna", pd::CountryCode("AT"));
    ASSERT_TRUE(vienna);
    EXPECT_EQ(list.cities[*vienna].wikidata, "");
}

TEST_F(TwinTownColumns, MalformedItemsAreListedWithTheirRows) {
    const std::string message =
        error_of(write("city1,country1,city2,country2,city1_qid,city2_qid\n"
                       "Berlin,Germany,Paris,France,Q64,Paris\n"
                       "Berlin,Germany,Rome,Italy,Q064,Q220\n"));
    EXPECT_NE(message.find("2 malformed rows"), std::string::npos) << message;
    EXPECT_NE(message.find("row 2, column \"city2_qid\": \"Paris\" is not a Wikidata item"), std::string::npos)
        << message;
    EXPECT_NE(message.find("row 3, column \"city1_qid\": \"Q064\" is not a Wikidata item"), std::string::npos)
        << message;
}

TEST_F(TwinTownColumns, MappingAndDelimiterMistakesAreRefusedBeforeReading) {
    const auto absent = dir_ / "absent.csv";  // never opened: the options are checked first
    pd::TwinTownReadOptions options;
    options.delimiter = ':';
    EXPECT_THROW((void)pd::read_twin_towns(absent, options), pd::InvalidValue);
    options = wikidata_columns();
    options.columns->city2 = "ORIGINCITYLABEL";
    try {
        (void)pd::read_twin_towns(absent, options);
        ADD_FAILURE() << "no error";
    } catch (const pd::InvalidValue& e) {
        EXPECT_NE(std::string(e.what()).find("names \"origincityLabel\" for both city1 and city2"), std::string::npos)
            << e.what();
    }
    options = wikidata_columns();
    options.columns->country1 = " ";
    EXPECT_THROW((void)pd::read_twin_towns(absent, options), pd::InvalidValue);
}

TEST_F(TwinTownColumns, HeaderNamingAMappedColumnTwice) {
    const std::string message = error_of(write("city1,country1,city2,country2,City1\nA,Japan,B,Japan,C\n"));
    EXPECT_NE(message.find("names the column \"city1\" (city1) twice, in columns 1 and 5"), std::string::npos)
        << message;
}

TEST_F(TwinTownColumns, ProgressReachesTheFileSize) {
    std::string text = "city1\tcountry1\tcity2\tcountry2\n";
    for (int i = 0; i < 40000; ++i) text += "Town " + std::to_string(i) + "\tJapan\tSuwon\tSouth Korea\n";
    const auto path = write(text);
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
    pd::TwinTownReadOptions options;
    options.progress = [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); };
    const auto list = pd::read_twin_towns(path, options);
    EXPECT_EQ(list.counts.pairs, 40000u);
    ASSERT_GE(calls.size(), 3u);  // ~1.3 MB in 256 KiB steps, then the end
    for (std::size_t i = 1; i < calls.size(); ++i) EXPECT_LE(calls[i - 1].first, calls[i].first);
    EXPECT_EQ(calls.back(), std::make_pair(std::uint64_t{text.size()}, std::uint64_t{text.size()}));

    options.progress = [](std::uint64_t, std::uint64_t) { throw std::runtime_error("stopped"); };
    EXPECT_THROW((void)pd::read_twin_towns(path, options), std::runtime_error);
}

TEST(WikidataItem, AcceptsIdsAndEntityUris) {
    EXPECT_EQ(pd::wikidata_item("Q64"), "Q64");
    EXPECT_EQ(pd::wikidata_item(" http://www.wikidata.org/entity/Q64 "), "Q64");
    EXPECT_EQ(pd::wikidata_item("https://www.wikidata.org/wiki/Q90"), "Q90");
    EXPECT_EQ(pd::wikidata_item("<http://www.wikidata.org/entity/Q1490>"), "Q1490");
    EXPECT_FALSE(pd::wikidata_item("Q"));
    EXPECT_FALSE(pd::wikidata_item("Q0"));
    EXPECT_FALSE(pd::wikidata_item("q64"));
    EXPECT_FALSE(pd::wikidata_item("P17"));
    EXPECT_FALSE(pd::wikidata_item("Q64x"));
    EXPECT_FALSE(pd::wikidata_item("http://example.org/Q64"));
    EXPECT_FALSE(pd::wikidata_item(""));
}
