// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// IATI codelists, loaded from a directory of the official codelist XML files
/// (`Sector.xml`, `Country.xml`, ... as IATI publishes them). Codes are checked against
/// them when a caller hands them to the reader or to validate(); without them codes are
/// checked for form only, and the reports say so.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::iati {

/// One code of a list.
struct CodelistEntry {
    std::string code;
    std::string name;        ///< The English name.
    bool withdrawn = false;  ///< @status="withdrawn": valid in old files, not for new data.
};

/// The codelists a directory holds, by list name ("Sector", "Country", ...).
class Codelists {
public:
    /// Reads every `*.xml` codelist file in `directory` (other files are ignored).
    /// Throws FileError naming the file and line when a codelist file is malformed, and
    /// when the directory holds none of the lists the library checks against.
    [[nodiscard]] static Codelists load(const std::filesystem::path& directory);

    /// True when the list was loaded.
    [[nodiscard]] bool has(std::string_view list) const;
    /// The entry for `code` in `list`; nullptr when the code is not in it or the list
    /// was not loaded (tell them apart with has()).
    [[nodiscard]] const CodelistEntry* find(std::string_view list, std::string_view code) const;
    /// The names of the loaded lists, sorted.
    [[nodiscard]] std::vector<std::string> lists() const;
    /// The directory they were read from.
    [[nodiscard]] const std::filesystem::path& directory() const noexcept { return directory_; }

    /// The lists the library checks codes against, by the element and attribute they
    /// govern ("Sector" for sector/@code with vocabulary 1, ...).
    static constexpr std::string_view checked_lists[] = {
        "Sector",           "SectorCategory",  "Country",          "Region",           "Currency",   "ActivityStatus",
        "ActivityDateType", "TransactionType", "OrganisationRole", "OrganisationType", "BudgetType", "BudgetStatus"};

private:
    std::filesystem::path directory_;
    std::map<std::string, std::map<std::string, CodelistEntry, std::less<>>, std::less<>> lists_;
};

}  // namespace paradiplomacy::iati
