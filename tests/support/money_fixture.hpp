// SPDX-License-Identifier: Apache-2.0
#pragma once
// Gyeonggi's 2015 ODA envelope (KRW 900 million, of which the Smart Class KRW 200 million)
// and money lines for an agreement, a program, an engagement and an envelope, added to a
// portfolio that has those records.

#include <paradiplomacy/model/portfolio.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace paradiplomacy::test {

inline Envelope envelope(Portfolio& p, std::string_view key, int year, std::string_view purpose, double amount,
                         std::optional<std::string_view> currency, std::optional<EnvelopeId> parent = std::nullopt) {
    Envelope e;
    e.key = p.intern(key);
    e.year = static_cast<std::uint16_t>(year);
    e.purpose = p.intern(purpose);
    e.amount = amount;
    if (currency) e.currency = CurrencyCode(*currency);
    e.parent = parent;
    return e;
}

inline MoneyLine money_line(Portfolio& p, std::string_view key, MoneyStage stage, int year, double amount,
                            std::optional<std::string_view> currency) {
    MoneyLine l;
    l.key = p.intern(key);
    l.stage = stage;
    l.year = static_cast<std::uint16_t>(year);
    l.amount = amount;
    if (currency) l.currency = CurrencyCode(*currency);
    return l;
}

/// The 2015 envelopes: ODA (KRW 900 million), of which Smart Class (200 million) and
/// trainings (90 million).
struct Envelopes2015 {
    EnvelopeId oda{0};
    EnvelopeId smart_class{0};
    EnvelopeId trainings{0};
    explicit Envelopes2015(Portfolio& p) {
        oda = p.add(envelope(p, "oda-2015", 2015, "ODA", 900'000'000.0, "KRW"));
        smart_class = p.add(envelope(p, "smart-class-2015", 2015, "Smart Class", 200'000'000.0, "KRW", oda));
        trainings = p.add(envelope(p, "trainings-2015", 2015, "Trainings", 90'000'000.0, "KRW", oda));
    }
};

}  // namespace paradiplomacy::test
