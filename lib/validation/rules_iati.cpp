// SPDX-License-Identifier: Apache-2.0
// Rules from IATI: codes against the IATI codelists (when ValidationOptions names them;
// otherwise codes are checked for form only and one info finding says so), and the rules
// of IATI's standard ruleset (rulesets/standard.json of IATI-Rulesets) that apply to what
// an engagement holds and that no other area already checks. Each rule's summary names
// the standard.json rule it implements. Rules the ruleset shares with other areas (date
// order, percentages, budget length) stay in those areas and cite IATI there.

#include "rule_run.hpp"

#include <paradiplomacy/reference/world_regions.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <string_view>

namespace paradiplomacy::detail {
namespace {

using iati::CodelistEntry;
using iati::Codelists;

/// Does the engagement name an organisation as an IATI participating-org does: in an IATI
/// role with an activity identifier, or an organisation record with an IATI identifier or
/// type? An office's own implementer, known by name only, does not count.
bool has_iati_participant(const RuleRun& run, const OdaEngagement& e) {
    for (const Involvement& v : e.organisations) {
        if (!is_iati(v.role)) continue;
        if (v.activity_id.index() != 0) return true;
        if (!run.portfolio.contains(v.organisation)) continue;
        const Organisation& o = run.portfolio.at(v.organisation);
        if (o.iati_ref.index() != 0 || o.iati_type != 0) return true;
    }
    return false;
}

/// Does the engagement carry data that only an IATI activity has (an identifier, a
/// reporting organisation, participating organisations as IATI names them, transactions,
/// a default currency, shares over several countries or regions)? The IATI-only rules
/// look at such engagements only.
bool has_iati_data(const RuleRun& run, const OdaEngagement& e) {
    return !run.portfolio.text(e.iati_identifier).empty() || e.reporting_org || has_iati_participant(run, e) ||
           !e.transactions.empty() || e.default_currency || !e.recipient_countries.empty() ||
           !e.recipient_regions.empty();
}

/// One code an engagement holds, with the IATI codelist it belongs to.
struct HeldCode {
    std::string_view list;  ///< "Sector", "Country", ...
    std::string code;       ///< As IATI writes it ("11220", "KR", "2").
    std::string field;      ///< "sectors[1].purpose"
    std::string what;       ///< "sector 11220" for messages.
};

std::string indexed(std::string_view field, std::size_t i, std::string_view member) {
    return std::string(field) + "[" + std::to_string(i) + "]." + std::string(member);
}

/// Every code of `e` that an IATI codelist governs, in a fixed order. Region codes of
/// vocabulary 2 (UN M49) are left to region_m49(): no IATI codelist lists them.
template <class Visit>
void for_each_code(const Portfolio& portfolio, const OdaEngagement& e, Visit&& visit) {
    for (std::size_t i = 0; i < e.sectors.size(); ++i) {
        const PurposeCode& p = e.sectors[i].purpose;
        visit(HeldCode{p.is_sector_only() ? "SectorCategory" : "Sector", p.str(), indexed("sectors", i, "purpose"),
                       "sector " + p.str() +
                           (p.is_sector_only() ? " (vocabulary 2, DAC 3-digit)" : " (vocabulary 1, DAC 5-digit)")});
    }
    if (e.recipient_countries.empty()) {
        if (e.recipient.view() != "ZZ")
            visit(HeldCode{"Country", e.recipient.str(), "recipient", "recipient country " + e.recipient.str()});
    } else {
        for (std::size_t i = 0; i < e.recipient_countries.size(); ++i) {
            const std::string c = e.recipient_countries[i].country.str();
            visit(HeldCode{"Country", c, indexed("recipient_countries", i, "country"), "recipient country " + c});
        }
    }
    for (std::size_t i = 0; i < e.recipient_regions.size(); ++i)
        if (e.recipient_regions[i].vocabulary == RegionVocabulary::oecd_dac) {
            const std::string c = std::to_string(e.recipient_regions[i].code);
            visit(HeldCode{"Region", c, indexed("recipient_regions", i, "code"),
                           "recipient region " + c + " (vocabulary 1, OECD DAC)"});
        }
    if (e.default_currency)
        visit(HeldCode{"Currency", e.default_currency->str(), "default_currency",
                       "default currency " + e.default_currency->str()});
    for (std::size_t i = 0; i < e.budgets.size(); ++i) {
        const Budget& b = e.budgets[i];
        visit(HeldCode{"Currency", b.value.currency().str(), indexed("budgets", i, "currency"),
                       "currency " + b.value.currency().str()});
        const int type = static_cast<int>(b.type) + 1;
        visit(HeldCode{"BudgetType", std::to_string(type), indexed("budgets", i, "type"),
                       "budget type " + std::to_string(type) + " (" + std::string(to_string(b.type)) + ")"});
        const int status = static_cast<int>(b.status) + 1;
        visit(HeldCode{"BudgetStatus", std::to_string(status), indexed("budgets", i, "status"),
                       "budget status " + std::to_string(status) + " (" + std::string(to_string(b.status)) + ")"});
    }
    for (std::size_t i = 0; i < e.transactions.size(); ++i) {
        const TransactionTotal& t = e.transactions[i];
        visit(HeldCode{"Currency", t.amount.currency().str(), indexed("transactions", i, "currency"),
                       "currency " + t.amount.currency().str()});
        const std::string type = std::to_string(iati_code(t.type));
        visit(HeldCode{"TransactionType", type, indexed("transactions", i, "type"),
                       "transaction type " + type + " (" + std::string(to_string(t.type)) + ")"});
    }
    const std::string status = std::to_string(static_cast<int>(e.status) + 1);
    visit(HeldCode{"ActivityStatus", status, "status",
                   "activity status " + status + " (" + std::string(to_string(e.status)) + ")"});
    // ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
    const std::array<std::pair<const std::optional<PartialDate>*, std::string_view>, 4> dates{
        {{&e.planned_start, "planned_start"},
         {&e.actual_start, "actual_start"},
         {&e.planned_end, "planned_end"},
         {&e.actual_end, "actual_end"}}};
    for (std::size_t i = 0; i < dates.size(); ++i)
        if (*dates[i].first)
            visit(HeldCode{"ActivityDateType", std::to_string(i + 1), std::string(dates[i].second),
                           "activity date type " + std::to_string(i + 1) + " (" + std::string(dates[i].second) + ")"});
    if (e.reporting_org && e.reporting_org->type != 0)
        visit(HeldCode{"OrganisationType", std::to_string(e.reporting_org->type), "reporting_org.type",
                       "organisation type " + std::to_string(e.reporting_org->type)});
    for (std::size_t i = 0; i < e.organisations.size(); ++i) {
        const Involvement& v = e.organisations[i];
        if (!is_iati(v.role)) continue;  // an office's own role: not written to IATI
        const std::string role = std::to_string(iati_code(v.role));
        visit(HeldCode{"OrganisationRole", role, indexed("organisations", i, "role"),
                       "organisation role " + role + " (" + std::string(to_string(v.role)) + ")"});
        if (!portfolio.contains(v.organisation)) continue;  // ref.oda.organisations reports it
        const Organisation& o = portfolio.at(v.organisation);
        if (o.iati_type != 0)
            visit(HeldCode{"OrganisationType", std::to_string(o.iati_type), indexed("organisations", i, "organisation"),
                           "organisation type " + std::to_string(o.iati_type) + " of organisation \"" +
                               std::string(portfolio.text(o.key)) + "\""});
    }
}

/// Reports the codes of `list` that are not in it. Without codelists (or without that
/// list) nothing is checked here: iati.codelists.absent says so once.
void not_in_list(const RuleRun& run, std::string_view list) {
    if (!run.codelists || !run.codelists->has(list)) return;
    for (const OdaEngagement& e : run.portfolio.engagements())
        for_each_code(run.portfolio, e, [&](const HeldCode& c) {
            if (c.list != list || run.codelists->find(list, c.code)) return;
            run.report(run.ref(e), c.field,
                       c.what + " is not in the IATI " + std::string(list) + " codelist: use a code from that list");
        });
}

void sector_unknown(const RuleRun& run) {
    not_in_list(run, "Sector");
    not_in_list(run, "SectorCategory");
}
void country_unknown(const RuleRun& run) { not_in_list(run, "Country"); }
void currency_unknown(const RuleRun& run) { not_in_list(run, "Currency"); }
void activity_status_unknown(const RuleRun& run) { not_in_list(run, "ActivityStatus"); }
void date_type_unknown(const RuleRun& run) { not_in_list(run, "ActivityDateType"); }
void transaction_type_unknown(const RuleRun& run) { not_in_list(run, "TransactionType"); }
void organisation_role_unknown(const RuleRun& run) { not_in_list(run, "OrganisationRole"); }
void budget_code_unknown(const RuleRun& run) {
    not_in_list(run, "BudgetType");
    not_in_list(run, "BudgetStatus");
}

void region_unknown(const RuleRun& run) {
    const bool listed = run.codelists && run.codelists->has("Region");
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.recipient_regions.size(); ++i) {
            const SupranationalShare& r = e.recipient_regions[i];
            const std::string code = std::to_string(r.code);
            const std::string field = indexed("recipient_regions", i, "code");
            if (r.vocabulary == RegionVocabulary::un_m49) {
                // UN M49 is not an IATI codelist; the library's M49 table (from CLDR) decides.
                if (!reference::find_world_region(r.code))
                    run.report(run.ref(e), field,
                               "recipient region " + code +
                                   " (vocabulary 2) is not a UN M49 region: use an M49 area code such as 142 (Asia) or "
                                   "030 (Eastern Asia)");
            } else if (listed) {
                if (!run.codelists->find("Region", code))
                    run.report(run.ref(e), field,
                               "recipient region " + code +
                                   " (vocabulary 1, OECD DAC) is not in the IATI Region codelist (Region.xml): use a "
                                   "code from that list");
            } else if (r.code == 0 || r.code > 999) {
                run.report(run.ref(e), field,
                           "recipient region " + code +
                               " (vocabulary 1) does not have the form of an OECD DAC region code (1 to 3 digits, e.g. "
                               "798 Asia, regional)");
            }
        }
}

void organisation_type_unknown(const RuleRun& run) {
    if (run.codelists && run.codelists->has("OrganisationType")) {
        not_in_list(run, "OrganisationType");
        return;
    }
    // Form only: IATI organisation types are two-digit codes (10 government ... 90 other).
    for (const OdaEngagement& e : run.portfolio.engagements())
        for_each_code(run.portfolio, e, [&](const HeldCode& c) {
            if (c.list != "OrganisationType" || c.code.size() == 2) return;
            run.report(
                run.ref(e), c.field,
                c.what + " does not have the form of an IATI organisation type (two digits, e.g. 10 government)");
        });
}

void code_withdrawn(const RuleRun& run) {
    if (!run.codelists) return;
    for (const OdaEngagement& e : run.portfolio.engagements())
        for_each_code(run.portfolio, e, [&](const HeldCode& c) {
            const CodelistEntry* entry = run.codelists->find(c.list, c.code);
            if (!entry || !entry->withdrawn) return;
            run.report(run.ref(e), c.field,
                       c.what + (entry->name.empty() ? "" : " (" + entry->name + ")") + " is withdrawn from the IATI " +
                           std::string(c.list) + " codelist: valid in old data, but use a current code for new data");
        });
}

void codelists_absent(const RuleRun& run) {
    std::size_t with_iati = 0;
    for (const OdaEngagement& e : run.portfolio.engagements())
        if (has_iati_data(run, e)) ++with_iati;
    if (with_iati == 0) return;
    const std::string engagements =
        std::to_string(with_iati) + " engagement" + (with_iati == 1 ? "" : "s") + " with IATI data";
    if (!run.codelists) {
        run.report(
            run.home(), "",
            "no IATI codelists were given, so the codes of " + engagements +
                " were checked for form only (and countries and currencies against ISO 3166 and 4217): load them "
                "with iati::Codelists::load() and pass them as ValidationOptions::iati_codelists");
        return;
    }
    std::string missing;
    for (const std::string_view l : Codelists::checked_lists)
        if (!run.codelists->has(l)) missing += (missing.empty() ? "" : ", ") + std::string(l);
    if (!missing.empty())
        run.report(run.home(), "",
                   "the IATI codelists in " + run.codelists->directory().string() + " lack " + missing +
                       ", so those codes of " + engagements +
                       " were checked for form only: add the missing list files");
}

// --- standard.json ------------------------------------------------------------------

/// 1.1.21: iati-identifier starts with reporting-org/@ref, or other-identifier[@type='B1']/@ref,
/// and a hyphen.
void identifier_prefix(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (!e.reporting_org) continue;
        const std::string_view id = run.portfolio.text(e.iati_identifier);
        const std::string_view org = run.portfolio.text(e.reporting_org->ref);
        if (id.empty() || org.empty()) continue;
        const auto prefixed_by = [id](std::string_view ref) {
            return !ref.empty() && id.size() > ref.size() + 1 && id.starts_with(ref) && id[ref.size()] == '-';
        };
        const std::string prefix = std::string(org) + "-";
        if (prefixed_by(org)) continue;
        if (id == org) continue;  // iati.identifier.is_org reports that one
        // The ruleset allows the prefix of a previous reporting organisation's identifier.
        if (std::any_of(e.other_identifiers.begin(), e.other_identifiers.end(), [&](const OtherIdentifier& o) {
                return o.type == OtherIdentifierType::previous_reporting_org && prefixed_by(run.portfolio.text(o.ref));
            }))
            continue;
        run.report(run.ref(e), "iati_identifier",
                   "IATI identifier \"" + std::string(id) +
                       "\" does not begin with the reporting organisation's identifier \"" + std::string(org) +
                       "\" and a hyphen (IATI standard.json 1.1.21): publish it as \"" + prefix +
                       "...\", or keep the old identifier as an other-identifier of type B1");
    }
}

