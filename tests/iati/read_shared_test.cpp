// SPDX-License-Identifier: Apache-2.0
// The IATI reader against the official schema tests and real published data, read in
// place from the shared reference directory (see ../shared/iati/README.md); skipped
// when that directory is absent.
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/validation/options.hpp>
#include <paradiplomacy/validation/rules.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;
namespace fs = std::filesystem;

namespace {

fs::path shared(const char* sub) { return fs::path(PARADIPLOMACY_SHARED_DIR) / "iati" / sub; }

#define REQUIRE_SHARED(path)                                               \
    if (!fs::exists(path))                                                 \
    GTEST_SKIP() << "IATI reference data not found at " << (path).string() \
                 << " (set PARADIPLOMACY_SHARED_DIR to the directory holding iati/)"

std::vector<fs::path> xml_files(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".xml") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

/// A notice of the reader itself; the others are validation findings, whose rule ids
/// are in the validation catalogue.
bool from_reader(const iati::Notice& n) { return pd::find_rule(n.rule) == nullptr; }

}  // namespace

TEST(IatiReadShared, EveryShouldPassFileImportsWithoutAReaderError) {
    const fs::path dir = shared("schema-tests/should-pass");
    REQUIRE_SHARED(dir);
    const auto files = xml_files(dir);
    ASSERT_GT(files.size(), 200u);
    std::uint64_t imported = 0;
    for (const auto& file : files) {
        try {
            const auto in = iati::read(file);
            imported += in.activities_imported;
            for (const auto& n : in.notices)
                if (from_reader(n)) {
                    EXPECT_NE(n.severity, pd::Severity::error) << iati::to_string(n, file.filename().string());
                }
            EXPECT_EQ(in.activities_imported, in.activities_read) << file.filename();
        } catch (const std::exception& e) {
            ADD_FAILURE() << file.filename() << ": " << e.what();
        }
    }
    EXPECT_GE(imported, files.size());  // one activity or more in each
}

TEST(IatiReadShared, EveryShouldFailFileGetsAnErrorOrANotice) {
    const fs::path dir = shared("schema-tests/should-fail");
    REQUIRE_SHARED(dir);
    const auto files = xml_files(dir);
    ASSERT_GT(files.size(), 300u);
    std::size_t file_errors = 0, with_error_or_warning = 0;
    for (const auto& file : files) {
        try {
            const auto in = iati::read(file);
            EXPECT_FALSE(in.notices.empty()) << file.filename() << " gives no notice at all";
            if (std::any_of(in.notices.begin(), in.notices.end(),
                            [](const auto& n) { return n.severity != pd::Severity::info; }))
                ++with_error_or_warning;
        } catch (const pd::FileError& e) {
            ++file_errors;
            EXPECT_NE(std::string(e.what()).find(file.filename().string()), std::string::npos) << e.what();
        }
        // Anything else (a crash, another exception type) fails the test by itself.
    }
    RecordProperty("file_errors", static_cast<int>(file_errors));
    RecordProperty("with_error_or_warning", static_cast<int>(with_error_or_warning));
    std::cout << files.size() << " should-fail files: " << file_errors << " FileError, " << with_error_or_warning
              << " with an error or warning, the rest with information notices only\n";
}

class IatiReadDportal : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const fs::path file = shared("real/dportal-covid-2021.xml");
        if (!fs::exists(file)) return;
        import_ = std::make_unique<iati::Import>(iati::read(file));
    }
    static void TearDownTestSuite() { import_.reset(); }
    void SetUp() override {
        if (!import_)
            GTEST_SKIP() << "IATI reference data not found at " << shared("real/dportal-covid-2021.xml").string();
    }
    static std::vector<const pd::OdaEngagement*> korean() {
        std::vector<const pd::OdaEngagement*> out;
        for (const auto& e : import_->portfolio.engagements())
            if (e.reporting_org && import_->portfolio.text(e.reporting_org->ref) == "KR-GOV-010") out.push_back(&e);
        return out;
    }
    static std::set<std::string> korean_ids() {
        std::set<std::string> out;
        for (const auto* e : korean()) out.emplace(import_->portfolio.text(e->iati_identifier));
        return out;
    }
    /// The notices of one rule about the Korean activities.
    static std::size_t korean_notices(std::string_view rule) {
        const auto ids = korean_ids();
        return static_cast<std::size_t>(
            std::count_if(import_->notices.begin(), import_->notices.end(),
                          [&](const auto& n) { return n.rule == rule && ids.contains(n.activity); }));
    }
    static inline std::unique_ptr<iati::Import> import_;
};

