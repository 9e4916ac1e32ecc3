// SPDX-License-Identifier: Apache-2.0
#pragma once
// The record descriptions (model/field.hpp) as Python sees them. records.cpp defines the
// views' properties, portfolio.cpp the add_* keywords and frames.cpp the frames' record
// columns by walking them, and _describe() hands them to tools/generate_stubs.py.
//
// A field's Python form follows from its C++ value type, through one PyValue<T> per type:
//   get(owner, value)    the property's value (text as str, IDs as linked views, ...)
//   annotation()         the property's type in the stubs
//   Arg                  the add_* keyword's C++ argument type (what Python may give)
//   arg_annotation()     the keyword's type in the stubs
//   default_value(d)     the keyword's default, `d` being the struct's own default
//   default_stub         the default as the stubs write it
//   set(given, name, out, arg)  stores an argument (Given: the portfolio, the record's key
//                        and label); a refusal names `label: name`
//   interns              whether set() adds text to the portfolio: those are set after the
//                        others, so that an argument refused (an unknown reference, an
//                        integer out of range) leaves the text pool as it was

#include "casters.hpp"
#include "organisation.hpp"
#include "records.hpp"

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/flat_fields.hpp>
#include <paradiplomacy/model/record_input.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace paradiplomacy::python {

// --- the fields of a record kind, inlined parts expanded, as one constexpr tuple ------------

using paradiplomacy::flat_fields;

template <class Record>
inline constexpr std::size_t flat_count = flat_field_count<Record>;

/// Calls `f(std::integral_constant<std::size_t, I>{})` for every field index.
template <class Record, class F>
constexpr void for_each_index(F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) { (f(std::integral_constant<std::size_t, I>{}), ...); }
    (std::make_index_sequence<flat_count<Record>>{});
}

/// The index of the field whose Python name is `name`; flat_count when there is none.
template <class Record>
constexpr std::size_t field_index(std::string_view name) {
    std::size_t found = flat_count<Record>;
    for_each_index<Record>([&](auto i) {
        if (found == flat_count<Record> && std::get<i>(flat_fields<Record>).name() == name) found = i;
    });
    return found;
}

/// The docs line as a docstring: a capital first letter and a full stop.
inline std::string docstring(std::string_view doc) {
    std::string out(doc);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    if (!out.empty() && out.back() != '.') out += '.';
    return out;
}

// The record kind a reference names is record_of_t<Tag> (model/record_kinds.hpp).

/// The Python name of a bound class or enum.
template <class T>
std::string python_type_name() {
    if constexpr (std::is_enum_v<T>)
        return py::type::handle_of(py::cast(T{})).attr("__name__").template cast<std::string>();
    else
        return py::type::of<T>().attr("__name__").template cast<std::string>();
}

// --- one converter per value type --------------------------------------------------------------

/// What set() needs besides the argument: the portfolio, the record's key and its label
/// for messages ('agreement "gg-1"').
struct Given {
    Portfolio& portfolio;
    const std::string& key;
    const std::string& label;
};

template <class T>
struct PyValue;

/// Scalars store what make() returns; set() is the same for all of them.
template <class T, class Self>
struct PyScalar {
    template <class A>
    static void set(const Given& g, std::string_view name, T& out, const A& arg) {
        out = Self::make(g, name, arg);
    }
};

/// Text: str, '' when empty.
template <>
struct PyValue<TextId> : PyScalar<TextId, PyValue<TextId>> {
    using Arg = std::string;
    static constexpr bool interns = true;
    static constexpr const char* default_stub = "\"\"";
    static std::string get(const PortfolioPtr& owner, TextId t) { return std::string(owner->text(t)); }
    static std::string annotation() { return "str"; }
    static std::string arg_annotation() { return "str"; }
    static py::object default_value(TextId) { return py::str(""); }
    static TextId make(const Given& g, std::string_view, const Arg& arg) { return g.portfolio.intern(arg); }
};

