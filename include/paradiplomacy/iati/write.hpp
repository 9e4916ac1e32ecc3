// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Writing ODA engagements as an IATI 2.03 activity file that the official schema
/// accepts: elements in the order the schema fixes, @value-date on every value,
/// @default-currency per activity and @currency where a value differs from it.

#include <paradiplomacy/model/portfolio.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace paradiplomacy::iati {

struct WriteOptions {
    /// The reporting organisation of engagements that name none (an office's own
    /// records); required for such engagements, whose identifier is then
    /// "<reporting-org ref>-<record key>".
    std::optional<std::string> reporting_org_ref;
    std::optional<std::string> reporting_org_name;
    std::uint16_t reporting_org_type = 10;  ///< 10: government.
    /// @generated-datetime and @last-updated-datetime ("2026-11-27T00:00:00Z"); the
    /// current UTC time when absent. Set it for reproducible files.
    std::optional<std::string> generated_datetime;
};

/// The portfolio's engagements as one `iati-activities` document. Throws FileError
/// naming the engagement when one cannot be written as valid IATI (no identifier and no
/// reporting organisation, a value without currency).
[[nodiscard]] std::string to_xml(const Portfolio& portfolio, const WriteOptions& options = {});

/// Writes the document atomically (io/atomic_file.hpp). Throws FileError.
void write(const Portfolio& portfolio, const std::filesystem::path& path, const WriteOptions& options = {});

}  // namespace paradiplomacy::iati
