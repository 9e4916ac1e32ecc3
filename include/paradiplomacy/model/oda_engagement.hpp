// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An official development assistance project in a recipient country, shaped after
/// an IATI 2.03 activity: sectors and recipient regions with percentages, budgets per
/// period and currency, planned and actual dates, status, implementers.

#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/money.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/period.hpp>
#include <paradiplomacy/values/purpose_code.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy {

/// IATI ActivityStatus codes 1-6, in that order.
enum class OdaStatus : std::uint8_t { pipeline, implementation, finalisation, closed, cancelled, suspended };
constexpr auto enum_names(OdaStatus) noexcept {
    return std::array<std::string_view, 6>{"pipeline", "implementation", "finalisation",
                                           "closed",   "cancelled",      "suspended"};
}

/// A share of an engagement spent in one region of the recipient country.
struct RegionShare {
    SubdivisionCode region;
    double percentage = 100.0;
    friend bool operator==(const RegionShare&, const RegionShare&) = default;
};

/// A share of an engagement in one DAC purpose (sector).
struct SectorShare {
    PurposeCode purpose;
    double percentage = 100.0;
    friend bool operator==(const SectorShare&, const SectorShare&) = default;
};

/// Money planned for one period (IATI asks for periods of at most a year).
struct Budget {
    Period period;
    Money value;
    friend bool operator==(const Budget&, const Budget&) = default;
};

struct OdaEngagement {
    EngagementId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};
    TextId iati_identifier{0};  ///< "KR-GOV-xxx-..." when published to IATI.
    TextId title{0};
    CountryCode recipient{"ZZ"};
    std::optional<PartnerId> recipient_partner;  ///< The partner record, when there is one.
    std::vector<RegionShare> regions;
    std::vector<SectorShare> sectors;
    std::vector<Budget> budgets;
    std::optional<PartialDate> planned_start;
    std::optional<PartialDate> actual_start;
    std::optional<PartialDate> planned_end;
    std::optional<PartialDate> actual_end;
    OdaStatus status = OdaStatus::pipeline;
    std::vector<TextId> implementers;  ///< Implementing organisations.
    std::vector<ProgramId> programs;   ///< Linked exchange programs (trainings).
    bool brand_project = false;        ///< One of the office's flagship projects.
    Provenance provenance;

    friend bool operator==(const OdaEngagement&, const OdaEngagement&) = default;
};

}  // namespace paradiplomacy
