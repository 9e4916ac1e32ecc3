// SPDX-License-Identifier: Apache-2.0
// Reading published figures: version 2 (one entry per figure, each with its measure,
// selectors, day and source), version 1 upgraded to it, the JSON written back, and every
// broken document refused with the member that is wrong.
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/report/published_figures.hpp>

#include <gtest/gtest.h>

#include <string>

namespace pd = paradiplomacy;
namespace rp = paradiplomacy::report;

namespace {

std::string error_of(const std::string& json) {
    try {
        (void)rp::parse_published_figures(json, "figures.json");
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "no error";
}

/// A version-2 document with one figure whose members are `figure`.
std::string with_figure(const std::string& figure) {
    return R"json({"schema": "paradiplomacy.published-figures/2", "sources": {"b": "Bulletin", "n": "News"},
               "figures": [)json" +
           figure + "]}";
}

const char* const full = R"json({
  "schema": "paradiplomacy.published-figures/2", "home": "KR-41", "note": "n",
  "sources": {"bulletin": "Cultural Policy Bulletin Vol.3", "yonhap": "Yonhap, 2017-07-30, https://example.org/a"},
  "figures": [
    {"label": "sister regions", "measure": "partner_regions", "value": 15, "source": "bulletin", "as_of": "2017",
     "kinds": ["sister"], "note": "not all named",
     "missing": [{"name": "Ha Tay (VN-15)", "source": "yonhap", "why": "no signing date"}]},
    {"label": "ties in China", "measure": "ties", "value": 74, "source": "yonhap", "as_of": "2017-07-30",
     "government": "municipalities", "country": "CN"},
    {"label": "strategic ODA countries", "measure": "designated_countries", "value": 7, "source": "bulletin",
     "as_of": "2016", "designation": "strategic_oda"},
    {"label": "ODA envelope", "measure": "envelope", "value": 900000000, "source": "bulletin", "as_of": "2015",
     "purpose": "ODA", "year": 2015, "currency": "KRW"},
    {"label": "ODA 2003-2010", "measure": "oda_amount", "value": 2550000000.5, "source": "yonhap",
     "period": "2003/2010", "currency": "KRW"}]})json";

}  // namespace

TEST(PublishedFigures, ReadsEveryMemberOfVersion2) {
    const rp::PublishedFigures f = rp::parse_published_figures(full);
    EXPECT_EQ(f.home, "KR-41");
    EXPECT_EQ(f.note, "n");
    ASSERT_EQ(f.sources.size(), 2U);
    EXPECT_EQ(f.sources[1].first, "yonhap");  // file order
    EXPECT_EQ(f.citation("bulletin"), "Cultural Policy Bulletin Vol.3");
    EXPECT_EQ(f.citation("nowhere"), "");
    ASSERT_EQ(f.figures.size(), 5U);

    const rp::PublishedFigure& regions = f.figures[0];
    EXPECT_EQ(regions.measure, rp::FigureMeasure::partner_regions);
    EXPECT_EQ(regions.value, 15);
    EXPECT_EQ(regions.as_of, pd::PartialDate::of_year(2017));
    EXPECT_EQ(rp::figure_day(regions), pd::Day(2017, 12, 31));
    EXPECT_EQ(regions.kinds, std::vector{pd::AgreementKind::sister});
    EXPECT_EQ(regions.government, "home");
    ASSERT_EQ(regions.missing.size(), 1U);
    EXPECT_EQ(regions.missing[0], (rp::KnownMissing{"Ha Tay (VN-15)", "yonhap", "no signing date"}));

    EXPECT_EQ(f.figures[1].government, "municipalities");
    EXPECT_EQ(f.figures[1].country, pd::CountryCode("CN"));
    EXPECT_EQ(rp::figure_day(f.figures[1]), pd::Day(2017, 7, 30));
    EXPECT_EQ(f.figures[2].designation, pd::DesignationKind::strategic_oda);
    EXPECT_EQ(f.figures[3].purpose, "ODA");
    EXPECT_EQ(f.figures[3].year, 2015);
    EXPECT_EQ(f.figures[3].currency, pd::CurrencyCode("KRW"));
    const rp::PublishedFigure& oda = f.figures[4];
    EXPECT_FALSE(oda.as_of.has_value());
    EXPECT_EQ(oda.period, (rp::YearSpan{2003, 2010}));
    EXPECT_EQ(oda.value, 2550000000.5);
    EXPECT_EQ(rp::figure_day(oda), pd::Day(2010, 12, 31));
}

