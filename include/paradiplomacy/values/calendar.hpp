// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Day arithmetic that cannot leave the calendar.
///
/// Boost.Date_Time's calendar runs from 1400-01-01 to 9999-12-31 (PartialDate's year
/// range). Adding months or years past either end throws boost::gregorian::bad_year, and
/// adding days gives a day that throws as soon as it is printed. A portfolio may hold
/// any day of the calendar and a caller may ask about any of them, so every shift of a
/// day by days, months or years goes through these functions: the result is clamped to
/// the calendar, and says whether (and at which end) it was.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <string>

namespace paradiplomacy {

/// The first and last days Day can hold.
[[nodiscard]] inline Day first_calendar_day() { return Day(PartialDate::min_year, 1, 1); }
[[nodiscard]] inline Day last_calendar_day() { return Day(PartialDate::max_year, 12, 31); }

/// Where a shifted day landed.
enum class CalendarClamp : std::uint8_t {
    none,          ///< On the calendar: `day` is the exact result.
    to_first_day,  ///< Before 1400-01-01: `day` is 1400-01-01.
    to_last_day,   ///< After 9999-12-31: `day` is 9999-12-31.
};

/// A day moved by some amount, clamped to the calendar.
struct ShiftedDay {
    Day day;
    CalendarClamp clamp = CalendarClamp::none;

    /// Is `day` the exact result (not clamped to an end of the calendar)?
    [[nodiscard]] bool exact() const noexcept { return clamp == CalendarClamp::none; }
    /// Did the exact result fall after the calendar's last day?
    [[nodiscard]] bool after_calendar() const noexcept { return clamp == CalendarClamp::to_last_day; }
    /// Did the exact result fall before the calendar's first day?
    [[nodiscard]] bool before_calendar() const noexcept { return clamp == CalendarClamp::to_first_day; }

    friend bool operator==(const ShiftedDay&, const ShiftedDay&) = default;
};

namespace detail {
inline void require_calendar_day(Day d, const char* what) {
    if (d.is_special()) throw InvalidValue(std::string(what) + ": not a calendar day");
}
}  // namespace detail

/// `d` plus `n` days (negative: earlier). Throws InvalidValue for a special `d`
/// (not-a-date, infinity).
[[nodiscard]] inline ShiftedDay add_days(Day d, std::int64_t n) {
    detail::require_calendar_day(d, "add_days");
    const std::int64_t to_first = (d - first_calendar_day()).days();
    const std::int64_t to_last = (last_calendar_day() - d).days();
    if (n > to_last) return {last_calendar_day(), CalendarClamp::to_last_day};
    if (n < -to_first) return {first_calendar_day(), CalendarClamp::to_first_day};
    return {d + boost::gregorian::days(static_cast<long>(n)), CalendarClamp::none};
}

namespace detail {
inline ShiftedDay add_months(Day d, std::int64_t n, const char* what) {
    require_calendar_day(d, what);
    // Months since the calendar's first month; both ends are within a few hundred
    // thousand, so clamping `n` first keeps the sum far from overflow.
    constexpr std::int64_t last_month = (PartialDate::max_year - PartialDate::min_year) * 12 + 11;
    const std::int64_t month = (static_cast<std::int64_t>(d.year()) - PartialDate::min_year) * 12 + (d.month() - 1);
    if (n > last_month - month) return {last_calendar_day(), CalendarClamp::to_last_day};
    if (n < -month) return {first_calendar_day(), CalendarClamp::to_first_day};
    return {d + boost::gregorian::months(static_cast<int>(n)), CalendarClamp::none};
}
}  // namespace detail

/// `d` plus `n` months (negative: earlier), by Boost's rule: the same day of the month,
/// or the month's last day when `d` is the last of its month or the day does not exist
/// (2023-01-31 + 1 month = 2023-02-28). Throws InvalidValue for a special `d`.
[[nodiscard]] inline ShiftedDay add_months(Day d, std::int64_t n) { return detail::add_months(d, n, "add_months"); }

/// `d` plus `n` years (negative: earlier): add_months of 12 × `n` (2024-02-29 + 1 year
/// = 2025-02-28). Throws InvalidValue for a special `d`.
[[nodiscard]] inline ShiftedDay add_years(Day d, std::int64_t n) {
    constexpr std::int64_t span = PartialDate::max_year - PartialDate::min_year + 1;
    // Beyond the calendar's span either way: clamp before multiplying, so 12 × n cannot overflow.
    if (n > span) n = span;
    if (n < -span) n = -span;
    return detail::add_months(d, n * 12, "add_years");
}

}  // namespace paradiplomacy