TEST_F(IatiReadDportal, EveryActivityImportsAndAFaultyTransactionIsLeftOutAlone) {
    EXPECT_EQ(import_->version, "2.03");
    EXPECT_EQ(import_->activities_read, 401u);
    EXPECT_EQ(import_->activities_imported, 401u);
    // 21 Czech activities carry a transaction whose date is a number ("5000000") and whose
    // value is empty: that transaction is left out with both faults named, the activity
    // and its other transactions are imported.
    std::set<std::string> with_part_left_out;
    std::size_t left_out = 0;
    for (const auto& n : import_->notices) {
        EXPECT_NE(n.rule, "iati.activity.rejected") << iati::to_string(n);
        if (n.rule == "iati.transaction.left-out") {
            ++left_out;
            with_part_left_out.insert(n.activity);
        }
        if (n.severity == pd::Severity::error && from_reader(n)) {
            EXPECT_TRUE(n.rule == "iati.transaction.left-out" || n.rule == "iati.format.date" ||
                        n.rule == "iati.format.number")
                << iati::to_string(n);
            EXPECT_TRUE(n.activity.starts_with("CZ-ICO-25755277-")) << iati::to_string(n);
        }
    }
    EXPECT_EQ(with_part_left_out.size(), 21u);
    // One more part is left out: a sector without a code (iati.format.sector).
    EXPECT_EQ(import_->parts_left_out_or_changed, left_out + 1);
    for (const auto& id : with_part_left_out) EXPECT_TRUE(import_->portfolio.find_engagement(id)) << id;
}

TEST_F(IatiReadDportal, TheKoreanActivitiesWithRecipientsFundersAndKrwBudgets) {
    const auto& p = import_->portfolio;
    const auto kr = korean();
    ASSERT_EQ(kr.size(), 94u);
    std::set<std::string> funders;
    std::size_t budgets = 0, with_country = 0, regions_only = 0, no_recipient = 0;
    for (const auto* e : kr) {
        const std::string id(p.text(e->iati_identifier));
        EXPECT_EQ(e->default_currency, pd::CurrencyCode("KRW")) << id;
        // A recipient: a country with its partner, or a region above the country.
        if (e->recipient_countries.empty()) {
            ++(e->recipient_regions.empty() ? no_recipient : regions_only);
            EXPECT_EQ(e->recipient, pd::CountryCode("ZZ")) << id;
            EXPECT_FALSE(e->recipient_partner) << id;
        } else {
            ++with_country;
            ASSERT_TRUE(e->recipient_partner) << id;
            const auto& partner = p.partner(*e->recipient_partner);
            EXPECT_EQ(partner.country, e->recipient) << id;
            EXPECT_EQ(partner.level, pd::PartnerLevel::country) << id;
        }
        bool funded = false;
        for (const auto& part : e->organisations)
            if (part.role == pd::OrganisationRole::funding) {
                funded = true;
                funders.emplace(p.text(p.at(part.organisation).iati_ref));
            }
        EXPECT_TRUE(funded) << id << " has no funding organisation";
        for (const auto& b : e->budgets) {
            ++budgets;
            EXPECT_EQ(b.value.currency(), pd::CurrencyCode("KRW")) << id;
            EXPECT_TRUE(b.value_date) << id;
        }
        for (const auto& t : e->transactions) EXPECT_EQ(t.amount.currency(), pd::CurrencyCode("KRW")) << id;
        EXPECT_FALSE(e->sectors.empty()) << id;
    }
    // As the file has them (counted with ElementTree): 83 activities name one country,
    // 10 a region only, and KR-GOV-320-GRP_0000142871 neither; 93 budgets in all.
    EXPECT_EQ(with_country, 83u);
    EXPECT_EQ(regions_only, 10u);
    EXPECT_EQ(no_recipient, 1u);
    EXPECT_EQ(budgets, 93u);
    EXPECT_TRUE(funders.contains("KR-GOV-390")) << "Busan Metropolitan City funds one activity";
    for (const auto& f : funders) EXPECT_TRUE(f.starts_with("KR-GOV-")) << f;

    // One partner per recipient country, shared by every activity there.
    std::set<std::string> countries;
    for (const auto& e : p.engagements())
        for (const auto& c : e.recipient_countries) countries.emplace(c.country.view());
    std::size_t country_partners = 0;
    for (const auto& partner : p.partners()) country_partners += partner.level == pd::PartnerLevel::country ? 1 : 0;
    EXPECT_EQ(country_partners, countries.size());
}

