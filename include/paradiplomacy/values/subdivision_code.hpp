// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An ISO 3166-2 subdivision code ("KR-41", "JP-14", "FR-IDF"): a country code, a
/// hyphen and one to three letters or digits. Existence is checked against the
/// iso-codes tables in reference/subdivisions.hpp.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/fixed_code.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace paradiplomacy {

class SubdivisionCode {
public:
    /// Throws InvalidValue unless `text` has the ISO 3166-2 form "CC-XXX".
    explicit SubdivisionCode(std::string_view text) : code_(text) {
        if (!is_well_formed(text))
            throw InvalidValue("subdivision code \"" + std::string(text) +
                               "\": expected CC-X, CC-XX or CC-XXX (ISO 3166-2, upper-case letters and digits)");
    }
    [[nodiscard]] static bool is_well_formed(std::string_view text) noexcept {
        if (text.size() < 4 || text.size() > 6) return false;
        if (!CountryCode::is_well_formed(text.substr(0, 2)) || text[2] != '-') return false;
        for (char c : text.substr(3))
            if (!detail::is_upper(c) && !detail::is_digit(c)) return false;
        return true;
    }
    [[nodiscard]] CountryCode country() const { return CountryCode(view().substr(0, 2)); }
    [[nodiscard]] std::string_view view() const noexcept { return code_.view(); }
    [[nodiscard]] std::string str() const { return std::string(view()); }
    friend bool operator==(const SubdivisionCode&, const SubdivisionCode&) = default;
    friend auto operator<=>(const SubdivisionCode&, const SubdivisionCode&) = default;

private:
    detail::FixedCode<6> code_;
};

}  // namespace paradiplomacy

template <>
struct std::hash<paradiplomacy::SubdivisionCode> {
    std::size_t operator()(const paradiplomacy::SubdivisionCode& c) const noexcept {
        return std::hash<std::string_view>{}(c.view());
    }
};
