// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An organisation record on an agreement, a program or an engagement, in one role: "the
/// GyeongGi Cultural Foundation co-organises this program", "KOICA funds this engagement".
/// An organisation with two roles on one record is listed twice, as IATI lists it. An
/// ODA engagement's involvements are its IATI participating organisations too: the
/// record holds what IATI says of the organisation (identifier, name, type), the
/// involvement what it says of the organisation's part in this activity.

#include <paradiplomacy/model/organisation.hpp>
#include <paradiplomacy/model/organisation_record.hpp>

namespace paradiplomacy {

struct Involvement {
    OrganisationId organisation{0};
    OrganisationRole role = OrganisationRole::implementing;
    /// The organisation's own identifier of the activity (IATI participating-org/@activity-id);
    /// empty when none was given.
    TextId activity_id{0};
    friend bool operator==(const Involvement&, const Involvement&) = default;
};

}  // namespace paradiplomacy