template <>
struct PyValue<bool> : PyScalar<bool, PyValue<bool>> {
    using Arg = bool;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "False";
    static bool get(const PortfolioPtr&, bool v) { return v; }
    static std::string annotation() { return "bool"; }
    static std::string arg_annotation() { return "bool"; }
    static py::object default_value(bool d) { return py::bool_(d); }
    static bool make(const Given&, std::string_view, bool arg) { return arg; }
};

/// An enum: its Python enum; given as a member or its name.
template <class E>
requires std::is_enum_v<E>
struct PyValue<E> : PyScalar<E, PyValue<E>> {
    using Arg = EnumArg<E>;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "...";
    static E get(const PortfolioPtr&, E v) { return v; }
    static std::string annotation() { return python_type_name<E>(); }
    static std::string arg_annotation() { return python_type_name<E>() + " | str"; }
    static py::object default_value(E d) { return py::cast(d); }
    static E make(const Given&, std::string_view, const Arg& arg) { return arg.value; }
};

/// A code (country, region, currency): str.
template <class Code>
struct PyCode : PyScalar<Code, PyCode<Code>> {
    using Arg = Code;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "...";
    static Code get(const PortfolioPtr&, const Code& v) { return v; }
    static std::string annotation() { return "str"; }
    static std::string arg_annotation() { return "str"; }
    static py::object default_value(const Code& d) { return py::cast(d); }
    static Code make(const Given&, std::string_view, const Code& arg) { return arg; }
};
template <>
struct PyValue<CountryCode> : PyCode<CountryCode> {};
template <>
struct PyValue<SubdivisionCode> : PyCode<SubdivisionCode> {};
template <>
struct PyValue<CurrencyCode> : PyCode<CurrencyCode> {};

/// A partial date; given as a PartialDate, a datetime.date or ISO text.
template <>
struct PyValue<PartialDate> : PyScalar<PartialDate, PyValue<PartialDate>> {
    using Arg = DateArg;
    static constexpr bool interns = false;
    static PartialDate get(const PortfolioPtr&, const PartialDate& v) { return v; }
    static std::string annotation() { return "PartialDate"; }
    static std::string arg_annotation() { return "_DateLike"; }
    static PartialDate make(const Given&, std::string_view, const Arg& arg) { return arg.value; }
};

template <>
struct PyValue<Period> : PyScalar<Period, PyValue<Period>> {
    using Arg = Period;
    static constexpr bool interns = false;
    static Period get(const PortfolioPtr&, const Period& v) { return v; }
    static std::string annotation() { return "Period"; }
    static std::string arg_annotation() { return "Period"; }
    static Period make(const Given&, std::string_view, const Period& arg) { return arg; }
};

/// A reference to another record: the record's view; given as its ID, key or view.
template <class Tag>
struct PyValue<Id<Tag>> : PyScalar<Id<Tag>, PyValue<Id<Tag>>> {
    using Other = record_of_t<Tag>;
    using Arg = RecordRef<Other>;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "...";
    static View<Other> get(const PortfolioPtr& owner, Id<Tag> id) { return make_view<Other>(owner, id); }
    static std::string annotation() { return RecordTraits<Other>::name; }
    static std::string arg_annotation() {
        return python_type_name<Id<Tag>>() + " | str | " + std::string(RecordTraits<Other>::name);
    }
    static Id<Tag> make(const Given& g, std::string_view name, const Arg& arg) {
        return resolve(g.portfolio, arg, g.label + ": " + std::string(name));
    }
};

/// The organisation that published an engagement, with its text: Organisation.
template <>
struct PyValue<OrganisationRef> : PyScalar<OrganisationRef, PyValue<OrganisationRef>> {
    using Arg = OrganisationValue;
    static constexpr bool interns = true;
    static OrganisationValue get(const PortfolioPtr& owner, const OrganisationRef& o) { return value_of(*owner, o); }
    static std::string annotation() { return "Organisation"; }
    static std::string arg_annotation() { return "Organisation"; }
    static OrganisationRef make(const Given& g, std::string_view, const Arg& arg) {
        return intern_in(g.portfolio, arg);
    }
};

