// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/tie_state.hpp>

#include <gtest/gtest.h>

namespace pd = paradiplomacy;
using pd::AgreementKind;
using pd::TieState;
using pd::Truth;
using pd::testing::date;
using pd::testing::day;

namespace {

TEST(TieState, YearOnlySigningIsCertainAfterTheYearAndUnknownInsideIt) {
    pd::testing::Fixture f;
    const auto qld = f.region("au-qld", "AU-QLD");
    const auto sister = f.sign(qld, AgreementKind::sister, "1997");
    const pd::TieKey tie{qld, std::nullopt};

    const auto after = pd::tie_status(f.portfolio, tie, day("1998-01-01"));
    EXPECT_EQ(after.state, TieState::active);
    EXPECT_EQ(after.certainty, Truth::yes);
    EXPECT_EQ(after.tier, AgreementKind::sister);
    EXPECT_EQ(after.certain_tier, AgreementKind::sister);
    EXPECT_EQ(after.certainly_active, std::vector<pd::AgreementId>{sister});

    const auto inside = pd::tie_status(f.portfolio, tie, day("1997-06-01"));
    EXPECT_EQ(inside.state, TieState::active);
    EXPECT_EQ(inside.certainty, Truth::unknown);
    EXPECT_EQ(inside.possibly_active, std::vector<pd::AgreementId>{sister});
    EXPECT_EQ(inside.certain_tier, std::nullopt);

    const auto before = pd::tie_status(f.portfolio, tie, day("1996-12-31"));
    EXPECT_EQ(before.state, TieState::none);
    EXPECT_EQ(before.certainty, Truth::yes);
}

TEST(TieState, MonthOnlyDateStraddlesOnlyItsMonth) {
    pd::testing::Fixture f;
    const auto hebei = f.region("cn-hebei", "CN-HE");
    const auto mou = f.sign(hebei, AgreementKind::friendship, "2008-10");
    EXPECT_EQ(pd::agreement_standing(f.portfolio, mou, day("2008-09-30")).active(), Truth::no);
    EXPECT_EQ(pd::agreement_standing(f.portfolio, mou, day("2008-10-01")).active(), Truth::unknown);
    EXPECT_EQ(pd::agreement_standing(f.portfolio, mou, day("2008-10-30")).active(), Truth::unknown);
    EXPECT_EQ(pd::agreement_standing(f.portfolio, mou, day("2008-10-31")).active(), Truth::yes);
}

TEST(TieState, HebeiUpgradeFromFriendshipToSister) {
    pd::testing::Fixture f;
    const auto hebei = f.region("cn-hebei", "CN-HE");
    const auto mou = f.sign(hebei, AgreementKind::friendship, "2008-10");
    auto sister_record = f.agreement(hebei, AgreementKind::sister, "2009-06-22");
    sister_record.supersedes = mou;
    const auto sister = f.add(sister_record);
    const pd::TieKey tie{hebei, std::nullopt};

    const auto in_2009 = pd::tie_status(f.portfolio, tie, day("2009-01-01"));
    EXPECT_EQ(in_2009.state, TieState::active);
    EXPECT_EQ(in_2009.certainty, Truth::yes);
    EXPECT_EQ(in_2009.tier, AgreementKind::friendship);
    EXPECT_EQ(in_2009.certainly_active, std::vector<pd::AgreementId>{mou});

    const auto in_2010 = pd::tie_status(f.portfolio, tie, day("2010-01-01"));
    EXPECT_EQ(in_2010.tier, AgreementKind::sister);
    EXPECT_EQ(in_2010.certainly_active, std::vector<pd::AgreementId>{sister});
    EXPECT_TRUE(in_2010.possibly_active.empty());
    const auto mou_2010 = pd::agreement_standing(f.portfolio, mou, day("2010-01-01"));
    EXPECT_EQ(mou_2010.is_superseded(), Truth::yes);
    EXPECT_EQ(mou_2010.active(), Truth::no);
}

TEST(TieState, RenewalTakesItsPredecessorsKindAndSupersedesIt) {
    pd::testing::Fixture f;
    const auto bc = f.region("ca-bc", "CA-BC");
    auto plan = f.agreement(bc, AgreementKind::implementation_plan, "2017-03-01");
    plan.validity = pd::Period(date("2017"), date("2019"));
    const auto plan_id = f.add(plan);
    EXPECT_EQ(pd::tie_status(f.portfolio, {bc, std::nullopt}, day("2018-05-01")).tier, AgreementKind::other);

    auto sister = f.agreement(bc, AgreementKind::sister, "2008-05-19");
    const auto sister_id = f.add(sister);
    auto renewal = f.agreement(bc, AgreementKind::renewal, "2020-02-01");
    renewal.supersedes = sister_id;
    const auto renewal_id = f.add(renewal);
    const auto status = pd::tie_status(f.portfolio, {bc, std::nullopt}, day("2021-01-01"));
    EXPECT_EQ(status.tier, AgreementKind::sister);  // the renewal of a sister agreement
    EXPECT_EQ(status.certainly_active, std::vector<pd::AgreementId>{renewal_id});
    EXPECT_EQ(pd::agreement_standing(f.portfolio, plan_id, day("2021-01-01")).is_expired(), Truth::yes);
}

TEST(TieState, SuspendedIsNotTerminatedAndResumes) {
    pd::testing::Fixture f;
    const auto sve = f.region("ru-sve", "RU-SVE");
    auto tie_record = f.agreement(sve, AgreementKind::sister, "2014-05-01");
    tie_record.suspended_on = date("2022-03");
    tie_record.resumed_on = date("2025-01-10");
    const auto id = f.add(tie_record);
    const pd::TieKey tie{sve, std::nullopt};

    const auto in_2023 = pd::tie_status(f.portfolio, tie, day("2023-01-01"));
    EXPECT_EQ(in_2023.state, TieState::suspended);
    EXPECT_EQ(in_2023.certainty, Truth::yes);
    EXPECT_EQ(pd::agreement_standing(f.portfolio, id, day("2023-01-01")).is_terminated(), Truth::no);
    // During the month of suspension the tie may still be active.
    const auto march = pd::tie_status(f.portfolio, tie, day("2022-03-15"));
    EXPECT_EQ(march.state, TieState::active);
    EXPECT_EQ(march.certainty, Truth::unknown);
    EXPECT_EQ(pd::tie_status(f.portfolio, tie, day("2025-01-10")).state, TieState::active);
}

TEST(TieState, TerminatedTieAndExpiredPlan) {
    pd::testing::Fixture f;
    const auto p = f.region("ru-pri", "RU-PRI");
    auto a = f.agreement(p, AgreementKind::friendship, "2010");
    a.terminated_on = date("2022-04-01");
    f.add(a);
    const auto q = f.region("au-qld", "AU-QLD");
    auto plan = f.agreement(q, AgreementKind::implementation_plan, "2005");
    plan.validity = pd::Period(date("2005"), date("2006"));
    f.add(plan);
    EXPECT_EQ(pd::tie_status(f.portfolio, {p, std::nullopt}, day("2022-04-01")).state, TieState::terminated);
    EXPECT_EQ(pd::tie_status(f.portfolio, {p, std::nullopt}, day("2022-03-31")).state, TieState::active);
    const auto plan_2007 = pd::tie_status(f.portfolio, {q, std::nullopt}, day("2007-01-01"));
    EXPECT_EQ(plan_2007.state, TieState::expired);
    EXPECT_EQ(plan_2007.certainty, Truth::yes);
    // Inside the end year the plan may or may not have lapsed.
    const auto plan_2006 = pd::tie_status(f.portfolio, {q, std::nullopt}, day("2006-07-01"));
    EXPECT_EQ(plan_2006.state, TieState::active);
    EXPECT_EQ(plan_2006.certainty, Truth::unknown);
}

TEST(TieState, ProposedAndUndatedAgreements) {
    pd::testing::Fixture f;
    const auto idf = f.region("fr-idf", "FR-IDF");
    auto proposal = f.agreement(idf, AgreementKind::intent, "");
    proposal.proposed = true;
    f.add(proposal);
    const auto s = pd::tie_status(f.portfolio, {idf, std::nullopt}, day("2020-01-01"));
    EXPECT_EQ(s.state, TieState::proposed);
    EXPECT_EQ(s.certainty, Truth::yes);

    const auto mex = f.region("mx-mex", "MX-MEX");
    const auto undated = f.sign(mex, AgreementKind::sister, "");
    const auto u = pd::tie_status(f.portfolio, {mex, std::nullopt}, day("2020-01-01"));
    EXPECT_EQ(u.state, TieState::active);
    EXPECT_EQ(u.certainty, Truth::unknown);
    EXPECT_EQ(u.tier, AgreementKind::sister);
    // An undated tie that was terminated is certainly not active afterwards.
    auto ended = f.portfolio.agreement(undated);
    ended.terminated_on = date("2019");
    f.portfolio.replace(ended);
    EXPECT_EQ(pd::tie_status(f.portfolio, {mex, std::nullopt}, day("2020-01-01")).state, TieState::terminated);
}

TEST(TieState, MunicipalTiesAreSeparateTies) {
    pd::testing::Fixture f;
    const auto suwon = f.municipality("suwon");
    const auto city = f.city("jinan", "CN");
    auto a = f.agreement(city, AgreementKind::sister, "1993-10-04");
    a.signatory = suwon;
    f.add(a);
    EXPECT_EQ(pd::tie_status(f.portfolio, {city, std::nullopt}, day("2000-01-01")).state, TieState::none);
    EXPECT_EQ(pd::tie_status(f.portfolio, {city, suwon}, day("2000-01-01")).state, TieState::active);
    const auto all = pd::ties_of_partner(f.portfolio, city, day("2000-01-01"));
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all[0].tie.signatory, suwon);
}

TEST(TieState, UnknownAgreementThrowsAndSupersessionCyclesEnd) {
    pd::testing::Fixture f;
    EXPECT_THROW((void)pd::agreement_standing(f.portfolio, pd::AgreementId(7), day("2000-01-01")), pd::NotFound);
    const auto p = f.region("cn-ln", "CN-LN");
    auto a = f.agreement(p, AgreementKind::sister, "1993");
    a.supersedes = pd::AgreementId(1);
    auto b = f.agreement(p, AgreementKind::renewal, "1994");
    b.supersedes = pd::AgreementId(0);
    f.add(a);
    f.add(b);
    // Each supersedes the other: both are superseded, nothing loops forever.
    EXPECT_EQ(pd::tie_status(f.portfolio, {p, std::nullopt}, day("2000-01-01")).state, TieState::none);
}

}  // namespace
