// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "What does each organisation do for the office?": for each organisation record, the
/// agreements, exchange programs and ODA engagements that name it in their
/// `organisations`, by role. An organisation on nothing is listed with no roles, so that
/// a report shows the organisations without work as well.

#include <paradiplomacy/model/organisation.hpp>
#include <paradiplomacy/model/organisation_record.hpp>
#include <paradiplomacy/values/id.hpp>

#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// The records an organisation is on in one role, each list in ID order.
struct RoleWork {
    OrganisationRole role = OrganisationRole::implementing;
    std::vector<AgreementId> agreements;
    std::vector<ProgramId> programs;
    std::vector<EngagementId> engagements;
    friend bool operator==(const RoleWork&, const RoleWork&) = default;
};

/// One organisation and its work.
struct OrganisationWork {
    OrganisationId organisation{0};
    std::vector<RoleWork> roles;  ///< The roles it has, in OrganisationRole order.
    friend bool operator==(const OrganisationWork&, const OrganisationWork&) = default;
};

/// The work of `organisation` (of every organisation, in ID order, when nullopt). A record
/// naming an organisation not in the portfolio is left out: validation reports it
/// (ref.agreement.organisations and its kin). Throws NotFound for an organisation not in the
/// portfolio.
[[nodiscard]] std::vector<OrganisationWork> organisation_work(
    const Portfolio& portfolio, std::optional<OrganisationId> organisation = std::nullopt);

}  // namespace paradiplomacy
