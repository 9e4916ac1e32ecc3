// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/calendar.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

using paradiplomacy::add_days;
using paradiplomacy::add_months;
using paradiplomacy::add_years;
using paradiplomacy::CalendarClamp;
using paradiplomacy::Day;
using paradiplomacy::first_calendar_day;
using paradiplomacy::InvalidValue;
using paradiplomacy::last_calendar_day;
using paradiplomacy::ShiftedDay;

namespace {
constexpr std::int64_t huge = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t most_negative = std::numeric_limits<std::int64_t>::min();
}  // namespace

TEST(Calendar, EndsAreBoostsFirstAndLastDays) {
    EXPECT_EQ(first_calendar_day(), Day(1400, 1, 1));
    EXPECT_EQ(last_calendar_day(), Day(9999, 12, 31));
}

TEST(Calendar, ShiftsOnTheCalendarAreExactAndFollowBoostsMonthRule) {
    EXPECT_EQ(add_days(Day(2024, 2, 28), 1), (ShiftedDay{Day(2024, 2, 29), CalendarClamp::none}));
    EXPECT_EQ(add_days(Day(2024, 3, 1), -1).day, Day(2024, 2, 29));
    EXPECT_EQ(add_months(Day(2023, 1, 31), 1).day, Day(2023, 2, 28));
    EXPECT_EQ(add_months(Day(2023, 4, 30), 1).day, Day(2023, 5, 31));  // the last of its month stays last
    EXPECT_EQ(add_months(Day(2023, 3, 15), -15).day, Day(2021, 12, 15));
    EXPECT_EQ(add_years(Day(2024, 2, 29), 1).day, Day(2025, 2, 28));
    EXPECT_EQ(add_years(Day(2020, 6, 1), -3).day, Day(2017, 6, 1));
    EXPECT_TRUE(add_years(Day(2020, 6, 1), 0).exact());
}

TEST(Calendar, TheLastStepsOntoEachEndAreExact) {
    EXPECT_EQ(add_days(Day(9999, 12, 30), 1), (ShiftedDay{last_calendar_day(), CalendarClamp::none}));
    EXPECT_EQ(add_days(Day(1400, 1, 2), -1), (ShiftedDay{first_calendar_day(), CalendarClamp::none}));
    EXPECT_EQ(add_months(Day(9999, 11, 30), 1), (ShiftedDay{last_calendar_day(), CalendarClamp::none}));
    EXPECT_EQ(add_months(Day(1400, 2, 1), -1), (ShiftedDay{first_calendar_day(), CalendarClamp::none}));
    EXPECT_EQ(add_years(Day(9998, 12, 31), 1), (ShiftedDay{last_calendar_day(), CalendarClamp::none}));
    EXPECT_EQ(add_years(Day(1401, 1, 1), -1), (ShiftedDay{first_calendar_day(), CalendarClamp::none}));
}

TEST(Calendar, ShiftsPastTheLastDayClampToItAndSaySo) {
    for (const ShiftedDay s :
         {add_days(Day(9999, 12, 31), 1), add_months(Day(9999, 12, 1), 1), add_years(Day(9999, 1, 1), 1),
          add_days(Day(2024, 1, 1), huge), add_months(Day(1400, 1, 1), huge), add_years(Day(1400, 1, 1), huge),
          add_months(Day(2024, 1, 1), 1'000'000)}) {
        EXPECT_EQ(s.day, last_calendar_day());
        EXPECT_EQ(s.clamp, CalendarClamp::to_last_day);
        EXPECT_TRUE(s.after_calendar());
        EXPECT_FALSE(s.exact());
    }
}

TEST(Calendar, ShiftsBeforeTheFirstDayClampToItAndSaySo) {
    for (const ShiftedDay s :
         {add_days(Day(1400, 1, 1), -1), add_months(Day(1400, 1, 31), -1), add_years(Day(1400, 12, 31), -1),
          add_days(Day(2024, 1, 1), most_negative), add_months(Day(9999, 12, 31), most_negative),
          add_years(Day(9999, 12, 31), most_negative), add_years(Day(2024, 1, 1), -1'000'000)}) {
        EXPECT_EQ(s.day, first_calendar_day());
        EXPECT_EQ(s.clamp, CalendarClamp::to_first_day);
        EXPECT_TRUE(s.before_calendar());
        EXPECT_FALSE(s.exact());
    }
}

TEST(Calendar, ASpecialDayIsRefusedWithTheProjectsException) {
    const Day not_a_day(boost::gregorian::not_a_date_time);
    EXPECT_THROW((void)add_days(not_a_day, 1), InvalidValue);
    EXPECT_THROW((void)add_months(not_a_day, 1), InvalidValue);
    EXPECT_THROW((void)add_years(Day(boost::gregorian::pos_infin), -1), InvalidValue);
}
