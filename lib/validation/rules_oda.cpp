// SPDX-License-Identifier: Apache-2.0
// Rules on ODA engagements: shares, budgets, and the recipient against the OECD DAC
// List of ODA Recipients for the engagement's years.

#include "rule_run.hpp"

#include <paradiplomacy/reference/dac_recipients.hpp>
#include <paradiplomacy/values/calendar.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::detail {
namespace {

/// Rounds to four decimals, the precision IATI asks percentages to sum at.
double round4(double value) { return std::round(value * 10000.0) / 10000.0; }

std::string number(double value) {
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%.4f", value);
    std::string text(buffer, static_cast<std::size_t>(n));
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

template <class Share>
void check_sum(const RuleRun& run, const OdaEngagement& e, const std::vector<Share>& shares, std::string_view field,
               std::string_view what) {
    if (shares.empty()) return;
    double sum = 0.0;
    for (const Share& s : shares) sum += s.percentage;
    if (round4(sum) != 100.0)
        run.report(
            run.ref(e), std::string(field),
            std::string(what) + " percentages sum to " + number(sum) + ", not 100: correct them so they add up to 100");
}

/// IATI standard.json 2.1.2 (several sectors of one vocabulary sum to 100) and 2.1.4 (a
/// lone sector of a vocabulary is at 100 or has no percentage, which the model reads as 100).
void sectors_sum(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (const int vocabulary : {1, 2}) {
            std::size_t count = 0;
            std::size_t lone = 0;
            double sum = 0.0;
            for (std::size_t i = 0; i < e.sectors.size(); ++i)
                if (e.sectors[i].purpose.iati_vocabulary() == vocabulary) {
                    ++count;
                    lone = i;
                    sum += e.sectors[i].percentage;
                }
            if (count == 0 || round4(sum) == 100.0) continue;
            const std::string in =
                vocabulary == 1 ? "DAC 5-digit (IATI vocabulary 1)" : "DAC 3-digit (IATI vocabulary 2)";
            if (count == 1)
                run.report(run.ref(e), "sectors[" + std::to_string(lone) + "].percentage",
                           "the only " + in + " sector, " + e.sectors[lone].purpose.str() + ", has percentage " +
                               number(sum) +
                               ": a lone sector is at 100 or has no percentage (IATI standard.json 2.1.4)");
            else
                run.report(run.ref(e), "sectors",
                           in + " sector percentages sum to " + number(sum) +
                               ", not 100: correct them so they add up to 100 (IATI standard.json 2.1.2)");
        }
}

/// IATI standard.json 3.1.2, 3.1.4, 3.4.2 and 3.4.4: recipient countries alone, or the
/// countries together with the regions of each region vocabulary, sum to 100; a lone
/// country or region is at 100 (or has no percentage).
void recipients_sum(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (e.recipient_countries.empty() && e.recipient_regions.empty()) continue;
        double countries = 0.0;
        for (const CountryShare& c : e.recipient_countries) countries += c.percentage;
        // No listed country but a recipient: the recipient alone, at 100 (see OdaEngagement).
        const bool implied = e.recipient_countries.empty() && e.recipient.view() != "ZZ";
        if (implied) countries = 100.0;
        const std::size_t country_count = implied ? 1 : e.recipient_countries.size();
        if (e.recipient_regions.empty()) {
            if (round4(countries) == 100.0) continue;
            if (country_count == 1)
                run.report(run.ref(e), "recipient_countries[0].percentage",
                           "the only recipient country, " + e.recipient_countries[0].country.str() +
                               ", has percentage " + number(countries) +
                               ": a lone recipient country is at 100 or has no percentage (IATI standard.json 3.1.4)");
            else
                run.report(run.ref(e), "recipient_countries",
                           "recipient country percentages sum to " + number(countries) +
                               ", not 100: correct them so they add up to 100 (IATI standard.json 3.1.2)");
            continue;
        }
        for (const RegionVocabulary v : {RegionVocabulary::oecd_dac, RegionVocabulary::un_m49}) {
            std::size_t count = 0;
            double sum = countries;
            for (const SupranationalShare& r : e.recipient_regions)
                if (r.vocabulary == v) {
                    ++count;
                    sum += r.percentage;
                }
            if (count == 0 || round4(sum) == 100.0) continue;
            const std::string vocabulary =
                v == RegionVocabulary::oecd_dac ? "vocabulary 1 (OECD DAC)" : "vocabulary 2 (UN M49)";
            if (count == 1 && country_count == 0)
                run.report(run.ref(e), "recipient_regions",
                           "the only recipient region of " + vocabulary + " has percentage " + number(sum) +
                               " and there is no recipient country: a lone region is at 100 or has no percentage (IATI "
                               "standard.json 3.4.4)");
            else
                run.report(
                    run.ref(e), "recipient_regions",
                    "recipient country and " + vocabulary + " region percentages sum to " + number(sum) +
                        ", not 100: correct them so countries and the regions of each vocabulary add up to 100 (IATI "
                        "standard.json 3.4.2)" +
                        (implied ? "; the recipient " + e.recipient.str() + " counts as a country at 100" : ""));
        }
    }
}

void recipient_first_country(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        if (!e.recipient_countries.empty() && e.recipient != e.recipient_countries.front().country)
            run.report(run.ref(e), "recipient",
                       "recipient " + e.recipient.str() + " is not the first of the recipient countries (" +
                           e.recipient_countries.front().country.str() +
                           "): set the recipient to the first listed country");
}

void regions_sum(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) check_sum(run, e, e.regions, "regions", "region");
}

