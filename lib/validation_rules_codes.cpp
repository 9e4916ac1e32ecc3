// SPDX-License-Identifier: Apache-2.0
// Rules on codes: ISO 3166-1/-2 and ISO 4217 codes exist and fit together, and DAC
// purpose codes have the CRS form.

#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>
#include <paradiplomacy/validation/detail/rule_run.hpp>

#include <array>

namespace paradiplomacy::detail {
namespace {

using reference::CodeStatus;

void home_unknown(const RuleRun& run) {
    const SubdivisionCode code = run.portfolio.home().code;
    if (reference::subdivision_status(code) != CodeStatus::current)
        run.report(run.home(), "code",
                   "home government code " + code.str() +
                       " is not an ISO 3166-2 subdivision: use the home region's code (e.g. KR-41 for Gyeonggi-do)");
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
        if (p.region && reference::subdivision_status(*p.region) != CodeStatus::current)
            run.report(run.ref(p), "region",
                       "region " + p.region->str() + " is not an ISO 3166-2 subdivision code: correct it or leave it empty for a city");
}

void region_country_mismatch(const RuleRun& run) {
    for (const Partner& p : run.portfolio.partners())
        if (p.region && p.region->country() != p.country)
            run.report(run.ref(p), "region",
                       "region " + p.region->str() + " belongs to " + p.region->country().str() + ", but the partner's country is " +
                           p.country.str() + ": correct the country or the region");
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
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        const CodeStatus status = reference::country_status(e.recipient);
        if (status == CodeStatus::current) continue;
        run.report(run.ref(e), "recipient",
                   "recipient " + e.recipient.str() +
                       (status == CodeStatus::withdrawn ? " was withdrawn from ISO 3166-1" : " is not an ISO 3166-1 alpha-2 code") +
                       ": set the recipient country's current code");
    }
}

void oda_region_unknown(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.regions.size(); ++i)
            if (reference::subdivision_status(e.regions[i].region) != CodeStatus::current)
                run.report(run.ref(e), "regions[" + std::to_string(i) + "].region",
                           "recipient region " + e.regions[i].region.str() + " is not an ISO 3166-2 subdivision code: correct it");
}

void oda_region_country_mismatch(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.regions.size(); ++i)
            if (e.regions[i].region.country() != e.recipient)
                run.report(run.ref(e), "regions[" + std::to_string(i) + "].region",
                           "recipient region " + e.regions[i].region.str() + " is not in the recipient country " +
                               e.recipient.str() + ": list only regions of the recipient");
}

void currency_unknown(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.budgets.size(); ++i) {
            const CurrencyCode c = e.budgets[i].value.currency();
            if (reference::currency_status(c) != CodeStatus::current)
                run.report(run.ref(e), "budgets[" + std::to_string(i) + "].currency",
                           "currency " + c.str() + " is not an ISO 4217 code in use: use e.g. KRW or USD");
        }
}

void purpose_form(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.sectors.size(); ++i) {
            const PurposeCode code = e.sectors[i].purpose;
            if (code.view().front() == '0')
                run.report(run.ref(e), "sectors[" + std::to_string(i) + "].purpose",
                           "purpose code " + code.str() +
                               " cannot be a DAC CRS purpose code (they run from 11110 to 99820): use the five-digit CRS code");
        }
}

constexpr std::array entries{
    RuleEntry{{"code.home.unknown", Severity::error, EntityKind::home,
               "The home government's code is an ISO 3166-2 subdivision."}, home_unknown},
    RuleEntry{{"code.country.unknown", Severity::error, EntityKind::partner,
               "A partner's country is an ISO 3166-1 alpha-2 code."}, country_unknown},
    RuleEntry{{"code.country.withdrawn", Severity::warning, EntityKind::partner,
               "A partner's country code was withdrawn from ISO 3166-1 (ISO 3166-3)."}, country_withdrawn},
    RuleEntry{{"code.region.missing", Severity::error, EntityKind::partner,
               "A region partner has an ISO 3166-2 code."}, region_missing},
    RuleEntry{{"code.region.unknown", Severity::error, EntityKind::partner,
               "A partner's region code is an ISO 3166-2 subdivision."}, region_unknown},
    RuleEntry{{"code.region.country_mismatch", Severity::error, EntityKind::partner,
               "A partner's region belongs to the partner's country."}, region_country_mismatch},
    RuleEntry{{"code.region.not_first_level", Severity::warning, EntityKind::partner,
               "A region partner's subdivision is a first-level one."}, region_not_first_level},
    RuleEntry{{"code.recipient.not_current", Severity::error, EntityKind::oda,
               "An ODA recipient is a current ISO 3166-1 country."}, recipient_not_current},
    RuleEntry{{"code.oda_region.unknown", Severity::error, EntityKind::oda,
               "An ODA recipient region is an ISO 3166-2 subdivision."}, oda_region_unknown},
    RuleEntry{{"code.oda_region.country_mismatch", Severity::error, EntityKind::oda,
               "An ODA recipient region lies in the recipient country."}, oda_region_country_mismatch},
    RuleEntry{{"code.currency.unknown", Severity::error, EntityKind::oda,
               "A budget's currency is an ISO 4217 code in use."}, currency_unknown},
    RuleEntry{{"code.purpose.form", Severity::error, EntityKind::oda,
               "A sector's purpose code has the DAC CRS form (11110-99820)."}, purpose_form},
};

}  // namespace

std::span<const RuleEntry> code_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
