// SPDX-License-Identifier: Apache-2.0
// Fuzzes the spreadsheet import (import_csv). The input holds the tables one after the
// other, separated by form feeds (0x0C), in the order home, municipalities, partners,
// agreements, programs, oda, oda_regions, oda_sectors, oda_budgets; an empty part leaves
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

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace pd = paradiplomacy;
    namespace fs = std::filesystem;
    static const std::array<const char*, 9> names{"home.csv",     "municipalities.csv", "partners.csv",
                                                  "agreements.csv", "programs.csv",     "oda.csv",
                                                  "oda_regions.csv", "oda_sectors.csv", "oda_budgets.csv"};
    std::array<std::optional<fs::path>, 9> files;
    std::string_view rest = pd::fuzz::as_text(data, size);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::size_t end = i + 1 < names.size() ? rest.find('\f') : std::string_view::npos;
        const std::string_view part = rest.substr(0, end);
        if (!part.empty()) files[i] = pd::fuzz::scratch_file(names[i], part);
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    const pd::CsvSources sources{files[0], files[1], files[2], files[3], files[4],
                                 files[5], files[6], files[7], files[8]};
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
