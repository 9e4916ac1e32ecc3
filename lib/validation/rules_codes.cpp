// SPDX-License-Identifier: Apache-2.0
// Rules on codes: ISO 3166-1/-2 and ISO 4217 codes exist and fit together, and DAC
// purpose codes have the CRS form.

#include "rule_run.hpp"

#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/reference/former_subdivisions.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>

#include <algorithm>
#include <array>

namespace paradiplomacy::detail {
namespace {

using reference::CodeStatus;

/// `otherwise`, or for a former code " is a former ISO 3166-2 code (VN-15, now VN-HN)".
std::string not_current(SubdivisionCode code, const char* otherwise) {
    if (const auto* f = reference::former_subdivision(code))
        return " is a former ISO 3166-2 code (" + reference::to_string(*f) + ")";
    return otherwise;
}

/// "ZZ-ZZ": the home government is not known (an IATI import names no home).
bool home_unspecified(const Portfolio& p) { return p.home().code.view() == "ZZ-ZZ"; }

void home_unknown(const RuleRun& run) {
    const SubdivisionCode code = run.portfolio.home().code;
    if (!home_unspecified(run.portfolio) && reference::subdivision_status(code) != CodeStatus::current)
        run.report(run.home(), "code",
                   "home government code " + code.str() + not_current(code, " is not an ISO 3166-2 subdivision") +
                       ": use the home region's code (e.g. KR-41 for Gyeonggi-do)");
}

void home_unspecified(const RuleRun& run) {
    if (home_unspecified(run.portfolio))
        run.report(
            run.home(), "code",
            "the home government is unspecified (ZZ-ZZ, as for an IATI import without a home): rules about the home "
            "(e.g. Korean council approval) were not applied; set the home region's ISO 3166-2 code to apply them");
}

void country_unknown(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners())
        if (reference::country_status(p.country) == CodeStatus::unknown)
            run.report(run.ref(p), "country",
                       "country " + p.country.str() +
                           " is not an ISO 3166-1 alpha-2 code: set the partner's two-letter country code");
}

void country_withdrawn(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners()) {
        if (reference::country_status(p.country) != CodeStatus::withdrawn) continue;
        const auto* w = reference::find_withdrawn_country(p.country);
        run.report(run.ref(p), "country",
                   "country " + p.country.str() + " (" + std::string(w->name) + ") was withdrawn from ISO 3166-1 on " +
                       std::string(w->withdrawal_date) + ": use the code of the country the partner belongs to today");
    }
}

void region_missing(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners())
        if (p.level == PartnerLevel::region && !p.region)
            run.report(run.ref(p), "region",
                       "a region partner needs its ISO 3166-2 code: set region (e.g. JP-14 for Kanagawa)");
}

void region_unknown(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners())
        if (p.region && reference::subdivision_status(*p.region) == CodeStatus::unknown)
            run.report(run.ref(p), "region",
                       "region " + p.region->str() +
                           " is not an ISO 3166-2 subdivision code: correct it or leave it empty for a city");
}

void region_former(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners()) {
        if (!p.region) continue;
        const auto* f = reference::former_subdivision(*p.region);
        if (!f) continue;
        // A former code is not an error: a tie is recorded with the region as it was then.
        run.report(run.ref(p), "region",
                   "former region " + reference::to_string(*f) + " (" + std::string(f->reason) +
                       "): ISO 3166-2 no longer lists it; the code is kept as the tie was recorded");
    }
}

void region_country_mismatch(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners())
        if (p.region && p.region->country() != p.country)
            run.report(run.ref(p), "region",
                       "region " + p.region->str() + " belongs to " + p.region->country().str() +
                           ", but the partner's country is " + p.country.str() + ": correct the country or the region");
}

void region_not_first_level(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners()) {
        if (p.level != PartnerLevel::region || !p.region) continue;
        const auto* s = reference::find_subdivision(*p.region);
        if (s && !s->is_first_level())
            run.report(run.ref(p), "region",
                       "region " + p.region->str() + " is a subdivision of " + std::string(s->parent) +
                           ", not a first-level region: make the partner a city, or use the first-level code");
    }
}

void recipient_not_current(const RuleRun& run) {
    const auto check = [&](const OdaEngagement& e, CountryCode country, const std::string& field) {
        const CodeStatus status = reference::country_status(country);
        if (status == CodeStatus::current) return;
        run.report(run.ref(e), field,
                   "recipient " + country.str() +
                       (status == CodeStatus::withdrawn ? " was withdrawn from ISO 3166-1"
                                                        : " is not an ISO 3166-1 alpha-2 code") +
                       ": set the recipient country's current code");
    };
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (!e.recipient_countries.empty()) {
            // `recipient` repeats the first of them: each country is reported once, where it is listed.
            for (std::size_t i = 0; i < e.recipient_countries.size(); ++i)
                check(e, e.recipient_countries[i].country, "recipient_countries[" + std::to_string(i) + "].country");
        } else if (e.recipient.view() == "ZZ" && !e.recipient_regions.empty()) {
            continue;  // regions only: "ZZ" says there is no recipient country
        } else if (e.recipient.view() == "ZZ") {
            // "ZZ" is the model's "unknown", not a code someone entered: say what is missing.
            run.report(run.ref(e), "recipient",
                       "no recipient country or region is recorded (the recipient is ZZ, unknown): set the recipient "
                       "country, or the recipient region for regional aid");
        } else {
            check(e, e.recipient, "recipient");
        }
    }
}