TEST(PublishedFigures, WritesWhatItReads) {
    const rp::PublishedFigures f = rp::parse_published_figures(full);
    const std::string json = rp::to_json(f);
    EXPECT_EQ(rp::parse_published_figures(json), f);
    EXPECT_EQ(rp::to_json(rp::parse_published_figures(json)), json);
    EXPECT_NE(json.find("\"schema\": \"paradiplomacy.published-figures/2\""), std::string::npos) << json;
}

TEST(PublishedFigures, Version1IsReadAsOneFigurePerCount) {
    const rp::PublishedFigures f = rp::parse_published_figures(R"json({
      "schema": "paradiplomacy.published-figures/1", "home": "KR-26", "source": "Annual report",
      "as_of": "2020-03", "note": "n",
      "ties": [{"label": "sister", "kinds": ["sister"], "countries": 4},
               {"label": "other", "kinds": ["mou", "intent"], "regions": 0}],
      "priority_regions": 2,
      "municipalities": {"source": "News, 2017", "note": "all 31", "ties": 207, "countries": 30,
        "by_kind": [{"label": "sister", "kinds": ["sister"], "ties": 113}],
        "by_country": {"CN": 74, "US": 35}}})json");
    EXPECT_EQ(f.home, "KR-26");
    EXPECT_EQ(f.note, "n");
    ASSERT_EQ(f.sources.size(), 2U);
    EXPECT_EQ(f.citation("source"), "Annual report");
    EXPECT_EQ(f.citation("municipalities"), "News, 2017");
    ASSERT_EQ(f.figures.size(), 8U);
    const auto is = [&](std::size_t i, const char* label, rp::FigureMeasure measure, double value) {
        SCOPED_TRACE(label);
        EXPECT_EQ(f.figures[i].label, label);
        EXPECT_EQ(f.figures[i].measure, measure);
        EXPECT_EQ(f.figures[i].value, value);
        EXPECT_EQ(f.figures[i].as_of, pd::PartialDate::of_month(2020, 3));
    };
    is(0, "sister countries", rp::FigureMeasure::partner_countries, 4);
    EXPECT_EQ(f.figures[0].kinds, std::vector{pd::AgreementKind::sister});
    EXPECT_EQ(f.figures[0].source, "source");
    is(1, "other regions", rp::FigureMeasure::partner_regions, 0);
    is(2, "priority regions", rp::FigureMeasure::designated_regions, 2);
    EXPECT_EQ(f.figures[2].designation, pd::DesignationKind::priority);
    is(3, "municipalities", rp::FigureMeasure::ties, 207);
    EXPECT_EQ(f.figures[3].government, "municipalities");
    EXPECT_EQ(f.figures[3].source, "municipalities");
    EXPECT_EQ(f.figures[3].note, "all 31");
    is(4, "municipalities", rp::FigureMeasure::partner_countries, 30);
    is(5, "municipalities sister", rp::FigureMeasure::ties, 113);
    is(6, "municipalities in CN", rp::FigureMeasure::ties, 74);
    EXPECT_EQ(f.figures[6].country, pd::CountryCode("CN"));
    is(7, "municipalities in US", rp::FigureMeasure::ties, 35);
    // Written back, it is version 2.
    EXPECT_EQ(rp::parse_published_figures(rp::to_json(f)), f);
}

