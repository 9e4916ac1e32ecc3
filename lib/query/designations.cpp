// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/designations.hpp>

namespace paradiplomacy {

std::vector<Truth> designation_states(const Portfolio& portfolio, DesignationKind kind, Day on) {
    std::vector<Truth> states(portfolio.partners().size(), Truth::no);
    for (const Designation& d : portfolio.records<Designation>()) {
        if (d.kind != kind || !portfolio.contains(d.partner)) continue;
        Truth& state = states[d.partner.index()];
        state = state || d.held_on(on);  // designated again: any spell that held counts
    }
    return states;
}

DesignatedPartners designated_on(const Portfolio& portfolio, DesignationKind kind, Day on) {
    const std::vector<Truth> states = designation_states(portfolio, kind, on);
    DesignatedPartners out;
    for (std::uint32_t i = 0; i < states.size(); ++i) {
        if (states[i] == Truth::yes)
            out.certain.push_back(PartnerId(i));
        else if (states[i] == Truth::unknown)
            out.possible.push_back(PartnerId(i));
    }
    return out;
}

std::vector<DesignationId> designations_of(const Portfolio& portfolio, PartnerId partner) {
    std::vector<DesignationId> out;
    for (const Designation& d : portfolio.records<Designation>())
        if (d.partner == partner) out.push_back(d.id);
    return out;
}

}  // namespace paradiplomacy
