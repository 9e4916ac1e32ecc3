// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The record tables' columns (home.csv, and a table per record kind of RecordKinds:
/// municipalities.csv, partners.csv, organisations.csv, agreements.csv, ...), made from the record descriptions
/// (model/field.hpp): a field gives its columns by its C++ type (a period two, a reporting organisation three, a list
/// of ODA parts none: it has a table of its own), its name, aliases and requiredness by its
/// description. Columns come by revision, then in description order, so that a column
/// added later goes after those sheets already have. Import, export and the format docs
/// all walk the same order (for_each_csv_field).

#include "csv_schema.hpp"

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/model/organisation.hpp>
#include <paradiplomacy/model/record_kinds.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/period.hpp>

#include <algorithm>
#include <cstddef>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace paradiplomacy::detail {

template <class T>
inline constexpr bool is_optional_integral_v = false;
template <class T>
inline constexpr bool is_optional_integral_v<std::optional<T>> = std::is_integral_v<T>;

/// An enum with file names (values/enum_names.hpp).
template <class E>
concept NamedEnum = std::is_enum_v<E> && requires {
    enum_names(E{});
};

/// The table that holds a field whose value is a list of ODA parts, or empty for a field
/// that lives in its record's own row. These tables keep their own columns (csv_schema.hpp).
template <class Value>
inline constexpr std::string_view csv_child_table = {};
template <>
inline constexpr std::string_view csv_child_table<std::vector<CountryShare>> = oda_country_table.file;
template <>
inline constexpr std::string_view csv_child_table<std::vector<SupranationalShare>> = oda_recipient_region_table.file;
template <>
inline constexpr std::string_view csv_child_table<std::vector<RegionShare>> = oda_region_table.file;
template <>
inline constexpr std::string_view csv_child_table<std::vector<SectorShare>> = oda_sector_table.file;
template <>
inline constexpr std::string_view csv_child_table<std::vector<OtherSector>> = oda_sector_table.file;
template <>
inline constexpr std::string_view csv_child_table<std::vector<Budget>> = oda_budget_table.file;
template <>
inline constexpr std::string_view csv_child_table<std::vector<TransactionTotal>> = oda_transaction_table.file;

/// How many cells of its record's row a field of type `Value` takes.
template <class Value>
inline constexpr std::size_t csv_cell_count = csv_child_table<Value>.empty() ? 1 : 0;
template <>
inline constexpr std::size_t csv_cell_count<std::optional<Period>> = 2;  // NAME_start, NAME_end
template <>
inline constexpr std::size_t csv_cell_count<std::optional<OrganisationRef>> = 3;  // NAME_ref, NAME_name, NAME_type

/// The file of each record kind's table: home.csv, and the table's name with ".csv"
/// ("partners.csv").
template <class Record>
[[nodiscard]] std::string_view csv_file() {
    if constexpr (std::is_same_v<Record, HomeGovernment>) {
        return "home.csv";
    } else {
        static const std::string file = std::string(Description<Record>::table.file) + ".csv";
        return file;
    }
}

/// Whether a CSV table must have the field's column: as its description says, except an
/// agreement's id, which the importer makes when an office's sheet gives none.
template <class Record, class F>
[[nodiscard]] constexpr bool csv_required(const F& field) noexcept {
    if constexpr (std::is_same_v<Record, Agreement>)
        if (field.name == "id") return false;
    return field.required;
}

/// agreements.csv's import-only columns: an office's sheet names the partner and its
/// country instead of giving a partner id. They follow the described columns.
inline constexpr CsvColumn agreement_import_only_columns[] = {
    {"country", "partner_country|국가|국가명", false, false, "import only: the partner's country"},
    {"partner_level", "level", false, false, "import only: the partner's level"},
    {"partner_region", "region|region_code", false, false, "import only: the partner's ISO 3166-2 code"},
};
enum AgreementImportOnlyCol : std::size_t { ai_country, ai_partner_level, ai_partner_region };

/// partners.csv's import-only columns: the yes/no flags of tables made before designations
/// had dates. A yes becomes a designation (designations.csv) of a start the table does not give.
inline constexpr CsvColumn partner_import_only_columns[] = {
    {"priority", "priority_partner|중점|중점지역", false, false,
     "import only: yes for a priority partner, read as a designation with no start"},
    {"strategic_oda", "oda_partner", false, false,
     "import only: yes for a strategic ODA partner country, read as a designation with no start"},
};
enum PartnerImportOnlyCol : std::size_t { pi_priority, pi_strategic_oda };

