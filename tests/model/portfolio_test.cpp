// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace pd = paradiplomacy;
using pd::AgreementId;
using pd::InvalidValue;
using pd::NotFound;
using pd::PartnerId;
using pd::Portfolio;
using pd::SubdivisionCode;

namespace {

Portfolio gyeonggi() { return Portfolio(SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도"); }

pd::Partner region(Portfolio& p, std::string_view key, const char* code, std::string_view name) {
    pd::Partner partner;
    partner.key = p.intern(key);
    partner.level = pd::PartnerLevel::region;
    partner.country = SubdivisionCode(code).country();
    partner.region = SubdivisionCode(code);
    partner.name_en = p.intern(name);
    return partner;
}

pd::Agreement sister(Portfolio& p, std::string_view key, PartnerId partner, const char* signed_on) {
    pd::Agreement a;
    a.key = p.intern(key);
    a.partner = partner;
    a.kind = pd::AgreementKind::sister;
    a.signed_on = pd::PartialDate::parse(signed_on);
    a.fields = {p.intern("economy"), p.intern("culture")};
    return a;
}

std::string message_of(auto&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(no exception)";
}

}  // namespace

TEST(Portfolio, KnowsItsHomeGovernment) {
    const Portfolio p = gyeonggi();
    EXPECT_EQ(p.home().code, SubdivisionCode("KR-41"));
    EXPECT_EQ(p.text(p.home().name_en), "Gyeonggi-do");
    EXPECT_EQ(p.text(p.home().name_local), "경기도");
    EXPECT_TRUE(p.partners().empty());
    EXPECT_TRUE(p.agreements().empty());
}

TEST(Portfolio, AddAssignsDenseIdsIgnoringTheOnesGiven) {
    Portfolio p = gyeonggi();
    auto hebei = region(p, "cn-hebei", "CN-HE", "Hebei");
    hebei.id = PartnerId(99);
    const PartnerId first = p.add(hebei);
    const PartnerId second = p.add(region(p, "jp-kanagawa", "JP-14", "Kanagawa"));
    EXPECT_EQ(first, PartnerId(0));
    EXPECT_EQ(second, PartnerId(1));
    ASSERT_EQ(p.partners().size(), 2u);
    EXPECT_EQ(p.partner(first).id, first);
    EXPECT_EQ(p.text(p.partner(second).name_en), "Kanagawa");
    EXPECT_TRUE(p.contains(second));
    EXPECT_FALSE(p.contains(PartnerId(2)));

    const AgreementId a = p.add(sister(p, "gg-hebei-sister-2009", first, "2009-06-22"));
    EXPECT_EQ(a, AgreementId(0));
    EXPECT_EQ(p.agreement(a).partner, first);
    EXPECT_EQ(p.agreement(a).signed_on, pd::PartialDate::of_day(2009, 6, 22));
}

TEST(Portfolio, EveryKindCanBeAddedAndFound) {
    Portfolio p = gyeonggi();
    pd::Municipality suwon;
    suwon.key = p.intern("suwon");
    const auto m = p.add(suwon);
    const auto partner = p.add(region(p, "cn-ln", "CN-LN", "Liaoning"));
    const auto agreement = p.add(sister(p, "gg-ln", partner, "1993-10-04"));
    pd::ExchangeProgram training;
    training.key = p.intern("ln-training-9");
    training.partners = {partner};
    const auto program = p.add(training);
    pd::OdaEngagement smart_class;
    smart_class.key = p.intern("mn-smart-class");
    smart_class.recipient = pd::CountryCode("MN");
    const auto engagement = p.add(smart_class);

    EXPECT_EQ(p.find_municipality("suwon"), m);
    EXPECT_EQ(p.find_partner("cn-ln"), partner);
    EXPECT_EQ(p.find_agreement("gg-ln"), agreement);
    EXPECT_EQ(p.find_program("ln-training-9"), program);
    EXPECT_EQ(p.find_engagement("mn-smart-class"), engagement);
    EXPECT_EQ(p.municipality(m).id, m);
    EXPECT_EQ(p.program(program).partners.front(), partner);
    EXPECT_EQ(p.engagement(engagement).recipient, pd::CountryCode("MN"));
    EXPECT_TRUE(p.contains(m) && p.contains(agreement) && p.contains(program) && p.contains(engagement));
}

TEST(Portfolio, FindByKeyIsPerKind) {
    Portfolio p = gyeonggi();
    const auto partner = p.add(region(p, "shared-key", "JP-14", "Kanagawa"));
    // The same key may name an agreement too: keys are unique per kind, not across kinds.
    const auto agreement = p.add(sister(p, "shared-key", partner, "1990"));
    EXPECT_EQ(p.find_partner("shared-key"), partner);
    EXPECT_EQ(p.find_agreement("shared-key"), agreement);
    EXPECT_FALSE(p.find_program("shared-key").has_value());
    // Text that is interned but names no record, and text never seen, both find nothing.
    EXPECT_FALSE(p.find_partner("Kanagawa").has_value());
    EXPECT_FALSE(p.find_partner("never-interned").has_value());
    EXPECT_FALSE(p.find_partner("").has_value());
}

TEST(Portfolio, DuplicateKeyIsRefusedAndNamed) {
    Portfolio p = gyeonggi();
    (void)p.add(region(p, "cn-hebei", "CN-HE", "Hebei"));
    EXPECT_EQ(message_of([&] { (void)p.add(region(p, "cn-hebei", "CN-SD", "Shandong")); }),
              "partner id \"cn-hebei\" is used twice");
    EXPECT_THROW((void)p.add(region(p, "cn-hebei", "CN-SD", "Shandong")), InvalidValue);
    EXPECT_EQ(p.partners().size(), 1u) << "a refused record is not added";
    EXPECT_EQ(p.text(p.partner(PartnerId(0)).name_en), "Hebei");

    pd::Municipality m;
    m.key = p.intern("suwon");
    (void)p.add(m);
    EXPECT_EQ(message_of([&] { (void)p.add(m); }), "municipality id \"suwon\" is used twice");
}

TEST(Portfolio, RecordsWithoutKeyAreRefused) {
    // Every format names records by id: one without could not be saved.
    Portfolio p = gyeonggi();
    pd::Partner anonymous;
    EXPECT_EQ(message_of([&] { (void)p.add(anonymous); }), "partner id \"\" is empty: every record needs an id");
    EXPECT_TRUE(p.partners().empty());
}

TEST(Portfolio, LookupOfUnknownIdThrowsNotFound) {
    Portfolio p = gyeonggi();
    (void)p.add(region(p, "jp-kanagawa", "JP-14", "Kanagawa"));
    EXPECT_THROW((void)p.partner(PartnerId(1)), NotFound);
    EXPECT_EQ(message_of([&] { (void)p.partner(PartnerId(1)); }), "partner #1 is not in this portfolio");
    EXPECT_EQ(message_of([&] { (void)p.agreement(AgreementId(0)); }), "agreement #0 is not in this portfolio");
    EXPECT_EQ(message_of([&] { (void)p.engagement(pd::EngagementId(3)); }),
              "ODA engagement #3 is not in this portfolio");
    EXPECT_THROW((void)p.program(pd::ProgramId(0)), NotFound);
    EXPECT_THROW((void)p.municipality(pd::MunicipalityId(0)), NotFound);
    EXPECT_THROW((void)p.text(pd::TextId(1'000'000)), NotFound);
    // NotFound is a std::out_of_range, so generic handlers catch it.
    EXPECT_THROW((void)p.partner(PartnerId(5)), std::out_of_range);
}

TEST(Portfolio, ReplaceUpdatesTheRecordAndItsKey) {
    Portfolio p = gyeonggi();
    const auto id = p.add(region(p, "cn-hebei", "CN-HE", "Hebei"));
    pd::Partner changed = p.partner(id);
    changed.wikidata = p.intern("Q21208");
    changed.key = p.intern("cn-hebei-province");
    p.replace(changed);
    EXPECT_EQ(p.text(p.partner(id).wikidata), "Q21208");
    EXPECT_EQ(p.find_partner("cn-hebei-province"), id);
    EXPECT_FALSE(p.find_partner("cn-hebei").has_value()) << "the old key is released";
    // ...and may be used again.
    EXPECT_NO_THROW((void)p.add(region(p, "cn-hebei", "CN-HE", "Hebei again")));
}

TEST(Portfolio, ReplaceRefusesUnknownIdAndTakenKey) {
    Portfolio p = gyeonggi();
    const auto hebei = p.add(region(p, "cn-hebei", "CN-HE", "Hebei"));
    (void)p.add(region(p, "cn-sd", "CN-SD", "Shandong"));

    pd::Partner ghost = region(p, "ghost", "CN-LN", "Liaoning");
    ghost.id = PartnerId(7);
    EXPECT_THROW(p.replace(ghost), NotFound);
    EXPECT_FALSE(p.find_partner("ghost").has_value());

    pd::Partner clash = p.partner(hebei);
    clash.key = p.intern("cn-sd");
    clash.wikidata = p.intern("Q21208");
    EXPECT_EQ(message_of([&] { p.replace(clash); }), "partner id \"cn-sd\" is used twice");
    EXPECT_EQ(p.partner(hebei).wikidata, pd::TextId(0)) << "a refused replacement changes nothing";
    EXPECT_EQ(p.find_partner("cn-hebei"), hebei);

    // Replacing with the same key is allowed.
    pd::Partner same = p.partner(hebei);
    same.world_region = 30;
    EXPECT_NO_THROW(p.replace(same));
    EXPECT_EQ(p.partner(hebei).world_region, 30);
}

TEST(Portfolio, CopyIsIndependent) {
    Portfolio original = gyeonggi();
    const auto id = original.add(region(original, "jp-kanagawa", "JP-14", "Kanagawa"));
    Portfolio copy = original;
    EXPECT_EQ(copy, original);
    (void)copy.add(region(copy, "cn-ln", "CN-LN", "Liaoning"));
    EXPECT_EQ(original.partners().size(), 1u);
    EXPECT_EQ(copy.partners().size(), 2u);
    EXPECT_NE(copy, original);
    EXPECT_FALSE(original.find_partner("cn-ln").has_value());
    EXPECT_EQ(copy.text(copy.partner(id).name_en), "Kanagawa");

    Portfolio assigned(SubdivisionCode("KR-11"));
    assigned = original;
    EXPECT_EQ(assigned.home().code, SubdivisionCode("KR-41"));
    EXPECT_EQ(assigned, original);
    EXPECT_EQ(assigned.find_partner("jp-kanagawa"), id);
}

TEST(Portfolio, MoveKeepsRecordsAndText) {
    Portfolio source = gyeonggi();
    const auto id = source.add(region(source, "jp-kanagawa", "JP-14", "Kanagawa"));
    const Portfolio expected = source;
    Portfolio moved = std::move(source);
    EXPECT_EQ(moved, expected);
    EXPECT_EQ(moved.text(moved.partner(id).name_en), "Kanagawa");
    EXPECT_EQ(moved.find_partner("jp-kanagawa"), id);

    Portfolio target(SubdivisionCode("KR-11"));
    target = std::move(moved);
    EXPECT_EQ(target, expected);
    EXPECT_EQ(target.text(target.home().name_local), "경기도");
}

// Two portfolios that intern their strings in different orders hold different TextIds
// for the same text; equality compares the text, not the IDs.
TEST(Portfolio, EqualityComparesTextByContent) {
    Portfolio a = gyeonggi();
    Portfolio b = gyeonggi();
    (void)b.intern("something interned first");
    (void)b.intern("culture");
    const auto pa = a.add(region(a, "cn-hebei", "CN-HE", "Hebei"));
    const auto pb = b.add(region(b, "cn-hebei", "CN-HE", "Hebei"));
    (void)a.add(sister(a, "gg-hebei", pa, "2009-06-22"));
    (void)b.add(sister(b, "gg-hebei", pb, "2009-06-22"));
    ASSERT_NE(a.partner(pa).key, b.partner(pb).key) << "the test needs differently interned pools";
    EXPECT_EQ(a, b);
    EXPECT_EQ(b, a);

    Portfolio c = gyeonggi();
    const auto pc = c.add(region(c, "cn-hebei", "CN-HE", "Hebei Province"));
    (void)c.add(sister(c, "gg-hebei", pc, "2009-06-22"));
    EXPECT_NE(a, c) << "a different name is a different record";

    Portfolio d = gyeonggi();
    const auto pd_id = d.add(region(d, "cn-hebei", "CN-HE", "Hebei"));
    (void)d.add(sister(d, "gg-hebei", pd_id, "2009-06"));
    EXPECT_NE(a, d) << "a different date precision is a different record";

    Portfolio e(SubdivisionCode("KR-41"), "Gyeonggi Province", "경기도");
    EXPECT_NE(gyeonggi(), e) << "the home government's name counts";
    EXPECT_NE(gyeonggi(), Portfolio(SubdivisionCode("KR-11"), "Gyeonggi-do", "경기도"));
    EXPECT_EQ(gyeonggi(), gyeonggi());
}

TEST(Portfolio, EqualityIsOrderSensitive) {
    Portfolio a = gyeonggi();
    Portfolio b = gyeonggi();
    (void)a.add(region(a, "x", "JP-14", "Kanagawa"));
    (void)a.add(region(a, "y", "CN-LN", "Liaoning"));
    (void)b.add(region(b, "y", "CN-LN", "Liaoning"));
    (void)b.add(region(b, "x", "JP-14", "Kanagawa"));
    EXPECT_NE(a, b) << "IDs are positions: the same records in another order link differently";
}

TEST(Portfolio, ReserveChangesNothingVisible) {
    Portfolio p = gyeonggi();
    p.reserve(100, 200, 50, 10);
    EXPECT_TRUE(p.partners().empty());
    EXPECT_EQ(p, gyeonggi());
}
