// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An ISO 4217 alphabetic currency code ("KRW", "USD").

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/fixed_code.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace paradiplomacy {

class CurrencyCode {
public:
    /// Throws InvalidValue unless `text` is three upper-case ASCII letters.
    explicit CurrencyCode(std::string_view text) : code_(text) {
        if (!is_well_formed(text))
            throw InvalidValue("currency code \"" + std::string(text) +
                               "\": expected three upper-case letters (ISO 4217)");
    }
    [[nodiscard]] static bool is_well_formed(std::string_view text) noexcept {
        return text.size() == 3 && detail::is_upper(text[0]) && detail::is_upper(text[1]) && detail::is_upper(text[2]);
    }
    [[nodiscard]] std::string_view view() const noexcept { return code_.view(); }
    [[nodiscard]] std::string str() const { return std::string(view()); }
    friend bool operator==(const CurrencyCode&, const CurrencyCode&) = default;
    friend auto operator<=>(const CurrencyCode&, const CurrencyCode&) = default;

private:
    detail::FixedCode<3> code_;
};

}  // namespace paradiplomacy

template <>
struct std::hash<paradiplomacy::CurrencyCode> {
    std::size_t operator()(const paradiplomacy::CurrencyCode& c) const noexcept {
        return std::hash<std::string_view>{}(c.view());
    }
};
