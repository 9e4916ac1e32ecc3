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

TEST(PartialDate, ExposesItsKnownParts) {
    const auto year = PartialDate::of_year(1983);
    EXPECT_EQ(year.year(), 1983);
    EXPECT_FALSE(year.month().has_value());
    EXPECT_FALSE(year.day().has_value());
    EXPECT_FALSE(year.is_full());

    const auto month = PartialDate::of_month(2008, 10);
    EXPECT_EQ(month.month(), 10);
    EXPECT_FALSE(month.day().has_value());
    EXPECT_EQ(month.earliest(), Day(2008, 10, 1));

    const auto day = PartialDate::of_day(2009, 6, 22);
    EXPECT_TRUE(day.is_full());
    EXPECT_EQ(day.month(), 6);
    EXPECT_EQ(day.day(), 22);
    EXPECT_EQ(day.earliest(), day.latest());
    EXPECT_EQ(PartialDate::of(Day(2009, 6, 22)), day);
}

TEST(PartialDate, FactoriesRefuseOutOfRangeParts) {
    EXPECT_THROW((void)PartialDate::of_year(PartialDate::min_year - 1), InvalidValue);
    EXPECT_THROW((void)PartialDate::of_year(PartialDate::max_year + 1), InvalidValue);
    EXPECT_THROW((void)PartialDate::of_month(2008, 0), InvalidValue);
    EXPECT_THROW((void)PartialDate::of_month(2008, 13), InvalidValue);
    EXPECT_THROW((void)PartialDate::of_day(2023, 2, 29), InvalidValue);
    EXPECT_NO_THROW((void)PartialDate::of_day(2024, 2, 29));
    EXPECT_THROW((void)PartialDate::of_day(2024, 4, 0), InvalidValue);
    EXPECT_THROW((void)PartialDate::of(Day(boost::gregorian::not_a_date_time)), InvalidValue);
    EXPECT_THROW((void)PartialDate::of(Day(boost::gregorian::pos_infin)), InvalidValue);
}

// Each failure names the text and the one rule it breaks, without repeating itself.
TEST(PartialDate, ParseErrorsNameTheTextAndTheRule) {
    const auto message = [](const char* text) -> std::string {
        try {
            (void)PartialDate::parse(text);
        } catch (const InvalidValue& e) {
            return e.what();
        }
        return "(no exception)";
    };
    EXPECT_EQ(message("2023-1-1"), "date \"2023-1-1\": expected YYYY, YYYY-MM or YYYY-MM-DD");
    EXPECT_EQ(message("2023/01"), "date \"2023/01\": expected YYYY-MM after the year");
    EXPECT_EQ(message("2023-02x01"), "date \"2023-02x01\": expected YYYY-MM-DD");
    EXPECT_EQ(message("2023-02-3x"), "date \"2023-02-3x\": expected YYYY-MM-DD");
    EXPECT_EQ(message("2023-13"), "date \"2023-13\": month 13 is not 1-12");
    EXPECT_EQ(message("1399"), "date \"1399\": year 1399 is outside 1400-9999");
    EXPECT_EQ(message("abcd"), "date \"abcd\": expected YYYY, YYYY-MM or YYYY-MM-DD");
    EXPECT_EQ(message("2023-02-28"), "(no exception)");
}

TEST(PartialDate, TryParseAcceptsWhatParseAccepts) {
    ASSERT_TRUE(PartialDate::try_parse("2008-10").has_value());
    EXPECT_EQ(*PartialDate::try_parse("2008-10"), PartialDate::of_month(2008, 10));
    EXPECT_FALSE(PartialDate::try_parse("").has_value());
    EXPECT_FALSE(PartialDate::try_parse("2008-10-").has_value());
    EXPECT_FALSE(PartialDate::try_parse(" 2008").has_value());
}

TEST(PartialDate, MonthDateComparesInThreeValues) {
    const auto oct_2008 = PartialDate::parse("2008-10");
    EXPECT_EQ(oct_2008.on_or_after(Day(2008, 10, 1)), Truth::yes);
    EXPECT_EQ(oct_2008.on_or_after(Day(2008, 10, 2)), Truth::unknown);
    EXPECT_EQ(oct_2008.on_or_after(Day(2008, 11, 1)), Truth::no);
    EXPECT_EQ(oct_2008.before(Day(2008, 11, 1)), Truth::yes);
    EXPECT_EQ(oct_2008.before(Day(2008, 10, 31)), Truth::unknown);
    EXPECT_EQ(oct_2008.before(Day(2008, 10, 1)), Truth::no);
    EXPECT_EQ(oct_2008.after(Day(2008, 9, 30)), Truth::yes);
    EXPECT_EQ(oct_2008.after(Day(2008, 10, 15)), Truth::unknown);
    EXPECT_EQ(oct_2008.after(Day(2008, 10, 31)), Truth::no);
    EXPECT_TRUE(oct_2008.could_be(Day(2008, 10, 31)));
    EXPECT_FALSE(oct_2008.could_be(Day(2008, 11, 1)));
}

TEST(PartialDate, FullDateNeverAnswersUnknown) {
    const auto d = PartialDate::parse("2009-06-22");
    EXPECT_EQ(d.on_or_before(Day(2009, 6, 22)), Truth::yes);
    EXPECT_EQ(d.on_or_after(Day(2009, 6, 22)), Truth::yes);
    EXPECT_EQ(d.before(Day(2009, 6, 22)), Truth::no);
    EXPECT_EQ(d.after(Day(2009, 6, 21)), Truth::yes);
    EXPECT_EQ(d.on_or_before(Day(2009, 6, 21)), Truth::no);
}

TEST(PartialDate, PrecisionHasNames) {
    EXPECT_EQ(paradiplomacy::to_string(DatePrecision::year), "year");
    EXPECT_EQ(paradiplomacy::to_string(DatePrecision::month), "month");
    EXPECT_EQ(paradiplomacy::to_string(DatePrecision::day), "day");
}
