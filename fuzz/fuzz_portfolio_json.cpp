// SPDX-License-Identifier: Apache-2.0
// Fuzzes the portfolio JSON reader (parse_portfolio_json): any input is either refused
// with a FileError or gives a portfolio that round-trips (through JSON, and through the
// CSV tables: export_csv then import_csv) and that every query accepts.
#include "fuzz_exercise.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace pd = paradiplomacy;
    std::optional<pd::Portfolio> portfolio;
    try {
        portfolio.emplace(pd::parse_portfolio_json(pd::fuzz::as_text(data, size), "fuzz.json"));
    } catch (const pd::FileError&) {
        return 0;  // refused: the documented outcome for a bad document
    }
    pd::fuzz::exercise(*portfolio);

    // Whatever loads from JSON, the CSV tables carry: the import of the export is equal
    // (an export or import that throws is a finding too).
    const auto out = pd::fuzz::scratch_directory() / "export";
    pd::export_csv(*portfolio, out);
    const pd::Portfolio again = pd::import_csv(pd::CsvSources::in_directory(out));
    pd::fuzz::require(again == *portfolio, "the portfolio imported from its CSV export differs");
    return 0;
}
