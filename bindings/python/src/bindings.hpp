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
void init_records(py::module_& m);
void init_portfolio(py::module_& m);
void init_io(py::module_& m);
void init_report(py::module_& m);
void init_datasets(py::module_& m);
void init_validation(py::module_& m);
void init_query(py::module_& m);
void init_frames(py::module_& m);
void init_iati(py::module_& m);

}  // namespace paradiplomacy::python
