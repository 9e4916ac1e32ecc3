// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An OECD DAC purpose code: five digits ("31120" agricultural development), IATI sector
/// vocabulary 1; or a three-digit DAC sector code ("311" agriculture), vocabulary 2. The
/// first three digits of a purpose code are its sector.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/fixed_code.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace paradiplomacy {

class PurposeCode {
public:
    /// Throws InvalidValue unless `text` is five (purpose) or three (sector) ASCII digits.
    explicit PurposeCode(std::string_view text) : code_(text) {
        if (!is_well_formed(text))
            throw InvalidValue("purpose code \"" + std::string(text) +
                               "\": expected five digits (OECD DAC CRS purpose code) or three (DAC sector)");
    }
    [[nodiscard]] static bool is_well_formed(std::string_view text) noexcept {
        if (text.size() != 5 && text.size() != 3) return false;
        for (char c : text)
            if (!detail::is_digit(c)) return false;
        return true;
    }
    /// True for a three-digit DAC sector code (IATI sector vocabulary 2).
    [[nodiscard]] bool is_sector_only() const noexcept { return view().size() == 3; }
    /// The IATI sector vocabulary the code belongs to: 1 (DAC 5-digit) or 2 (DAC 3-digit).
    [[nodiscard]] int iati_vocabulary() const noexcept { return is_sector_only() ? 2 : 1; }
    /// The three-digit DAC sector the purpose belongs to.
    [[nodiscard]] std::string_view sector() const noexcept { return view().substr(0, 3); }
    [[nodiscard]] std::string_view view() const noexcept { return code_.view(); }
    [[nodiscard]] std::string str() const { return std::string(view()); }
    friend bool operator==(const PurposeCode&, const PurposeCode&) = default;
    friend auto operator<=>(const PurposeCode&, const PurposeCode&) = default;

private:
    detail::FixedCode<5> code_;
};

}  // namespace paradiplomacy

template <>
struct std::hash<paradiplomacy::PurposeCode> {
    std::size_t operator()(const paradiplomacy::PurposeCode& c) const noexcept {
        return std::hash<std::string_view>{}(c.view());
    }
};
