// SPDX-License-Identifier: Apache-2.0
// Portfolio equality compares text by content, also in the organisations of an ODA
// engagement: two portfolios that interned the same names in another order are equal.
#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pd = paradiplomacy;

namespace {

/// A portfolio with one engagement naming organisations; `noise` is interned first so
/// that the pool positions differ between portfolios.
pd::Portfolio with_organisations(std::string_view noise, std::string_view implementer, std::string_view activity) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    (void)p.intern(noise);
    pd::OdaEngagement e;
    e.key = p.intern("koica-vn-water");
    e.recipient = pd::CountryCode("VN");
    e.reporting_org = pd::OrganisationRef{p.intern("KR-GOV-051"), p.intern("KOICA"), 10};
    pd::Organisation koica;
    koica.key = p.intern("koica");
    koica.iati_ref = p.intern("KR-GOV-051");
    koica.name_en = p.intern("KOICA");
    koica.iati_type = 10;
    pd::Organisation water;
    water.key = p.intern("gwc");
    water.name_en = p.intern(implementer);
    e.organisations.push_back(pd::Involvement{p.add(koica), pd::OrganisationRole::funding, p.intern(activity)});
    e.organisations.push_back(pd::Involvement{p.add(water), pd::OrganisationRole::implementing, pd::TextId(0)});
    (void)p.add(e);
    return p;
}

TEST(PortfolioEquality, OrganisationsCompareByTextNotByPoolPosition) {
    const pd::Portfolio a = with_organisations("", "Gyeonggi Water Corporation", "KOICA-2019-0042");
    const pd::Portfolio b =
        with_organisations("Gyeonggi Water Corporation", "Gyeonggi Water Corporation", "KOICA-2019-0042");
    ASSERT_NE(a.records<pd::Organisation>()[1].name_en, b.records<pd::Organisation>()[1].name_en);
    EXPECT_EQ(a, b);
    EXPECT_EQ(b, a);
}

TEST(PortfolioEquality, AnotherOrganisationNameOrActivityIdIsADifference) {
    const pd::Portfolio a = with_organisations("", "Gyeonggi Water Corporation", "KOICA-2019-0042");
    EXPECT_NE(a, with_organisations("", "Gyeonggi Water Co.", "KOICA-2019-0042"));
    EXPECT_NE(a, with_organisations("", "Gyeonggi Water Corporation", "KOICA-2019-0043"));
    pd::Portfolio c = a;
    pd::OdaEngagement e = c.engagements()[0];
    e.reporting_org->name = c.intern("Korea International Cooperation Agency");
    c.replace(e);
    EXPECT_NE(a, c);
}

// Every text field of every record kind, found through the record descriptions: another
// text there is a difference, the same text interned elsewhere in the pool is not.

template <class Record>
constexpr bool holds_text = std::is_same_v<Record, pd::TextId> || pd::is_list_of_v<Record, pd::TextId>;

/// A portfolio of one record of kind `Record` whose `field`-th described field, a text
/// field, reads `text`; `noise` is interned first to move the pool positions.
template <class Record>
pd::Portfolio with_text(std::size_t field, std::string_view text, std::string_view noise) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    (void)p.intern(noise);
    Record r;
    r.key = p.intern("record-1");
    if constexpr (std::is_same_v<Record, pd::ExchangeProgram>) r.partners = {pd::PartnerId(0)};
    std::size_t i = 0;
    pd::for_each_field_of(r, [&](auto& holder, const auto& f) {
        using Value = typename std::remove_cvref_t<decltype(f)>::value_type;
        if (i++ != field) return;
        if constexpr (std::is_same_v<Value, pd::TextId>)
            f.of(holder) = p.intern(text);
        else if constexpr (pd::is_list_of_v<Value, pd::TextId>)
            f.of(holder) = {p.intern("first"), p.intern(text)};
    });
    (void)p.add(r);
    return p;
}

/// Checks every text field of `Record` and returns how many there are.
template <class Record>
std::size_t check_text_fields() {
    std::vector<bool> text_fields;
    pd::for_each_field<Record>([&](const auto& f, auto) {
        text_fields.push_back(holds_text<typename std::remove_cvref_t<decltype(f)>::value_type>);
    });
    std::size_t checked = 0;
    for (std::size_t i = 0; i < text_fields.size(); ++i) {
        if (!text_fields[i]) continue;
        ++checked;
        const pd::Portfolio a = with_text<Record>(i, "one", "");
        EXPECT_EQ(a, with_text<Record>(i, "one", "zz-interned-first"))
            << pd::Description<Record>::name << " field " << i;
        EXPECT_NE(a, with_text<Record>(i, "two", "")) << pd::Description<Record>::name << " field " << i;
    }
    return checked;
}

TEST(PortfolioEquality, EveryDescribedTextFieldComparesByText) {
    EXPECT_EQ(check_text_fields<pd::Municipality>(), 3u);
    EXPECT_EQ(check_text_fields<pd::Partner>(), 7u) << "key, two names, wikidata, languages, source, note";
    EXPECT_EQ(check_text_fields<pd::Agreement>(), 6u) << "key, title, fields, languages, source, note";
    EXPECT_EQ(check_text_fields<pd::ExchangeProgram>(), 7u)
        << "key, title, leader, cities visited, topics, source, note";
    EXPECT_EQ(check_text_fields<pd::OdaEngagement>(), 5u) << "key, IATI identifier, title, source, note";
}

TEST(PortfolioEquality, OtherSectorsAndIdentifiersCompareByText) {
    const auto with = [](std::string_view noise, std::string_view code, std::string_view ref) {
        pd::Portfolio p(pd::SubdivisionCode("KR-41"));
        (void)p.intern(noise);
        pd::OdaEngagement e;
        e.key = p.intern("koica-vn-water");
        e.other_sectors.push_back(pd::OtherSector{p.intern("99"), p.intern(code), std::nullopt});
        e.other_identifiers.push_back(pd::OtherIdentifier{p.intern(ref), pd::OtherIdentifierType::internal});
        (void)p.add(e);
        return p;
    };
    const pd::Portfolio a = with("", "W-1", "GG-2020-7");
    EXPECT_EQ(a, with("GG-2020-7", "W-1", "GG-2020-7"));
    EXPECT_NE(a, with("", "W-2", "GG-2020-7"));
    EXPECT_NE(a, with("", "W-1", "GG-2020-8"));
}

}  // namespace
