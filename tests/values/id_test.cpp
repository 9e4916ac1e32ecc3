// SPDX-License-Identifier: Apache-2.0
// What the strong IDs allow; what they forbid is proven by tests/compile_fail.
#include <paradiplomacy/values/id.hpp>

#include <gtest/gtest.h>

#include <type_traits>
#include <unordered_set>

using paradiplomacy::AgreementId;
using paradiplomacy::PartnerId;
using paradiplomacy::TextId;

static_assert(sizeof(PartnerId) == sizeof(std::uint32_t), "an ID costs no more than its index");
static_assert(std::is_trivially_copyable_v<PartnerId>);
static_assert(!std::is_convertible_v<std::uint32_t, PartnerId>, "no implicit ID from a raw integer");
static_assert(!std::is_convertible_v<PartnerId, AgreementId>, "IDs of different kinds do not convert");
static_assert(!std::is_constructible_v<AgreementId, PartnerId>, "IDs of different kinds do not convert");
static_assert(!std::is_convertible_v<PartnerId, std::uint32_t>, "an ID is not silently an integer");

TEST(Id, KeepsItsIndex) {
    constexpr PartnerId id(7);
    static_assert(id.index() == 7);
    EXPECT_EQ(PartnerId(0).index(), 0u);
    EXPECT_EQ(PartnerId(4'000'000'000u).index(), 4'000'000'000u);
}

TEST(Id, ComparesWithinOneKind) {
    EXPECT_EQ(PartnerId(3), PartnerId(3));
    EXPECT_NE(PartnerId(3), PartnerId(4));
    EXPECT_LT(PartnerId(3), PartnerId(4));
    EXPECT_GT(AgreementId(9), AgreementId(1));
}

TEST(Id, HashesByIndex) {
    const std::unordered_set<TextId> set{TextId(1), TextId(2), TextId(1)};
    EXPECT_EQ(set.size(), 2u);
    EXPECT_TRUE(set.contains(TextId(2)));
    EXPECT_FALSE(set.contains(TextId(3)));
}
