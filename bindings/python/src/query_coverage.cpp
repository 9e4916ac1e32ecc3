// SPDX-License-Identifier: Apache-2.0
// Coverage: the distinct countries, regions and partners each tie kind reaches, and the
// priority partners no tie in force reaches.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"
#include "query_tie_filter.hpp"

#include <paradiplomacy/query/coverage.hpp>
#include <paradiplomacy/query/priority_gaps.hpp>

#include <string>

namespace paradiplomacy::python {
namespace {

py::object coverage_frame(const std::vector<KindCoverage>& rows) {
    Columns c;
    c.enums<AgreementKind>("kind", rows, [](const KindCoverage& k) { return k.kind; });
    for (const auto& [name, part] :
         {std::pair("countries", &KindCoverage::countries), std::pair("regions", &KindCoverage::regions),
          std::pair("partners", &KindCoverage::partners)}) {
        const auto member = part;
        c.ints((std::string(name) + "_certain").c_str(), rows,
               [member](const KindCoverage& k) { return (k.*member).certain; });
        c.ints((std::string(name) + "_possible").c_str(), rows,
               [member](const KindCoverage& k) { return (k.*member).possible; });
    }
    return c.frame();
}

}  // namespace

void define_coverage_queries(py::module_& m) {
    using namespace queries;

    py::class_<CertainCount>(m, "CertainCount", "A count with its certain part and its possible upper bound.")
        .def_readonly("certain", &CertainCount::certain)
        .def_readonly("possible", &CertainCount::possible)
        .def(
            "__eq__", [](const CertainCount& a, const CertainCount& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const CertainCount& c) {
            return "CertainCount(certain=" + std::to_string(c.certain) + ", possible=" + std::to_string(c.possible) +
                   ")";
        });
    py::class_<KindCoverage>(m, "KindCoverage", "Distinct countries, regions and partners with ties of one kind.")
        .def_readonly("kind", &KindCoverage::kind)
        .def_readonly("countries", &KindCoverage::countries)
        .def_readonly("regions", &KindCoverage::regions)
        .def_readonly("partners", &KindCoverage::partners)
        .def("__repr__", [](const KindCoverage& k) {
            const auto cc = [](const CertainCount& c) {
                return std::to_string(c.certain) + "/" + std::to_string(c.possible);
            };
            return "<KindCoverage " + std::string(to_string(k.kind)) + ": countries " + cc(k.countries) + ", regions " +
                   cc(k.regions) + ", partners " + cc(k.partners) + " (certain/possible)>";
        });

    bind_split<View<Partner>>(m, "PriorityGaps",
                              "Priority partners without a tie in force: .certain (certainly none) and\n"
                              ".possible (only possibly covered).")
        .def("to_frame", &partners_split_frame,
             "The partners as a pandas.DataFrame (partner, partner_name, country, level, certain); needs pandas.");

    auto portfolio = portfolio_class(m);
    def_tie_query<KindsKeyword::taken, Day>(
        portfolio, "coverage_by_kind",
        [](const PortfolioPtr& self, Day on, const TieFilterArgs& filter) {
            const TieFilter f = filter.resolve(*self);
            std::vector<KindCoverage> rows;
            {
                const ReadingWithoutGil reading(*self);
                rows = coverage_by_kind(*self, on, f);
            }
            return frame_list(std::move(rows), &coverage_frame);
        },
        std::make_tuple(py::arg("on")),
        "Per tie kind (highest first), the distinct countries, regions and partners whose tie in\n"
        "force on `on` has that kind, each a CertainCount: a list with to_frame() (kind, and the\n"
        "certain and possible part of each count).");
    def_tie_query<KindsKeyword::absent, Day>(
        portfolio, "priority_partners_without_tie",
        [](const PortfolioPtr& self, Day on, const TieFilterArgs& filter) {
            const TieFilter f = filter.resolve(*self);
            PriorityGaps r;
            {
                const ReadingWithoutGil reading(*self);
                r = priority_partners_without_tie(*self, on, f);
            }
            Split<View<Partner>> out{self, on, {}, {}};
            for (const auto id : r.certain) out.certain.push_back(make_view<Partner>(self, id));
            for (const auto id : r.possible) out.possible.push_back(make_view<Partner>(self, id));
            return out;
        },
        std::make_tuple(py::arg("on")),
        "Priority partners with no tie in force on `on`: .certain (certainly none) and .possible.\n"
        "A priority country is covered by a tie with it or with any partner in it; `priority_only`\n"
        "counts only the ties with priority partners. `country` and `level` narrow the partners listed.");
}

}  // namespace paradiplomacy::python