void negative_percentage(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        for (std::size_t i = 0; i < e.recipient_countries.size(); ++i)
            if (e.recipient_countries[i].percentage < 0.0)
                run.report(
                    run.ref(e), "recipient_countries[" + std::to_string(i) + "].percentage",
                    "percentage " + number(e.recipient_countries[i].percentage) + " is negative: a share is 0 to 100");
        for (std::size_t i = 0; i < e.recipient_regions.size(); ++i)
            if (e.recipient_regions[i].percentage < 0.0)
                run.report(
                    run.ref(e), "recipient_regions[" + std::to_string(i) + "].percentage",
                    "percentage " + number(e.recipient_regions[i].percentage) + " is negative: a share is 0 to 100");
        for (std::size_t i = 0; i < e.sectors.size(); ++i)
            if (e.sectors[i].percentage < 0.0)
                run.report(run.ref(e), "sectors[" + std::to_string(i) + "].percentage",
                           "percentage " + number(e.sectors[i].percentage) + " is negative: a share is 0 to 100");
        for (std::size_t i = 0; i < e.regions.size(); ++i)
            if (e.regions[i].percentage < 0.0)
                run.report(run.ref(e), "regions[" + std::to_string(i) + "].percentage",
                           "percentage " + number(e.regions[i].percentage) + " is negative: a share is 0 to 100");
    }
}

void budget_partial_date(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.budgets.size(); ++i) {
            const Period& p = e.budgets[i].period;
            const std::string field = "budgets[" + std::to_string(i) + "].period";
            if (!p.start().is_full() || (p.end() && !p.end()->is_full()))
                run.report(run.ref(e), field,
                           "budget period " + p.to_string() +
                               " uses a year or month where a full date is required: give both ends as YYYY-MM-DD");
            else if (!p.end())
                run.report(
                    run.ref(e), field,
                    "budget period " + p.to_string() + " has no end: give the last day of the period (YYYY-MM-DD)");
        }
}

void budget_too_long(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.budgets.size(); ++i) {
            const Period& p = e.budgets[i].period;
            if (!p.end()) continue;
            // Certainly longer than a year: even the shortest reading ends a year or more after it
            // starts. A year after a start in 9999 is past the calendar, so no end reaches it.
            const ShiftedDay a_year_on = add_years(p.start().latest(), 1);
            if (a_year_on.exact() && p.end()->earliest() >= a_year_on.day)
                run.report(run.ref(e), "budgets[" + std::to_string(i) + "].period",
                           "budget period " + p.to_string() +
                               " is longer than one year (IATI standard.json 7.5.3): split it into yearly budgets");
        }
}

void budget_negative(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.budgets.size(); ++i)
            if (e.budgets[i].value.amount() < 0.0)
                run.report(run.ref(e), "budgets[" + std::to_string(i) + "].value",
                           "budget amount " + number(e.budgets[i].value.amount()) + " " +
                               e.budgets[i].value.currency().str() +
                               " is negative: a budget plans spending; record refunds as transactions instead");
}

/// The years an engagement covers: from its first known start to its last known end,
/// and each budget period's years. The spans are merged before their years are listed,
/// so thousands of budgets over the same long span cost their number, not number x span.
std::set<int> engagement_years(const OdaEngagement& e) {
    std::vector<std::pair<int, int>> spans;
    std::optional<int> first;
    std::optional<int> last;
    for (const auto* d : {&e.planned_start, &e.actual_start})
        if (*d) first = first ? std::min(*first, (*d)->year()) : (*d)->year();
    for (const auto* d : {&e.planned_end, &e.actual_end})
        if (*d) last = last ? std::max(*last, (*d)->year()) : (*d)->year();
    if (first && !last) last = first;
    if (last && !first) first = last;
    if (first && last) spans.emplace_back(*first, *last);
    for (const Budget& b : e.budgets)
        spans.emplace_back(b.period.start().year(), b.period.end() ? b.period.end()->year() : b.period.start().year());
    std::sort(spans.begin(), spans.end());
    std::set<int> years;
    std::optional<int> done;  // every year up to this one is in `years`
    for (const auto& [from, to] : spans)
        for (int y = done ? std::max(from, *done + 1) : from; y <= to; ++y) {
            years.insert(years.end(), y);
            done = y;
        }
    return years;
}

std::string year_list(const std::vector<int>& years) {
    std::string out;
    for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
    return out;
}

/// A region-only engagement: recipient "ZZ" beside recipient regions.
bool regions_only(const OdaEngagement& e) {
    return e.recipient.view() == "ZZ" && e.recipient_countries.empty() && !e.recipient_regions.empty();
}

