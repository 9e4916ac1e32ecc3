// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/values/truth.hpp>

#include <gtest/gtest.h>

using paradiplomacy::Truth;
using paradiplomacy::truth_of;

namespace {
constexpr Truth yes = Truth::yes;
constexpr Truth no = Truth::no;
constexpr Truth unknown = Truth::unknown;
}  // namespace

// Kleene's strong three-valued logic: the full tables, written out.
TEST(Truth, AndFollowsKleene) {
    EXPECT_EQ(yes && yes, yes);
    EXPECT_EQ(yes && no, no);
    EXPECT_EQ(no && yes, no);
    EXPECT_EQ(no && no, no);
    EXPECT_EQ(yes && unknown, unknown);
    EXPECT_EQ(unknown && yes, unknown);
    EXPECT_EQ(no && unknown, no);
    EXPECT_EQ(unknown && no, no);
    EXPECT_EQ(unknown && unknown, unknown);
}

TEST(Truth, OrFollowsKleene) {
    EXPECT_EQ(yes || yes, yes);
    EXPECT_EQ(yes || no, yes);
    EXPECT_EQ(no || yes, yes);
    EXPECT_EQ(no || no, no);
    EXPECT_EQ(yes || unknown, yes);
    EXPECT_EQ(unknown || yes, yes);
    EXPECT_EQ(no || unknown, unknown);
    EXPECT_EQ(unknown || no, unknown);
    EXPECT_EQ(unknown || unknown, unknown);
}

TEST(Truth, NotKeepsUnknown) {
    EXPECT_EQ(!yes, no);
    EXPECT_EQ(!no, yes);
    EXPECT_EQ(!unknown, unknown);
}

TEST(Truth, TruthOfTwoCases) {
    EXPECT_EQ(truth_of(true, true), yes);
    EXPECT_EQ(truth_of(false, false), no);
    EXPECT_EQ(truth_of(true, false), unknown);
    EXPECT_EQ(truth_of(false, true), unknown);
}

TEST(Truth, HasNames) {
    EXPECT_EQ(paradiplomacy::to_string(yes), "yes");
    EXPECT_EQ(paradiplomacy::to_string(no), "no");
    EXPECT_EQ(paradiplomacy::to_string(unknown), "unknown");
}

TEST(Truth, IsUsableAtCompileTime) {
    static_assert((Truth::yes && !Truth::no) == Truth::yes);
    static_assert((Truth::unknown || Truth::no) == Truth::unknown);
    SUCCEED();
}