/// oda.csv's import-only columns: sheets made before version 2 name the implementers in a
/// cell of their own. Each name becomes an organisation record (found by exact name, else
/// added) named in the engagement's organisations as implementing.
inline constexpr CsvColumn oda_import_only_columns[] = {
    {"implementers", "implementer|implementing_organisations|수행기관", false, false,
     "import only: implementing organisations by name, read as organisation records in role implementing"},
};
enum OdaImportOnlyCol : std::size_t { oi_implementers };

/// The import-only columns of a record kind's table, after its described ones.
template <class Record>
inline constexpr std::span<const CsvColumn> csv_import_only_columns{};
template <>
inline constexpr std::span<const CsvColumn> csv_import_only_columns<Agreement> = agreement_import_only_columns;
template <>
inline constexpr std::span<const CsvColumn> csv_import_only_columns<Partner> = partner_import_only_columns;
template <>
inline constexpr std::span<const CsvColumn> csv_import_only_columns<OdaEngagement> = oda_import_only_columns;

template <Described Record>
[[nodiscard]] constexpr int last_csv_revision() {
    int last = 0;
    for_each_field<Record>([&](const auto& field, auto) { last = std::max(last, field.csv_revision); });
    return last;
}

/// Calls `f(field, path, column)` for every field of `Record` in the table's column order,
/// `column` being the index of the field's first column (a field of a child table takes
/// none; see csv_cell_count).
template <Described Record, class F>
void for_each_csv_field(F&& f) {
    constexpr int last = last_csv_revision<Record>();
    std::size_t column = 0;
    for (int revision = 0; revision <= last; ++revision) {
        for_each_field<Record>([&](const auto& field, auto path) {
            if (field.csv_revision != revision) return;
            f(field, path, column);
            column += csv_cell_count<typename std::remove_cvref_t<decltype(field)>::value_type>;
        });
    }
}

/// The record kind a reference field (an ID, optional or in a list) names.
template <class V>
struct reference_target {};
template <class Tag>
struct reference_target<Id<Tag>> : paradiplomacy::record_of<Tag> {};
template <class V>
struct reference_target<std::optional<V>> : reference_target<V> {};
template <class V>
struct reference_target<std::vector<V>> : reference_target<V> {};
template <class V>
struct reference_target<CompactList<V>> : reference_target<V> {};
template <class V>
inline constexpr bool is_record_reference = false;
template <class Tag>
inline constexpr bool is_record_reference<Id<Tag>> = requires {
    typename paradiplomacy::record_of<Tag>::type;
};
template <class Tag>
inline constexpr bool is_record_reference<std::optional<Id<Tag>>> = is_record_reference<Id<Tag>>;
template <class V>
inline constexpr bool is_record_reference_list = false;
template <class Tag>
inline constexpr bool is_record_reference_list<std::vector<Id<Tag>>> = is_record_reference<Id<Tag>>;
template <class Tag>
inline constexpr bool is_record_reference_list<CompactList<Id<Tag>>> = is_record_reference<Id<Tag>>;

