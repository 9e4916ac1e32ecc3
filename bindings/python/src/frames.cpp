// SPDX-License-Identifier: Apache-2.0
// The portfolio's tables as pandas DataFrames (Portfolio.partners_frame() ...), built
// column by column in C++ (frames.hpp). Codes and enum values are Categoricals, partial
// dates a datetime64[D] column (earliest day) with a `_precision` column beside it.

#include "frames.hpp"

#include "bindings.hpp"
#include "described.hpp"
#include "records.hpp"

#include <array>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace paradiplomacy::python {
namespace {

// --- record columns from the description ---------------------------------------------------

/// A reference to another record (not a TextId), alone, optional or in a list.
template <class T>
struct IsRef : std::false_type {};
template <class Tag>
requires requires { typename record_of<Tag>::type; }
struct IsRef<Id<Tag>> : std::true_type {};
template <class T>
struct IsOptionalRef : std::false_type {};
template <class T>
struct IsOptionalRef<std::optional<T>> : IsRef<T> {};
template <class T>
struct IsRefList : std::false_type {};
template <class T>
struct IsRefList<std::vector<T>> : IsRef<T> {};
template <class T>
struct IsRefList<CompactList<T>> : IsRef<T> {};

/// The key of the record `id` names, or None when the portfolio has no such record.
template <class Tag>
std::optional<std::string_view> key_of(const Portfolio& p, Id<Tag> id) {
    using Other = record_of_t<Tag>;
    if (!p.contains(id)) return std::nullopt;
    return p.text(RecordTraits<Other>::get(p, id).key);
}

/// The column of a field of C++ type T, `get(row)` giving the field's value; false for a
/// type that is not a frame column (lists of parts, periods, organisations).
template <class T, class Rows, class Get>
bool field_column(Columns& c, const char* name, const Rows& rows, const Portfolio& p, Get get) {
    using Row = std::ranges::range_value_t<Rows>;
    if constexpr (std::is_same_v<T, TextId>) {
        c.strings(name, rows, [&](const Row& r) { return p.text(get(r)); });
    } else if constexpr (std::is_same_v<T, bool>) {
        c.bools(name, rows, get);
    } else if constexpr (std::is_enum_v<T>) {
        c.enums<T>(name, rows, get);
    } else if constexpr (std::is_same_v<T, CountryCode> || std::is_same_v<T, std::optional<CountryCode>> ||
                         std::is_same_v<T, std::optional<SubdivisionCode>> ||
                         std::is_same_v<T, std::optional<CurrencyCode>>) {
        c.codes(name, rows, get);
    } else if constexpr (std::is_same_v<T, std::optional<PartialDate>>) {
        c.partial_dates(name, rows, get);
    } else if constexpr (std::is_same_v<T, std::optional<std::uint32_t>>) {
        c.optional_ints(name, rows, get);
    } else if constexpr (std::is_same_v<T, std::uint16_t>) {  // a year or code, 0 when none: Int64 with NA
        c.optional_ints(name, rows, [&](const Row& r) -> std::optional<std::uint16_t> {
            const std::uint16_t v = get(r);
            return v == 0 ? std::nullopt : std::optional<std::uint16_t>(v);
        });
    } else if constexpr (std::is_same_v<T, double>) {
        c.floats(name, rows, get);
    } else if constexpr (IsRef<T>::value) {
        // Views into the portfolio's own storage: no string is copied on the way to Python,
        // and the rows that name one record share one str.
        c.references(name, rows, [&](const Row& r) { return key_of(p, get(r)); });
    } else if constexpr (IsOptionalRef<T>::value) {
        c.references(name, rows, [&](const Row& r) -> std::optional<std::string_view> {
            const T& id = get(r);
            if (!id) return std::nullopt;
            return key_of(p, *id);
        });
    } else if constexpr (IsRefList<T>::value) {
        c.strings(name, rows, [&](const Row& r) {  // the keys joined by ';'
            std::string keys;
            for (const auto id : get(r)) {
                const auto key = key_of(p, id);
                if (!key) continue;
                if (!keys.empty()) keys += ';';
                keys += *key;
            }
            return keys;
        });
    } else if constexpr (std::is_same_v<T, CompactList<Involvement>>) {
        // "role:key" or "role:key@activity-id" joined by ';', as in a CSV cell
        c.strings(name, rows, [&](const Row& r) {
            std::string items;
            for (const Involvement& v : get(r)) {
                const auto key = key_of(p, v.organisation);
                if (!key) continue;
                if (!items.empty()) items += ';';
                items += std::string(to_string(v.role)) + ":" + std::string(*key);
                if (const std::string_view activity = p.text(v.activity_id); !activity.empty())
                    (items += '@') += activity;
            }
            return items;
        });
    } else if constexpr (std::is_same_v<T, CompactList<Delegates>>) {
        c.strings(name, rows, [&](const Row& r) {  // "role:count" joined by ';', as in a CSV cell
            std::string items;
            for (const Delegates& d : get(r)) {
                if (!items.empty()) items += ';';
                items += std::string(to_string(d.role)) + ":" + std::to_string(d.count);
            }
            return items;
        });
    } else if constexpr (std::is_same_v<T, std::vector<TextId>>) {
        c.strings(name, rows, [&](const Row& r) {  // the items joined by ';', as in a CSV cell
            std::string items;
            for (const TextId item : get(r)) {
                if (!items.empty()) items += ';';
                items += p.text(item);
            }
            return items;
        });
    } else {
        return false;
    }
    return true;
}

/// Column `name` of a record frame: field I of Record, or (I == flat_count, no field of
/// that name) one that `derived` adds.
template <class Record, std::size_t I, class Rows, class Derived>
void add_column(Columns& c, std::string_view name, const Rows& rows, const Portfolio& p, const Derived& derived) {
    bool added = false;
    if constexpr (I == flat_count<Record>) {
        added = derived(c, name, rows);
    } else {
        added = field_column<typename std::remove_cvref_t<decltype(std::get<I>(flat_fields<Record>))>::value_type>(
            c, name.data(), rows, p,
            [](const Record& r) -> const auto& { return std::get<I>(flat_fields<Record>).of(r); });
    }
    if (!added) throw std::logic_error("frame column " + std::string(name) + " is neither a field nor derived");
}

/// A record frame: the columns `Spec::columns` in order, each a described field (by its
/// Python name, found at compile time) or one that `derived(c, name, rows)` adds.
template <class Record, class Spec, class Derived>
py::object record_frame(const Portfolio& p, const Derived& derived) {
    const auto rows = RecordTraits<Record>::table(p);
    Columns c;
    constexpr auto& columns = Spec::columns;
    [&]<std::size_t... C>(std::index_sequence<C...>) {
        (add_column<Record, field_index<Record>(columns[C])>(c, columns[C], rows, p, derived), ...);
    }
    (std::make_index_sequence<columns.size()>{});
    return c.frame();
}

constexpr auto no_derived = [](Columns&, std::string_view, const auto&) { return false; };

struct PartnerColumns {
    static constexpr std::array<std::string_view, 7> columns{"key",     "level",      "country",  "region",
                                                             "name_en", "name_local", "uncertain"};
};
struct AgreementColumns {
    static constexpr std::array<std::string_view, 15> columns{
        "key",        "partner",          "country",    "signatory",   "kind",
        "signed_on",  "proposed",         "valid_from", "valid_until", "terminated_on",
        "supersedes", "council_approval", "title",      "uncertain",   "organisations"};
};
struct ProgramColumns {
    static constexpr std::array<std::string_view, 12> columns{
        "key",      "kind",           "direction", "start", "end",           "headcount",
        "partners", "municipalities", "organiser", "title", "organisations", "members"};
};

py::object partners_frame(const Portfolio& p) { return record_frame<Partner, PartnerColumns>(p, no_derived); }

py::object agreements_frame(const Portfolio& p) {
    // The partner's country, and the validity as two partial dates.
    const auto derived = [&](Columns& c, std::string_view column, const auto& rows) {
        if (column == "country") {
            c.codes("country", rows, [&](const Agreement& r) -> std::optional<std::string_view> {
                if (!p.contains(r.partner)) return std::nullopt;
                return p.partner(r.partner).country.view();
            });
        } else if (column == "valid_from") {
            c.partial_dates("valid_from", rows, [](const Agreement& r) -> std::optional<PartialDate> {
                if (!r.validity) return std::nullopt;
                return r.validity->start();
            });
        } else if (column == "valid_until") {
            c.partial_dates("valid_until", rows, [](const Agreement& r) -> std::optional<PartialDate> {
                if (!r.validity) return std::nullopt;
                return r.validity->end();
            });
        } else {
            return false;
        }
        return true;
    };
    return record_frame<Agreement, AgreementColumns>(p, derived);
}

py::object programs_frame(const Portfolio& p) { return record_frame<ExchangeProgram, ProgramColumns>(p, no_derived); }

/// A record kind's frame of every described field that makes a column, in description
/// order: the frame of a kind without columns chosen for it (NAME_frame(), NAME its table).
template <class Record>
py::object all_fields_frame(const Portfolio& p) {
    const auto rows = RecordTraits<Record>::table(p);
    Columns c;
    for_each_index<Record>([&](auto i) {
        constexpr std::size_t I = decltype(i)::value;
        using Value = typename std::remove_cvref_t<decltype(std::get<I>(flat_fields<Record>))>::value_type;
        static_cast<void>(field_column<Value>(
            c, std::get<I>(flat_fields<Record>).name().data(), rows, p,
            [](const Record& r) -> const auto& { return std::get<I>(flat_fields<Record>).of(r); }));
    });
    return c.frame();
}

/// The frame method of a record kind (has_frame, described.hpp): the columns chosen for it
/// (partners_frame ...), else every described column.
template <class Record>
std::string frame_doc() {
    if constexpr (std::is_same_v<Record, Partner>)
        return "The partners as a pandas.DataFrame: key, level, country, region, name_en, name_local,\n"
               "uncertain. Needs pandas.";
    else if constexpr (std::is_same_v<Record, Agreement>)
        return "The agreements as a pandas.DataFrame: key, partner, country, signatory, kind, signed_on\n"
               "(+ signed_on_precision), proposed, valid_from, valid_until, terminated_on (each with a\n"
               "_precision column), supersedes, council_approval, title, uncertain. Needs pandas.";
    else if constexpr (std::is_same_v<Record, ExchangeProgram>)
        return "The exchange programs as a pandas.DataFrame: key, kind, direction, start, end (each with a\n"
               "_precision column), headcount (Int64), partners (keys joined by ';'), organiser, title.";
    else
        return "The " + std::string(Description<Record>::table.python_many) +
               " as a pandas.DataFrame: one column per field (dates with a _precision column).\nNeeds pandas.";
}
template <class Record>
py::object frame_of(const Portfolio& p) {
    if constexpr (std::is_same_v<Record, Partner>)
        return partners_frame(p);
    else if constexpr (std::is_same_v<Record, Agreement>)
        return agreements_frame(p);
    else if constexpr (std::is_same_v<Record, ExchangeProgram>)
        return programs_frame(p);
    else
        return all_fields_frame<Record>(p);
}

/// The columns every per-engagement frame starts with: the engagement's key, recipient and
/// status. `Row` points at its engagement through `engagement`.
template <class Row>
void engagement_columns(Columns& c, const Portfolio& p, const std::vector<Row>& rows) {
    c.strings("engagement", rows, [&](const Row& r) { return p.text(r.engagement->key); });
    c.codes("recipient", rows, [](const Row& r) { return r.engagement->recipient; });
    c.enums<OdaStatus>("status", rows, [](const Row& r) { return r.engagement->status; });
}

/// The reporting organisation's IATI identifier, or None.
std::optional<std::string> reporting_org_ref(const Portfolio& p, const OdaEngagement& e) {
    if (!e.reporting_org) return std::nullopt;
    return std::string(p.text(e.reporting_org->ref));
}

/// One row per budget of every engagement.
py::object oda_budgets_frame(const Portfolio& p) {
    struct Row {
        const OdaEngagement* engagement;
        const Budget* budget;
    };
    std::vector<Row> rows;
    for (const auto& e : p.engagements())
        for (const auto& b : e.budgets) rows.push_back({&e, &b});
    Columns c;
    engagement_columns(c, p, rows);
    c.partial_dates("start", rows, [](const Row& r) { return std::optional<PartialDate>(r.budget->period.start()); });
    c.partial_dates("end", rows, [](const Row& r) { return r.budget->period.end(); });
    c.ints("year", rows, [](const Row& r) { return r.budget->period.start().year(); });
    c.floats("amount", rows, [](const Row& r) { return r.budget->value.amount(); });
    c.codes("currency", rows, [](const Row& r) { return r.budget->value.currency(); });
    c.partial_dates("value_date", rows, [](const Row& r) { return r.budget->value_date; });
    c.enums<BudgetType>("budget_type", rows, [](const Row& r) { return r.budget->type; });
    c.enums<BudgetStatus>("budget_status", rows, [](const Row& r) { return r.budget->status; });
    c.strings("default_currency", rows, [](const Row& r) -> std::optional<std::string> {
        if (!r.engagement->default_currency) return std::nullopt;
        return r.engagement->default_currency->str();
    });
    c.strings("reporting_org", rows, [&](const Row& r) { return reporting_org_ref(p, *r.engagement); });
    return c.frame();
}

/// One row per transaction total of every engagement.
py::object oda_transactions_frame(const Portfolio& p) {
    struct Row {
        const OdaEngagement* engagement;
        const TransactionTotal* total;
    };
    std::vector<Row> rows;
    for (const auto& e : p.engagements())
        for (const auto& t : e.transactions) rows.push_back({&e, &t});
    Columns c;
    engagement_columns(c, p, rows);
    c.ints("year", rows, [](const Row& r) { return r.total->year; });
    c.enums<TransactionType>("type", rows, [](const Row& r) { return r.total->type; });
    c.floats("amount", rows, [](const Row& r) { return r.total->amount.amount(); });
    c.codes("currency", rows, [](const Row& r) { return r.total->amount.currency(); });
    c.ints("count", rows, [](const Row& r) { return static_cast<int>(r.total->count); });
    c.strings("reporting_org", rows, [&](const Row& r) { return reporting_org_ref(p, *r.engagement); });
    return c.frame();
}

}  // namespace

void init_frames(py::module_& m) {
    auto portfolio = py::reinterpret_borrow<py::class_<Portfolio, PortfolioPtr>>(m.attr("Portfolio"));
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        if constexpr (has_frame<Record>) {
            const std::string name = std::string(Description<Record>::table.python_many) + "_frame";
            portfolio.def(name.c_str(), &frame_of<Record>, frame_doc<Record>().c_str());
        }
    });
    portfolio
        .def("oda_budgets_frame", &oda_budgets_frame,
             "One row per budget of every ODA engagement: engagement, recipient, status, start, end (with\n"
             "_precision columns), year (of the start), amount, currency, value_date (+ _precision), budget_type,\n"
             "budget_status, default_currency and reporting_org (the publisher's IATI identifier).")
        .def("oda_transactions_frame", &oda_transactions_frame,
             "One row per transaction total of every ODA engagement: engagement, recipient, status, year,\n"
             "type, amount, currency, count (0: not known), reporting_org. Needs pandas.");
}

}  // namespace paradiplomacy::python
