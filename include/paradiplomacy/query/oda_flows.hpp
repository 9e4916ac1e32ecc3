// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How much ODA did the office commit and disburse, per recipient and year?" from the
/// engagements' yearly transaction totals (IATI transactions summed per year, type and
/// currency).
///
/// An engagement with several recipients (`recipient_countries`, `recipient_regions`)
/// has each total split among them by their percentages as recorded; one without
/// `recipient_countries` gives its whole total to `recipient`. Shares in regions above
/// the country (IATI recipient-region) go to recipient "ZZ", the code the model already
/// uses for "no single country": money for a region, not for a country. Amounts are kept
/// per currency and never summed across currencies.

#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/currency_code.hpp>

#include <cstddef>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct OdaFlowRow {
    CountryCode recipient{"ZZ"};  ///< "ZZ": the shares of regions above the country
    int year = 0;
    CurrencyCode currency{"XXX"};
    double committed = 0.0;       ///< outgoing commitments
    double disbursed = 0.0;       ///< disbursements
    double expenditure = 0.0;     ///< expenditure (money the office spent itself)
    std::size_t engagements = 0;  ///< distinct engagements contributing
    friend bool operator==(const OdaFlowRow&, const OdaFlowRow&) = default;
};

/// Committed, disbursed and spent money per (recipient, year, currency), sorted by those
/// fields. `filter.recipient` selects rows of that recipient (after the split),
/// `filter.year` rows of that year; other transaction types are left out.
[[nodiscard]] std::vector<OdaFlowRow> oda_flows(const Portfolio& portfolio, const OdaFilter& filter = {});

}  // namespace paradiplomacy
