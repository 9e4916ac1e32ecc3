// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/oda_budget.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

namespace paradiplomacy {
namespace {

bool selected(const OdaEngagement& e, const OdaFilter& f) {
    if (f.exclude_cancelled && e.status == OdaStatus::cancelled) return false;
    if (f.status && e.status != *f.status) return false;
    if (f.recipient && e.recipient != *f.recipient) return false;
    return true;
}

}  // namespace

std::vector<OdaBudgetRow> oda_budget(const Portfolio& portfolio, const OdaFilter& filter) {
    // Key: recipient, sector ("" for none), year, currency.
    using Key = std::tuple<CountryCode, std::string, int, std::string>;
    struct Sum {
        double amount = 0.0;
        std::set<std::uint32_t> engagements;
    };
    std::map<Key, Sum> sums;
    for (const OdaEngagement& e : portfolio.engagements()) {
        if (!selected(e, filter)) continue;
        for (const Budget& b : e.budgets) {
            const int year = b.period.start().year();
            if (filter.year && year != *filter.year) continue;
            const std::string currency = b.value.currency().str();
            if (e.sectors.empty()) {
                Sum& s = sums[Key{e.recipient, std::string(), year, currency}];
                s.amount += b.value.amount();
                s.engagements.insert(e.id.index());
            }
            for (const SectorShare& share : e.sectors) {
                Sum& s = sums[Key{e.recipient, share.purpose.str(), year, currency}];
                s.amount += b.value.amount() * share.percentage / 100.0;
                s.engagements.insert(e.id.index());
            }
        }
    }
    std::vector<OdaBudgetRow> rows;
    rows.reserve(sums.size());
    for (const auto& [key, sum] : sums) {
        const auto& [recipient, sector, year, currency] = key;
        rows.push_back(OdaBudgetRow{recipient, sector.empty() ? std::nullopt : std::optional(PurposeCode(sector)), year,
                                    CurrencyCode(currency), sum.amount, sum.engagements.size()});
    }
    return rows;
}

std::vector<StrategicCountryProjects> oda_projects_by_strategic_country(const Portfolio& portfolio, const OdaFilter& filter) {
    std::map<CountryCode, std::vector<EngagementId>> by_country;
    for (const Partner& p : portfolio.partners())
        if (p.strategic_oda) by_country.try_emplace(p.country);
    for (const OdaEngagement& e : portfolio.engagements()) {
        if (!selected(e, filter)) continue;
        if (const auto it = by_country.find(e.recipient); it != by_country.end()) it->second.push_back(e.id);
    }
    std::vector<StrategicCountryProjects> out;
    for (auto& [country, ids] : by_country) out.push_back(StrategicCountryProjects{country, std::move(ids)});
    return out;
}

}  // namespace paradiplomacy
