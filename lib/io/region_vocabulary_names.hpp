// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The names of RegionVocabulary values in files and frames ("oecd_dac", "un_m49"). The
/// enum counts from 1 as IATI does, so it has no enum_names(); the JSON and CSV formats
/// share these two functions instead.

#include <paradiplomacy/model/oda_engagement.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace paradiplomacy::detail {

inline constexpr std::array<std::string_view, 2> region_vocabulary_names{"oecd_dac", "un_m49"};

[[nodiscard]] constexpr std::string_view region_vocabulary_name(RegionVocabulary v) noexcept {
    return v == RegionVocabulary::un_m49 ? region_vocabulary_names[1] : region_vocabulary_names[0];
}

[[nodiscard]] constexpr std::optional<RegionVocabulary> region_vocabulary_from(std::string_view name) noexcept {
    if (name == region_vocabulary_names[0]) return RegionVocabulary::oecd_dac;
    if (name == region_vocabulary_names[1]) return RegionVocabulary::un_m49;
    return std::nullopt;
}

}  // namespace paradiplomacy::detail
