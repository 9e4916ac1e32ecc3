// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Which ties a query looks at: by tier, partner country and level, and by who signed
/// on the home side (the home government, its municipalities, or one municipality).

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/partner.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace paradiplomacy {

/// Whose ties count.
enum class SignatoryScope : std::uint8_t {
    home_only,       ///< The home government's own ties (the default, as in the bulletin).
    municipalities,  ///< Only the municipalities' ties.
    all,             ///< Both.
};

struct TieFilter {
    /// Keep ties whose tier is one of these (empty: any tier). Matched against
    /// TieStatus::tier, the highest possibly active tier.
    std::vector<AgreementKind> tiers;
    std::optional<CountryCode> country;
    std::optional<PartnerLevel> level;
    SignatoryScope scope = SignatoryScope::home_only;
    /// Only this municipality's ties (overrides `scope`).
    std::optional<MunicipalityId> municipality;
    /// Only ties with priority partners: partners a priority designation certainly or
    /// possibly held for on the day asked (the first day of an expiry window). For the
    /// priority gaps, only these ties then cover.
    bool priority_only = false;
};

}  // namespace paradiplomacy
