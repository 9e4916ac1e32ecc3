// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/model/partner.hpp>
#include <paradiplomacy/reference/code_status.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace pd = paradiplomacy;

namespace {

// A local enum, to show that any enum with enum_names() gets the same helpers.
enum class Colour : std::uint8_t { red, green };
constexpr auto enum_names(Colour) noexcept { return std::array<std::string_view, 2>{"red", "green"}; }

// Every enum's names round-trip and are distinct and non-empty.
template <class E>
void expect_round_trip() {
    std::set<std::string_view> seen;
    for (const E value : pd::all_values<E>()) {
        const std::string_view name = pd::to_string(value);
        EXPECT_FALSE(name.empty());
        EXPECT_NE(name, "?");
        EXPECT_TRUE(seen.insert(name).second) << "duplicate name " << name;
        const auto back = pd::enum_from_string<E>(name);
        ASSERT_TRUE(back.has_value()) << name;
        EXPECT_EQ(*back, value) << name;
    }
    EXPECT_FALSE(pd::enum_from_string<E>("no such name").has_value());
    EXPECT_FALSE(pd::enum_from_string<E>("").has_value());
}

}  // namespace

TEST(EnumNames, EveryModelEnumRoundTrips) {
    expect_round_trip<pd::AgreementKind>();
    expect_round_trip<pd::CouncilApproval>();
    expect_round_trip<pd::ProgramKind>();
    expect_round_trip<pd::Direction>();
    expect_round_trip<pd::OdaStatus>();
    expect_round_trip<pd::PartnerLevel>();
    expect_round_trip<pd::reference::CodeStatus>();
    expect_round_trip<Colour>();
}

// The names are part of the file format: pin a few of them down.
TEST(EnumNames, NamesAsWrittenInFiles) {
    EXPECT_EQ(pd::to_string(pd::AgreementKind::sister), "sister");
    EXPECT_EQ(pd::to_string(pd::AgreementKind::economic_cooperation), "economic_cooperation");
    EXPECT_EQ(pd::to_string(pd::AgreementKind::other), "other");
    EXPECT_EQ(pd::to_string(pd::CouncilApproval::not_required), "not_required");
    EXPECT_EQ(pd::to_string(pd::ProgramKind::civil_servant_dispatch), "civil_servant_dispatch");
    EXPECT_EQ(pd::to_string(pd::Direction::outbound), "outbound");
    EXPECT_EQ(pd::to_string(pd::OdaStatus::pipeline), "pipeline");
    EXPECT_EQ(pd::to_string(pd::OdaStatus::suspended), "suspended");
    EXPECT_EQ(pd::to_string(pd::PartnerLevel::city), "city");
    EXPECT_EQ(pd::to_string(pd::reference::CodeStatus::withdrawn), "withdrawn");
    EXPECT_EQ(pd::enum_from_string<pd::AgreementKind>("mou"), pd::AgreementKind::mou);
}

TEST(EnumNames, IatiActivityStatusOrder) {
    // OdaStatus follows IATI ActivityStatus codes 1-6: code = value + 1.
    EXPECT_EQ(static_cast<int>(pd::OdaStatus::pipeline) + 1, 1);
    EXPECT_EQ(static_cast<int>(pd::OdaStatus::closed) + 1, 4);
    EXPECT_EQ(static_cast<int>(pd::OdaStatus::suspended) + 1, 6);
}

TEST(EnumNames, MatchCaseExactly) {
    EXPECT_FALSE(pd::enum_from_string<pd::AgreementKind>("Sister").has_value());
    EXPECT_FALSE(pd::enum_from_string<pd::AgreementKind>("sister ").has_value());
}

TEST(EnumNames, OutOfRangeValueIsQuestionMark) {
    EXPECT_EQ(pd::to_string(static_cast<Colour>(9)), "?");
    EXPECT_EQ(pd::all_values<Colour>().size(), 2u);
}

TEST(EnumNames, TierRankOrdersAgreementKinds) {
    EXPECT_GT(pd::tier_rank(pd::AgreementKind::sister), pd::tier_rank(pd::AgreementKind::friendship));
    EXPECT_EQ(pd::tier_rank(pd::AgreementKind::friendship), pd::tier_rank(pd::AgreementKind::economic_cooperation));
    EXPECT_GT(pd::tier_rank(pd::AgreementKind::friendship), pd::tier_rank(pd::AgreementKind::mou));
    EXPECT_GT(pd::tier_rank(pd::AgreementKind::mou), pd::tier_rank(pd::AgreementKind::intent));
    EXPECT_EQ(pd::tier_rank(pd::AgreementKind::renewal), 0);
    EXPECT_EQ(pd::tier_rank(pd::AgreementKind::implementation_plan), 0);
}
