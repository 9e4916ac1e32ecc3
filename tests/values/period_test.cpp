// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/period.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>

using paradiplomacy::Day;
using paradiplomacy::InvalidValue;
using paradiplomacy::PartialDate;
using paradiplomacy::Period;
using paradiplomacy::Truth;

namespace {
PartialDate d(const char* text) { return PartialDate::parse(text); }
}  // namespace

TEST(Period, ContainsDaysBetweenItsEndsInclusive) {
    const Period plan(d("2017-01-01"), d("2019-12-31"));
    EXPECT_EQ(plan.contains(Day(2017, 1, 1)), Truth::yes);
    EXPECT_EQ(plan.contains(Day(2019, 12, 31)), Truth::yes);
    EXPECT_EQ(plan.contains(Day(2016, 12, 31)), Truth::no);
    EXPECT_EQ(plan.contains(Day(2020, 1, 1)), Truth::no);
    EXPECT_FALSE(plan.is_open());
}

TEST(Period, CoarseEndsAnswerUnknownInsideTheirSpan) {
    const Period plan(d("2017"), d("2019"));
    EXPECT_EQ(plan.contains(Day(2017, 6, 1)), Truth::unknown);
    EXPECT_EQ(plan.contains(Day(2018, 6, 1)), Truth::yes);
    EXPECT_EQ(plan.contains(Day(2019, 6, 1)), Truth::unknown);
    EXPECT_EQ(plan.contains(Day(2020, 1, 1)), Truth::no);
    EXPECT_EQ(plan.contains(Day(2016, 12, 31)), Truth::no);
}

TEST(Period, OpenPeriodRunsOnWithoutEnd) {
    const Period open(d("2008-05-19"));
    EXPECT_TRUE(open.is_open());
    EXPECT_FALSE(open.end().has_value());
    EXPECT_EQ(open.contains(Day(2100, 1, 1)), Truth::yes);
    EXPECT_EQ(open.contains(Day(2008, 5, 18)), Truth::no);
    EXPECT_FALSE(open.longest_length_days().has_value());
}

TEST(Period, RefusesAnEndCertainlyBeforeTheStart) {
    EXPECT_THROW(Period(d("2019"), d("2017")), InvalidValue);
    EXPECT_THROW(Period(d("2019-06-02"), d("2019-06-01")), InvalidValue);
    try {
        Period(d("2019-06"), d("2018"));
        ADD_FAILURE() << "no exception";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "Period: end 2018 is before start 2019-06");
    }
    // An end that might be on or after the start is accepted: it overlaps the start's span.
    EXPECT_NO_THROW(Period(d("2019-06-15"), d("2019-06")));
    EXPECT_NO_THROW(Period(d("2019"), d("2019-01-01")));
}

TEST(Period, LongestLengthCountsBothEnds) {
    EXPECT_EQ(Period(d("2017-01-01"), d("2017-01-01")).longest_length_days(), 1);
    EXPECT_EQ(Period(d("2017-01-01"), d("2017-12-31")).longest_length_days(), 365);
    EXPECT_EQ(Period(d("2017"), d("2017")).longest_length_days(), 365);
    EXPECT_EQ(Period(d("2016"), d("2016-02")).longest_length_days(), 31 + 29);
}

TEST(Period, WritesIsoIntervalNotation) {
    EXPECT_EQ(Period(d("2017"), d("2019")).to_string(), "2017/2019");
    EXPECT_EQ(Period(d("2017-01-01")).to_string(), "2017-01-01/..");
}

TEST(Period, EqualityComparesBothEnds) {
    EXPECT_EQ(Period(d("2017"), d("2019")), Period(d("2017"), d("2019")));
    EXPECT_NE(Period(d("2017"), d("2019")), Period(d("2017"), d("2019-12")));
    EXPECT_NE(Period(d("2017")), Period(d("2017"), d("2019")));
    EXPECT_EQ(Period(d("2017")).start(), d("2017"));
}
