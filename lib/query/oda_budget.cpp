// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/recipient_shares.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {
namespace {

constexpr std::uint32_t no_engagement = 0xFFFFFFFFU;

// A budget row's key: recipient, sector, year, currency (see oda_budget).
struct Key {
    std::array<char, 2> recipient{};
    std::array<char, 5> sector{};  // a purpose code (5 digits) or a DAC sector (3)
    int year = 0;
    std::array<char, 3> currency{};
    friend auto operator<=>(const Key&, const Key&) = default;
};
struct Entry {
    Key key;
    std::uint32_t engagement;
    double amount;
};

bool selected(const OdaEngagement& e, const OdaFilter& f) {
    if (f.exclude_cancelled && e.status == OdaStatus::cancelled) return false;
    if (f.status && e.status != *f.status) return false;
    return true;
}

}  // namespace

std::vector<OdaBudgetRow> oda_budget(const Portfolio& portfolio, const OdaFilter& filter) {
    // One entry per (budget, sector share), keyed by recipient, sector ("" for none), year
    // and currency as fixed-size character arrays: zero-padded arrays order as the strings
    // do, so sorting the entries gives the rows in their documented order with no
    // allocation per entry. The sort is stable and entries are made engagement by
    // engagement, so each sum adds in record order and an engagement's entries are
    // adjacent within a row.
    const auto chars = [](auto& out, std::string_view text) {
        std::copy_n(text.begin(), std::min(text.size(), out.size()), out.begin());
    };
    std::vector<Entry> entries;
    std::vector<RecipientShare> shares;
    for (const OdaEngagement& e : portfolio.engagements()) {
        if (!selected(e, filter) || e.budgets.empty()) continue;
        recipient_shares(e, shares);  // one recipient at 100 % unless the engagement lists several
        for (const Budget& b : e.budgets) {
            const int year = b.period.start().year();
            if (filter.year && year != *filter.year) continue;
            for (const RecipientShare& to : shares) {
                if (filter.recipient && to.country != *filter.recipient) continue;
                Key key;
                chars(key.recipient, to.country.view());
                key.year = year;
                chars(key.currency, b.value.currency().view());
                const double amount = b.value.amount() * to.percentage / 100.0;
                if (e.sectors.empty()) entries.push_back(Entry{key, e.id.index(), amount});
                for (const SectorShare& share : e.sectors) {
                    Key k = key;
                    chars(k.sector, share.purpose.view());
                    entries.push_back(Entry{k, e.id.index(), amount * share.percentage / 100.0});
                }
            }
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.key < y.key; });
    const auto text = [](const auto& a) {
        return std::string_view(a.data(), std::find(a.begin(), a.end(), '\0') - a.begin());
    };
    std::vector<OdaBudgetRow> rows;
    for (std::size_t i = 0; i < entries.size();) {
        const Key& key = entries[i].key;
        double amount = 0.0;
        std::size_t engagements = 0;
        std::uint32_t last = no_engagement;
        for (; i < entries.size() && entries[i].key == key; ++i) {
            amount += entries[i].amount;
            if (entries[i].engagement != last) ++engagements;
            last = entries[i].engagement;
        }
        const std::string_view sector = text(key.sector);
        rows.push_back(OdaBudgetRow{CountryCode(text(key.recipient)),
                                    sector.empty() ? std::nullopt : std::optional(PurposeCode(sector)), key.year,
                                    CurrencyCode(text(key.currency)), amount, engagements});
    }
    return rows;
}

std::vector<StrategicCountryProjects> oda_projects_by_strategic_country(const Portfolio& portfolio,
                                                                        const OdaFilter& filter) {
    std::map<CountryCode, std::vector<EngagementId>> by_country;
    for (const Designation& d : portfolio.records<Designation>())
        if (d.kind == DesignationKind::strategic_oda && portfolio.contains(d.partner))
            by_country.try_emplace(portfolio.partner(d.partner).country);
    std::vector<RecipientShare> shares;
    for (const OdaEngagement& e : portfolio.engagements()) {
        if (!selected(e, filter)) continue;
        recipient_shares(e, shares);  // an engagement in several countries counts for each
        for (const RecipientShare& to : shares) {
            if (filter.recipient && to.country != *filter.recipient) continue;
            const auto it = by_country.find(to.country);
            if (it != by_country.end() && (it->second.empty() || it->second.back() != e.id)) it->second.push_back(e.id);
        }
    }
    std::vector<StrategicCountryProjects> out;
    for (auto& [country, ids] : by_country) out.push_back(StrategicCountryProjects{country, std::move(ids)});
    return out;
}

}  // namespace paradiplomacy