/// An optional value: None when absent, and by default.
template <class T>
struct PyValue<std::optional<T>> {
    using Inner = PyValue<T>;
    using Arg = std::optional<typename Inner::Arg>;
    static constexpr bool interns = Inner::interns;
    static constexpr const char* default_stub = "None";
    static auto get(const PortfolioPtr& owner, const std::optional<T>& v)
        -> std::optional<decltype(Inner::get(owner, *v))> {
        if (!v) return std::nullopt;
        return Inner::get(owner, *v);
    }
    static std::string annotation() { return Inner::annotation() + " | None"; }
    static std::string arg_annotation() { return Inner::arg_annotation() + " | None"; }
    static py::object default_value(const std::optional<T>&) { return py::none(); }
    static void set(const Given& g, std::string_view name, std::optional<T>& out, const Arg& arg) {
        if (arg) out = Inner::make(g, name, *arg);
    }
};

/// A count that may be unknown (a program's headcount): int or None.
template <>
struct PyValue<std::optional<std::uint32_t>> {
    using Arg = std::optional<IntArg>;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "None";
    static std::optional<std::uint32_t> get(const PortfolioPtr&, const std::optional<std::uint32_t>& v) { return v; }
    static std::string annotation() { return "int | None"; }
    static std::string arg_annotation() { return "int | None"; }
    static py::object default_value(const std::optional<std::uint32_t>&) { return py::none(); }
    static void set(const Given&, std::string_view name, std::optional<std::uint32_t>& out, const Arg& arg) {
        if (arg) out = arg->in<std::uint32_t>(std::string(name).c_str());
    }
};

/// A code where 0 means "none" (the partner's UN M49 world_region, 0: derived from the
/// country): int, or None for 0; None given stores 0.
template <>
struct PyValue<std::uint16_t> {
    using Arg = std::optional<IntArg>;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "None";
    static std::optional<int> get(const PortfolioPtr&, std::uint16_t v) {
        return v == 0 ? std::nullopt : std::optional<int>(v);
    }
    static std::string annotation() { return "int | None"; }
    static std::string arg_annotation() { return "int | None"; }
    static py::object default_value(std::uint16_t) { return py::none(); }
    static void set(const Given&, std::string_view name, std::uint16_t& out, const Arg& arg) {
        out = arg ? arg->in<std::uint16_t>(std::string(name).c_str()) : std::uint16_t{0};
    }
};

/// An amount of money: float, 0.0 by default; refuses NaN and infinities, which no file holds.
template <>
struct PyValue<double> : PyScalar<double, PyValue<double>> {
    using Arg = double;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "0.0";
    static double get(const PortfolioPtr&, double v) { return v; }
    static std::string annotation() { return "float"; }
    static std::string arg_annotation() { return "float"; }
    static py::object default_value(double d) { return py::float_(d); }
    static double make(const Given& g, std::string_view name, double arg) {
        if (!std::isfinite(arg)) throw InvalidValue(g.label + ": " + std::string(name) + " is not a finite number");
        return arg;
    }
};

/// A list: list[...] of the items' Python form; given as any sequence, [] by default.
/// Items that are plain bound structs (RegionShare, Budget, ...) are copied as they are.
template <class T>
struct PyValue<std::vector<T>> {
    using Arg = std::vector<T>;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "[]";
    static std::vector<T> get(const PortfolioPtr&, const std::vector<T>& v) { return v; }
    static std::string annotation() { return "list[" + python_type_name<T>() + "]"; }
    static std::string arg_annotation() { return "Sequence[" + python_type_name<T>() + "]"; }
    static py::object default_value(const std::vector<T>&) { return py::list(); }
    static void set(const Given&, std::string_view, std::vector<T>& out, Arg arg) { out = std::move(arg); }
};

