// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A Portfolio's record tables by record kind, for the reader and the writer of the
/// portfolio format, whose code is written once for every kind (model/record_kinds.hpp).

#include <paradiplomacy/model/portfolio.hpp>

#include <optional>
#include <span>
#include <string_view>

namespace paradiplomacy::detail::json {

/// The records of kind `Record`, in table order.
template <RecordKind Record>
[[nodiscard]] std::span<const Record> records_of(const Portfolio& p) noexcept {
    return p.records<Record>();
}

/// The id of the record of kind `Record` keyed `key`, if there is one.
template <RecordKind Record>
[[nodiscard]] std::optional<id_of_t<Record>> find_record(const Portfolio& p, std::string_view key) {
    return p.find<Record>(key);
}

/// The record an id names; throws NotFound when the portfolio has none.
template <class Tag>
[[nodiscard]] const record_of_t<Tag>& record_at(const Portfolio& p, Id<Tag> id) {
    return p.at(id);
}

}  // namespace paradiplomacy::detail::json
