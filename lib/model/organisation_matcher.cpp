// SPDX-License-Identifier: Apache-2.0
#include "model/organisation_matcher.hpp"

#include <algorithm>
#include <utility>

namespace paradiplomacy::detail {

OrganisationKind organisation_kind_of_iati_type(std::uint16_t type) noexcept {
    switch (type) {
        case 10:  // government
        case 11:  // local government
            return OrganisationKind::government;
        case 15: return OrganisationKind::public_agency;  // other public sector
        case 21:                                          // international NGO
        case 22:                                          // national NGO
        case 23:                                          // regional NGO
        case 24:                                          // partner country based NGO
            return OrganisationKind::ngo;
        case 40: return OrganisationKind::international_organisation;  // multilateral
        case 60: return OrganisationKind::foundation;
        case 70:  // private sector
        case 71:  // private sector in provider country
        case 72:  // private sector in aid recipient country
        case 73:  // private sector in third country
            return OrganisationKind::company;
        case 80: return OrganisationKind::university;  // academic, training and research
        default: return OrganisationKind::other;
    }
}

std::string organisation_key_from(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    std::string key(text);
    for (char& c : key) {
        if (c == ';') c = ',';
        if (c == '\t' || c == '\r' || c == '\n') c = ' ';
    }
    return key.empty() ? std::string("organisation") : key;
}

OrganisationMatcher::OrganisationMatcher(const Portfolio& portfolio) {
    const auto records = portfolio.records<Organisation>();
    by_ref_.reserve(records.size());
    by_name_.reserve(records.size());
    for (const Organisation& o : records) {
        if (const std::string_view ref = portfolio.text(o.iati_ref); !ref.empty())
            by_ref_.try_emplace(std::string(ref), o.id);
        if (const std::string_view name = portfolio.text(o.name_en); !name.empty())
            by_name_.try_emplace(std::string(name), o.id);
        if (const std::string_view name = portfolio.text(o.name_local); !name.empty())
            by_name_.try_emplace(std::string(name), o.id);
    }
}

MatchedOrganisation OrganisationMatcher::find_or_add(Portfolio& portfolio, const NamedOrganisation& org,
                                                     TextId source) {
    if (!org.ref.empty()) {
        if (const auto it = by_ref_.find(org.ref); it != by_ref_.end()) {
            const Organisation& found = portfolio.at(it->second);
            const bool other_name = !org.name.empty() && portfolio.text(found.name_en) != org.name &&
                                    portfolio.text(found.name_local) != org.name;
            return {it->second, OrganisationMatch::by_ref, other_name};
        }
    } else if (!org.name.empty()) {
        if (const auto it = by_name_.find(org.name); it != by_name_.end())
            return {it->second, OrganisationMatch::by_name};
    }
    Organisation record;
    const std::string key =
        keys_.next_free(organisation_key_from(org.ref.empty() ? org.name : org.ref),
                        [&](const std::string& k) { return portfolio.find<Organisation>(k).has_value(); });
    record.key = portfolio.intern(key);
    // A name without a single Latin letter ("몽골 교육부") is taken for the local name.
    const bool latin = std::any_of(org.name.begin(), org.name.end(),
                                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    (latin || org.name.empty() ? record.name_en : record.name_local) = portfolio.intern(org.name);
    record.iati_ref = portfolio.intern(org.ref);
    record.iati_type = org.type;
    record.kind = organisation_kind_of_iati_type(org.type);
    record.provenance.source = source;
    const OrganisationId id = portfolio.add(std::move(record));
    if (!org.ref.empty()) by_ref_.try_emplace(std::string(org.ref), id);
    if (!org.name.empty()) by_name_.try_emplace(std::string(org.name), id);
    return {id, OrganisationMatch::added};
}

}  // namespace paradiplomacy::detail
