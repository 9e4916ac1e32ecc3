// SPDX-License-Identifier: Apache-2.0
#pragma once
// One init function per area; module.cpp calls them in dependency order (a type is
// registered before any signature that names it). A new area adds its own file and one
// line here and in module.cpp; the areas after init_portfolio add methods to Portfolio.

#include "casters.hpp"

namespace paradiplomacy::python {

void init_exceptions(py::module_& m);
void init_enums(py::module_& m);
void init_values(py::module_& m);
void init_reference(py::module_& m);
void init_reference_languages(py::module_& m);
void init_records(py::module_& m);
void init_portfolio(py::module_& m);
void init_io(py::module_& m);
void init_report(py::module_& m);
void init_datasets(py::module_& m);
void init_validation(py::module_& m);
// The queries, one file per area (query_*.cpp); each adds its result types and its
// Portfolio methods. Tie queries come before contact queries, whose DormantTie.tie is a Tie.
void define_tie_queries(py::module_& m);
void define_expiring_queries(py::module_& m);
void define_coverage_queries(py::module_& m);
void define_designation_queries(py::module_& m);
void define_timeline_queries(py::module_& m);
void define_contact_queries(py::module_& m);
void define_exchange_queries(py::module_& m);
void define_municipality_queries(py::module_& m);
void define_language_queries(py::module_& m);
void define_oda_queries(py::module_& m);
void define_office_queries(py::module_& m);
void define_organisation_queries(py::module_& m);
void define_language_service_queries(py::module_& m);
void define_money_queries(py::module_& m);
void define_result_queries(py::module_& m);
void init_frames(py::module_& m);
void init_iati(py::module_& m);

}  // namespace paradiplomacy::python
