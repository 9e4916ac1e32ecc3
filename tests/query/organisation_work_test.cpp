// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/organisation_work.hpp>

#include <gtest/gtest.h>

namespace paradiplomacy::testing {
namespace {

TEST(OrganisationWork, ListsEachOrganisationsRecordsByRole) {
    Fixture f;
    Portfolio& p = f.portfolio;
    Organisation o;
    o.key = p.intern("gcf");
    const OrganisationId gcf = p.add(o);
    o.key = p.intern("koica");
    const OrganisationId koica = p.add(o);
    o.key = p.intern("idle");
    const OrganisationId idle = p.add(o);

    const PartnerId hebei = f.region("cn-hebei", "CN-HE");
    Agreement a = f.agreement(hebei, AgreementKind::mou, "2019-03-01");
    a.key = p.intern("mou");
    a.organisations = {{gcf, OrganisationRole::implementing}, {koica, OrganisationRole::party}};
    const AgreementId mou = p.add(a);
    ExchangeProgram x;
    x.key = p.intern("visit");
    x.partners = {hebei};
    x.organisations = {{gcf, OrganisationRole::co_organiser}, {gcf, OrganisationRole::co_organiser}};
    const ProgramId visit = p.add(x);
    OdaEngagement e;
    e.key = p.intern("water");
    e.organisations = {{koica, OrganisationRole::funding},
                       {gcf, OrganisationRole::implementing},
                       {OrganisationId(9), OrganisationRole::funding}};  // not in the portfolio: left out
    const EngagementId water = p.add(e);

    const auto all = organisation_work(p);
    ASSERT_EQ(all.size(), 3U);
    EXPECT_EQ(all[0].organisation, gcf);
    ASSERT_EQ(all[0].roles.size(), 2U);
    EXPECT_EQ(all[0].roles[0].role, OrganisationRole::implementing);
    EXPECT_EQ(all[0].roles[0].agreements, std::vector<AgreementId>{mou});
    EXPECT_EQ(all[0].roles[0].engagements, std::vector<EngagementId>{water});
    EXPECT_EQ(all[0].roles[1].role, OrganisationRole::co_organiser);
    EXPECT_EQ(all[0].roles[1].programs, std::vector<ProgramId>{visit});  // named twice, counted once
    ASSERT_EQ(all[1].roles.size(), 2U);
    EXPECT_EQ(all[1].roles[0].role, OrganisationRole::funding);
    EXPECT_EQ(all[1].roles[1].role, OrganisationRole::party);
    EXPECT_EQ(all[2].organisation, idle);
    EXPECT_TRUE(all[2].roles.empty());

    const auto one = organisation_work(p, koica);
    ASSERT_EQ(one.size(), 1U);
    EXPECT_EQ(one[0], all[1]);
    EXPECT_THROW((void)organisation_work(p, OrganisationId(9)), NotFound);
}

}  // namespace
}  // namespace paradiplomacy::testing
