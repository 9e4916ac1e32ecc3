// SPDX-License-Identifier: Apache-2.0
// Writing portfolio files: the canonical form (golden files byte for byte), lossless
// round trips, exact numbers, escaping, and portfolios that cannot be written.
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <random>
#include <sstream>
#include <string>

namespace pd = paradiplomacy;

namespace {

const std::filesystem::path golden_dir = std::filesystem::path(PARADIPLOMACY_SOURCE_DIR) / "tests/data/golden";

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string expect_write_error(const pd::Portfolio& p) {
    try {
        (void)pd::to_portfolio_json(p);
    } catch (const pd::FileError& e) {
        return e.what();
    }
    ADD_FAILURE() << "the portfolio was written";
    return {};
}

pd::Portfolio with_one_partner() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Partner mn;
    mn.key = p.intern("mn");
    mn.level = pd::PartnerLevel::country;
    mn.country = pd::CountryCode("MN");
    p.add(mn);
    return p;
}

class Golden : public testing::TestWithParam<const char*> {};

TEST_P(Golden, SavingTheLoadedFileReproducesItByteForByte) {
    const std::filesystem::path file = golden_dir / GetParam();
    const std::string original = read_bytes(file);
    ASSERT_FALSE(original.empty()) << file;
    const pd::Portfolio p = pd::parse_portfolio_json(original, file.string());
    EXPECT_EQ(pd::to_portfolio_json(p), original);
}

TEST_P(Golden, SaveThenLoadGivesAnEqualPortfolio) {
    const pd::Portfolio p = pd::load_portfolio(golden_dir / GetParam());
    const std::filesystem::path out =
        std::filesystem::temp_directory_path() / ("pd-json-roundtrip-" + std::string(GetParam()));
    pd::save_portfolio(p, out);
    EXPECT_EQ(pd::load_portfolio(out), p);
    EXPECT_EQ(read_bytes(out), read_bytes(golden_dir / GetParam()));
    std::filesystem::remove(out);
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, testing::Values("complete.json", "minimal.json"));

TEST(JsonWrite, RoundTripDetectsADifference) {
    // The round-trip checks rest on Portfolio equality; make sure it can fail here.
    const pd::Portfolio p = pd::load_portfolio(golden_dir / "complete.json");
    pd::Portfolio changed = p;
    pd::Agreement a = changed.agreements()[0];
    a.signed_on = pd::PartialDate::of_day(2008, 10, 1);  // finer than the file's "2008-10"
    changed.replace(a);
    EXPECT_NE(changed, p);
    EXPECT_NE(pd::parse_portfolio_json(pd::to_portfolio_json(changed)), p);
}

TEST(JsonWrite, RoundTripSeesEveryIatiMember) {
    // Changing any one of the IATI-shaped members must change the portfolio read back.
    const pd::Portfolio p = pd::load_portfolio(golden_dir / "complete.json");
    const pd::OdaEngagement original = p.engagement(*p.find_engagement("koica-vn-water"));
    std::vector<std::function<void(pd::Portfolio&, pd::OdaEngagement&)>> changes{
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.recipient_countries[1].percentage = 21.0; },
        [](pd::Portfolio&, pd::OdaEngagement& e) {
            e.recipient_regions[1].vocabulary = pd::RegionVocabulary::oecd_dac;
        },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.recipient_regions[0].code = 789; },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.budgets[1].value_date = pd::PartialDate::of_day(2020, 2, 1); },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.budgets[1].type = pd::BudgetType::revised; },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.budgets[0].status = pd::BudgetStatus::indicative; },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.transactions[2].count = 4; },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.transactions[2].type = pd::TransactionType::expenditure; },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.transactions[2].year = 2021; },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.default_currency = pd::CurrencyCode("EUR"); },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.reporting_org.reset(); },
        [](pd::Portfolio& q, pd::OdaEngagement& e) { e.reporting_org->name = q.intern("KOICA"); },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.reporting_org->type = 15; },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.organisations[1].role = pd::OrganisationRole::extending; },
        [](pd::Portfolio& q, pd::OdaEngagement& e) { e.organisations[1].activity_id = q.intern("GWC-7"); },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.organisations[0].activity_id = pd::TextId(0); },
        [](pd::Portfolio& q, pd::OdaEngagement& e) {
            e.organisations[0].organisation = *q.find<pd::Organisation>("ggcf");
        },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.sectors[0].purpose = pd::PurposeCode("14010"); },
        [](pd::Portfolio& q, pd::OdaEngagement& e) {
            e.other_sectors.push_back({q.intern("99"), q.intern("EDU"), 40.0});
        },
        [](pd::Portfolio& q, pd::OdaEngagement& e) {
            e.other_sectors.push_back({q.intern("10"), q.intern("3"), std::nullopt});
        },
        [](pd::Portfolio&, pd::OdaEngagement& e) { e.transaction_sectors = !e.transaction_sectors; },
        [](pd::Portfolio& q, pd::OdaEngagement& e) {
            e.other_identifiers.push_back({q.intern("VN-OLD"), pd::OtherIdentifierType::previous_reporting_org});
        },
        [](pd::Portfolio& q, pd::OdaEngagement& e) {
            e.other_identifiers.push_back({q.intern("VN-OLD"), pd::OtherIdentifierType::internal});
        },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        pd::Portfolio changed = p;
        pd::OdaEngagement e = original;
        changes[i](changed, e);
        changed.replace(e);
        EXPECT_NE(changed, p) << "change " << i;
        const pd::Portfolio back = pd::parse_portfolio_json(pd::to_portfolio_json(changed));
        EXPECT_EQ(back, changed) << "change " << i;
        EXPECT_NE(back, p) << "change " << i;
    }
}

