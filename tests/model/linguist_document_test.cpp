// SPDX-License-Identifier: Apache-2.0
// The pool and document record kinds in a Portfolio: added, found, linked by ID, and
// refused when a list item could not be saved and read back.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <optional>

namespace pd = paradiplomacy;

namespace {

TEST(Linguist, ACountStandsForThatManyPeopleAndNoneForOne) {
    pd::Linguist l;
    EXPECT_EQ(pd::people(l), 1U);
    l.count = 12;
    EXPECT_EQ(pd::people(l), 12U);
    l.count = 0;
    EXPECT_EQ(pd::people(l), 0U);
}

TEST(Linguist, AddedFoundAndItsLanguagesKept) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::Linguist l;
    l.key = p.intern("pool-zh");
    l.kind = pd::LinguistKind::interpreter;
    l.level = pd::LinguistLevel::conference;
    l.languages = {p.intern("zh"), p.intern("zh-Hant")};
    l.count = 12;
    l.shared_with_municipalities = true;
    const pd::LinguistId id = p.add(l);
    EXPECT_EQ(p.find<pd::Linguist>("pool-zh"), id);
    EXPECT_EQ(p.at(id).languages.size(), 2U);
    EXPECT_EQ(p.text(p.at(id).languages[1]), "zh-Hant");
    EXPECT_THROW((void)p.add(l), pd::InvalidValue);  // the key is taken
}

// A language list item with ';' could not be read back from a CSV cell.
TEST(Linguist, ALanguageThatNoFormatCouldCarryIsRefused) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::Linguist l;
    l.key = p.intern("pool-mixed");
    l.languages = {p.intern("ja;zh")};
    try {
        (void)p.add(l);
        FAIL() << "no exception";
    } catch (const pd::InvalidValue& e) {
        EXPECT_NE(std::string(e.what()).find("pool-mixed"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("languages"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(p.records<pd::Linguist>().empty());
}

TEST(Document, ATranslationNamesItsOriginalById) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::Document original;
    original.key = p.intern("mou-ko");
    original.kind = pd::DocumentKind::agreement_text;
    original.language = p.intern("ko");
    const pd::DocumentId o = p.add(original);
    pd::Document translation;
    translation.key = p.intern("mou-ja");
    translation.language = p.intern("ja");
    translation.translation_of = o;
    translation.translation_status = pd::TranslationStatus::proofread;
    const pd::DocumentId t = p.add(translation);
    EXPECT_EQ(p.at(t).translation_of, o);
    EXPECT_EQ(p.find<pd::Document>("mou-ja"), t);
    EXPECT_FALSE(p.contains(pd::DocumentId(2)));
    EXPECT_THROW((void)p.at(pd::DocumentId(2)), pd::NotFound);
}

TEST(Document, OnlyTranslatedAndProofreadCountAsDone) {
    EXPECT_FALSE(pd::translation_done(pd::TranslationStatus::original));
    EXPECT_FALSE(pd::translation_done(pd::TranslationStatus::draft));
    EXPECT_TRUE(pd::translation_done(pd::TranslationStatus::translated));
    EXPECT_TRUE(pd::translation_done(pd::TranslationStatus::proofread));
}

}  // namespace
