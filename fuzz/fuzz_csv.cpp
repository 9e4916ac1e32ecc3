// SPDX-License-Identifier: Apache-2.0
// Fuzzes the spreadsheet import (import_csv). The input holds the tables one after the
// other, separated by form feeds (0x0C), in the order home, municipalities, partners,
// agreements, programs, oda, oda_regions, oda_sectors, oda_budgets, oda_countries,
// oda_recipient_regions, oda_transactions, oda_participants; an empty part leaves
// that table out. Without a home table the home government is KR-41 (an office's single
// sheet of ties). Any input is refused with a FileError or gives a portfolio that
// round-trips through JSON and through export_csv / import_csv, and that every query accepts.
#include "fuzz_exercise.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/csv_tables.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace pd = paradiplomacy;
    namespace fs = std::filesystem;
    using Slot = std::optional<fs::path> pd::CsvSources::*;
    static const std::array<std::pair<Slot, const char*>, 13> tables{{
        {&pd::CsvSources::home, "home.csv"},
        {&pd::CsvSources::municipalities, "municipalities.csv"},
        {&pd::CsvSources::partners, "partners.csv"},
        {&pd::CsvSources::agreements, "agreements.csv"},
        {&pd::CsvSources::programs, "programs.csv"},
        {&pd::CsvSources::oda, "oda.csv"},
        {&pd::CsvSources::oda_regions, "oda_regions.csv"},
        {&pd::CsvSources::oda_sectors, "oda_sectors.csv"},
        {&pd::CsvSources::oda_budgets, "oda_budgets.csv"},
        {&pd::CsvSources::oda_countries, "oda_countries.csv"},
        {&pd::CsvSources::oda_recipient_regions, "oda_recipient_regions.csv"},
        {&pd::CsvSources::oda_transactions, "oda_transactions.csv"},
        {&pd::CsvSources::oda_participants, "oda_participants.csv"},
    }};
    pd::CsvSources sources;
    std::string_view rest = pd::fuzz::as_text(data, size);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const std::size_t end = i + 1 < tables.size() ? rest.find('\f') : std::string_view::npos;
        const std::string_view part = rest.substr(0, end);
        if (!part.empty()) sources.*(tables[i].first) = pd::fuzz::scratch_file(tables[i].second, part);
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    pd::CsvImportOptions options;
    if (!sources.home) options.home = pd::SubdivisionCode("KR-41");
    options.ignore_unknown_columns = size % 2 == 1;  // both settings, chosen by the input

    std::optional<pd::Portfolio> portfolio;
    try {
        portfolio.emplace(pd::import_csv(sources, options));
    } catch (const pd::FileError&) {
        return 0;  // refused: the documented outcome for bad tables
    }
    pd::fuzz::exercise(*portfolio);

    // docs/csv-format.md, "Round trip": export then import gives an equal portfolio, and
    // exporting that again writes the same bytes.
    const fs::path out = pd::fuzz::scratch_directory() / "export";
    pd::export_csv(*portfolio, out);
    const pd::Portfolio again = pd::import_csv(pd::CsvSources::in_directory(out));
    pd::fuzz::require(again == *portfolio, "the portfolio imported from its CSV export differs");
    return 0;
}
