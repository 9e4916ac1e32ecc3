// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A Portfolio's record tables by record kind, for the reader and the writer of the
/// portfolio format, whose code is written once for every kind.

#include <paradiplomacy/model/portfolio.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

namespace paradiplomacy::detail::json {

/// The records of kind `Record`, in table order.
template <class Record>
[[nodiscard]] std::span<const Record> records_of(const Portfolio& p) noexcept {
    if constexpr (std::is_same_v<Record, Municipality>)
        return p.municipalities();
    else if constexpr (std::is_same_v<Record, Partner>)
        return p.partners();
    else if constexpr (std::is_same_v<Record, Agreement>)
        return p.agreements();
    else if constexpr (std::is_same_v<Record, ExchangeProgram>)
        return p.programs();
    else
        return p.engagements();
}

/// The id of the record of kind `Record` keyed `key`, if there is one.
template <class Record>
[[nodiscard]] auto find_record(const Portfolio& p, std::string_view key) {
    if constexpr (std::is_same_v<Record, Municipality>)
        return p.find_municipality(key);
    else if constexpr (std::is_same_v<Record, Partner>)
        return p.find_partner(key);
    else if constexpr (std::is_same_v<Record, Agreement>)
        return p.find_agreement(key);
    else if constexpr (std::is_same_v<Record, ExchangeProgram>)
        return p.find_program(key);
    else
        return p.find_engagement(key);
}

/// The record an id names; throws NotFound when the portfolio has none.
template <class Tag>
[[nodiscard]] const auto& record_at(const Portfolio& p, Id<Tag> id) {
    if constexpr (std::is_same_v<Tag, MunicipalityTag>)
        return p.municipality(id);
    else if constexpr (std::is_same_v<Tag, PartnerTag>)
        return p.partner(id);
    else if constexpr (std::is_same_v<Tag, AgreementTag>)
        return p.agreement(id);
    else if constexpr (std::is_same_v<Tag, ProgramTag>)
        return p.program(id);
    else
        return p.engagement(id);
}

}  // namespace paradiplomacy::detail::json
