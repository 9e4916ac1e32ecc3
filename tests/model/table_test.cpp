// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/model/table.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pd = paradiplomacy;
using pd::InvalidValue;
using pd::NotFound;
using pd::Partner;
using pd::PartnerId;
using pd::Table;
using pd::TextPool;

namespace {

Partner partner(TextPool& texts, std::string_view key, std::string_view name = {}) {
    Partner p;
    p.key = texts.intern(key);
    p.name_en = texts.intern(name);
    p.country = pd::CountryCode("JP");
    return p;
}

std::vector<std::string> keys(const Table<Partner>& table, const TextPool& texts) {
    std::vector<std::string> out;
    for (const Partner& p : table) out.emplace_back(texts.view(p.key));
    return out;
}

TEST(Table, AddAssignsIdsInOrderIgnoringTheOnesGiven) {
    TextPool texts;
    Table<Partner> table;
    EXPECT_TRUE(table.empty());
    Partner first = partner(texts, "jp-kanagawa");
    first.id = PartnerId(7);
    EXPECT_EQ(table.add(first, texts), PartnerId(0));
    EXPECT_EQ(table.add(partner(texts, "jp-aichi"), texts), PartnerId(1));
    EXPECT_EQ(table.size(), 2u);
    EXPECT_FALSE(table.empty());
    EXPECT_EQ(table.at(PartnerId(0)).id, PartnerId(0)) << "the stored record carries its assigned id";
    EXPECT_EQ(texts.view(table.at(PartnerId(1)).key), "jp-aichi");
    EXPECT_EQ(keys(table, texts), (std::vector<std::string>{"jp-kanagawa", "jp-aichi"}));
    ASSERT_EQ(table.records().size(), 2u);
    EXPECT_EQ(&table.records()[1], &table.at(PartnerId(1))) << "the span views the stored records";
}

TEST(Table, AReusedKeyIsRefusedNamedAndChangesNothing) {
    TextPool texts;
    Table<Partner> table;
    (void)table.add(partner(texts, "jp-kanagawa", "Kanagawa"), texts);
    try {
        (void)table.add(partner(texts, "jp-kanagawa", "Kanagawa again"), texts);
        FAIL() << "a reused key was accepted";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "partner id \"jp-kanagawa\" is used twice");
    }
    EXPECT_EQ(table.size(), 1u);
    EXPECT_EQ(texts.view(table.at(PartnerId(0)).name_en), "Kanagawa");
    EXPECT_EQ(table.find(texts.intern("jp-kanagawa")), PartnerId(0));
    EXPECT_EQ(table.add(partner(texts, "jp-aichi"), texts), PartnerId(1)) << "the refused record took no id";
}

TEST(Table, AtAnUnknownIdThrowsNotFoundNamingTheKind) {
    TextPool texts;
    Table<pd::Agreement> agreements;
    EXPECT_FALSE(agreements.contains(pd::AgreementId(0)));
    try {
        (void)agreements.at(pd::AgreementId(3));
        FAIL() << "an unknown id was found";
    } catch (const NotFound& e) {
        EXPECT_STREQ(e.what(), "agreement #3 is not in this portfolio");
    }
    Table<pd::OdaEngagement> engagements;
    try {
        (void)engagements.at(pd::EngagementId(0));
        FAIL() << "an empty table found a record";
    } catch (const NotFound& e) {
        EXPECT_STREQ(e.what(), "ODA engagement #0 is not in this portfolio");
    }
    Table<Partner> partners;
    (void)partners.add(partner(texts, "jp-kanagawa"), texts);
    EXPECT_TRUE(partners.contains(PartnerId(0)));
    EXPECT_FALSE(partners.contains(PartnerId(1)));
}

