// SPDX-License-Identifier: Apache-2.0
// Rules on codes (code.*).

#include "fixtures.hpp"

#include <gtest/gtest.h>

namespace paradiplomacy::test {
namespace {

TEST(CodeRules, HomeUnknown) {
    Portfolio p(SubdivisionCode("KR-99"), "Nowhere");
    const ValidationReport r = validate(p, options());
    ASSERT_TRUE(only(r, "code.home.unknown"));
    EXPECT_EQ(single(r).severity, Severity::error);
    EXPECT_EQ(single(r).entity, (EntityRef{EntityKind::home, 0, "KR-99"}));
    EXPECT_EQ(single(r).field, "code");
    EXPECT_TRUE(validate(Portfolio(SubdivisionCode("KR-41")), options()).empty());
}

TEST(CodeRules, CountryUnknownAndWithdrawnAreToldApart) {
    Clean c;
    Partner x = c.partner("xx", PartnerLevel::country, "QQ", "", "Nowhere");
    const PartnerId unknown = c.p.add(x);
    Partner y = c.partner("yu", PartnerLevel::country, "YU", "", "Yugoslavia");
    const PartnerId withdrawn = c.p.add(y);
    const ValidationReport r = c.run();
    const auto u = r.by_rule("code.country.unknown");
    ASSERT_EQ(u.size(), 1u);
    EXPECT_EQ(u[0].entity, (EntityRef{EntityKind::partner, unknown.index(), "xx"}));
    EXPECT_EQ(u[0].field, "country");
    EXPECT_EQ(u[0].severity, Severity::error);
    const auto w = r.by_rule("code.country.withdrawn");
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].entity.index, withdrawn.index());
    EXPECT_EQ(w[0].severity, Severity::warning);
    EXPECT_NE(w[0].message.find("2003-07-23"), std::string::npos) << w[0].message;
    EXPECT_EQ(r.size(), 2u);
}

TEST(CodeRules, RegionMissing) {
    Clean c;
    Partner p = c.get(c.liaoning);
    p.region.reset();
    c.p.replace(p);
    const ValidationReport r = c.run();
    ASSERT_TRUE(only(r, "code.region.missing"));
    EXPECT_EQ(single(r).entity.key, "cn-liaoning");
    EXPECT_EQ(single(r).field, "region");
    // A city needs no region code.
    Partner city = c.partner("suzhou", PartnerLevel::city, "CN", "", "Suzhou");
    c.p.add(city);
    EXPECT_EQ(c.run().size(), 1u);
}

TEST(CodeRules, RegionUnknown) {
    Clean c;
    Partner p = c.get(c.liaoning);
    p.region = SubdivisionCode("CN-ZZ");
    p.name_en = c.p.intern("Liaoning");
    c.p.replace(p);
    const ValidationReport r = c.run();
    ASSERT_TRUE(only(r, "code.region.unknown"));
    EXPECT_EQ(single(r).field, "region");
}

TEST(CodeRules, RegionFormerNamesTheSuccessorInsteadOfUnknown) {
    // Hà Tây (VN-15) merged into Hanoi in 2008; a tie signed before keeps its code.
    Clean c;
    const PartnerId ha_tay = c.p.add(c.partner("vn-ha-tay", PartnerLevel::region, "VN", "VN-15", "Ha Tay"));
    const ValidationReport r = c.run();
    ASSERT_TRUE(only(r, "code.region.former"));
    EXPECT_EQ(single(r).severity, Severity::info);
    EXPECT_EQ(single(r).entity, (EntityRef{EntityKind::partner, ha_tay.index(), "vn-ha-tay"}));
    EXPECT_EQ(single(r).field, "region");
    EXPECT_NE(single(r).message.find("former region VN-15, now VN-HN"), std::string::npos) << single(r).message;

    // A split names every successor.
    Clean d;
    d.p.add(d.partner("lu-diekirch", PartnerLevel::region, "LU", "LU-D", "Diekirch"));
    const ValidationReport split = d.run();
    ASSERT_TRUE(only(split, "code.region.former"));
    EXPECT_NE(single(split).message.find("former region LU-D, now LU-CL, LU-DI, LU-RD, LU-VD, LU-WI"),
              std::string::npos)
        << single(split).message;
}

