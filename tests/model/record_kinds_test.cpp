// SPDX-License-Identifier: Apache-2.0
// The list of record kinds and the Portfolio's forms for any kind: record_of_t, records<R>(),
// find<R>(), at(id), contains(id), with the organisations table as the example.
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/model/record_kinds.hpp>

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

namespace pd = paradiplomacy;

namespace {

static_assert(std::is_same_v<pd::record_of_t<pd::PartnerTag>, pd::Partner>);
static_assert(std::is_same_v<pd::record_of_t<pd::ProgramTag>, pd::ExchangeProgram>);
static_assert(std::is_same_v<pd::record_of_t<pd::EngagementTag>, pd::OdaEngagement>);
static_assert(std::is_same_v<pd::record_of_t<pd::OrganisationTag>, pd::Organisation>);
template <class Tag>
constexpr bool names_a_record_kind = requires {
    typename pd::record_of<Tag>::type;
};
static_assert(!names_a_record_kind<pd::TextTag>, "text is not a record kind");
static_assert(pd::RecordKind<pd::Organisation> && !pd::RecordKind<pd::HomeGovernment>);
static_assert(pd::RecordKinds::index_of<pd::Municipality> == 0);
static_assert(pd::RecordKinds::index_of<pd::HomeGovernment> == pd::RecordKinds::size);

pd::Organisation koica(pd::Portfolio& p) {
    pd::Organisation o;
    o.key = p.intern("koica");
    o.name_en = p.intern("Korea International Cooperation Agency");
    o.kind = pd::OrganisationKind::public_agency;
    o.country = pd::CountryCode("KR");
    o.iati_ref = p.intern("KR-GOV-051");
    return o;
}

TEST(RecordKinds, EveryKindHasItsTableInOrder) {
    std::string tables;
    pd::RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        tables += std::string(pd::Description<Record>::table.file) + " ";
    });
    EXPECT_EQ(tables,
              "municipalities partners designations organisations agreements programs oda offices office_staffing "
              "policy_goals policy_tasks linguists documents envelopes money_lines results indicators "
              "indicator_periods ");
}

TEST(RecordKinds, VisitFindsTheKindAtAnIndexAndNothingBeyond) {
    std::string name;
    EXPECT_TRUE(pd::RecordKinds::visit(
        2, [&]<class Record>(std::type_identity<Record>) { name = pd::Description<Record>::name; }));
    EXPECT_EQ(name, "designation");
    EXPECT_FALSE(pd::RecordKinds::visit(pd::RecordKinds::size, [&](auto) { name.clear(); }));
    EXPECT_EQ(name, "designation");
}

TEST(PortfolioOfAnyKind, AddsFindsAndReplacesAnOrganisation) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    const pd::OrganisationId id = p.add(koica(p));
    EXPECT_EQ(id, pd::OrganisationId(0));
    ASSERT_EQ(p.records<pd::Organisation>().size(), 1U);
    EXPECT_EQ(p.find<pd::Organisation>("koica"), id);
    EXPECT_EQ(p.find<pd::Organisation>("ggcf"), std::nullopt);
    EXPECT_TRUE(p.contains(id));
    EXPECT_FALSE(p.contains(pd::OrganisationId(1)));
    EXPECT_EQ(p.text(p.at(id).iati_ref), "KR-GOV-051");
    EXPECT_THROW((void)p.at(pd::OrganisationId(1)), pd::NotFound);

    pd::Organisation renamed = p.at(id);
    renamed.website = p.intern("https://www.koica.go.kr");
    p.replace(renamed);
    EXPECT_EQ(p.text(p.at(id).website), "https://www.koica.go.kr");
    // The old forms still answer for the old kinds.
    EXPECT_TRUE(p.partners().empty());
    EXPECT_EQ(p.find_partner("koica"), std::nullopt);
}

TEST(PortfolioOfAnyKind, RefusesAnOrganisationKeyUsedTwiceOrEmpty) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    (void)p.add(koica(p));
    try {
        (void)p.add(koica(p));
        FAIL() << "a key used twice was accepted";
    } catch (const pd::InvalidValue& e) {
        EXPECT_EQ(std::string(e.what()), "organisation id \"koica\" is used twice");
    }
    pd::Organisation nameless = koica(p);
    nameless.key = pd::TextId(0);
    try {
        (void)p.add(nameless);
        FAIL() << "an empty key was accepted";
    } catch (const pd::InvalidValue& e) {
        EXPECT_EQ(std::string(e.what()), "organisation id \"\" is empty: every record needs an id");
    }
    EXPECT_EQ(p.records<pd::Organisation>().size(), 1U);
}

TEST(PortfolioOfAnyKind, EqualityComparesOrganisations) {
    pd::Portfolio a(pd::SubdivisionCode("KR-41"));
    pd::Portfolio b(pd::SubdivisionCode("KR-41"));
    (void)b.intern("text interned first elsewhere");
    (void)a.add(koica(a));
    (void)b.add(koica(b));
    EXPECT_EQ(a, b);
    pd::Organisation other = b.at(pd::OrganisationId(0));
    other.kind = pd::OrganisationKind::ngo;
    b.replace(other);
    EXPECT_NE(a, b);
}

}  // namespace