/// A list of texts: list[str].
template <class List>
struct TextListValue {
    using Arg = std::vector<std::string>;
    static constexpr bool interns = true;
    static constexpr const char* default_stub = "[]";
    static std::vector<std::string> get(const PortfolioPtr& owner, const List& v) {
        std::vector<std::string> out;
        out.reserve(v.size());
        for (const TextId t : v) out.emplace_back(owner->text(t));
        return out;
    }
    static std::string annotation() { return "list[str]"; }
    static std::string arg_annotation() { return "Sequence[str]"; }
    static py::object default_value(const List&) { return py::list(); }
    static void set(const Given& g, std::string_view, List& out, const Arg& arg) {
        for (const std::string& text : arg) out.push_back(g.portfolio.intern(text));
    }
};
template <>
struct PyValue<std::vector<TextId>> : TextListValue<std::vector<TextId>> {};
template <>
struct PyValue<CompactList<TextId>> : TextListValue<CompactList<TextId>> {};

/// A list of references: list of views; given as IDs, keys or views. A refusal names
/// the kind of record the list holds ('program "x": partner "p" is not in this portfolio').
template <class List, class Tag = typename paradiplomacy::detail::id_tag<typename List::value_type>::type>
struct ReferenceListValue {
    using Other = record_of_t<Tag>;
    using Arg = std::vector<RecordRef<Other>>;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "[]";
    static std::vector<View<Other>> get(const PortfolioPtr& owner, const List& v) {
        std::vector<View<Other>> out;
        out.reserve(v.size());
        for (const auto id : v) out.push_back(make_view<Other>(owner, id));
        return out;
    }
    static std::string annotation() { return "list[" + std::string(RecordTraits<Other>::name) + "]"; }
    static std::string arg_annotation() { return "Sequence[" + PyValue<Id<Tag>>::arg_annotation() + "]"; }
    static py::object default_value(const List&) { return py::list(); }
    static void set(const Given& g, std::string_view, List& out, const Arg& arg) {
        for (const auto& ref : arg)
            out.push_back(resolve(g.portfolio, ref, g.label + ": " + RecordTraits<Other>::what));
    }
};
template <class Tag>
struct PyValue<std::vector<Id<Tag>>> : ReferenceListValue<std::vector<Id<Tag>>> {};
template <class Tag>
struct PyValue<CompactList<Id<Tag>>> : ReferenceListValue<CompactList<Id<Tag>>> {};

/// Organisation records in roles as (organisation, role, activity_id), the activity_id
/// being the organisation's own identifier of the activity (IATI
/// participating-org/@activity-id) or ''; given as (organisation, role) or (organisation,
/// role, activity_id), with the organisation as its ID, key or view and the role as a
/// member or its name.
template <>
struct PyValue<CompactList<Involvement>> {
    using Pair = std::tuple<RecordRef<Organisation>, EnumArg<OrganisationRole>>;
    using Triple = std::tuple<RecordRef<Organisation>, EnumArg<OrganisationRole>, std::string>;
    // monostate first: a variant needs a default, which a reference has not (None is refused).
    using Arg = std::vector<std::variant<std::monostate, Pair, Triple>>;
    static constexpr bool interns = true;
    static constexpr const char* default_stub = "[]";
    using Tuple = std::tuple<View<Organisation>, OrganisationRole, std::string>;
    static std::vector<Tuple> get(const PortfolioPtr& owner, const CompactList<Involvement>& v) {
        std::vector<Tuple> out;
        out.reserve(v.size());
        for (const auto& x : v)
            out.emplace_back(make_view<Organisation>(owner, x.organisation), x.role,
                             std::string(owner->text(x.activity_id)));
        return out;
    }
    static std::string annotation() {
        return "list[tuple[" + std::string(RecordTraits<Organisation>::name) + ", OrganisationRole, str]]";
    }
    /// _Involvement: an alias of the stubs (_core.pyi) for the pair or the triple.
    static std::string arg_annotation() { return "Sequence[_Involvement]"; }
    static py::object default_value(const CompactList<Involvement>&) { return py::list(); }
    static void set(const Given& g, std::string_view, CompactList<Involvement>& out, const Arg& arg) {
        // Every organisation is resolved before any activity identifier is interned, so that
        // one refused leaves the text pool as it was.
        const std::string what = g.label + ": " + RecordTraits<Organisation>::what;
        const std::size_t first = out.size();
        for (const auto& item : arg) {
            if (std::holds_alternative<std::monostate>(item))
                throw py::type_error(what +
                                     ": expected (organisation, role) or (organisation, role, activity_id), "
                                     "not None");
            const auto* pair = std::get_if<Pair>(&item);
            const auto* triple = std::get_if<Triple>(&item);
            const RecordRef<Organisation>& organisation = pair ? std::get<0>(*pair) : std::get<0>(*triple);
            const OrganisationRole role = pair ? std::get<1>(*pair).value : std::get<1>(*triple).value;
            out.push_back(Involvement{resolve(g.portfolio, organisation, what), role});
        }
        for (std::size_t i = 0; i < arg.size(); ++i)
            if (const auto* triple = std::get_if<Triple>(&arg[i]))
                out[first + i].activity_id = g.portfolio.intern(std::get<2>(*triple));
    }
};