TEST(Table, FindsByKeyTextIdOrText) {
    TextPool texts;
    Table<Partner> table;
    (void)table.add(partner(texts, "jp-kanagawa"), texts);
    const PartnerId aichi = table.add(partner(texts, "jp-aichi", "Aichi"), texts);
    EXPECT_EQ(table.find(texts.intern("jp-aichi")), aichi);
    EXPECT_EQ(table.find("jp-aichi", texts), aichi);
    EXPECT_FALSE(table.find("Aichi", texts).has_value()) << "a name in the pool is not a key";
    EXPECT_FALSE(table.find("jp-osaka", texts).has_value()) << "text the pool does not hold";
    EXPECT_FALSE(table.find(texts.intern("jp-osaka")).has_value());
    EXPECT_FALSE(table.find("JP-AICHI", texts).has_value()) << "keys match exactly";
}

TEST(Table, ReplaceUpdatesTheRecordAndMovesItsKey) {
    TextPool texts;
    Table<Partner> table;
    const PartnerId id = table.add(partner(texts, "jp-kanagawa", "Kanagawa"), texts);
    Partner renamed = partner(texts, "jp-14", "Kanagawa Prefecture");
    renamed.id = id;
    table.replace(renamed, texts);
    EXPECT_EQ(table.size(), 1u);
    EXPECT_EQ(texts.view(table.at(id).name_en), "Kanagawa Prefecture");
    EXPECT_EQ(table.find("jp-14", texts), id);
    EXPECT_FALSE(table.find("jp-kanagawa", texts).has_value()) << "the old key is free again";
    EXPECT_EQ(table.add(partner(texts, "jp-kanagawa"), texts), PartnerId(1));

    Partner same_key = table.at(id);
    same_key.world_region = 30;
    table.replace(same_key, texts);
    EXPECT_EQ(table.at(id).world_region, 30);
    EXPECT_EQ(table.find("jp-14", texts), id);
}

TEST(Table, ReplaceRefusesAnUnknownIdOrATakenKeyAndChangesNothing) {
    TextPool texts;
    Table<Partner> table;
    const PartnerId kanagawa = table.add(partner(texts, "jp-kanagawa", "Kanagawa"), texts);
    const PartnerId aichi = table.add(partner(texts, "jp-aichi", "Aichi"), texts);

    Partner stranger = partner(texts, "jp-osaka");
    stranger.id = PartnerId(2);
    try {
        table.replace(stranger, texts);
        FAIL() << "an unknown id was replaced";
    } catch (const NotFound& e) {
        EXPECT_STREQ(e.what(), "partner #2 is not in this portfolio");
    }

    Partner clash = partner(texts, "jp-aichi", "Kanagawa renamed");
    clash.id = kanagawa;
    try {
        table.replace(clash, texts);
        FAIL() << "a taken key was accepted";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "partner id \"jp-aichi\" is used twice");
    }
    EXPECT_EQ(table.size(), 2u);
    EXPECT_EQ(texts.view(table.at(kanagawa).name_en), "Kanagawa");
    EXPECT_EQ(table.find("jp-kanagawa", texts), kanagawa);
    EXPECT_EQ(table.find("jp-aichi", texts), aichi);
    EXPECT_FALSE(table.find("jp-osaka", texts).has_value());
}

TEST(Table, ReserveKeepsRecordsInPlaceWhileAdding) {
    TextPool texts;
    Table<Partner> table;
    (void)table.add(partner(texts, "p-0"), texts);
    table.reserve(1000);
    EXPECT_EQ(table.size(), 1u) << "reserving adds no record";
    const Partner* first = &table.at(PartnerId(0));
    for (int i = 1; i < 1000; ++i) (void)table.add(partner(texts, "p-" + std::to_string(i)), texts);
    EXPECT_EQ(&table.at(PartnerId(0)), first) << "the records did not move";
    EXPECT_EQ(table.size(), 1000u);
    EXPECT_EQ(table.find("p-999", texts), PartnerId(999));
    EXPECT_EQ(table.find("p-0", texts), PartnerId(0));
}

