// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Reading IATI activity files (2.03, and the 1.0x/2.0x files that parse) into ODA
/// engagements, with their recipient countries as partners.
///
/// The reader streams: memory is bounded by one activity, not by the file. A fault in
/// one part of an activity (a budget, a transaction, a share, a code) costs that part,
/// reported with the activity's identifier and the line; only an identifier already taken
/// rejects a whole activity. A file that is not UTF-8, not well-formed XML, or not an
/// IATI activity file raises FileError. DTDs, external entities and entity expansion are
/// refused.

#include <paradiplomacy/iati/codelists.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/validation/finding.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::iati {

/// Something the reader rejected, could not map, or checked and found wrong, with where
/// it is in the file. The rule ids are listed in docs/iati.md.
struct Notice {
    std::string rule;  ///< "iati.activity.rejected", "iati.unmapped", "iati.codelist.sector", ...
    Severity severity = Severity::error;
    std::string activity;    ///< The iati-identifier; empty when the activity has none.
    std::uint64_t line = 0;  ///< Line of the element at fault (1-based).
    std::string message;
    friend bool operator==(const Notice&, const Notice&) = default;
};

/// "file.xml:123: error iati.activity.rejected: activity KR-1: ..." for logs.
[[nodiscard]] std::string to_string(const Notice& notice, std::string_view file = {});

struct ReadOptions {
    /// The home government of a new portfolio; "ZZ-ZZ" (unknown) when not given.
    std::optional<SubdivisionCode> home;
    /// Check codes against these lists; without them, codes are checked for form only.
    const Codelists* codelists = nullptr;
    /// Called about every megabyte with the bytes read so far and the file size, and
    /// once at the end.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    /// After reading, run the validation rules (validation/rules.hpp) over the imported
    /// engagements and add their findings about them as notices, with the activity's
    /// line. Off only to time the reader alone.
    bool check_rules = true;
    /// When not empty, only activities whose reporting-org @ref is one of these are
    /// imported ("KR-GOV-010" for Korea's national ODA in a file of many publishers);
    /// the others are read, skipped without notices and counted in activities_skipped.
    std::vector<std::string> reporting_orgs;
};

struct Import {
    Portfolio portfolio;
    std::vector<Notice> notices;
    std::string version;  ///< The file's @version ("2.03"), empty when absent.
    std::uint64_t activities_read = 0;
    std::uint64_t activities_imported = 0;
    std::uint64_t activities_skipped = 0;  ///< Left out by ReadOptions::reporting_orgs.
    bool codelists_checked = false;
    /// Parts of imported activities (a sector, country, budget, transaction, date, code,
    /// a repeated element, ...) that a fault in the file left out or read otherwise than
    /// published; each has a notice saying which. With the activities not imported
    /// (activities_read - activities_imported - activities_skipped), this tells whether
    /// the file came in whole.
    std::uint64_t parts_left_out_or_changed = 0;
    /// True when every activity asked for, and every part of it the reader maps, was
    /// imported as published (notices may still report rule findings and what the model
    /// does not keep).
    [[nodiscard]] bool imported_whole() const noexcept {
        return parts_left_out_or_changed == 0 && activities_imported + activities_skipped == activities_read;
    }
};

/// Reads an IATI activity file into a new portfolio. Throws FileError when the file
/// cannot be read, is not well-formed, holds a DTD or entity, or is not IATI XML.
[[nodiscard]] Import read(const std::filesystem::path& path, const ReadOptions& options = {});

/// The same for a document in memory; `source_name` names it in messages.
[[nodiscard]] Import parse(std::string_view xml, std::string_view source_name = "<memory>",
                           const ReadOptions& options = {});

/// Adds the activities of a file to an existing portfolio, each one all or nothing:
/// an activity whose identifier is already there is rejected with a notice. The
/// returned Import's portfolio is the result; `base` is not changed.
[[nodiscard]] Import read_into(const Portfolio& base, const std::filesystem::path& path,
                               const ReadOptions& options = {});

}  // namespace paradiplomacy::iati
