// SPDX-License-Identifier: Apache-2.0
// Rules on money beyond the ODA engagements' IATI figures: money lines and envelopes
// name a known currency and a year, amounts that cannot be negative are not, a line has
// one subject, references resolve, and envelopes nest within a parent of the same year
// and currency without exceeding it or looping.

#include "link_loops.hpp"
#include "rule_run.hpp"

#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/values/money.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy::detail {
namespace {

std::span<const Envelope> envelopes(const RuleRun& run) { return run.portfolio.records<Envelope>(); }
std::span<const MoneyLine> lines(const RuleRun& run) { return run.portfolio.records<MoneyLine>(); }

template <class Record>
void currency_missing(const RuleRun& run) {
    for (const Record& r : run.portfolio.records<Record>())
        if (!r.currency)
            run.report(run.ref(r), "currency",
                       "the amount " + amount_text(r.amount) +
                           " names no currency: give its ISO 4217 code (KRW, USD); amounts are never assumed "
                           "to be in the home currency");
}

template <class Record>
void currency_unknown(const RuleRun& run) {
    for (const Record& r : run.portfolio.records<Record>())
        if (r.currency && reference::currency_status(*r.currency) != reference::CodeStatus::current)
            run.report(run.ref(r), "currency",
                       "currency " + r.currency->str() + " is not an ISO 4217 code in use: use e.g. KRW or USD");
}

template <class Record>
void year_missing(const RuleRun& run) {
    for (const Record& r : run.portfolio.records<Record>())
        if (r.year == 0) run.report(run.ref(r), "year", "no year is given: give the budget year the money belongs to");
}

void line_amount_negative(const RuleRun& run) {
    for (const MoneyLine& l : lines(run))
        if (l.stage == MoneyStage::planned && l.amount < 0)
            run.report(run.ref(l), "amount",
                       "a planned amount is negative (" + amount_text(l.amount) +
                           "): a budget is not negative; record a refund as an actual line");
}

void envelope_amount_negative(const RuleRun& run) {
    for (const Envelope& e : envelopes(run))
        if (e.amount < 0)
            run.report(run.ref(e), "amount",
                       "the envelope's amount is negative (" + amount_text(e.amount) + "): money set aside is not");
}

int subjects(const MoneyLine& l) {
    return static_cast<int>(l.agreement.has_value()) + static_cast<int>(l.program.has_value()) +
           static_cast<int>(l.engagement.has_value());
}

void subject_none(const RuleRun& run) {
    for (const MoneyLine& l : lines(run))
        if (subjects(l) == 0 && !l.envelope)
            run.report(run.ref(l), "",
                       "the line is about nothing: name the agreement, program or ODA engagement it is for, or "
                       "the envelope whose own money it is");
}

void subject_several(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) {
        if (subjects(l) < 2) continue;
        std::string named;
        for (const auto& [given, what] :
             {std::pair{l.agreement.has_value(), "agreement"}, std::pair{l.program.has_value(), "program"},
              std::pair{l.engagement.has_value(), "engagement"}})
            if (given) named += (named.empty() ? "" : ", ") + std::string(what);
        run.report(run.ref(l), "",
                   "the line names several subjects (" + named +
                       "): a line is for one of them; split the money into one line each");
    }
}

/// The year a line's period certainly lies outside of: the period certainly ends before
/// the year starts or certainly starts after it ends.
void period_outside_year(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) {
        if (!l.period || l.year == 0) continue;
        const int year = l.year;
        const bool before = l.period->end() && static_cast<int>(l.period->end()->latest().year()) < year;
        const bool after = static_cast<int>(l.period->start().earliest().year()) > year;
        if (before || after)
            run.report(run.ref(l), "period",
                       "the period lies outside the year " + std::to_string(l.year) +
                           ": a line holds the money of one budget year; correct the year or the period");
    }
}

template <class Tag>
void check_reference(const RuleRun& run, const MoneyLine& l, const std::optional<Id<Tag>>& id, std::string_view field) {
    if (!id || run.portfolio.contains(*id)) return;
    const std::string_view what = Description<record_of_t<Tag>>::name;
    run.report(run.ref(l), std::string(field),
               std::string(what) + " #" + std::to_string(id->index()) +
                   " is not in this portfolio: add it or correct the reference");
}
void ref_agreement(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) check_reference(run, l, l.agreement, "agreement");
}
void ref_program(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) check_reference(run, l, l.program, "program");
}
void ref_engagement(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) check_reference(run, l, l.engagement, "engagement");
}
void ref_envelope(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) check_reference(run, l, l.envelope, "envelope");
}
void ref_parent(const RuleRun& run) {
    for (const Envelope& e : envelopes(run))
        if (e.parent && !run.portfolio.contains(*e.parent))
            run.report(run.ref(e), "parent",
                       "envelope #" + std::to_string(e.parent->index()) +
                           " is not in this portfolio: add the parent envelope or correct the reference");
}