/// The recipient countries with the field naming each: the listed countries, or the
/// recipient alone; none when the engagement names regions only ("ZZ").
std::vector<std::pair<CountryCode, std::string>> recipient_countries(const OdaEngagement& e) {
    std::vector<std::pair<CountryCode, std::string>> out;
    if (e.recipient_countries.empty()) {
        if (!regions_only(e)) out.emplace_back(e.recipient, "recipient");
    } else {
        for (std::size_t i = 0; i < e.recipient_countries.size(); ++i)
            out.emplace_back(e.recipient_countries[i].country,
                             "recipient_countries[" + std::to_string(i) + "].country");
    }
    return out;
}

void not_on_dac_list(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        const std::set<int> years = engagement_years(e);
        for (const auto& [country, field] : recipient_countries(e)) {
            std::vector<int> off;
            std::string title;
            for (int y : years) {
                const auto listing = reference::dac_listing(country, y);
                if (listing.status != reference::DacListingStatus::not_listed) continue;
                off.push_back(y);
                title = std::string(listing.list->title);
            }
            if (!off.empty())
                run.report(run.ref(e), field,
                           "recipient " + country.str() + " is not on the OECD DAC List of ODA Recipients for " +
                               year_list(off) + " (" + title +
                               "): flows to it are not ODA in DAC terms; check the recipient or report the "
                               "engagement as another official flow");
        }
    }
}

void no_dac_list(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (regions_only(e)) continue;  // no country to look up
        std::vector<int> unknown;
        for (int y : engagement_years(e))
            if (reference::dac_listing(e.recipient, y).status == reference::DacListingStatus::no_list_for_year)
                unknown.push_back(y);
        if (unknown.empty()) continue;
        std::string shipped;
        for (const auto& l : reference::dac_lists())
            shipped += (shipped.empty() ? "" : ", ") + std::to_string(l.first_year) + "-" + std::to_string(l.last_year);
        run.report(run.ref(e), "recipient",
                   "no shipped DAC List of ODA Recipients covers " + year_list(unknown) + " (shipped: " + shipped +
                       "), so whether " + e.recipient.str() + " was eligible then was not checked");
    }
}

void recipient_partner_country(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (!e.recipient_partner || !run.portfolio.contains(*e.recipient_partner)) continue;
        const Partner& p = run.portfolio.partner(*e.recipient_partner);
        if (p.country != e.recipient)
            run.report(run.ref(e), "recipient_partner",
                       run.name("partner", p.key, p.id.index()) + " is in " + p.country.str() +
                           ", but the recipient is " + e.recipient.str() +
                           ": link a partner in the recipient country or correct the recipient");
    }
}

constexpr std::array entries{
    RuleEntry{{"oda.sectors.sum", Severity::error, EntityKind::oda,
               "Sector percentages sum to 100 within each vocabulary (rounded to 4 decimals); a lone sector is at 100 "
               "(IATI standard.json 2.1.2, 2.1.4)."},
              sectors_sum},
    RuleEntry{{"oda.regions.sum", Severity::error, EntityKind::oda,
               "Recipient region percentages, when given, sum to 100 (rounded to 4 decimals)."},
              regions_sum},
    RuleEntry{{"oda.recipients.sum", Severity::error, EntityKind::oda,
               "Recipient country percentages, alone or with the recipient regions of each vocabulary, sum to 100 "
               "(rounded to 4 "
               "decimals); a lone country or region is at 100 (IATI standard.json 3.1.2, 3.1.4, 3.4.2, 3.4.4)."},
              recipients_sum},
    RuleEntry{{"oda.recipient.first_country", Severity::error, EntityKind::oda,
               "When recipient countries are listed, the recipient is the first of them."},
              recipient_first_country},
    RuleEntry{{"oda.percentage.negative", Severity::error, EntityKind::oda,
               "No sector, region, recipient country or recipient region percentage is negative (IATI standard.json "
               "12.1.1, 12.3.1)."},
              negative_percentage},
    RuleEntry{{"oda.budget.partial_date", Severity::error, EntityKind::oda,
               "A budget period has a full start and end date (YYYY-MM-DD)."},
              budget_partial_date},
    RuleEntry{{"oda.budget.too_long", Severity::error, EntityKind::oda,
               "A budget period is at most one year long (IATI standard.json 7.5.3)."},
              budget_too_long},
    RuleEntry{{"oda.budget.negative", Severity::error, EntityKind::oda, "A budget amount is not negative."},
              budget_negative},
    RuleEntry{{"oda.recipient.not_on_dac_list", Severity::warning, EntityKind::oda,
               "The recipient is on the shipped DAC List of ODA Recipients for the engagement's years."},
              not_on_dac_list},
    RuleEntry{{"oda.recipient.no_dac_list", Severity::info, EntityKind::oda,
               "Says which of the engagement's years no shipped DAC list covers, so eligibility was not checked."},
              no_dac_list},
    RuleEntry{{"oda.recipient_partner.country", Severity::error, EntityKind::oda,
               "The recipient partner's country is the engagement's recipient country."},
              recipient_partner_country},
};

}  // namespace

std::span<const RuleEntry> oda_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