TEST(JsonWrite, AnUndatedProgramIsWrittenWithoutAStartAndReadBackUndated) {
    pd::Portfolio p = with_one_partner();
    pd::ExchangeProgram g;
    g.key = p.intern("mn-youth");
    g.kind = pd::ProgramKind::youth_exchange;
    g.partners = {p.partners()[0].id};
    p.add(g);
    const std::string text = pd::to_portfolio_json(p);
    EXPECT_EQ(text.find("\"start\""), std::string::npos) << text;
    const pd::Portfolio back = pd::parse_portfolio_json(text);
    ASSERT_EQ(back.programs().size(), 1U);
    EXPECT_EQ(back.programs()[0].start, std::nullopt);
    EXPECT_EQ(back, p);
}

TEST(JsonWrite, NumbersRoundTripExactly) {
    pd::Portfolio p = with_one_partner();
    pd::OdaEngagement e;
    e.key = p.intern("o");
    e.recipient = pd::CountryCode("MN");
    std::mt19937_64 random(20240619);
    std::uniform_real_distribution<double> share(0.0, 100.0);
    std::uniform_int_distribution<int> exponent(-300, 300);
    for (int i = 0; i < 200; ++i) e.sectors.push_back(pd::SectorShare{pd::PurposeCode("11220"), share(random)});
    const double amounts[] = {0.0,
                              -0.0,
                              0.1,
                              1.0 / 3.0,
                              900000000.0,
                              1e15,
                              1e16,
                              123456789012345678.0,
                              5e-324,
                              1e-5,
                              -2.5e-7,
                              1e300,
                              std::numeric_limits<double>::max(),
                              0.30000000000000004};
    for (const double amount : amounts)
        e.budgets.push_back(
            pd::Budget{pd::Period(pd::PartialDate::of_year(2015)), pd::Money(amount, pd::CurrencyCode("KRW"))});
    for (int i = 0; i < 200; ++i) {
        const double amount = std::ldexp(std::uniform_real_distribution<double>(-1.0, 1.0)(random), exponent(random));
        e.budgets.push_back(
            pd::Budget{pd::Period(pd::PartialDate::of_year(2015)), pd::Money(amount, pd::CurrencyCode("USD"))});
    }
    p.add(e);
    const std::string text = pd::to_portfolio_json(p);
    const pd::Portfolio back = pd::parse_portfolio_json(text);
    ASSERT_EQ(back.engagements().size(), 1U);
    const pd::OdaEngagement& r = back.engagements()[0];
    ASSERT_EQ(r.sectors.size(), e.sectors.size());
    ASSERT_EQ(r.budgets.size(), e.budgets.size());
    for (std::size_t i = 0; i < e.sectors.size(); ++i) EXPECT_EQ(r.sectors[i].percentage, e.sectors[i].percentage) << i;
    for (std::size_t i = 0; i < e.budgets.size(); ++i) {
        const double want = e.budgets[i].value.amount();
        const double got = r.budgets[i].value.amount();
        EXPECT_EQ(got, want) << i;
        EXPECT_EQ(std::signbit(got), std::signbit(want)) << i;
    }
    // Integral amounts are written as plain integers, short values in their shortest form.
    EXPECT_NE(text.find("\"amount\": 900000000,"), std::string::npos);
    EXPECT_NE(text.find("\"amount\": 0.1,"), std::string::npos);
    EXPECT_NE(text.find("\"amount\": 1e+300,"), std::string::npos);
    EXPECT_EQ(text.find("900000000.0"), std::string::npos);
}