/// The parent of `e`, or null when it has none or names one not in the portfolio.
const Envelope* parent_of(const RuleRun& run, const Envelope& e) {
    if (!e.parent || !run.portfolio.contains(*e.parent)) return nullptr;
    return &run.portfolio.at(*e.parent);
}

/// The loops of parent links, each as the envelopes on it from the one the walk came back to.
std::vector<std::vector<std::uint32_t>> parent_loops(const RuleRun& run) {
    const auto table = envelopes(run);
    return link_loops(table.size(), [&](std::uint32_t i) -> std::optional<std::uint32_t> {
        const Envelope* up = parent_of(run, table[i]);
        if (!up) return std::nullopt;
        return up->id.index();
    });
}

void parent_cycle(const RuleRun& run) {
    const auto table = envelopes(run);
    for (const auto& loop : parent_loops(run))
        run.report(run.ref(table[loop.front()]), "parent",
                   "parent envelopes form a loop (" + loop_text(run, "envelope", table, loop) +
                       "): an envelope cannot be part of itself; remove one link");
}

void parent_currency(const RuleRun& run) {
    for (const Envelope& e : envelopes(run)) {
        const Envelope* up = parent_of(run, e);
        if (!up || !e.currency || !up->currency || *e.currency == *up->currency) continue;
        run.report(run.ref(e), "currency",
                   "the envelope is in " + e.currency->str() + " but its parent " +
                       run.name("envelope", up->key, up->id.index()) + " is in " + up->currency->str() +
                       ": a part of an envelope is in the envelope's currency; amounts are never converted");
    }
}

void parent_year(const RuleRun& run) {
    for (const Envelope& e : envelopes(run)) {
        const Envelope* up = parent_of(run, e);
        if (!up || e.year == 0 || up->year == 0 || e.year == up->year) continue;
        run.report(run.ref(e), "year",
                   "the envelope is of " + std::to_string(e.year) + " but its parent " +
                       run.name("envelope", up->key, up->id.index()) + " is of " + std::to_string(up->year) +
                       ": a part of an envelope belongs to the envelope's year");
    }
}

/// Sub-envelopes in their parent's currency sum to no more than the parent. Sums are
/// compared with a tolerance of a millionth of a unit, so that decimal amounts that add up
/// exactly on paper are not reported for the rounding of binary fractions.
void parts_exceed_parent(const RuleRun& run) {
    const auto table = envelopes(run);
    std::vector<double> parts(table.size(), 0.0);
    std::vector<std::uint32_t> count(table.size(), 0);
    std::vector<char> looped(table.size(), 0);  // a link on a loop is no part of anything (parent.cycle)
    for (const auto& loop : parent_loops(run))
        for (const std::uint32_t j : loop) looped[j] = 1;
    for (const Envelope& e : table) {
        const Envelope* up = parent_of(run, e);
        if (!up || looped[e.id.index()] || !e.currency || e.currency != up->currency) continue;
        parts[up->id.index()] += e.amount;
        ++count[up->id.index()];
    }
    for (const Envelope& e : table) {
        const std::uint32_t i = e.id.index();
        if (count[i] == 0 || parts[i] <= e.amount + 1e-6) continue;
        run.report(run.ref(e), "amount",
                   "its " + std::to_string(count[i]) + " sub-envelopes in " + e.currency->str() + " add up to " +
                       amount_text(parts[i]) + ", more than the envelope's " + amount_text(e.amount) +
                       ": correct an amount, or move a sub-envelope under another parent");
    }
}

