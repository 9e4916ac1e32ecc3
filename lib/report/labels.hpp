// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// How the report names records and codes in its text: one place, so that every section
/// and the published comparison name a partner, a country or a municipality alike.

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/former_subdivisions.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <optional>
#include <string>

namespace paradiplomacy::report::detail {

inline std::string day_text(Day d) { return PartialDate::of(d).to_string(); }

/// "China", the common name where ISO gives one, the code for a code it does not know.
inline std::string country_name(CountryCode code) {
    if (const auto* c = reference::find_country(code)) {
        if (!c->common_name.empty()) return std::string(c->common_name);
        return std::string(c->name);
    }
    return code.str();
}

/// "Queensland (AU-QLD)", "Japan (JP)", falling back to the record key; a former region
/// code says what it became: "Ha Tay (VN-15, now VN-HN)".
inline std::string partner_label(const Portfolio& p, PartnerId id) {
    if (!p.contains(id)) return "#" + std::to_string(id.index());
    const Partner& partner = p.partner(id);
    std::string name(p.text(partner.name_en));
    if (name.empty()) name = std::string(p.text(partner.key));
    std::string code = partner.region ? partner.region->str() : partner.country.str();
    if (partner.region)
        if (const auto* former = reference::former_subdivision(*partner.region)) code = reference::to_string(*former);
    return name + " (" + code + ")";
}

/// " [Suwon]" after a municipality's tie; nothing for the home government's.
inline std::string signatory_suffix(const Portfolio& p, const std::optional<MunicipalityId>& signatory) {
    if (!signatory) return {};
    if (!p.contains(*signatory)) return " [municipality #" + std::to_string(signatory->index()) + "]";
    const Municipality& m = p.municipality(*signatory);
    const std::string_view name = p.text(m.name_en).empty() ? p.text(m.key) : p.text(m.name_en);
    return " [" + std::string(name) + "]";
}

/// "Suwon" for a municipality, its key when it has no English name.
inline std::string municipality_name(const Portfolio& p, MunicipalityId id) {
    if (!p.contains(id)) return "municipality #" + std::to_string(id.index());
    const Municipality& m = p.municipality(id);
    return std::string(p.text(m.name_en).empty() ? p.text(m.key) : p.text(m.name_en));
}

}  // namespace paradiplomacy::report::detail
