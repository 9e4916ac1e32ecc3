// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A span of time between two partial dates, both ends inclusive; the end may be open.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <optional>
#include <string>

namespace paradiplomacy {

class Period {
public:
    /// Throws InvalidValue when the end is certainly before the start.
    explicit Period(PartialDate start, std::optional<PartialDate> end = std::nullopt) : start_(start), end_(end) {
        if (end_ && end_->latest() < start_.earliest())
            throw InvalidValue("Period: end " + end_->to_string() + " is before start " + start_.to_string());
    }

    [[nodiscard]] const PartialDate& start() const noexcept { return start_; }
    [[nodiscard]] const std::optional<PartialDate>& end() const noexcept { return end_; }
    [[nodiscard]] bool is_open() const noexcept { return !end_.has_value(); }

    /// Is day `d` inside the period? unknown when either end is too coarse to tell.
    [[nodiscard]] Truth contains(Day d) const noexcept {
        const Truth started = start_.on_or_before(d);
        if (!end_) return started;
        return started && end_->on_or_after(d);
    }

    /// The most days the period can span (start's earliest to end's latest), or
    /// nullopt when open. Used by "a budget period is at most one year".
    [[nodiscard]] std::optional<long> longest_length_days() const noexcept {
        if (!end_) return std::nullopt;
        return (end_->latest() - start_.earliest()).days() + 1;
    }

    /// "2017/2019", "2017-01-01/..": ISO 8601 interval notation, ".." for open.
    [[nodiscard]] std::string to_string() const {
        return start_.to_string() + "/" + (end_ ? end_->to_string() : std::string(".."));
    }

    friend bool operator==(const Period&, const Period&) = default;

private:
    PartialDate start_;
    std::optional<PartialDate> end_;
};

}  // namespace paradiplomacy
