// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Former ISO 3166-2 subdivision codes and what replaced them. A partner region that
/// merged, split or was renamed after a tie was signed keeps the code it had then
/// ("VN-15", Hà Tây, merged into Hanoi in 2008); this table names its successor.
///
/// Generated at build time (tools/generate_former_subdivisions.py) from CLDR's
/// subdivisionAlias list and deprecated subdivision codes (Debian's unicode-cldr-core),
/// less every code iso-codes still lists, and from data/former-subdivisions.csv for
/// former codes CLDR does not know. iso-codes itself keeps no list of withdrawn
/// subdivision codes.

#include <paradiplomacy/values/subdivision_code.hpp>

#include <span>
#include <string>
#include <string_view>

namespace paradiplomacy::reference {

struct FormerSubdivision {
    std::string_view code;  ///< "VN-15", as ISO 3166-2 had it.
    /// The current codes that took its place: one ("VN-HN") after a merger or a renaming,
    /// several after a split ("LU-D", Diekirch district, became five cantons). Each is a
    /// current ISO 3166-2 code or, for an area that became a country of its own, an ISO
    /// 3166-1 alpha-2 code. Empty when no source names a successor still in force.
    std::span<const std::string_view> successors;
    /// Why the code is former: CLDR's reason ("deprecated", with a remark when CLDR's
    /// replacement is not in force either), or the reason data/former-subdivisions.csv gives.
    std::string_view reason;
    /// Where the entry comes from: "CLDR supplementalMetadata.xml subdivisionAlias",
    /// "CLDR validity/subdivision.xml, deprecated" or "data/former-subdivisions.csv".
    std::string_view source;
};

/// Every former code, sorted by code.
[[nodiscard]] std::span<const FormerSubdivision> former_subdivisions() noexcept;
/// The former code `code`, or nullptr when it is current or was never known.
[[nodiscard]] const FormerSubdivision* former_subdivision(SubdivisionCode code) noexcept;

/// "VN-15, now VN-HN"; "LU-D, now LU-CL, LU-DI, LU-RD, LU-VD, LU-WI"; "FR-H, no successor
/// in force recorded": the code and what it became, for messages and reports.
[[nodiscard]] std::string to_string(const FormerSubdivision& former);

}  // namespace paradiplomacy::reference