TEST(CodeRules, FormerHomeAndOdaRegionStayErrorsNamingTheSuccessor) {
    Portfolio p(SubdivisionCode("VN-15"), "Ha Tay");
    const ValidationReport r = validate(p, options());
    ASSERT_TRUE(only(r, "code.home.unknown"));
    EXPECT_NE(single(r).message.find("VN-15 is a former ISO 3166-2 code (VN-15, now VN-HN)"), std::string::npos)
        << single(r).message;

    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.recipient = CountryCode("LU");
    e.recipient_partner.reset();
    e.regions = {RegionShare{SubdivisionCode("LU-D"), 100.0}};
    c.p.replace(e);
    const auto oda = c.run().by_rule("code.oda_region.unknown");
    ASSERT_EQ(oda.size(), 1u);
    EXPECT_NE(oda[0].message.find("LU-D is a former ISO 3166-2 code (LU-D, now LU-CL"), std::string::npos)
        << oda[0].message;
}

TEST(CodeRules, RegionCountryMismatch) {
    Clean c;
    Partner p = c.get(c.kanagawa);
    p.country = CountryCode("CN");
    c.p.replace(p);
    const ValidationReport r = c.run();
    ASSERT_TRUE(only(r, "code.region.country_mismatch"));
    EXPECT_EQ(single(r).entity.key, "jp-kanagawa");
    EXPECT_NE(single(r).message.find("JP-14 belongs to JP"), std::string::npos) << single(r).message;
}

TEST(CodeRules, RegionNotFirstLevel) {
    Clean c;
    c.p.add(c.partner("es-barcelona", PartnerLevel::region, "ES", "ES-B", "Barcelona"));
    const ValidationReport r = c.run();
    ASSERT_TRUE(only(r, "code.region.not_first_level"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    // The same code on a city partner is fine.
    Clean d;
    d.p.add(d.partner("es-barcelona", PartnerLevel::city, "ES", "ES-B", "Barcelona"));
    EXPECT_TRUE(d.run().empty());
}

TEST(CodeRules, RecipientNotCurrent) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.recipient = CountryCode("ZZ");
    e.recipient_partner.reset();
    e.regions.clear();
    c.p.replace(e);
    const ValidationReport r = c.run();
    const auto f = r.by_rule("code.recipient.not_current");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].entity, (EntityRef{EntityKind::oda, c.smart_class.index(), "mn-smart-class"}));
    EXPECT_EQ(f[0].field, "recipient");
    // ZZ is the model's "unknown": the message says what is missing, not that ZZ is a bad code.
    EXPECT_NE(f[0].message.find("no recipient country or region is recorded"), std::string::npos) << f[0].message;
    // ZZ is on no DAC list either: that rule speaks too, and nothing else.
    EXPECT_EQ(r.by_rule("oda.recipient.not_on_dac_list").size(), 1u);
    EXPECT_EQ(r.size(), 2u);

    e.recipient = CountryCode("QQ");
    c.p.replace(e);
    const auto q = c.run().by_rule("code.recipient.not_current");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_NE(q[0].message.find("recipient QQ is not an ISO 3166-1"), std::string::npos) << q[0].message;

    e.recipient = CountryCode("YU");
    c.p.replace(e);
    const auto w = c.run().by_rule("code.recipient.not_current");
    ASSERT_EQ(w.size(), 1u);
    EXPECT_NE(w[0].message.find("withdrawn"), std::string::npos);
}

TEST(CodeRules, OdaRegionUnknownAndMismatch) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.regions = {RegionShare{SubdivisionCode("MN-999"), 50.0}, RegionShare{SubdivisionCode("KH-1"), 50.0}};
    c.p.replace(e);
    const ValidationReport r = c.run();
    const auto unknown = r.by_rule("code.oda_region.unknown");
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].field, "regions[0].region");
    const auto mismatch = r.by_rule("code.oda_region.country_mismatch");
    ASSERT_EQ(mismatch.size(), 1u);
    EXPECT_EQ(mismatch[0].field, "regions[1].region");
    EXPECT_EQ(r.size(), 2u);
}

TEST(CodeRules, CurrencyUnknown) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.budgets.push_back(Budget{Period(date("2025-01-01"), date("2025-12-31")), Money(5.0, CurrencyCode("XYZ"))});
    c.p.replace(e);
    const ValidationReport r = c.run();
    ASSERT_TRUE(only(r, "code.currency.unknown"));
    EXPECT_EQ(single(r).field, "budgets[1].currency");
}

TEST(CodeRules, PurposeForm) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    e.sectors[1].purpose = PurposeCode("01330");
    c.p.replace(e);
    const ValidationReport r = c.run();
    ASSERT_TRUE(only(r, "code.purpose.form"));
    EXPECT_EQ(single(r).field, "sectors[1].purpose");
}

}  // namespace
}  // namespace paradiplomacy::test
