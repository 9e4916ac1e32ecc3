// SPDX-License-Identifier: Apache-2.0
// The CSV tables forget no described field: for every record kind and every field of its
// description, a portfolio in which that field alone differs from the minimal record
// (tests/support/described_samples.hpp) goes through export_csv and import_csv equal, and
// the record's table names the field's column in its header; a field whose values are
// rows of a table of their own (an engagement's sectors, budgets...) fills that table.
#include "support/described_samples.hpp"

#include <paradiplomacy/io/csv_tables.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

namespace pd = paradiplomacy;
namespace ts = paradiplomacy::test_support;

namespace {

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> header_of(const std::filesystem::path& path) {
    const std::string text = read(path);
    std::vector<std::string> columns;
    std::istringstream line(text.substr(0, text.find("\r\n")));
    for (std::string c; std::getline(line, c, ',');) columns.push_back(c);
    return columns;
}

/// Lists whose items are rows of an oda_*.csv table rather than a cell of the record's row.
template <class V>
constexpr bool rows_of_their_own =
    std::is_same_v<V, std::vector<pd::CountryShare>> || std::is_same_v<V, std::vector<pd::SupranationalShare>> ||
    std::is_same_v<V, std::vector<pd::RegionShare>> || std::is_same_v<V, std::vector<pd::SectorShare>> ||
    std::is_same_v<V, std::vector<pd::OtherSector>> || std::is_same_v<V, std::vector<pd::Budget>> ||
    std::is_same_v<V, std::vector<pd::TransactionTotal>>;

template <class Record>
bool field_has_rows_of_its_own(std::string_view name) {
    bool own = false;
    pd::for_each_field<Record>([&](const auto& field, auto) {
        using V = typename std::remove_cvref_t<decltype(field)>::value_type;
        if (field.name == name) own = rows_of_their_own<V>;
    });
    return own;
}

/// The record kind's table and whether the field's values are rows of a table of their own.
struct Where {
    std::string file;
    bool own_rows = false;
};
Where where(const ts::DescribedSample& s) {
    Where w{std::string(s.table) + ".csv"};
    pd::RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        if (s.record == pd::Description<Record>::name) w.own_rows = field_has_rows_of_its_own<Record>(s.field);
    });
    return w;
}

std::size_t rows_in_oda_part_tables(const std::filesystem::path& dir) {
    std::size_t rows = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (!entry.path().filename().string().starts_with("oda_")) continue;
        const std::string text = read(entry.path());
        rows += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) - 1;  // less the header
    }
    return rows;
}

class CsvDescribedFields : public ::testing::Test {
protected:
    void SetUp() override {
        // Each export syncs its files: in memory (tmpfs) the eighty exports take a fraction
        // of the time they take on disk.
        const std::filesystem::path shm = "/dev/shm";
        std::error_code ec;
        const auto base = std::filesystem::is_directory(shm, ec) ? shm : std::filesystem::temp_directory_path();
        dir_ = base / ("pd_csv_described_fields_" +
                       std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::remove_all(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::filesystem::path dir_;
};

TEST_F(CsvDescribedFields, EveryFieldIsWrittenAndReadBack) {
    const auto samples = ts::described_samples();
    ASSERT_FALSE(samples.empty());
    for (const ts::DescribedSample& sample : samples) {
        SCOPED_TRACE(std::string(sample.record) + "." + std::string(sample.field));
        std::filesystem::remove_all(dir_);
        pd::export_csv(sample.portfolio, dir_);
        EXPECT_TRUE(pd::import_csv(pd::CsvSources::in_directory(dir_)) == sample.portfolio)
            << "the portfolio read back from the tables differs";
        const Where w = where(sample);
        if (w.own_rows) {
            EXPECT_GT(rows_in_oda_part_tables(dir_), 0u) << "no oda_*.csv table holds the field's rows";
            continue;
        }
        // The column is the field's name, or NAME_start, NAME_ref... for a field of several cells.
        const auto header = header_of(dir_ / w.file);
        const std::string prefix = std::string(sample.field) + "_";
        EXPECT_TRUE(std::any_of(header.begin(), header.end(),
                                [&](const std::string& c) { return c == sample.field || c.starts_with(prefix); }))
            << w.file << "'s header names no column for the field";
    }
}

TEST_F(CsvDescribedFields, TheMinimalRecordsFillNoPartTable) {
    // So that a list field's sample is what fills an oda_*.csv table.
    pd::export_csv(ts::minimal_records(), dir_);
    EXPECT_EQ(rows_in_oda_part_tables(dir_), 0u);
}

}  // namespace