void oda_region_unknown(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.regions.size(); ++i)
            if (reference::subdivision_status(e.regions[i].region) != CodeStatus::current)
                run.report(run.ref(e), "regions[" + std::to_string(i) + "].region",
                           "recipient region " + e.regions[i].region.str() +
                               not_current(e.regions[i].region, " is not an ISO 3166-2 subdivision code") +
                               ": correct it");
}

void oda_region_country_mismatch(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.regions.size(); ++i)
            if (e.regions[i].region.country() != e.recipient &&
                std::none_of(e.recipient_countries.begin(), e.recipient_countries.end(),
                             [&](const CountryShare& c) { return c.country == e.regions[i].region.country(); }))
                run.report(run.ref(e), "regions[" + std::to_string(i) + "].region",
                           "recipient region " + e.regions[i].region.str() + " is not in the recipient country " +
                               e.recipient.str() + ": list only regions of the recipient");
}

void currency_unknown(const RuleRun& run) {
    const auto check = [&](const OdaEngagement& e, CurrencyCode c, const std::string& field) {
        if (reference::currency_status(c) != CodeStatus::current)
            run.report(run.ref(e), field,
                       "currency " + c.str() + " is not an ISO 4217 code in use: use e.g. KRW or USD");
    };
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (e.default_currency) check(e, *e.default_currency, "default_currency");
        for (std::size_t i = 0; i < e.budgets.size(); ++i)
            check(e, e.budgets[i].value.currency(), "budgets[" + std::to_string(i) + "].currency");
        for (std::size_t i = 0; i < e.transactions.size(); ++i)
            check(e, e.transactions[i].amount.currency(), "transactions[" + std::to_string(i) + "].currency");
    }
}

void purpose_form(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.sectors.size(); ++i) {
            const PurposeCode code = e.sectors[i].purpose;
            if (code.view().front() == '0')
                run.report(run.ref(e), "sectors[" + std::to_string(i) + "].purpose",
                           "purpose code " + code.str() +
                               " cannot be a DAC CRS purpose code (they run from 11110 to 99820): use the five-digit "
                               "CRS code");
        }
}

constexpr std::array entries{
    RuleEntry{{"code.home.unknown", Severity::error, EntityKind::home,
               "The home government's code is an ISO 3166-2 subdivision."},
              home_unknown},
    RuleEntry{{"code.home.unspecified", Severity::info, EntityKind::home,
               "Says when the home government is unspecified (ZZ-ZZ), so rules about the home were not applied."},
              home_unspecified},
    RuleEntry{{"code.country.unknown", Severity::error, EntityKind::partner,
               "A partner's country is an ISO 3166-1 alpha-2 code."},
              country_unknown},
    RuleEntry{{"code.country.withdrawn", Severity::warning, EntityKind::partner,
               "A partner's country code was withdrawn from ISO 3166-1 (ISO 3166-3)."},
              country_withdrawn},
    RuleEntry{{"code.region.missing", Severity::error, EntityKind::partner, "A region partner has an ISO 3166-2 code."},
              region_missing},
    RuleEntry{{"code.region.unknown", Severity::error, EntityKind::partner,
               "A partner's region code is an ISO 3166-2 subdivision, current or former."},
              region_unknown},
    RuleEntry{{"code.region.former", Severity::info, EntityKind::partner,
               "Names the successor of a partner's region code that ISO 3166-2 no longer lists (VN-15, now VN-HN)."},
              region_former},
    RuleEntry{{"code.region.country_mismatch", Severity::error, EntityKind::partner,
               "A partner's region belongs to the partner's country."},
              region_country_mismatch},
    RuleEntry{{"code.region.not_first_level", Severity::warning, EntityKind::partner,
               "A region partner's subdivision is a first-level one."},
              region_not_first_level},
    RuleEntry{{"code.recipient.not_current", Severity::error, EntityKind::oda,
               "An ODA recipient country is a current ISO 3166-1 country (ZZ when only recipient regions are named)."},
              recipient_not_current},
    RuleEntry{{"code.oda_region.unknown", Severity::error, EntityKind::oda,
               "An ODA recipient region is an ISO 3166-2 subdivision."},
              oda_region_unknown},
    RuleEntry{{"code.oda_region.country_mismatch", Severity::error, EntityKind::oda,
               "An ODA recipient region lies in a recipient country."},
              oda_region_country_mismatch},
    RuleEntry{{"code.currency.unknown", Severity::error, EntityKind::oda,
               "The default, budget and transaction currencies are ISO 4217 codes in use."},
              currency_unknown},
    RuleEntry{{"code.purpose.form", Severity::error, EntityKind::oda,
               "A sector's purpose code has the DAC CRS form (11110-99820)."},
              purpose_form},
};

}  // namespace

std::span<const RuleEntry> code_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
