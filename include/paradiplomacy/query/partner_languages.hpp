// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "In which languages do we write to this partner?": the languages its record gives, or
/// else its country's official languages as CLDR records them, and which of the two it was.
///
/// A region or a city may speak other languages than its country (Catalonia, Quebec,
/// Hong Kong): its record's `languages` says so and wins. A record without languages gets
/// its country's official and de facto official languages
/// (reference::official_languages), never a language CLDR marks official in some regions
/// only, since CLDR does not say in which.

#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// Where a partner's languages came from.
enum class LanguageSource : std::uint8_t {
    record,  ///< The partner's own `languages`.
    cldr,    ///< Its country's official languages in CLDR.
    none,    ///< Neither: the record gives none and CLDR names none for the country.
};
constexpr auto enum_names(LanguageSource) noexcept { return std::array<std::string_view, 3>{"record", "cldr", "none"}; }

struct PartnerLanguages {
    std::vector<std::string> tags;  ///< BCP 47 tags, in the record's order or most spoken first.
    LanguageSource source = LanguageSource::none;
    friend bool operator==(const PartnerLanguages&, const PartnerLanguages&) = default;
};

/// The languages of `partner`. Throws NotFound for a partner not in the portfolio.
[[nodiscard]] PartnerLanguages partner_languages(const Portfolio& portfolio, PartnerId partner);

}  // namespace paradiplomacy
