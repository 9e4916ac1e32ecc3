// SPDX-License-Identifier: Apache-2.0
// What each organisation record does: the agreements, programs and engagements naming it,
// by role, counted in a frame.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/organisation_work.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy::python {

void define_organisation_queries(py::module_& m) {
    portfolio_class(m).def(
        "organisation_work_frame",
        [](const PortfolioPtr& self, const std::optional<RecordRef<Organisation>>& organisation) {
            std::vector<OrganisationWork> answer;
            const std::optional<OrganisationId> id =
                organisation ? std::optional<OrganisationId>(resolve(*self, *organisation, "organisation"))
                             : std::nullopt;
            {
                const ReadingWithoutGil reading(*self);
                answer = paradiplomacy::organisation_work(*self, id);
            }
            struct Row {
                OrganisationId organisation;
                const RoleWork* work;  // null: an organisation on nothing
            };
            std::vector<Row> rows;
            for (const OrganisationWork& o : answer) {
                if (o.roles.empty()) rows.push_back(Row{o.organisation, nullptr});
                for (const RoleWork& w : o.roles) rows.push_back(Row{o.organisation, &w});
            }
            const Portfolio& p = *self;
            Columns c;
            c.strings("organisation", rows, [&](const Row& x) { return p.text(p.at(x.organisation).key); });
            c.strings("role", rows, [](const Row& x) -> std::optional<std::string_view> {
                if (!x.work) return std::nullopt;
                return to_string(x.work->role);
            });
            c.ints("agreements", rows, [](const Row& x) { return x.work ? x.work->agreements.size() : 0; });
            c.ints("programs", rows, [](const Row& x) { return x.work ? x.work->programs.size() : 0; });
            c.ints("engagements", rows, [](const Row& x) { return x.work ? x.work->engagements.size() : 0; });
            return c.frame();
        },
        py::arg("organisation") = py::none(),
        "What each organisation record (or the one given by key, OrganisationId or record) does, as a\n"
        "pandas.DataFrame: one row per organisation and role with how many agreements, programs and\n"
        "ODA engagements name it in that role; an organisation on nothing has one row, role <NA>.\n"
        "Organisations in ID order, roles in OrganisationRole order. Raises NotFoundError for an\n"
        "unknown organisation. Needs pandas.");
}

}  // namespace paradiplomacy::python
