// SPDX-License-Identifier: Apache-2.0
// Rules on incomplete single records.

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

TEST(RecordRules, KoreanSisterTieWithoutCouncilApproval) {
    Clean c;
    Agreement a = c.get(c.kanagawa_sister);
    a.council_approval = CouncilApproval::unknown;
    c.p.replace(a);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "agreement.council_approval.missing"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_EQ(single(r).field, "council_approval");
    EXPECT_EQ(single(r).entity.key, "gg-kanagawa-sister");

    a.council_approval = CouncilApproval::not_required;
    c.p.replace(a);
    EXPECT_TRUE(c.run().empty());
    a.council_approval = CouncilApproval::pending;
    a.proposed = true;  // not signed yet: approval can still come
    c.p.replace(a);
    EXPECT_TRUE(c.run().empty());
}

TEST(RecordRules, CouncilApprovalIsAKoreanRuleOnly) {
    Portfolio p(SubdivisionCode("JP-14"), "Kanagawa");
    Partner partner;
    partner.key = p.intern("kr-gyeonggi");
    partner.country = CountryCode("KR");
    partner.region = SubdivisionCode("KR-41");
    partner.name_en = p.intern("Gyeonggi");
    const PartnerId id = p.add(partner);
    Agreement a;
    a.key = p.intern("kanagawa-gyeonggi");
    a.partner = id;
    a.kind = AgreementKind::sister;
    a.signed_on = PartialDate::parse("1990-04-20");
    p.add(a);
    EXPECT_TRUE(validate(p, options()).empty());
}

TEST(RecordRules, ProgramWithoutPartnersCannotBeInAPortfolio) {
    // Neither format can hold one, so the portfolio refuses it (Portfolio::replace): no
    // validation rule is needed for it.
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.partners.clear();
    EXPECT_THROW(c.p.replace(y), InvalidValue);
    EXPECT_FALSE(c.get(c.youth).partners.empty());
    EXPECT_TRUE(c.run().empty());
}

TEST(RecordRules, ProgramWithoutStartIsNotedAsUndated) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.start.reset();
    c.p.replace(y);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "program.start.missing"));
    EXPECT_EQ(single(r).severity, Severity::info);  // allowed: a note, not a fault
    EXPECT_EQ(single(r).field, "start");
    EXPECT_EQ(single(r).entity.key, "youth-2018");
    EXPECT_NE(single(r).message.find("undated"), std::string::npos) << single(r).message;
    EXPECT_TRUE(r.ok());
}

TEST(RecordRules, HeadcountZero) {
    Clean c;
    ExchangeProgram y = c.get(c.youth);
    y.headcount = 0;
    c.p.replace(y);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "program.headcount.zero"));
    EXPECT_EQ(single(r).field, "headcount");
    y.headcount.reset();  // unknown is fine
    c.p.replace(y);
    EXPECT_TRUE(c.run().empty());
}

TEST(RecordRules, PartnerWithoutEnglishName) {
    Clean c;
    Partner p = c.get(c.mongolia);
    p.name_en = TextId(0);
    c.p.replace(p);
    const auto r = c.run();
    ASSERT_TRUE(only(r, "partner.name_en.empty"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_EQ(single(r).entity, (EntityRef{EntityKind::partner, c.mongolia.index(), "mn"}));
}

TEST(RecordRules, OrganisationWithAMalformedIatiIdentifier) {
    Clean c;
    Organisation o;
    o.key = c.p.intern("koica");
    o.kind = OrganisationKind::public_agency;
    o.iati_ref = c.p.intern("KR-GOV-051");
    const OrganisationId id = c.p.add(o);
    EXPECT_TRUE(c.run().empty());
    for (const char* malformed :
         {"KOICA", "KR GOV 051", "kr-gov-051", "KR-GOV-", "KR--051", "KR-GOV-05/1", "K-GOV-1"}) {
        SCOPED_TRACE(malformed);
        o = c.p.at(id);
        o.iati_ref = c.p.intern(malformed);
        c.p.replace(o);
        const auto r = c.run();
        ASSERT_TRUE(only(r, "organisation.iati_ref.malformed"));
        EXPECT_EQ(single(r).severity, Severity::warning);
        EXPECT_EQ(single(r).field, "iati_ref");
        EXPECT_EQ(single(r).entity, (EntityRef{EntityKind::organisation, id.index(), "koica"}));
        EXPECT_EQ(single(r).message, "\"" + std::string(malformed) +
                                         "\" is not an IATI organisation identifier: expected an agency prefix and "
                                         "the agency's identifier, such as KR-GOV-051 or XM-DAC-41114, without "
                                         "spaces or / & | ?");
    }
    for (const char* well_formed : {"XM-DAC-41114", "GB-CHC-202918", "XI-IATI-EC_INTPA", "KR-GOV-051-1"}) {
        o = c.p.at(id);
        o.iati_ref = c.p.intern(well_formed);
        c.p.replace(o);
        EXPECT_TRUE(c.run().empty()) << well_formed;
    }
    o.iati_ref = TextId(0);  // none known is fine
    c.p.replace(o);
    EXPECT_TRUE(c.run().empty());
}

}  // namespace
}  // namespace paradiplomacy::test
