// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/money_totals.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace paradiplomacy {
namespace {

struct Key {
    int year;
    std::string group;
    MoneyStage stage;
    CurrencyCode currency;
    friend auto operator<=>(const Key&, const Key&) = default;
};
struct Sum {
    double amount = 0.0;
    std::size_t lines = 0;
    std::set<CurrencyCode> converted_from;
};

void add_unique(std::vector<std::string>& groups, std::string group) {
    if (std::find(groups.begin(), groups.end(), group) == groups.end()) groups.push_back(std::move(group));
}

/// The country a country code stands for in a group: "" for ZZ (regions only, or unknown).
std::string country_group(CountryCode c) { return c == CountryCode("ZZ") ? std::string() : c.str(); }

/// The groups a line counts under (at least one; "" when none is known).
std::vector<std::string> groups_of(const Portfolio& p, const MoneyLine& l, MoneyGrouping by) {
    std::vector<std::string> out;
    const auto of_partner = [&](PartnerId id) {
        if (!p.contains(id)) return;
        const Partner& partner = p.partner(id);
        add_unique(out,
                   by == MoneyGrouping::partner ? std::string(p.text(partner.key)) : country_group(partner.country));
    };
    switch (by) {
        case MoneyGrouping::year: break;
        case MoneyGrouping::partner:
        case MoneyGrouping::country:
            if (l.agreement && p.contains(*l.agreement)) {
                of_partner(p.agreement(*l.agreement).partner);
            } else if (l.program && p.contains(*l.program)) {
                for (const PartnerId id : p.program(*l.program).partners) of_partner(id);
            } else if (l.engagement && p.contains(*l.engagement)) {
                const OdaEngagement& e = p.engagement(*l.engagement);
                if (by == MoneyGrouping::partner) {
                    if (e.recipient_partner) of_partner(*e.recipient_partner);
                } else if (e.recipient_countries.empty()) {
                    add_unique(out, country_group(e.recipient));
                } else {
                    for (const CountryShare& share : e.recipient_countries)
                        add_unique(out, country_group(share.country));
                }
            }
            break;
        case MoneyGrouping::kind:
            if (l.agreement)
                out.push_back(p.contains(*l.agreement)
                                  ? "agreement:" + std::string(to_string(p.agreement(*l.agreement).kind))
                                  : std::string("agreement"));
            else if (l.program)
                out.push_back(p.contains(*l.program) ? "program:" + std::string(to_string(p.program(*l.program).kind))
                                                     : std::string("program"));
            else if (l.engagement)
                out.emplace_back("oda");
            else if (l.envelope)
                out.emplace_back("envelope");
            break;
    }
    if (out.empty()) out.emplace_back();
    return out;
}

}  // namespace

std::vector<MoneyTotalRow> money_totals(const Portfolio& portfolio, MoneyGrouping by, const MoneyFilter& filter,
                                        const ExchangeRates* rates) {
    std::map<Key, Sum> sums;
    for (const MoneyLine& l : portfolio.records<MoneyLine>()) {
        if (!l.currency) continue;
        if (filter.year && l.year != *filter.year) continue;
        if (filter.stage && l.stage != *filter.stage) continue;
        CurrencyCode currency = *l.currency;
        double amount = l.amount;
        bool converted = false;
        if (rates && currency != rates->target()) {
            if (const auto rate = rates->rate(currency, l.year)) {
                amount *= *rate;
                currency = rates->target();
                converted = true;
            }
        }
        for (std::string& group : groups_of(portfolio, l, by)) {
            Sum& sum = sums[Key{l.year, std::move(group), l.stage, currency}];
            sum.amount += amount;
            ++sum.lines;
            if (converted) sum.converted_from.insert(*l.currency);
        }
    }
    std::vector<MoneyTotalRow> rows;
    rows.reserve(sums.size());
    for (auto& [key, sum] : sums)
        rows.push_back(MoneyTotalRow{key.year, key.group, key.stage, key.currency, sum.amount, sum.lines,
                                     std::vector<CurrencyCode>(sum.converted_from.begin(), sum.converted_from.end())});
    return rows;
}

}  // namespace paradiplomacy
