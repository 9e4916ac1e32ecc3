// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/organisation_work.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace paradiplomacy {
namespace {

constexpr std::size_t role_count = enum_names(OrganisationRole{}).size();

/// Per organisation (by ID index) and role, the records naming it; one pass over each table.
using Slots = std::vector<std::array<RoleWork, role_count>>;

template <class Id>
void note(std::vector<Id>& list, Id id) {
    if (list.empty() || list.back() != id) list.push_back(id);  // a record naming it twice counts once
}

}  // namespace

std::vector<OrganisationWork> organisation_work(const Portfolio& portfolio,
                                                std::optional<OrganisationId> organisation) {
    if (organisation) static_cast<void>(portfolio.at(*organisation));  // throws NotFound

    const auto organisations = portfolio.records<Organisation>();
    Slots slots(organisations.size());
    const auto wanted = [&](OrganisationId id) {
        return portfolio.contains(id) && (!organisation || id == *organisation);
    };
    for (const Agreement& a : portfolio.agreements())
        for (const Involvement& v : a.organisations)
            if (wanted(v.organisation))
                note(slots[v.organisation.index()][static_cast<std::size_t>(v.role)].agreements, a.id);
    for (const ExchangeProgram& p : portfolio.programs())
        for (const Involvement& v : p.organisations)
            if (wanted(v.organisation))
                note(slots[v.organisation.index()][static_cast<std::size_t>(v.role)].programs, p.id);
    for (const OdaEngagement& e : portfolio.engagements())
        for (const Involvement& v : e.organisations)
            if (wanted(v.organisation))
                note(slots[v.organisation.index()][static_cast<std::size_t>(v.role)].engagements, e.id);

    std::vector<OrganisationWork> out;
    for (const Organisation& o : organisations) {
        if (organisation && o.id != *organisation) continue;
        OrganisationWork work{o.id, {}};
        for (std::size_t r = 0; r < role_count; ++r) {
            RoleWork& w = slots[o.id.index()][r];
            if (w.agreements.empty() && w.programs.empty() && w.engagements.empty()) continue;
            w.role = static_cast<OrganisationRole>(r);
            work.roles.push_back(std::move(w));
        }
        out.push_back(std::move(work));
    }
    return out;
}

}  // namespace paradiplomacy