TEST(PublishedFigures, RefusesBrokenVersion1DocumentsNamingWhere) {
    const auto v1 = [](const std::string& members) {
        return error_of(R"json({"schema": "paradiplomacy.published-figures/1", "source": "s", "as_of": "2017")json" +
                        members + "}");
    };
    EXPECT_NE(error_of(R"json({"schema": "paradiplomacy.published-figures/1", "as_of": "2017", "ties": []})json")
                  .find("$.source"),
              std::string::npos);
    EXPECT_NE(error_of(R"json({"schema": "paradiplomacy.published-figures/1", "source": "s", "ties": []})json")
                  .find("$.as_of"),
              std::string::npos);
    EXPECT_NE(v1("").find("$.ties"), std::string::npos);
    EXPECT_NE(v1(R"json(, "ties": [{"label": "x", "kinds": []}])json").find("$.ties[0].kinds"), std::string::npos);
    const std::string bad_kind = v1(R"json(, "ties": [{"label": "x", "kinds": ["twin"]}])json");
    EXPECT_NE(bad_kind.find("$.ties[0].kinds[0]"), std::string::npos) << bad_kind;
    EXPECT_NE(bad_kind.find("\"twin\""), std::string::npos) << bad_kind;
    EXPECT_NE(
        v1(R"json(, "ties": [{"label": "x", "kinds": ["sister"], "countries": -1}])json").find("$.ties[0].countries"),
        std::string::npos);
    EXPECT_NE(v1(R"json(, "ties": [{"kinds": ["sister"]}])json").find("$.ties[0].label"), std::string::npos);
    // A misspelt count is an error, not a figure silently left out.
    const std::string misspelt = v1(R"json(, "ties": [], "priority_countrys": 9)json");
    EXPECT_NE(misspelt.find("$.priority_countrys: unknown member"), std::string::npos) << misspelt;
    EXPECT_NE(misspelt.find("priority_countries"), std::string::npos) << misspelt;  // what it knows
    EXPECT_NE(v1(R"json(, "ties": [], "municipalities": [])json").find("$.municipalities: expected an object"),
              std::string::npos);
    EXPECT_NE(v1(R"json(, "ties": [], "municipalities": {"tie": 207})json").find("$.municipalities.tie"),
              std::string::npos);
    const std::string no_ties =
        v1(R"json(, "ties": [], "municipalities": {"by_kind": [{"label": "sister", "kinds": ["sister"]}]})json");
    EXPECT_NE(no_ties.find("$.municipalities.by_kind[0].ties"), std::string::npos) << no_ties;
    const std::string country = v1(R"json(, "ties": [], "municipalities": {"by_country": {"XX": 3}})json");
    EXPECT_NE(country.find("$.municipalities.by_country.XX"), std::string::npos) << country;
    EXPECT_NE(country.find("ISO 3166-1"), std::string::npos) << country;
    const std::string count = v1(R"json(, "ties": [], "municipalities": {"by_country": {"CN": -3}})json");
    EXPECT_NE(count.find("$.municipalities.by_country.CN: expected a non-negative integer"), std::string::npos)
        << count;
    // A country given twice would be compared twice.
    const std::string twice = v1(R"json(, "ties": [], "municipalities": {"by_country": {"CN": 3, "CN": 4}})json");
    EXPECT_NE(twice.find("$.municipalities.by_country.CN: given twice"), std::string::npos) << twice;
}

