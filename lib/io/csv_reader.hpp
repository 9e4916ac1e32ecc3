// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Internal CSV plumbing shared by the table importer/exporter and the twin-town
/// reader: reading a file as UTF-8, parsing it with libcsv (RFC 4180), tracking where
/// each record sits, quoting cells and writing files atomically.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::detail {

/// One parsed record and where it is.
struct CsvRecord {
    std::vector<std::string> cells;
    std::size_t line = 0;  ///< 1-based text line the record starts on.
    std::size_t row = 0;   ///< 1-based spreadsheet row (differs from `line` after cells with line breaks).
    std::size_t end = 0;   ///< Byte offset just past the record's last line in the text (for progress).
};

/// "partners.csv, row 5" or "partners.csv, row 5 (text line 7)".
[[nodiscard]] std::string csv_where(std::string_view file, const CsvRecord& record);

/// Reads `path` whole. Throws FileError when it cannot be read, is not valid UTF-8
/// (naming the line and byte) or is malformed CSV. A leading UTF-8 BOM is dropped.
[[nodiscard]] std::string read_utf8_file(const std::filesystem::path& path, std::string_view display_name);

/// Returns the first invalid UTF-8 byte offset in `text`, or npos.
[[nodiscard]] std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// Parses CSV `text` (already UTF-8, BOM dropped), calling `on_record` for every
/// record in order, the header included. Rows whose cells are all empty are skipped.
/// Cells are separated by `delimiter` (',' by default; ';' and tab for other exports).
/// Throws FileError naming `display_name` and the line on malformed quoting; lets
/// exceptions from `on_record` through.
void parse_csv(std::string_view text, std::string_view display_name,
               const std::function<void(const CsvRecord&)>& on_record, char delimiter = ',');

/// `cell` as an RFC 4180 field: quoted (with inner quotes doubled) when it holds a
/// comma, quote, line break or surrounding space, as is otherwise.
void append_csv_cell(std::string& out, std::string_view cell);

/// Writes `content` to `target` through a temporary file beside it and a rename, so a
/// reader never sees half a file. Throws FileError naming the file.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace paradiplomacy::detail
