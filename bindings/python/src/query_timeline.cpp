// SPDX-License-Identifier: Apache-2.0
// A partner's timeline: its agreements, exchange programs and ODA engagements by date.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/partner_timeline.hpp>

#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct TimelineRow {
    PortfolioPtr owner;
    TimelineEvent e;
};

py::object timeline_frame(const Portfolio& p, const std::vector<TimelineRow>& rows) {
    Columns c;
    c.partial_dates("date", rows, [](const TimelineRow& r) { return r.e.date; });
    c.enums<TimelineEventKind>("kind", rows, [](const TimelineRow& r) { return r.e.kind; });
    c.strings("record", rows, [&](const TimelineRow& r) {
        return std::visit(
            [&](auto id) -> std::string {
                using IdT = decltype(id);
                if constexpr (std::is_same_v<IdT, AgreementId>)
                    return std::string(p.text(p.agreement(id).key));
                else if constexpr (std::is_same_v<IdT, ProgramId>)
                    return std::string(p.text(p.program(id).key));
                else
                    return std::string(p.text(p.engagement(id).key));
            },
            r.e.record);
    });
    c.strings("municipality", rows, [&](const TimelineRow& r) -> std::optional<std::string> {
        if (!r.e.municipality) return std::nullopt;
        return municipality_key(p, r.e.municipality);
    });
    c.bools("planned", rows, [](const TimelineRow& r) { return r.e.planned; });
    return c.frame();
}

}  // namespace

void define_timeline_queries(py::module_& m) {
    py::class_<TimelineRow>(m, "TimelineEvent", "One dated event of a partner's timeline.")
        .def_property_readonly(
            "date", [](const TimelineRow& r) { return r.e.date; }, "PartialDate, or None when undated.")
        .def_property_readonly("kind", [](const TimelineRow& r) { return r.e.kind; })
        .def_property_readonly(
            "record",
            [](const TimelineRow& r) -> py::object {
                return std::visit(
                    [&](auto id) -> py::object {
                        using IdT = decltype(id);
                        if constexpr (std::is_same_v<IdT, AgreementId>)
                            return py::cast(make_view<Agreement>(r.owner, id));
                        else if constexpr (std::is_same_v<IdT, ProgramId>)
                            return py::cast(make_view<ExchangeProgram>(r.owner, id));
                        else
                            return py::cast(make_view<OdaEngagement>(r.owner, id));
                    },
                    r.e.record);
            },
            "The Agreement, ExchangeProgram or OdaEngagement.")
        .def_property_readonly(
            "municipality", [](const TimelineRow& r) { return municipality_view(r.owner, r.e.municipality); },
            "The home-side signatory or organiser, or None for the home government.")
        .def_property_readonly(
            "planned", [](const TimelineRow& r) { return r.e.planned; }, "An ODA date that is planned.")
        .def("__repr__", [](const TimelineRow& r) {
            const Portfolio& p = *r.owner;
            const std::string key = std::visit(
                [&](auto id) -> std::string {
                    using IdT = decltype(id);
                    if constexpr (std::is_same_v<IdT, AgreementId>)
                        return std::string(p.text(p.agreement(id).key));
                    else if constexpr (std::is_same_v<IdT, ProgramId>)
                        return std::string(p.text(p.program(id).key));
                    else
                        return std::string(p.text(p.engagement(id).key));
                },
                r.e.record);
            return "<TimelineEvent " + (r.e.date ? r.e.date->to_string() : std::string("undated")) + " " +
                   std::string(to_string(r.e.kind)) + " " + py_repr(key) + ">";
        });

    portfolio_class(m).def(
        "partner_timeline",
        [](const PortfolioPtr& self, const RecordRef<Partner>& partner) {
            const PartnerId id = resolve(*self, partner, "partner");
            std::vector<TimelineEvent> events;
            {
                const ReadingWithoutGil reading(*self);
                events = partner_timeline(*self, id);
            }
            return frame_list(wrap<TimelineRow>(self, std::move(events)),
                              [self](const std::vector<TimelineRow>& rows) { return timeline_frame(*self, rows); });
        },
        py::arg("partner"),
        "Every event with the partner (its key, PartnerId or record) in date order: agreements,\n"
        "exchange programs, ODA engagements. Raises NotFoundError for an unknown partner.");
}

}  // namespace paradiplomacy::python