/// A line charged to an envelope is in the envelope's currency and year, else the
/// envelope's use cannot count it (without rates) or counts money of another year.
void line_envelope_currency(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) {
        if (!l.envelope || !run.portfolio.contains(*l.envelope) || !l.currency) continue;
        const Envelope& e = run.portfolio.at(*l.envelope);
        if (!e.currency || *e.currency == *l.currency) continue;
        run.report(run.ref(l), "currency",
                   "the line is in " + l.currency->str() + " but its envelope " +
                       run.name("envelope", e.key, e.id.index()) + " is in " + e.currency->str() +
                       ": the envelope's use counts it only when rates are given");
    }
}
void line_envelope_year(const RuleRun& run) {
    for (const MoneyLine& l : lines(run)) {
        if (!l.envelope || !run.portfolio.contains(*l.envelope) || l.year == 0) continue;
        const Envelope& e = run.portfolio.at(*l.envelope);
        if (e.year == 0 || e.year == l.year) continue;
        run.report(run.ref(l), "year",
                   "the line is of " + std::to_string(l.year) + " but its envelope " +
                       run.name("envelope", e.key, e.id.index()) + " is of " + std::to_string(e.year) +
                       ": charge it to that year's envelope, or correct the year");
    }
}

constexpr std::array entries{
    RuleEntry{{"money.currency.missing", Severity::error, EntityKind::money_line,
               "A money line names the currency of its amount."},
              currency_missing<MoneyLine>},
    RuleEntry{{"money.currency.unknown", Severity::error, EntityKind::money_line,
               "A money line's currency is an ISO 4217 code in use."},
              currency_unknown<MoneyLine>},
    RuleEntry{{"money.year.missing", Severity::error, EntityKind::money_line, "A money line gives its budget year."},
              year_missing<MoneyLine>},
    RuleEntry{{"money.amount.negative", Severity::error, EntityKind::money_line,
               "A planned amount is not negative (an actual one may be: a refund)."},
              line_amount_negative},
    RuleEntry{{"money.subject.none", Severity::error, EntityKind::money_line,
               "A money line is for an agreement, a program, an ODA engagement or, alone, an envelope."},
              subject_none},
    RuleEntry{{"money.subject.several", Severity::error, EntityKind::money_line,
               "A money line is for at most one of agreement, program and ODA engagement."},
              subject_several},
    RuleEntry{{"money.period.outside_year", Severity::warning, EntityKind::money_line,
               "A money line's period, when given, is not certainly outside its year."},
              period_outside_year},
    RuleEntry{{"money.envelope.currency", Severity::warning, EntityKind::money_line,
               "A money line charged to an envelope is in the envelope's currency."},
              line_envelope_currency},
    RuleEntry{{"money.envelope.year", Severity::warning, EntityKind::money_line,
               "A money line charged to an envelope is of the envelope's year."},
              line_envelope_year},
    RuleEntry{{"ref.money.agreement", Severity::error, EntityKind::money_line,
               "The agreement of a money line is in the portfolio."},
              ref_agreement},
    RuleEntry{{"ref.money.program", Severity::error, EntityKind::money_line,
               "The program of a money line is in the portfolio."},
              ref_program},
    RuleEntry{{"ref.money.engagement", Severity::error, EntityKind::money_line,
               "The ODA engagement of a money line is in the portfolio."},
              ref_engagement},
    RuleEntry{{"ref.money.envelope", Severity::error, EntityKind::money_line,
               "The envelope of a money line is in the portfolio."},
              ref_envelope},
    RuleEntry{{"envelope.currency.missing", Severity::error, EntityKind::envelope,
               "An envelope names the currency of its amount."},
              currency_missing<Envelope>},
    RuleEntry{{"envelope.currency.unknown", Severity::error, EntityKind::envelope,
               "An envelope's currency is an ISO 4217 code in use."},
              currency_unknown<Envelope>},
    RuleEntry{{"envelope.year.missing", Severity::error, EntityKind::envelope, "An envelope gives its budget year."},
              year_missing<Envelope>},
    RuleEntry{
        {"envelope.amount.negative", Severity::error, EntityKind::envelope, "An envelope's amount is not negative."},
        envelope_amount_negative},
    RuleEntry{{"ref.envelope.parent", Severity::error, EntityKind::envelope,
               "An envelope's parent envelope is in the portfolio."},
              ref_parent},
    RuleEntry{{"envelope.parent.cycle", Severity::error, EntityKind::envelope,
               "Parent links never loop back to an envelope."},
              parent_cycle},
    RuleEntry{{"envelope.parent.currency", Severity::error, EntityKind::envelope,
               "A sub-envelope is in its parent's currency."},
              parent_currency},
    RuleEntry{
        {"envelope.parent.year", Severity::error, EntityKind::envelope, "A sub-envelope is of its parent's year."},
        parent_year},
    RuleEntry{{"envelope.parts.exceed", Severity::error, EntityKind::envelope,
               "The sub-envelopes in an envelope's currency add up to no more than the envelope."},
              parts_exceed_parent},
};

}  // namespace

std::span<const RuleEntry> money_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
