// SPDX-License-Identifier: Apache-2.0
// Rules on date order (date.*).

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

// Edits the Kanagawa sister agreement and returns the findings.
template <class Edit>
ValidationReport with_agreement(Edit edit) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    edit(a);
    c.p.replace(a);
    ExchangeProgram y = c.get(c.youth);  // keep state.program.after_termination out of these tests
    y.agreement.reset();
    c.p.replace(y);
    return c.run();
}

TEST(DateRules, TerminatedBeforeSigned) {
    const auto r = with_agreement([](Agreement& a) { a.terminated_on = date("1989"); });
    ASSERT_TRUE(only(r, "date.agreement.terminated_before_signed"));
    EXPECT_EQ(single(r).entity.key, "gg-kanagawa-sister");
    EXPECT_EQ(single(r).field, "terminated_on");
    EXPECT_EQ(single(r).severity, Severity::error);
    // Same year as a full signing date: not certainly before.
    EXPECT_TRUE(with_agreement([](Agreement& a) { a.terminated_on = date("1990"); }).empty());
}

TEST(DateRules, SuspendedBeforeSigned) {
    const auto r = with_agreement([](Agreement& a) { a.suspended_on = date("1990-03"); });
    ASSERT_TRUE(only(r, "date.agreement.suspended_before_signed"));
    EXPECT_EQ(single(r).field, "suspended_on");
    EXPECT_TRUE(with_agreement([](Agreement& a) { a.suspended_on = date("2022-03-01"); }).empty());
}

TEST(DateRules, ResumedBeforeSuspended) {
    const auto r = with_agreement([](Agreement& a) {
        a.suspended_on = date("2022-03-01");
        a.resumed_on = date("2021-12-31");
    });
    ASSERT_TRUE(only(r, "date.agreement.resumed_before_suspended"));
    EXPECT_EQ(single(r).field, "resumed_on");
    EXPECT_TRUE(with_agreement([](Agreement& a) {
                    a.suspended_on = date("2022-03-01");
                    a.resumed_on = date("2023-01-01");
                }).empty());
}

TEST(DateRules, ResumedWithoutSuspension) {
    const auto r = with_agreement([](Agreement& a) { a.resumed_on = date("2023-01-01"); });
    ASSERT_TRUE(only(r, "date.agreement.resumed_without_suspension"));
    EXPECT_EQ(single(r).field, "resumed_on");
}

TEST(DateRules, CouncilAfterSigned) {
    const auto r = with_agreement([](Agreement& a) { a.council_approved_on = date("1990-05-01"); });
    ASSERT_TRUE(only(r, "date.agreement.council_after_signed"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_EQ(single(r).field, "signed_on");
    EXPECT_TRUE(with_agreement([](Agreement& a) { a.council_approved_on = date("1990-04"); }).empty());
}

TEST(DateRules, ValidityBeforeSigned) {
    const auto r = with_agreement([](Agreement& a) { a.validity = Period(date("1989-01-01"), date("1991-12-31")); });
    ASSERT_TRUE(only(r, "date.agreement.validity_before_signed"));
    EXPECT_EQ(single(r).field, "validity");
    EXPECT_TRUE(
        with_agreement([](Agreement& a) { a.validity = Period(date("1990-04-20"), date("1991-12-31")); }).empty());
}

TEST(DateRules, SignedInFutureUnlessProposed) {
    const auto r = with_agreement([](Agreement& a) { a.signed_on = date("2026-01-10"); });
    ASSERT_TRUE(only(r, "date.agreement.signed_in_future"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_TRUE(with_agreement([](Agreement& a) {
                    a.signed_on = date("2026-01-10");
                    a.proposed = true;
                }).empty());
}

TEST(DateRules, ProgramEndBeforeStart) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.end = date("2018-06-30");
    c.p.replace(y);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "date.program.end_before_start"));
    EXPECT_EQ(single(r).entity, (EntityRef{EntityKind::program, c.youth.index(), "youth-2018"}));
    EXPECT_EQ(single(r).field, "end");
}

TEST(DateRules, ProgramWithoutStartIsNotOrderChecked) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.start.reset();
    y.end = date("1990-01-01");  // would be before any start, but there is none to compare
    c.p.replace(y);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "program.start.missing"));  // the note on the undated program, nothing else
    EXPECT_TRUE(r.by_rule("date.program.end_before_start").empty());
}

TEST(DateRules, OdaPlannedAndActualOrder) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.planned_end = date("2023-12");
    e.actual_end = date("2024-03-01");
    c.p.replace(e);
    const auto r = c.run();
    ASSERT_EQ(r.by_rule("date.oda.planned_end_before_start").size(), 1u);
    EXPECT_EQ(r.by_rule("date.oda.planned_end_before_start")[0].field, "planned_end");
    ASSERT_EQ(r.by_rule("date.oda.actual_end_before_start").size(), 1u);
    EXPECT_EQ(r.by_rule("date.oda.actual_end_before_start")[0].field, "actual_end");
    EXPECT_EQ(r.size(), 2u);
}

TEST(DateRules, OdaActualInFuture) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.actual_end = date("2025-12-31");
    c.p.replace(e);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "date.oda.actual_in_future"));
    EXPECT_EQ(single(r).field, "actual_end");
    e.planned_end = date("2025-12-31");
    e.actual_end.reset();
    c.p.replace(e);
    EXPECT_TRUE(c.run().empty());
}

}  // namespace
}  // namespace paradiplomacy::test