TEST_F(IatiReadDportal, TheKnownFaultsExactly) {
    EXPECT_EQ(korean_notices("iati.other-identifier.ref"), 9u);
    EXPECT_EQ(korean_notices("iati.activity-date.iso-date"), 2u);
    EXPECT_EQ(korean_notices("date.oda.planned_end_before_start"), 3u);

    // Planned start after planned end, seen in the imported dates as well.
    std::size_t reversed = 0, unprefixed = 0;
    const auto& p = import_->portfolio;
    for (const auto* e : korean()) {
        if (e->planned_start && e->planned_end && e->planned_end->latest() < e->planned_start->earliest()) ++reversed;
        if (!p.text(e->iati_identifier).starts_with(p.text(e->reporting_org->ref))) ++unprefixed;
    }
    EXPECT_EQ(reversed, 3u);
    EXPECT_EQ(unprefixed, 94u);
    // The rule that reports it, once it is in the catalogue.
    if (pd::find_rule("iati.identifier.prefix") != nullptr) {
        EXPECT_EQ(korean_notices("iati.identifier.prefix"), 94u);
    }
}

TEST_F(IatiReadDportal, NoticesNameActivityAndLine) {
    for (const auto& n : import_->notices) {
        if (n.rule == "iati.other-identifier.ref" || n.rule == "iati.activity-date.iso-date") {
            EXPECT_FALSE(n.activity.empty()) << iati::to_string(n);
            EXPECT_GT(n.line, 1u) << iati::to_string(n);
        }
    }
}

namespace {

/// Reads the d-portal file with the official codelists handed to the reader, when the
/// validation options can carry them (ValidationOptions::iati_codelists).
template <class Options>
void read_with_codelists() {
    if constexpr (requires(Options o) { o.iati_codelists; }) {
        const fs::path lists = shared("codelists");
        const fs::path file = shared("real/dportal-covid-2021.xml");
        if (!fs::exists(lists) || !fs::exists(file))
            GTEST_SKIP() << "IATI reference data not found under " << shared("").string();
        const auto codelists = iati::Codelists::load(lists);
        iati::ReadOptions options;
        options.codelists = &codelists;
        const auto with = iati::read(file, options);
        EXPECT_TRUE(with.codelists_checked);
        EXPECT_EQ(with.activities_imported, 401u);
        const auto without = iati::read(file);
        EXPECT_FALSE(without.codelists_checked);
    } else {
        GTEST_SKIP() << "ValidationOptions has no iati_codelists: codes are checked for form only";
    }
}

}  // namespace

TEST(IatiReadShared, CodelistsReachTheRules) { read_with_codelists<pd::ValidationOptions>(); }
