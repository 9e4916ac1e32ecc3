// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Money planned (a budget) or spent (actual) in one year for one subject: an agreement,
/// an exchange program or an ODA engagement, or an envelope's own money that no record
/// carries. A line about a record may also name the envelope it is charged to. The ODA
/// engagements' IATI budgets and transactions stay in the engagement; a money line is for
/// what IATI does not hold.
///
/// An amount stays in its currency: nothing is converted unless a query is given rates.

#include <paradiplomacy/model/envelope.hpp>
#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/currency_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/period.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct MoneyLineTag;
using MoneyLineId = Id<MoneyLineTag>;

/// Whether a line is money planned (a budget) or money that was spent.
enum class MoneyStage : std::uint8_t { planned, actual };
constexpr auto enum_names(MoneyStage) noexcept { return std::array<std::string_view, 2>{"planned", "actual"}; }

struct MoneyLine {
    MoneyLineId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};      ///< Stable record id in files.
    // The subject: one of agreement, program and engagement, or none of them and an envelope.
    std::optional<AgreementId> agreement;
    std::optional<ProgramId> program;
    std::optional<EngagementId> engagement;
    std::optional<EnvelopeId> envelope;  ///< The envelope the money comes from, when it is charged to one.
    MoneyStage stage = MoneyStage::planned;
    std::uint16_t year = 0;                ///< The budget year; 0 when not given (validation reports it).
    std::optional<Period> period;          ///< The dates the money covers, within `year`, when known.
    double amount = 0.0;                   ///< In `currency`; an actual amount may be negative (a refund).
    std::optional<CurrencyCode> currency;  ///< ISO 4217; absent is an error validation reports.
    TextId purpose{0};                     ///< What the money is for ("airfares", "interpreters").
    Provenance provenance;

    friend bool operator==(const MoneyLine&, const MoneyLine&) = default;
};

template <>
struct Description<MoneyLine> {
    static constexpr std::string_view name = "money line";
    static constexpr TableNames table{"money_lines", "MoneyLine", "money_line", "money_lines",
                                      "Money planned or spent in one year, in one currency, for an agreement, an "
                                      "exchange program, an ODA engagement or an envelope."};
    static constexpr auto fields = std::tuple{
        field(
            &MoneyLine::key,
            {.name = "id", .doc = "stable record id", .required = true, .csv_aliases = "key|line_id", .python = "key"}),
        field(&MoneyLine::agreement,
              {.name = "agreement", .doc = "the agreement the money is for", .csv_aliases = "agreement_id"}),
        field(&MoneyLine::program, {.name = "program",
                                    .doc = "the exchange program the money is for",
                                    .csv_aliases = "program_id|exchange_program"}),
        field(&MoneyLine::engagement, {.name = "engagement",
                                       .doc = "the ODA engagement the money is for",
                                       .csv_aliases = "engagement_id|oda|oda_id"}),
        field(&MoneyLine::envelope, {.name = "envelope",
                                     .doc = "the envelope the money is charged to; alone, the envelope's own money",
                                     .csv_aliases = "envelope_id"}),
        field(&MoneyLine::stage, {.name = "stage",
                                  .doc = "planned (a budget) or actual (spent)",
                                  .required = true,
                                  .csv_aliases = "planned_or_actual|구분"}),
        field(&MoneyLine::year,
              {.name = "year", .doc = "the budget year", .required = true, .csv_aliases = "fiscal_year|연도"}),
        field(&MoneyLine::period, {.name = "period",
                                   .doc = "the dates the money covers, within the year",
                                   .csv_aliases = "start",
                                   .csv_end_aliases = "end"}),
        field(&MoneyLine::amount, {.name = "amount",
                                   .doc = "the amount in its currency; negative only for actual money (a refund)",
                                   .required = true,
                                   .csv_aliases = "금액"}),
        field(&MoneyLine::currency,
              {.name = "currency", .doc = "ISO 4217 code of the amount", .csv_aliases = "currency_code|통화"}),
        field(&MoneyLine::purpose,
              {.name = "purpose", .doc = "what the money is for", .csv_aliases = "description|item|용도|내역"}),
        inlined(&MoneyLine::provenance),
    };
};

}  // namespace paradiplomacy
