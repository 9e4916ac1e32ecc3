// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A yearly envelope: the money the office sets aside for one purpose in one year, in one
/// currency (Gyeonggi's 2015 ODA envelope, KRW 900 million). An envelope may lie inside a
/// parent envelope of the same year and currency, "of which" (the 2015 Smart Class,
/// KRW 200 million of the 900 million). Money lines (model/money_line.hpp) planned or
/// spent under an envelope name it.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/currency_code.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>

namespace paradiplomacy {

struct EnvelopeTag;
using EnvelopeId = Id<EnvelopeTag>;

struct Envelope {
    EnvelopeId id{0};                      ///< Assigned by Portfolio::add.
    TextId key{0};                         ///< Stable record id in files ("oda-2015").
    std::uint16_t year = 0;                ///< The budget year; 0 when not given (validation reports it).
    TextId purpose{0};                     ///< What the money is for ("ODA", "Smart Class").
    double amount = 0.0;                   ///< The amount set aside, in `currency`; never converted.
    std::optional<CurrencyCode> currency;  ///< ISO 4217; absent is an error validation reports.
    std::optional<EnvelopeId> parent;      ///< The envelope this one is part of ("of which").
    Provenance provenance;

    friend bool operator==(const Envelope&, const Envelope&) = default;
};

template <>
struct Description<Envelope> {
    static constexpr std::string_view name = "envelope";
    static constexpr TableNames table{"envelopes", "Envelope", "envelope", "envelopes",
                                      "Money set aside for one purpose in one year, in one currency; possibly part "
                                      "of a parent envelope (\"of which\")."};
    static constexpr auto fields = std::tuple{
        field(&Envelope::key, {.name = "id",
                               .doc = "stable record id (\"oda-2015\")",
                               .required = true,
                               .csv_aliases = "key|envelope_id",
                               .python = "key"}),
        field(&Envelope::year,
              {.name = "year", .doc = "the budget year", .required = true, .csv_aliases = "fiscal_year|연도"}),
        field(&Envelope::purpose,
              {.name = "purpose", .doc = "what the money is for (\"ODA\")", .csv_aliases = "name|title|사업명|용도"}),
        field(&Envelope::amount, {.name = "amount",
                                  .doc = "the amount set aside, in its currency",
                                  .required = true,
                                  .csv_aliases = "budget|금액|예산"}),
        field(&Envelope::currency,
              {.name = "currency", .doc = "ISO 4217 code of the amount", .csv_aliases = "currency_code|통화"}),
        field(&Envelope::parent, {.name = "parent",
                                  .doc = "the envelope this one is part of (\"of which\")",
                                  .csv_aliases = "parent_id|parent_envelope|of"}),
        inlined(&Envelope::provenance),
    };
};

}  // namespace paradiplomacy
