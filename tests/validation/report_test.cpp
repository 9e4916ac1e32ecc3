// SPDX-License-Identifier: Apache-2.0
// The report, the sink, the options and the strict variant.

#include "fixtures.hpp"

#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace paradiplomacy::test {
namespace {

TEST(ValidationReport, CleanPortfolioHasNoFinding) {
    const Clean c;
    const ValidationReport r = c.run();
    for (const Finding& f : r.findings()) ADD_FAILURE() << to_string(f);
    EXPECT_TRUE(r.empty());
    EXPECT_TRUE(r.ok());
}

// One error (dangling partner), one warning (headcount 0), one info (no DAC list for 2015).
Clean mixed() {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.partner = PartnerId(99);
    c.p.replace(a);
    ExchangeProgram y = c.get(c.youth);
    y.headcount = 0;
    c.p.replace(y);
    OdaEngagement e = c.get(c.smart_class);
    e.budgets.clear();
    e.planned_start = date("2015");
    e.planned_end = date("2015");
    e.actual_start.reset();
    c.p.replace(e);
    return c;
}

TEST(ValidationReport, CountsAndFilters) {
    const Clean c = mixed();
    const ValidationReport r = c.run();
    ASSERT_EQ(r.size(), 3u);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.count(Severity::error), 1u);
    EXPECT_EQ(r.count(Severity::warning), 1u);
    EXPECT_EQ(r.count(Severity::info), 1u);
    ASSERT_EQ(r.by_rule("ref.agreement.partner").size(), 1u);
    EXPECT_EQ(r.by_rule("ref.agreement.partner")[0].entity,
              (EntityRef{EntityKind::agreement, c.kanagawa_sister.index(), "gg-kanagawa-sister"}));
    EXPECT_TRUE(r.by_rule("no.such.rule").empty());
    const auto about_program = r.about(EntityKind::program, c.youth.index());
    ASSERT_EQ(about_program.size(), 1u);
    EXPECT_EQ(about_program[0].rule, "program.headcount.zero");
    EXPECT_TRUE(r.about(EntityKind::program, c.training.index()).empty());
    ASSERT_EQ(r.with_severity(Severity::info).size(), 1u);
    EXPECT_EQ(r.with_severity(Severity::info)[0].rule, "oda.recipient.no_dac_list");
}

TEST(ValidationReport, WarningsAndInfosAloneAreOk) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.headcount = 0;
    c.p.replace(y);
    const ValidationReport r = c.run();
    EXPECT_EQ(r.size(), 1u);
    EXPECT_TRUE(r.ok());
}

TEST(ValidationStrict, ThrowsOnFirstErrorNamingRuleEntityAndField) {
    const Clean c = mixed();
    try {
        (void)validate_strict(c.p, options());
        FAIL() << "expected ValidationError";
    } catch (const ValidationError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("ref.agreement.partner"), std::string::npos) << what;
        EXPECT_NE(what.find("agreement #2 \"gg-kanagawa-sister\""), std::string::npos) << what;
        EXPECT_NE(what.find("field partner"), std::string::npos) << what;
        EXPECT_NE(what.find("partner #99 is not in this portfolio"), std::string::npos) << what;
    }
}

TEST(ValidationStrict, StopsAtTheFirstErrorInCatalogueOrder) {
    Clean c = mixed();
    // A second error from a later rule: the message must still name the first rule.
    OdaEngagement e = c.get(c.smart_class);
    e.sectors[0].percentage = 10.0;
    c.p.replace(e);
    try {
        (void)validate_strict(c.p, options());
        FAIL() << "expected ValidationError";
    } catch (const ValidationError& err) {
        EXPECT_NE(std::string(err.what()).find("ref.agreement.partner"), std::string::npos);
        EXPECT_EQ(std::string(err.what()).find("oda.sectors.sum"), std::string::npos);
    }
}

TEST(ValidationStrict, ReturnsWarningsWhenThereIsNoError) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.headcount = 0;
    c.p.replace(y);
    const ValidationReport r = validate_strict(c.p, options());
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r.findings()[0].rule, "program.headcount.zero");
}

TEST(ValidationOptions, DisabledRuleDoesNotRun) {
    const Clean c = mixed();
    ValidationOptions o = options();
    o.disabled_rules = {"ref.agreement.partner"};
    const ValidationReport r = validate(c.p, o);
    EXPECT_TRUE(r.by_rule("ref.agreement.partner").empty());
    EXPECT_EQ(r.size(), 2u);
    EXPECT_TRUE(r.ok());
}

TEST(ValidationOptions, UnknownDisabledRuleIsRefused) {
    const Clean c;
    ValidationOptions o = options();
    o.disabled_rules = {"ref.agreement.partnr"};
    try {
        (void)validate(c.p, o);
        FAIL() << "expected InvalidValue";
    } catch (const InvalidValue& e) {
        EXPECT_NE(std::string(e.what()).find("\"ref.agreement.partnr\" is not in the rule catalogue"),
                  std::string::npos);
    }
}

TEST(ValidationOptions, TodayDecidesRulesAboutTheFuture) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.signed_on = date("2025-07");
    c.p.replace(a);
    ValidationOptions before = options();  // 2025-06-30
    EXPECT_EQ(validate(c.p, before).by_rule("date.agreement.signed_in_future").size(), 1u);
    ValidationOptions after = options();
    after.today = day(2025, 8, 1);
    EXPECT_TRUE(validate(c.p, after).by_rule("date.agreement.signed_in_future").empty());
    ValidationOptions inside = options();
    inside.today = day(2025, 7, 15);  // "2025-07" may be before or after: not certain
    EXPECT_TRUE(validate(c.p, inside).by_rule("date.agreement.signed_in_future").empty());
}

class Recorder final : public FindingSink {
public:
    void report(Finding f) override { rules.push_back(f.rule); }
    std::vector<std::string> rules;
};

TEST(FindingSink, ReceivesEveryFindingInOrder) {
    const Clean c = mixed();
    Recorder sink;
    validate(c.p, sink, options());
    const ValidationReport r = c.run();
    ASSERT_EQ(sink.rules.size(), r.size());
    for (std::size_t i = 0; i < r.size(); ++i) EXPECT_EQ(sink.rules[i], r.findings()[i].rule);
}

TEST(Finding, ToStringNamesEverything) {
    const Finding f{
        "ref.agreement.partner", Severity::error, {EntityKind::agreement, 3, "gg-hebei"}, "partner", "missing"};
    EXPECT_EQ(to_string(f), "error ref.agreement.partner: agreement #3 \"gg-hebei\", field partner: missing");
    const Finding h{"code.home.unknown", Severity::error, {EntityKind::home, 0, "KR-99"}, "code", "bad"};
    EXPECT_EQ(to_string(h), "error code.home.unknown: home \"KR-99\", field code: bad");
}

}  // namespace
}  // namespace paradiplomacy::test
