// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Writing ODA engagements as an IATI 2.03 activity file that the official schema
/// accepts: elements in the order the schema fixes, @value-date on every value,
/// @default-currency per activity and @currency where a value differs from it.
///
/// What is written, what is left out and the stand-ins IATI forces (a description, a
/// participating organisation, a full date) are listed in docs/iati.md, "Export".

#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy::iati {

struct WriteOptions {
    /// The reporting organisation of engagements that name none (an office's own
    /// records); required for such engagements, whose identifier is then
    /// "<reporting-org ref>-<record key>".
    std::optional<std::string> reporting_org_ref;
    /// Its name; the portfolio's home government's English name when absent.
    std::optional<std::string> reporting_org_name;
    std::uint16_t reporting_org_type = 10;  ///< IATI OrganisationType; 10: government.
    /// @generated-datetime and @last-updated-datetime ("2026-11-27T00:00:00Z"); the
    /// current UTC time when absent. Set it for reproducible files.
    /// Its day is also "today" for the transaction totals of the current year.
    /// InvalidValue when it is not an xsd:dateTime.
    std::optional<std::string> generated_datetime;
    /// IATI requires at least one activity date. An engagement under way that records
    /// none (no planned or actual start or end) is written with this day as its actual
    /// start, with a narrative saying the start was not recorded and had happened by
    /// then. Absent, such an engagement is an error; a pipeline or cancelled one always is.
    std::optional<Day> undated_started_by;
};

/// An IATI activity file, and what the portfolio holds that it does not carry.
struct Export {
    std::string xml;
    /// One per organisation involved in an engagement in a role IATI has no code for
    /// (co-organiser, host, party): rule `iati.export.role_not_exported`, at info severity,
    /// naming the activity; line 0.
    std::vector<Notice> notices;
};

/// The portfolio's engagements as one `iati-activities` document, with the notices of
/// what it leaves out. Throws as to_xml does.
[[nodiscard]] Export export_activities(const Portfolio& portfolio, const WriteOptions& options = {});

/// The portfolio's engagements as one `iati-activities` document. Throws FileError
/// naming the engagement and the rule (`iati.write.*`) when one cannot be written as
/// valid IATI: no identifier and no reporting organisation, a value in no currency
/// (XXX), a date before 1900, a budget without a period end, no activity date. Nothing
/// is written until every engagement passes. Each engagement's organisations in IATI
/// roles are its participating organisations (export_activities lists those left out).
[[nodiscard]] std::string to_xml(const Portfolio& portfolio, const WriteOptions& options = {});

/// Writes the document atomically (lib/io/atomic_file.hpp). Throws FileError.
void write(const Portfolio& portfolio, const std::filesystem::path& path, const WriteOptions& options = {});

}  // namespace paradiplomacy::iati
