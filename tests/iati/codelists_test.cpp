// SPDX-License-Identifier: Apache-2.0
// Loading IATI codelists: the small hand-written lists in tests/data/iati-codelists/,
// the official lists in ../shared/iati/codelists/ (skipped when absent), and the errors
// a malformed file or a wrong directory gives.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/codelists.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace {

namespace fs = std::filesystem;
using paradiplomacy::FileError;
using paradiplomacy::iati::Codelists;

const fs::path small_dir = fs::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "iati-codelists";
const fs::path shared_dir = fs::path(PARADIPLOMACY_SHARED_DIR) / "iati" / "codelists";

/// A fresh directory under the system's temporary directory, removed afterwards.
class TempDir {
public:
    explicit TempDir(std::string_view name)
        : path_(fs::temp_directory_path() / ("paradiplomacy-codelists-" + std::string(name) + "-" +
                                             std::to_string(::testing::UnitTest::GetInstance()->random_seed()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    void write(const std::string& file, std::string_view text) const {
        std::ofstream(path_ / file, std::ios::binary) << text;
    }
    [[nodiscard]] const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

/// The message of the FileError `load(dir)` throws, or "" when it throws none.
std::string load_error(const fs::path& dir) {
    try {
        (void)Codelists::load(dir);
    } catch (const FileError& e) {
        return e.what();
    }
    return "";
}

constexpr std::string_view good_country = R"(<codelist name="Country">
  <codelist-items>
    <codelist-item>
      <code>KR</code>
      <name><narrative>KOREA, REPUBLIC OF</narrative></name>
    </codelist-item>
  </codelist-items>
</codelist>
)";

TEST(Codelists, LoadsTheSmallLists) {
    const Codelists c = Codelists::load(small_dir);
    EXPECT_EQ(c.directory(), small_dir);
    // mapping.xml is not a codelist and is skipped; the README is not XML.
    EXPECT_EQ(c.lists(), (std::vector<std::string>{"ActivityDateType", "ActivityStatus", "BudgetStatus", "BudgetType",
                                                   "Country", "Currency", "OrganisationRole", "OrganisationType",
                                                   "Region", "Sector", "SectorCategory", "TransactionType"}));
    for (const std::string_view list : Codelists::checked_lists) EXPECT_TRUE(c.has(list)) << list;
    EXPECT_FALSE(c.has("AidType"));
    EXPECT_FALSE(c.has("mappings"));

    const auto* primary = c.find("Sector", "11220");
    ASSERT_NE(primary, nullptr);
    EXPECT_EQ(primary->code, "11220");
    EXPECT_EQ(primary->name, "Primary education");  // the English narrative, not the French one before it
    EXPECT_FALSE(primary->withdrawn);

    const auto* lower_secondary = c.find("Sector", "11321");
    ASSERT_NE(lower_secondary, nullptr);
    EXPECT_TRUE(lower_secondary->withdrawn);

    EXPECT_EQ(c.find("Sector", "99999"), nullptr);
    EXPECT_EQ(c.find("Sector", "112"), nullptr);  // three digits are SectorCategory's
    ASSERT_NE(c.find("SectorCategory", "112"), nullptr);
    EXPECT_EQ(c.find("AidType", "A01"), nullptr);         // list not loaded
    EXPECT_EQ(c.find("TransactionType", "13"), nullptr);  // trimmed list
    EXPECT_EQ(c.find("Country", " KR"), nullptr);
    ASSERT_NE(c.find("Region", "798"), nullptr);
    EXPECT_TRUE(c.find("Currency", "LTL")->withdrawn);
}

TEST(Codelists, LoadsTheOfficialLists) {
    if (!fs::is_directory(shared_dir))
        GTEST_SKIP() << "IATI codelists not found at " << shared_dir << " (reference data absent)";
    const Codelists c = Codelists::load(shared_dir);
    for (const std::string_view list : Codelists::checked_lists) EXPECT_TRUE(c.has(list)) << list;
    EXPECT_FALSE(c.has("mappings"));

    const auto* sector = c.find("Sector", "11110");
    ASSERT_NE(sector, nullptr);
    EXPECT_EQ(sector->name, "Education policy and administrative management");
    ASSERT_NE(c.find("Sector", "15140"), nullptr);
    EXPECT_TRUE(c.find("Sector", "15140")->withdrawn);
    ASSERT_NE(c.find("SectorCategory", "311"), nullptr);
    ASSERT_NE(c.find("Country", "KR"), nullptr);
    EXPECT_FALSE(c.find("Country", "KR")->withdrawn);
    ASSERT_NE(c.find("Country", "AN"), nullptr);
    EXPECT_TRUE(c.find("Country", "AN")->withdrawn);
    ASSERT_NE(c.find("Region", "998"), nullptr);
    ASSERT_NE(c.find("Currency", "KRW"), nullptr);
    EXPECT_EQ(c.find("Currency", "XYZ"), nullptr);
    ASSERT_NE(c.find("TransactionType", "3"), nullptr);
    ASSERT_NE(c.find("OrganisationRole", "4"), nullptr);
    ASSERT_NE(c.find("OrganisationType", "10"), nullptr);
    EXPECT_EQ(c.find("OrganisationType", "12"), nullptr);
    EXPECT_EQ(c.find("ActivityStatus", "7"), nullptr);
    ASSERT_NE(c.find("ActivityDateType", "4"), nullptr);
    ASSERT_NE(c.find("BudgetStatus", "2"), nullptr);
}

TEST(Codelists, MalformedFileNamesFileAndLine) {
    TempDir dir("malformed");
    dir.write("Country.xml", good_country);
    dir.write("Sector.xml",
              "<codelist name=\"Sector\">\n  <codelist-items>\n    <codelist-item>\n      <code>11110</code>\n"
              "    </codelist-itm>\n  </codelist-items>\n</codelist>\n");
    const std::string message = load_error(dir.path());
    EXPECT_NE(message.find("Sector.xml:5:20: not well-formed XML: Opening and ending tag mismatch: codelist-item and "
                           "codelist-itm"),
              std::string::npos)
        << message;
}

TEST(Codelists, ADoctypeOrEntityIsRefused) {
    TempDir dir("doctype");
    dir.write("Country.xml", good_country);
    dir.write("Sector.xml",
              "<?xml version=\"1.0\"?>\n<!DOCTYPE codelist [<!ENTITY a \"aaaaaaaaaa\">]>\n"
              "<codelist name=\"Sector\"><codelist-items><codelist-item><code>&a;</code>"
              "</codelist-item></codelist-items></codelist>\n");
    const std::string message = load_error(dir.path());
    EXPECT_NE(message.find("Sector.xml:2:"), std::string::npos) << message;
    EXPECT_NE(message.find("a DOCTYPE declaration (<!DOCTYPE codelist>) is refused"), std::string::npos) << message;
}

TEST(Codelists, TruncatedAndEmptyFilesAreRefused) {
    TempDir dir("truncated");
    dir.write("Country.xml", good_country.substr(0, good_country.find("</codelist-items>")));
    EXPECT_NE(load_error(dir.path()).find("Country.xml:"), std::string::npos);

    TempDir empty("empty");
    empty.write("Country.xml", good_country);
    empty.write("Region.xml", "");
    const std::string message = load_error(empty.path());
    EXPECT_NE(message.find("Region.xml:1:1: not well-formed XML: the file is empty"), std::string::npos) << message;
}

TEST(Codelists, ItemWithoutCodeNamesItsLine) {
    TempDir dir("nocode");
    dir.write("Country.xml",
              "<codelist name=\"Country\">\n<codelist-items>\n<codelist-item><code>KR</code></codelist-item>\n"
              "<codelist-item>\n  <name><narrative>Nowhere</narrative></name>\n</codelist-item>\n"
              "</codelist-items>\n</codelist>\n");
    const std::string message = load_error(dir.path());
    EXPECT_NE(message.find("Country.xml:4: codelist-item in list \"Country\" has no <code>"), std::string::npos)
        << message;
}

TEST(Codelists, ListWithoutNameOrWithBadStatusIsRefused) {
    TempDir unnamed("unnamed");
    unnamed.write("Country.xml", "<codelist>\n<codelist-items/>\n</codelist>\n");
    EXPECT_NE(load_error(unnamed.path()).find("Country.xml:1: <codelist> has no name attribute"), std::string::npos);

    TempDir status("status");
    status.write("Country.xml",
                 "<codelist name=\"Country\">\n<codelist-items>\n<codelist-item status=\"retired\">"
                 "<code>AN</code></codelist-item>\n</codelist-items>\n</codelist>\n");
    const std::string message = load_error(status.path());
    EXPECT_NE(message.find("Country.xml:3: codelist-item has status \"retired\""), std::string::npos) << message;
}

TEST(Codelists, SameListTwiceIsRefused) {
    TempDir dir("twice");
    dir.write("Country.xml", good_country);
    dir.write("Country-copy.xml", good_country);
    const std::string message = load_error(dir.path());
    EXPECT_NE(message.find("codelist \"Country\" is also defined in"), std::string::npos) << message;
}

TEST(Codelists, DirectoryWithoutCheckedListsIsRefused) {
    TempDir dir("none");
    dir.write("mapping.xml", "<mappings/>\n");
    dir.write("AidType.xml", "<codelist name=\"AidType\"><codelist-items/></codelist>\n");
    const std::string message = load_error(dir.path());
    EXPECT_NE(message.find("holds none of the IATI codelists"), std::string::npos) << message;
    EXPECT_NE(message.find("Sector, SectorCategory, Country"), std::string::npos) << message;

    const std::string missing = load_error(dir.path() / "no-such-directory");
    EXPECT_NE(missing.find("no-such-directory: not a directory"), std::string::npos) << missing;
}

TEST(Codelists, RepeatedCodeKeepsTheFirst) {
    TempDir dir("repeat");
    dir.write("Country.xml",
              "<codelist name=\"Country\"><codelist-items>"
              "<codelist-item><code>KR</code><name><narrative>First</narrative></name></codelist-item>"
              "<codelist-item status=\"withdrawn\"><code>KR</code><name><narrative>Second</narrative></name>"
              "</codelist-item></codelist-items></codelist>");
    const Codelists c = Codelists::load(dir.path());
    ASSERT_NE(c.find("Country", "KR"), nullptr);
    EXPECT_EQ(c.find("Country", "KR")->name, "First");
    EXPECT_FALSE(c.find("Country", "KR")->withdrawn);
}

}  // namespace