/// 1.1.3: iati-identifier differs from reporting-org/@ref.
void identifier_is_org(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (!e.reporting_org) continue;
        const std::string_view id = run.portfolio.text(e.iati_identifier);
        if (!id.empty() && id == run.portfolio.text(e.reporting_org->ref))
            run.report(
                run.ref(e), "iati_identifier",
                "IATI identifier \"" + std::string(id) +
                    "\" is the reporting organisation's own identifier (IATI standard.json 1.1.3): add a hyphen and "
                    "a string unique to the activity");
    }
}

/// 1.3.13 and 1.3.1: no /, &, | or ?, and no leading or trailing white space.
void identifier_symbols(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        const std::string_view id = run.portfolio.text(e.iati_identifier);
        if (id.empty()) continue;
        const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        if (id.find_first_of("/&|?") != std::string_view::npos)
            run.report(run.ref(e), "iati_identifier",
                       "IATI identifier \"" + std::string(id) +
                           "\" contains one of the symbols /, &, | or ? (IATI standard.json 1.3.13): replace them, "
                           "e.g. with a hyphen");
        else if (space(id.front()) || space(id.back()))
            run.report(run.ref(e), "iati_identifier",
                       "IATI identifier \"" + std::string(id) +
                           "\" starts or ends with white space (IATI standard.json 1.3.1): remove it");
    }
}

