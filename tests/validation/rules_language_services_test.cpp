// SPDX-License-Identifier: Apache-2.0
// Rules on the interpreter and translator pool and on documents and their translations.

#include "fixtures.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace paradiplomacy::test {
namespace {

/// The clean portfolio with a pool record and a Japanese translation of the Kanagawa
/// agreement's Korean text, all breaking no rule.
struct WithDocuments : Clean {
    LinguistId pool_ja{0};
    DocumentId text_ko{0};
    DocumentId text_ja{0};

    WithDocuments() {
        Linguist l;
        l.key = p.intern("pool-ja");
        l.kind = LinguistKind::interpreter;
        l.languages = {p.intern("ja")};
        l.count = 3;
        l.available_from = date("2016");
        l.available_until = date("2018-12-31");
        pool_ja = p.add(l);
        Document ko;
        ko.key = p.intern("kanagawa-sister-ko");
        ko.kind = DocumentKind::agreement_text;
        ko.language = p.intern("ko");
        ko.agreement = kanagawa_sister;
        ko.sha256 = p.intern("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");
        text_ko = p.add(ko);
        Document ja;
        ja.key = p.intern("kanagawa-sister-ja");
        ja.kind = DocumentKind::agreement_text;
        ja.language = p.intern("ja");
        ja.translation_of = text_ko;
        ja.translation_status = TranslationStatus::proofread;
        text_ja = p.add(ja);
    }
    Linguist get_linguist() const { return p.at(pool_ja); }
    Document get_document(DocumentId id) const { return p.at(id); }
};

TEST(LanguageServiceRules, CleanPoolAndDocumentsPass) {
    const WithDocuments c;
    EXPECT_TRUE(c.run().empty()) << to_string(c.run().findings().front());
}

TEST(LanguageServiceRules, PoolRecordWithoutLanguagesIsAnError) {
    WithDocuments c;
    Linguist l = c.get_linguist();
    l.languages.clear();
    c.p.replace(l);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "linguist.languages.missing"));
    EXPECT_EQ(single(r).entity, (EntityRef{EntityKind::linguist, c.pool_ja.index(), "pool-ja"}));
    EXPECT_EQ(single(r).field, "languages");
    EXPECT_EQ(single(r).severity, Severity::error);
}

TEST(LanguageServiceRules, CountZeroIsAWarning) {
    WithDocuments c;
    Linguist l = c.get_linguist();
    l.count = 0;
    c.p.replace(l);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "linguist.count.zero"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_EQ(single(r).field, "count");
}

TEST(LanguageServiceRules, AvailabilityEndingBeforeItStartsIsAnError) {
    WithDocuments c;
    Linguist l = c.get_linguist();
    l.available_from = date("2019-03");
    l.available_until = date("2018-12-31");
    c.p.replace(l);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "date.linguist.available_until_before_from"));
    EXPECT_EQ(single(r).field, "available_until");
    EXPECT_NE(single(r).message.find("2018-12-31"), std::string::npos) << single(r).message;
    EXPECT_NE(single(r).message.find("2019-03"), std::string::npos) << single(r).message;
}

// "2018" to "2018-06" may be a correct order: the rule fires only when it is certainly wrong.
TEST(LanguageServiceRules, AvailabilityThatMayBeInOrderPasses) {
    WithDocuments c;
    Linguist l = c.get_linguist();
    l.available_from = date("2018");
    l.available_until = date("2018-06");
    c.p.replace(l);
    EXPECT_TRUE(c.run().empty());
}

TEST(LanguageServiceRules, PoolLanguagesAreCheckedAsBcp47) {
    WithDocuments c;
    Linguist l = c.get_linguist();
    l.languages = {c.p.intern("ja"), c.p.intern("zh_Hans"), c.p.intern("english")};
    c.p.replace(l);
    const auto r = c.run();
    ASSERT_EQ(r.findings().size(), 2u);
    EXPECT_EQ(r.findings()[0].rule, "language.linguist.malformed");
    EXPECT_EQ(r.findings()[0].field, "languages[1]");
    EXPECT_EQ(r.findings()[1].rule, "language.linguist.unknown");
    EXPECT_EQ(r.findings()[1].field, "languages[2]");
    EXPECT_EQ(r.findings()[1].entity.kind, EntityKind::linguist);
}

TEST(LanguageServiceRules, DocumentLanguageIsCheckedAsBcp47) {
    WithDocuments c;
    Document d = c.get_document(c.text_ja);
    d.language = c.p.intern("ja JP");
    c.p.replace(d);
    auto r = c.run();
    ASSERT_TRUE(only(r, "language.document.malformed"));
    EXPECT_EQ(single(r).field, "language");
    EXPECT_EQ(single(r).entity.kind, EntityKind::document);
    d.language = c.p.intern("japanese");
    c.p.replace(d);
    r = c.run();
    ASSERT_TRUE(only(r, "language.document.unknown"));
}

