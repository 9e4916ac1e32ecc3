// SPDX-License-Identifier: Apache-2.0
// Rules on contradictory states (state.*).

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

TEST(StateRules, SuspendedAndResumedAfterTermination) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.terminated_on = date("2020-01-01");
    a.suspended_on = date("2021-03-01");
    a.resumed_on = date("2022-05-01");
    c.p.replace(a);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "state.agreement.events_after_termination", 2));
    EXPECT_EQ(r.findings()[0].field, "suspended_on");
    EXPECT_EQ(r.findings()[1].field, "resumed_on");
    a.suspended_on = date("2019-03-01");
    a.resumed_on = date("2019-05-01");
    c.p.replace(a);
    EXPECT_TRUE(c.run().empty());
}

TEST(StateRules, ValidityAfterTermination) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.terminated_on = date("2016");
    a.validity = Period(date("2017-01-01"), date("2019-12-31"));
    c.p.replace(a);
    ExchangeProgram y = c.get(c.youth);  // not under this agreement here
    y.agreement.reset();
    c.p.replace(y);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "state.agreement.validity_after_termination"));
    EXPECT_EQ(single(r).field, "validity");
    a.terminated_on = date("2018");
    c.p.replace(a);
    EXPECT_TRUE(c.run().empty());
}

TEST(StateRules, ProgramUnderTerminatedAgreement) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.terminated_on = date("2017-12-31");
    c.p.replace(a);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "state.program.after_termination"));
    EXPECT_EQ(single(r).entity.key, "youth-2018");
    EXPECT_EQ(single(r).field, "agreement");
    EXPECT_EQ(single(r).severity, Severity::warning);
}

TEST(StateRules, UndatedProgramUnderTerminatedAgreementIsNotReported) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.terminated_on = date("2017-12-31");
    c.p.replace(a);
    ExchangeProgram y = c.get(c.youth);
    y.start.reset();  // it may have run before the termination
    c.p.replace(y);
    const auto r = c.run();
    EXPECT_TRUE(r.by_rule("state.program.after_termination").empty());
    ASSERT_TRUE(only(r, "program.start.missing"));
}

TEST(StateRules, TwoTiersInForceWithoutSupersedes) {
    Clean c;
    Agreement s = c.get(c.liaoning_sister);
    s.supersedes.reset();
    c.p.replace(s);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "state.tie.concurrent_tiers"));
    EXPECT_EQ(single(r).entity.key, "gg-liaoning-sister");  // the later one
    EXPECT_EQ(single(r).field, "supersedes");
    EXPECT_NE(single(r).message.find("1994-09-15"), std::string::npos) << single(r).message;
}

TEST(StateRules, TiersThatDoNotOverlapAreFine) {
    Clean c;
    Agreement s = c.get(c.liaoning_sister);
    s.supersedes.reset();
    c.p.replace(s);
    Agreement f = c.get(c.liaoning_friendship);
    f.terminated_on = date("1994-09-15");  // ends the day the sister tie starts
    c.p.replace(f);
    EXPECT_TRUE(c.run().empty());
    // A renewal or plan sets no tier and never conflicts.
    Clean d;
    Agreement plan = d.agreement("kanagawa-plan", d.kanagawa, AgreementKind::implementation_plan, "2017-05-01");
    plan.validity = Period(date("2017-05-01"), date("2019-12-31"));
    d.p.add(plan);
    EXPECT_TRUE(d.run().empty());
}

TEST(StateRules, LaterLowerTierInstrumentBesideASisterTieIsFine) {
    Clean c;
    // Utah: sister 1983, then economic-cooperation MOUs that add to the tie, not replace it.
    Agreement mou = c.agreement("kanagawa-econ-mou", c.kanagawa, AgreementKind::mou, "2018-03-01");
    c.p.add(mou);
    EXPECT_TRUE(c.run().by_rule("state.tie.concurrent_tiers").empty());
    // The same MOU signed before the sister tie, and still in force beside it, is reported.
    Clean d;
    Agreement early = d.agreement("kanagawa-early-mou", d.kanagawa, AgreementKind::mou, "1985-03-01");
    d.p.add(early);
    EXPECT_EQ(d.run().by_rule("state.tie.concurrent_tiers").size(), 1U);
}

TEST(StateRules, UncertainOverlapIsNotReported) {
    Clean c;
    Agreement s = c.get(c.liaoning_sister);
    s.supersedes.reset();
    s.signed_on = date("1994");
    c.p.replace(s);
    Agreement f = c.get(c.liaoning_friendship);
    f.terminated_on = date("1994");  // may have ended before the sister tie began
    c.p.replace(f);
    EXPECT_TRUE(c.run().by_rule("state.tie.concurrent_tiers").empty());
}

}  // namespace
}  // namespace paradiplomacy::test
