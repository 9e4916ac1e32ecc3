// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/oda_flows.hpp>
#include <paradiplomacy/query/recipient_shares.hpp>

#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace paradiplomacy {

std::vector<OdaFlowRow> oda_flows(const Portfolio& portfolio, const OdaFilter& filter) {
    using Key = std::tuple<CountryCode, int, CurrencyCode>;
    struct Sum {
        OdaFlowRow row;
        std::set<std::uint32_t> engagements;
    };
    std::map<Key, Sum> sums;
    std::vector<RecipientShare> shares;
    for (const OdaEngagement& e : portfolio.engagements()) {
        if (filter.exclude_cancelled && e.status == OdaStatus::cancelled) continue;
        if (filter.status && e.status != *filter.status) continue;
        recipient_shares(e, shares);
        for (const TransactionTotal& t : e.transactions) {
            if (t.type != TransactionType::outgoing_commitment && t.type != TransactionType::disbursement &&
                t.type != TransactionType::expenditure)
                continue;
            if (filter.year && t.year != *filter.year) continue;
            for (const auto& [country, percentage] : shares) {
                if (filter.recipient && country != *filter.recipient) continue;
                Sum& s = sums[Key{country, t.year, t.amount.currency()}];
                s.row.recipient = country;
                s.row.year = t.year;
                s.row.currency = t.amount.currency();
                const double part = t.amount.amount() * percentage / 100.0;
                if (t.type == TransactionType::outgoing_commitment)
                    s.row.committed += part;
                else if (t.type == TransactionType::disbursement)
                    s.row.disbursed += part;
                else
                    s.row.expenditure += part;
                s.engagements.insert(static_cast<std::uint32_t>(e.id.index()));
            }
        }
    }
    std::vector<OdaFlowRow> out;
    out.reserve(sums.size());
    for (auto& [key, s] : sums) {
        s.row.engagements = s.engagements.size();
        out.push_back(s.row);
    }
    return out;
}

}  // namespace paradiplomacy
