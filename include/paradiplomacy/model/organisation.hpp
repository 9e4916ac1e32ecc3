// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An organisation named on an ODA engagement, as IATI names it: an identifier from the
/// IATI organisation-identifier lists ("KR-GOV-051" for KOICA), a name and a type, and
/// the role it plays (funding, accountable, extending, implementing).

#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace paradiplomacy {

/// IATI OrganisationRole codes 1-4, in that order.
enum class OrganisationRole : std::uint8_t { funding, accountable, extending, implementing };
constexpr auto enum_names(OrganisationRole) noexcept {
    return std::array<std::string_view, 4>{"funding", "accountable", "extending", "implementing"};
}
/// The IATI code of a role (funding is 1).
[[nodiscard]] constexpr int iati_code(OrganisationRole role) noexcept { return static_cast<int>(role) + 1; }

struct OrganisationRef {
    TextId ref{0};           ///< IATI organisation identifier; empty when the publisher gave none.
    TextId name{0};          ///< The name as published (the first narrative).
    std::uint16_t type = 0;  ///< IATI OrganisationType code (10 government, 21 international NGO, ...); 0 unknown.
    friend bool operator==(const OrganisationRef&, const OrganisationRef&) = default;
};

/// An organisation taking part in an engagement in one role; an organisation with two
/// roles appears twice, as in IATI.
struct Participant {
    OrganisationRef organisation;
    OrganisationRole role = OrganisationRole::implementing;
    TextId activity_id{0};  ///< The organisation's own identifier of the activity, when given.
    friend bool operator==(const Participant&, const Participant&) = default;
};

}  // namespace paradiplomacy
