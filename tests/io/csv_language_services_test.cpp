// SPDX-License-Identifier: Apache-2.0
// The pool and documents tables (linguists.csv, documents.csv): read with the office's
// own headers, and every bad cell named by file, row and column.

#include <paradiplomacy/io/csv_tables.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

class CsvLanguageServices : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-csv-pool-test-" + std::to_string(r()) + std::to_string(r()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path write(const std::string& name, const std::string& content) {
        const auto path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    static pd::CsvImportOptions gyeonggi() {
        pd::CsvImportOptions o;
        o.home = pd::SubdivisionCode("KR-41");
        return o;
    }
    static std::string import_error(const pd::CsvSources& sources) {
        try {
            (void)pd::import_csv(sources, gyeonggi());
        } catch (const pd::FileError& e) {
            return e.what();
        }
        return {};
    }

    fs::path dir_;
};

TEST_F(CsvLanguageServices, PoolWithKoreanHeadersAndAListOfLanguages) {
    pd::CsvSources s;
    s.record_tables.emplace("linguists.csv", write("linguists.csv",
                                                   "id,이름,구분,언어,인원,등급,from,shared\n"
                                                   "pool-zh,,interpreter,zh;zh-Hant,12,conference,2016,true\n"
                                                   "pool-mn,Bat-Erdene,translator,mn,,,,\n"));
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    const auto pool = p.records<pd::Linguist>();
    ASSERT_EQ(pool.size(), 2U);
    EXPECT_EQ(pool[0].count, 12U);
    ASSERT_EQ(pool[0].languages.size(), 2U);
    EXPECT_EQ(p.text(pool[0].languages[1]), "zh-Hant");
    EXPECT_EQ(pool[0].level, pd::LinguistLevel::conference);
    EXPECT_EQ(pool[0].available_from, pd::PartialDate::of_year(2016));
    EXPECT_TRUE(pool[0].shared_with_municipalities);
    EXPECT_EQ(p.text(pool[1].name), "Bat-Erdene");
    EXPECT_EQ(pool[1].count, std::nullopt);
    EXPECT_EQ(pool[1].level, pd::LinguistLevel::unspecified);
}

TEST_F(CsvLanguageServices, ATranslationMayComeBeforeItsOriginal) {
    pd::CsvSources s;
    s.record_tables.emplace("documents.csv",
                            write("documents.csv",
                                  "id,kind,language,translation_of,status,checksum\n"
                                  "mou-ja,agreement_text,ja,mou-ko,proofread,\n"
                                  "mou-ko,agreement_text,ko,,,"
                                  "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n"));
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    const auto docs = p.records<pd::Document>();
    ASSERT_EQ(docs.size(), 2U);
    EXPECT_EQ(docs[0].translation_of, p.find<pd::Document>("mou-ko"));
    EXPECT_EQ(docs[0].translation_status, pd::TranslationStatus::proofread);
    EXPECT_EQ(docs[1].translation_status, pd::TranslationStatus::original);
}

TEST_F(CsvLanguageServices, BadCellsAreNamedAndNothingIsLoaded) {
    pd::CsvSources s;
    s.record_tables.emplace("linguists.csv", write("linguists.csv",
                                                   "id,kind,languages,count\n"
                                                   "a,poet,ja,\n"
                                                   "b,interpreter,ja,twelve\n"));
    s.record_tables.emplace("documents.csv", write("documents.csv",
                                                   "id,kind,language,translation_of\n"
                                                   "c,plan,ja,missing-original\n"));
    const std::string error = import_error(s);
    EXPECT_NE(error.find("linguists.csv"), std::string::npos) << error;
    EXPECT_NE(error.find("row 2, column \"kind\": \"poet\" is not one of interpreter, translator, both"),
              std::string::npos)
        << error;
    EXPECT_NE(error.find("row 3, column \"count\""), std::string::npos) << error;
    EXPECT_NE(error.find("missing-original"), std::string::npos) << error;
}

}  // namespace
