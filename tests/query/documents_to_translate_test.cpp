// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/documents_to_translate.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd = paradiplomacy;

namespace {

struct Documents : pd::testing::Fixture {
    pd::PartnerId kanagawa = region("jp-14", "JP-14");
    pd::PartnerId liaoning = region("cn-ln", "CN-LN");
    pd::PartnerId hong_kong = city("hong-kong", "HK");  // zh-Hant and en
    pd::AgreementId kanagawa_sister = add(agreement(kanagawa, pd::AgreementKind::sister, "1990-04-20"));

    pd::DocumentId document(std::string_view key, std::string_view language,
                            std::optional<pd::DocumentId> translation_of = std::nullopt,
                            pd::TranslationStatus status = pd::TranslationStatus::original) {
        pd::Document d;
        d.key = portfolio.intern(key);
        d.language = portfolio.intern(language);
        d.translation_of = translation_of;
        d.translation_status = status;
        return portfolio.add(d);
    }
    pd::DocumentId about(pd::Document d) { return portfolio.add(d); }
};

std::vector<std::string> summary(const pd::Portfolio& p, const std::vector<pd::TranslationNeed>& needs) {
    std::vector<std::string> out;
    for (const auto& n : needs) out.push_back(std::string(p.text(p.at(n.document).key)) + " " + n.language);
    return out;
}
using Lines = std::vector<std::string>;

TEST(DocumentsToTranslate, EachPartnerLanguageWithoutAFinishedTranslation) {
    Documents f;
    const auto text = f.document("kanagawa-ko", "ko");
    {
        pd::Document d = f.portfolio.at(text);
        d.agreement = f.kanagawa_sister;
        f.portfolio.replace(d);
    }
    EXPECT_EQ(summary(f.portfolio, pd::documents_to_translate(f.portfolio)), (Lines{"kanagawa-ko ja"}));

    // A draft does not count, and is named.
    const auto draft = f.document("kanagawa-ja-draft", "ja", text, pd::TranslationStatus::draft);
    auto needs = pd::documents_to_translate(f.portfolio);
    ASSERT_EQ(needs.size(), 1u);
    EXPECT_EQ(needs[0].draft, draft);
    EXPECT_EQ(needs[0].partners, (std::vector<pd::PartnerId>{f.kanagawa}));

    // A translated one does; so does one in a tag that serves the language.
    f.document("kanagawa-ja-JP", "ja-JP", text, pd::TranslationStatus::translated);
    EXPECT_TRUE(pd::documents_to_translate(f.portfolio).empty());
}

TEST(DocumentsToTranslate, ProgramsWithSeveralPartnersAndScripts) {
    Documents f;
    pd::ExchangeProgram forum;
    forum.key = f.portfolio.intern("forum");
    forum.partners = {f.liaoning, f.hong_kong};
    const auto program = f.add(forum);
    pd::Document plan;
    plan.key = f.portfolio.intern("forum-plan");
    plan.kind = pd::DocumentKind::plan;
    plan.language = f.portfolio.intern("en");
    plan.program = program;
    const auto id = f.about(plan);
    // Liaoning: zh; Hong Kong: zh-Hant, en (the plan's own language needs nothing).
    auto needs = pd::documents_to_translate(f.portfolio);
    EXPECT_EQ(summary(f.portfolio, needs), (Lines{"forum-plan zh", "forum-plan zh-Hant"}));
    EXPECT_EQ(needs[0].partners, (std::vector<pd::PartnerId>{f.liaoning}));
    // A simplified-Chinese translation serves Liaoning, not Hong Kong; a proofread
    // translation of that translation counts for the original.
    const auto hans = f.document("forum-plan-zh-Hans", "zh-Hans", id, pd::TranslationStatus::proofread);
    EXPECT_EQ(summary(f.portfolio, pd::documents_to_translate(f.portfolio)), (Lines{"forum-plan zh-Hant"}));
    f.document("forum-plan-zh-Hant", "zh-Hant", hans, pd::TranslationStatus::proofread);
    EXPECT_TRUE(pd::documents_to_translate(f.portfolio).empty());
}

TEST(DocumentsToTranslate, DocumentsAboutNothingOrDanglingAreLeftOut) {
    Documents f;
    f.document("manual", "ko");  // about nothing
    pd::Document dangling;
    dangling.key = f.portfolio.intern("lost");
    dangling.language = f.portfolio.intern("ko");
    dangling.agreement = pd::AgreementId(99);
    f.about(dangling);
    pd::OdaEngagement e;
    e.key = f.portfolio.intern("oda-without-partner");
    e.recipient = pd::CountryCode("MN");
    pd::Document report;
    report.key = f.portfolio.intern("oda-report");
    report.language = f.portfolio.intern("ko");
    report.engagement = f.add(e);
    f.about(report);
    EXPECT_TRUE(pd::documents_to_translate(f.portfolio).empty());
}

// A loop of translations has no original: neither document asks for translations.
TEST(DocumentsToTranslate, LoopingTranslationsAreLeftOut) {
    Documents f;
    const auto a = f.document("a", "ko");
    const auto b = f.document("b", "ja", a, pd::TranslationStatus::draft);
    pd::Document first = f.portfolio.at(a);
    first.translation_of = b;
    first.agreement = f.kanagawa_sister;
    f.portfolio.replace(first);
    EXPECT_TRUE(pd::documents_to_translate(f.portfolio).empty());
}

}  // namespace
