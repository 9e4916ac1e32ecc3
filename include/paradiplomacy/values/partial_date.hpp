// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A calendar date that may be known only to the year or the month.
///
/// Real records say "1983" or "2008-10" as often as "2009-06-22". A PartialDate keeps
/// what is known and no more: its precision, and the earliest and latest day it can
/// be. Questions against a full day answer yes, no or unknown (see Truth).

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <compare>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace paradiplomacy {

using Day = boost::gregorian::date;

enum class DatePrecision : std::uint8_t { year, month, day };

[[nodiscard]] constexpr std::string_view to_string(DatePrecision p) noexcept {
    switch (p) {
        case DatePrecision::year: return "year";
        case DatePrecision::month: return "month";
        case DatePrecision::day: return "day";
    }
    return "day";
}

class PartialDate {
public:
    /// Years outside this range are refused: Boost.Date_Time's calendar covers them.
    static constexpr int min_year = 1400;
    static constexpr int max_year = 9999;

    [[nodiscard]] static PartialDate of_year(int year) {
        return PartialDate(checked_day(year, 1, 1), DatePrecision::year);
    }
    [[nodiscard]] static PartialDate of_month(int year, int month) {
        return PartialDate(checked_day(year, month, 1), DatePrecision::month);
    }
    [[nodiscard]] static PartialDate of_day(int year, int month, int day) {
        return PartialDate(checked_day(year, month, day), DatePrecision::day);
    }
    /// A full day. Throws InvalidValue for a special (not-a-date, infinite) value.
    [[nodiscard]] static PartialDate of(Day day) {
        if (day.is_special()) throw InvalidValue("PartialDate: not a calendar day");
        return of_day(day.year(), day.month(), day.day());
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ISO 8601 calendar forms, zero-padded).
    /// Throws InvalidValue naming the text (the start of it when it is long) and what is
    /// wrong ("2023-02-30": no such day).
    [[nodiscard]] static PartialDate parse(std::string_view text);
    /// As parse, but returns nullopt instead of throwing.
    [[nodiscard]] static std::optional<PartialDate> try_parse(std::string_view text) noexcept;

    [[nodiscard]] DatePrecision precision() const noexcept { return precision_; }
    [[nodiscard]] bool is_full() const noexcept { return precision_ == DatePrecision::day; }
    [[nodiscard]] int year() const noexcept { return earliest_.year(); }
    /// The month, or nullopt for a year-only date.
    [[nodiscard]] std::optional<int> month() const noexcept {
        if (precision_ == DatePrecision::year) return std::nullopt;
        return static_cast<int>(earliest_.month());
    }
    /// The day of month, or nullopt unless the date is full.
    [[nodiscard]] std::optional<int> day() const noexcept {
        if (precision_ != DatePrecision::day) return std::nullopt;
        return static_cast<int>(earliest_.day());
    }

    /// The first and last calendar day the date can be.
    [[nodiscard]] Day earliest() const noexcept { return earliest_; }
    [[nodiscard]] Day latest() const noexcept {
        switch (precision_) {
            case DatePrecision::year: return Day(earliest_.year(), 12, 31);
            case DatePrecision::month: return earliest_.end_of_month();
            case DatePrecision::day: break;
        }
        return earliest_;
    }

    /// Was this date on or before `d`? unknown when `d` falls inside the date's span.
    [[nodiscard]] Truth on_or_before(Day d) const noexcept { return truth_of(earliest_ <= d, latest() <= d); }
    /// Is this date on or after `d`?
    [[nodiscard]] Truth on_or_after(Day d) const noexcept { return truth_of(latest() >= d, earliest_ >= d); }
    /// Is this date strictly before `d`?
    [[nodiscard]] Truth before(Day d) const noexcept { return !on_or_after(d); }
    /// Is this date strictly after `d`?
    [[nodiscard]] Truth after(Day d) const noexcept { return !on_or_before(d); }
    /// Can `d` be this date? (Always true for the days of a year-only date's year.)
    [[nodiscard]] bool could_be(Day d) const noexcept { return earliest_ <= d && d <= latest(); }

    /// "1983", "2008-10" or "2009-06-22".
    [[nodiscard]] std::string to_string() const;

    /// Equal when both the precision and the earliest day agree: "2008" != "2008-01".
    friend bool operator==(const PartialDate& a, const PartialDate& b) noexcept {
        return a.earliest_ == b.earliest_ && a.precision_ == b.precision_;
    }
    /// Ordered by earliest day, then coarser before finer ("2008" < "2008-01" < "2008-01-01").
    friend std::strong_ordering operator<=>(const PartialDate& a, const PartialDate& b) noexcept {
        if (a.earliest_ != b.earliest_)
            return a.earliest_ < b.earliest_ ? std::strong_ordering::less : std::strong_ordering::greater;
        return a.precision_ <=> b.precision_;
    }

private:
    PartialDate(Day earliest, DatePrecision precision) noexcept : earliest_(earliest), precision_(precision) {}
    static Day checked_day(int year, int month, int day);

    Day earliest_;
    DatePrecision precision_;
};

namespace detail {
inline bool parse_fixed_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) noexcept {
    if (pos + count > text.size()) return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}
}  // namespace detail

inline Day PartialDate::checked_day(int year, int month, int day) {
    if (year < min_year || year > max_year)
        throw InvalidValue("date: year " + std::to_string(year) + " is outside " + std::to_string(min_year) + "-" +
                           std::to_string(max_year));
    if (month < 1 || month > 12) throw InvalidValue("date: month " + std::to_string(month) + " is not 1-12");
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                            static_cast<unsigned short>(month));
    if (day < 1 || day > last)
        throw InvalidValue("date: " + std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month) +
                           " has no day " + std::to_string(day));
    return Day(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

inline PartialDate PartialDate::parse(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    const auto fail = [&](const char* why) -> InvalidValue {
        return InvalidValue("date " + detail::quoted_excerpt(text) + ": " + why);
    };
    if (!detail::parse_fixed_digits(text, 0, 4, year) || (text.size() != 4 && text.size() != 7 && text.size() != 10))
        throw fail("expected YYYY, YYYY-MM or YYYY-MM-DD");
    if (text.size() >= 7 && (text[4] != '-' || !detail::parse_fixed_digits(text, 5, 2, month)))
        throw fail("expected YYYY-MM after the year");
    if (text.size() == 10 && (text[7] != '-' || !detail::parse_fixed_digits(text, 8, 2, day)))
        throw fail("expected YYYY-MM-DD");
    // Form errors are thrown above, outside the try, so only range errors get the text prefixed here.
    try {
        if (text.size() == 4) return of_year(year);
        if (text.size() == 7) return of_month(year, month);
        return of_day(year, month, day);
    } catch (const InvalidValue& e) {
        throw fail(std::string(e.what()).substr(6).c_str());  // drop the "date: " prefix
    }
}

inline std::optional<PartialDate> PartialDate::try_parse(std::string_view text) noexcept {
    try {
        return parse(text);
    } catch (...) {
        return std::nullopt;
    }
}

inline std::string PartialDate::to_string() const {
    char buffer[16];
    const int y = earliest_.year();
    const int m = earliest_.month();
    const int d = earliest_.day();
    int n = 0;
    switch (precision_) {
        case DatePrecision::year: n = std::snprintf(buffer, sizeof buffer, "%04d", y); break;
        case DatePrecision::month: n = std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m); break;
        case DatePrecision::day: n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d); break;
    }
    return std::string(buffer, static_cast<std::size_t>(n));
}

}  // namespace paradiplomacy
