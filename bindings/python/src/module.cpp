// SPDX-License-Identifier: Apache-2.0
// The private compiled module paradiplomacy._core. The Python package re-exports it;
// users import paradiplomacy, never _core.

#include "bindings.hpp"

#ifndef PARADIPLOMACY_VERSION
#error "PARADIPLOMACY_VERSION must be defined by the build (the version in pyproject.toml)"
#endif

PYBIND11_MODULE(_core, m) {
    m.doc() = "Compiled core of the paradiplomacy package (use the package, not this module).";
    m.attr("__version__") = PARADIPLOMACY_VERSION;

    using namespace paradiplomacy::python;
    init_exceptions(m);
    init_enums(m);
    init_values(m);
    init_reference(m);
    init_reference_languages(m);
    init_records(m);
    init_portfolio(m);
    init_io(m);
    init_report(m);
    init_datasets(m);
    init_validation(m);
    define_tie_queries(m);
    define_expiring_queries(m);
    define_coverage_queries(m);
    define_designation_queries(m);
    define_timeline_queries(m);
    define_contact_queries(m);
    define_exchange_queries(m);
    define_municipality_queries(m);
    define_language_queries(m);
    define_oda_queries(m);
    define_office_queries(m);
    define_organisation_queries(m);
    define_language_service_queries(m);
    define_money_queries(m);
    define_result_queries(m);
    init_frames(m);
    init_iati(m);
}
