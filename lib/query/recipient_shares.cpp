// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/query/recipient_shares.hpp>

namespace paradiplomacy {

void recipient_shares(const OdaEngagement& e, std::vector<RecipientShare>& out) {
    out.clear();
    const CountryCode region_only("ZZ");
    if (e.recipient_countries.empty()) {
        if (e.recipient_regions.empty()) {
            out.push_back(RecipientShare{e.recipient, 100.0});
        } else if (e.recipient != region_only) {
            // A recipient beside regions without a country list keeps what the regions leave.
            double regions = 0.0;
            for (const SupranationalShare& r : e.recipient_regions) regions += r.percentage;
            out.push_back(RecipientShare{e.recipient, 100.0 - regions});
        }
    }
    for (const CountryShare& c : e.recipient_countries) out.push_back(RecipientShare{c.country, c.percentage});
    for (const SupranationalShare& r : e.recipient_regions) out.push_back(RecipientShare{region_only, r.percentage});
}

}  // namespace paradiplomacy
