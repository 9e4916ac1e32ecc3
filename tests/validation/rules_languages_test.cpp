// SPDX-License-Identifier: Apache-2.0
// Rules on the language tags of partners and agreements.

#include "fixtures.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace paradiplomacy::test {
namespace {

CompactList<TextId> tags(Portfolio& p, std::vector<std::string_view> texts) {
    CompactList<TextId> out;
    for (const std::string_view t : texts) out.push_back(p.intern(t));
    return out;
}

TEST(LanguageRules, WellFormedKnownTagsPass) {
    Clean c;
    Partner partner = c.get(c.liaoning);
    partner.languages = tags(c.p, {"zh-Hans", "ko", "yue-Hant-HK"});
    c.p.replace(partner);
    Agreement a = c.get(c.kanagawa_sister);
    a.languages = tags(c.p, {"ja", "ko", "en-US", "x-gyeonggi"});
    c.p.replace(a);
    EXPECT_TRUE(c.run().empty());
}

TEST(LanguageRules, MalformedPartnerTagIsAnErrorNamingTheItem) {
    Clean c;
    Partner partner = c.get(c.liaoning);
    partner.languages = tags(c.p, {"zh", "zh_Hans"});
    c.p.replace(partner);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "language.partner.malformed"));
    const Finding& f = single(r);
    EXPECT_EQ(f.severity, Severity::error);
    EXPECT_EQ(f.entity.kind, EntityKind::partner);
    EXPECT_EQ(f.entity.key, c.p.text(partner.key));
    EXPECT_EQ(f.field, "languages[1]");
    EXPECT_NE(f.message.find("\"zh_Hans\""), std::string::npos) << f.message;
    EXPECT_NE(f.message.find("'-', not '_'"), std::string::npos) << f.message;
    EXPECT_THROW((void)validate_strict(c.p, options()), ValidationError);
}

TEST(LanguageRules, MalformedAgreementTagsAreEachReported) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.languages = tags(c.p, {"Japanese, Korean", "ko-", "ja"});
    c.p.replace(a);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "language.agreement.malformed", 2));
    EXPECT_EQ(r.findings()[0].field, "languages[0]");
    EXPECT_EQ(r.findings()[1].field, "languages[1]");
    EXPECT_EQ(r.findings()[0].entity.key, "gg-kanagawa-sister");
    EXPECT_NE(r.findings()[0].message.find("\"ko\", \"zh-Hant\""), std::string::npos) << r.findings()[0].message;
}

// "english" has the form of a language subtag (5-8 letters) but names no ISO 639 language:
// a warning, not an error, and not a malformed finding as well.
TEST(LanguageRules, UnknownLanguageIsAWarning) {
    Clean c;
    Partner partner = c.get(c.kanagawa);
    partner.languages = tags(c.p, {"ja", "english", "xx-KR"});
    c.p.replace(partner);
    Agreement a = c.get(c.liaoning_sister);
    a.languages = tags(c.p, {"ger"});  // ISO 639-2's bibliographic code; BCP 47 uses "de"
    c.p.replace(a);
    const auto r = c.run();
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r.findings()[0].rule, "language.partner.unknown");
    EXPECT_EQ(r.findings()[0].severity, Severity::warning);
    EXPECT_EQ(r.findings()[0].field, "languages[1]");
    EXPECT_NE(r.findings()[0].message.find("\"english\""), std::string::npos);
    EXPECT_EQ(r.findings()[1].rule, "language.partner.unknown");
    EXPECT_EQ(r.findings()[1].field, "languages[2]");
    EXPECT_NE(r.findings()[1].message.find("language \"xx\""), std::string::npos) << r.findings()[1].message;
    EXPECT_EQ(r.findings()[2].rule, "language.agreement.unknown");
    EXPECT_EQ(r.findings()[2].entity.kind, EntityKind::agreement);
    EXPECT_NO_THROW((void)validate_strict(c.p, options()));
}

TEST(LanguageRules, RulesCanBeDisabled) {
    Clean c;
    Partner partner = c.get(c.liaoning);
    partner.languages = tags(c.p, {"zh_Hans"});
    c.p.replace(partner);
    ValidationOptions o = options();
    o.disabled_rules = {"language.partner.malformed"};
    EXPECT_TRUE(validate(c.p, o).empty());
}

}  // namespace
}  // namespace paradiplomacy::test
