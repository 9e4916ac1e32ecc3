// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An organisation the office works with beside itself: an implementer or a counterpart
/// that is neither the home government nor a foreign government (the GyeongGi Cultural
/// Foundation, an NGO, a university, KOICA). IATI names such organisations by an
/// organisation identifier ("KR-GOV-051"), which the record keeps when one is known.
///
/// An ODA engagement names the organisations taking part in it (IATI participating-org)
/// as involvements of such records (model/involvement.hpp); only the reporting
/// organisation stays inside the engagement, as an OrganisationRef (model/organisation.hpp).

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct OrganisationTag;
using OrganisationId = Id<OrganisationTag>;

/// What sort of body an organisation is.
enum class OrganisationKind : std::uint8_t {
    government,
    public_agency,
    foundation,
    ngo,
    university,
    company,
    international_organisation,
    other,
};
constexpr auto enum_names(OrganisationKind) noexcept {
    return std::array<std::string_view, 8>{
        "government", "public_agency", "foundation", "ngo", "university", "company", "international_organisation",
        "other"};
}

struct Organisation {
    OrganisationId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};         ///< Stable record id in files ("koica").
    TextId name_en{0};
    TextId name_local{0};  ///< Local or Korean form (UTF-8).
    OrganisationKind kind = OrganisationKind::other;
    std::optional<CountryCode> country;  ///< ISO 3166-1 alpha-2 of its seat, when known.
    TextId iati_ref{0};                  ///< IATI organisation identifier ("KR-GOV-051"); empty when it has none.
    /// IATI OrganisationType code (10 government, 21 international NGO, ...); 0 unknown.
    std::uint16_t iati_type = 0;
    TextId website{0};
    Provenance provenance;

    friend bool operator==(const Organisation&, const Organisation&) = default;
};

template <>
struct Description<Organisation> {
    static constexpr std::string_view name = "organisation";
    static constexpr TableNames table{"organisations", "OrganisationRecord", "organisation", "organisations",
                                      "An organisation the office works with: an implementer or counterpart beside the "
                                      "home government and its partners."};
    static constexpr auto fields = std::tuple{
        field(&Organisation::key, {.name = "id",
                                   .doc = "stable record id (\"koica\")",
                                   .required = true,
                                   .csv_aliases = "key|organisation_id",
                                   .python = "key"}),
        field(&Organisation::name_en,
              {.name = "name_en", .doc = "English name", .csv_aliases = "name|english_name|영문명"}),
        field(&Organisation::name_local, {.name = "name_local",
                                          .doc = "local or Korean name",
                                          .csv_aliases = "local_name|korean_name|국문명|기관명"}),
        field(&Organisation::kind, {.name = "kind",
                                    .doc = "government, public agency, foundation, NGO, university, company, "
                                           "international organisation or other",
                                    .required = true,
                                    .csv_aliases = "type|organisation_kind|구분"}),
        field(&Organisation::country,
              {.name = "country", .doc = "ISO 3166-1 alpha-2 of its seat", .csv_aliases = "country_code|국가"}),
        field(&Organisation::iati_ref, {.name = "iati_ref",
                                        .doc = "IATI organisation identifier (\"KR-GOV-051\")",
                                        .csv_aliases = "iati_id|organisation_ref|org_ref"}),
        field(&Organisation::iati_type, {.name = "iati_type",
                                         .doc = "IATI OrganisationType code (10 government, 21 international NGO, "
                                                "...); 0 when unknown",
                                         .csv_aliases = "organisation_type|org_type",
                                         .csv_revision = 1}),
        field(&Organisation::website, {.name = "website", .doc = "web address", .csv_aliases = "url|homepage"}),
        inlined(&Organisation::provenance),
    };
};

}  // namespace paradiplomacy
