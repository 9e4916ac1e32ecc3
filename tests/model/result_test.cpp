// SPDX-License-Identifier: Apache-2.0
// Results, indicators and indicator periods as records of a portfolio, and how an
// indicator value reads as a number.
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <optional>

namespace pd = paradiplomacy;

TEST(IndicatorNumber, ReadsPlainDecimalsOnly) {
    EXPECT_EQ(pd::indicator_number("85"), 85.0);
    EXPECT_EQ(pd::indicator_number(" -2.5 "), -2.5);
    EXPECT_EQ(pd::indicator_number("+12"), 12.0);
    EXPECT_EQ(pd::indicator_number("0.125"), 0.125);
    for (const char* words : {"", " ", "1,200", "twelve", "1e3", "inf", "nan", "12%", "1 200", "--1", "+"})
        EXPECT_EQ(pd::indicator_number(words), std::nullopt) << words;
}

TEST(IndicatorMeasure, UnitAndPercentageAreNumbers) {
    EXPECT_TRUE(pd::numeric_measure(pd::IndicatorMeasure::unit));
    EXPECT_TRUE(pd::numeric_measure(pd::IndicatorMeasure::percentage));
    for (const auto m :
         {pd::IndicatorMeasure::nominal, pd::IndicatorMeasure::ordinal, pd::IndicatorMeasure::qualitative})
        EXPECT_FALSE(pd::numeric_measure(m));
    EXPECT_EQ(pd::to_string(pd::IndicatorMeasure::qualitative), "qualitative");
    EXPECT_EQ(pd::enum_from_string<pd::ResultType>("impact"), pd::ResultType::impact);
    EXPECT_EQ(pd::enum_from_string<pd::Aggregation>("suitable"), pd::Aggregation::suitable);
}

TEST(ResultRecords, AreAddedFoundAndKeyedUniquely) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::Result r;
    r.key = p.intern("mn-smart-class:result-1");
    r.title = p.intern("Smart classes opened");
    const pd::ResultId id = p.add(r);
    pd::Indicator i;
    i.key = p.intern("mn-smart-class:result-1:indicator-1");
    i.result = id;
    const pd::IndicatorId indicator = p.add(i);
    pd::IndicatorPeriod x;
    x.key = p.intern("mn-smart-class:result-1:indicator-1:period-1");
    x.indicator = indicator;
    x.start = pd::PartialDate::parse("2019-12-31");
    x.end = pd::PartialDate::parse("2019-01-01");  // kept: validation reports the order
    const pd::IndicatorPeriodId period = p.add(x);
    EXPECT_EQ(p.find<pd::Result>("mn-smart-class:result-1"), id);
    EXPECT_EQ(p.at(period).end, pd::PartialDate::parse("2019-01-01"));
    EXPECT_EQ(p.at(indicator).result, id);
    EXPECT_THROW((void)p.add(r), pd::InvalidValue);  // the key is taken
    pd::Result bad;
    bad.key = p.intern("a;b");
    EXPECT_THROW((void)p.add(bad), pd::InvalidValue);
}
