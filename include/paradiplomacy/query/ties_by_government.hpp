// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How many ties do the province and each of its cities and counties hold, with which
/// countries, on a date?" — the roll-up of the home government and its municipalities
/// (Gyeonggi's 31 cities and counties held 207 ties in 2017, beside the province's own).
///
/// A tie is one partner and one signatory (the home government or a municipality), as in
/// query/tie_state.hpp; these are counts of ties, not of distinct partners, as
/// municipalities publish them. A tie certainly in force whose tier is certain counts as
/// certain under that tier; every tie possibly in force counts as possible under its
/// highest possible tier (TieStatus::tier), so the possible counts of the rows add up to
/// the ties possibly in force, and certain <= possible in each row.

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/values/calendar.hpp>
#include <paradiplomacy/values/country_code.hpp>

#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct GovernmentTieRow {
    std::optional<MunicipalityId> signatory;  ///< nullopt: the home government.
    CountryCode country{"ZZ"};                ///< The partner's country.
    AgreementKind tier = AgreementKind::other;
    CertainCount ties;
    friend bool operator==(const GovernmentTieRow&, const GovernmentTieRow&) = default;
};

/// One row per signatory, partner country and tier with at least one tie possibly in
/// force on `on`: the home government first, then municipalities in record order; within
/// a signatory, countries in code order, then tiers highest first. `scope` chooses the
/// home government, the municipalities or both (the default).
[[nodiscard]] std::vector<GovernmentTieRow> ties_by_government(const Portfolio& portfolio, Day on,
                                                               SignatoryScope scope = SignatoryScope::all);
/// The same rows from ties already found in force (ties_in_force), so that a caller
/// asking several roll-ups of one day walks the ties once.
[[nodiscard]] std::vector<GovernmentTieRow> ties_by_government(const Portfolio& portfolio, const InForce& ties);

/// The municipalities' ties together on `on` (the published form: "207 ties with 30
/// countries"): ties per tier group and per country are sums over the rows above.
struct MunicipalTieTotals {
    CertainCount ties;
    CertainCount countries;       ///< Distinct partner countries.
    CertainCount municipalities;  ///< Municipalities with at least one tie.
    friend bool operator==(const MunicipalTieTotals&, const MunicipalTieTotals&) = default;
};

[[nodiscard]] MunicipalTieTotals municipal_tie_totals(const Portfolio& portfolio, Day on);
/// The same totals from ties already found in force; the home government's among them
/// are left out.
[[nodiscard]] MunicipalTieTotals municipal_tie_totals(const Portfolio& portfolio, const InForce& ties);

}  // namespace paradiplomacy
