// SPDX-License-Identifier: Apache-2.0
// Rules on designations: a spell ends after it begins, spells of one kind do not overlap,
// and the partner is in the portfolio.

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

Designation spell(Clean& c, std::string_view key, PartnerId partner, std::string_view start, std::string_view end) {
    Designation d;
    d.key = c.p.intern(key);
    d.partner = partner;
    if (!start.empty()) d.start = date(start);
    if (!end.empty()) d.end = date(end);
    return d;
}

TEST(DesignationRules, SpellsAfterOneAnotherAreClean) {
    Clean c;
    c.p.add(spell(c, "kn-1", c.kanagawa, "2012", "2014-12-31"));
    c.p.add(spell(c, "kn-2", c.kanagawa, "2015-01-01", ""));
    Designation oda = spell(c, "mn-oda", c.mongolia, "2015", "");
    oda.kind = DesignationKind::strategic_oda;
    c.p.add(oda);
    c.p.add(spell(c, "mn-priority", c.mongolia, "2015", ""));  // another kind may overlap
    EXPECT_TRUE(c.run().empty()) << to_string(single(c.run()));
}

TEST(DesignationRules, AnEndBeforeTheStartIsAnError) {
    Clean c;
    c.p.add(spell(c, "kn", c.kanagawa, "2016-05", "2016-04-30"));
    const auto r = c.run();
    ASSERT_TRUE(only(r, "designation.end.before_start"));
    EXPECT_EQ(single(r).severity, Severity::error);
    EXPECT_EQ(single(r).entity.kind, EntityKind::designation);
    EXPECT_EQ(single(r).entity.key, "kn");
    EXPECT_EQ(single(r).field, "end");
    EXPECT_EQ(single(r).message,
              "the designation ends on 2016-04-30, before it begins on 2016-05: correct one of the dates");
    // Within the start's month it could still be after it.
    Clean d;
    d.p.add(spell(d, "kn", d.kanagawa, "2016-05", "2016-05-02"));
    EXPECT_TRUE(d.run().empty());
}

TEST(DesignationRules, OverlappingSpellsOfOnePartnerAndKindAreAWarning) {
    Clean c;
    c.p.add(spell(c, "kn-1", c.kanagawa, "2012", "2015-06-30"));
    c.p.add(spell(c, "kn-2", c.kanagawa, "2015", ""));  // could begin before the first ends
    c.p.add(spell(c, "kn-3", c.kanagawa, "", ""));      // an old file's flag reaches every day
    const auto r = c.run();
    ASSERT_TRUE(only(r, "designation.overlap", 2));
    EXPECT_EQ(r.findings()[0].entity.key, "kn-2");
    EXPECT_EQ(r.findings()[0].severity, Severity::warning);
    EXPECT_EQ(r.findings()[0].message,
              "overlaps designation \"kn-1\" of the same partner as priority: a partner designated again was "
              "dropped first; give the earlier one an end, or merge the two");
    EXPECT_EQ(r.findings()[1].entity.key, "kn-3");
}

TEST(DesignationRules, APartnerNotInThePortfolioIsAnError) {
    Clean c;
    c.p.add(spell(c, "ghost", PartnerId(99), "2015", ""));
    const auto r = c.run();
    ASSERT_TRUE(only(r, "ref.designation.partner"));
    EXPECT_EQ(single(r).field, "partner");
    EXPECT_EQ(single(r).message,
              "no partner has the ID 99 in this portfolio: add the partner or correct the reference");
}

}  // namespace
}  // namespace paradiplomacy::test
