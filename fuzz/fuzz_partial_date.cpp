// SPDX-License-Identifier: Apache-2.0
// Fuzzes PartialDate::parse against an independent reading of the same rules: the text is
// accepted exactly when it is YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits, zero-padded) naming
// a real day of the proleptic Gregorian calendar in years 1400-9999; accepted dates print
// back as the same text and their span and comparisons hang together; refused ones throw
// InvalidValue quoting the text, and try_parse agrees.
#include "fuzz_common.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace {

bool digits(std::string_view s) {
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}
int number(std::string_view s) {
    int n = 0;
    for (const char c : s) n = n * 10 + (c - '0');
    return n;
}
int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/// The oracle: is `text` a date the format allows?
bool acceptable(std::string_view text) {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
    if (!digits(text.substr(0, 4))) return false;
    const int year = number(text.substr(0, 4));
    if (year < 1400 || year > 9999) return false;
    if (text.size() == 4) return true;
    if (text[4] != '-' || !digits(text.substr(5, 2))) return false;
    const int month = number(text.substr(5, 2));
    if (month < 1 || month > 12) return false;
    if (text.size() == 7) return true;
    if (text[7] != '-' || !digits(text.substr(8, 2))) return false;
    const int day = number(text.substr(8, 2));
    return day >= 1 && day <= days_in_month(year, month);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace pd = paradiplomacy;
    using pd::fuzz::require;
    const std::string_view text = pd::fuzz::as_text(data, size);
    const bool expected = acceptable(text);
    std::optional<pd::PartialDate> parsed;
    try {
        parsed = pd::PartialDate::parse(text);
    } catch (const pd::InvalidValue& e) {
        require(!expected, "a valid date was refused");
        // what() is a C string: compare up to a NUL the text may hold.
        std::string quoted = "date " + pd::detail::quoted_excerpt(text) + ": ";
        quoted.resize(std::min(quoted.size(), quoted.find('\0')));
        const std::string message = e.what();
        require(message.rfind(quoted, 0) == 0, "the message does not quote the text");
        require(message.size() < 200, "the message is long: it copies the input");
    }
    require(pd::PartialDate::try_parse(text) == parsed, "try_parse and parse disagree");
    if (!parsed) return 0;
    require(expected, "an invalid date was accepted");
    const pd::PartialDate d = *parsed;
    require(d.to_string() == text, "the date does not print back as its text");
    require(d.earliest() <= d.latest(), "earliest is after latest");
    require(d.could_be(d.earliest()) && d.could_be(d.latest()), "the span excludes its own ends");
    require(d.year() == number(text.substr(0, 4)), "the year differs");
    require(d.month().has_value() == (text.size() >= 7), "the month's presence is wrong");
    require(d.day().has_value() == (text.size() == 10), "the day's presence is wrong");
    require(d <= pd::PartialDate::of(d.earliest()), "a coarser date sorts after its first day");
    require(d.on_or_before(d.latest()) == pd::Truth::yes, "a date is not on or before its last day");
    require(d.on_or_after(d.earliest()) == pd::Truth::yes, "a date is not on or after its first day");
    return 0;
}