/// 6.11.1: a planned or an actual start date.
void no_start(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        if (has_iati_data(run, e) && !e.planned_start && !e.actual_start)
            run.report(run.ref(e), "planned_start",
                       "the engagement has neither a planned nor an actual start date (IATI standard.json 6.11.1): "
                       "give at least one");
}

/// 6.2.2: at least one sector, in any vocabulary, or sectors on transactions.
void no_sector(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements())
        if (has_iati_data(run, e) && e.sectors.empty() && e.other_sectors.empty() && !e.transaction_sectors)
            run.report(run.ref(e), "sectors",
                       "the engagement has no sector (IATI standard.json 6.2.2): give at least one DAC purpose code");
}

/// 11.2.1: transaction dates not in the future. Totals keep the year only, so a total
/// is reported when its whole year is after today.
void transaction_in_future(const RuleRun& run) {
    const int this_year = run.today.year();
    for (const OdaEngagement& e : run.portfolio.engagements())
        for (std::size_t i = 0; i < e.transactions.size(); ++i)
            if (e.transactions[i].year > this_year)
                run.report(
                    run.ref(e), indexed("transactions", i, "year"),
                    std::string(to_string(e.transactions[i].type)) + " transactions dated in " +
                        std::to_string(e.transactions[i].year) + ", after this year (" + std::to_string(this_year) +
                        "; IATI standard.json 11.2.1): a transaction has happened; record planned money as a budget");
}

