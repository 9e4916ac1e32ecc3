// SPDX-License-Identifier: Apache-2.0
// Results, indicators and indicator periods in the JSON format and the CSV tables: they
// round-trip, references are by key, values stay the text given, a version-1 document
// holding them is refused, and bad values are refused naming the record or row.
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

/// Mongolia's Smart Class: an engagement with one result, one indicator, one period.
pd::Portfolio sample() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e;
    e.key = p.intern("mn-smart-class");
    e.recipient = pd::CountryCode("MN");
    const pd::EngagementId smart = p.add(e);
    pd::Result r;
    r.key = p.intern("mn-smart-class:result-1");
    r.title = p.intern("스마트 교실 개설");
    r.type = pd::ResultType::output;
    r.aggregation_status = pd::Aggregation::suitable;
    r.engagement = smart;
    const pd::ResultId result = p.add(r);
    pd::Indicator i;
    i.key = p.intern("mn-smart-class:classes");
    i.result = result;
    i.title = p.intern("Classes opened");
    i.measure = pd::IndicatorMeasure::unit;
    i.descending = true;
    i.baseline_date = pd::PartialDate::of_year(2018);
    i.baseline_value = p.intern("0");
    const pd::IndicatorId classes = p.add(i);
    pd::IndicatorPeriod x;
    x.key = p.intern("mn-smart-class:classes:2019");
    x.indicator = classes;
    x.start = pd::PartialDate::parse("2019-01-01");
    x.end = pd::PartialDate::parse("2019-12-31");
    x.target = p.intern("10");
    x.actual = p.intern("12.0");  // kept as written, not as 12
    x.actual_comment = p.intern("two more, \"as hoped\"");
    (void)p.add(x);
    return p;
}

std::string parse_error(const std::string& text) {
    try {
        (void)pd::parse_portfolio_json(text, "results.json");
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST(ResultsJson, RecordsRoundTripWithTheirValuesAsGiven) {
    const pd::Portfolio p = sample();
    const std::string json = pd::to_portfolio_json(p);
    EXPECT_NE(json.find(R"("results")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("engagement": "mn-smart-class")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("result": "mn-smart-class:result-1")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("actual": "12.0")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("descending": true)"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("baseline_date": "2018")"), std::string::npos) << json;
    EXPECT_EQ(pd::parse_portfolio_json(json), p);
}

TEST(ResultsJson, RefusesWhatTheFormatDoesNotHold) {
    const std::string head = R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
      "results": [{"id": "r", "type": "output"}])";
    EXPECT_EQ(parse_error(head + "}"), "");
    std::string error = parse_error(head + R"(, "indicators": [{"id": "i", "result": "r2", "measure": "unit"}]})");
    EXPECT_NE(error.find("indicators[0].result (indicator \"i\"): result \"r2\" is not defined"), std::string::npos)
        << error;
    error = parse_error(head + R"(, "indicators": [{"id": "i", "result": "r", "measure": "count"}]})");
    EXPECT_NE(error.find("\"count\""), std::string::npos) << error;
    EXPECT_NE(error.find("unit, percentage, nominal, ordinal, qualitative"), std::string::npos) << error;
    error = parse_error(head + R"(, "indicators": [{"id": "i", "result": "r", "measure": "unit"}],
      "indicator_periods": [{"id": "x", "indicator": "i", "target": 10}]})");
    EXPECT_NE(error.find("target"), std::string::npos) << error;  // a value is text, never a JSON number
    error = parse_error(R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
      "results": [{"id": "r", "type": "output"}]})");
    EXPECT_NE(error.find("member \"results\" came in version 2 of the format, and this document is version 1"),
              std::string::npos)
        << error;
}

/// A fresh directory per test, removed afterwards.
class ResultsCsv : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-results-test-" + std::to_string(r()) + std::to_string(r()));
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
    fs::path dir_;
};

TEST_F(ResultsCsv, RecordsRoundTripThroughTheirTables) {
    const pd::Portfolio p = sample();
    const fs::path out = dir_ / "tables";
    pd::export_csv(p, out);
    EXPECT_EQ(read(out / "results.csv"),
              "id,title,description,type,aggregation_status,program,engagement,source,note,uncertain\r\n"
              "mn-smart-class:result-1,스마트 교실 개설,,output,suitable,,mn-smart-class,,,\r\n");
    EXPECT_EQ(read(out / "indicator_periods.csv"),
              "id,indicator,start,end,target,target_comment,actual,actual_comment,source,note,uncertain\r\n"
              "mn-smart-class:classes:2019,mn-smart-class:classes,2019-01-01,2019-12-31,10,,12.0,"
              "\"two more, \"\"as hoped\"\"\",,,\r\n");
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), p);
}

TEST_F(ResultsCsv, BadCellsAreRefusedNamingRowAndColumn) {
    pd::CsvSources s;
    s.record_tables.emplace("results.csv", write("results.csv",
                                                 "id,성과,유형,oda\n"
                                                 "r1,Classes,outputs,\n"
                                                 "r2,Teachers,output,mn-nowhere\n"));
    s.record_tables.emplace("indicators.csv", write("indicators.csv",
                                                    "id,result,measure,baseline_year\n"
                                                    "i1,r9,unit,2018\n"
                                                    "i2,r2,unit,last year\n"));
    std::string error;
    try {
        pd::CsvImportOptions o;
        o.home = pd::SubdivisionCode("KR-41");
        (void)pd::import_csv(s, o);
    } catch (const pd::FileError& e) {
        error = e.what();
    }
    for (const char* expected :
         {"results.csv, row 2, column \"유형\": \"outputs\"", "results.csv, row 3, column \"oda\"",
          "indicators.csv, row 2, column \"result\": no result has the id \"r9\"",
          "indicators.csv, row 3, column \"baseline_year\""})
        EXPECT_NE(error.find(expected), std::string::npos) << "missing: " << expected << "\nin: " << error;
}
