// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The portfolio file format `paradiplomacy.portfolio/1` (docs/portfolio-format.md,
/// schema/paradiplomacy.portfolio-1.schema.json): one UTF-8 JSON document per portfolio.
///
/// Loading is all-or-nothing: a document that is malformed or breaks a rule of the
/// format raises one FileError naming the file, the line and column (syntax) or the
/// JSON path (content), the record id where known and what is wrong; no partly loaded
/// portfolio is ever returned. Saving writes the canonical form (members in the
/// documented order, two-space indentation, non-ASCII text unescaped, final newline)
/// through a temporary file that is renamed over the target, so a failed or
/// interrupted save never leaves a truncated file or loses the previous one.

#include <paradiplomacy/model/portfolio.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace paradiplomacy {

/// The schema name and version this library reads and writes.
inline constexpr std::string_view portfolio_schema_id = "paradiplomacy.portfolio/1";

/// Reads a portfolio file. Throws FileError when the file cannot be read or is not a
/// valid `paradiplomacy.portfolio/1` document.
[[nodiscard]] Portfolio load_portfolio(const std::filesystem::path& path);

/// Parses a portfolio document held in memory; `source_name` stands for the file name
/// in error messages. Throws FileError as load_portfolio does.
[[nodiscard]] Portfolio parse_portfolio_json(std::string_view text, std::string_view source_name = "<memory>");

/// The portfolio as a document in canonical form. Throws FileError when the portfolio
/// cannot be written as a valid document (a record without an id, a program without
/// partners, a reference to a record that does not exist, a non-finite number).
[[nodiscard]] std::string to_portfolio_json(const Portfolio& portfolio);

/// Writes the canonical document to `path` atomically (see lib/io/atomic_file.hpp). Throws
/// FileError, leaving any previous file at `path` untouched.
void save_portfolio(const Portfolio& portfolio, const std::filesystem::path& path);

}  // namespace paradiplomacy
