// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The roles an organisation plays (IATI's funding, accountable, extending, implementing,
/// and an office's own), and an organisation as an IATI activity names its reporting
/// organisation: an identifier from the IATI organisation-identifier lists ("KR-GOV-051"
/// for KOICA), a name and a type.

#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace paradiplomacy {

/// The part an organisation plays in an agreement, a program or an engagement: IATI's
/// OrganisationRole codes 1-4 first, in that order, then the roles an office's own records
/// need, which IATI has no code for.
enum class OrganisationRole : std::uint8_t {
    funding,
    accountable,
    extending,
    implementing,
    co_organiser,  ///< Organises a program or event together with the office.
    host,          ///< Receives a delegation or hosts a training or event.
    party,         ///< A party to an agreement besides the two governments (a trilateral MOU).
};
constexpr auto enum_names(OrganisationRole) noexcept {
    return std::array<std::string_view, 7>{"funding",      "accountable", "extending", "implementing",
                                           "co_organiser", "host",        "party"};
}
/// Whether IATI has a code for the role (funding, accountable, extending, implementing).
[[nodiscard]] constexpr bool is_iati(OrganisationRole role) noexcept { return role <= OrganisationRole::implementing; }
/// The IATI code of a role (funding is 1); meaningful only when is_iati(role).
[[nodiscard]] constexpr int iati_code(OrganisationRole role) noexcept { return static_cast<int>(role) + 1; }

/// The organisation that published an activity (IATI reporting-org).
struct OrganisationRef {
    TextId ref{0};           ///< IATI organisation identifier; empty when the publisher gave none.
    TextId name{0};          ///< The name as published (the first narrative).
    std::uint16_t type = 0;  ///< IATI OrganisationType code (10 government, 21 international NGO, ...); 0 unknown.
    friend bool operator==(const OrganisationRef&, const OrganisationRef&) = default;
};

}  // namespace paradiplomacy
