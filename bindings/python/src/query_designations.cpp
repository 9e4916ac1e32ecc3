// SPDX-License-Identifier: Apache-2.0
// Designations: which partners were priority partners or strategic ODA countries on a day.

#include "bindings.hpp"
#include "casters.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/designations.hpp>

#include <string>

namespace paradiplomacy::python {
namespace {

/// The partners a designation held for on a day, with the kind asked about.
struct DesignatedSplit : queries::Split<View<Partner>> {
    DesignationKind kind = DesignationKind::priority;
};

}  // namespace

void define_designation_queries(py::module_& m) {
    using namespace queries;

    py::class_<DesignatedSplit>(m, "DesignatedPartners",
                                "The partners a designation held for on a day: .certain, and .possible (a start\n"
                                "or end the records give only in part, or not at all).")
        .def_property_readonly("certain", [](const DesignatedSplit& s) { return s.certain; })
        .def_property_readonly("possible", [](const DesignatedSplit& s) { return s.possible; })
        .def_property_readonly("on", [](const DesignatedSplit& s) { return s.on; })
        .def_property_readonly("kind", [](const DesignatedSplit& s) { return s.kind; })
        .def("__len__", [](const DesignatedSplit& s) { return s.certain.size() + s.possible.size(); })
        .def("__iter__",
             [](const DesignatedSplit& s) {
                 std::vector<View<Partner>> all(s.certain);
                 all.insert(all.end(), s.possible.begin(), s.possible.end());
                 return py::iter(py::cast(std::move(all)));
             })
        .def(
            "to_frame", [](const DesignatedSplit& s) { return partners_split_frame(s); },
            "The partners as a pandas.DataFrame (partner, partner_name, country, level, certain); needs pandas.")
        .def("__repr__", [](const DesignatedSplit& s) {
            return "<DesignatedPartners " + std::string(to_string(s.kind)) + " on " + iso(*s.on) + ": " +
                   std::to_string(s.certain.size()) + " certain, " + std::to_string(s.possible.size()) + " possible>";
        });

    portfolio_class(m).def(
        "designated_on",
        [](const PortfolioPtr& self, Day on, EnumArg<DesignationKind> kind) {
            DesignatedPartners r;
            {
                const ReadingWithoutGil reading(*self);
                r = designated_on(*self, kind.value, on);
            }
            DesignatedSplit out;
            out.owner = self;
            out.on = on;
            out.kind = kind.value;
            for (const auto id : r.certain) out.certain.push_back(make_view<Partner>(self, id));
            for (const auto id : r.possible) out.possible.push_back(make_view<Partner>(self, id));
            return out;
        },
        py::arg("on"), py::arg("kind") = EnumArg<DesignationKind>{DesignationKind::priority},
        "The partners designated `kind` (PRIORITY or STRATEGIC_ODA) on `on`: .certain and .possible.\n"
        "A partner can be designated, dropped and designated again; any spell that held counts.");
}

}  // namespace paradiplomacy::python
