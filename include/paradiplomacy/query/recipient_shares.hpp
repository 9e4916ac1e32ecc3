// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// How an engagement's money divides among its recipients, the one rule every ODA
/// money query uses: an engagement without `recipient_countries` gives all to
/// `recipient` (what regions above the country leave, when it names some); one with them
/// gives each country its recorded percentage; shares of regions above the country go to
/// "ZZ", the code the model uses for "no single country". Percentages are used as
/// recorded (validation reports shares that do not add up to 100).

#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/values/country_code.hpp>

#include <utility>
#include <vector>

namespace paradiplomacy {

struct RecipientShare {
    CountryCode country{"ZZ"};
    double percentage = 100.0;
    friend bool operator==(const RecipientShare&, const RecipientShare&) = default;
};

/// Fills `out` (cleared first) with the engagement's shares; reuses its storage.
void recipient_shares(const OdaEngagement& engagement, std::vector<RecipientShare>& out);

/// The engagement's shares as a new list.
[[nodiscard]] inline std::vector<RecipientShare> recipient_shares(const OdaEngagement& engagement) {
    std::vector<RecipientShare> out;
    recipient_shares(engagement, out);
    return out;
}

}  // namespace paradiplomacy
