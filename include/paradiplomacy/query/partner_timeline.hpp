// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Everything we did with this partner, in order": every dated event of its
/// agreements (any signatory), exchange programs and ODA engagements.
///
/// Dates keep their precision ("1997" stays a year). Events are sorted by date
/// (PartialDate order: earliest day, coarser first), then by event kind, then by record.
/// Undated agreements appear once, as `agreement_undated`, before every dated event
/// (as does a proposal without a date). A program without a start still appears, as a
/// `program_start` without a date, after every dated event: it may have happened at
/// any time, so it is placed neither before nor between dated events.

#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

namespace paradiplomacy {

class Portfolio;

enum class TimelineEventKind : std::uint8_t {
    agreement_undated,   ///< An agreement without any date (date is nullopt).
    agreement_proposed,  ///< Proposed, not signed; dated by its validity start if any.
    agreement_signed,
    council_approved,
    validity_start,  ///< Only when it differs from the signing date.
    suspended,
    resumed,
    terminated,
    validity_end,
    program_start,  ///< Without a date when the program is undated.
    program_end,
    oda_start,  ///< Actual start, else planned start.
    oda_end,    ///< Actual end, else planned end.
};
constexpr auto enum_names(TimelineEventKind) noexcept {
    return std::array<std::string_view, 13>{"agreement_undated",
                                            "agreement_proposed",
                                            "agreement_signed",
                                            "council_approved",
                                            "validity_start",
                                            "suspended",
                                            "resumed",
                                            "terminated",
                                            "validity_end",
                                            "program_start",
                                            "program_end",
                                            "oda_start",
                                            "oda_end"};
}

struct TimelineEvent {
    std::optional<PartialDate> date;  ///< nullopt: an undated agreement, proposal or program start
    TimelineEventKind kind = TimelineEventKind::agreement_signed;
    std::variant<AgreementId, ProgramId, EngagementId> record{AgreementId(0)};
    /// The home-side signatory or organiser (nullopt: home government).
    std::optional<MunicipalityId> municipality;
    bool planned = false;  ///< An ODA date that is planned, not actual.
    friend bool operator==(const TimelineEvent&, const TimelineEvent&) = default;
};

/// The partner's timeline. Throws NotFound for a partner not in the portfolio.
[[nodiscard]] std::vector<TimelineEvent> partner_timeline(const Portfolio& portfolio, PartnerId partner);

}  // namespace paradiplomacy