/// 6.10.1: a participating organisation has an identifier or a name, on an engagement with
/// IATI data (an office's own records name organisations by their record).
void participant_unnamed(const RuleRun& run) {
    for (const OdaEngagement& e : run.portfolio.engagements()) {
        if (!has_iati_data(run, e)) continue;
        for (std::size_t i = 0; i < e.organisations.size(); ++i) {
            const Involvement& v = e.organisations[i];
            if (!is_iati(v.role) || !run.portfolio.contains(v.organisation)) continue;
            const Organisation& o = run.portfolio.at(v.organisation);
            if (o.iati_ref.index() == 0 && o.name_en.index() == 0 && o.name_local.index() == 0)
                run.report(run.ref(e), "organisations[" + std::to_string(i) + "].organisation",
                           std::string(to_string(v.role)) + " organisation \"" +
                               std::string(run.portfolio.text(o.key)) +
                               "\" has neither an IATI identifier nor a name (IATI standard.json 6.10.1): give one");
        }
    }
}

constexpr std::array entries{
    RuleEntry{{"iati.codelists.absent", Severity::info, EntityKind::home,
               "Says when codes of engagements with IATI data were checked for form only, without (some of) the IATI "
               "codelists."},
              codelists_absent},
    RuleEntry{{"iati.code.sector", Severity::error, EntityKind::oda,
               "A sector code is in the IATI Sector (5-digit) or SectorCategory (3-digit) codelist."},
              sector_unknown},
    RuleEntry{
        {"iati.code.country", Severity::error, EntityKind::oda, "A recipient country is in the IATI Country codelist."},
        country_unknown},
    RuleEntry{{"iati.code.region", Severity::error, EntityKind::oda,
               "A recipient region is in the IATI Region codelist (vocabulary 1) or is a UN M49 area (vocabulary 2)."},
              region_unknown},
    RuleEntry{{"iati.code.currency", Severity::error, EntityKind::oda,
               "The default, budget and transaction currencies are in the IATI Currency codelist."},
              currency_unknown},
    RuleEntry{{"iati.code.activity_status", Severity::error, EntityKind::oda,
               "The engagement's status is in the IATI ActivityStatus codelist."},
              activity_status_unknown},
    RuleEntry{{"iati.code.date_type", Severity::error, EntityKind::oda,
               "Each activity date's type is in the IATI ActivityDateType codelist."},
              date_type_unknown},
    RuleEntry{{"iati.code.transaction_type", Severity::error, EntityKind::oda,
               "Each transaction type is in the IATI TransactionType codelist."},
              transaction_type_unknown},
    RuleEntry{{"iati.code.organisation_role", Severity::error, EntityKind::oda,
               "The role of each organisation in an IATI role on an engagement is in the IATI OrganisationRole "
               "codelist."},
              organisation_role_unknown},
    RuleEntry{{"iati.code.organisation_type", Severity::error, EntityKind::oda,
               "Each organisation type is in the IATI OrganisationType codelist (without it: two digits)."},
              organisation_type_unknown},
    RuleEntry{{"iati.code.budget", Severity::error, EntityKind::oda,
               "Each budget's type and status are in the IATI BudgetType and BudgetStatus codelists."},
              budget_code_unknown},
    RuleEntry{{"iati.code.withdrawn", Severity::warning, EntityKind::oda,
               "No code is one its IATI codelist marks as withdrawn."},
              code_withdrawn},
    RuleEntry{{"iati.identifier.prefix", Severity::warning, EntityKind::oda,
               "The IATI identifier begins with the reporting organisation's identifier, or a previous one (other "
               "identifier of type B1), and a hyphen (IATI standard.json 1.1.21)."},
              identifier_prefix},
    RuleEntry{{"iati.identifier.is_org", Severity::error, EntityKind::oda,
               "The IATI identifier is not the reporting organisation's identifier itself (IATI standard.json 1.1.3)."},
              identifier_is_org},
    RuleEntry{
        {"iati.identifier.symbols", Severity::warning, EntityKind::oda,
         "The IATI identifier has no /, &, | or ? and no surrounding white space (IATI standard.json 1.3.13, 1.3.1)."},
        identifier_symbols},
    RuleEntry{{"iati.dates.no_start", Severity::error, EntityKind::oda,
               "An engagement with IATI data has a planned or an actual start date (IATI standard.json 6.11.1)."},
              no_start},
    RuleEntry{{"iati.sectors.missing", Severity::error, EntityKind::oda,
               "An engagement with IATI data has at least one sector, in any vocabulary or on its transactions (IATI "
               "standard.json 6.2.2)."},
              no_sector},
    RuleEntry{{"iati.transaction.in_future", Severity::error, EntityKind::oda,
               "No transaction total is for a year after today's (IATI standard.json 11.2.1)."},
              transaction_in_future},
    RuleEntry{{"iati.participant.unnamed", Severity::error, EntityKind::oda,
               "Each organisation record in an IATI role on an engagement with IATI data has an IATI identifier or a "
               "name (IATI standard.json 6.10.1)."},
              participant_unnamed},
};

}  // namespace

std::span<const RuleEntry> iati_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
