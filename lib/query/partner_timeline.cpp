// SPDX-License-Identifier: Apache-2.0
#include "portfolio_index.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/partner_timeline.hpp>

#include <algorithm>

namespace paradiplomacy {

std::vector<TimelineEvent> partner_timeline(const Portfolio& portfolio, PartnerId partner) {
    (void)portfolio.partner(partner);  // throws NotFound
    const auto index = portfolio.index();
    std::vector<TimelineEvent> events;
    const auto add = [&](const std::optional<PartialDate>& date, TimelineEventKind kind, auto record,
                         std::optional<MunicipalityId> municipality, bool planned = false) {
        if (date) events.push_back(TimelineEvent{date, kind, record, municipality, planned});
    };
    const auto ties = index->ties();
    auto it = std::lower_bound(ties.begin(), ties.end(), partner.index(),
                               [](const detail::PortfolioIndex::Tie& t, std::uint32_t p) { return t.partner < p; });
    for (; it != ties.end() && it->partner == partner.index(); ++it) {
        for (const AgreementId id : index->agreements_of_tie(static_cast<std::size_t>(it - ties.begin()))) {
            const Agreement& a = portfolio.agreements()[id.index()];
            const auto who = a.signatory;
            const std::optional<PartialDate> start = a.validity ? std::optional(a.validity->start()) : std::nullopt;
            if (!a.signed_on && !start && !a.proposed)
                events.push_back(TimelineEvent{std::nullopt, TimelineEventKind::agreement_undated, id, who, false});
            if (a.proposed && !a.signed_on) {
                if (start)
                    add(start, TimelineEventKind::agreement_proposed, id, who);
                else
                    events.push_back(
                        TimelineEvent{std::nullopt, TimelineEventKind::agreement_proposed, id, who, false});
            } else {
                add(a.signed_on, TimelineEventKind::agreement_signed, id, who);
                if (start && start != a.signed_on) add(start, TimelineEventKind::validity_start, id, who);
            }
            add(a.council_approved_on, TimelineEventKind::council_approved, id, who);
            add(a.suspended_on, TimelineEventKind::suspended, id, who);
            add(a.resumed_on, TimelineEventKind::resumed, id, who);
            add(a.terminated_on, TimelineEventKind::terminated, id, who);
            if (a.validity) add(a.validity->end(), TimelineEventKind::validity_end, id, who);
        }
    }
    for (const ProgramId id : index->programs_of(partner)) {
        const ExchangeProgram& p = portfolio.programs()[id.index()];
        // An undated program is still listed: its start, without a date.
        if (p.start)
            add(p.start, TimelineEventKind::program_start, id, p.organiser);
        else
            events.push_back(TimelineEvent{std::nullopt, TimelineEventKind::program_start, id, p.organiser, false});
        add(p.end, TimelineEventKind::program_end, id, p.organiser);
    }
    for (const EngagementId id : index->engagements_of(partner)) {
        const OdaEngagement& e = portfolio.engagements()[id.index()];
        if (e.actual_start)
            add(e.actual_start, TimelineEventKind::oda_start, id, std::nullopt);
        else
            add(e.planned_start, TimelineEventKind::oda_start, id, std::nullopt, true);
        if (e.actual_end)
            add(e.actual_end, TimelineEventKind::oda_end, id, std::nullopt);
        else
            add(e.planned_end, TimelineEventKind::oda_end, id, std::nullopt, true);
    }
    // Undated agreement events first (0), dated events (1), undated program starts last (2).
    const auto place = [](const TimelineEvent& e) {
        if (e.date) return 1;
        return std::holds_alternative<AgreementId>(e.record) ? 0 : 2;
    };
    std::stable_sort(events.begin(), events.end(), [&](const TimelineEvent& x, const TimelineEvent& y) {
        if (place(x) != place(y)) return place(x) < place(y);
        if (x.date != y.date) return *x.date < *y.date;
        if (x.kind != y.kind) return x.kind < y.kind;
        return x.record.index() != y.record.index() ? x.record.index() < y.record.index()
                                                    : std::visit([](auto id) { return id.index(); }, x.record) <
                                                          std::visit([](auto id) { return id.index(); }, y.record);
    });
    return events;
}

}  // namespace paradiplomacy
