// SPDX-License-Identifier: Apache-2.0
// Hostile inputs made in code because they are too big to commit: 100 MB single fields and
// deep nesting. Each is refused with its exact class and message, and the message quotes
// only the start of the hostile text; or, where the field is legitimate (a long name), the
// input loads whole.
#include <paradiplomacy/error.hpp>
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

const std::string head =
    R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, )"
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
    EXPECT_EQ(message_of_json(head + R"(, "agreements": [{"id": "a1", "partner": "cn-hebei", "kind": "sister", )"
                                     R"("signed_on": ")" + std::string(hundred_mb, '2') + "\"}]}"),
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
        EXPECT_EQ(std::string(e.what()), "date \"" + first + "\u2026\" (90 bytes): expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
}

TEST(Hostile, AHundredMegabyteNameIsLegitimateAndLoadsWhole) {
    const std::string name(hundred_mb, 'x');
    const pd::Portfolio p = pd::parse_portfolio_json(
        R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, "partners": [{"id": "mn", )"
        R"("level": "country", "country": "MN", "name_en": ")" + name + "\"}]}");
    ASSERT_EQ(p.partners().size(), 1U);
    EXPECT_EQ(p.text(p.partners()[0].name_en).size(), hundred_mb);
}

TEST(Hostile, AMillionNestedArraysInAStringMemberAreRefusedWithoutRecursing) {
    const std::size_t depth = 1000000;
    EXPECT_EQ(message_of_json(head.substr(0, head.size() - 2) + R"(, "note": )" + std::string(depth, '[') +
                              std::string(depth, ']') + "}]}"),
              "hostile.json: $.partners[0].note (partner \"cn-hebei\"): expected a string, found an array");
}

// Known gap: under AddressSanitizer this read had not finished after five minutes of CPU
// (a plain 100 MB CSV import takes under two seconds): read_twin_towns does something
// worse than linear in a long cell. Enable when it reads this in seconds.
TEST(Hostile, DISABLED_AHundredMegabyteTwinTownCityIsLegitimateAndLoadsWhole) {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("pd-hostile-twin-" + std::to_string(::getpid()) + ".csv");
    {
        std::ofstream out(path, std::ios::binary);
        out << "city1,country1,city2,country2\nSuwon,South Korea," << std::string(hundred_mb, 'y') << ",Japan\n";
    }
    const pd::TwinTownList list = pd::read_twin_towns(path);
    std::filesystem::remove(path);
    ASSERT_EQ(list.pairs.size(), 1U);
    EXPECT_EQ(list.cities.size(), 2U);
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

// Known gaps, kept visible: these messages still copy the whole hostile text (100 MB in, a
// 100 MB message out). The JSON reader's unknown-member, enum, id and number-overflow
// messages and the CSV importer's cell messages should quote through
// detail::quoted_excerpt as PartialDate::parse does. Enable when they do.
TEST(Hostile, DISABLED_AHundredMegabyteUnknownKindIsQuotedByItsStart) {
    const std::string message = message_of_json(
        head + R"(, "agreements": [{"id": "a1", "partner": "cn-hebei", "kind": ")" + std::string(hundred_mb, 's') + "\"}]}");
    EXPECT_LT(message.size(), 300U);
}

TEST(Hostile, DISABLED_AHundredMegabyteNumberIsQuotedByItsStart) {
    const std::string message =
        message_of_json(head.substr(0, head.size() - 2) + R"(, "world_region": )" + std::string(hundred_mb, '9') + "}]}");
    EXPECT_LT(message.size(), 300U);
}

}  // namespace
