// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// One signed (or proposed) instrument between the home side and a partner. A tie is
/// the dated history of a partner's agreements; its state and tier on a date are
/// derived from that history (query/tie_state.hpp), never stored.

#include <paradiplomacy/model/provenance.hpp>
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
    std::vector<TextId> fields;  ///< Fields of cooperation ("economy", "culture").
    Provenance provenance;

    friend bool operator==(const Agreement&, const Agreement&) = default;
};

}  // namespace paradiplomacy
