// SPDX-License-Identifier: Apache-2.0
// Value types: strong IDs, PartialDate, Period, Money. Each is immutable in Python,
// compares by value, hashes, pickles and has a repr that evaluates back to an equal value.

#include "bindings.hpp"
#include "records.hpp"

#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/money.hpp>
#include <paradiplomacy/values/period.hpp>

#include <pybind11/operators.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace paradiplomacy::python {
namespace {

std::size_t hash_of(const PartialDate& d) {
    const auto day = static_cast<std::size_t>(d.earliest().day_number());
    return day * 4u + static_cast<std::size_t>(d.precision());
}

template <class Tag>
void bind_id(py::module_& m, const std::string& name, const char* doc) {
    using IdType = Id<Tag>;
    py::class_<IdType>(m, name.c_str(), doc)
        .def(py::init([](IntArg index) { return IdType(index.in<std::uint32_t>("index")); }), py::arg("index"))
        .def_property_readonly("index", &IdType::index, "Position of the record in its portfolio table.")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__hash__", [](IdType id) { return std::hash<IdType>{}(id); })
        .def("__repr__", [name](IdType id) { return name + "(" + std::to_string(id.index()) + ")"; })
        .def(py::pickle([](IdType id) { return py::make_tuple(id.index()); },
                        [](const py::tuple& t) { return IdType(t[0].cast<std::uint32_t>()); }));
}

PartialDate from_parts(IntArg year_arg, std::optional<IntArg> month_arg, std::optional<IntArg> day_arg) {
    const int year = year_arg.in<int>("year");
    const auto month = month_arg ? std::optional<int>(month_arg->in<int>("month")) : std::nullopt;
    const auto day = day_arg ? std::optional<int>(day_arg->in<int>("day")) : std::nullopt;
    if (!month) {
        if (day) throw InvalidValue("date: a day needs a month");
        return PartialDate::of_year(year);
    }
    if (!day) return PartialDate::of_month(year, *month);
    return PartialDate::of_day(year, *month, *day);
}

void bind_partial_date(py::module_& m) {
    py::class_<PartialDate>(
        m, "PartialDate",
        "A calendar date known to the year, the month or the day.\n\n"
        "PartialDate('2008-10'), PartialDate(datetime.date(2009, 6, 22)) or PartialDate(2008, 10).\n"
        "Questions against a day answer Truth.YES, Truth.NO or Truth.UNKNOWN.")
        .def(py::init([](const DateArg& value) { return value.value; }), py::arg("value"),
             "A date from ISO text ('2008', '2008-10', '2009-06-22'), a datetime.date or a PartialDate.")
        .def(py::init(&from_parts), py::arg("year"), py::arg("month") = py::none(), py::arg("day") = py::none(),
             "A date from its parts; leave out the day, or the month and day, for a partial date.")
        .def_static("parse", &PartialDate::parse, py::arg("text"),
                    "Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; raises InvalidValueError naming the text.")
        .def_property_readonly("precision", &PartialDate::precision, "DatePrecision.YEAR, MONTH or DAY.")
        .def_property_readonly("is_full", &PartialDate::is_full, "True when the day is known.")
        .def_property_readonly("year", &PartialDate::year)
        .def_property_readonly("month", &PartialDate::month, "The month, or None for a year-only date.")
        .def_property_readonly("day", &PartialDate::day, "The day of month, or None unless the date is full.")
        .def_property_readonly("earliest", &PartialDate::earliest, "The first day the date can be (datetime.date).")
        .def_property_readonly("latest", &PartialDate::latest, "The last day the date can be (datetime.date).")
        .def("on_or_before", &PartialDate::on_or_before, py::arg("day"), "Was this date on or before `day`?")
        .def("on_or_after", &PartialDate::on_or_after, py::arg("day"), "Is this date on or after `day`?")
        .def("before", &PartialDate::before, py::arg("day"), "Is this date strictly before `day`?")
        .def("after", &PartialDate::after, py::arg("day"), "Is this date strictly after `day`?")
        .def("could_be", &PartialDate::could_be, py::arg("day"), "Can `day` be this date?")
        .def("__str__", &PartialDate::to_string)
        .def("__repr__", [](const PartialDate& d) { return "PartialDate(" + py_repr(d.to_string()) + ")"; })
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__hash__", &hash_of)
        .def(py::pickle([](const PartialDate& d) { return py::make_tuple(d.to_string()); },
                        [](const py::tuple& t) { return PartialDate::parse(t[0].cast<std::string>()); }));
}

std::string period_args(const Period& p) {
    std::string args = py_repr(p.start().to_string());
    if (p.end()) args += ", " + py_repr(p.end()->to_string());
    return args;
}

void bind_period(py::module_& m) {
    py::class_<Period>(m, "Period",
                       "A span between two partial dates, both ends inclusive; the end may be open (None).\n\n"
                       "Period('2017', '2019'); raises InvalidValueError when the end is certainly before the start.")
        .def(py::init([](const DateArg& start, std::optional<DateArg> end) {
                 return Period(start.value, end ? std::optional<PartialDate>(end->value) : std::nullopt);
             }),
             py::arg("start"), py::arg("end") = py::none())
        .def_property_readonly("start", &Period::start)
        .def_property_readonly("end", &Period::end, "The end, or None when open.")
        .def_property_readonly("is_open", &Period::is_open)
        .def("contains", &Period::contains, py::arg("day"), "Is `day` inside the period? (Truth)")
        .def("longest_length_days", &Period::longest_length_days,
             "The most days the period can span, or None when open.")
        .def("__str__", &Period::to_string)
        .def("__repr__", [](const Period& p) { return "Period(" + period_args(p) + ")"; })
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__hash__",
             [](const Period& p) { return hash_of(p.start()) * 31u + (p.end() ? hash_of(*p.end()) + 1u : 0u); })
        .def(py::pickle([](const Period& p) { return py::make_tuple(p.start(), p.end()); },
                        [](const py::tuple& t) {
                            return Period(t[0].cast<PartialDate>(), t[1].cast<std::optional<PartialDate>>());
                        }));
}

void bind_money(py::module_& m) {
    py::class_<Money>(m, "Money", "An amount in one currency (ISO 4217). Money of different currencies never adds.")
        .def(py::init<double, CurrencyCode>(), py::arg("amount"), py::arg("currency"))
        .def_property_readonly("amount", &Money::amount)
        .def_property_readonly("currency", &Money::currency)
        .def("__add__", &Money::plus, py::arg("other"), "The sum; raises InvalidValueError for another currency.")
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def("__hash__", [](const Money& v) { return py::hash(py::make_tuple(v.amount(), v.currency())); })
        .def("__repr__",
             [](const Money& v) {
                 return "Money(" + py::repr(py::float_(v.amount())).cast<std::string>() + ", " +
                        py_repr(v.currency().str()) + ")";
             })
        .def(py::pickle([](const Money& v) { return py::make_tuple(v.amount(), v.currency()); },
                        [](const py::tuple& t) { return Money(t[0].cast<double>(), t[1].cast<CurrencyCode>()); }));
}

}  // namespace

void init_values(py::module_& m) {
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        const std::string doc = "ID of one of a portfolio's " + std::string(Description<Record>::table.python_many) +
                                ": its position in the table.";
        bind_id<typename RecordTraits<Record>::Tag>(m, python_name<Record>("Id"), doc.c_str());
    });
    bind_partial_date(m);
    bind_period(m);
    bind_money(m);
}

}  // namespace paradiplomacy::python
