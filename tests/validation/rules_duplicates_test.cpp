// SPDX-License-Identifier: Apache-2.0
// Rules on records entered twice (dup.*).

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

TEST(DuplicateRules, SameTieEventTwice) {
    Clean c;
    Agreement again = c.get(c.kanagawa_sister);
    again.key = c.p.intern("gg-kanagawa-sister-copy");
    const AgreementId copy = c.p.add(again);
    const auto r = c.run();
    const auto f = r.by_rule("dup.agreement");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].entity, (EntityRef{EntityKind::agreement, copy.index(), "gg-kanagawa-sister-copy"}));
    EXPECT_EQ(f[0].severity, Severity::warning);
    EXPECT_NE(f[0].message.find("gg-kanagawa-sister"), std::string::npos);
}

TEST(DuplicateRules, DifferentSignatoryOrDateIsNotADuplicate) {
    Clean c;
    Agreement other = c.get(c.kanagawa_sister);
    other.key = c.p.intern("suwon-kanagawa");
    other.kind = AgreementKind::mou;
    other.signatory = c.suwon;
    c.p.add(other);
    Agreement later = c.get(c.liaoning_friendship);
    later.key = c.p.intern("gg-liaoning-friendship-2");
    later.signed_on = date("1993-10-05");
    later.terminated_on = date("1993-10-06");
    c.p.add(later);
    EXPECT_TRUE(c.run().by_rule("dup.agreement").empty());
}

TEST(DuplicateRules, SamePartnerTwice) {
    Clean c;
    Partner p = c.get(c.kanagawa);
    p.key = c.p.intern("kanagawa-2");
    p.name_en = c.p.intern("  KANAGAWA ");
    const PartnerId second = c.p.add(p);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "dup.partner"));
    EXPECT_EQ(single(r).entity.index, second.index());
    EXPECT_EQ(single(r).field, "name_en");
    // Same name in another country is another partner.
    Clean d;
    d.p.add(d.partner("cn-kanagawa", PartnerLevel::city, "CN", "", "Kanagawa"));
    EXPECT_TRUE(d.run().empty());
}

}  // namespace
}  // namespace paradiplomacy::test
