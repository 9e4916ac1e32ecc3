// SPDX-License-Identifier: Apache-2.0
// Envelopes and money lines in the JSON format and the CSV tables: they round-trip, the
// amount is a number in its currency, references are by key, and bad values are refused
// naming the record or row.
#include "support/money_fixture.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

pd::Portfolio sample() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Partner mn;
    mn.key = p.intern("mn");
    mn.level = pd::PartnerLevel::country;
    mn.country = pd::CountryCode("MN");
    const pd::PartnerId mongolia = p.add(mn);
    pd::ExchangeProgram t;
    t.key = p.intern("mn-training-2015");
    t.partners = {mongolia};
    const pd::ProgramId training = p.add(t);
    const pd::test::Envelopes2015 env(p);
    pd::MoneyLine l = pd::test::money_line(p, "training-2015", pd::MoneyStage::actual, 2015, 1250.5, "USD");
    l.program = training;
    l.envelope = env.trainings;
    l.period = pd::Period(pd::PartialDate::parse("2015-05-01"), pd::PartialDate::parse("2015-05-09"));
    l.purpose = p.intern("airfares, \"economy\"");
    l.provenance.source = p.intern("https://devm.sedaily.com/NewsView/1HNOP0THMM");
    (void)p.add(l);
    pd::MoneyLine refund = pd::test::money_line(p, "refund", pd::MoneyStage::actual, 2015, -300.0, std::nullopt);
    refund.envelope = env.oda;
    (void)p.add(refund);
    return p;
}

constexpr std::string_view document_head = R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
  "envelopes": [{"id": "oda-2015", "year": 2015, "amount": 900000000, "currency": "KRW"}])";

std::string parse_error(const std::string& text) {
    try {
        (void)pd::parse_portfolio_json(text, "money.json");
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

TEST(MoneyJson, EnvelopesAndLinesRoundTrip) {
    const pd::Portfolio p = sample();
    const std::string json = pd::to_portfolio_json(p);
    EXPECT_NE(json.find(R"("envelopes")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("money_lines")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("amount": 900000000)"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("amount": 1250.5)"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("parent": "oda-2015")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("stage": "actual")"), std::string::npos) << json;
    EXPECT_EQ(pd::parse_portfolio_json(json), p);
}

TEST(MoneyJson, ReferencesMayPointForwardAndMustResolve) {
    const std::string forward = std::string(R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
      "money_lines": [{"id": "x", "envelope": "oda-2015", "stage": "planned", "year": 2015, "amount": 5,
                       "currency": "KRW"}],
      "envelopes": [{"id": "oda-2015", "year": 2015, "amount": 900000000, "currency": "KRW"}]})");
    const pd::Portfolio p = pd::parse_portfolio_json(forward);
    ASSERT_EQ(p.records<pd::MoneyLine>().size(), 1U);
    EXPECT_EQ(p.records<pd::MoneyLine>()[0].envelope, p.find<pd::Envelope>("oda-2015"));

    const std::string dangling = std::string(document_head) + R"(,
      "money_lines": [{"id": "x", "envelope": "oda-2016", "stage": "planned", "year": 2016, "amount": 5}]})";
    const std::string error = parse_error(dangling);
    EXPECT_NE(error.find("oda-2016"), std::string::npos) << error;
    EXPECT_NE(error.find("envelope"), std::string::npos) << error;
}

TEST(MoneyJson, RefusesAnAmountThatIsNotANumberAndAMissingOne) {
    std::string error = parse_error(std::string(document_head) + R"(,
      "money_lines": [{"id": "x", "envelope": "oda-2015", "stage": "planned", "year": 2015, "amount": "5"}]})");
    EXPECT_NE(error.find("amount"), std::string::npos) << error;
    EXPECT_NE(error.find("a number"), std::string::npos) << error;
    error = parse_error(std::string(document_head) + R"(,
      "money_lines": [{"id": "x", "envelope": "oda-2015", "stage": "planned", "year": 2015}]})");
    EXPECT_NE(error.find("amount"), std::string::npos) << error;
    error = parse_error(std::string(document_head) + R"(,
      "money_lines": [{"id": "x", "stage": "spent", "year": 2015, "amount": 1}]})");
    EXPECT_NE(error.find("\"spent\""), std::string::npos) << error;
    EXPECT_NE(error.find("planned, actual"), std::string::npos) << error;
    error = parse_error(std::string(document_head) + R"(,
      "money_lines": [{"id": "x", "stage": "actual", "year": 2015, "amount": 1, "currency": "krw"}]})");
    EXPECT_NE(error.find("ISO 4217"), std::string::npos) << error;
    error = parse_error(std::string(document_head) + R"(,
      "money_lines": [{"id": "x", "stage": "actual", "year": 70000, "amount": 1}]})");
    EXPECT_NE(error.find("too large"), std::string::npos) << error;
}

/// A fresh directory per test, removed afterwards.
class MoneyCsv : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-money-test-" + std::to_string(r()) + std::to_string(r()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path write(const std::string& name, const std::string& content) {
        const auto path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    static std::string read(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    static pd::CsvImportOptions gyeonggi() {
        pd::CsvImportOptions o;
        o.home = pd::SubdivisionCode("KR-41");
        return o;
    }
    fs::path dir_;
};

