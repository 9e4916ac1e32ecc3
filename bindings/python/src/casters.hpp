// SPDX-License-Identifier: Apache-2.0
#pragma once
// Conversions shared by every binding file:
//   boost::gregorian::date  <->  datetime.date
//   CountryCode, SubdivisionCode, CurrencyCode, PurposeCode  <->  str
//   DateArg: an argument given as PartialDate, datetime.date or "YYYY[-MM[-DD]]"
//   EnumArg<E>: an argument given as the Python enum member or its name ("sister")
//   IntArg: an integer argument of any size, checked against its range by name
// A malformed value throws the C++ InvalidValue, which reaches Python as
// InvalidValueError with the C++ message; a value of the wrong type fails the load, so
// that pybind11 raises TypeError.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/currency_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/purpose_code.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cctype>
#include <limits>
#include <optional>
#include <string>
#include <utility>

namespace paradiplomacy::python {

namespace py = pybind11;

/// Python's repr of `text`: quoted and escaped as Python shows a str (for __repr__).
[[nodiscard]] std::string py_repr(std::string_view text);

/// A date argument: a PartialDate, a datetime.date (a full day) or ISO text.
struct DateArg {
    PartialDate value;
};

/// An enum argument: the Python enum member, or its name in any case ("sister", "SISTER").
template <class E>
struct EnumArg {
    E value;
};

/// An integer argument of any size: a Python int, or an object with __index__ (numpy's
/// integers). pybind11's own casters refuse an int that does not fit the C++ type with a
/// TypeError about the function's overloads; this one takes every int, and in() says which
/// argument is outside which range (InvalidValueError, a ValueError).
struct IntArg {
    long long value = 0;
    int beyond = 0;  ///< +1 or -1: the int is above or below what 64 bits hold.

    template <class T>
    [[nodiscard]] T in(const char* name, T lo = std::numeric_limits<T>::min(),
                       T hi = std::numeric_limits<T>::max()) const {
        if (beyond == 0 && !std::cmp_less(value, lo) && !std::cmp_greater(value, hi)) return static_cast<T>(value);
        const std::string given = beyond > 0   ? "an integer above 2**63"
                                  : beyond < 0 ? "an integer below -2**63"
                                               : std::to_string(value);
        throw InvalidValue(std::string(name) + " is " + given + "; it must be " + std::to_string(lo) + " to " +
                           std::to_string(hi));
    }
};

/// The Python name of an enum value, as in files and reports ("sister").
template <class E>
[[nodiscard]] std::string enum_text(E value) {
    return std::string(to_string(value));
}

/// Converts `text` to E by name; throws InvalidValue listing the valid names.
template <class E>
[[nodiscard]] E enum_from_text(std::string text, const char* what) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (const auto value = enum_from_string<E>(text)) return *value;
    std::string names;
    for (const std::string_view name : enum_names(E{})) {
        if (!names.empty()) names += ", ";
        names += name;
    }
    throw InvalidValue(std::string(what) + " \"" + text + "\": expected one of " + names);
}

namespace detail {

// datetime.date conversions, defined in casters.cpp: the C API of the datetime module
// is a per-translation-unit static (PyDateTimeAPI), so exactly one file may use it.

/// A datetime.date that is not a datetime.datetime (a datetime would lose its time).
bool is_plain_date(py::handle src);
/// The day of a datetime.date; throws InvalidValue outside PartialDate's year range.
Day day_from_python(py::handle src);
/// A new datetime.date; throws InvalidValue for a special (not-a-date) value.
py::handle day_to_python(const Day& day);

/// Storage for casters of types without a default constructor.
template <class T>
struct optional_caster_base {
    std::optional<T> value;
    template <class U>
    using cast_op_type = py::detail::movable_cast_op_type<U>;
    operator T*() { return &*value; }
    operator T&() { return *value; }
    operator T&&() && { return std::move(*value); }
};

template <class Code>
struct code_caster : optional_caster_base<Code> {
    static constexpr auto name = py::detail::const_name("str");
    bool load(py::handle src, bool) {
        if (!py::isinstance<py::str>(src)) return false;
        this->value.emplace(src.cast<std::string>());  // throws InvalidValue when malformed
        return true;
    }
    static py::handle cast(const Code& code, py::return_value_policy, py::handle) {
        return py::str(std::string(code.view())).release();
    }
};

}  // namespace detail
}  // namespace paradiplomacy::python

