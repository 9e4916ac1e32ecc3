// SPDX-License-Identifier: Apache-2.0
// Hostile inputs made in code because they are too big to commit: 100 MB single fields and
// deep nesting. Each is refused with its exact class and message, and the message quotes
// only the start of the hostile text; or, where the field is legitimate (a long name), the
// input loads whole.
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/io/twin_towns.hpp>
#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace pd = paradiplomacy;

namespace {

constexpr std::size_t hundred_mb = std::size_t{100} << 20;

const std::string head = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, )"
                         R"("partners": [{"id": "cn-hebei", "level": "region", "country": "CN", "region": "CN-HE"}])";

std::string message_of_json(const std::string& text) {
    try {
        (void)pd::parse_portfolio_json(text, "hostile.json");
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "accepted";
}

TEST(Hostile, AHundredMegabyteDateIsRefusedWithAShortMessage) {
    EXPECT_EQ(message_of_json(head +
                              R"(, "agreements": [{"id": "a1", "partner": "cn-hebei", "kind": "sister", )"
                              R"("signed_on": ")" +
                              std::string(hundred_mb, '2') + "\"}]}"),
              "hostile.json: $.agreements[0].signed_on (agreement \"a1\"): date \"" + std::string(40, '2') +
                  "\u2026\" (104857600 bytes): expected YYYY, YYYY-MM or YYYY-MM-DD");
}

TEST(Hostile, AHundredMegabyteDateTextIsQuotedByItsStart) {
    try {
        (void)pd::PartialDate::parse(std::string(hundred_mb, '9'));
        FAIL() << "accepted";
    } catch (const pd::InvalidValue& e) {
        EXPECT_EQ(std::string(e.what()), "date \"" + std::string(40, '9') +
                                             "\u2026\" (104857600 bytes): expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
}

TEST(Hostile, TheExcerptNeverSplitsAUtf8Character) {
    // 13 three-byte characters then more: the cut at 40 bytes falls inside the 14th.
    std::string text;
    for (int i = 0; i < 30; ++i) text += "\xEA\xB2\xBD";  // 경
    try {
        (void)pd::PartialDate::parse(text);
        FAIL() << "accepted";
    } catch (const pd::InvalidValue& e) {
        std::string first;
        for (int i = 0; i < 13; ++i) first += "\xEA\xB2\xBD";
        EXPECT_EQ(std::string(e.what()),
                  "date \"" + first + "\u2026\" (90 bytes): expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
}

TEST(Hostile, AHundredMegabyteNameIsLegitimateAndLoadsWhole) {
    const std::string name(hundred_mb, 'x');
    const pd::Portfolio p = pd::parse_portfolio_json(
        R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, "partners": [{"id": "mn", )"
        R"("level": "country", "country": "MN", "name_en": ")" +
        name + "\"}]}");
    ASSERT_EQ(p.partners().size(), 1U);
    EXPECT_EQ(p.text(p.partners()[0].name_en).size(), hundred_mb);
}

TEST(Hostile, AMillionNestedArraysInAStringMemberAreRefusedWithoutRecursing) {
    const std::size_t depth = 1000000;
    EXPECT_EQ(message_of_json(head.substr(0, head.size() - 2) + R"(, "note": )" + std::string(depth, '[') +
                              std::string(depth, ']') + "}]}"),
              "hostile.json: $.partners[0].note (partner \"cn-hebei\"): expected a string, found an array");
}

// libcsv grew its cell buffer 128 bytes at a time: this read once took minutes under
// AddressSanitizer. lib/io/csv_reader.cpp now makes the growth geometric.
TEST(Hostile, AHundredMegabyteTwinTownCityIsLegitimateAndLoadsWhole) {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("pd-hostile-twin-" + std::to_string(::getpid()) + ".csv");
    {
        std::ofstream out(path, std::ios::binary);
        out << "city1,country1,city2,country2\nSuwon,South Korea," << std::string(hundred_mb, 'y') << ",Japan\n";
    }
    const pd::TwinTownList list = pd::read_twin_towns(path);
    std::filesystem::remove(path);
    ASSERT_EQ(list.pairs.size(), 1U);
    ASSERT_EQ(list.cities.size(), 2U);
    EXPECT_TRUE(list.find_city(std::string(hundred_mb, 'y'), pd::CountryCode("JP")));
}

TEST(Hostile, ALookBackPastTheCalendarsFirstYearAnswersInsteadOfThrowing) {
    // Found by fuzz_twin_towns: dormant_ties on 1400-01-01 with three years threw Boost's
    // bad_year, an exception no caller expects. Every contact is after 1400-01-01 anyway.
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::Partner partner;
    partner.key = p.intern("mn");
    partner.country = pd::CountryCode("MN");
    const pd::PartnerId id = p.add(partner);
    pd::Agreement a;
    a.key = p.intern("a1");
    a.partner = id;
    a.kind = pd::AgreementKind::sister;
    a.signed_on = pd::PartialDate::of_year(1400);
    p.add(a);
    const pd::DormantTies far = pd::dormant_ties(p, pd::Day(1400, 6, 1), 1000);
    for (const int years : {3, 1000000}) EXPECT_EQ(pd::dormant_ties(p, pd::Day(1400, 6, 1), years), far) << years;
    EXPECT_NO_THROW((void)pd::dormant_ties(p, pd::Day(1402, 12, 31), 3));
}

// Messages quote hostile text through detail::quoted_excerpt: 40 bytes, an ellipsis and
// the size, never the whole field.
const std::string s40(40, 's');

TEST(Hostile, AHundredMegabyteUnknownKindIsQuotedByItsStart) {
    EXPECT_EQ(message_of_json(head + R"(, "agreements": [{"id": "a1", "partner": "cn-hebei", "kind": ")" +
                              std::string(hundred_mb, 's') + "\"}]}"),
              "hostile.json: $.agreements[0].kind (agreement \"a1\"): unknown agreement kind \"" + s40 +
                  "\u2026\" (104857600 bytes) (expected one of: intent, mou, friendship, sister, economic_cooperation, "
                  "implementation_plan, renewal, other)");
}

TEST(Hostile, AHundredMegabyteUnknownMemberIsQuotedWithoutASuggestionSearch) {
    // "did you mean" compares the name with every member; a 100 MB name must not cost a
    // full edit-distance table each time.
    EXPECT_EQ(message_of_json(head + R"(, "agreements": [{"id": "a1", "partner": "cn-hebei", ")" +
                              std::string(hundred_mb, 's') + "\": 1}]}"),
              "hostile.json: $.agreements[0] (agreement \"a1\"): unknown member \"" + s40 +
                  "\u2026\" (104857600 bytes) in agreement");
}

TEST(Hostile, AHundredMegabyteIdIsQuotedByItsStartInTheRecordAndTheMessage) {
    const std::string id(hundred_mb, 'i');
    const std::string quoted = "\"" + std::string(40, 'i') + "\u2026\" (104857600 bytes)";
    EXPECT_EQ(message_of_json(head + R"(, "agreements": [{"id": ")" + id +
                              R"(", "partner": "cn-hebei", "kind": "sister"},)"
                              R"( {"id": ")" +
                              id + R"(", "partner": "cn-hebei", "kind": "sister"}]})"),
              "hostile.json: $.agreements[1] (agreement " + quoted + "): duplicate agreement id " + quoted +
                  " (first used at $.agreements[0])");
}

