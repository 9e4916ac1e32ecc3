// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The portfolio file format `paradiplomacy.portfolio/2` (docs/portfolio-format.md,
/// schema/paradiplomacy.portfolio-2.schema.json): one UTF-8 JSON document per portfolio.
/// Documents of version 1 load too, upgraded as they are read; saving writes version 2.
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

/// The format's name, before "/VERSION" in a document's "schema" member.
inline constexpr std::string_view portfolio_schema_name = "paradiplomacy.portfolio";
/// The version this library writes, and the newest it reads.
inline constexpr int portfolio_format_version = 2;
/// The oldest version this library reads.
inline constexpr int oldest_portfolio_format_version = 1;
/// The schema id this library writes.
inline constexpr std::string_view portfolio_schema_id = "paradiplomacy.portfolio/2";

/// Reads a portfolio file. Throws FileError when the file cannot be read or is not a
/// valid document of a version this library reads (1 or 2); the message of a refused
/// version names the version found and those known.
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
