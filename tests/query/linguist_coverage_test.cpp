// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/query/linguist_coverage.hpp>
#include <paradiplomacy/values/language_tag.hpp>

#include <gtest/gtest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pd = paradiplomacy;
using pd::testing::date;
using pd::testing::day;
using pd::testing::maybe_date;

namespace {

/// Gyeonggi-do with ties to Kanagawa (ja), Liaoning (zh) and Mongolia (mn) long in force,
/// one to Virginia (en) signed some day in 2020, and France (fr) without a tie. The pool:
/// Japanese interpreters since 2010, a Mongolian translator, a Chinese interpreter from
/// some day in 2020.
struct Pool : pd::testing::Fixture {
    pd::PartnerId kanagawa = region("jp-14", "JP-14");
    pd::PartnerId liaoning = region("cn-ln", "CN-LN");
    pd::PartnerId mongolia = country("mn", "MN");
    pd::PartnerId virginia = region("us-va", "US-VA");
    pd::PartnerId france = country("fr", "FR");

    Pool() {
        add(agreement(kanagawa, pd::AgreementKind::sister, "1990-04-20"));
        add(agreement(liaoning, pd::AgreementKind::sister, "1994-09-15"));
        add(agreement(mongolia, pd::AgreementKind::friendship, "2000-05-01"));
        add(agreement(virginia, pd::AgreementKind::mou, "2020"));
        linguist("pool-ja", pd::LinguistKind::interpreter, {"ja"}, "2010", "", 4);
        linguist("pool-mn", pd::LinguistKind::translator, {"mn"}, "", "", std::nullopt);
        linguist("pool-zh", pd::LinguistKind::both, {"zh-Hans"}, "2020", "", std::nullopt);
    }

