// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/partial_date.hpp>

#include <gtest/gtest.h>

using paradiplomacy::DatePrecision;
using paradiplomacy::Day;
using paradiplomacy::InvalidValue;
using paradiplomacy::PartialDate;
using paradiplomacy::Truth;

TEST(PartialDate, ParsesEachPrecision) {
    EXPECT_EQ(PartialDate::parse("1983").precision(), DatePrecision::year);
    EXPECT_EQ(PartialDate::parse("2008-10").precision(), DatePrecision::month);
    EXPECT_EQ(PartialDate::parse("2009-06-22").precision(), DatePrecision::day);
    EXPECT_EQ(PartialDate::parse("2008-10").latest(), Day(2008, 10, 31));
    EXPECT_EQ(PartialDate::parse("2008-02").latest(), Day(2008, 2, 29));
    EXPECT_EQ(PartialDate::parse("1997").latest(), Day(1997, 12, 31));
}

TEST(PartialDate, RoundTripsThroughText) {
    for (const char* text : {"1983", "2008-10", "2009-06-22", "1400", "9999-12-31"})
        EXPECT_EQ(PartialDate::parse(text).to_string(), text);
}

TEST(PartialDate, RefusesImpossibleAndMalformedDates) {
    EXPECT_THROW((void)PartialDate::parse("2023-02-30"), InvalidValue);
    EXPECT_THROW((void)PartialDate::parse("2023-13"), InvalidValue);
    EXPECT_THROW((void)PartialDate::parse("23-01-01"), InvalidValue);
    EXPECT_THROW((void)PartialDate::parse("2023/01/01"), InvalidValue);
    EXPECT_THROW((void)PartialDate::parse("2023-1-1"), InvalidValue);
    EXPECT_THROW((void)PartialDate::parse(""), InvalidValue);
    EXPECT_THROW((void)PartialDate::parse("1399"), InvalidValue);
    EXPECT_FALSE(PartialDate::try_parse("2023-02-30").has_value());
    try {
        (void)PartialDate::parse("2023-02-30");
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "date \"2023-02-30\": 2023-02 has no day 30");
    }
}

TEST(PartialDate, YearOnlyDateAnswersUnknownInsideItsYear) {
    const auto signed_1997 = PartialDate::parse("1997");
    EXPECT_EQ(signed_1997.on_or_before(Day(1998, 1, 1)), Truth::yes);
    EXPECT_EQ(signed_1997.on_or_before(Day(1997, 6, 1)), Truth::unknown);
    EXPECT_EQ(signed_1997.on_or_before(Day(1996, 12, 31)), Truth::no);
    EXPECT_EQ(signed_1997.on_or_before(Day(1997, 12, 31)), Truth::yes);
}

TEST(PartialDate, OrdersCoarserBeforeFinerOnTheSameDay) {
    EXPECT_LT(PartialDate::parse("2008"), PartialDate::parse("2008-01"));
    EXPECT_LT(PartialDate::parse("2008-01"), PartialDate::parse("2008-01-01"));
    EXPECT_NE(PartialDate::parse("2008"), PartialDate::parse("2008-01-01"));
}
