// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/key_index.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <unordered_map>
#include <vector>

namespace pd = paradiplomacy;
using pd::KeyIndex;
using pd::TextId;

namespace {

// Every key of `expected` is found at its position, and none of `absent` is found.
void expect_same(const KeyIndex& index, const std::unordered_map<std::uint32_t, std::uint32_t>& expected,
                 const std::vector<std::uint32_t>& absent) {
    ASSERT_EQ(index.size(), expected.size());
    for (const auto& [key, position] : expected) {
        const auto found = index.find(TextId(key));
        ASSERT_TRUE(found.has_value()) << "key " << key;
        EXPECT_EQ(*found, position) << "key " << key;
    }
    for (const std::uint32_t key : absent) {
        if (!expected.contains(key)) {
            EXPECT_FALSE(index.contains(TextId(key))) << "key " << key;
        }
    }
}

}  // namespace

TEST(KeyIndex, AnEmptyIndexFindsNothing) {
    const KeyIndex index;
    EXPECT_FALSE(index.find(TextId(0)).has_value());
    EXPECT_EQ(index.size(), 0U);
    KeyIndex erased;
    erased.erase(TextId(7));  // nothing to forget, nothing breaks
    EXPECT_EQ(erased.size(), 0U);
}

TEST(KeyIndex, FindsWhatWasInsertedAcrossRehashes) {
    KeyIndex index;
    std::unordered_map<std::uint32_t, std::uint32_t> expected;
    for (std::uint32_t i = 0; i < 5000; ++i) {
        const std::uint32_t key = i * 3 + 1;  // keys interleaved with other text, as in a portfolio
        index.insert(TextId(key), i);
        expected[key] = i;
    }
    std::vector<std::uint32_t> probes;
    for (std::uint32_t key = 0; key < 16000; ++key) probes.push_back(key);
    expect_same(index, expected, probes);
    EXPECT_FALSE(index.contains(TextId(0xFFFFFFFEU)));
}

TEST(KeyIndex, ReserveKeepsEveryKey) {
    KeyIndex index;
    for (std::uint32_t i = 0; i < 100; ++i) index.insert(TextId(i), 100 - i);
    index.reserve(100000);
    for (std::uint32_t i = 0; i < 100; ++i) EXPECT_EQ(index.find(TextId(i)), 100 - i);
    index.reserve(10);  // never shrinks
    EXPECT_EQ(index.size(), 100U);
}

// Erasing shifts later entries of a probe run back: a random mix of inserts and erases on
// a small table (runs that wrap around its end) agrees with std::unordered_map throughout.
TEST(KeyIndex, RandomInsertsAndErasesAgreeWithAReferenceMap) {
    std::mt19937 random(20261207);  // 32-bit results
    for (const std::uint32_t key_range : {20U, 200U, 70000U}) {
        KeyIndex index;
        std::unordered_map<std::uint32_t, std::uint32_t> expected;
        std::vector<std::uint32_t> probes;
        for (std::uint32_t key = 0; key < std::min(key_range, 2000U); ++key) probes.push_back(key);
        for (int step = 0; step < 20000; ++step) {
            const auto key = static_cast<std::uint32_t>(random() % key_range);
            if (expected.contains(key)) {
                index.erase(TextId(key));
                expected.erase(key);
            } else {
                const auto position = static_cast<std::uint32_t>(random());
                index.insert(TextId(key), position);
                expected[key] = position;
            }
            if (step % 997 == 0) expect_same(index, expected, probes);
        }
        expect_same(index, expected, probes);
    }
}

TEST(KeyIndex, EraseOfAnAbsentKeyChangesNothing) {
    KeyIndex index;
    for (std::uint32_t i = 0; i < 10; ++i) index.insert(TextId(i), i);
    index.erase(TextId(11));
    EXPECT_EQ(index.size(), 10U);
    for (std::uint32_t i = 0; i < 10; ++i) EXPECT_EQ(index.find(TextId(i)), i);
}
