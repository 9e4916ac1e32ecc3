// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A portfolio as spreadsheet tables (CSV, one file per record kind), and the sheets an
/// office already keeps (partner, country, tie type, field, signing date), in English or
/// Korean headers. The format is described in docs/csv-format.md.

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace paradiplomacy {

/// The files to import; each one is optional. Unset tables are empty.
struct CsvSources {
    std::optional<std::filesystem::path> home;            ///< home.csv: code, name_en, name_local (one row)
    std::optional<std::filesystem::path> municipalities;  ///< municipalities.csv
    std::optional<std::filesystem::path> partners;        ///< partners.csv
    std::optional<std::filesystem::path> agreements;      ///< agreements.csv (or an office's sheet of ties)
    std::optional<std::filesystem::path> programs;        ///< programs.csv
    std::optional<std::filesystem::path> oda;             ///< oda.csv
    std::optional<std::filesystem::path> oda_regions;     ///< oda_regions.csv: oda, region, percentage
    std::optional<std::filesystem::path> oda_sectors;     ///< oda_sectors.csv: oda, purpose, percentage
    std::optional<std::filesystem::path> oda_budgets;     ///< oda_budgets.csv: oda, start, end, amount, currency, ...
    std::optional<std::filesystem::path> oda_countries;   ///< oda_countries.csv: oda, country, percentage
    /// oda_recipient_regions.csv: oda, code, vocabulary, percentage (regions above the country)
    std::optional<std::filesystem::path> oda_recipient_regions;
    std::optional<std::filesystem::path>
        oda_transactions;  ///< oda_transactions.csv: oda, year, type, amount, currency, count
    /// oda_participants.csv (oda, ref, name, type, role, activity_id) of sheets made before
    /// version 2, read only: each row becomes an organisation record in the engagement's
    /// organisations. export_csv writes the organisations cell and organisations.csv instead.
    std::optional<std::filesystem::path> oda_participants;
    /// The tables of the record kinds without a member above, by canonical file name
    /// ("organisations.csv"; docs/csv-format.md lists them).
    std::map<std::string, std::filesystem::path, std::less<>> record_tables;

    /// The files of `directory` that exist under their canonical names (as export_csv writes them).
    [[nodiscard]] static CsvSources in_directory(const std::filesystem::path& directory);
};

struct CsvImportOptions {
    /// The home government when there is no home.csv (an office's single sheet of ties).
    std::optional<SubdivisionCode> home;
    std::string home_name_en;
    std::string home_name_local;
    /// Columns that no table knows are an error (a misspelt header would otherwise lose
    /// data); set this to skip them instead (a sheet's own "No." or "담당자" column).
    bool ignore_unknown_columns = false;
    /// How many problems the FileError message lists; it always gives the total.
    std::size_t max_errors_shown = 20;
};

/// Builds a new Portfolio from CSV tables, all or nothing. Every problem in every row
/// is collected; if there is any, one FileError lists them ("agreements.csv, row 7,
/// column \"signed_on\": ...", the first `max_errors_shown`) and the total. Also throws
/// FileError for an unreadable file, invalid UTF-8 or malformed CSV (these stop at once).
[[nodiscard]] Portfolio import_csv(const CsvSources& sources, const CsvImportOptions& options = {});

struct CsvExportOptions {
    /// Start each file with a UTF-8 byte order mark, so that Excel opens Korean text
    /// correctly; import_csv accepts files with or without one.
    bool excel_bom = false;
};

/// Writes the portfolio's tables into `directory` (created if needed) under their
/// canonical names with canonical headers. Every table is written, empty ones as a
/// header only. The directory is replaced as a whole (write_directory_atomically in
/// lib/io/atomic_file.hpp): after a failure it is as it was, never half new, and a
/// directory holding files of its own is refused. Throws FileError when the tables
/// cannot be written.
void export_csv(const Portfolio& portfolio, const std::filesystem::path& directory,
                const CsvExportOptions& options = {});

}  // namespace paradiplomacy
