// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A CSV table's columns: canonical names (what export_csv writes, in this order) and
/// the aliases import_csv also accepts, English and Korean. The record tables' columns
/// are made from the record descriptions (csv_record_tables.hpp); the tables of an
/// engagement's nested lists (oda_*.csv) are listed here. docs/csv-format.md lists them
/// all; tests/io/csv_tables_test.cpp checks the written headers.

#include <cstddef>
#include <span>
#include <string_view>

namespace paradiplomacy::detail {

struct CsvColumn {
    std::string_view name;     ///< Canonical header.
    std::string_view aliases;  ///< Other accepted headers, '|'-separated, already folded.
    bool required = false;
    bool exported = true;       ///< False for import-only columns (an office sheet's partner country).
    std::string_view doc = {};  ///< One line for the format docs.
};

struct CsvTableSpec {
    std::string_view file;  ///< Canonical file name.
    std::span<const CsvColumn> columns;
};

// The record tables' columns come from the record descriptions (csv_record_tables.hpp).
// The tables of an engagement's nested lists keep theirs here: they are shaped after IATI
// elements (recipient-country, sector, budget, ...), not after one model field each, and
// stay as they are.

// clang-format off
inline constexpr CsvColumn oda_region_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"region", "region_code", true},
    {"percentage", "percent|share", true},
};
inline constexpr CsvColumn oda_sector_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"purpose", "purpose_code|sector|dac_code|code", true},
    {"percentage", "percent|share", true},
    {"vocabulary", "sector_vocabulary", false},  // IATI SectorVocabulary; empty, 1 or 2 for DAC purposes
};
enum ShareCol : std::size_t { s_oda, s_code, s_percentage, s_vocabulary /* sectors only */ };

inline constexpr CsvColumn oda_budget_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"start", "period_start|from", true},
    {"end", "period_end|to", false},
    {"amount", "value", true},
    {"currency", "currency_code", true},
    {"value_date", "", false},
    {"type", "budget_type", false},
    {"status", "budget_status", false},
};
enum BudgetCol : std::size_t { b_oda, b_start, b_end, b_amount, b_currency, b_value_date, b_type, b_status };

inline constexpr CsvColumn oda_country_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"country", "country_code|recipient_country", true},
    {"percentage", "percent|share", true},
};
// ShareCol indexes it too.

inline constexpr CsvColumn oda_recipient_region_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"code", "region|region_code|recipient_region", true},
    {"vocabulary", "region_vocabulary", false},
    {"percentage", "percent|share", true},
};
enum RecipientRegionCol : std::size_t { rr_oda, rr_code, rr_vocabulary, rr_percentage };

inline constexpr CsvColumn oda_transaction_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"year", "", true},
    {"type", "transaction_type", true},
    {"amount", "value", true},
    {"currency", "currency_code", true},
    {"count", "transactions", false},
};
enum TransactionCol : std::size_t { t_oda, t_year, t_type, t_amount, t_currency, t_count };

/// oda_participants.csv, of sheets made before version 2: read, never written. Each row
/// becomes an organisation record (found by identifier, else by exact name, else added)
/// named in its engagement's organisations (the `organisations` cell of oda.csv since).
inline constexpr CsvColumn oda_participant_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"ref", "organisation_ref|org_ref", false},
    {"name", "organisation|organisation_name|org_name", false},
    {"type", "organisation_type|org_type", false},
    {"role", "organisation_role", true},
    {"activity_id", "", false},
};
enum ParticipantCol : std::size_t { pt_oda, pt_ref, pt_name, pt_type, pt_role, pt_activity_id };
// clang-format on

inline constexpr CsvTableSpec oda_region_table{"oda_regions.csv", oda_region_columns};
inline constexpr CsvTableSpec oda_sector_table{"oda_sectors.csv", oda_sector_columns};
inline constexpr CsvTableSpec oda_budget_table{"oda_budgets.csv", oda_budget_columns};
inline constexpr CsvTableSpec oda_country_table{"oda_countries.csv", oda_country_columns};
inline constexpr CsvTableSpec oda_recipient_region_table{"oda_recipient_regions.csv", oda_recipient_region_columns};
inline constexpr CsvTableSpec oda_transaction_table{"oda_transactions.csv", oda_transaction_columns};
inline constexpr CsvTableSpec oda_participant_table{"oda_participants.csv", oda_participant_columns};

/// The separator of in-cell lists (fields, partners, organisations, programs).
inline constexpr char csv_list_separator = ';';

}  // namespace paradiplomacy::detail
