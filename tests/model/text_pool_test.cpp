// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/text_pool.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using paradiplomacy::NotFound;
using paradiplomacy::TextId;
using paradiplomacy::TextPool;

TEST(TextPool, EmptyStringIsAlwaysIdZero) {
    TextPool pool;
    EXPECT_EQ(pool.size(), 1u);
    EXPECT_EQ(pool.view(TextId(0)), "");
    EXPECT_EQ(pool.intern(""), TextId(0));
    EXPECT_EQ(pool.find(""), TextId(0));
}

TEST(TextPool, StoresEachStringOnce) {
    TextPool pool;
    const TextId a = pool.intern("Kanagawa");
    const TextId b = pool.intern("경기도");
    EXPECT_NE(a, b);
    EXPECT_EQ(pool.intern("Kanagawa"), a);
    EXPECT_EQ(pool.intern(std::string("Kana") + "gawa"), a);
    EXPECT_EQ(pool.size(), 3u);
    EXPECT_EQ(pool.view(a), "Kanagawa");
    EXPECT_EQ(pool.view(b), "경기도");
    EXPECT_EQ(pool.find("Kanagawa"), a);
    EXPECT_FALSE(pool.find("kanagawa").has_value()) << "case matters";
}

TEST(TextPool, ViewsStayValidWhileThePoolGrows) {
    TextPool pool;
    const TextId first = pool.intern("a string long enough to live on the heap, not inline");
    const std::string_view view = pool.view(first);
    for (int i = 0; i < 10'000; ++i) (void)pool.intern("entry " + std::to_string(i));
    EXPECT_EQ(view, "a string long enough to live on the heap, not inline");
    EXPECT_EQ(pool.find("entry 9999"), TextId(10'001));
    EXPECT_EQ(pool.find("a string long enough to live on the heap, not inline"), first);
}

TEST(TextPool, UnknownIdThrowsNotFound) {
    TextPool pool;
    EXPECT_THROW((void)pool.view(TextId(1)), NotFound);
    try {
        (void)pool.view(TextId(42));
    } catch (const NotFound& e) {
        EXPECT_STREQ(e.what(), "text id 42 is not in this portfolio");
    }
}

TEST(TextPool, CopyKeepsIdsAndIsIndependent) {
    TextPool pool;
    const TextId kanagawa = pool.intern("Kanagawa");
    const TextId liaoning = pool.intern("Liaoning");
    TextPool copy = pool;
    EXPECT_EQ(copy.view(kanagawa), "Kanagawa");
    EXPECT_EQ(copy.find("Liaoning"), liaoning);
    (void)copy.intern("only in the copy");
    EXPECT_FALSE(pool.find("only in the copy").has_value());
    EXPECT_EQ(copy.size(), pool.size() + 1);

    TextPool assigned;
    (void)assigned.intern("to be overwritten");
    assigned = pool;
    EXPECT_EQ(assigned.size(), pool.size());
    EXPECT_FALSE(assigned.find("to be overwritten").has_value());
    EXPECT_EQ(assigned.find("Kanagawa"), kanagawa);
}

TEST(TextPool, MoveKeepsLookupsWorking) {
    TextPool pool;
    const TextId id = pool.intern("a string long enough to live on the heap, not inline");
    TextPool moved = std::move(pool);
    EXPECT_EQ(moved.find("a string long enough to live on the heap, not inline"), id);
    EXPECT_EQ(moved.view(id), "a string long enough to live on the heap, not inline");
    TextPool assigned;
    assigned = std::move(moved);
    EXPECT_EQ(assigned.find("a string long enough to live on the heap, not inline"), id);
    EXPECT_EQ(assigned.intern("a string long enough to live on the heap, not inline"), id);
}

TEST(TextPool, ManyStringsKeepTheirIdsThroughGrowthCopyAndReserve) {
    TextPool pool;
    pool.reserve(50'000);
    std::vector<TextId> ids;
    for (int i = 0; i < 100'000; ++i) ids.push_back(pool.intern("a" + std::to_string(i * 7919)));
    ASSERT_EQ(pool.size(), 100'001U);
    for (int i = 0; i < 100'000; i += 97) {
        const std::string text = "a" + std::to_string(i * 7919);
        EXPECT_EQ(pool.find(text), ids[static_cast<std::size_t>(i)]);
        EXPECT_EQ(pool.intern(text), ids[static_cast<std::size_t>(i)]) << "interning again adds nothing";
        EXPECT_EQ(pool.view(ids[static_cast<std::size_t>(i)]), text);
    }
    EXPECT_FALSE(pool.find("a1").has_value());
    // A string larger than an arena block gets a block of its own.
    const std::string big(1 << 20, 'x');
    const TextId big_id = pool.intern(big);
    EXPECT_EQ(pool.view(big_id), big);
    const TextPool copy = pool;
    EXPECT_EQ(copy.find(big), big_id);
    EXPECT_EQ(copy.find("a7919"), ids[1]);
    EXPECT_GE(pool.memory_bytes(), big.size());
}

TEST(TextPool, MovedFromPoolCanBeUsedAgain) {
    TextPool pool;
    (void)pool.intern("Kanagawa");
    TextPool moved = std::move(pool);
    pool = TextPool();  // NOLINT(bugprone-use-after-move): a moved-from pool is assignable
    EXPECT_EQ(pool.size(), 1U);
    EXPECT_EQ(pool.intern("Liaoning"), TextId(1));
    EXPECT_EQ(moved.view(TextId(1)), "Kanagawa");
}
