// SPDX-License-Identifier: Apache-2.0
// Rules on organisations in roles (ref.*.organisations, *.organisations.duplicate and
// iati_role) and on a delegation's members (program.members.*).

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

OrganisationId add_organisation(Portfolio& p, std::string_view key) {
    Organisation o;
    o.key = p.intern(key);
    o.kind = OrganisationKind::foundation;
    return p.add(o);
}

TEST(InvolvementRules, OrganisationsInRolesAreClean) {
    Clean c;
    const OrganisationId gcf = add_organisation(c.p, "gcf");
    ExchangeProgram y = c.get(c.youth);
    y.organisations = {{gcf, OrganisationRole::co_organiser}, {gcf, OrganisationRole::host}};
    y.members = {{DelegateRole::student, 18}, {DelegateRole::official, 2}};  // 20, the headcount
    c.p.replace(y);
    OdaEngagement e = c.get(c.smart_class);
    e.organisations = {{gcf, OrganisationRole::accountable}};
    c.p.replace(e);
    EXPECT_TRUE(c.run().empty());
}

TEST(InvolvementRules, ADanglingOrganisationIsAnErrorPerKind) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.organisations = {{OrganisationId(7), OrganisationRole::party}};
    c.p.replace(a);
    auto r = c.run();
    ASSERT_TRUE(only(r, "ref.agreement.organisations"));
    EXPECT_EQ(single(r).severity, Severity::error);
    EXPECT_EQ(single(r).field, "organisations[0]");
    EXPECT_NE(single(r).message.find("organisation #7 is not in this portfolio"), std::string::npos);

    a.organisations.clear();
    c.p.replace(a);
    OdaEngagement e = c.get(c.smart_class);
    e.organisations = {{OrganisationId(3), OrganisationRole::funding}};
    c.p.replace(e);
    EXPECT_TRUE(only(c.run(), "ref.oda.organisations"));
    e.organisations.clear();
    c.p.replace(e);
    ExchangeProgram y = c.get(c.youth);
    y.organisations = {{OrganisationId(0), OrganisationRole::host}};
    c.p.replace(y);
    EXPECT_TRUE(only(c.run(), "ref.program.organisations"));
}

TEST(InvolvementRules, TheSameOrganisationTwiceInOneRole) {
    Clean c;
    const OrganisationId gcf = add_organisation(c.p, "gcf");
    OdaEngagement e = c.get(c.smart_class);
    e.organisations = {
        {gcf, OrganisationRole::implementing}, {gcf, OrganisationRole::funding}, {gcf, OrganisationRole::implementing}};
    c.p.replace(e);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "oda.organisations.duplicate"));
    EXPECT_EQ(single(r).field, "organisations[2]");
    EXPECT_NE(single(r).message.find("as implementing again (first at organisations[0])"), std::string::npos);
}

TEST(InvolvementRules, AidFlowRolesOnAnAgreementOrProgram) {
    Clean c;
    const OrganisationId gcf = add_organisation(c.p, "gcf");
    Agreement a = c.get(c.kanagawa_sister);
    a.organisations = {{gcf, OrganisationRole::extending}};
    c.p.replace(a);
    auto r = c.run();
    ASSERT_TRUE(only(r, "agreement.organisations.iati_role"));
    EXPECT_NE(single(r).message.find("role extending describes a flow of aid"), std::string::npos);
    a.organisations = {{gcf, OrganisationRole::funding}};  // funding an agreement's work is fine
    c.p.replace(a);
    EXPECT_TRUE(c.run().empty());
    ExchangeProgram y = c.get(c.youth);
    y.organisations = {{gcf, OrganisationRole::accountable}};
    c.p.replace(y);
    EXPECT_TRUE(only(c.run(), "program.organisations.iati_role"));
}

TEST(InvolvementRules, MembersBeyondTheHeadcountOrCountedZero) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);  // headcount 20
    y.members = {{DelegateRole::student, 18}, {DelegateRole::official, 3}};
    c.p.replace(y);
    auto r = c.run();
    ASSERT_TRUE(only(r, "program.members.exceed_headcount"));
    EXPECT_EQ(single(r).severity, Severity::error);
    EXPECT_EQ(single(r).field, "members");
    EXPECT_NE(single(r).message.find("add up to 21 people but the headcount is 20"), std::string::npos);

    y.headcount.reset();  // no headcount: nothing to compare with
    y.members = {{DelegateRole::student, 18}, {DelegateRole::interpreter, 0}};
    c.p.replace(y);
    r = c.run();
    ASSERT_TRUE(only(r, "program.members.zero_count"));
    EXPECT_EQ(single(r).field, "members[1]");
    EXPECT_NE(single(r).message.find("interpreter has a count of 0"), std::string::npos);
}

}  // namespace
}  // namespace paradiplomacy::test
