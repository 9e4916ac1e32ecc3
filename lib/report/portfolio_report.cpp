// SPDX-License-Identifier: Apache-2.0
#include "labels.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/designations.hpp>
#include <paradiplomacy/query/documents_to_translate.hpp>
#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/query/envelope_use.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/query/linguist_coverage.hpp>
#include <paradiplomacy/query/money_totals.hpp>
#include <paradiplomacy/query/municipal_services.hpp>
#include <paradiplomacy/query/oda_budget.hpp>
#include <paradiplomacy/query/oda_flows.hpp>
#include <paradiplomacy/query/office_on.hpp>
#include <paradiplomacy/query/policy_work.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>
#include <paradiplomacy/query/recipient_shares.hpp>
#include <paradiplomacy/query/ties_by_government.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/former_subdivisions.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>
#include <paradiplomacy/validation/validate.hpp>
#include <paradiplomacy/values/calendar.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace paradiplomacy::report {
namespace {

using detail::country_name;
using detail::day_text;
using detail::municipality_name;
using detail::partner_label;
using detail::signatory_suffix;

/// "gg-hebei-sister-2009 sister signed 2009-06-22" for one agreement.
std::string agreement_text(const Portfolio& p, AgreementId id) {
    if (!p.contains(id)) return "#" + std::to_string(id.index());
    const Agreement& a = p.agreement(id);
    std::string out(p.text(a.key));
    out += " (";
    out += to_string(a.kind);
    if (a.signed_on)
        out += ", signed " + a.signed_on->to_string();
    else if (a.proposed)
        out += ", proposed";
    else
        out += ", undated";
    if (a.validity) out += ", valid " + a.validity->to_string();
    if (a.provenance.uncertain) out += ", uncertain";
    out += ")";
    return out;
}

void pad_to(std::string& line, std::size_t width) {
    // Pads by UTF-8 code points so that names with accents line up.
    std::size_t points = 0;
    for (const char c : line)
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++points;
    if (points < width)
        line.append(width - points, ' ');
    else
        line += ' ';
}

void heading(std::ostringstream& out, const std::string& title) {
    out << '\n' << title << '\n' << std::string(std::min<std::size_t>(title.size(), 78), '=') << '\n';
}

void tie_lines(std::ostringstream& out, const Portfolio& p, const std::vector<TieStatus>& ties, bool certain) {
    if (ties.empty()) {
        out << "  (none)\n";
        return;
    }
    for (const TieStatus& t : ties) {
        std::string line = "  " + partner_label(p, t.tie.partner) + signatory_suffix(p, t.tie.signatory);
        pad_to(line, 40);
        std::string tier(to_string(certain && t.certain_tier ? *t.certain_tier : t.tier));
        line += tier;
        pad_to(line, 62);
        const auto& agreements = certain ? t.certainly_active : t.possibly_active;
        for (std::size_t i = 0; i < agreements.size(); ++i) {
            if (i != 0) line += "; ";
            line += agreement_text(p, agreements[i]);
        }
        out << line << '\n';
    }
}

void in_force_section(std::ostringstream& out, const Portfolio& p, Day d, const std::string& what) {
    const InForce ties = ties_in_force(p, d);
    heading(out, "Ties in force " + what + " (" + day_text(d) + ")");
    out << "Certainly in force: " << ties.certain.size() << '\n';
    tie_lines(out, p, ties.certain, true);
    out << "Possibly in force (a date too coarse to tell, or undated): " << ties.possible.size() << '\n';
    tie_lines(out, p, ties.possible, false);
}

std::string count_text(const CertainCount& c) {
    return std::to_string(c.certain) + " certain, " + std::to_string(c.possible) + " possible";
}

void coverage_section(std::ostringstream& out, const Portfolio& p, Day on) {
    heading(out, "Distinct partners per tie kind on " + day_text(on));
    const std::vector<KindCoverage> rows = coverage_by_kind(p, on);
    if (rows.empty()) {
        out << "  (no tie in force)\n";
        return;
    }
    out << "  Each partner counts under the highest tier of its ties in force.\n";
    for (const KindCoverage& row : rows) {
        std::string line = "  " + std::string(to_string(row.kind));
        pad_to(line, 24);
        line += "countries " + count_text(row.countries) + "; regions " + count_text(row.regions) + "; partners " +
                count_text(row.partners);
        out << line << '\n';
    }
}

/// The priority partners and strategic ODA countries on the day, and the priority partners
/// no tie in force reaches.
void designations_section(std::ostringstream& out, const Portfolio& p, Day on) {
    if (p.records<Designation>().empty()) return;
    heading(out, "Designations on " + day_text(on));
    const auto lines = [&](const std::vector<PartnerId>& list, const char* what) {
        out << "  " << what << ": " << list.size() << '\n';
        for (const PartnerId id : list) out << "    " << partner_label(p, id) << '\n';
    };
    for (const auto& [kind, title] : {std::pair(DesignationKind::priority, "Priority partners"),
                                      std::pair(DesignationKind::strategic_oda, "Strategic ODA partners")}) {
        const DesignatedPartners designated = designated_on(p, kind, on);
        out << title << '\n';
        lines(designated.certain, "certainly designated");
        lines(designated.possible, "possibly designated (a start or end the records give in part or not at all)");
    }
    const PriorityGaps gaps = priority_partners_without_tie(p, on);
    out << "Priority partners without a tie in force\n";
    lines(gaps.certain, "certainly none");
    lines(gaps.possible, "possibly none");
}

std::string amount_text(double amount) {
    char buffer[64];
    if (std::floor(amount) == amount && std::fabs(amount) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", amount);
    else
        std::snprintf(buffer, sizeof buffer, "%.2f", amount);
    return buffer;
}

/// "sister regions, as of 2017 [bulletin]" or "ODA projects, 2003-2010 [ajunews]".
std::string figure_when(const PublishedFigure& f) {
    return f.as_of ? "as of " + f.as_of->to_string()
                   : std::to_string(f.period->first) + "-" + std::to_string(f.period->last);
}

std::string figure_heading(const PublishedFigure& f) {
    std::string text = f.label + ", " + figure_when(f);
    if (f.currency) text += ", " + f.currency->str();
    return text + " [" + f.source + "]";
}

/// The names counted, at most `shown` of them, then how many more.
std::string evidence_text(const std::vector<FigureEvidence>& evidence, bool certain, std::size_t shown) {
    std::string text;
    std::size_t listed = 0;
    std::size_t more = 0;
    for (const FigureEvidence& e : evidence) {
        if (e.certain != certain) continue;
        if (listed == shown) {
            ++more;
            continue;
        }
        text += (listed++ == 0 ? "" : ", ") + e.name;
    }
    if (more != 0) text += " (+" + std::to_string(more) + " more)";
    return text;
}

/// Figures of the same measure and selectors on the same day from sources that give
/// different values: the report shows the disagreement instead of choosing.
std::vector<std::string> disagreements(const PublishedFigures& figures) {
    std::vector<std::string> out;
    const auto same_thing = [](const PublishedFigure& a, const PublishedFigure& b) {
        return a.measure == b.measure && a.kinds == b.kinds && a.government == b.government && a.country == b.country &&
               a.designation == b.designation && a.purpose == b.purpose && a.year == b.year &&
               a.currency == b.currency && a.period == b.period && figure_day(a) == figure_day(b);
    };
    for (std::size_t i = 0; i < figures.figures.size(); ++i)
        for (std::size_t j = i + 1; j < figures.figures.size(); ++j) {
            const PublishedFigure& a = figures.figures[i];
            const PublishedFigure& b = figures.figures[j];
            if (same_thing(a, b) && a.value != b.value)
                out.push_back(a.label + " (" + std::string(to_string(a.measure)) + ", " + figure_when(a) +
                              "): " + amount_text(a.value) + " by [" + a.source + "], " + amount_text(b.value) +
                              " by [" + b.source + "]");
        }
    return out;
}

void published_section(std::ostringstream& out, const Portfolio& p, const PublishedFigures& figures) {
    heading(out, "Published figures compared with the records");
    if (!figures.note.empty()) out << "  Note: " << figures.note << '\n';
    out << "  Sources:\n";
    for (const auto& [key, citation] : figures.sources) out << "    [" << key << "] " << citation << '\n';
    out << "  Each figure is counted on the day it describes (a period: over its years). "
           "\"Explained by\" names the records counted.\n";
    for (const FigureComparison& c : compare_with_published(p, figures)) {
        const PublishedFigure& f = c.figure;
        out << "  " << figure_heading(f) << '\n';
        out << "    " << c.describe() << '\n';
        if (const std::string certain = evidence_text(c.explained_by, true, 12); !certain.empty())
            out << "    explained by: " << certain << '\n';
        if (const std::string possible = evidence_text(c.explained_by, false, 12); !possible.empty())
            out << "    possibly also: " << possible << '\n';
        for (const KnownMissing& m : f.missing)
            out << "    known missing: " << m.name << " [" << m.source << "]: " << m.why << '\n';
        if (!f.note.empty()) out << "    note: " << f.note << '\n';
    }
    const std::vector<std::string> conflicts = disagreements(figures);
    if (conflicts.empty()) return;
    out << "  Sources that disagree (both kept):\n";
    for (const std::string& line : conflicts) out << "    " << line << '\n';
}

std::string tie_count_text(const CertainCount& c) {
    std::string out = std::to_string(c.certain) + (c.certain == 1 ? " tie" : " ties");
    if (c.possible != c.certain) out += " (" + std::to_string(c.possible) + " possibly)";
    return out;
}

/// The home government's ties beside each municipality's, and the municipalities together
/// by country: the roll-up a province publishes ("its cities and counties: 207 ties").
void governments_section(std::ostringstream& out, const Portfolio& p, Day on) {
    if (p.municipalities().empty()) return;
    heading(out, "The home government and its municipalities: ties in force on " + day_text(on));
    struct Totals {
        CertainCount ties;
        std::set<std::string> countries;
    };
    std::map<std::uint32_t, Totals> by_signatory;  // 0: home; index + 1: municipality
    std::map<std::string, CertainCount> municipal_by_country;
    TieFilter every_signatory;
    every_signatory.scope = SignatoryScope::all;
    const InForce in_force = ties_in_force(p, on, every_signatory);  // walked once for both roll-ups
    for (const GovernmentTieRow& row : ties_by_government(p, in_force)) {
        Totals& t = by_signatory[row.signatory ? row.signatory->index() + 1U : 0U];
        t.ties.certain += row.ties.certain;
        t.ties.possible += row.ties.possible;
        t.countries.insert(row.country.str());
        if (!row.signatory) continue;
        CertainCount& c = municipal_by_country[row.country.str()];
        c.certain += row.ties.certain;
        c.possible += row.ties.possible;
    }
    const auto line = [&](const std::string& who, const CertainCount& ties, std::size_t countries) {
        std::string text = "  " + who;
        pad_to(text, 32);
        text += tie_count_text(ties) + ", " + std::to_string(countries) + (countries == 1 ? " country" : " countries");
        out << text << '\n';
    };
    const Totals none;
    const Totals& home = by_signatory.count(0) != 0 ? by_signatory.at(0) : none;
    line(std::string(p.text(p.home().name_en)) + " (itself)", home.ties, home.countries.size());
    const MunicipalTieTotals together = municipal_tie_totals(p, in_force);
    line("its municipalities together", together.ties, together.countries.possible);
    out << "  " << together.municipalities.possible << " of " << p.municipalities().size()
        << " municipalities hold a tie in force; a tie is one partner and one signatory, counted per signatory.\n";
    for (const auto& [order, t] : by_signatory)
        if (order != 0) line("  " + municipality_name(p, MunicipalityId(order - 1U)), t.ties, t.countries.size());
    if (municipal_by_country.empty()) return;
    out << "The municipalities' ties by country\n";
    std::vector<std::pair<std::string, CertainCount>> countries(municipal_by_country.begin(),
                                                                municipal_by_country.end());
    std::stable_sort(countries.begin(), countries.end(),
                     [](const auto& a, const auto& b) { return a.second.possible > b.second.possible; });
    for (const auto& [country, ties] : countries) line(country + " " + country_name(CountryCode(country)), ties, 1);
}

/// What the office did for its own municipalities: the programs serving them, by kind,
/// and each program with the municipalities it reached.
void services_section(std::ostringstream& out, const Portfolio& p) {
    const std::vector<ServiceKindSummary> kinds = services_by_kind(p);
    if (kinds.empty()) return;
    heading(out, "Services to the municipalities");
    for (const ServiceKindSummary& k : kinds) {
        std::string text = "  " + std::string(to_string(k.kind));
        pad_to(text, 32);
        text += std::to_string(k.programs) + (k.programs == 1 ? " program, " : " programs, ") +
                std::to_string(k.municipalities) + (k.municipalities == 1 ? " municipality" : " municipalities") +
                " reached";
        out << text << '\n';
    }
    out << "Programs\n";
    for (const ExchangeProgram& program : p.programs()) {
        if (program.municipalities.empty()) continue;
        std::string text =
            "  " + std::string(p.text(program.title).empty() ? p.text(program.key) : p.text(program.title));
        text += " (" + std::string(to_string(program.kind)) + ", " +
                (program.start ? program.start->to_string() : std::string("undated")) + "): ";
        if (program.municipalities.size() == p.municipalities().size()) {
            text += "all " + std::to_string(program.municipalities.size()) + " municipalities";
        } else {
            std::string names;
            for (const MunicipalityId m : program.municipalities)
                names += (names.empty() ? "" : ", ") + municipality_name(p, m);
            text += names;
        }
        if (!program.partners.empty()) text += "; with foreign partners too";
        out << text << '\n';
    }
}

void expiring_section(std::ostringstream& out, const Portfolio& p, Day on, int months) {
    // A window past 9999-12-31 ends there: the calendar holds no later day.
    const ShiftedDay window_end = add_months(on, months);
    const Day to = window_end.day;
    heading(out, "Agreements expiring from " + day_text(on) + " to " + day_text(to) +
                     (window_end.after_calendar() ? " (the calendar's last day)" : ""));
    const Expiring expiring = expiring_within(p, on, to);
    const auto lines = [&](const std::vector<ExpiringAgreement>& list) {
        if (list.empty()) out << "  (none)\n";
        for (const ExpiringAgreement& e : list) {
            std::string line = "  " + partner_label(p, e.partner) + signatory_suffix(p, e.signatory);
            pad_to(line, 40);
            line += "ends " + e.ends.to_string() + "  " + agreement_text(p, e.agreement);
            if (e.renewed) line += "  [superseded by a successor]";
            out << line << '\n';
        }
    };
    out << "Certainly ending in the window: " << expiring.certain.size() << '\n';
    lines(expiring.certain);
    out << "Possibly ending in the window (end date too coarse to tell): " << expiring.possible.size() << '\n';
    lines(expiring.possible);
}

void dormant_section(std::ostringstream& out, const Portfolio& p, Day on, int years) {
    heading(out, "Dormant ties on " + day_text(on) + " (in force, no exchange in " + std::to_string(years) + " years)");
    const DormantTies dormant = dormant_ties(p, on, years);
    const auto lines = [&](const std::vector<DormantTie>& list) {
        if (list.empty()) out << "  (none)\n";
        for (const DormantTie& d : list) {
            std::string line = "  " + partner_label(p, d.tie.tie.partner) + signatory_suffix(p, d.tie.tie.signatory);
            pad_to(line, 40);
            line += std::string(to_string(d.tie.tier));
            pad_to(line, 62);
            if (d.last_contact)
                line += "latest exchange recorded: " + d.last_contact->to_string();
            else if (d.undated_programs == 0)
                line += "no exchange recorded";
            else
                line += "no dated exchange recorded";
            if (d.undated_programs != 0) line += " (+ " + std::to_string(d.undated_programs) + " undated)";
            out << line << '\n';
        }
    };
    out << "Certainly dormant: " << dormant.certain.size() << '\n';
    lines(dormant.certain);
    out << "Possibly dormant: " << dormant.possible.size() << '\n';
    lines(dormant.possible);
}

void exchanges_section(std::ostringstream& out, const Portfolio& p) {
    heading(out, "Exchanges by country and year");
    // A program counts once for each country among its partners (a multilateral one
    // in several rows), so the rows are not to be summed.
    struct Tally {
        std::size_t programs = 0;
        std::uint64_t headcount = 0;
        std::size_t unknown_headcount = 0;
        std::size_t uncertain = 0;
    };
    // Key: country, undated (after the years), start year.
    std::map<std::tuple<std::string, bool, int>, Tally> rows;
    for (const ExchangeProgram& program : p.programs()) {
        if (is_municipal_service(program)) continue;  // in "Services to the municipalities"
        std::set<std::string> countries;
        for (const PartnerId id : program.partners)
            countries.insert(p.contains(id) ? p.partner(id).country.str() : std::string("??"));
        if (countries.empty()) countries.insert("??");
        for (const std::string& country : countries) {
            Tally& t = rows[{country, !program.start, program.start ? program.start->year() : 0}];
            ++t.programs;
            if (program.headcount)
                t.headcount += *program.headcount;
            else
                ++t.unknown_headcount;
            if (program.provenance.uncertain) ++t.uncertain;
        }
    }
    if (rows.empty()) {
        out << "  (no exchange program)\n";
        return;
    }
    out << "  A multilateral program appears under each of its countries.\n";
    for (const auto& [key, t] : rows) {
        const auto& [country, undated, year] = key;
        std::string line =
            "  " + country + " " + (country == "??" ? std::string("(no partner)") : country_name(CountryCode(country)));
        pad_to(line, 32);
        line += undated ? std::string("undated") : std::to_string(year);
        pad_to(line, 40);
        line += std::to_string(t.programs) + (t.programs == 1 ? " program" : " programs");
        if (t.unknown_headcount == t.programs) {
            line += ", headcount not recorded";
        } else {
            line += ", " + std::to_string(t.headcount) + " people";
            if (t.unknown_headcount != 0) line += " (+ " + std::to_string(t.unknown_headcount) + " without headcount)";
        }
        if (t.uncertain != 0) line += ", " + std::to_string(t.uncertain) + " uncertain";
        out << line << '\n';
    }
}

/// "Regions above the country" for the share of money IATI gives to regions, not countries.
std::string recipient_label(const std::string& country) {
    return country == "ZZ" ? std::string("ZZ (regions above the country, or no country named)")
                           : country + " " + country_name(CountryCode(country));
}

void oda_section(std::ostringstream& out, const Portfolio& p, std::optional<std::size_t> listed_per_country) {
    heading(out, "ODA by country, sector and year");
    if (p.engagements().empty()) {
        out << "  (no ODA engagement)\n";
        return;
    }
    // Engagements listed under each country they give money to (several for an IATI
    // activity in several countries); budgets and flows divided by the same shares.
    std::map<std::string, std::vector<const OdaEngagement*>> by_country;
    std::vector<RecipientShare> shares;
    for (const OdaEngagement& e : p.engagements()) {
        recipient_shares(e, shares);
        if (shares.empty()) shares.push_back(RecipientShare{e.recipient, 100.0});
        std::set<std::string> named;
        for (const RecipientShare& to : shares)
            if (named.insert(to.country.str()).second) by_country[to.country.str()].push_back(&e);
    }
    // Per (recipient, year, currency): the total, then the sectors' parts; amounts of
    // different currencies are never added.
    using YearKey = std::tuple<std::string, int, std::string>;
    std::map<YearKey, double> budgets;
    std::map<YearKey, std::vector<std::pair<std::string, double>>> sectors;
    for (const OdaBudgetRow& row : oda_budget(p)) {
        const YearKey key{row.recipient.str(), row.year, row.currency.str()};
        budgets[key] += row.amount;
        if (row.sector) sectors[key].emplace_back(row.sector->str(), row.amount);
    }
    std::map<std::string, std::vector<OdaFlowRow>> flows;
    for (const OdaFlowRow& row : oda_flows(p)) flows[row.recipient.str()].push_back(row);

    for (const auto& [country, engagements] : by_country) {
        out << "  " << recipient_label(country) << ": " << engagements.size()
            << (engagements.size() == 1 ? " engagement" : " engagements") << '\n';
        const std::size_t listed = std::min(engagements.size(), listed_per_country.value_or(engagements.size()));
        for (std::size_t i = 0; i < listed; ++i) {
            const OdaEngagement* e = engagements[i];
            std::string line = "    " + std::string(p.text(e->title).empty() ? p.text(e->key) : p.text(e->title));
            line += " [" + std::string(to_string(e->status));
            if (const auto& start = e->actual_start ? e->actual_start : e->planned_start)
                line += ", from " + start->to_string();
            if (e->brand_project) line += ", brand project";
            if (e->budgets.empty()) line += ", no budget recorded";
            if (e->provenance.uncertain) line += ", uncertain";
            out << line << "]\n";
        }
        if (listed < engagements.size()) out << "    and " << engagements.size() - listed << " more not listed\n";
        bool any = false;
        for (const auto& [key, amount] : budgets) {
            if (std::get<0>(key) != country) continue;
            any = true;
            out << "    budget " << std::get<1>(key) << ": " << amount_text(amount) << ' ' << std::get<2>(key) << '\n';
            auto parts = sectors[key];
            std::stable_sort(parts.begin(), parts.end(),
                             [](const auto& x, const auto& y) { return x.second > y.second; });
            for (const auto& [sector, part] : parts)
                out << "      sector " << sector << ": " << amount_text(part) << ' ' << std::get<2>(key) << '\n';
        }
        if (!any) out << "    budget: none recorded\n";
        for (const OdaFlowRow& row : flows[country]) {
            out << "    transactions " << row.year << ":";
            const char* sep = " ";
            for (const auto& [label, amount] :
                 {std::pair{"committed", row.committed}, std::pair{"disbursed", row.disbursed},
                  std::pair{"spent", row.expenditure}}) {
                if (amount == 0.0) continue;
                out << sep << label << ' ' << amount_text(amount) << ' ' << row.currency.str();
                sep = ", ";
            }
            out << '\n';
        }
    }
}

/// "3 teams, 20 staff" of a staffing fact's figures; "figures not given" when it has none.
std::string staffing_text(const std::optional<std::uint32_t>& teams, const std::optional<std::uint32_t>& staff) {
    std::string out;
    if (teams) out += std::to_string(*teams) + (*teams == 1 ? " team" : " teams");
    if (staff) out += (out.empty() ? "" : ", ") + std::to_string(*staff) + (*staff == 1 ? " person" : " persons");
    return out.empty() ? "no count given" : out;
}

/// "English name (local name)", or the local name, or the key.
std::string office_name(const Portfolio& p, const Office& o) {
    std::string name(p.text(o.name_en.index() != 0 ? o.name_en : o.name_local.index() != 0 ? o.name_local : o.key));
    if (o.name_en.index() != 0 && o.name_local.index() != 0) name += " (" + std::string(p.text(o.name_local)) + ")";
    return name;
}

/// "4. title" or "title" for an unnumbered goal or task; the local title when there is no English one.
template <class Record>
std::string numbered_title(const Portfolio& p, const Record& r, const std::string& prefix) {
    const std::string_view title = p.text(r.title_en.index() != 0 ? r.title_en : r.title_local);
    std::string out = r.number ? prefix + std::to_string(*r.number) + ". " : std::string();
    out += title.empty() ? "\"" + std::string(p.text(r.key)) + "\"" : std::string(title);
    return out;
}

std::string count_of(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

/// The office: teams and staff on `on` from its dated facts (certain and possible apart),
/// then its policy goals with their tasks and the work serving each. Absent when the
/// portfolio records no office.
void office_section(std::ostringstream& out, const Portfolio& p, Day on) {
    if (p.records<Office>().empty()) return;
    heading(out, "The office");
    const std::vector<GoalWork> work = policy_work(p);
    for (const OfficeOnDay& day : office_on(p, on)) {
        const Office& office = p.at(day.office);
        out << "  " << office_name(p, office);
        if (office.formed_on) out << ", formed " << office.formed_on->to_string();
        if (office.dissolved_on) out << ", dissolved " << office.dissolved_on->to_string();
        out << '\n';
        if (day.exists == Truth::no) out << "    It did not exist on " << day_text(on) << ".\n";
        if (day.fact) {
            const StaffingFact& fact = p.at(*day.fact);
            out << "    On " << day_text(on) << ": " << staffing_text(day.teams, day.staff) << " (as of "
                << fact.as_of->to_string() << ", staffing fact \"" << p.text(fact.key) << "\")\n";
            if (!day.team_names.empty()) {
                out << "      Teams:";
                const char* sep = " ";
                for (const TextId name : day.team_names) {
                    out << sep << p.text(name);
                    sep = "; ";
                }
                out << '\n';
            }
        } else {
            out << "    On " << day_text(on) << ": no staffing fact dated on or before that day\n";
        }
        for (const StaffingFactId id : day.possible_facts) {
            const StaffingFact& fact = p.at(id);
            out << "    Possibly instead (date too coarse to tell): " << staffing_text(fact.teams, fact.staff)
                << " (as of " << fact.as_of->to_string() << ", staffing fact \"" << p.text(fact.key) << "\")\n";
        }
        std::size_t goals = 0;
        for (const GoalWork& goal_work : work) {
            const PolicyGoal& goal = p.at(goal_work.goal);
            if (goal.office != day.office) continue;
            if (goals++ == 0) out << "    Policy goals and tasks (programs and ODA engagements serving each):\n";
            out << "      " << numbered_title(p, goal, "") << '\n';
            if (goal_work.tasks.empty()) out << "        (no task recorded)\n";
            for (const TaskWork& task : goal_work.tasks) {
                const std::string prefix = goal.number ? std::to_string(*goal.number) + "." : std::string();
                out << "        " << numbered_title(p, p.at(task.task), prefix) << ": "
                    << count_of(task.programs.size(), "program", "programs") << ", "
                    << count_of(task.engagements.size(), "ODA engagement", "ODA engagements") << '\n';
            }
        }
        if (goals == 0) out << "    Policy goals: none recorded\n";
    }
}

/// Partner languages without an interpreter on `on`, and the documents still to translate
/// into partners' languages; only for a portfolio that records a pool or documents.
void interpreters_section(std::ostringstream& out, const Portfolio& p, Day on) {
    constexpr std::size_t listed_translations = 5;
    if (p.records<Linguist>().empty() && p.records<Document>().empty()) return;
    heading(out, "Interpreters and partner languages on " + day_text(on));
    std::uint64_t people_in_pool = 0;
    for (const Linguist& l : p.records<Linguist>()) people_in_pool += people(l);
    out << "Pool: " << people_in_pool << " interpreters and translators in " << p.records<Linguist>().size()
        << " records\n";
    const LanguageGaps gaps = languages_without_linguist(p, on);
    const auto lines = [&](const std::vector<LanguageGap>& list) {
        if (list.empty()) out << "  (none)\n";
        for (const LanguageGap& g : list) {
            std::string line = "  " + g.language;
            pad_to(line, 14);
            for (std::size_t i = 0; i < g.partners.size(); ++i)
                line += (i == 0 ? "" : ", ") + partner_label(p, g.partners[i]);
            out << line << '\n';
        }
    };
    out << "Languages of partners with a tie in force, certainly without an interpreter: " << gaps.certain.size()
        << '\n';
    lines(gaps.certain);
    out << "Possibly without an interpreter (partial dates): " << gaps.possible.size() << '\n';
    lines(gaps.possible);
    const std::vector<TranslationNeed> needs = documents_to_translate(p);
    out << "Documents still to translate into a partner's language: " << needs.size() << '\n';
    for (std::size_t i = 0; i < needs.size() && i < listed_translations; ++i) {
        const Document& d = p.at(needs[i].document);
        std::string line = "  \"" + std::string(p.text(d.key)) + "\"";
        if (!p.text(d.title).empty()) line += " " + std::string(p.text(d.title));
        line += " -> " + needs[i].language;
        if (needs[i].draft) line += " (draft \"" + std::string(p.text(p.at(*needs[i].draft).key)) + "\")";
        out << line << '\n';
    }
    if (needs.size() > listed_translations) out << "  ... and " << needs.size() - listed_translations << " more\n";
}

/// Money lines per year, planned then spent, one total per currency; then each envelope
/// with what is planned and spent under it, sub-envelopes indented under their parent.
void money_section(std::ostringstream& out, const Portfolio& p) {
    heading(out, "Money by year");
    const auto envelopes = p.records<Envelope>();
    if (p.records<MoneyLine>().empty() && envelopes.empty()) {
        out << "  (no money line or envelope)\n";
        return;
    }
    std::map<std::pair<int, MoneyStage>, std::vector<const MoneyTotalRow*>> by_year;
    const std::vector<MoneyTotalRow> totals = money_totals(p, MoneyGrouping::year);
    for (const MoneyTotalRow& row : totals) by_year[{row.year, row.stage}].push_back(&row);
    for (const auto& [key, rows] : by_year) {
        out << "  " << key.first << (key.second == MoneyStage::planned ? " planned:" : " spent:");
        const char* sep = " ";
        for (const MoneyTotalRow* row : rows) {
            out << sep << amount_text(row->amount) << ' ' << row->currency.str() << " (" << row->lines
                << (row->lines == 1 ? " line)" : " lines)");
            sep = "; ";
        }
        out << '\n';
    }
    std::size_t no_currency = 0;
    for (const MoneyLine& l : p.records<MoneyLine>()) no_currency += l.currency ? 0 : 1;
    if (no_currency != 0)
        out << "  " << no_currency << (no_currency == 1 ? " line" : " lines") << " without a currency, not counted\n";
    if (envelopes.empty()) return;
    out << "  Envelopes:\n";
    const std::vector<EnvelopeUseRow> use = envelope_use(p);
    // Depth of each envelope below a top envelope, following usable parents only.
    const auto depth = [&](const EnvelopeUseRow& row) {
        std::size_t d = 0;
        for (auto up = row.parent; up && p.contains(*up) && d < envelopes.size(); up = p.at(*up).parent) ++d;
        return d;
    };
    // Children right after their parent: walk from the top envelopes down.
    std::vector<const EnvelopeUseRow*> order;
    const auto add_below = [&](const auto& self, std::optional<EnvelopeId> parent, std::size_t level) -> void {
        if (level > envelopes.size()) return;  // a loop of parents
        for (const EnvelopeUseRow& row : use) {
            const bool top = !row.parent || !p.contains(*row.parent);
            if (parent ? (row.parent == parent && !top) : top) {
                order.push_back(&row);
                self(self, row.envelope, level + 1);
            }
        }
    };
    add_below(add_below, std::nullopt, 0);
    for (const EnvelopeUseRow& row : use)  // envelopes on a loop of parents, not reached from a top one
        if (std::find(order.begin(), order.end(), &row) == order.end()) order.push_back(&row);
    for (const EnvelopeUseRow* row : order) {
        const Envelope& e = p.at(row->envelope);
        const std::string currency = row->currency ? " " + row->currency->str() : std::string(" (no currency)");
        const std::string purpose(p.text(e.purpose));
        out << std::string(4 + 2 * std::min<std::size_t>(depth(*row), 8), ' ') << row->year << ' '
            << (purpose.empty() ? std::string(p.text(e.key)) : purpose) << " (" << p.text(e.key)
            << "): " << amount_text(row->amount) << currency << "; planned " << amount_text(row->planned) << ", spent "
            << amount_text(row->actual) << ", " << amount_text(row->remaining()) << " left";
        if (row->sub_envelopes != 0.0) out << "; of which " << amount_text(row->sub_envelopes) << " in sub-envelopes";
        if (row->uncounted_lines != 0)
            out << "; " << row->uncounted_lines << (row->uncounted_lines == 1 ? " line" : " lines")
                << " in another currency or none not counted";
        out << '\n';
    }
}

void validation_section(std::ostringstream& out, const Portfolio& p, Day today) {
    heading(out, "Validation findings");
    ValidationOptions options;
    options.today = today;
    const ValidationReport findings = validate(p, options);
    out << "  " << findings.count(Severity::error) << " errors, " << findings.count(Severity::warning) << " warnings, "
        << findings.count(Severity::info) << " notes\n";
    for (const Finding& f : findings.findings()) out << "  " << to_string(f) << '\n';
}

}  // namespace

std::string render_report(const Portfolio& portfolio, const ReportOptions& options) {
    if (options.dormant_years < 0)
        throw InvalidValue("report: dormant_years is " + std::to_string(options.dormant_years) +
                           "; it must be 0 or more");
    if (options.expiring_months < 0)
        throw InvalidValue("report: expiring_months is " + std::to_string(options.expiring_months) +
                           "; it must be 0 or more");
    const Day today = options.today.value_or(boost::gregorian::day_clock::local_day());
    const Day on = options.on.value_or(today);
    const Portfolio& p = portfolio;

    std::ostringstream out;
    const HomeGovernment& home = p.home();
    std::string title = "Portfolio report: " + std::string(p.text(home.name_en));
    if (!p.text(home.name_local).empty()) title += " (" + std::string(p.text(home.name_local)) + ")";
    title += " " + home.code.str();
    out << title << '\n' << std::string(std::min<std::size_t>(title.size(), 78), '=') << '\n';
    out << "Today: " << day_text(today) << "; chosen date: " << day_text(on) << '\n';
    out << "Records: " << p.partners().size() << " partners, " << p.agreements().size() << " agreements, "
        << p.programs().size() << " exchange programs, " << p.engagements().size() << " ODA engagements";
    std::size_t uncertain = 0;
    for (const auto& r : p.partners()) uncertain += r.provenance.uncertain;
    for (const auto& r : p.agreements()) uncertain += r.provenance.uncertain;
    for (const auto& r : p.programs()) uncertain += r.provenance.uncertain;
    for (const auto& r : p.engagements()) uncertain += r.provenance.uncertain;
    out << " (" << uncertain << " flagged uncertain)\n";
    out << "Only the home government's own ties are counted, except where a section names the municipalities; "
           "partial dates give \"possible\" answers.\n";

    in_force_section(out, p, today, "today");
    if (on != today) in_force_section(out, p, on, "on the chosen date");
    coverage_section(out, p, on);
    designations_section(out, p, on);
    governments_section(out, p, on);
    if (options.published) published_section(out, p, *options.published);
    expiring_section(out, p, on, options.expiring_months);
    dormant_section(out, p, on, options.dormant_years);
    exchanges_section(out, p);
    services_section(out, p);
    oda_section(out, p, options.engagements_per_country);
    office_section(out, p, on);
    interpreters_section(out, p, on);
    money_section(out, p);
    if (options.include_validation) validation_section(out, p, today);
    return out.str();
}

}  // namespace paradiplomacy::report
