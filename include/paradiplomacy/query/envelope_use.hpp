// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How much of each envelope is planned and spent, and how much of it is given to
/// sub-envelopes?" Per envelope: its amount, the money lines charged to it or to any
/// envelope below it, planned and actual, and the amounts of its direct sub-envelopes.
///
/// Only lines in the envelope's currency are counted, unless ExchangeRates into that
/// currency are given: then lines of a currency with a rate are converted and the row
/// says which currencies it converted. Lines that could not be counted are counted in
/// `uncounted_lines` (another currency without a rate, or no currency).

#include <paradiplomacy/model/envelope.hpp>
#include <paradiplomacy/query/exchange_rates.hpp>
#include <paradiplomacy/values/currency_code.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct EnvelopeUseRow {
    EnvelopeId envelope{0};
    std::optional<EnvelopeId> parent;
    int year = 0;
    std::optional<CurrencyCode> currency;
    double amount = 0.0;
    double planned = 0.0;        ///< Planned lines charged to it or to an envelope below it.
    double actual = 0.0;         ///< Actual lines charged to it or to an envelope below it.
    double sub_envelopes = 0.0;  ///< The amounts of its direct sub-envelopes in its currency.
    std::size_t lines = 0;       ///< Lines counted.
    std::size_t uncounted_lines = 0;
    std::vector<CurrencyCode> converted_from;  ///< Ascending; empty when nothing was converted.

    /// The amount less the money spent: negative when the envelope is overspent.
    [[nodiscard]] double remaining() const noexcept { return amount - actual; }
    /// The amount not given to a sub-envelope.
    [[nodiscard]] double unallocated() const noexcept { return amount - sub_envelopes; }

    friend bool operator==(const EnvelopeUseRow&, const EnvelopeUseRow&) = default;
};

/// One row per envelope (of `year` when given), in ID order. Parent links that loop or
/// name no envelope are treated as absent (validation reports them).
[[nodiscard]] std::vector<EnvelopeUseRow> envelope_use(const Portfolio& portfolio, std::optional<int> year = {},
                                                       const ExchangeRates* rates = nullptr);

}  // namespace paradiplomacy
