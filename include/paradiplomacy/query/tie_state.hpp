// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The state of an agreement and of a tie on a day, derived from the dated history and
/// never stored.
///
/// A tie is (partner, signatory): the signatory is nullopt for the home government or
/// one of its municipalities. Its history is its agreements. On a day `d` an agreement
/// has started when its effective start (validity start, else the signing date) is on
/// or before `d`; an undated agreement (no signing date, not proposed) has started with
/// certainty unknown, and a proposed one without a signing date has not started. Once
/// started it is, in this order of precedence:
///   terminated  terminated_on <= d;
///   superseded  an agreement whose `supersedes` points at it (directly or through a
///               chain) is live on d: started, not expired, not terminated (an upgrade,
///               or a renewal of a plan; a suspended successor still supersedes);
///   expired     its validity ended before d;
///   suspended   suspended_on <= d and not resumed_on <= d;
///   active      none of the above.
/// Every comparison is PartialDate's three-valued one, so each of these is a Truth:
/// a sister tie signed in "1997" is active on 1998-01-01 (yes) but only possibly active
/// on 1997-06-01 (unknown).

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// Identifies a tie: a partner and the home-side signatory (nullopt: home government).
struct TieKey {
    PartnerId partner{0};
    std::optional<MunicipalityId> signatory;
    friend bool operator==(const TieKey&, const TieKey&) = default;
};

/// The conditions of one agreement on one day, each three-valued.
struct AgreementStanding {
    Truth started = Truth::no;
    Truth terminated = Truth::no;
    Truth superseded = Truth::no;
    Truth expired = Truth::no;
    Truth suspended = Truth::no;
    bool proposed = false;  ///< Proposed and not signed.

    /// In force: started and none of terminated, superseded, expired, suspended.
    [[nodiscard]] Truth active() const noexcept {
        return started && !terminated && !superseded && !expired && !suspended;
    }
    /// Each exclusive state, following the precedence in the file comment.
    [[nodiscard]] Truth is_terminated() const noexcept { return started && terminated; }
    [[nodiscard]] Truth is_superseded() const noexcept { return started && !terminated && superseded; }
    [[nodiscard]] Truth is_expired() const noexcept { return started && !terminated && !superseded && expired; }
    [[nodiscard]] Truth is_suspended() const noexcept {
        return started && !terminated && !superseded && !expired && suspended;
    }
    /// Not started yet but proposed.
    [[nodiscard]] Truth is_proposed() const noexcept { return proposed ? !started : Truth::no; }

    friend bool operator==(const AgreementStanding&, const AgreementStanding&) = default;
};

/// A tie's state on a day: active if any agreement is active, else suspended, else
/// terminated, else expired, else proposed, else none (nothing signed yet, or every
/// agreement superseded by something not yet in force).
enum class TieState : std::uint8_t { none, proposed, active, suspended, terminated, expired };
constexpr auto enum_names(TieState) noexcept {
    return std::array<std::string_view, 6>{"none", "proposed", "active", "suspended", "terminated", "expired"};
}

/// A tie on a day.
///
/// `state` is the first state in the order active, suspended, terminated, expired,
/// proposed that is possible (its Truth is not no); `certainty` is yes when that state
/// is certain and unknown when it is only possible. `none` is always certain.
/// `tier` is the highest-ranked effective kind (tier_rank; a renewal or plan takes
/// the kind of what it supersedes) among the agreements possibly active;
/// `certain_tier` the same among the certainly active ones (nullopt when none is).
/// Without any tier-defining agreement the tier is AgreementKind::other.
struct TieStatus {
    TieKey tie;
    TieState state = TieState::none;
    Truth certainty = Truth::yes;
    AgreementKind tier = AgreementKind::other;
    std::optional<AgreementKind> certain_tier;
    std::vector<AgreementId> certainly_active;  ///< ascending
    std::vector<AgreementId> possibly_active;   ///< active is unknown; ascending

    friend bool operator==(const TieStatus&, const TieStatus&) = default;
};

/// The standing of one agreement on `d`. Throws NotFound for an unknown agreement.
/// Successor links that point at a missing agreement are ignored.
[[nodiscard]] AgreementStanding agreement_standing(const Portfolio& portfolio, AgreementId agreement, Day d);

/// The state of the tie on `d`. A tie with no agreement (or an unknown partner) is
/// TieState::none with certainty yes.
[[nodiscard]] TieStatus tie_status(const Portfolio& portfolio, const TieKey& tie, Day d);

/// Every tie of a partner (home government first, then municipalities) on `d`.
[[nodiscard]] std::vector<TieStatus> ties_of_partner(const Portfolio& portfolio, PartnerId partner, Day d);

}  // namespace paradiplomacy