TEST(JsonWrite, TextIsWrittenAsUtf8WithOnlyTheNecessaryEscapes) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "quote \" backslash \\ tab \t newline \n bell \x07 del \x7f",
                    "경기도 😀");
    const std::string text = pd::to_portfolio_json(p);
    EXPECT_NE(text.find(R"("name_en": "quote \" backslash \\ tab \t newline \n bell \u0007 del )"
                        "\x7f"
                        R"(")"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("\"name_local\": \"경기도 😀\""), std::string::npos) << text;
    EXPECT_EQ(pd::parse_portfolio_json(text), p);
}

TEST(JsonWrite, DocumentEndsWithOneNewlineAndUsesTwoSpaceIndentation) {
    const std::string text = pd::to_portfolio_json(with_one_partner());
    EXPECT_EQ(text,
              "{\n"
              "  \"schema\": \"paradiplomacy.portfolio/2\",\n"
              "  \"home\": {\n"
              "    \"code\": \"KR-41\",\n"
              "    \"name_en\": \"Gyeonggi-do\"\n"
              "  },\n"
              "  \"partners\": [\n"
              "    {\n"
              "      \"id\": \"mn\",\n"
              "      \"level\": \"country\",\n"
              "      \"country\": \"MN\"\n"
              "    }\n"
              "  ]\n"
              "}\n");
}

TEST(JsonWrite, InvalidUtf8TextIsRefusedNamingTheField) {
    pd::Portfolio p = with_one_partner();
    pd::Partner mn = p.partners()[0];
    mn.name_local = p.intern("\xED\xA0\x80");  // an encoded surrogate is not UTF-8
    p.replace(mn);
    EXPECT_EQ(expect_write_error(p), "cannot write the portfolio: partners[0].name_local is not valid UTF-8 text");
}

TEST(JsonWrite, ARecordWithoutAnIdIsRefusedWhenAdded) {
    pd::Portfolio p = with_one_partner();
    pd::Agreement a;
    a.partner = p.partners()[0].id;
    EXPECT_THROW(p.add(a), pd::InvalidValue);
    EXPECT_TRUE(p.agreements().empty());
}

TEST(JsonWrite, ADanglingReferenceIsRefused) {
    pd::Portfolio p = with_one_partner();
    pd::Agreement a;
    a.key = p.intern("a");
    a.partner = pd::PartnerId(7);
    p.add(a);
    EXPECT_EQ(expect_write_error(p),
              "cannot write the portfolio: agreements[0].partner refers to partner #7, which is not in the portfolio");
}

TEST(JsonWrite, AProgramWithoutPartnersIsRefusedWhenAdded) {
    pd::Portfolio p = with_one_partner();
    pd::ExchangeProgram x;
    x.key = p.intern("x");
    EXPECT_THROW(p.add(x), pd::InvalidValue);
    EXPECT_TRUE(p.programs().empty());
}

TEST(JsonWrite, ANonFinitePercentageIsRefused) {
    pd::Portfolio p = with_one_partner();
    pd::OdaEngagement e;
    e.key = p.intern("o");
    e.recipient = pd::CountryCode("MN");
    e.sectors.push_back(pd::SectorShare{pd::PurposeCode("11220"), std::numeric_limits<double>::quiet_NaN()});
    p.add(e);
    EXPECT_EQ(expect_write_error(p), "cannot write the portfolio: oda[0].sectors has a percentage outside 0-100");
}

TEST(JsonWrite, AFailedSaveNamesThePathAndLeavesNoFile) {
    pd::Portfolio p = with_one_partner();
    pd::OdaEngagement nan_share;
    nan_share.key = p.intern("o");
    nan_share.recipient = pd::CountryCode("MN");
    nan_share.sectors.push_back(pd::SectorShare{pd::PurposeCode("11220"), std::numeric_limits<double>::quiet_NaN()});
    p.add(nan_share);
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "pd-json-failed-save";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    try {
        pd::save_portfolio(p, dir / "out.json");
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot write \"" + (dir / "out.json").string() +
                                             "\": oda[0].sectors has a percentage outside 0-100 (the previous "
                                             "file, if any, is unchanged)");
    }
    EXPECT_TRUE(std::filesystem::is_empty(dir));  // neither the target nor a temporary file
    std::filesystem::remove_all(dir);
}

}  // namespace
