// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/report/published_figures.hpp>

#include <gtest/gtest.h>

#include <string>

namespace pd = paradiplomacy;

namespace {

std::string error_of(const std::string& json) {
    try {
        (void)pd::report::parse_published_figures(json, "figures.json");
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST(PublishedFigures, ParsesAllMembers) {
    const auto f = pd::report::parse_published_figures(R"({
      "schema": "paradiplomacy.published-figures/1", "home": "KR-26", "source": "Annual report",
      "as_of": "2020-03", "note": "n",
      "ties": [{"label": "sister", "kinds": ["sister"], "countries": 4},
               {"label": "other", "kinds": ["mou", "intent"], "regions": 0}],
      "priority_regions": 2})");
    EXPECT_EQ(f.home, "KR-26");
    EXPECT_EQ(f.source, "Annual report");
    EXPECT_EQ(f.as_of, "2020-03");
    EXPECT_EQ(f.note, "n");
    ASSERT_EQ(f.ties.size(), 2u);
    EXPECT_EQ(f.ties[0].countries, 4u);
    EXPECT_FALSE(f.ties[0].regions.has_value());
    EXPECT_EQ(f.ties[1].kinds, (std::vector<pd::AgreementKind>{pd::AgreementKind::mou, pd::AgreementKind::intent}));
    EXPECT_EQ(f.ties[1].regions, 0u);
    EXPECT_FALSE(f.priority_countries.has_value());
    EXPECT_EQ(f.priority_regions, 2u);
}

TEST(PublishedFigures, RefusesBrokenDocumentsNamingWhere) {
    EXPECT_NE(error_of("{").find("figures.json"), std::string::npos);
    EXPECT_NE(error_of("{").find("not valid JSON"), std::string::npos);
    EXPECT_NE(error_of("[]").find("expected an object"), std::string::npos);
    EXPECT_NE(error_of(R"({"source": "s", "ties": []})").find("$.schema"), std::string::npos);
    const std::string wrong_schema =
        error_of(R"({"schema": "paradiplomacy.published-figures/9", "source": "s", "ties": []})");
    EXPECT_NE(wrong_schema.find("published-figures/9"), std::string::npos);
    EXPECT_NE(error_of(R"({"schema": "paradiplomacy.published-figures/1", "ties": []})").find("$.source"),
              std::string::npos);
    EXPECT_NE(error_of(R"({"schema": "paradiplomacy.published-figures/1", "source": "s"})").find("$.ties"),
              std::string::npos);
    const std::string no_kinds = error_of(
        R"({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": [{"label": "x", "kinds": []}]})");
    EXPECT_NE(no_kinds.find("$.ties[0].kinds"), std::string::npos);
    const std::string bad_kind = error_of(
        R"({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": [{"label": "x", "kinds": ["twin"]}]})");
    EXPECT_NE(bad_kind.find("$.ties[0].kinds[0]"), std::string::npos);
    EXPECT_NE(bad_kind.find("\"twin\""), std::string::npos);
    const std::string negative = error_of(
        R"({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": [{"label": "x", "kinds": ["sister"], "countries": -1}]})");
    EXPECT_NE(negative.find("$.ties[0].countries"), std::string::npos);
    const std::string no_label =
        error_of(R"({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": [{"kinds": ["sister"]}]})");
    EXPECT_NE(no_label.find("$.ties[0].label"), std::string::npos);
}

