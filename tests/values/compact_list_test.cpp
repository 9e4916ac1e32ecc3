// SPDX-License-Identifier: Apache-2.0
// A record's list field: one pointer wide, a vector's behaviour.
#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/partner.hpp>
#include <paradiplomacy/values/compact_list.hpp>
#include <paradiplomacy/values/id.hpp>

#include <gtest/gtest.h>

#include <random>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

using paradiplomacy::CompactList;
using paradiplomacy::PartnerId;
using paradiplomacy::TextId;

static_assert(sizeof(CompactList<TextId>) == sizeof(void*), "a list costs one pointer inside its record");
static_assert(paradiplomacy::is_list_of_v<CompactList<TextId>, TextId>);
static_assert(paradiplomacy::is_list_of_v<std::vector<TextId>, TextId>);
static_assert(!paradiplomacy::is_list_of_v<CompactList<PartnerId>, TextId>);
// The record sizes the queries' speed depends on (BENCHMARKS.md, the design changes).
static_assert(sizeof(paradiplomacy::Partner) <= 56);
// A program: 120 bytes before the municipalities served, the organisations and the members.
static_assert(sizeof(paradiplomacy::ExchangeProgram) <= 144);
static_assert(sizeof(paradiplomacy::Agreement) <= 168);  // 160 before the organisations

namespace {

std::vector<std::uint32_t> indexes(const CompactList<TextId>& list) {
    std::vector<std::uint32_t> out;
    for (const TextId t : list) out.push_back(t.index());
    return out;
}

}  // namespace

TEST(CompactList, StartsEmptyWithoutAllocating) {
    const CompactList<TextId> list;
    EXPECT_TRUE(list.empty());
    EXPECT_EQ(list.size(), 0u);
    EXPECT_EQ(list.capacity(), 0u);
    EXPECT_EQ(list.data(), nullptr);
    EXPECT_EQ(list.begin(), list.end());
}

TEST(CompactList, KeepsItemsInOrderAsItGrows) {
    CompactList<TextId> list;
    for (std::uint32_t i = 0; i < 1000; ++i) list.push_back(TextId(i * 3));
    ASSERT_EQ(list.size(), 1000u);
    EXPECT_GE(list.capacity(), 1000u);
    for (std::uint32_t i = 0; i < 1000; ++i) EXPECT_EQ(list[i], TextId(i * 3));
    EXPECT_EQ(list.front(), TextId(0));
    EXPECT_EQ(list.back(), TextId(2997));
    EXPECT_EQ(std::span<const TextId>(list).size(), 1000u);
}

TEST(CompactList, PushingAnItemOfItsOwnKeepsItWhenTheBlockMoves) {
    CompactList<TextId> list{TextId(5)};
    ASSERT_EQ(list.capacity(), 1u);
    list.push_back(list[0]);  // the block grows while `list[0]` refers into it
    list.push_back(list[1]);
    EXPECT_EQ(indexes(list), (std::vector<std::uint32_t>{5, 5, 5}));
}

TEST(CompactList, CopiesAreDeepAndMovesLeaveTheSourceEmpty) {
    CompactList<TextId> a{TextId(1), TextId(2)};
    CompactList<TextId> b = a;
    b.push_back(TextId(3));
    b[0] = TextId(9);
    EXPECT_EQ(indexes(a), (std::vector<std::uint32_t>{1, 2}));
    EXPECT_EQ(indexes(b), (std::vector<std::uint32_t>{9, 2, 3}));

    CompactList<TextId> c = std::move(b);
    EXPECT_TRUE(b.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is specified
    EXPECT_EQ(c.size(), 3u);
    a = c;
    EXPECT_EQ(a, c);
    a = std::move(c);
    EXPECT_EQ(indexes(a), (std::vector<std::uint32_t>{9, 2, 3}));
    const CompactList<TextId>& self = a;
    a = self;  // self-assignment keeps the items
    EXPECT_EQ(a.size(), 3u);
}

TEST(CompactList, ComparesItemByItem) {
    EXPECT_EQ((CompactList<TextId>{TextId(1), TextId(2)}), (CompactList<TextId>{TextId(1), TextId(2)}));
    EXPECT_NE((CompactList<TextId>{TextId(1), TextId(2)}), (CompactList<TextId>{TextId(2), TextId(1)}));
    EXPECT_NE((CompactList<TextId>{TextId(1)}), (CompactList<TextId>{TextId(1), TextId(1)}));
    CompactList<TextId> cleared{TextId(1)};
    cleared.clear();
    EXPECT_EQ(cleared, CompactList<TextId>{}) << "an emptied list equals one never filled";
}

TEST(CompactList, AssignsFromRangesAndInitialiserLists) {
    const std::vector<PartnerId> ids{PartnerId(4), PartnerId(8)};
    CompactList<PartnerId> list(ids.begin(), ids.end());
    EXPECT_EQ(list.size(), 2u);
    list = {PartnerId(1)};
    EXPECT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0], PartnerId(1));
    list.assign(ids.rbegin(), ids.rend());
    EXPECT_EQ(list[0], PartnerId(8));
    list.pop_back();
    EXPECT_EQ(list.size(), 1u);
}

TEST(CompactList, AtChecksTheIndex) {
    const CompactList<TextId> list{TextId(1)};
    EXPECT_EQ(list.at(0), TextId(1));
    EXPECT_THROW((void)list.at(1), std::out_of_range);
    EXPECT_THROW((void)CompactList<TextId>{}.at(0), std::out_of_range);
}

TEST(CompactList, AgreesWithAVectorUnderRandomEdits) {
    std::mt19937 random(20261207);
    CompactList<TextId> list;
    std::vector<TextId> vector;
    for (int step = 0; step < 20000; ++step) {
        const auto roll = random() % 10;
        if (roll < 6) {
            const TextId t(static_cast<std::uint32_t>(random() % 1000));
            list.push_back(t);
            vector.push_back(t);
        } else if (roll < 8 && !vector.empty()) {
            list.pop_back();
            vector.pop_back();
        } else if (roll == 8) {
            CompactList<TextId> copy = list;
            list = std::move(copy);
        } else if (random() % 50 == 0) {
            list.clear();
            vector.clear();
        }
        ASSERT_EQ(list.size(), vector.size());
    }
    EXPECT_TRUE(std::equal(list.begin(), list.end(), vector.begin(), vector.end()));
}
