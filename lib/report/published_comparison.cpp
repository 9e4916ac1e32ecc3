// SPDX-License-Identifier: Apache-2.0
#include "labels.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/designations.hpp>
#include <paradiplomacy/query/linguist_coverage.hpp>
#include <paradiplomacy/query/office_on.hpp>
#include <paradiplomacy/query/recipient_shares.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/report/published_comparison.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace paradiplomacy::report {
namespace {

/// What is counted: each item (by its identity, a partner or a country) once, in the
/// certain part when any of its reasons is certain, shown by its name.
class Tally {
public:
    void add(const std::string& identity, std::string name, bool certain) {
        const auto [it, inserted] = index_.emplace(identity, items_.size());
        if (inserted)
            items_.push_back({std::move(name), certain});
        else if (certain)
            items_[it->second].certain = true;
    }

    void into(FigureComparison& out) const {
        for (const bool certain_part : {true, false})
            for (const FigureEvidence& item : items_)
                if (item.certain == certain_part) out.explained_by.push_back(item);
        out.recorded.possible = items_.size();
        out.recorded.certain = static_cast<std::size_t>(
            std::count_if(items_.begin(), items_.end(), [](const FigureEvidence& item) { return item.certain; }));
    }

private:
    std::map<std::string, std::size_t> index_;
    std::vector<FigureEvidence> items_;  // in the order first counted
};

std::string country_identity(CountryCode code) { return code.str(); }
std::string country_text(CountryCode code) { return detail::country_name(code) + " (" + code.str() + ")"; }

bool has_kind(const std::vector<AgreementKind>& kinds, AgreementKind kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

/// Whether a tie in force counts for `kinds` (empty: every tier), certainly or possibly.
struct Match {
    bool certain = false;
    bool possible = false;
};

Match tier_match(const TieStatus& t, bool certainly_active, const std::vector<AgreementKind>& kinds) {
    if (kinds.empty()) return {certainly_active, true};
    const bool certain = certainly_active && t.certain_tier && *t.certain_tier == t.tier && has_kind(kinds, t.tier);
    const bool possible = has_kind(kinds, t.tier) || (t.certain_tier && has_kind(kinds, *t.certain_tier));
    return {certain, possible};
}

void count_ties(const Portfolio& p, const PublishedFigure& f, Day on, FigureComparison& out) {
    TieFilter filter;
    filter.country = f.country;
    if (f.government == home_government) {
        filter.scope = SignatoryScope::home_only;
    } else if (f.government == all_municipalities) {
        filter.scope = SignatoryScope::municipalities;
    } else if (f.government == home_and_municipalities) {
        filter.scope = SignatoryScope::all;
    } else {
        const auto municipality = p.find_municipality(f.government);
        if (!municipality) {
            out.problem = "no municipality record has the id \"" + f.government + "\"";
            return;
        }
        filter.municipality = *municipality;
    }
    const InForce ties = ties_in_force(p, on, filter);
    Tally tally;
    for (const bool certainly_active : {true, false})
        for (const TieStatus& t : certainly_active ? ties.certain : ties.possible) {
            const Match match = tier_match(t, certainly_active, f.kinds);
            if (!match.possible || !p.contains(t.tie.partner)) continue;
            const Partner& partner = p.partner(t.tie.partner);
            const std::string partner_identity = std::to_string(partner.id.index());
            switch (f.measure) {
                case FigureMeasure::partner_countries:
                    tally.add(country_identity(partner.country), country_text(partner.country), match.certain);
                    break;
                case FigureMeasure::partner_regions:
                    if (partner.level == PartnerLevel::region)
                        tally.add(partner_identity, detail::partner_label(p, partner.id), match.certain);
                    break;
                case FigureMeasure::partners:
                    tally.add(partner_identity, detail::partner_label(p, partner.id), match.certain);
                    break;
                default:
                    tally.add(partner_identity + "/" +
                                  (t.tie.signatory ? std::to_string(t.tie.signatory->index()) : std::string("home")),
                              detail::partner_label(p, partner.id) + detail::signatory_suffix(p, t.tie.signatory),
                              match.certain);
                    break;
            }
        }
    tally.into(out);
}

void count_designated(const Portfolio& p, const PublishedFigure& f, Day on, FigureComparison& out) {
    const std::vector<Truth> designated = designation_states(p, *f.designation, on);
    // Strategic ODA is a designation of a country, whatever level the partner record
    // naming it has (Primorsky Krai for Russia); priority is of the partner itself.
    const bool per_country = *f.designation == DesignationKind::strategic_oda;
    Tally tally;
    for (const Partner& partner : p.partners()) {
        const Truth state = designated[partner.id.index()];
        if (state == Truth::no) continue;
        const bool certain = state == Truth::yes;
        if (f.measure == FigureMeasure::designated_countries) {
            if (partner.level == PartnerLevel::country || per_country)
                tally.add(country_identity(partner.country), country_text(partner.country), certain);
        } else if (partner.level == PartnerLevel::region) {
            tally.add(std::to_string(partner.id.index()), detail::partner_label(p, partner.id), certain);
        }
    }
    tally.into(out);
}

void count_linguists(const Portfolio& p, Day on, FigureComparison& out) {
    for (const Linguist& l : p.records<Linguist>()) {
        const Truth available = linguist_available(l, on);
        if (available == Truth::no) continue;
        const std::uint32_t people = paradiplomacy::people(l);
        if (available == Truth::yes) out.recorded.certain += people;
        out.recorded.possible += people;
        std::string name(p.text(l.name).empty() ? p.text(l.key) : p.text(l.name));
        if (l.count) name += " (" + std::to_string(*l.count) + " people)";
        out.explained_by.push_back({std::move(name), available == Truth::yes});
    }
    std::stable_partition(out.explained_by.begin(), out.explained_by.end(),
                          [](const FigureEvidence& e) { return e.certain; });
}

void count_staffing(const Portfolio& p, const PublishedFigure& f, Day on, FigureComparison& out) {
    const bool teams = f.measure == FigureMeasure::teams;
    const auto figure_of = [&](StaffingFactId id) -> std::optional<std::uint32_t> {
        const StaffingFact& fact = p.at(id);
        return teams ? fact.teams : fact.staff;
    };
    for (const OfficeOnDay& office : office_on(p, on)) {
        std::optional<std::uint32_t> value = office.fact ? figure_of(*office.fact) : std::nullopt;
        // A fact that may hold instead can only raise the upper bound.
        std::uint32_t most = value.value_or(0);
        for (const StaffingFactId other : office.possible_facts) most = std::max(most, figure_of(other).value_or(0));
        if (value && office.certain()) out.recorded.certain += *value;
        out.recorded.possible += most;
        if (office.fact && value)
            out.explained_by.push_back({std::string(p.text(p.at(*office.fact).key)), office.certain()});
        for (const StaffingFactId other : office.possible_facts)
            if (figure_of(other)) out.explained_by.push_back({std::string(p.text(p.at(other).key)), false});
    }
}

template <class Record>
void count_records(const Portfolio& p, FigureComparison& out) {
    for (const Record& r : p.records<Record>()) {
        const std::string_view title = p.text(r.title_en).empty() ? p.text(r.key) : p.text(r.title_en);
        out.explained_by.push_back({std::string(title), true});
    }
    out.recorded.certain = out.recorded.possible = out.explained_by.size();
}

bool same_purpose(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::size_t whole_units(double amount) { return static_cast<std::size_t>(std::llround(std::max(amount, 0.0))); }

void count_envelopes(const Portfolio& p, const PublishedFigure& f, FigureComparison& out) {
    double total = 0;
    for (const Envelope& e : p.records<Envelope>()) {
        if (e.year != *f.year || e.currency != f.currency || !same_purpose(p.text(e.purpose), f.purpose)) continue;
        total += e.amount;
        out.explained_by.push_back({std::string(p.text(e.key)), true});
    }
    out.recorded.certain = out.recorded.possible = whole_units(total);
}

/// Whether an engagement ran at some time from `from` to `to`: certainly when it started
/// in the span, or started before it and ended in or after it; possibly when a date is
/// too coarse or missing. Cancelled engagements never ran.
Truth ran_in(const OdaEngagement& e, Day from, Day to) {
    if (e.status == OdaStatus::cancelled) return Truth::no;
    const std::optional<PartialDate>& start = e.actual_start ? e.actual_start : e.planned_start;
    const std::optional<PartialDate>& end = e.actual_end ? e.actual_end : e.planned_end;
    if (start && start->earliest() > to) return Truth::no;
    if (end && end->latest() < from) return Truth::no;
    if (!start) return Truth::unknown;
    const bool started_by_end = start->latest() <= to;
    const bool started_within = start->earliest() >= from;
    const bool lasted_into = end && end->earliest() >= from;
    return started_by_end && (started_within || lasted_into) ? Truth::yes : Truth::unknown;
}

void count_oda(const Portfolio& p, const PublishedFigure& f, FigureComparison& out) {
    const Day from = PartialDate::of_year(f.period->first).earliest();
    const Day to = PartialDate::of_year(f.period->last).latest();
    Tally tally;
    double certain_amount = 0;
    double possible_amount = 0;
    std::vector<RecipientShare> shares;
    for (const OdaEngagement& e : p.engagements()) {
        const Truth ran = ran_in(e, from, to);
        if (ran == Truth::no) continue;
        const bool certain = ran == Truth::yes;
        const std::string title(p.text(e.title).empty() ? p.text(e.key) : p.text(e.title));
        switch (f.measure) {
            case FigureMeasure::oda_engagements: tally.add(std::to_string(e.id.index()), title, certain); break;
            case FigureMeasure::oda_countries:
                recipient_shares(e, shares);
                for (const RecipientShare& share : shares)
                    if (share.country != CountryCode("ZZ"))
                        tally.add(country_identity(share.country), country_text(share.country), certain);
                break;
            default: {
                bool counted = false;
                for (const Budget& b : e.budgets) {
                    if (b.value.currency() != *f.currency) continue;
                    const Period& period = b.period;
                    const Day starts = period.start().earliest();
                    const Day ends = period.end() ? period.end()->latest() : period.start().latest();
                    if (ends < from || starts > to) continue;
                    possible_amount += b.value.amount();
                    if (certain && starts >= from && ends <= to) certain_amount += b.value.amount();
                    counted = true;
                }
                if (counted) out.explained_by.push_back({title, certain});
                break;
            }
        }
    }
    if (f.measure == FigureMeasure::oda_amount) {
        out.recorded = {whole_units(certain_amount), whole_units(possible_amount)};
        std::stable_partition(out.explained_by.begin(), out.explained_by.end(),
                              [](const FigureEvidence& e) { return e.certain; });
    } else {
        tally.into(out);
    }
}

}  // namespace

std::size_t FigureComparison::published() const noexcept { return whole_units(figure.value); }

std::string FigureComparison::describe() const {
    if (!problem.empty()) return "cannot be counted: " + problem;
    const std::size_t value = published();
    std::string out = std::to_string(recorded.certain) + " certain";
    if (recorded.possible != recorded.certain) out += ", " + std::to_string(recorded.possible) + " possible";
    out += " vs " + std::to_string(value) + " published: ";
    if (recorded.possible < value) {
        const std::size_t least = value - recorded.possible;
        const std::size_t most = value - std::min(recorded.certain, value);
        out += (least == most ? std::to_string(least) : std::to_string(least) + " to " + std::to_string(most)) +
               " not found in the records";
    } else if (recorded.certain > value) {
        out += std::to_string(recorded.certain - value) + " more in the records than published";
    } else if (recorded.certain == value && recorded.possible == value) {
        out += "matches";
    } else {
        out += "the published figure is within the records' range";
    }
    return out;
}

std::vector<FigureComparison> compare_with_published(const Portfolio& portfolio, const PublishedFigures& figures,
                                                     std::optional<Day> on) {
    std::vector<FigureComparison> out;
    out.reserve(figures.figures.size());
    for (const PublishedFigure& f : figures.figures) {
        FigureComparison c{f, on && !is_over_period(f.measure) ? *on : figure_day(f), {}, {}, {}};
        switch (f.measure) {
            case FigureMeasure::partner_countries:
            case FigureMeasure::partner_regions:
            case FigureMeasure::partners:
            case FigureMeasure::ties: count_ties(portfolio, f, c.on, c); break;
            case FigureMeasure::designated_countries:
            case FigureMeasure::designated_regions: count_designated(portfolio, f, c.on, c); break;
            case FigureMeasure::linguists: count_linguists(portfolio, c.on, c); break;
            case FigureMeasure::teams:
            case FigureMeasure::staff: count_staffing(portfolio, f, c.on, c); break;
            case FigureMeasure::policy_goals: count_records<PolicyGoal>(portfolio, c); break;
            case FigureMeasure::policy_tasks: count_records<PolicyTask>(portfolio, c); break;
            case FigureMeasure::envelope: count_envelopes(portfolio, f, c); break;
            case FigureMeasure::oda_engagements:
            case FigureMeasure::oda_countries:
            case FigureMeasure::oda_amount: count_oda(portfolio, f, c); break;
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace paradiplomacy::report
