// SPDX-License-Identifier: Apache-2.0
// Look-ups over the DAC recipient tables; the tables themselves (dac_lists() and
// dac_recipients()) are generated into the build tree from data/dac-recipients/.

#include <paradiplomacy/reference/dac_recipients.hpp>

namespace paradiplomacy::reference {

const DacList* dac_list_for_year(int year) noexcept {
    for (const DacList& list : dac_lists())
        if (list.first_year <= year && year <= list.last_year) return &list;
    return nullptr;
}

DacListing dac_listing(CountryCode country, int year) noexcept {
    DacListing answer;
    answer.list = dac_list_for_year(year);
    if (!answer.list) return answer;
    answer.status = DacListingStatus::not_listed;
    for (const DacRecipient& r : dac_recipients()) {
        if (r.alpha2 == country.view() && r.first_year <= year && year <= r.last_year) {
            answer.status = DacListingStatus::listed;
            answer.income_group = r.income_group;
            answer.recipient = &r;
            break;
        }
    }
    return answer;
}

}  // namespace paradiplomacy::reference