TEST(LanguageServiceRules, DanglingDocumentReferencesAreErrors) {
    WithDocuments c;
    Document d = c.get_document(c.text_ja);
    d.translation_of = DocumentId(9);
    d.program = ProgramId(7);
    c.p.replace(d);
    const auto r = c.run();
    ASSERT_EQ(r.findings().size(), 2u);
    EXPECT_EQ(r.findings()[0].rule, "ref.document.program");
    EXPECT_NE(r.findings()[0].message.find("program #7 is not in this portfolio"), std::string::npos);
    EXPECT_EQ(r.findings()[1].rule, "ref.document.translation_of");
    EXPECT_EQ(r.findings()[1].field, "translation_of");

    Document o = c.get_document(c.text_ko);
    o.agreement = AgreementId(40);
    c.p.replace(o);
    Document e = c.get_document(c.text_ja);
    e.translation_of = c.text_ko;
    e.program.reset();
    e.engagement = EngagementId(3);
    c.p.replace(e);
    const auto r2 = c.run();
    ASSERT_EQ(r2.findings().size(), 2u);
    EXPECT_EQ(r2.findings()[0].rule, "ref.document.agreement");
    EXPECT_EQ(r2.findings()[1].rule, "ref.document.engagement");
    EXPECT_NE(r2.findings()[1].message.find("ODA engagement #3"), std::string::npos) << r2.findings()[1].message;
}

TEST(LanguageServiceRules, DocumentAboutSeveralThingsIsAnError) {
    WithDocuments c;
    Document d = c.get_document(c.text_ko);
    d.program = c.youth;
    d.engagement = c.smart_class;
    c.p.replace(d);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "document.about.several"));
    EXPECT_EQ(single(r).field, "program");
    EXPECT_NE(single(r).message.find("agreement, program and engagement"), std::string::npos) << single(r).message;
}

TEST(LanguageServiceRules, MalformedChecksumIsAnError) {
    WithDocuments c;
    for (const std::string_view bad :
         {"9f86d081", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          "9g86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}) {
        Document d = c.get_document(c.text_ko);
        d.sha256 = c.p.intern(bad);
        c.p.replace(d);
        const auto r = c.run();
        ASSERT_TRUE(only(r, "document.sha256.malformed")) << bad;
        EXPECT_EQ(single(r).field, "sha256");
        EXPECT_NE(single(r).message.find("64 hexadecimal digits (" + std::to_string(bad.size()) + " characters"),
                  std::string::npos)
            << single(r).message;
    }
}

TEST(LanguageServiceRules, TranslationInTheLanguageOfItsOriginalIsAnError) {
    WithDocuments c;
    Document d = c.get_document(c.text_ja);
    d.language = c.p.intern("KO");  // tags compare without regard to case
    c.p.replace(d);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "document.translation.same_language"));
    EXPECT_EQ(single(r).field, "language");
    EXPECT_NE(single(r).message.find("document \"kanagawa-sister-ko\""), std::string::npos) << single(r).message;
}

TEST(LanguageServiceRules, TranslationLoopIsReportedOnce) {
    WithDocuments c;
    Document o = c.get_document(c.text_ko);
    o.translation_of = c.text_ja;
    o.translation_status = TranslationStatus::draft;
    c.p.replace(o);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "document.translation_of.cycle"));
    EXPECT_NE(single(r).message.find("document \"kanagawa-sister-ko\" -> document \"kanagawa-sister-ja\" -> "
                                     "document \"kanagawa-sister-ko\""),
              std::string::npos)
        << single(r).message;
}

TEST(LanguageServiceRules, TranslationOfItselfIsALoop) {
    WithDocuments c;
    Document d = c.get_document(c.text_ja);
    d.translation_of = c.text_ja;
    c.p.replace(d);
    const auto r = c.run();
    ASSERT_EQ(r.findings().size(), 2u);
    EXPECT_EQ(r.findings()[0].rule, "document.translation.same_language");
    EXPECT_EQ(r.findings()[1].rule, "document.translation_of.cycle");
}

TEST(LanguageServiceRules, TranslationStatusAndOriginalGoTogether) {
    WithDocuments c;
    Document d = c.get_document(c.text_ja);
    d.translation_status = TranslationStatus::original;
    c.p.replace(d);
    auto r = c.run();
    ASSERT_TRUE(only(r, "document.translation_status.missing"));
    EXPECT_EQ(single(r).severity, Severity::error);

    d.translation_status = TranslationStatus::translated;
    d.translation_of.reset();
    c.p.replace(d);
    r = c.run();
    ASSERT_TRUE(only(r, "document.translation_of.missing"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_NE(single(r).message.find("status is translated"), std::string::npos) << single(r).message;
}

}  // namespace
}  // namespace paradiplomacy::test