namespace pybind11::detail {

template <>
struct type_caster<boost::gregorian::date> {
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

    bool load(handle src, bool) {
        if (!paradiplomacy::python::detail::is_plain_date(src)) return false;
        value = paradiplomacy::python::detail::day_from_python(src);
        return true;
    }
    static handle cast(const boost::gregorian::date& day, return_value_policy, handle) {
        return paradiplomacy::python::detail::day_to_python(day);
    }
};

template <>
struct type_caster<paradiplomacy::CountryCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::CountryCode> {};
template <>
struct type_caster<paradiplomacy::SubdivisionCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::SubdivisionCode> {};
template <>
struct type_caster<paradiplomacy::CurrencyCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::CurrencyCode> {};
template <>
struct type_caster<paradiplomacy::PurposeCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::PurposeCode> {};

template <>
struct type_caster<paradiplomacy::python::DateArg>
    : paradiplomacy::python::detail::optional_caster_base<paradiplomacy::python::DateArg> {
    static constexpr auto name = const_name("PartialDate | datetime.date | str");

    bool load(handle src, bool) {
        using paradiplomacy::PartialDate;
        if (isinstance<PartialDate>(src)) {
            value.emplace(paradiplomacy::python::DateArg{src.cast<const PartialDate&>()});
        } else if (paradiplomacy::python::detail::is_plain_date(src)) {
            value.emplace(
                paradiplomacy::python::DateArg{PartialDate::of(paradiplomacy::python::detail::day_from_python(src))});
        } else if (isinstance<str>(src)) {
            value.emplace(paradiplomacy::python::DateArg{PartialDate::parse(src.cast<std::string>())});
        } else {
            return false;
        }
        return true;
    }
    static handle cast(const paradiplomacy::python::DateArg& arg, return_value_policy policy, handle parent) {
        return make_caster<paradiplomacy::PartialDate>::cast(arg.value, policy, parent);
    }
};

template <>
struct type_caster<paradiplomacy::python::IntArg> {
    PYBIND11_TYPE_CASTER(paradiplomacy::python::IntArg, const_name("int"));

    bool load(handle src, bool convert) {
        // As pybind11's integer casters: no float, and __index__ only when converting.
        if (PyFloat_Check(src.ptr()) || (!PyLong_Check(src.ptr()) && !(convert && PyIndex_Check(src.ptr()))))
            return false;
        const auto index = reinterpret_steal<object>(PyNumber_Index(src.ptr()));
        if (!index) {
            PyErr_Clear();
            return false;
        }
        int beyond = 0;
        const long long v = PyLong_AsLongLongAndOverflow(index.ptr(), &beyond);
        if (v == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            return false;
        }
        value = paradiplomacy::python::IntArg{v, beyond};
        return true;
    }
    static handle cast(const paradiplomacy::python::IntArg& arg, return_value_policy, handle) {
        return PyLong_FromLongLong(arg.value);
    }
};

template <class E>
struct type_caster<paradiplomacy::python::EnumArg<E>>
    : paradiplomacy::python::detail::optional_caster_base<paradiplomacy::python::EnumArg<E>> {
    static constexpr auto name = make_caster<E>::name + const_name(" | str");

    bool load(handle src, bool convert) {
        if (isinstance<str>(src)) {
            const std::string what = type::handle_of(pybind11::cast(E{})).attr("__name__").template cast<std::string>();
            this->value.emplace(paradiplomacy::python::EnumArg<E>{
                paradiplomacy::python::enum_from_text<E>(src.cast<std::string>(), what.c_str())});
            return true;
        }
        make_caster<E> inner;
        if (!inner.load(src, convert)) return false;
        this->value.emplace(paradiplomacy::python::EnumArg<E>{cast_op<E>(inner)});
        return true;
    }
    static handle cast(const paradiplomacy::python::EnumArg<E>& arg, return_value_policy policy, handle parent) {
        return make_caster<E>::cast(arg.value, policy, parent);
    }
};

}  // namespace pybind11::detail
