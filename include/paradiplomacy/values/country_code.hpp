// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An ISO 3166-1 alpha-2 country code ("KR", "JP"). The form is checked here; whether
/// the code exists (or was withdrawn) is a question for reference/countries.hpp.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/fixed_code.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace paradiplomacy {

class CountryCode {
public:
    /// Throws InvalidValue unless `text` is two upper-case ASCII letters.
    explicit CountryCode(std::string_view text) : code_(text) {
        if (!is_well_formed(text))
            throw InvalidValue("country code \"" + std::string(text) +
                               "\": expected two upper-case letters (ISO 3166-1 alpha-2)");
    }
    [[nodiscard]] static bool is_well_formed(std::string_view text) noexcept {
        return text.size() == 2 && detail::is_upper(text[0]) && detail::is_upper(text[1]);
    }
    [[nodiscard]] std::string_view view() const noexcept { return code_.view(); }
    [[nodiscard]] std::string str() const { return std::string(view()); }
    friend bool operator==(const CountryCode&, const CountryCode&) = default;
    friend auto operator<=>(const CountryCode&, const CountryCode&) = default;

private:
    detail::FixedCode<2> code_;
};

}  // namespace paradiplomacy

template <>
struct std::hash<paradiplomacy::CountryCode> {
    std::size_t operator()(const paradiplomacy::CountryCode& c) const noexcept {
        return std::hash<std::string_view>{}(c.view());
    }
};
