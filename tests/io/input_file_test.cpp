// SPDX-License-Identifier: Apache-2.0
// Every reader opens its files through InputFile: a regular file is read whole, and a
// FIFO, a device or a directory is refused at once, naming the path (a FIFO without a
// writer would otherwise block the reader for ever).
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/input_file.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/io/twin_towns.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

class InputFileTest : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("pd-input-file-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    /// A FIFO that no process writes to: opening it for reading in the usual way blocks.
    fs::path fifo(const std::string& name) const {
        const fs::path p = dir_ / name;
        EXPECT_EQ(::mkfifo(p.c_str(), 0600), 0) << p;
        return p;
    }
    fs::path write(const std::string& name, const std::string& bytes) const {
        const fs::path p = dir_ / name;
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }

    fs::path dir_;
};

std::string error_of(const std::function<void()>& read) {
    try {
        read();
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "(no FileError)";
}

const std::string not_regular = "it is not a regular file (a FIFO, socket or device)";

TEST_F(InputFileTest, ReadsARegularFileWhole) {
    std::string bytes(300'000, 'x');
    bytes[0] = '\0';
    bytes.back() = '\n';
    pd::InputFile in(write("a.bin", bytes), "a.bin");
    EXPECT_EQ(in.size(), bytes.size());
    EXPECT_EQ(in.read_all(), bytes);
    pd::InputFile empty(write("empty", ""), "empty");
    EXPECT_EQ(empty.read_all(), "");
}

TEST_F(InputFileTest, RefusesWhatIsNotARegularFileNamingIt) {
    const fs::path f = fifo("f");
    EXPECT_EQ(error_of([&] { pd::InputFile in(f, "cannot read " + f.string()); }),
              "cannot read " + f.string() + ": " + not_regular);
    EXPECT_EQ(error_of([] { pd::InputFile in("/dev/null", "/dev/null"); }), "/dev/null: " + not_regular);
    EXPECT_EQ(error_of([&] { pd::InputFile in(dir_, "d"); }), "d: it is a directory");
    EXPECT_EQ(error_of([&] { pd::InputFile in(dir_ / "absent", "absent"); }), "absent: No such file or directory");
}

TEST_F(InputFileTest, EveryReaderRefusesAFifoInsteadOfWaitingForAWriter) {
    const fs::path json = fifo("p.json");
    EXPECT_EQ(error_of([&] { (void)pd::load_portfolio(json); }),
              "cannot read \"" + json.string() + "\": " + not_regular);

    const fs::path csv = fifo("partners.csv");
    pd::CsvSources sources;
    sources.partners = csv;
    pd::CsvImportOptions options;
    options.home = pd::SubdivisionCode("KR-41");
    EXPECT_NE(
        error_of([&] { (void)pd::import_csv(sources, options); }).find("partners.csv: cannot open: " + not_regular),
        std::string::npos);

    const fs::path towns = fifo("towns.csv");
    EXPECT_NE(error_of([&] { (void)pd::read_twin_towns(towns); }).find(": cannot open: " + not_regular),
              std::string::npos);

    const fs::path xml = fifo("activities.xml");
    EXPECT_EQ(error_of([&] { (void)pd::iati::read(xml); }), xml.string() + ": cannot open: " + not_regular);
}

}  // namespace