/// What a cell of type `Value` holds, for the format docs.
template <class Value>
std::string csv_value_text() {
    using V = Value;
    if constexpr (std::is_same_v<V, TextId>)
        return "text";
    else if constexpr (std::is_same_v<V, bool>)
        return "yes/no";
    else if constexpr (std::is_same_v<V, std::optional<PartialDate>>)
        return "date";
    else if constexpr (std::is_same_v<V, CountryCode> || std::is_same_v<V, std::optional<CountryCode>>)
        return "ISO 3166-1 alpha-2 or a country name";
    else if constexpr (std::is_same_v<V, SubdivisionCode> || std::is_same_v<V, std::optional<SubdivisionCode>>)
        return "ISO 3166-2";
    else if constexpr (std::is_same_v<V, std::optional<CurrencyCode>>)
        return "ISO 4217";
    else if constexpr (is_record_reference<V>)
        return std::string(Description<typename reference_target<V>::type>::name) + " id";
    else if constexpr (is_list_of_v<V, TextId>)
        return "list";
    else if constexpr (is_record_reference_list<V>)
        return "list of " + std::string(Description<typename reference_target<V>::type>::name) + " ids";
    else if constexpr (std::is_same_v<V, CompactList<Involvement>>)
        return "list of `ROLE:ORGANISATION`, the role one of `funding`, `accountable`, `extending`, `implementing`, "
               "`co_organiser`, `host`, `party` and the organisation's id: `co_organiser:gcf; implementing:koica`";
    else if constexpr (std::is_same_v<V, CompactList<Delegates>>)
        return "list of `ROLE:COUNT`, the role one of `governor`, `vice_governor`, `mayor`, `council_member`, "
               "`official`, `expert`, `business`, `student`, `interpreter`, `press`, `other`: "
               "`vice_governor:1; official:3; interpreter:2`";
    else if constexpr (std::is_same_v<V, std::vector<OtherIdentifier>>)
        return "list of `TYPE:IDENTIFIER`, the type an IATI OtherIdentifierType code (`A1`, `A2`, `A3`, `A4`, "
               "`A9`, `B1`, `B9`) or its name: `B1:XM-OLD; A1:6410000_2020_001`";
    else if constexpr (std::is_integral_v<V> || is_optional_integral_v<V>)
        return "whole number";
    else if constexpr (std::is_same_v<V, double>)
        return "number (digits, '.', no thousands separators)";
    else if constexpr (NamedEnum<V>) {
        std::string out;
        for (const auto name : enum_names(V{})) out += (out.empty() ? "one of `" : ", `") + std::string(name) + "`";
        return out;
    } else
        return "";
}

/// One record kind's table: its columns and, for the docs, what each holds. Made in place
/// once per record kind (csv_record_table), since `spec` views `columns`.
struct CsvRecordTable {
    template <Described Record>
    explicit CsvRecordTable(std::type_identity<Record>);
    CsvRecordTable(const CsvRecordTable&) = delete;
    CsvRecordTable& operator=(const CsvRecordTable&) = delete;

    std::vector<CsvColumn> columns;
    std::vector<std::string> values;  ///< Per column: what a cell holds (docs only).
    CsvTableSpec spec;

private:
    std::deque<std::string> text_;  ///< Storage of the names and aliases made here.
    std::string_view keep(std::string s) { return text_.emplace_back(std::move(s)); }
};

template <Described Record>
CsvRecordTable::CsvRecordTable(std::type_identity<Record>) {
    for_each_csv_field<Record>([&](const auto& field, auto, std::size_t) {
        using Value = typename std::remove_cvref_t<decltype(field)>::value_type;
        const bool required = csv_required<Record>(field);
        const std::string name(field.name);
        if constexpr (std::is_same_v<Value, std::optional<Period>>) {
            columns.push_back({keep(name + "_start"), field.csv_aliases, required, true, field.doc});
            values.push_back("date");
            columns.push_back({keep(name + "_end"), field.csv_end_aliases, false, true, field.doc});
            values.push_back("date; needs " + name + "_start");
        } else if constexpr (std::is_same_v<Value, std::optional<OrganisationRef>>) {
            // The bare name reads as the identifier: "reporting_org" is its ref.
            const std::string aliases = name + (field.csv_aliases.empty() ? "" : "|") + std::string(field.csv_aliases);
            columns.push_back({keep(name + "_ref"), keep(aliases), required, true, field.doc});
            values.push_back("IATI organisation identifier (`KR-GOV-051`)");
            columns.push_back({keep(name + "_name"), {}, false, true, field.doc});
            values.push_back("its name");
            columns.push_back({keep(name + "_type"), {}, false, true, field.doc});
            values.push_back("IATI OrganisationType (`10` government), `0` unknown; written whenever there is one");
        } else if constexpr (csv_cell_count<Value> == 1) {
            columns.push_back({field.name, field.csv_aliases, required, true, field.doc});
            values.push_back(field.name == "id" ? "record id" : csv_value_text<Value>());
        }
    });
    for (const auto& c : csv_import_only_columns<Record>) {
        columns.push_back(c);
        values.emplace_back();
    }
    spec = CsvTableSpec{csv_file<Record>(), columns};
}

/// The table of `Record`, made once.
template <Described Record>
[[nodiscard]] const CsvRecordTable& csv_record_table() {
    static const CsvRecordTable table{std::type_identity<Record>{}};
    return table;
}

}  // namespace paradiplomacy::detail
