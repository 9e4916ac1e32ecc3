// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// One signed (or proposed) instrument between the home side and a partner. A tie is
/// the dated history of a partner's agreements; its state and tier on a date are
/// derived from that history (query/tie_state.hpp), never stored.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/involvement.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/compact_list.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/period.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy {

enum class AgreementKind : std::uint8_t {
    intent,                ///< Letter or declaration of intent.
    mou,                   ///< Memorandum of understanding.
    friendship,            ///< Friendship / friendly cooperation (우호교류, 우호협력).
    sister,                ///< Sisterhood (자매결연).
    economic_cooperation,  ///< Economic cooperation agreement.
    implementation_plan,   ///< Implementation or action plan, usually with a validity period.
    renewal,               ///< Renews the agreement it supersedes.
    other,
};
constexpr auto enum_names(AgreementKind) noexcept {
    return std::array<std::string_view, 8>{
        "intent", "mou", "friendship", "sister", "economic_cooperation", "implementation_plan", "renewal", "other"};
}

/// How strong a tie an agreement of this kind makes: sister over friendship and
/// economic cooperation over MOU over intent. 0 for kinds that do not set a tier
/// on their own (plans, renewals, other): a renewal takes the tier of what it renews.
[[nodiscard]] constexpr int tier_rank(AgreementKind kind) noexcept {
    switch (kind) {
        case AgreementKind::intent: return 1;
        case AgreementKind::mou: return 2;
        case AgreementKind::friendship: return 3;
        case AgreementKind::economic_cooperation: return 3;
        case AgreementKind::sister: return 4;
        default: return 0;
    }
}

/// Whether the local council approved the agreement. A Korean sister tie needs it.
enum class CouncilApproval : std::uint8_t { unknown, approved, not_required, pending };
constexpr auto enum_names(CouncilApproval) noexcept {
    return std::array<std::string_view, 4>{"unknown", "approved", "not_required", "pending"};
}

struct Agreement {
    AgreementId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};      ///< Stable record id in files ("gg-hebei-sister-2009").
    PartnerId partner{0};
    /// The home-side signatory: nullopt for the home government itself.
    std::optional<MunicipalityId> signatory;
    AgreementKind kind = AgreementKind::other;
    TextId title{0};
    /// When it was signed; nullopt when the date is not known (an undated tie from a
    /// public list) or, with `proposed`, when it is not signed yet.
    std::optional<PartialDate> signed_on;
    /// Drafted or announced but not signed: the tie is "proposed" until it is.
    bool proposed = false;
    /// When the agreement is valid; nullopt: from signing, without end.
    std::optional<Period> validity;
    std::optional<PartialDate> suspended_on;
    std::optional<PartialDate> resumed_on;  ///< End of a suspension.
    std::optional<PartialDate> terminated_on;
    /// The earlier agreement this one upgrades (a higher tier) or renews; the earlier
    /// one stops counting once this one is in force.
    std::optional<AgreementId> supersedes;
    CouncilApproval council_approval = CouncilApproval::unknown;
    std::optional<PartialDate> council_approved_on;
    CompactList<TextId> fields;              ///< Fields of cooperation ("economy", "culture").
    CompactList<TextId> languages;           ///< Working languages, BCP 47 tags ("ko", "en", "zh-Hans").
    CompactList<Involvement> organisations;  ///< Organisations that are party to it or carry it out, by role.
    Provenance provenance;

    friend bool operator==(const Agreement&, const Agreement&) = default;
};

template <>
struct Description<Agreement> {
    static constexpr std::string_view name = "agreement";
    static constexpr TableNames table{"agreements", "Agreement", "agreement", "agreements",
                                      "One signed (or proposed) agreement with a partner."};
    static constexpr auto fields = std::tuple{
        field(&Agreement::key, {.name = "id",
                                .doc = "stable record id (\"gg-hebei-sister-2009\")",
                                .required = true,
                                .csv_aliases = "key|agreement_id",
                                .python = "key"}),
        field(&Agreement::partner,
              {.name = "partner",
               .doc = "the partner's id",
               .required = true,
               .csv_aliases = "partner_id|partner_name|파트너|상대지역|상대_지역|상대도시|상대|교류지역"}),
        field(&Agreement::signatory, {.name = "signatory",
                                      .doc = "the signing municipality's id; absent: the home government",
                                      .csv_aliases = "municipality|signed_by|서명기관|시군"}),
        field(&Agreement::kind,
              {.name = "kind",
               .doc = "the kind of instrument",
               .required = true,
               .csv_aliases = "type|tie_type|tie|agreement_type|유형|교류유형|체결유형|협약유형|구분"}),
        field(&Agreement::title, {.name = "title", .doc = "title", .csv_aliases = "name|제목|명칭|협약명"}),
        field(&Agreement::signed_on,
              {.name = "signed_on",
               .doc = "when it was signed; absent: not known (or not signed yet, with proposed)",
               .csv_aliases = "signed|signing_date|date|date_signed|체결일|체결일자|체결연도|체결년도|협약일"}),
        field(&Agreement::proposed, {.name = "proposed", .doc = "drafted or announced, not signed"}),
        field(&Agreement::validity, {.name = "validity",
                                     .doc = "when it is valid; absent: from signing, without end",
                                     .csv_aliases = "valid_from|유효기간_시작",
                                     .csv_end_aliases = "valid_until|valid_to|유효기간_종료|만료일"}),
        field(&Agreement::suspended_on,
              {.name = "suspended_on", .doc = "when it was suspended", .csv_aliases = "suspended|중단일"}),
        field(&Agreement::resumed_on,
              {.name = "resumed_on", .doc = "when a suspension ended", .csv_aliases = "resumed|재개일"}),
        field(&Agreement::terminated_on,
              {.name = "terminated_on", .doc = "when it was terminated", .csv_aliases = "terminated|해지일|폐기일"}),
        field(&Agreement::supersedes, {.name = "supersedes",
                                       .doc = "the id of the earlier agreement this one upgrades or renews",
                                       .csv_aliases = "upgrades|renews"}),
        field(&Agreement::council_approval,
              {.name = "council_approval", .doc = "whether the local council approved it", .csv_aliases = "의회승인"}),
        field(
            &Agreement::council_approved_on,
            {.name = "council_approved_on", .doc = "when the local council approved it", .csv_aliases = "의회승인일"}),
        field(&Agreement::fields,
              {.name = "fields",
               .doc = "fields of cooperation",
               .csv_aliases = "field|field_of_exchange|fields_of_cooperation|sector|분야|교류분야|협력분야"}),
        field(&Agreement::languages, {.name = "languages",
                                      .doc = "working languages of the agreement, BCP 47 tags (\"ko\", \"zh-Hans\")",
                                      .csv_aliases = "language|언어|사용언어",
                                      .csv_revision = 1}),
        field(&Agreement::organisations, {.name = "organisations",
                                          .doc = "organisations on it beside the two governments, each in a role",
                                          .csv_aliases = "organisation|involved_organisations|참여기관",
                                          .csv_revision = 2}),
        inlined(&Agreement::provenance),
    };
};

}  // namespace paradiplomacy
