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
