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

/// `src` as Python shows it, for messages: '2017-12-31 10:30:00'.
std::string shown(py::handle src) { return py::repr(src).cast<std::string>(); }

/// The day of a datetime.date (or datetime.datetime); throws InvalidValue outside
/// PartialDate's year range.
PartialDate day_of(py::handle src) {
    const int y = PyDateTime_GET_YEAR(src.ptr());
    const int m = PyDateTime_GET_MONTH(src.ptr());
    const int d = PyDateTime_GET_DAY(src.ptr());
    if (y < PartialDate::min_year || y > PartialDate::max_year)
        throw InvalidValue("date " + py::str(src).cast<std::string>() + ": year is outside " +
                           std::to_string(PartialDate::min_year) + "-" + std::to_string(PartialDate::max_year));
    return PartialDate::of_day(y, m, d);
}

/// A datetime.datetime (pandas.Timestamp is one) stands for its day only at midnight: the
/// library counts whole days, and dropping a time would answer for a day nobody gave.
PartialDate day_of_datetime(py::handle src) {
    const bool midnight = PyDateTime_DATE_GET_HOUR(src.ptr()) == 0 && PyDateTime_DATE_GET_MINUTE(src.ptr()) == 0 &&
                          PyDateTime_DATE_GET_SECOND(src.ptr()) == 0 &&
                          PyDateTime_DATE_GET_MICROSECOND(src.ptr()) == 0 &&
                          py::getattr(src, "nanosecond", py::int_(0)).cast<long long>() == 0;
    if (!midnight)
        throw InvalidValue("date " + shown(src) +
                           " has a time of day; a date here is a whole day: give the day alone (datetime.date, "
                           "Timestamp.normalize() or .date(), or \"YYYY-MM-DD\")");
    return day_of(src);
}

bool is_type(py::handle src, const char* module, const char* name) {
    const py::handle type = py::type::handle_of(src);
    return py::getattr(type, "__module__", py::none()).equal(py::str(module)) &&
           py::getattr(type, "__name__", py::none()).equal(py::str(name));
}

/// pandas.NaT, whose class pandas has moved between modules (pandas.api.typing in pandas 3).
bool is_pandas_nat(py::handle src) {
    const py::handle type = py::type::handle_of(src);
    return py::getattr(type, "__name__", py::none()).equal(py::str("NaTType")) &&
           py::str(py::getattr(type, "__module__", py::str(""))).cast<std::string>().starts_with("pandas");
}

/// A numpy.datetime64 keeps its unit's precision: a year ('Y') or a month ('M') is a partial
/// date, a day or finer a day (at midnight only).
PartialDate date_of_datetime64(py::handle src) {
    const py::module_ numpy = py::module_::import("numpy");
    if (numpy.attr("isnat")(src).cast<bool>())
        throw InvalidValue(
            "date numpy.datetime64('NaT') is a missing value, not a date: pass None where a date may "
            "be left out");
    const auto unit = numpy.attr("datetime_data")(src.attr("dtype"))[py::int_(0)].cast<std::string>();
    if (unit == "Y" || unit == "M") return PartialDate::parse(py::str(src).cast<std::string>());
    const py::object day = src.attr("astype")("datetime64[D]");
    if (!src.equal(day))
        throw InvalidValue("date " + shown(src) +
                           " has a time of day; a date here is a whole day: give the day alone "
                           "(.astype('datetime64[D]'))");
    return PartialDate::parse(py::str(day).cast<std::string>());
}

}  // namespace

std::optional<PartialDate> date_from_python(py::handle src) {
    ensure_datetime_api();
    if (!src) return std::nullopt;
    // pandas.NaT is a datetime.datetime subclass with no day in it.
    if (is_pandas_nat(src))
        throw InvalidValue("date NaT is a missing value, not a date: pass None where a date may be left out");
    if (PyDateTime_Check(src.ptr())) return day_of_datetime(src);
    if (PyDate_Check(src.ptr())) return day_of(src);
    if (py::isinstance<py::str>(src)) return PartialDate::parse(src.cast<std::string>());
    if (is_type(src, "numpy", "datetime64")) return date_of_datetime64(src);
    return std::nullopt;
}

std::optional<Day> day_from_python(py::handle src) {
    const auto date = date_from_python(src);
    if (!date) return std::nullopt;
    if (!date->is_full())
        throw InvalidValue("date " + date->to_string() + " is a " + std::string(to_string(date->precision())) +
                           "; a whole day is needed here (YYYY-MM-DD)");
    return date->earliest();
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
