// SPDX-License-Identifier: Apache-2.0
// One set of rules, one answer: an activity that meets IATI rule 6.2.2 (a sector in any
// vocabulary, or sectors on its transactions) or 1.1.21 (the identifier prefixed by a
// previous reporting organisation's, other-identifier type B1) gets no finding of it from
// the import, nor from validate() on the imported portfolio, nor after the portfolio is
// saved and loaded as JSON or as CSV tables; one that breaks them gets it everywhere.
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;
namespace fs = std::filesystem;

namespace {

constexpr const char* sectors_missing = "iati.sectors.missing";
constexpr const char* identifier_prefix = "iati.identifier.prefix";

/// The activities (by IATI identifier) that validate() finds breaking `rule`.
std::set<std::string> found_by_validate(const pd::Portfolio& p, std::string_view rule) {
    std::set<std::string> out;
    const pd::ValidationReport report = pd::validate(p);
    for (const pd::Finding& f : report.findings())
        if (f.rule == rule && f.entity.kind == pd::EntityKind::oda)
            out.emplace(p.text(p.engagements()[f.entity.index].iati_identifier));
    return out;
}

/// The activities the import reported as breaking `rule`.
std::set<std::string> found_by_import(const iati::Import& in, std::string_view rule) {
    std::set<std::string> out;
    for (const iati::Notice& n : in.notices)
        if (n.rule == rule) out.insert(n.activity);
    return out;
}

class CsvDirectory {
public:
    CsvDirectory() {
        std::random_device r;
        path_ = fs::temp_directory_path() / ("pd-rules-agree-" + std::to_string(r()) + std::to_string(r()));
    }
    ~CsvDirectory() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    CsvDirectory(const CsvDirectory&) = delete;
    CsvDirectory& operator=(const CsvDirectory&) = delete;
    [[nodiscard]] pd::Portfolio round_trip(const pd::Portfolio& p) const {
        pd::export_csv(p, path_);
        return pd::import_csv(pd::CsvSources::in_directory(path_));
    }

private:
    fs::path path_;
};

/// Checks that the import, validate() on what it imported, and validate() after a JSON
/// and a CSV round trip all find `expected` breaking `rule`, and nothing else.
void expect_one_answer(const iati::Import& in, std::string_view rule, const std::set<std::string>& expected) {
    SCOPED_TRACE(std::string(rule));
    EXPECT_EQ(found_by_import(in, rule), expected);
    EXPECT_EQ(found_by_validate(in.portfolio, rule), expected);
    const pd::Portfolio json = pd::parse_portfolio_json(pd::to_portfolio_json(in.portfolio), "saved.json");
    EXPECT_EQ(json, in.portfolio);
    EXPECT_EQ(found_by_validate(json, rule), expected);
    const pd::Portfolio csv = CsvDirectory().round_trip(in.portfolio);
    EXPECT_EQ(found_by_validate(csv, rule), expected);
}

/// A home government, so that the CSV tables (which need one) can be written and read.
iati::ReadOptions gyeonggi() {
    iati::ReadOptions options;
    options.home = pd::SubdivisionCode("KR-41");
    return options;
}

fs::path fixture(const char* name) { return fs::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "iati" / name; }

}  // namespace

TEST(IatiRulesAgree, SectorsElsewhereAndPreviousPrefixesInEveryFormat) {
    const iati::Import in = iati::read(fixture("rules-met-elsewhere.xml"), gyeonggi());
    ASSERT_EQ(in.activities_imported, 4u);
    expect_one_answer(in, sectors_missing, {"XM-OTHER-8"});
    // An internal identifier (A1) is no previous reporting organisation: XM-OTHER-8 still breaks 1.1.21.
    expect_one_answer(in, identifier_prefix, {"XM-OTHER-8"});

    const auto& engagements = in.portfolio.engagements();
    EXPECT_TRUE(engagements[0].transaction_sectors);
    ASSERT_EQ(engagements[1].other_sectors.size(), 1u);
    EXPECT_EQ(in.portfolio.text(engagements[1].other_sectors[0].vocabulary), "99");
    EXPECT_EQ(in.portfolio.text(engagements[1].other_sectors[0].code), "EDU");
    ASSERT_EQ(engagements[2].other_identifiers.size(), 1u);
    EXPECT_EQ(engagements[2].other_identifiers[0].type, pd::OtherIdentifierType::previous_reporting_org);
    EXPECT_EQ(in.portfolio.text(engagements[2].other_identifiers[0].ref), "XM-OLD");
}

TEST(IatiRulesAgree, SharedTxSectorsCase) {
    const fs::path file = fs::path(PARADIPLOMACY_SHARED_DIR) / "iati" / "cases" / "tx-sectors.xml";
    if (!fs::is_regular_file(file))
        GTEST_SKIP() << "IATI case not found at " << file.string() << " (set PARADIPLOMACY_SHARED_DIR)";
    const iati::Import in = iati::read(file, gyeonggi());
    ASSERT_EQ(in.activities_imported, 1u);
    EXPECT_TRUE(in.portfolio.engagements()[0].sectors.empty());
    expect_one_answer(in, sectors_missing, {});
    expect_one_answer(in, identifier_prefix, {});
}

TEST(IatiRulesAgree, AnEngagementWithoutTheFieldsStillBreaksTheRules) {
    // The same engagement with the kept facts removed: validate() reports both rules again.
    iati::Import in = iati::read(fixture("rules-met-elsewhere.xml"), gyeonggi());
    pd::Portfolio& p = in.portfolio;
    for (std::size_t i = 0; i < p.engagements().size(); ++i) {
        pd::OdaEngagement e = p.engagements()[i];
        e.transaction_sectors = false;
        e.other_sectors.clear();
        e.other_identifiers.clear();
        p.replace(e);
    }
    EXPECT_EQ(found_by_validate(p, sectors_missing),
              (std::set<std::string>{"XM-EXAMPLE-TX", "XM-EXAMPLE-OWN", "XM-OTHER-8"}));
    EXPECT_EQ(found_by_validate(p, identifier_prefix), (std::set<std::string>{"XM-OLD-7", "XM-OTHER-8"}));
}
