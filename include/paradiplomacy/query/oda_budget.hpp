// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How much ODA money goes where, in which sector, in which year?" and "how many
/// projects does each strategic partner country have?"
///
/// A budget is attributed to the year its period starts, and divided among the
/// engagement's recipients as query/recipient_shares.hpp says (regions above the
/// country under "ZZ"). Amounts are kept per
/// currency and never summed across currencies. A budget is split across the
/// engagement's sectors by their percentages as recorded (validation reports shares
/// that do not add up to 100; they are not rescaled here); an engagement without
/// sectors gives one row with `sector` nullopt.

#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/currency_code.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/purpose_code.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct OdaFilter {
    std::optional<CountryCode> recipient;
    std::optional<int> year;
    std::optional<OdaStatus> status;
    /// Leave out cancelled engagements (their budgets were never spent).
    bool exclude_cancelled = true;
};

struct OdaBudgetRow {
    CountryCode recipient{"ZZ"};
    std::optional<PurposeCode> sector;  ///< nullopt: the engagement names no sector
    int year = 0;
    CurrencyCode currency{"XXX"};
    double amount = 0.0;
    std::size_t engagements = 0;  ///< distinct engagements contributing
    friend bool operator==(const OdaBudgetRow&, const OdaBudgetRow&) = default;
};

/// Budget rows per (recipient, sector, year, currency), sorted by those fields.
[[nodiscard]] std::vector<OdaBudgetRow> oda_budget(const Portfolio& portfolio, const OdaFilter& filter = {});

struct StrategicCountryProjects {
    CountryCode country{"ZZ"};
    std::vector<EngagementId> engagements;  ///< ascending; may be empty
    friend bool operator==(const StrategicCountryProjects&, const StrategicCountryProjects&) = default;
};

/// For every country designated a strategic ODA partner at any time (a strategic_oda
/// designation of a partner at any level names its country; designated_on in
/// query/designations.hpp says which on a day), the engagements whose recipient is that
/// country.
/// Countries with no engagement are listed with an empty list. Sorted by country.
[[nodiscard]] std::vector<StrategicCountryProjects> oda_projects_by_strategic_country(const Portfolio& portfolio,
                                                                                      const OdaFilter& filter = {});

}  // namespace paradiplomacy