/// A delegation's members as (role, count); the count is 0 to 65535.
template <>
struct PyValue<CompactList<Delegates>> {
    using Arg = std::vector<std::tuple<EnumArg<DelegateRole>, IntArg>>;
    using Tuple = std::tuple<DelegateRole, int>;
    static constexpr bool interns = false;
    static constexpr const char* default_stub = "[]";
    static std::vector<Tuple> get(const PortfolioPtr&, const CompactList<Delegates>& v) {
        std::vector<Tuple> out;
        out.reserve(v.size());
        for (const auto& d : v) out.emplace_back(d.role, d.count);
        return out;
    }
    static std::string annotation() { return "list[tuple[DelegateRole, int]]"; }
    static std::string arg_annotation() { return "Sequence[tuple[DelegateRole | str, int]]"; }
    static py::object default_value(const CompactList<Delegates>&) { return py::list(); }
    static void set(const Given& g, std::string_view, CompactList<Delegates>& out, const Arg& arg) {
        for (const auto& [role, count] : arg)
            out.push_back(Delegates{role.value, count.in<std::uint16_t>((g.label + ": members count").c_str())});
    }
};

/// Sectors of other vocabularies as (vocabulary, code, percentage or None); the rules on
/// them are the library's (other_sector, model/record_input.hpp).
template <>
struct PyValue<std::vector<OtherSector>> {
    using Tuple = std::tuple<std::string, std::string, std::optional<double>>;
    using Arg = std::vector<Tuple>;
    static constexpr bool interns = true;
    static constexpr const char* default_stub = "[]";
    static std::vector<Tuple> get(const PortfolioPtr& owner, const std::vector<OtherSector>& v) {
        std::vector<Tuple> out;
        out.reserve(v.size());
        for (const auto& s : v)
            out.emplace_back(std::string(owner->text(s.vocabulary)), std::string(owner->text(s.code)), s.percentage);
        return out;
    }
    static std::string annotation() { return "list[tuple[str, str, float | None]]"; }
    static std::string arg_annotation() { return "Sequence[tuple[str, str, float | None]]"; }
    static py::object default_value(const std::vector<OtherSector>&) { return py::list(); }
    static void set(const Given& g, std::string_view, std::vector<OtherSector>& out, const Arg& arg) {
        for (const auto& [vocabulary, code, percentage] : arg)
            out.push_back(other_sector(g.portfolio, g.key, vocabulary, code, percentage));
    }
};

/// Other identifiers as (identifier, OtherIdentifierType); the rule on them is the
/// library's (other_identifier, model/record_input.hpp).
template <>
struct PyValue<std::vector<OtherIdentifier>> {
    using Tuple = std::tuple<std::string, OtherIdentifierType>;
    using Arg = std::vector<Tuple>;
    static constexpr bool interns = true;
    static constexpr const char* default_stub = "[]";
    static std::vector<Tuple> get(const PortfolioPtr& owner, const std::vector<OtherIdentifier>& v) {
        std::vector<Tuple> out;
        out.reserve(v.size());
        for (const auto& o : v) out.emplace_back(std::string(owner->text(o.ref)), o.type);
        return out;
    }
    static std::string annotation() { return "list[tuple[str, OtherIdentifierType]]"; }
    static std::string arg_annotation() { return "Sequence[tuple[str, OtherIdentifierType]]"; }
    static py::object default_value(const std::vector<OtherIdentifier>&) { return py::list(); }
    static void set(const Given& g, std::string_view, std::vector<OtherIdentifier>& out, const Arg& arg) {
        for (const auto& [ref, type] : arg) out.push_back(other_identifier(g.portfolio, g.key, ref, type));
    }
};

