// SPDX-License-Identifier: Apache-2.0
// The queries as Portfolio methods with keyword arguments; dates in and out as
// datetime.date. Results keep their portfolio alive and hand out records as views.
// Where the C++ answer splits certain from possible, so does the Python result
// (.certain, .possible). The GIL is released while a query runs.
//
// One file per area, each with its define_*_queries(): query_ties.cpp (in force, tie
// state), query_expiring.cpp, query_coverage.cpp (coverage by kind, priority gaps),
// query_timeline.cpp, query_contacts.cpp (dormant ties, last contact),
// query_exchanges.cpp, query_oda.cpp. This file holds what they share.

#include "query_common.hpp"
#include "query_tie_filter.hpp"

#include <string>

namespace paradiplomacy::python::queries {

std::string iso(const Day& d) { return PartialDate::of(d).to_string(); }

std::string partner_key(const Portfolio& p, PartnerId id) { return std::string(p.text(p.partner(id).key)); }
std::string municipality_key(const Portfolio& p, std::optional<MunicipalityId> id) {
    return id ? std::string(p.text(p.municipality(*id).key)) : std::string();
}

std::string tie_label(const Portfolio& p, const TieKey& key) {
    std::string out = py_repr(partner_key(p, key.partner));
    if (key.signatory) out += " by " + py_repr(municipality_key(p, key.signatory));
    return out;
}

std::vector<View<Agreement>> agreement_views(const PortfolioPtr& owner, const std::vector<AgreementId>& ids) {
    std::vector<View<Agreement>> out;
    out.reserve(ids.size());
    for (const auto id : ids) out.push_back(make_view<Agreement>(owner, id));
    return out;
}

std::optional<View<Municipality>> municipality_view(const PortfolioPtr& owner, std::optional<MunicipalityId> id) {
    if (!id) return std::nullopt;
    return make_view<Municipality>(owner, *id);
}

SignatoryScope scope_of(const std::string& scope) {
    if (scope == "home") return SignatoryScope::home_only;
    if (scope == "municipalities") return SignatoryScope::municipalities;
    if (scope == "all") return SignatoryScope::all;
    throw InvalidValue("scope \"" + scope + "\": expected one of home, municipalities, all");
}

TieFilter TieFilterArgs::resolve(const Portfolio& portfolio) const {
    TieFilter f;
    if (kinds)
        for (const auto& k : *kinds) f.tiers.push_back(k.value);
    f.country = country;
    if (level) f.level = level->value;
    f.scope = scope_of(scope);
    if (municipality) f.municipality = python::resolve(portfolio, *municipality, "municipality");
    f.priority_only = priority_only;
    return f;
}

}  // namespace paradiplomacy::python::queries
