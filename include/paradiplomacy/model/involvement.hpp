// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An organisation record on an agreement, a program or an engagement, in one role: "the
/// GyeongGi Cultural Foundation co-organises this program", "KOICA funds this engagement".
/// An organisation with two roles on one record is listed twice, as IATI lists it.

#include <paradiplomacy/model/organisation.hpp>
#include <paradiplomacy/model/organisation_record.hpp>

namespace paradiplomacy {

struct Involvement {
    OrganisationId organisation{0};
    OrganisationRole role = OrganisationRole::implementing;
    friend bool operator==(const Involvement&, const Involvement&) = default;
};

}  // namespace paradiplomacy
