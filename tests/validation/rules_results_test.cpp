// SPDX-License-Identifier: Apache-2.0
// The rules on results, indicators and indicator periods: references, one owner, dates in
// order, numbers where the measure asks for them, percentages within 0-100, no period twice.
#include "fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::test {
namespace {

/// The Smart Class engagement's result "classes opened", one unit indicator with a
/// baseline, and its 2019 period: target 10, actual 12.
struct ResultRules : ::testing::Test {
    Clean c;
    ResultId result{0};
    IndicatorId classes{0};
    IndicatorPeriodId y2019{0};

    ResultRules() {
        Result r;
        r.key = c.p.intern("smart-class:result-1");
        r.title = c.p.intern("Korean-language smart classes opened");
        r.type = ResultType::output;
        r.engagement = c.smart_class;
        result = c.p.add(r);
        classes = c.p.add(indicator("smart-class:classes", IndicatorMeasure::unit, "0"));
        y2019 = c.p.add(period("smart-class:classes:2019", classes, "2019-01-01", "2019-12-31", "10", "12"));
    }
    Indicator indicator(std::string_view key, IndicatorMeasure measure, std::string_view baseline = {}) {
        Indicator i;
        i.key = c.p.intern(key);
        i.result = result;
        i.title = c.p.intern("Classes opened");
        i.measure = measure;
        i.baseline_date = PartialDate::of_year(2018);
        i.baseline_value = c.p.intern(baseline);
        return i;
    }
    IndicatorPeriod period(std::string_view key, IndicatorId of, std::optional<std::string_view> start,
                           std::optional<std::string_view> end, std::string_view target, std::string_view actual) {
        IndicatorPeriod x;
        x.key = c.p.intern(key);
        x.indicator = of;
        if (start) x.start = date(*start);
        if (end) x.end = date(*end);
        x.target = c.p.intern(target);
        x.actual = c.p.intern(actual);
        return x;
    }
    static EntityRef ref(EntityKind kind, std::uint32_t index, std::string_view key) {
        return EntityRef{kind, index, std::string(key)};
    }
};

TEST_F(ResultRules, ACleanSetBreaksNoRule) {
    // A program's result with a qualitative indicator whose values are words.
    Result r;
    r.key = c.p.intern("training:result-1");
    r.title = c.p.intern("Officials trained in e-government");
    r.type = ResultType::outcome;
    r.program = c.training;
    const ResultId trained = c.p.add(r);
    Indicator q = indicator("training:satisfaction", IndicatorMeasure::qualitative, "not measured");
    q.result = trained;
    const IndicatorId satisfaction = c.p.add(q);
    (void)c.p.add(
        period("training:satisfaction:2024", satisfaction, "2024-05", "2024-05", "satisfied", "very satisfied"));
    // A percentage indicator within 0-100; decimals and spaces around the digits read.
    const IndicatorId pass = c.p.add(indicator("smart-class:pass-rate", IndicatorMeasure::percentage, "40.5"));
    (void)c.p.add(period("smart-class:pass-rate:2019", pass, "2019", "2019", " 85 ", "100"));
    const auto report = c.run();
    EXPECT_TRUE(report.empty()) << (report.empty() ? "" : to_string(report.findings().front()));
}

TEST_F(ResultRules, AResultBelongsToOneProgramOrEngagement) {
    Result none;
    none.key = c.p.intern("orphan");
    none.title = c.p.intern("Orphan");
    const ResultId orphan = c.p.add(none);
    Indicator i = indicator("orphan:i", IndicatorMeasure::unit);
    i.result = orphan;
    (void)c.p.add(i);
    auto report = c.run();
    ASSERT_TRUE(only(report, "result.owner.none"));
    EXPECT_EQ(single(report).entity, ref(EntityKind::result, orphan.index(), "orphan"));
    EXPECT_EQ(single(report).severity, Severity::error);
    EXPECT_EQ(single(report).message,
              "the result belongs to nothing: name the exchange program or the ODA engagement that achieved it");

    Result both = c.p.at(orphan);
    both.program = c.training;
    both.engagement = c.smart_class;
    c.p.replace(both);
    report = c.run();
    ASSERT_TRUE(only(report, "result.owner.both"));
    EXPECT_EQ(single(report).entity, ref(EntityKind::result, orphan.index(), "orphan"));
}

TEST_F(ResultRules, AResultWithoutIndicatorIsAWarning) {
    Result r;
    r.key = c.p.intern("smart-class:result-2");
    r.title = c.p.intern("Teachers trained");
    r.engagement = c.smart_class;
    const ResultId lone = c.p.add(r);
    const auto report = c.run();
    ASSERT_TRUE(only(report, "result.indicator.missing"));
    EXPECT_EQ(single(report).entity, ref(EntityKind::result, lone.index(), "smart-class:result-2"));
    EXPECT_EQ(single(report).severity, Severity::warning);
}

TEST_F(ResultRules, ReferencesToRecordsNotInThePortfolio) {
    Result r = c.p.at(result);
    r.engagement = EngagementId(99);
    c.p.replace(r);
    Indicator i = c.p.at(classes);
    i.result = ResultId(42);
    c.p.replace(i);
    IndicatorPeriod x = c.p.at(y2019);
    x.indicator = IndicatorId(7);
    c.p.replace(x);
    const auto report = c.run();
    std::vector<std::string> rules;
    for (const Finding& f : report.findings()) rules.push_back(f.rule + " " + f.field + ": " + f.message);
    EXPECT_EQ(rules, (std::vector<std::string>{
                         "ref.result.engagement engagement: ODA engagement #99 is not in this portfolio: add it or "
                         "correct the reference",
                         "result.indicator.missing : the result has no indicator: say what it is measured by (IATI "
                         "requires at least one, so an engagement's result without one is not exported)",
                         "ref.indicator.result result: result #42 is not in this portfolio: add it or correct the "
                         "reference",
                         "ref.indicator_period.indicator indicator: indicator #7 is not in this portfolio: add it or "
                         "correct the reference",
                     }));
}

TEST_F(ResultRules, APeriodEndingBeforeItStartsOrWithoutAnEnd) {
    const IndicatorPeriodId reversed =
        c.p.add(period("smart-class:classes:2020", classes, "2020-12-31", "2020-01-01", "10", "9"));
    auto report = c.run();
    ASSERT_TRUE(only(report, "indicator_period.dates.reversed"));
    EXPECT_EQ(single(report).entity, ref(EntityKind::indicator_period, reversed.index(), "smart-class:classes:2020"));
    EXPECT_EQ(single(report).field, "end");
    EXPECT_EQ(single(report).message, "the period ends (2020-01-01) before it starts (2020-12-31)");

    // A year and a day within it are not certainly in the wrong order.
    IndicatorPeriod x = c.p.at(reversed);
    x.start = date("2020");
    x.end = date("2020-06-30");
    c.p.replace(x);
    EXPECT_TRUE(c.run().empty());

    x.end.reset();
    c.p.replace(x);
    report = c.run();
    ASSERT_TRUE(only(report, "indicator_period.dates.missing"));
    EXPECT_EQ(single(report).field, "end");
    EXPECT_EQ(single(report).severity, Severity::warning);
}

TEST_F(ResultRules, ACountedMeasureNeedsNumbers) {
    IndicatorPeriod x = c.p.at(y2019);
    x.target = c.p.intern("1,200");  // a thousands separator is not read
    x.actual = c.p.intern("twelve");
    c.p.replace(x);
    Indicator i = c.p.at(classes);
    i.baseline_value = c.p.intern("none yet");
    c.p.replace(i);
    const auto report = c.run();
    ASSERT_EQ(report.findings().size(), 3u);
    const Finding& baseline = report.findings()[0];
    EXPECT_EQ(baseline.rule, "indicator.baseline.not_number");
    EXPECT_EQ(baseline.entity, ref(EntityKind::indicator, classes.index(), "smart-class:classes"));
    EXPECT_EQ(baseline.message,
              "baseline \"none yet\" is not a number, and the indicator's measure is unit: give digits (\"1200\", "
              "\"85.5\") or make the measure qualitative");
    const Finding& target = report.findings()[1];
    EXPECT_EQ(target.rule, "indicator_period.value.not_number");
    EXPECT_EQ(target.field, "target");
    EXPECT_EQ(target.message,
              "target \"1,200\" is not a number, and the measure of indicator \"smart-class:classes\" is unit: give "
              "digits (\"1200\", \"85.5\") or make the measure qualitative");
    EXPECT_EQ(report.findings()[2].field, "actual");

    // The same words are fine for a qualitative indicator.
    i.measure = IndicatorMeasure::qualitative;
    c.p.replace(i);
    EXPECT_TRUE(c.run().empty());
}

TEST_F(ResultRules, APercentageOutside0To100IsAWarning) {
    Indicator i = c.p.at(classes);
    i.measure = IndicatorMeasure::percentage;
    c.p.replace(i);
    IndicatorPeriod x = c.p.at(y2019);
    x.target = c.p.intern("120");
    x.actual = c.p.intern("-1");
    c.p.replace(x);
    const auto report = c.run();
    ASSERT_TRUE(only(report, "indicator_period.percentage.range", 2));
    EXPECT_EQ(report.findings()[0].field, "target");
    EXPECT_EQ(report.findings()[0].severity, Severity::warning);
    EXPECT_EQ(report.findings()[0].message,
              "target \"120\" is outside 0-100, and the indicator's measure is percentage: check whether it is a "
              "count or a share");
    EXPECT_EQ(report.findings()[1].field, "actual");
}

TEST_F(ResultRules, APeriodGivenTwice) {
    const IndicatorPeriodId again =
        c.p.add(period("smart-class:classes:2019-again", classes, "2019-01-01", "2019-12-31", "10", "11"));
    const auto report = c.run();
    ASSERT_TRUE(only(report, "indicator_period.duplicate"));
    EXPECT_EQ(single(report).entity,
              ref(EntityKind::indicator_period, again.index(), "smart-class:classes:2019-again"));
    EXPECT_EQ(single(report).message,
              "the indicator already has a period from 2019-01-01 to 2019-12-31 (\"smart-class:classes:2019\"): give "
              "each period once");
}

}  // namespace
}  // namespace paradiplomacy::test