TEST(PublishedFigures, RefusesBrokenDocumentsNamingWhere) {
    EXPECT_NE(error_of("{").find("figures.json"), std::string::npos);
    EXPECT_NE(error_of("{").find("not valid JSON"), std::string::npos);
    EXPECT_NE(error_of("[]").find("$: expected an object"), std::string::npos);
    EXPECT_NE(error_of(R"json({"figures": []})json").find("$.schema"), std::string::npos);
    const std::string wrong_schema = error_of(R"json({"schema": "paradiplomacy.published-figures/9"})json");
    EXPECT_NE(wrong_schema.find("published-figures/9"), std::string::npos) << wrong_schema;
    EXPECT_NE(wrong_schema.find("published-figures/2"), std::string::npos) << wrong_schema;
    EXPECT_NE(error_of(R"json({"schema": "paradiplomacy.published-figures/2", "figures": []})json").find("$.sources"),
              std::string::npos);
    EXPECT_NE(
        error_of(R"json({"schema": "paradiplomacy.published-figures/2", "sources": {"b": ""}, "figures": []})json")
            .find("$.sources.b"),
        std::string::npos);
    EXPECT_NE(
        error_of(R"json({"schema": "paradiplomacy.published-figures/2", "sources": {"b": "B"}})json").find("$.figures"),
        std::string::npos);
    EXPECT_NE(error_of(R"json({"schema": "paradiplomacy.published-figures/2", "sources": {"b": "B"}, "figures": [],
                          "ties": []})json")
                  .find("$.ties: unknown member"),
              std::string::npos);

    // One broken figure at a time: the member named, and what is wrong.
    const std::pair<const char*, const char*> cases[] = {
        {R"json([])json", "$.figures[0]: expected an object"},
        {R"json({"measure": "ties", "value": 1, "source": "b", "as_of": "2017"})json", "$.figures[0].label: required"},
        {R"json({"label": "x", "value": 1, "source": "b", "as_of": "2017"})json", "$.figures[0].measure: required"},
        {R"json({"label": "x", "measure": "tie", "value": 1, "source": "b", "as_of": "2017"})json",
         "$.figures[0].measure: unknown measure \"tie\"; expected one of: partner_countries"},
        {R"json({"label": "x", "measure": "ties", "source": "b", "as_of": "2017"})json",
         "$.figures[0].value: required"},
        {R"json({"label": "x", "measure": "ties", "value": -1, "source": "b", "as_of": "2017"})json",
         "$.figures[0].value: required: the published number, finite and not negative"},
        {R"json({"label": "x", "measure": "ties", "value": 1.5, "source": "b", "as_of": "2017"})json",
         "$.figures[0].value: a count is a whole number"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "as_of": "2017"})json", "$.figures[0].source: required"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "z", "as_of": "2017"})json",
         "$.figures[0].source: \"z\" is not a key of $.sources"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b"})json", "$.figures[0].as_of: required"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "about 2017"})json",
         "$.figures[0].as_of: \"about 2017\" is not a date"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "period": "2016/2017"})json",
         "$.figures[0].period: ties describes a day"},
        {R"json({"label": "x", "measure": "oda_engagements", "value": 1, "source": "b"})json",
         "$.figures[0].period: required for oda_engagements"},
        {R"json({"label": "x", "measure": "oda_engagements", "value": 1, "source": "b", "period": "2010/2003"})json",
         "$.figures[0].period: \"2010/2003\" is not a span of years"},
        {R"json({"label": "x", "measure": "oda_engagements", "value": 1, "source": "b", "period": "2003-2010"})json",
         "$.figures[0].period: \"2003-2010\" is not a span of years"},
        {R"json({"label": "x", "measure": "oda_engagements", "value": 1, "source": "b", "period": "2003/2010", "as_of": "2010"})json",
         "$.figures[0].as_of: oda_engagements covers a period"},
        {R"json({"label": "x", "measure": "oda_amount", "value": 1, "source": "b", "period": "2003/2010"})json",
         "$.figures[0].currency: required"},
        {R"json({"label": "x", "measure": "oda_amount", "value": 1, "source": "b", "period": "2003/2010", "currency": "KRX"})json",
         "$.figures[0].currency: \"KRX\" is not an ISO 4217 currency code"},
        {R"json({"label": "x", "measure": "envelope", "value": 1, "source": "b", "as_of": "2015", "currency": "KRW", "year": 2015})json",
         "$.figures[0].purpose: required"},
        {R"json({"label": "x", "measure": "envelope", "value": 1, "source": "b", "as_of": "2015", "currency": "KRW", "purpose": "ODA"})json",
         "$.figures[0].year: required"},
        {R"json({"label": "x", "measure": "designated_regions", "value": 1, "source": "b", "as_of": "2017"})json",
         "$.figures[0].designation: required"},
        {R"json({"label": "x", "measure": "designated_regions", "value": 1, "source": "b", "as_of": "2017", "designation": "best"})json",
         "$.figures[0].designation: unknown designation \"best\""},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "country": "XX"})json",
         "$.figures[0].country: \"XX\" is not an ISO 3166-1"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "kinds": ["sister", "sister"]})json",
         "$.figures[0].kinds[1]: \"sister\" is listed twice"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "government": ""})json",
         "$.figures[0].government: required"},
        // A selector given to a measure it does not apply to would be silently ignored.
        {R"json({"label": "x", "measure": "linguists", "value": 1, "source": "b", "as_of": "2017", "kinds": ["sister"]})json",
         "$.figures[0].kinds: applies to partner_countries, partner_regions, partners and ties only"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "currency": "KRW"})json",
         "$.figures[0].currency: applies to envelope and oda_amount only"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "designation": "priority"})json",
         "$.figures[0].designation: applies to designated_countries and designated_regions only"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "contry": "CN"})json",
         "$.figures[0].contry: unknown member"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "missing": [{"name": "A"}]})json",
         "$.figures[0].missing[0].source: required"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "missing": [{"name": "A", "source": "q", "why": "w"}]})json",
         "$.figures[0].missing[0].source: \"q\" is not a key of $.sources"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "missing": [{"name": "A", "source": "n"}]})json",
         "$.figures[0].missing[0].why: required"},
        {R"json({"label": "x", "measure": "ties", "value": 1, "source": "b", "as_of": "2017", "label": "y"})json",
         "$.figures[0].label: given twice"},
    };
    for (const auto& [figure, expected] : cases) {
        const std::string error = error_of(with_figure(figure));
        EXPECT_NE(error.find(expected), std::string::npos) << figure << "\n -> " << error;
        EXPECT_EQ(error.rfind("figures.json: ", 0), 0U) << error;
    }
}