// --- a field as an add_* keyword ---------------------------------------------------------------

/// Fields that files must give but add_* fills in when left out: a partner's country (the
/// region's, partner_country in model/record_input.hpp), a program's direction (both) and
/// an engagement's status (pipeline), the struct's own defaults.
template <class Record>
constexpr bool python_optional(std::string_view name) {
    if constexpr (std::is_same_v<Record, Partner>) return name == "country";
    if constexpr (std::is_same_v<Record, ExchangeProgram>) return name == "direction";
    if constexpr (std::is_same_v<Record, OdaEngagement>) return name == "status";
    return false;
}

/// Field I of Record as an add_* keyword.
template <class Record, std::size_t I>
struct Keyword {
    static constexpr auto flat = std::get<I>(flat_fields<Record>);
    using Value = typename decltype(flat)::value_type;
    using Conv = PyValue<Value>;
    /// A whole string literal of the description, so data() is a C string that lives as
    /// long as the module (pybind11 keeps the pointer).
    static constexpr std::string_view name = flat.name();
    static constexpr bool required = flat.field.required && !python_optional<Record>(name);
    /// The partner's country may be left out: partner_country() then takes the region's.
    static constexpr bool partner_country = std::is_same_v<Record, Partner> && name == "country";
    using Arg = std::conditional_t<partner_country, std::optional<CountryCode>, typename Conv::Arg>;

    static std::string arg_annotation() {
        return partner_country ? Conv::arg_annotation() + " | None" : Conv::arg_annotation();
    }
    /// The default as the stubs write it; empty for a required keyword.
    static std::string default_stub() {
        if constexpr (required)
            return "";
        else if constexpr (partner_country)
            return "None";
        else
            return Conv::default_stub;
    }
    /// The pybind11 argument: required, or with its default.
    static auto arg() {
        if constexpr (required)
            return py::arg(name.data());
        else if constexpr (partner_country)
            return py::arg_v(name.data(), py::none());
        else
            return py::arg_v(name.data(), Conv::default_value(flat.of(Record{})));
    }
};

/// Whether a record kind has a frame method, NAME_frame() for its table NAME (frames.cpp):
/// every kind but those whose frames have shapes of their own (an engagement's budgets and
/// transactions: oda_budgets_frame, oda_transactions_frame) or none yet (municipalities).
template <class Record>
constexpr bool has_frame = !std::is_same_v<Record, Municipality> && !std::is_same_v<Record, OdaEngagement>;

/// The Python method that adds a record of the kind ("add_partner").
template <class Record>
std::string python_add_name() {
    return "add_" + std::string(Description<Record>::table.python_one);
}

/// One record kind as _describe() gives it: {'add': method, 'id': its ID class, 'table': the
/// Portfolio property, 'table_class': its class, 'frame': the frame method or '' for none,
/// 'doc': the class docstring, 'fields': [(name, property annotation, docstring, required in
/// add_*, keyword annotation, keyword default as the stubs write it, '' when required)]}.
template <class Record>
py::dict describe_record() {
    py::list fields;
    for_each_index<Record>([&](auto i) {
        using K = Keyword<Record, decltype(i)::value>;
        fields.append(py::make_tuple(std::string(K::name), K::Conv::annotation(), docstring(K::flat.field.doc),
                                     K::required, K::arg_annotation(), K::default_stub()));
    });
    py::dict out;
    out["add"] = python_add_name<Record>();
    out["id"] = python_name<Record>("Id");
    out["table"] = std::string(Description<Record>::table.python_many);
    out["table_class"] = python_name<Record>("Table");
    out["doc"] = std::string(Description<Record>::table.doc);
    out["frame"] = has_frame<Record> ? std::string(Description<Record>::table.python_many) + "_frame" : std::string();
    out["fields"] = fields;
    return out;
}

}  // namespace paradiplomacy::python
