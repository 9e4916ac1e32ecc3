// SPDX-License-Identifier: Apache-2.0
// The validation rules over real IATI data: ../shared/iati/real/dportal-covid-2021.xml
// has known faults in its 94 Korean activities (reporting organisation KR-GOV-010): three
// with the planned start after the planned end, and no identifier prefixed by the
// reporting organisation. The rules must find each exactly once. Skipped when the shared
// reference data is absent.

#include <paradiplomacy/iati/codelists.hpp>
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>

namespace {

namespace fs = std::filesystem;
namespace pd = paradiplomacy;

const fs::path shared_iati = fs::path(PARADIPLOMACY_SHARED_DIR) / "iati";

class KoreanActivities : public ::testing::Test {
protected:
    void SetUp() override {
        file_ = shared_iati / "real" / "dportal-covid-2021.xml";
        if (!fs::exists(file_) || !fs::is_directory(shared_iati / "codelists"))
            GTEST_SKIP() << "IATI reference data not found under " << shared_iati << " (absent in a fresh clone)";
    }

    /// Reads the file without the reader's own rule run, then validates with `lists`, and
    /// counts each rule's findings about engagements reported by KR-GOV-010.
    std::map<std::string, std::size_t> korean_findings(const pd::iati::Codelists* lists, std::size_t& korean) const {
        pd::iati::ReadOptions read_options;
        read_options.codelists = lists;
        read_options.check_rules = false;
        const pd::iati::Import import = pd::iati::read(file_, read_options);
        const pd::Portfolio& p = import.portfolio;

        std::set<std::uint32_t> ids;
        for (const pd::OdaEngagement& e : p.engagements())
            if (e.reporting_org && p.text(e.reporting_org->ref) == "KR-GOV-010") ids.insert(e.id.index());
        korean = ids.size();

        pd::ValidationOptions options;
        options.today = pd::Day(2025, 6, 30);
        options.iati_codelists = lists;
        std::map<std::string, std::size_t> counts;
        const pd::ValidationReport report = pd::validate(p, options);
        for (const pd::Finding& f : report.findings()) {
            if (f.entity.kind != pd::EntityKind::oda || !ids.contains(f.entity.index)) continue;
            ++counts[f.rule];
            // The finding names the engagement by its key, as the reader set it.
            EXPECT_EQ(f.entity.key, std::string(p.text(p.engagement(pd::EngagementId(f.entity.index)).key)))
                << pd::to_string(f);
        }
        return counts;
    }

    fs::path file_;
};

TEST_F(KoreanActivities, KnownFaultsFoundExactlyOnce) {
    const pd::iati::Codelists lists = pd::iati::Codelists::load(shared_iati / "codelists");
    std::size_t korean = 0;
    const auto counts = korean_findings(&lists, korean);
    ASSERT_EQ(korean, 94u);
    EXPECT_EQ(counts.count("date.oda.planned_end_before_start") ? counts.at("date.oda.planned_end_before_start") : 0u,
              3u);
    EXPECT_EQ(counts.count("iati.identifier.prefix") ? counts.at("iati.identifier.prefix") : 0u, 94u);
    for (const auto& [rule, n] : counts) std::cout << "  " << rule << ": " << n << "\n";
}

TEST_F(KoreanActivities, WithoutCodelistsTheSameFaultsAndTheInfo) {
    std::size_t korean = 0;
    const auto counts = korean_findings(nullptr, korean);
    ASSERT_EQ(korean, 94u);
    EXPECT_EQ(counts.count("date.oda.planned_end_before_start") ? counts.at("date.oda.planned_end_before_start") : 0u,
              3u);
    EXPECT_EQ(counts.count("iati.identifier.prefix") ? counts.at("iati.identifier.prefix") : 0u, 94u);

    pd::iati::ReadOptions read_options;
    read_options.check_rules = false;
    const auto import = pd::iati::read(file_, read_options);
    pd::ValidationOptions options;
    options.today = pd::Day(2025, 6, 30);
    std::size_t absent = 0;
    const pd::ValidationReport report = pd::validate(import.portfolio, options);
    for (const pd::Finding& f : report.findings())
        if (f.rule == "iati.codelists.absent") ++absent;
    EXPECT_EQ(absent, 1u);
}

}  // namespace
