// SPDX-License-Identifier: Apache-2.0
// The only file that uses the datetime module's C API (see casters.hpp).

#include "casters.hpp"

#include <datetime.h>
#include <string>

namespace paradiplomacy::python::detail {
namespace {

void ensure_datetime_api() {
    if (!PyDateTimeAPI) {
        PyDateTime_IMPORT;
        if (!PyDateTimeAPI) throw py::error_already_set();
    }
}

}  // namespace

bool is_plain_date(py::handle src) {
    ensure_datetime_api();
    return src && PyDate_Check(src.ptr()) && !PyDateTime_Check(src.ptr());
}

Day day_from_python(py::handle src) {
    const int y = PyDateTime_GET_YEAR(src.ptr());
    const int m = PyDateTime_GET_MONTH(src.ptr());
    const int d = PyDateTime_GET_DAY(src.ptr());
    if (y < PartialDate::min_year || y > PartialDate::max_year)
        throw InvalidValue("date " + py::str(src).cast<std::string>() + ": year is outside " +
                           std::to_string(PartialDate::min_year) + "-" + std::to_string(PartialDate::max_year));
    return Day(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

py::handle day_to_python(const Day& day) {
    ensure_datetime_api();
    if (day.is_special()) throw InvalidValue("date: not a calendar day");
    PyObject* result = PyDate_FromDate(day.year(), day.month(), day.day());
    if (!result) throw py::error_already_set();
    return result;
}

}  // namespace paradiplomacy::python::detail

namespace paradiplomacy::python {

std::string py_repr(std::string_view text) { return py::repr(py::str(std::string(text))).cast<std::string>(); }

}  // namespace paradiplomacy::python
