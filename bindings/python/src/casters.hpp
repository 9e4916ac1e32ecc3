// SPDX-License-Identifier: Apache-2.0
#pragma once
// Conversions shared by every binding file:
//   boost::gregorian::date  <->  datetime.date; an argument also takes what an analyst holds
//     for a day: "2017-12-31", a pandas.Timestamp or datetime.datetime at midnight, a
//     numpy.datetime64 of a day (as frames hand out); a time of day is refused
//   CountryCode, SubdivisionCode, CurrencyCode, PurposeCode  <->  str, taken in any case
//   DateArg: an argument given as PartialDate, "YYYY[-MM[-DD]]" or any of the day forms
//     above (a numpy.datetime64 of a year or month keeps that precision)
//   EnumArg<E>: an argument given as the Python enum member or its name ("sister")
//   IntArg: an integer argument of any size, checked against its range by name
// A malformed value throws the C++ InvalidValue, which reaches Python as
// InvalidValueError with the C++ message; a value of the wrong type fails the load, so
// that pybind11 raises TypeError.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>
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

/// The date `src` stands for: a datetime.date, a datetime.datetime (pandas.Timestamp) at
/// midnight, ISO text, a numpy.datetime64; nullopt for any other type (the caster then fails,
/// so that pybind11 raises TypeError). Throws InvalidValue for a time of day other than
/// midnight, a missing value (NaT), malformed text or a year outside PartialDate's range.
std::optional<PartialDate> date_from_python(py::handle src);
/// As date_from_python, for an argument that takes a whole day: a year or month ("2017-03",
/// numpy.datetime64('2017-03')) throws InvalidValue.
std::optional<Day> day_from_python(py::handle src);
/// A new datetime.date; throws InvalidValue for a special (not-a-date) value.
py::handle day_to_python(const Day& day);

/// `text` in upper case (ASCII): codes are taken as "de", "kr-41" or "krw" too.
[[nodiscard]] inline std::string upper_code(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

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

/// Whether the standard knows `code` (in force or withdrawn), and the standard's name.
inline std::pair<bool, const char*> known_code(const CountryCode& code) {
    return {reference::country_status(code) != reference::CodeStatus::unknown, "ISO 3166-1"};
}
inline std::pair<bool, const char*> known_code(const SubdivisionCode& code) {
    return {reference::subdivision_status(code) != reference::CodeStatus::unknown, "ISO 3166-2"};
}
inline std::pair<bool, const char*> known_code(const CurrencyCode& code) {
    return {reference::currency_status(code) != reference::CodeStatus::unknown, "ISO 4217"};
}
inline std::pair<bool, const char*> known_code(const PurposeCode&) { return {true, ""}; }

/// A code given in another case than the standard's is taken when, in upper case, it is a
/// code the standard knows ("de", "kr-41", "krw"); otherwise it is refused rather than
/// guessed at ("won" is no ISO 4217 code, though "WON" is well-formed).
template <class Code>
[[nodiscard]] Code code_from_text(const std::string& text, const char* what) {
    const std::string upper = upper_code(text);
    if (upper == text) return Code(text);  // throws InvalidValue when malformed
    std::optional<Code> code;
    try {
        code.emplace(upper);
    } catch (const InvalidValue&) {
        return Code(text);  // throws InvalidValue quoting the code as given
    }
    const auto [known, standard] = known_code(*code);
    if (!known)
        throw InvalidValue(std::string(what) + " \"" + text + "\": a code in lower case is taken only when it is an " +
                           standard + " code, and " + upper + " is not one");
    return *code;
}

template <class Code>
struct code_caster : optional_caster_base<Code> {
    static constexpr auto name = py::detail::const_name("str");
    const char* what;
    explicit code_caster(const char* what_) : what(what_) {}
    bool load(py::handle src, bool) {
        if (!py::isinstance<py::str>(src)) return false;
        this->value.emplace(code_from_text<Code>(src.cast<std::string>(), what));
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
    PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date | str | numpy.datetime64"));

    bool load(handle src, bool) {
        const auto day = paradiplomacy::python::detail::day_from_python(src);
        if (!day) return false;
        value = *day;
        return true;
    }
    static handle cast(const boost::gregorian::date& day, return_value_policy, handle) {
        return paradiplomacy::python::detail::day_to_python(day);
    }
};

template <>
struct type_caster<paradiplomacy::CountryCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::CountryCode> {
    type_caster() : code_caster("country code") {}
};
template <>
struct type_caster<paradiplomacy::SubdivisionCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::SubdivisionCode> {
    type_caster() : code_caster("subdivision code") {}
};
template <>
struct type_caster<paradiplomacy::CurrencyCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::CurrencyCode> {
    type_caster() : code_caster("currency code") {}
};
template <>
struct type_caster<paradiplomacy::PurposeCode>
    : paradiplomacy::python::detail::code_caster<paradiplomacy::PurposeCode> {
    type_caster() : code_caster("purpose code") {}
};

template <>
struct type_caster<paradiplomacy::python::DateArg>
    : paradiplomacy::python::detail::optional_caster_base<paradiplomacy::python::DateArg> {
    static constexpr auto name = const_name("PartialDate | datetime.date | str | numpy.datetime64");

    bool load(handle src, bool) {
        using paradiplomacy::PartialDate;
        if (isinstance<PartialDate>(src)) {
            value.emplace(paradiplomacy::python::DateArg{src.cast<const PartialDate&>()});
            return true;
        }
        const auto date = paradiplomacy::python::detail::date_from_python(src);
        if (!date) return false;
        value.emplace(paradiplomacy::python::DateArg{*date});
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
        make_caster<E> inner;
        if (inner.load(src, convert)) {
            this->value.emplace(paradiplomacy::python::EnumArg<E>{cast_op<E>(inner)});
            return true;
        }
        // A member of another enum is a str too ("unknown" is a CouncilApproval and a Truth):
        // only plain text is taken by name.
        if (!isinstance<str>(src) || hasattr(type::handle_of(src), "__pybind11_native_enum__")) return false;
        const std::string what = type::handle_of(pybind11::cast(E{})).attr("__name__").template cast<std::string>();
        this->value.emplace(paradiplomacy::python::EnumArg<E>{
            paradiplomacy::python::enum_from_text<E>(src.cast<std::string>(), what.c_str())});
        return true;
    }
    static handle cast(const paradiplomacy::python::EnumArg<E>& arg, return_value_policy policy, handle parent) {
        return make_caster<E>::cast(arg.value, policy, parent);
    }
};

}  // namespace pybind11::detail
