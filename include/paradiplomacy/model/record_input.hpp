// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Rules on the values a person gives to make a record, for every way of making one (C++
/// code, the Python add_* methods): what a value defaults to when left out, and which
/// values are refused, each refusal naming the record by its key.
///
/// Portfolio::add() checks what every record must hold whoever built it; these rules are
/// about building one from loose values, where a reader of a file has rules of its own.

#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <optional>
#include <string_view>

namespace paradiplomacy {

/// The country of a partner given by its country, its region (ISO 3166-2) or both: the
/// country given, else the region's ("CN-HE" lies in CN). Whether a region given with a
/// country lies in it is for validation (rule region_country_mismatch).
/// Throws InvalidValue `partner "KEY": give a country or a region` when neither is given.
[[nodiscard]] CountryCode partner_country(std::string_view key, const std::optional<CountryCode>& country,
                                          const std::optional<SubdivisionCode>& region);

/// A sector of an IATI vocabulary other than the DAC purposes for the engagement `key`,
/// its text interned in `portfolio`. Throws InvalidValue naming the engagement when the
/// vocabulary or the code is empty, or the percentage is outside 0-100 (or NaN); nothing
/// is interned then.
[[nodiscard]] OtherSector other_sector(Portfolio& portfolio, std::string_view key, std::string_view vocabulary,
                                       std::string_view code, std::optional<double> percentage);

/// Another identifier of the engagement `key` (IATI other-identifier), its text interned
/// in `portfolio`. Throws InvalidValue naming the engagement when `ref` is empty.
[[nodiscard]] OtherIdentifier other_identifier(Portfolio& portfolio, std::string_view key, std::string_view ref,
                                               OtherIdentifierType type);

}  // namespace paradiplomacy
