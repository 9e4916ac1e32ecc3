// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Strong IDs. Each entity kind has its own ID type over a dense index into the
/// portfolio's table for that kind, so a look-up is an array access and a PartnerId
/// can never be passed where an AgreementId is expected (tests/compile_fail proves it).

#include <compare>
#include <cstdint>
#include <functional>

namespace paradiplomacy {

template <class Tag>
class Id {
public:
    using value_type = std::uint32_t;
    constexpr explicit Id(value_type index) noexcept : index_(index) {}
    [[nodiscard]] constexpr value_type index() const noexcept { return index_; }
    friend constexpr bool operator==(Id, Id) noexcept = default;
    friend constexpr auto operator<=>(Id, Id) noexcept = default;

private:
    value_type index_;
};

struct PartnerTag;
struct AgreementTag;
struct ProgramTag;
struct EngagementTag;
struct MunicipalityTag;
struct TextTag;

using PartnerId = Id<PartnerTag>;
using AgreementId = Id<AgreementTag>;
using ProgramId = Id<ProgramTag>;
using EngagementId = Id<EngagementTag>;
using MunicipalityId = Id<MunicipalityTag>;
/// A string interned in a portfolio's text pool (see model/text_pool.hpp).
using TextId = Id<TextTag>;

}  // namespace paradiplomacy

template <class Tag>
struct std::hash<paradiplomacy::Id<Tag>> {
    std::size_t operator()(paradiplomacy::Id<Tag> id) const noexcept { return std::hash<std::uint32_t>{}(id.index()); }
};
