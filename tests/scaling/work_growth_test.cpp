// SPDX-License-Identifier: Apache-2.0
// Work per input unit stays flat from small to 16 times larger hostile inputs: the steps
// of the loops that could turn quadratic are counted (detail::work_counters), not timed,
// so these tests cannot flake. bench/adversarial times the same shapes.

#include "detail/work_counters.hpp"

#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/twin_towns.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t small = 100;  // the 16 times larger size stays quick under ASan
constexpr double max_growth = 3.0;  // work per unit at 16x over work per unit at 1x; quadratic gives 16

/// Work per unit at 16x the size over work per unit at 1x.
double growth(const std::function<std::uint64_t(std::size_t)>& work_for) {
    const double one = static_cast<double>(work_for(small)) / static_cast<double>(small);
    const double sixteen = static_cast<double>(work_for(16 * small)) / static_cast<double>(16 * small);
    return sixteen / one;
}

pd::Day day(int offset) { return pd::Day(1990, 1, 1) + boost::gregorian::days(offset); }

/// One partner and `n` sister agreements of its one tie, signed a day apart, each
/// superseding the one before when `linked`, each valid for a day only when `brief`.
pd::Portfolio one_tie(std::size_t n, bool linked, bool brief = false) {
    pd::Portfolio p{pd::SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도"};
    pd::Partner partner;
    partner.key = p.intern("jp-aichi");
    partner.level = pd::PartnerLevel::region;
    partner.country = pd::CountryCode("JP");
    partner.region = pd::SubdivisionCode("JP-23");
    partner.name_en = p.intern("Aichi");
    const pd::PartnerId aichi = p.add(partner);
    std::optional<pd::AgreementId> previous;
    for (std::size_t i = 0; i < n; ++i) {
        pd::Agreement a;
        a.key = p.intern("aichi-" + std::to_string(i));
        a.partner = aichi;
        a.kind = pd::AgreementKind::sister;
        const pd::Day d = day(static_cast<int>(i));
        a.signed_on = pd::PartialDate::of_day(d.year(), d.month(), d.day());
        if (linked) a.supersedes = previous;
        if (brief) a.validity = pd::Period(*a.signed_on, a.signed_on);
        previous = p.add(a);
    }
    return p;
}

pd::ValidationReport validate_in_2030(const pd::Portfolio& p) {
    pd::ValidationOptions options;
    options.today = pd::Day(2030, 1, 1);
    return pd::validate(p, options);
}

TEST(WorkGrowth, ConcurrentTiersOnAChainOfSupersedingAgreements) {
    const double g = growth([](std::size_t n) {
        const pd::Portfolio p = one_tie(n, true);
        pd::detail::work_counters() = {};
        const auto report = validate_in_2030(p);
        EXPECT_TRUE(report.by_rule("state.tie.concurrent_tiers").empty());
        return pd::detail::work_counters().tie_steps;
    });
    EXPECT_LT(g, max_growth);
}

TEST(WorkGrowth, ConcurrentTiersOfUnlinkedAgreementsAreSummedUp) {
    const double g = growth([](std::size_t n) {
        const pd::Portfolio p = one_tie(n, false);
        pd::detail::work_counters() = {};
        const auto report = validate_in_2030(p);
        const auto found = report.by_rule("state.tie.concurrent_tiers");
        // 20 pairs named, then one finding for the rest of the tie.
        EXPECT_EQ(found.size(), 21U);
        const std::string& summary = found.back().message;
        EXPECT_NE(summary.find("only the first 20 findings of this rule for the tie are listed"), std::string::npos)
            << summary;
        // Every agreement from the one the listing stopped at overlaps an earlier one.
        const std::size_t from = found.back().entity.index;
        EXPECT_NE(summary.find(std::to_string(n - from) + " of its agreements, from this one on"), std::string::npos)
            << summary;
        return pd::detail::work_counters().tie_steps;
    });
    EXPECT_LT(g, max_growth);
}

TEST(WorkGrowth, ConcurrentTiersStillNamesEachPairOfASmallTie) {
    const auto found = validate_in_2030(one_tie(3, false)).by_rule("state.tie.concurrent_tiers");
    ASSERT_EQ(found.size(), 3U);  // 0-1, 0-2, 1-2, each on the later agreement
    EXPECT_EQ(found[0].entity.key, "aichi-1");
    EXPECT_EQ(found[1].entity.key, "aichi-2");
    EXPECT_EQ(found[2].entity.key, "aichi-2");
    EXPECT_NE(found[1].message.find("\"aichi-0\""), std::string::npos) << found[1].message;
    EXPECT_NE(found[2].message.find("\"aichi-1\""), std::string::npos) << found[2].message;
}

TEST(WorkGrowth, TieStatusOfAChainOfSupersedingAgreements) {
    const double g = growth([](std::size_t n) {
        const pd::Portfolio p = one_tie(n, true);
        pd::detail::work_counters() = {};
        const pd::TieStatus s = pd::tie_status(p, pd::TieKey{pd::PartnerId(0), std::nullopt}, pd::Day(2030, 1, 1));
        EXPECT_EQ(s.certainly_active.size(), 1U);  // only the last one: every other is superseded
        return pd::detail::work_counters().successor_steps;
    });
    EXPECT_LT(g, max_growth);
}

TEST(WorkGrowth, TieStatusOfAChainOfExpiredAgreements) {
    // No successor is live, so each agreement's question reaches the end of the chain.
    const double g = growth([](std::size_t n) {
        const pd::Portfolio p = one_tie(n, true, true);
        pd::detail::work_counters() = {};
        const pd::TieStatus s = pd::tie_status(p, pd::TieKey{pd::PartnerId(0), std::nullopt}, pd::Day(2030, 1, 1));
        EXPECT_EQ(s.state, pd::TieState::expired);
        return pd::detail::work_counters().successor_steps;
    });
    EXPECT_LT(g, max_growth);
}

TEST(WorkGrowth, TieStatusWithALoopOfSupersedes) {
    // a supersedes c, b supersedes a, c supersedes b: each is superseded by the other two.
    pd::Portfolio p = one_tie(3, true);
    pd::Agreement first = p.agreements()[0];
    first.supersedes = pd::AgreementId(2);
    p.replace(first);
    const pd::TieStatus s = pd::tie_status(p, pd::TieKey{pd::PartnerId(0), std::nullopt}, pd::Day(2030, 1, 1));
    EXPECT_TRUE(s.certainly_active.empty());
    for (std::uint32_t i = 0; i < 3; ++i)
        EXPECT_EQ(pd::agreement_standing(p, pd::AgreementId(i), pd::Day(2030, 1, 1)).superseded, pd::Truth::yes);
}

class WorkGrowthFiles : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("pd-work-growth-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path write(const std::string& name, const std::string& content) {
        const fs::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    fs::path dir_;
};

TEST_F(WorkGrowthFiles, GeneratedAgreementKeysOfOnePartner) {
    const double g = growth([&](std::size_t n) {
        std::string sheet = "partner,country,kind\n";
        for (std::size_t i = 0; i < n; ++i) sheet += "Aichi,JP,sister\n";
        pd::CsvSources s;
        s.agreements = write("a.csv", sheet);
        pd::CsvImportOptions options;
        options.home = pd::SubdivisionCode("KR-41");
        pd::detail::work_counters() = {};
        const pd::Portfolio p = pd::import_csv(s, options);
        EXPECT_EQ(p.agreements().size(), n);
        EXPECT_EQ(p.text(p.agreements().back().key), "jp-aichi-sister-undated-" + std::to_string(n));
        return pd::detail::work_counters().key_probes;
    });
    EXPECT_LT(g, max_growth);
}

TEST_F(WorkGrowthFiles, GeneratedPartnerKeysOfTwinTownSpellings) {
    const double g = growth([&](std::size_t n) {
        std::string list = "city1,country1,city2,country2\n";
        for (std::size_t i = 0; i < n; ++i) {
            std::string name = "beratkalaja";  // one city in up to 2,048 spellings of its letters' case
            for (std::size_t bit = 0; bit < name.size(); ++bit)
                if (((i >> bit) & 1U) != 0) name[bit] = static_cast<char>(name[bit] - 'a' + 'A');
            list += "Suwon,South Korea," + name + ",Albania\n";
        }
        const pd::TwinTownList towns = pd::read_twin_towns(write("list.csv", list));
        pd::detail::work_counters() = {};
        const pd::Portfolio p =
            pd::twin_town_portfolio(towns, pd::TwinCity{"Suwon", pd::CountryCode("KR")}, pd::SubdivisionCode("KR-41"));
        EXPECT_EQ(p.partners().size(), towns.pairs.size());
        return pd::detail::work_counters().key_probes;
    });
    EXPECT_LT(g, max_growth);
}

/// A 2.03 document of one activity with the given children.
std::string iati_doc(const std::string& children) {
    return "<iati-activities version=\"2.03\">\n<iati-activity default-currency=\"EUR\">\n"
           "<iati-identifier>XX-1-T</iati-identifier>\n<reporting-org ref=\"XX-1\" type=\"10\"/>\n"
           "<title><narrative>T</narrative></title>\n<activity-status code=\"2\"/>\n" +
           children + "\n</iati-activity>\n</iati-activities>\n";
}

TEST(WorkGrowthIati, UnmappedElementsOfManyNamesAreCountedNotAllListed) {
    std::string children;
    for (int i = 0; i < 100; ++i) children += "<x-" + std::to_string(i) + "/><x-" + std::to_string(i) + "/>";
    const auto in = pd::iati::parse(iati_doc(children));
    const auto it =
        std::find_if(in.notices.begin(), in.notices.end(), [](const auto& n) { return n.rule == "iati.unmapped"; });
    ASSERT_NE(it, in.notices.end());
    EXPECT_NE(it->message.find("x-0 (2)"), std::string::npos) << it->message;
    EXPECT_NE(it->message.find("x-63 (2)"), std::string::npos) << it->message;
    EXPECT_EQ(it->message.find("x-64"), std::string::npos) << it->message;
    EXPECT_NE(it->message.find("and 72 more elements of other names (only 64 names are listed)"), std::string::npos)
        << it->message;
    EXPECT_EQ(in.portfolio.engagements().size(), 1U);  // the activity itself is read
}

TEST(WorkGrowthIati, UnmappedElementsBesideTheActivitiesAreCountedNotAllListed) {
    std::string beside;
    for (int i = 0; i < 100; ++i) beside += "<y-" + std::to_string(i) + "/>";
    std::string text = iati_doc("");
    text.insert(text.find("<iati-activity "), beside + "\n");
    const auto in = pd::iati::parse(text);
    std::size_t listed = 0;
    std::string beyond;
    for (const auto& n : in.notices) {
        if (n.rule != "iati.unmapped") continue;
        if (n.message.find("> beside the activities (1)") != std::string::npos) ++listed;
        if (n.message.find("more elements of other names beside") != std::string::npos) beyond = n.message;
    }
    EXPECT_EQ(listed, 64u);
    EXPECT_NE(beyond.find("36 more elements of other names beside the activities (only 64 names are listed)"),
              std::string::npos)
        << beyond;
    EXPECT_EQ(in.portfolio.engagements().size(), 1U);
}

TEST(WorkGrowthIati, TooManyDistinctNamesRefuseTheFileAtTheLineOfTheCap) {
    std::string children;
    for (int i = 0; i < 10'500; ++i) children += "<n" + std::to_string(i) + "/>\n";
    try {
        (void)pd::iati::parse(iati_doc(children), "names.xml");
        FAIL() << "a file of 10,500 distinct names was read";
    } catch (const pd::FileError& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("more than 10000 distinct element and attribute names in the file"), std::string::npos) << m;
        // The document's own names come first: the cap is crossed a few children short of 10,000.
        EXPECT_EQ(m.rfind("names.xml:", 0), 0U) << m;
        const auto line = std::stoul(m.substr(std::string("names.xml:").size()));
        EXPECT_GT(line, 9'900U) << m;
        EXPECT_LT(line, 10'010U) << m;
    }
}

TEST(WorkGrowthIati, AnOverlongStartTagRefusesTheFile) {
    std::string attributes;
    for (int i = 0; i < 5'000; ++i) attributes += " a" + std::to_string(i) + "=\">\"";
    try {
        (void)pd::iati::parse(iati_doc("<x" + attributes + "/>"), "tag.xml");
        FAIL() << "a start tag of 5,000 attributes was read";
    } catch (const pd::FileError& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("a start tag longer than 8192 bytes"), std::string::npos) << m;
        EXPECT_EQ(m.rfind("tag.xml:7:", 0), 0U) << m;
    }
}

}  // namespace
