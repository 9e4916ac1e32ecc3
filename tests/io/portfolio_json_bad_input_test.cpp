// SPDX-License-Identifier: Apache-2.0
// The catalogue of malformed portfolio files (tests/data/bad-json/): each NAME.json must
// be refused with exactly the message in NAME.error ("{file}" stands for its path).
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace pd = paradiplomacy;

namespace {

const std::filesystem::path bad_dir = std::filesystem::path(PARADIPLOMACY_SOURCE_DIR) / "tests/data/bad-json";

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::filesystem::path> catalogue() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(bad_dir))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string expected_message(const std::filesystem::path& file) {
    std::string text = read_bytes(std::filesystem::path(file).replace_extension(".error"));
    while (!text.empty() && text.back() == '\n') text.pop_back();
    const std::string placeholder = "{file}";
    if (const auto at = text.find(placeholder); at != std::string::npos)
        text.replace(at, placeholder.size(), file.string());
    return text;
}

class BadJson : public testing::TestWithParam<std::filesystem::path> {};

TEST_P(BadJson, IsRefusedWithItsMessage) {
    const std::filesystem::path& file = GetParam();
    const std::filesystem::path error_file = std::filesystem::path(file).replace_extension(".error");
    ASSERT_TRUE(std::filesystem::exists(error_file)) << "no expected message for " << file;
    const std::string expected = expected_message(file);
    ASSERT_FALSE(expected.empty()) << error_file << " is empty";
    try {
        (void)pd::load_portfolio(file);
        FAIL() << file << " was accepted";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), expected);
    }
    // The same document in memory gives the same message with the given name.
    try {
        (void)pd::parse_portfolio_json(read_bytes(file), file.string());
        FAIL() << file << " was accepted from memory";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), expected);
    }
}

std::string test_name(const testing::TestParamInfo<std::filesystem::path>& info) {
    std::string name = info.param.stem().string();
    std::replace_if(
        name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadJson, testing::ValuesIn(catalogue()), test_name);

TEST(BadJsonCatalogue, CoversTheKnownFailureKinds) {
    // Guards against the directory going missing or being emptied: a parameterised test
    // over nothing would pass silently.
    const auto files = catalogue();
    EXPECT_GE(files.size(), 25U);
    for (const char* needed :
         {"truncated", "wrong-type", "unknown-enum", "impossible-date", "duplicate-id", "dangling-reference",
          "wrong-schema-version", "invalid-utf8", "utf16-bom", "unknown-member"})
        EXPECT_TRUE(std::filesystem::exists(bad_dir / (std::string(needed) + ".json"))) << needed;
}

TEST(BadJson, NothingHalfLoadedSurvivesAnError) {
    // An error after many good records still throws; the caller's portfolio is untouched.
    pd::Portfolio kept(pd::SubdivisionCode("KR-11"));
    std::string text = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, "partners": [)";
    for (int i = 0; i < 1000; ++i)
        text += R"({"id": "p)" + std::to_string(i) + R"(", "level": "country", "country": "MN"},)";
    text += R"({"id": "bad", "level": "country", "country": "M1"}]})";
    EXPECT_THROW(kept = pd::parse_portfolio_json(text), pd::FileError);
    EXPECT_EQ(kept, pd::Portfolio(pd::SubdivisionCode("KR-11")));
}

}  // namespace
