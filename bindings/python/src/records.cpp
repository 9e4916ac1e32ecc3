// SPDX-License-Identifier: Apache-2.0
// Records of a portfolio as Python objects (views, see records.hpp), the tables that
// hold them (len, iteration, indexing by position, ID or key, `in`), and the small
// structs records carry: RegionShare, SectorShare, Budget, CountryShare, SupranationalShare,
// TransactionTotal, Organisation.

#include "records.hpp"

#include "bindings.hpp"
#include "described.hpp"
#include "organisation.hpp"

#include <pybind11/operators.h>

#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace paradiplomacy::python {
namespace {

std::string float_repr(double v) { return py::repr(py::float_(v)).cast<std::string>(); }

/// The getter of a field of type Value held by `Part` (the record, or an inlined part):
/// one functor type per (Record, Part, Value), so that fields of one type share pybind11's
/// code for it, and a capture of two member pointers, which pybind11 keeps in place.
template <class Record, class Part, class Value>
auto getter(Value Part::*member, Part Record::*part) {
    return [member, part](const View<Record>& v) {
        const Record& r = v.get();
        if constexpr (std::is_same_v<Part, Record>)
            return PyValue<Value>::get(v.owner, r.*member);
        else
            return PyValue<Value>::get(v.owner, (r.*part).*member);
    };
}

/// The described fields as read-only properties, in description order, each with its
/// docs line as docstring (described.hpp).
template <class Record>
void def_fields(py::class_<View<Record>>& cls) {
    std::apply(
        [&](const auto&... flat) {
            (cls.def_property_readonly(flat.name().data(), getter<Record>(flat.field.member, flat.part),
                                       docstring(flat.field.doc).c_str()),
             ...);
        },
        flat_fields<Record>);
}

/// The members every record kind has: id, key, provenance, equality, hash and repr.
template <class Record>
py::class_<View<Record>> bind_view(py::module_& m, const char* doc) {
    using V = View<Record>;
    py::class_<V> cls(m, RecordTraits<Record>::name, doc);
    cls.def_property_readonly("id", [](const V& v) { return v.id; });
    def_fields<Record>(cls);
    cls.def(
           "__eq__", [](const V& a, const V& b) { return a.owner == b.owner && a.id == b.id; }, py::is_operator())
        .def("__hash__",
             [](const V& v) {
                 return std::hash<const void*>{}(v.owner.get()) ^ (std::hash<typename V::IdType>{}(v.id) * 1000003u);
             })
        .def("__repr__", [](const V& v) {
            return std::string("<") + RecordTraits<Record>::name + " " + py_repr(v.text(v.get().key)) + " #" +
                   std::to_string(v.id.index()) + ">";
        });
    return cls;
}

// --- tables -----------------------------------------------------------------------------
template <class Record>
void bind_table(py::module_& m, const char* name, const char* plural) {
    using T = Table<Record>;
    using V = View<Record>;
    using IdType = typename V::IdType;
    using Traits = RecordTraits<Record>;
    const std::string iterator_name = std::string(name) + "Iterator";

    py::class_<TableIterator<Record>>(m, iterator_name.c_str())
        .def("__iter__", [](py::object self) { return self; })
        .def("__next__", [](TableIterator<Record>& it) {
            if (it.next >= Traits::table(*it.owner).size()) throw py::stop_iteration();
            return make_view<Record>(it.owner, IdType(static_cast<typename IdType::value_type>(it.next++)));
        });

    const std::string doc = std::string("The ") + plural +
                            " of a portfolio: len(), iteration in ID order, and look-up by position, ID or key.";
    py::class_<T>(m, name, doc.c_str())
        .def("__len__", &T::size)
        .def("__iter__",
             [](const T& t) {
                 return TableIterator<Record>{t.owner, 0};
             })
        .def(
            "__getitem__",
            [](const T& t, IntArg index_arg) {
                const auto size = static_cast<std::ptrdiff_t>(t.size());
                auto index = static_cast<std::ptrdiff_t>(index_arg.value);
                if (index < 0) index += size;
                if (index_arg.beyond != 0 || index < 0 || index >= size)
                    throw py::index_error(std::string(Traits::what) + " index out of range");
                return make_view<Record>(t.owner, IdType(static_cast<typename IdType::value_type>(index)));
            },
            py::arg("index"))
        .def(
            "__getitem__",
            [](const T& t, IdType id) {
                static_cast<void>(Traits::get(*t.owner, id));  // throws NotFound
                return make_view<Record>(t.owner, id);
            },
            py::arg("id"))
        .def(
            "__getitem__",
            [](const T& t, const std::string& key) {
                if (const auto id = Traits::find(*t.owner, key)) return make_view<Record>(t.owner, *id);
                throw NotFound(std::string(Traits::what) + " \"" + key + "\" is not in this portfolio");
            },
            py::arg("key"))
        .def(
            "get",
            [](const T& t, const std::string& key, py::object default_) -> py::object {
                if (const auto id = Traits::find(*t.owner, key)) return py::cast(make_view<Record>(t.owner, *id));
                return default_;
            },
            py::arg("key"), py::arg("default") = py::none(), "The record with `key`, or `default`.")
        .def("__contains__", [](const T& t, const std::string& key) { return Traits::find(*t.owner, key).has_value(); })
        .def("__contains__", [](const T& t, IdType id) { return id.index() < t.size(); })
        .def("__contains__", [](const T& t, const V& v) { return v.owner == t.owner && v.id.index() < t.size(); })
        .def("__contains__", [](const T&, const py::object&) { return false; })
        .def(
            "keys",
            [](const T& t) {
                std::vector<std::string> out;
                for (const Record& r : Traits::table(*t.owner)) out.emplace_back(t.owner->text(r.key));
                return out;
            },
            "The records' keys, in ID order.")
        .def("__repr__",
             [plural](const T& t) { return std::string("<") + plural + ": " + std::to_string(t.size()) + ">"; });
}

// --- structs carried by records ---------------------------------------------------------
void bind_shares(py::module_& m) {
    py::class_<RegionShare>(m, "RegionShare", "A share of an ODA engagement spent in one region (ISO 3166-2).")
        .def(py::init([](SubdivisionCode region, double percentage) {
                 return RegionShare{region, percentage};
             }),
             py::arg("region"), py::arg("percentage") = 100.0)
        .def_property_readonly("region", [](const RegionShare& s) { return s.region; })
        .def_property_readonly("percentage", [](const RegionShare& s) { return s.percentage; })
        .def(py::self == py::self)
        .def("__hash__", [](const RegionShare& s) { return py::hash(py::make_tuple(s.region, s.percentage)); })
        .def("__repr__", [](const RegionShare& s) {
            return "RegionShare(" + py_repr(s.region.view()) + ", " + float_repr(s.percentage) + ")";
        });

    py::class_<SectorShare>(m, "SectorShare", "A share of an ODA engagement in one DAC purpose code.")
        .def(py::init([](PurposeCode purpose, double percentage) {
                 return SectorShare{purpose, percentage};
             }),
             py::arg("purpose"), py::arg("percentage") = 100.0)
        .def_property_readonly(
            "purpose", [](const SectorShare& s) { return s.purpose; }, "Five digits ('31120').")
        .def_property_readonly(
            "sector", [](const SectorShare& s) { return std::string(s.purpose.sector()); },
            "The three-digit DAC sector ('311').")
        .def_property_readonly("percentage", [](const SectorShare& s) { return s.percentage; })
        .def(py::self == py::self)
        .def("__hash__", [](const SectorShare& s) { return py::hash(py::make_tuple(s.purpose, s.percentage)); })
        .def("__repr__", [](const SectorShare& s) {
            return "SectorShare(" + py_repr(s.purpose.view()) + ", " + float_repr(s.percentage) + ")";
        });

    py::class_<Budget>(m, "Budget", "Money planned for one period of an ODA engagement.")
        .def(py::init([](const Period& period, const Money& value, std::optional<DateArg> value_date,
                         EnumArg<BudgetType> type, EnumArg<BudgetStatus> status) {
                 return Budget{period, value, value_date ? std::optional(value_date->value) : std::nullopt, type.value,
                               status.value};
             }),
             py::arg("period"), py::arg("value"), py::kw_only(), py::arg("value_date") = py::none(),
             py::arg("type") = BudgetType::original, py::arg("status") = BudgetStatus::indicative)
        .def_property_readonly("period", [](const Budget& b) { return b.period; })
        .def_property_readonly("value", [](const Budget& b) { return b.value; })
        .def_property_readonly(
            "value_date", [](const Budget& b) { return b.value_date; },
            "The day the amount was valued at (IATI @value-date), or None.")
        .def_property_readonly("type", [](const Budget& b) { return b.type; })
        .def_property_readonly("status", [](const Budget& b) { return b.status; })
        .def(py::self == py::self)
        .def(
            "__hash__",
            [](const Budget& b) { return py::hash(py::make_tuple(b.period, b.value, b.value_date, b.type, b.status)); })
        .def("__repr__", [](const Budget& b) {
            std::string out = "Budget(" + py::repr(py::cast(b.period)).cast<std::string>() + ", " +
                              py::repr(py::cast(b.value)).cast<std::string>();
            if (b.value_date) out += ", value_date=" + py::repr(py::cast(*b.value_date)).cast<std::string>();
            if (b.type != BudgetType::original) out += ", type=" + py_repr(to_string(b.type));
            if (b.status != BudgetStatus::indicative) out += ", status=" + py_repr(to_string(b.status));
            return out + ")";
        });

    py::class_<CountryShare>(m, "CountryShare", "A share of an ODA engagement in one recipient country (ISO 3166-1).")
        .def(py::init([](CountryCode country, double percentage) {
                 return CountryShare{country, percentage};
             }),
             py::arg("country"), py::arg("percentage") = 100.0)
        .def_property_readonly("country", [](const CountryShare& s) { return s.country; })
        .def_property_readonly("percentage", [](const CountryShare& s) { return s.percentage; })
        .def(py::self == py::self)
        .def("__hash__", [](const CountryShare& s) { return py::hash(py::make_tuple(s.country, s.percentage)); })
        .def("__repr__", [](const CountryShare& s) {
            return "CountryShare(" + py_repr(s.country.view()) + ", " + float_repr(s.percentage) + ")";
        });

    py::class_<SupranationalShare>(
        m, "SupranationalShare",
        "A share of an ODA engagement in a region above the country (IATI recipient-region:\n"
        "798 Asia regional under OECD DAC, or a UN M49 code).")
        .def(
            py::init([](IntArg code_arg, RegionVocabulary vocabulary, double percentage) {
                const int code = code_arg.in<int>("code");
                if (code < 0 || code > 999)
                    throw InvalidValue("region code " + std::to_string(code) + ": expected 0-999 (OECD DAC or UN M49)");
                return SupranationalShare{static_cast<std::uint16_t>(code), vocabulary, percentage};
            }),
            py::arg("code"), py::arg("vocabulary") = RegionVocabulary::oecd_dac, py::arg("percentage") = 100.0)
        .def_property_readonly("code", [](const SupranationalShare& s) { return int{s.code}; })
        .def_property_readonly("vocabulary", [](const SupranationalShare& s) { return s.vocabulary; })
        .def_property_readonly("percentage", [](const SupranationalShare& s) { return s.percentage; })
        .def(py::self == py::self)
        .def("__hash__",
             [](const SupranationalShare& s) {
                 return py::hash(py::make_tuple(s.code, static_cast<int>(s.vocabulary), s.percentage));
             })
        .def("__repr__", [](const SupranationalShare& s) {
            return "SupranationalShare(" + std::to_string(s.code) + ", RegionVocabulary." +
                   (s.vocabulary == RegionVocabulary::un_m49 ? "UN_M49" : "OECD_DAC") + ", " +
                   float_repr(s.percentage) + ")";
        });

    py::class_<TransactionTotal>(m, "TransactionTotal",
                                 "An ODA engagement's transactions of one type in one year and currency, summed.")
        .def(py::init([](IntArg year, EnumArg<TransactionType> type, const Money& amount, IntArg count) {
                 return TransactionTotal{year.in<int>("year"), type.value, amount, count.in<std::uint32_t>("count")};
             }),
             py::arg("year"), py::arg("type"), py::arg("amount"), py::arg("count") = 0)
        .def_property_readonly("year", [](const TransactionTotal& t) { return t.year; })
        .def_property_readonly("type", [](const TransactionTotal& t) { return t.type; })
        .def_property_readonly("amount", [](const TransactionTotal& t) { return t.amount; })
        .def_property_readonly(
            "count", [](const TransactionTotal& t) { return t.count; },
            "How many transactions the total sums; 0 when not known.")
        .def(py::self == py::self)
        .def("__hash__",
             [](const TransactionTotal& t) { return py::hash(py::make_tuple(t.year, t.type, t.amount, t.count)); })
        .def("__repr__", [](const TransactionTotal& t) {
            return "TransactionTotal(" + std::to_string(t.year) + ", " + py_repr(to_string(t.type)) + ", " +
                   py::repr(py::cast(t.amount)).cast<std::string>() + ", count=" + std::to_string(t.count) + ")";
        });

    py::class_<OrganisationValue>(
        m, "Organisation", "An organisation as IATI names it: identifier (KR-GOV-051), name, OrganisationType code.")
        .def(py::init([](std::string ref, std::string name, IntArg type_arg) {
                 const int type = type_arg.in<int>("type");
                 if (type < 0 || type > 99)
                     throw InvalidValue("organisation type " + std::to_string(type) + ": expected an IATI code 0-99");
                 return OrganisationValue{std::move(ref), std::move(name), static_cast<std::uint16_t>(type)};
             }),
             py::arg("ref") = "", py::arg("name") = "", py::arg("type") = 0)
        .def_property_readonly(
            "ref", [](const OrganisationValue& o) { return o.ref; }, "IATI identifier, or ''.")
        .def_property_readonly("name", [](const OrganisationValue& o) { return o.name; })
        .def_property_readonly(
            "type", [](const OrganisationValue& o) { return int{o.type}; },
            "IATI OrganisationType (10 government); 0 unknown.")
        .def(py::self == py::self)
        .def("__hash__", [](const OrganisationValue& o) { return py::hash(py::make_tuple(o.ref, o.name, o.type)); })
        .def("__repr__", [](const OrganisationValue& o) {
            return "Organisation(" + py_repr(o.ref) + ", " + py_repr(o.name) + ", " + std::to_string(o.type) + ")";
        });
}

}  // namespace

void init_records(py::module_& m) {
    bind_shares(m);

    // In the order of RecordKinds: the views that link to a kind come after it and name it
    // in their signatures.
    RecordKinds::for_each(
        [&]<class Record>(std::type_identity<Record>) { bind_view<Record>(m, Description<Record>::table.doc.data()); });
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        bind_table<Record>(m, python_name<Record>("Table").c_str(), Description<Record>::table.python_many.data());
    });
}

}  // namespace paradiplomacy::python
