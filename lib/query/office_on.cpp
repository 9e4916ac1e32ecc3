// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/office_on.hpp>

#include <algorithm>
#include <tuple>
#include <vector>

namespace paradiplomacy {
namespace {

bool same_figures(const StaffingFact& a, const StaffingFact& b) {
    return a.teams == b.teams && a.staff == b.staff && a.team_names == b.team_names;
}

/// Orders facts by their last possible day, then the finer date later ("2017" before
/// "2017-12-31", which it may equal), then by ID: the last is the one that holds.
bool held_before(const StaffingFact& a, const StaffingFact& b) {
    return std::tuple(a.as_of->latest(), a.as_of->precision(), a.id.index()) <
           std::tuple(b.as_of->latest(), b.as_of->precision(), b.id.index());
}

}  // namespace

OfficeOnDay office_on(const Portfolio& portfolio, OfficeId office_id, Day on) {
    const Office& office = portfolio.at(office_id);  // throws NotFound
    OfficeOnDay out;
    out.office = office_id;
    const Truth formed = office.formed_on ? office.formed_on->on_or_before(on) : Truth::unknown;
    const Truth dissolved = office.dissolved_on ? office.dissolved_on->on_or_before(on) : Truth::no;
    out.exists = formed && !dissolved;

    std::vector<const StaffingFact*> facts;
    for (const StaffingFact& f : portfolio.records<StaffingFact>())
        if (f.office == office_id && f.as_of && f.as_of->earliest() <= on) facts.push_back(&f);

    const StaffingFact* held = nullptr;  // the latest fact certainly dated on or before `on`
    for (const StaffingFact* f : facts)
        if (f->as_of->latest() <= on && (!held || held_before(*held, *f))) held = f;
    if (held) {
        out.fact = held->id;
        out.teams = held->teams;
        out.staff = held->staff;
        out.team_names = held->team_names;
    }
    for (const StaffingFact* f : facts) {
        if (f == held) continue;
        // Dated possibly after the day, or possibly after the fact that holds.
        const bool may_be_later = f->as_of->latest() > on || !held || f->as_of->latest() > held->as_of->earliest();
        if (may_be_later && (!held || !same_figures(*f, *held))) out.possible_facts.push_back(f->id);
    }
    std::ranges::sort(out.possible_facts, {}, [](StaffingFactId id) { return id.index(); });
    return out;
}

std::vector<OfficeOnDay> office_on(const Portfolio& portfolio, Day on) {
    std::vector<OfficeOnDay> out;
    out.reserve(portfolio.records<Office>().size());
    for (const Office& office : portfolio.records<Office>()) out.push_back(office_on(portfolio, office.id, on));
    return out;
}

}  // namespace paradiplomacy
