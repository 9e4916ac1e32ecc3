// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A foreign counterpart: a country, a first-level region of one, or a city.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/compact_list.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy {

enum class PartnerLevel : std::uint8_t { country, region, city };
constexpr auto enum_names(PartnerLevel) noexcept {
    return std::array<std::string_view, 3>{"country", "region", "city"};
}

struct Partner {
    PartnerId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};    ///< Stable record id in files ("cn-hebei").
    PartnerLevel level = PartnerLevel::region;
    CountryCode country{"ZZ"};  ///< ISO 3166-1 alpha-2 (ZZ: placeholder until set).
    /// ISO 3166-2 code: required for a region, optional for a city.
    std::optional<SubdivisionCode> region;
    TextId name_en{0};
    TextId name_local{0};  ///< Local or Korean form (UTF-8).
    TextId wikidata{0};    ///< Optional Wikidata QID, mostly for cities.
    /// UN M49 sub-region for grouping; 0 means "derive from the country"
    /// (reference::world_region_of).
    std::uint16_t world_region = 0;
    Provenance provenance;
    /// Languages of the partner's government, BCP 47 tags ("ca", "zh-Hant"): a region or
    /// city whose languages differ from its country's gives them here. Empty: the country's
    /// official languages (partner_languages, query/partner_languages.hpp). Last, where the
    /// pointer's alignment costs no padding (values/compact_list.hpp).
    CompactList<TextId> languages;

    friend bool operator==(const Partner&, const Partner&) = default;
};

template <>
struct Description<Partner> {
    static constexpr std::string_view name = "partner";
    static constexpr TableNames table{"partners", "Partner", "partner", "partners",
                                      "A foreign counterpart: a country, a first-level region or a city."};
    static constexpr auto fields = std::tuple{
        field(&Partner::key, {.name = "id",
                              .doc = "stable record id (\"cn-hebei\")",
                              .required = true,
                              .csv_aliases = "key|partner_id",
                              .python = "key"}),
        field(&Partner::level, {.name = "level",
                                .doc = "country, first-level region or city",
                                .required = true,
                                .csv_aliases = "partner_level|구분|수준"}),
        field(&Partner::country, {.name = "country",
                                  .doc = "ISO 3166-1 alpha-2",
                                  .required = true,
                                  .csv_aliases = "country_code|국가|국가명|국가코드"}),
        field(&Partner::region,
              {.name = "region",
               .doc = "ISO 3166-2 code: required for a region, optional for a city, absent for a country",
               .csv_aliases = "region_code|iso_3166_2|지역코드"}),
        field(&Partner::name_en, {.name = "name_en", .doc = "English name", .csv_aliases = "name|english_name|영문명"}),
        field(&Partner::name_local, {.name = "name_local",
                                     .doc = "local or Korean name",
                                     .csv_aliases = "local_name|korean_name|국문명|지역명|파트너명"}),
        field(&Partner::wikidata, {.name = "wikidata", .doc = "Wikidata QID (Q...)", .csv_aliases = "qid|wikidata_id"}),
        field(&Partner::world_region, {.name = "world_region",
                                       .doc = "UN M49 sub-region; 0 or absent: derived from the country",
                                       .csv_aliases = "m49"}),
        field(&Partner::languages,
              {.name = "languages",
               .doc = "languages of the partner's government, BCP 47 tags (\"ca\", \"zh-Hant\"); absent: the "
                      "country's official languages",
               .csv_aliases = "language|언어|사용언어",
               .csv_revision = 1}),
        inlined(&Partner::provenance),
    };
};

}  // namespace paradiplomacy