TEST_F(MoneyCsv, EnvelopesAndLinesRoundTripThroughTheirTables) {
    const pd::Portfolio p = sample();
    const fs::path out = dir_ / "tables";
    pd::export_csv(p, out);
    EXPECT_EQ(read(out / "envelopes.csv"),
              "id,year,purpose,amount,currency,parent,source,note,uncertain\r\n"
              "oda-2015,2015,ODA,900000000,KRW,,,,\r\n"
              "smart-class-2015,2015,Smart Class,200000000,KRW,oda-2015,,,\r\n"
              "trainings-2015,2015,Trainings,90000000,KRW,oda-2015,,,\r\n");
    EXPECT_EQ(read(out / "money_lines.csv"),
              "id,agreement,program,engagement,envelope,stage,year,period_start,period_end,amount,currency,purpose,"
              "source,note,uncertain\r\n"
              "training-2015,,mn-training-2015,,trainings-2015,actual,2015,2015-05-01,2015-05-09,1250.5,USD,"
              "\"airfares, \"\"economy\"\"\",https://devm.sedaily.com/NewsView/1HNOP0THMM,,\r\n"
              "refund,,,,oda-2015,actual,2015,,,-300,,,,,\r\n");
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), p);
}

TEST_F(MoneyCsv, LargeAndSmallAmountsAreWrittenInFixedNotationAndReadBackTheSame) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    (void)p.add(pd::test::envelope(p, "big", 2015, "", 5e15, "KRW"));
    (void)p.add(pd::test::envelope(p, "small", 2015, "", 0.001, "USD"));
    (void)p.add(pd::test::envelope(p, "third", 2015, "", 1.0 / 3.0, "USD"));
    const fs::path out = dir_ / "tables";
    pd::export_csv(p, out);
    EXPECT_EQ(read(out / "envelopes.csv"),
              "id,year,purpose,amount,currency,parent,source,note,uncertain\r\n"
              "big,2015,,5000000000000000,KRW,,,,\r\n"
              "small,2015,,0.001,USD,,,,\r\n"
              "third,2015,,0.3333333333333333,USD,,,,\r\n");
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), p);
}

TEST_F(MoneyCsv, BadCellsAreRefusedNamingRowAndColumnAndNothingIsLoaded) {
    pd::CsvSources s;
    s.record_tables.emplace("envelopes.csv", write("envelopes.csv",
                                                   "id,연도,용도,금액,통화,parent\n"
                                                   "oda-2015,2015,ODA,\"900,000,000\",KRW,\n"
                                                   "smart,2015,Smart Class,200000000,KRW,oda-2014\n"
                                                   "emergency,2015,Emergency,,KRW,\n"));
    s.record_tables.emplace("money_lines.csv", write("money_lines.csv",
                                                     "id,envelope,stage,year,amount,currency\n"
                                                     "a,smart,spent,2015,5,KRW\n"
                                                     "b,smart,actual,two thousand,5,KRW\n"
                                                     "c,smart,actual,2015,5,won\n"));
    std::string error;
    try {
        (void)pd::import_csv(s, gyeonggi());
    } catch (const pd::FileError& e) {
        error = e.what();
    }
    for (const char* expected :
         {"envelopes.csv, row 2, column \"금액\": \"900,000,000\" is not a plain number (digits, '.', no thousands "
          "separators)",
          "envelopes.csv, row 3, column \"parent\": no envelope has the id \"oda-2014\"",
          "envelopes.csv, row 4, column \"금액\"", "money_lines.csv, row 2, column \"stage\": \"spent\"",
          "money_lines.csv, row 3, column \"year\": \"two thousand\" is not a plain number",
          "money_lines.csv, row 4, column \"currency\""})
        EXPECT_NE(error.find(expected), std::string::npos) << "missing: " << expected << "\nin: " << error;
}

TEST(MoneyModel, AnAmountThatNoFileCanHoldIsRefused) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::Envelope e = pd::test::envelope(p, "nan", 2015, "ODA", std::numeric_limits<double>::quiet_NaN(), "KRW");
    try {
        (void)p.add(e);
        FAIL() << "a NaN amount was taken";
    } catch (const pd::InvalidValue& x) {
        EXPECT_STREQ(x.what(), "envelope \"nan\": amount is not a finite number");
    }
    pd::MoneyLine l =
        pd::test::money_line(p, "inf", pd::MoneyStage::actual, 2015, std::numeric_limits<double>::infinity(), "KRW");
    EXPECT_THROW((void)p.add(l), pd::InvalidValue);
    EXPECT_TRUE(p.records<pd::Envelope>().empty());
    EXPECT_TRUE(p.records<pd::MoneyLine>().empty());
    e.amount = 1.0;
    e.key = p.intern("");
    EXPECT_THROW((void)p.add(e), pd::InvalidValue);  // a key, as for every kind
}

}  // namespace