// Many keys in one index, each then moved to another key: every move empties a slot in
// the middle of a run of probes, which must not hide the keys after it.
TEST(Table, KeysStayFoundThroughManyReplacements) {
    TextPool texts;
    Table<Partner> table;
    constexpr int n = 3000;
    for (int i = 0; i < n; ++i) (void)table.add(partner(texts, "old-" + std::to_string(i)), texts);
    for (int i = 0; i < n; i += 2) {
        Partner moved = table.at(PartnerId(static_cast<std::uint32_t>(i)));
        moved.key = texts.intern("new-" + std::to_string(i));
        table.replace(moved, texts);
    }
    for (int i = 0; i < n; ++i) {
        const PartnerId id(static_cast<std::uint32_t>(i));
        const std::string old_key = "old-" + std::to_string(i);
        const std::string new_key = "new-" + std::to_string(i);
        if (i % 2 == 0) {
            EXPECT_FALSE(table.find(old_key, texts).has_value()) << old_key;
            EXPECT_EQ(table.find(new_key, texts), id) << new_key;
        } else {
            EXPECT_EQ(table.find(old_key, texts), id) << old_key;
            EXPECT_FALSE(table.find(new_key, texts).has_value()) << new_key;
        }
    }
    EXPECT_EQ(table.add(partner(texts, "old-0"), texts), PartnerId(n)) << "a key given up can be taken again";
    EXPECT_THROW((void)table.add(partner(texts, "new-0"), texts), InvalidValue);
}

TEST(Table, CopiesAreIndependent) {
    TextPool texts;
    Table<Partner> original;
    (void)original.add(partner(texts, "jp-kanagawa"), texts);
    Table<Partner> copy = original;
    (void)copy.add(partner(texts, "jp-aichi"), texts);
    EXPECT_EQ(original.size(), 1u);
    EXPECT_FALSE(original.find("jp-aichi", texts).has_value());
    EXPECT_EQ(copy.find("jp-aichi", texts), PartnerId(1));
    EXPECT_EQ(copy.find("jp-kanagawa", texts), PartnerId(0));
}

TEST(Table, EachKindNamesItselfAsMessagesDo) {
    EXPECT_EQ(Table<pd::Municipality>::kind, "municipality");
    EXPECT_EQ(Table<Partner>::kind, "partner");
    EXPECT_EQ(Table<pd::Agreement>::kind, "agreement");
    EXPECT_EQ(Table<pd::ExchangeProgram>::kind, "program");
    EXPECT_EQ(Table<pd::OdaEngagement>::kind, "ODA engagement");
}

TEST(Table, APortfolioShowsOneTablePerKind) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    Partner kanagawa;
    kanagawa.key = p.intern("jp-kanagawa");
    kanagawa.country = pd::CountryCode("JP");
    const PartnerId id = p.add(kanagawa);
    pd::Agreement tie;
    tie.key = p.intern("gg-kanagawa");
    tie.partner = id;
    const pd::AgreementId tie_id = p.add(tie);

    const Table<Partner>& partners = p.table<Partner>();
    EXPECT_EQ(partners.size(), 1u);
    EXPECT_EQ(&partners.at(id), &p.partner(id));
    EXPECT_EQ(partners.records().data(), p.partners().data());
    EXPECT_EQ(p.table<pd::Agreement>().find("gg-kanagawa", p.texts()), tie_id);
    EXPECT_TRUE(p.table<pd::ExchangeProgram>().empty());
    EXPECT_TRUE(p.table<pd::OdaEngagement>().empty());
    EXPECT_TRUE(p.table<pd::Municipality>().empty());

    try {
        (void)p.add(kanagawa);
        FAIL() << "a reused key was accepted";
    } catch (const InvalidValue& e) {
        EXPECT_STREQ(e.what(), "partner id \"jp-kanagawa\" is used twice");
    }
    EXPECT_EQ(p.table<Partner>().size(), 1u);
}

TEST(Table, PortfolioReserveLeavesTheTextAsItWas) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    const pd::TextId name = p.intern("Kanagawa");
    p.reserve(10, 10, 10, 10);
    p.reserve_text(100);
    EXPECT_EQ(p.texts().size(), 3u) << "the empty string, the home's name and Kanagawa";
    EXPECT_EQ(p.text(name), "Kanagawa");
    EXPECT_EQ(p.intern("Kanagawa"), name);
    EXPECT_EQ(p, pd::Portfolio(pd::SubdivisionCode("KR-41"), "Gyeonggi-do"))
        << "reserving adds no record; interned text is not a record";
}

}  // namespace