    pd::LinguistId linguist(std::string_view key, pd::LinguistKind kind, std::initializer_list<std::string_view> tags,
                            std::string_view from, std::string_view until, std::optional<std::uint32_t> count) {
        pd::Linguist l;
        l.key = portfolio.intern(key);
        l.kind = kind;
        for (const std::string_view t : tags) l.languages.push_back(portfolio.intern(t));
        l.available_from = maybe_date(from);
        l.available_until = maybe_date(until);
        l.count = count;
        return portfolio.add(l);
    }
};

std::vector<std::string> languages(const std::vector<pd::LanguageGap>& gaps) {
    std::vector<std::string> out;
    for (const auto& g : gaps) out.push_back(g.language);
    return out;
}

using Tags = std::vector<std::string>;

TEST(LanguageServes, SamePrimaryLanguageAndNoConflictingScript) {
    EXPECT_TRUE(pd::language_serves("zh", "zh-Hant"));
    EXPECT_TRUE(pd::language_serves("zh-Hant-TW", "zh"));
    EXPECT_TRUE(pd::language_serves("ZH-hans", "zh-Hans-CN"));
    EXPECT_TRUE(pd::language_serves("pt-BR", "pt-PT"));
    EXPECT_FALSE(pd::language_serves("zh-Hans", "zh-Hant"));
    EXPECT_FALSE(pd::language_serves("ja", "ko"));
    EXPECT_FALSE(pd::language_serves("x-gyeonggi", "x-gyeonggi"));
    EXPECT_FALSE(pd::language_serves("", "ko"));
    EXPECT_EQ(pd::script_subtag("yue-Hant-HK"), "Hant");
    EXPECT_EQ(pd::script_subtag("zh-yue-Hant"), "Hant");  // after an extlang
    EXPECT_EQ(pd::script_subtag("en-US"), "");
    EXPECT_EQ(pd::script_subtag("de-1901"), "");
}

TEST(LinguistAvailable, OpenEndsAndPartialDates) {
    pd::Linguist l;
    EXPECT_EQ(pd::linguist_available(l, day("1990-01-01")), pd::Truth::yes);
    l.available_from = date("2016");
    l.available_until = date("2018-06");
    EXPECT_EQ(pd::linguist_available(l, day("2015-12-31")), pd::Truth::no);
    EXPECT_EQ(pd::linguist_available(l, day("2016-03-01")), pd::Truth::unknown);
    EXPECT_EQ(pd::linguist_available(l, day("2017-01-01")), pd::Truth::yes);
    EXPECT_EQ(pd::linguist_available(l, day("2018-06-15")), pd::Truth::unknown);
    EXPECT_EQ(pd::linguist_available(l, day("2018-07-01")), pd::Truth::no);
}

TEST(LanguagesWithoutLinguist, CertainAndPossibleGapsForInterpreters) {
    const Pool f;
    const auto gaps = pd::languages_without_linguist(f.portfolio, day("2020-06-01"));
    // mn: needed, only a translator. zh: the interpreter is possibly there yet. en: the
    // Virginia tie is possibly in force. ja is served; fr has no tie.
    EXPECT_EQ(languages(gaps.certain), (Tags{"mn"}));
    EXPECT_EQ(languages(gaps.possible), (Tags{"en", "zh"}));
    EXPECT_EQ(gaps.certain[0].partners, (std::vector<pd::PartnerId>{f.mongolia}));
    EXPECT_EQ(gaps.possible[0].partners, (std::vector<pd::PartnerId>{f.virginia}));
}

TEST(LanguagesWithoutLinguist, LaterTheZhInterpreterIsCertainlyThere) {
    const Pool f;
    const auto gaps = pd::languages_without_linguist(f.portfolio, day("2021-01-01"));
    EXPECT_EQ(languages(gaps.certain), (Tags{"en", "mn"}));
    EXPECT_TRUE(gaps.possible.empty());
}

TEST(LanguagesWithoutLinguist, TranslatorsAndAllPartners) {
    const Pool f;
    pd::LanguageNeed need;
    need.kind = pd::LinguistKind::translator;
    need.all_partners = true;
    const auto gaps = pd::languages_without_linguist(f.portfolio, day("2021-01-01"), need);
    // ja has interpreters only; fr now counts; mn and zh (both) are served.
    EXPECT_EQ(languages(gaps.certain), (Tags{"en", "fr", "ja"}));
    EXPECT_TRUE(gaps.possible.empty());
}

TEST(LanguagesWithoutLinguist, EndedOrZeroRecordsServeNobody) {
    Pool f;
    f.linguist("pool-mn-old", pd::LinguistKind::interpreter, {"mn"}, "2000", "2019-12-31", std::nullopt);
    f.linguist("pool-en-none", pd::LinguistKind::interpreter, {"en"}, "", "", 0);
    const auto gaps = pd::languages_without_linguist(f.portfolio, day("2021-01-01"));
    EXPECT_EQ(languages(gaps.certain), (Tags{"en", "mn"}));
}

// Korean needs no interpreter in a Korean province, even where a partner speaks it.
TEST(LanguagesWithoutLinguist, HomeLanguagesAreLeftOut) {
    pd::testing::Fixture f;
    pd::Partner yanbian;
    yanbian.key = f.portfolio.intern("cn-yanbian");
    yanbian.level = pd::PartnerLevel::city;
    yanbian.country = pd::CountryCode("CN");
    yanbian.languages = {f.portfolio.intern("ko"), f.portfolio.intern("zh")};
    const auto id = f.add(yanbian);
    f.add(f.agreement(id, pd::AgreementKind::friendship, "2001-01-01"));
    const auto gaps = pd::languages_without_linguist(f.portfolio, day("2021-01-01"));
    EXPECT_EQ(languages(gaps.certain), (Tags{"zh"}));
}

TEST(LanguagesWithoutLinguist, EmptyPortfolioHasNoGaps) {
    const pd::testing::Fixture f;
    EXPECT_EQ(pd::languages_without_linguist(f.portfolio, day("2021-01-01")), pd::LanguageGaps{});
}

TEST(LinguistsByLanguage, PeopleAgainstPartnersAndPrograms) {
    Pool f;
    pd::ExchangeProgram youth;
    youth.partners = {f.kanagawa};
    f.add(youth);
    pd::ExchangeProgram conference;
    conference.partners = {f.kanagawa, f.liaoning};
    f.add(conference);
    f.linguist("pool-de", pd::LinguistKind::both, {"de"}, "", "", 2);
    const auto rows = pd::linguists_by_language(f.portfolio, day("2020-06-01"));
    ASSERT_EQ(rows.size(), 6u);  // de (pool only), en, fr, ja, mn, zh
    const auto row = [&](std::string_view tag) {
        for (const auto& r : rows)
            if (r.language == tag) return r;
        ADD_FAILURE() << "no row " << tag;
        return pd::LanguageStaffing{};
    };
    EXPECT_EQ(rows.front().language, "de");
    EXPECT_EQ(row("de"), (pd::LanguageStaffing{"de", 2, 0, 2, 0, 0, 0}));
    EXPECT_EQ(row("ja"), (pd::LanguageStaffing{"ja", 4, 0, 0, 0, 1, 2}));
    EXPECT_EQ(row("zh"), (pd::LanguageStaffing{"zh", 0, 1, 0, 1, 1, 1}));
    EXPECT_EQ(row("mn"), (pd::LanguageStaffing{"mn", 0, 0, 1, 0, 1, 0}));
    EXPECT_EQ(row("fr"), (pd::LanguageStaffing{"fr", 0, 0, 0, 0, 1, 0}));
}

}  // namespace
