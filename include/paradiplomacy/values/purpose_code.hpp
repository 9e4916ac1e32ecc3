// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An OECD DAC purpose code: five digits ("31120" agricultural development). The first
/// three digits are the DAC sector ("311" agriculture), IATI's sector vocabulary 2.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/fixed_code.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace paradiplomacy {

class PurposeCode {
public:
    /// Throws InvalidValue unless `text` is exactly five ASCII digits.
    explicit PurposeCode(std::string_view text) : code_(text) {
        if (!is_well_formed(text))
            throw InvalidValue("purpose code \"" + std::string(text) + "\": expected five digits (OECD DAC CRS purpose code)");
    }
    [[nodiscard]] static bool is_well_formed(std::string_view text) noexcept {
        if (text.size() != 5) return false;
        for (char c : text)
            if (!detail::is_digit(c)) return false;
        return true;
    }
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
