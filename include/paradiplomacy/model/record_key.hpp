// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// What a record's id (and an item of a list of text) may be, so that every format
/// writes it and reads it back unchanged: JSON, and the CSV tables, whose readers trim
/// the spaces around a cell and split lists at ';'.

#include <string>
#include <string_view>

namespace paradiplomacy {

/// The rule an id or list item breaks, as a phrase to follow its quoted text ("is
/// empty", "has a space, tab or line break at its start or end", "holds ';', ..."),
/// or an empty string when it breaks none. Such text is non-empty, does not start or
/// end with a space, tab or line break and holds no ';' (the list separator in CSV).
[[nodiscard]] std::string record_key_problem(std::string_view text);

/// Whether `text` can be a record's id or a list item (record_key_problem is empty).
[[nodiscard]] bool is_valid_record_key(std::string_view text);

}  // namespace paradiplomacy