TEST(Hostile, AHundredMegabyteIntegerIsQuotedByItsStart) {
    // Beyond 64 bits but within a double: still an integer, and too large for the member.
    EXPECT_EQ(
        message_of_json(head.substr(0, head.size() - 2) + R"(, "world_region": 1)" + std::string(300, '0') + "}]}"),
        "hostile.json: $.partners[0].world_region (partner \"cn-hebei\"): 1" + std::string(39, '0') +
            "\u2026 (301 bytes) is not a UN M49 code (0-999)");
}

TEST(Hostile, AHundredMegabyteNumberIsQuotedByItsStart) {
    // Beyond a double: nlohmann's overflow message, with the token cut.
    const std::string before = head.substr(0, head.size() - 2) + R"(, "world_region": )";
    EXPECT_EQ(message_of_json(before + std::string(hundred_mb, '9') + "}]}"),
              "hostile.json:1:" + std::to_string(before.size() + hundred_mb) + ": number overflow parsing '" +
                  std::string(40, '9') + "\u2026' (104857600 bytes)");
}

TEST(Hostile, AHundredMegabyteStringWithAControlCharacterIsQuotedByItsStart) {
    // nlohmann reports the string it read up to the bad byte.
    const std::string before = head.substr(0, head.size() - 2) + R"(, "name_en": ")";
    EXPECT_EQ(message_of_json(before + std::string(hundred_mb, 'n') + "\x01\"}]}"),
              "hostile.json:1:" + std::to_string(before.size() + hundred_mb + 1) +
                  ": syntax error while parsing value - invalid string: control character U+0001 (SOH) must be "
                  "escaped to \\u0001; last read: '\"" +
                  std::string(39, 'n') + "\u2026' (104857609 bytes)");  // the quote, the text and "<U+0001>"
}

TEST(Hostile, AHundredMegabyteCsvCellIsQuotedByItsStart) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("pd-hostile-csv-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        std::ofstream out(dir / "partners.csv", std::ios::binary);
        out << "id,level,country,region,name_en\nxx,country," << std::string(hundred_mb, 'Q') << ",,Nowhere\n";
    }
    pd::CsvSources sources;
    sources.partners = dir / "partners.csv";
    pd::CsvImportOptions options;
    options.home = pd::SubdivisionCode("KR-41");
    std::string message = "accepted";
    try {
        (void)pd::import_csv(sources, options);
    } catch (const pd::FileError& e) {
        message = e.what();
    }
    std::filesystem::remove_all(dir);
    EXPECT_EQ(message, "cannot import the CSV tables: 1 problem:\n  " + (dir / "partners.csv").string() +
                           ", row 2, column \"country\": unknown country \"" + std::string(40, 'Q') +
                           "\u2026\" (104857600 bytes) (expected an ISO 3166-1 alpha-2 code such as KR, or a country "
                           "name)");
}

}  // namespace
