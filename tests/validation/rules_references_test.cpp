// SPDX-License-Identifier: Apache-2.0
// Rules on links between records (ref.*).

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

TEST(ReferenceRules, AgreementPartnerSignatorySupersedes) {
    Clean c;
    Agreement a = c.agreement("orphan", PartnerId(42), AgreementKind::mou, "2010-01-01");
    a.signatory = MunicipalityId(7);
    a.supersedes = AgreementId(55);
    const AgreementId id = c.p.add(a);
    const auto r = c.run();
    for (const char* rule : {"ref.agreement.partner", "ref.agreement.signatory", "ref.agreement.supersedes"}) {
        const auto f = r.by_rule(rule);
        ASSERT_EQ(f.size(), 1u) << rule;
        EXPECT_EQ(f[0].entity, (EntityRef{EntityKind::agreement, id.index(), "orphan"}));
        EXPECT_EQ(f[0].severity, Severity::error);
    }
    EXPECT_EQ(r.by_rule("ref.agreement.signatory")[0].field, "signatory");
    EXPECT_EQ(r.size(), 3u);
}

TEST(ReferenceRules, SignatoryThatExistsIsFine) {
    Clean c;
    Agreement a = c.agreement("suwon-kanagawa", c.kanagawa, AgreementKind::mou, "2010-01-01");
    a.signatory = c.suwon;
    c.p.add(a);
    EXPECT_TRUE(c.run().empty());
}

TEST(ReferenceRules, SupersedesCycle) {
    Clean c;
    Agreement f = c.get(c.liaoning_friendship);
    f.supersedes = c.liaoning_sister;  // sister -> friendship -> sister
    c.p.replace(f);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "ref.agreement.supersedes_cycle"));
    EXPECT_EQ(single(r).field, "supersedes");
    EXPECT_NE(single(r).message.find("gg-liaoning-friendship"), std::string::npos) << single(r).message;
    EXPECT_NE(single(r).message.find("gg-liaoning-sister"), std::string::npos) << single(r).message;
}

TEST(ReferenceRules, SupersedesItself) {
    Clean c;
    Agreement k = c.get(c.kanagawa_sister);
    k.supersedes = c.kanagawa_sister;
    c.p.replace(k);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "ref.agreement.supersedes_cycle"));
    EXPECT_EQ(single(r).entity.key, "gg-kanagawa-sister");
}

TEST(ReferenceRules, SupersedesOtherTie) {
    Clean c;
    Agreement k = c.get(c.kanagawa_sister);
    k.supersedes = c.liaoning_friendship;
    c.p.replace(k);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "ref.agreement.supersedes_other_tie"));
    EXPECT_EQ(single(r).entity.key, "gg-kanagawa-sister");
    EXPECT_NE(single(r).message.find("gg-liaoning-friendship"), std::string::npos);
}

TEST(ReferenceRules, ProgramLinks) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.partners = {c.kanagawa, PartnerId(77)};
    y.agreement = AgreementId(66);
    y.organiser = MunicipalityId(5);
    c.p.replace(y);
    const auto r = c.run();
    ASSERT_EQ(r.by_rule("ref.program.partner").size(), 1u);
    EXPECT_EQ(r.by_rule("ref.program.partner")[0].field, "partners[1]");
    ASSERT_EQ(r.by_rule("ref.program.agreement").size(), 1u);
    ASSERT_EQ(r.by_rule("ref.program.organiser").size(), 1u);
    EXPECT_EQ(r.size(), 3u);
    y.organiser = c.suwon;
    y.agreement = c.kanagawa_sister;
    y.partners = {c.kanagawa};
    c.p.replace(y);
    EXPECT_TRUE(c.run().empty());
}

TEST(ReferenceRules, OdaLinks) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.recipient_partner = PartnerId(88);
    e.programs = {c.training, ProgramId(99)};
    c.p.replace(e);
    const auto r = c.run();
    ASSERT_EQ(r.by_rule("ref.oda.recipient_partner").size(), 1u);
    ASSERT_EQ(r.by_rule("ref.oda.program").size(), 1u);
    EXPECT_EQ(r.by_rule("ref.oda.program")[0].field, "programs[1]");
    EXPECT_EQ(r.size(), 2u);
}

}  // namespace
}  // namespace paradiplomacy::test
