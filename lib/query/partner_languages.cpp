// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/partner_languages.hpp>
#include <paradiplomacy/reference/official_languages.hpp>

namespace paradiplomacy {

PartnerLanguages partner_languages(const Portfolio& portfolio, PartnerId partner) {
    const Partner& p = portfolio.partner(partner);  // throws NotFound
    PartnerLanguages out;
    if (!p.languages.empty()) {
        out.source = LanguageSource::record;
        out.tags.reserve(p.languages.size());
        for (const TextId tag : p.languages) out.tags.emplace_back(portfolio.text(tag));
        return out;
    }
    for (const std::string_view tag : reference::official_languages(p.country)) out.tags.emplace_back(tag);
    out.source = out.tags.empty() ? LanguageSource::none : LanguageSource::cldr;
    return out;
}

}  // namespace paradiplomacy