TEST(PublishedFigures, ParsesTheMunicipalitiesFiguresWithTheirOwnSource) {
    const auto f = pd::report::parse_published_figures(R"({
      "schema": "paradiplomacy.published-figures/1", "source": "Bulletin", "ties": [],
      "municipalities": {"source": "News, 2017", "note": "all 31", "ties": 207, "countries": 30,
        "by_kind": [{"label": "sister", "kinds": ["sister"], "ties": 113},
                    {"label": "friendship", "kinds": ["friendship", "economic_cooperation"], "ties": 94}],
        "by_country": {"CN": 74, "US": 35, "JP": 24}}})");
    ASSERT_TRUE(f.municipalities.has_value());
    const auto& m = *f.municipalities;
    EXPECT_EQ(m.source, "News, 2017");
    EXPECT_EQ(m.note, "all 31");
    EXPECT_EQ(m.ties, 207u);
    EXPECT_EQ(m.countries, 30u);
    ASSERT_EQ(m.by_kind.size(), 2u);
    EXPECT_EQ(m.by_kind[1].label, "friendship");
    EXPECT_EQ(m.by_kind[1].kinds,
              (std::vector<pd::AgreementKind>{pd::AgreementKind::friendship, pd::AgreementKind::economic_cooperation}));
    EXPECT_EQ(m.by_kind[1].ties, 94u);
    ASSERT_EQ(m.by_country.size(), 3u);  // in file order
    EXPECT_EQ(m.by_country[0], (std::pair{pd::CountryCode("CN"), std::size_t{74}}));
    EXPECT_EQ(m.by_country[2], (std::pair{pd::CountryCode("JP"), std::size_t{24}}));
    EXPECT_FALSE(pd::report::parse_published_figures(
                     R"({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": []})")
                     .municipalities.has_value());
}

TEST(PublishedFigures, RefusesUnknownMembersAndBrokenMunicipalFiguresNamingWhere) {
    const auto with = [](const std::string& members) {
        return error_of(R"({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": [])" + members + "}");
    };
    // A misspelt count is an error, not a figure silently left out.
    const std::string misspelt = with(R"(, "priority_countrys": 9)");
    EXPECT_NE(misspelt.find("$.priority_countrys"), std::string::npos) << misspelt;
    EXPECT_NE(misspelt.find("unknown member"), std::string::npos) << misspelt;
    EXPECT_NE(misspelt.find("priority_countries"), std::string::npos) << misspelt;  // what it knows
    const std::string in_row = error_of(
        R"({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": [{"label": "x", "kinds": ["sister"], "region": 3}]})");
    EXPECT_NE(in_row.find("$.ties[0].region"), std::string::npos) << in_row;

    EXPECT_NE(with(R"(, "municipalities": [])").find("$.municipalities: expected an object"), std::string::npos);
    EXPECT_NE(with(R"(, "municipalities": {"tie": 207})").find("$.municipalities.tie"), std::string::npos);
    EXPECT_NE(with(R"(, "municipalities": {"ties": "207"})").find("$.municipalities.ties"), std::string::npos);
    const std::string no_ties = with(R"(, "municipalities": {"by_kind": [{"label": "sister", "kinds": ["sister"]}]})");
    EXPECT_NE(no_ties.find("$.municipalities.by_kind[0].ties"), std::string::npos) << no_ties;
    const std::string bad_kind =
        with(R"(, "municipalities": {"by_kind": [{"label": "sister", "kinds": ["twin"], "ties": 1}]})");
    EXPECT_NE(bad_kind.find("$.municipalities.by_kind[0].kinds[0]"), std::string::npos) << bad_kind;
    EXPECT_NE(with(R"(, "municipalities": {"by_kind": {}})").find("$.municipalities.by_kind"), std::string::npos);
    const std::string country = with(R"(, "municipalities": {"by_country": {"XX": 3}})");
    EXPECT_NE(country.find("$.municipalities.by_country.XX"), std::string::npos) << country;
    EXPECT_NE(country.find("ISO 3166-1"), std::string::npos) << country;
    EXPECT_NE(with(R"(, "municipalities": {"by_country": {"cn": 3}})").find("by_country.cn"), std::string::npos);
    const std::string count = with(R"(, "municipalities": {"by_country": {"CN": -3}})");
    EXPECT_NE(count.find("$.municipalities.by_country.CN: expected a non-negative integer"), std::string::npos)
        << count;
    EXPECT_NE(with(R"(, "municipalities": {"by_country": [["CN", 3]]})").find("$.municipalities.by_country"),
              std::string::npos);
}
