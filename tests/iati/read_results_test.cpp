// SPDX-License-Identifier: Apache-2.0
// IATI results and document links (iati/read.hpp, iati/write.hpp): a result becomes Result,
// Indicator and IndicatorPeriod records of the engagement, a document link a Document about
// it; what the model does not keep is listed as not mapped; a fault costs the part it is
// in; rule findings about them are notices of their activity; the export gives them back.
#include "write_fixtures.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/iati/write.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;

namespace {

std::string activity(const std::string& inside, const std::string& attributes = R"( xml:lang="mn")") {
    return R"(<iati-activities version="2.03"><iati-activity default-currency="KRW")" + attributes + R"(>
<iati-identifier>KR-GOV-051-2019-001</iati-identifier><reporting-org ref="KR-GOV-051" type="10"/>
<title><narrative>Smart Class</narrative></title><activity-status code="2"/>
<activity-date type="2" iso-date="2019-03-01"/><recipient-country code="MN"/><sector code="11220"/>
)" + inside +
           "\n</iati-activity></iati-activities>";
}

const std::string smart_class_result = R"(<result type="1" aggregation-status="1">
 <title><narrative>Korean-language smart classes opened</narrative><narrative xml:lang="mn">Ухаалаг анги</narrative></title>
 <description><narrative>Classes equipped in Ulaanbaatar schools</narrative></description>
 <reference vocabulary="99" code="R1"/>
 <indicator measure="1" ascending="1">
  <reference vocabulary="1" code="I1"/>
  <title><narrative>Classes opened</narrative></title>
  <baseline year="2018" iso-date="2018-12-31" value="0"><dimension name="city" value="UB"/><comment><narrative>None before</narrative></comment></baseline>
  <period>
   <period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/>
   <target value="10"><comment><narrative>Plan</narrative></comment></target>
   <target value="4"><dimension name="city" value="UB"/></target>
   <actual value="12"><location ref="UB"/><comment><narrative>Two more than planned</narrative></comment></actual>
  </period>
  <period><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><target value="15"/></period>
 </indicator>
 <indicator measure="5" ascending="false" aggregation-status="0">
  <title><narrative>Teachers' view</narrative></title>
  <baseline year="2019"/>
  <period><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/><actual value="very good"/></period>
 </indicator>
</result>)";

std::vector<iati::Notice> with_rule(const iati::Import& in, std::string_view rule) {
    std::vector<iati::Notice> out;
    std::copy_if(in.notices.begin(), in.notices.end(), std::back_inserter(out),
                 [&](const iati::Notice& n) { return n.rule == rule; });
    return out;
}

std::string notices_of(const iati::Import& in) {
    std::string all;
    for (const iati::Notice& n : in.notices) all += iati::to_string(n) + "\n";
    return all;
}

iati::WriteOptions options() {
    iati::WriteOptions o;
    o.reporting_org_ref = "XM-EXAMPLE-GG";  // made up; see write_test.cpp
    o.generated_datetime = "2026-11-27T00:00:00Z";
    return o;
}

}  // namespace

TEST(IatiResults, AResultBecomesRecordsOfTheEngagement) {
    const auto in = iati::parse(activity(smart_class_result), "smart.xml");
    ASSERT_EQ(in.activities_imported, 1u) << notices_of(in);
    const pd::Portfolio& p = in.portfolio;
    const auto results = p.records<pd::Result>();
    ASSERT_EQ(results.size(), 1u);
    const pd::Result& r = results[0];
    EXPECT_EQ(p.text(r.key), "KR-GOV-051-2019-001:result-1");
    EXPECT_EQ(p.text(r.title), "Korean-language smart classes opened");
    EXPECT_EQ(p.text(r.description), "Classes equipped in Ulaanbaatar schools");
    EXPECT_EQ(r.type, pd::ResultType::output);
    EXPECT_EQ(r.aggregation_status, pd::Aggregation::suitable);
    EXPECT_EQ(r.engagement, p.find_engagement("KR-GOV-051-2019-001"));
    EXPECT_FALSE(r.program);
    EXPECT_EQ(p.text(r.provenance.source), "smart.xml, line 5");

    const auto indicators = p.records<pd::Indicator>();
    ASSERT_EQ(indicators.size(), 2u);
    const pd::Indicator& classes = indicators[0];
    EXPECT_EQ(p.text(classes.key), "KR-GOV-051-2019-001:result-1:indicator-1");
    EXPECT_EQ(classes.result, r.id);
    EXPECT_EQ(p.text(classes.title), "Classes opened");
    EXPECT_EQ(classes.measure, pd::IndicatorMeasure::unit);
    EXPECT_FALSE(classes.descending);
    EXPECT_EQ(classes.aggregation_status, pd::Aggregation::not_stated);
    EXPECT_EQ(classes.baseline_date, pd::PartialDate::parse("2018-12-31"));
    EXPECT_EQ(p.text(classes.baseline_value), "0");
    EXPECT_EQ(p.text(classes.baseline_comment), "None before");
    const pd::Indicator& view = indicators[1];
    EXPECT_EQ(view.measure, pd::IndicatorMeasure::qualitative);
    EXPECT_TRUE(view.descending);
    EXPECT_EQ(view.aggregation_status, pd::Aggregation::not_suitable);
    EXPECT_EQ(view.baseline_date, pd::PartialDate::of_year(2019));  // a year alone is a year

    const auto periods = p.records<pd::IndicatorPeriod>();
    ASSERT_EQ(periods.size(), 3u);
    EXPECT_EQ(p.text(periods[0].key), "KR-GOV-051-2019-001:result-1:indicator-1:period-1");
    EXPECT_EQ(periods[0].indicator, classes.id);
    EXPECT_EQ(periods[0].start, pd::PartialDate::parse("2019-01-01"));
    EXPECT_EQ(periods[0].end, pd::PartialDate::parse("2019-12-31"));
    EXPECT_EQ(p.text(periods[0].target), "10");  // the first target; the one of a dimension is not mapped
    EXPECT_EQ(p.text(periods[0].target_comment), "Plan");
    EXPECT_EQ(p.text(periods[0].actual), "12");
    EXPECT_EQ(p.text(periods[0].actual_comment), "Two more than planned");
    EXPECT_EQ(p.text(periods[1].target), "15");
    EXPECT_EQ(p.text(periods[1].actual), "");
    EXPECT_EQ(periods[2].indicator, view.id);
    EXPECT_EQ(p.text(periods[2].actual), "very good");

    // Nothing was left out or changed; what the model does not keep is listed.
    EXPECT_TRUE(in.imported_whole()) << notices_of(in);
    const auto unmapped = with_rule(in, "iati.unmapped");
    ASSERT_EQ(unmapped.size(), 1u);
    EXPECT_EQ(unmapped[0].message,
              "not mapped: title/narrative (further languages), result/reference, indicator/reference, "
              "baseline/dimension, period/target (further), actual/location")
        << notices_of(in);
    for (const auto& n : in.notices) EXPECT_NE(n.severity, pd::Severity::error) << iati::to_string(n);
    // The portfolio saves and loads as it is.
    EXPECT_EQ(pd::parse_portfolio_json(pd::to_portfolio_json(p)), p);
}

TEST(IatiResults, FaultsCostThePartTheyAreIn) {
    const auto in = iati::parse(activity(R"(<result>
 <title><narrative>No type</narrative></title>
 <indicator measure="7" ascending="maybe">
  <title><narrative>Odd</narrative></title>
  <baseline year="two thousand" value="1"/>
  <period><period-start iso-date="2019-13-01"/><period-end iso-date="2019-12-31"/></period>
 </indicator>
</result>
<result type="1" aggregation-status="yes"><title><narrative>T</narrative></title></result>)"),
                                "faults.xml");
    ASSERT_EQ(in.activities_imported, 1u) << notices_of(in);
    const auto rules = [&](std::string_view rule) { return with_rule(in, rule).size(); };
    EXPECT_EQ(rules("iati.format.result-type"), 1u) << notices_of(in);
    EXPECT_EQ(with_rule(in, "iati.format.result-type")[0].severity, pd::Severity::error);  // missing
    EXPECT_EQ(with_rule(in, "iati.format.indicator-measure")[0].severity, pd::Severity::warning);
    EXPECT_EQ(with_rule(in, "iati.format.indicator-measure")[0].message,
              "indicator measure \"7\" is not an IATI IndicatorMeasure code (1-5); read as qualitative, its values "
              "kept as text");
    EXPECT_EQ(rules("iati.format.boolean"), 2u);  // ascending, aggregation-status
    EXPECT_EQ(rules("iati.format.year"), 1u);
    EXPECT_EQ(rules("iati.format.date"), 1u);
    EXPECT_EQ(with_rule(in, "iati.format.date")[0].line, 10u);
    // Each fault changed a part; the records are all there.
    EXPECT_EQ(in.parts_left_out_or_changed, 6u) << notices_of(in);
    EXPECT_FALSE(in.imported_whole());
    const pd::Portfolio& p = in.portfolio;
    ASSERT_EQ(p.records<pd::Result>().size(), 2u);
    EXPECT_EQ(p.records<pd::Result>()[0].type, pd::ResultType::other);
    EXPECT_EQ(p.records<pd::Result>()[1].aggregation_status, pd::Aggregation::not_stated);
    ASSERT_EQ(p.records<pd::Indicator>().size(), 1u);
    EXPECT_EQ(p.records<pd::Indicator>()[0].measure, pd::IndicatorMeasure::qualitative);
    EXPECT_FALSE(p.records<pd::Indicator>()[0].descending);
    EXPECT_FALSE(p.records<pd::Indicator>()[0].baseline_date);
    ASSERT_EQ(p.records<pd::IndicatorPeriod>().size(), 1u);
    EXPECT_FALSE(p.records<pd::IndicatorPeriod>()[0].start);
    // The rules run after the import report the result without indicator, at its line.
    const auto missing = with_rule(in, "result.indicator.missing");
    ASSERT_EQ(missing.size(), 1u) << notices_of(in);
    EXPECT_EQ(missing[0].activity, "KR-GOV-051-2019-001");
    EXPECT_EQ(missing[0].line, 13u);
    EXPECT_EQ(missing[0].message.rfind("result \"KR-GOV-051-2019-001:result-2\" the result has no indicator", 0), 0u)
        << missing[0].message;
}

TEST(IatiResults, RuleFindingsAboutValuesAreNoticesAtTheirPeriod) {
    const auto in = iati::parse(activity(R"(<result type="1"><title><narrative>T</narrative></title>
 <indicator measure="2"><title><narrative>Share</narrative></title>
  <period><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/><target value="lots"/><actual value="120"/></period>
  <period><period-start iso-date="2020-12-31"/><period-end iso-date="2020-01-01"/></period>
 </indicator></result>)"),
                                "values.xml");
    const auto not_number = with_rule(in, "indicator_period.value.not_number");
    ASSERT_EQ(not_number.size(), 1u) << notices_of(in);
    EXPECT_EQ(not_number[0].line, 7u);
    EXPECT_EQ(not_number[0].severity, pd::Severity::error);
    EXPECT_NE(not_number[0].message.find("target: target \"lots\" is not a number"), std::string::npos)
        << not_number[0].message;
    EXPECT_EQ(with_rule(in, "indicator_period.percentage.range").size(), 1u);
    ASSERT_EQ(with_rule(in, "indicator_period.dates.reversed").size(), 1u);
    EXPECT_EQ(with_rule(in, "indicator_period.dates.reversed")[0].line, 8u);
    // The reversed period is kept as published: the rule, not the reader, reports it.
    EXPECT_EQ(in.portfolio.records<pd::IndicatorPeriod>().size(), 2u);
    EXPECT_EQ(in.parts_left_out_or_changed, 0u);
}

TEST(IatiDocumentLinks, ALinkBecomesADocumentAboutTheEngagement) {
    const auto in = iati::parse(activity(R"(<document-link format="application/pdf" url="https://example.org/eval.pdf">
 <title><narrative>Final evaluation</narrative></title>
 <description><narrative>Long</narrative></description>
 <category code="A07"/><category code="B01"/>
 <language code="en"/><language code="mn"/>
 <document-date iso-date="2021-06-30"/>
</document-link>
<document-link format="text/html" url="https://example.org/mou"><title><narrative>MoU</narrative></title><category code="A09"/></document-link>
<document-link format="text/html"><title><narrative>No address</narrative></title><category code="A12"/></document-link>)"),
                                "docs.xml");
    ASSERT_EQ(in.activities_imported, 1u) << notices_of(in);
    const pd::Portfolio& p = in.portfolio;
    const auto documents = p.records<pd::Document>();
    ASSERT_EQ(documents.size(), 3u);
    const pd::Document& eval = documents[0];
    EXPECT_EQ(p.text(eval.key), "KR-GOV-051-2019-001:document-1");
    EXPECT_EQ(p.text(eval.title), "Final evaluation");
    EXPECT_EQ(eval.kind, pd::DocumentKind::report);
    ASSERT_EQ(eval.iati_categories.size(), 2u);
    EXPECT_EQ(p.text(eval.iati_categories[1]), "B01");
    EXPECT_EQ(p.text(eval.language), "en");  // the first language
    EXPECT_EQ(eval.date, pd::PartialDate::parse("2021-06-30"));
    EXPECT_EQ(p.text(eval.url), "https://example.org/eval.pdf");
    EXPECT_EQ(p.text(eval.format), "application/pdf");
    EXPECT_EQ(eval.engagement, p.find_engagement("KR-GOV-051-2019-001"));
    EXPECT_EQ(documents[1].kind, pd::DocumentKind::agreement_text);
    EXPECT_EQ(p.text(documents[1].language), "mn");  // the activity's xml:lang
    EXPECT_EQ(documents[2].kind, pd::DocumentKind::other);
    const auto url = with_rule(in, "iati.document-link.url");
    ASSERT_EQ(url.size(), 1u);
    EXPECT_EQ(url[0].line, 13u);
    EXPECT_EQ(url[0].severity, pd::Severity::error);
    const auto unmapped = with_rule(in, "iati.unmapped");
    ASSERT_EQ(unmapped.size(), 1u);
    EXPECT_EQ(unmapped[0].message, "not mapped: document-link/description, document-link/language (further)");

    // Without @xml:lang a link that names no language is "und", never a guess.
    const auto bare = iati::parse(activity(R"(<document-link format="text/html" url="https://example.org/x">
<title><narrative>X</narrative></title><category code="A12"/></document-link>)",
                                           ""));
    ASSERT_EQ(bare.portfolio.records<pd::Document>().size(), 1u);
    EXPECT_EQ(bare.portfolio.text(bare.portfolio.records<pd::Document>()[0].language), "und");
}

TEST(IatiResultsExport, ResultsAndDocumentsComeBack) {
    const pd::Portfolio original = pd::test::every_field_portfolio();
    const std::string xml = iati::to_xml(original, options());
    const iati::Import back = iati::parse(xml, "export.xml");
    ASSERT_EQ(back.activities_imported, 1u) << notices_of(back);
    const pd::Portfolio& p = back.portfolio;
    const auto text = [](const pd::Portfolio& in, pd::TextId id) { return std::string(in.text(id)); };
    ASSERT_EQ(p.records<pd::Result>().size(), 1u);
    const pd::Result& a = original.records<pd::Result>()[0];
    const pd::Result& b = p.records<pd::Result>()[0];
    EXPECT_EQ(text(p, b.title), text(original, a.title));
    EXPECT_EQ(text(p, b.description), text(original, a.description));
    EXPECT_EQ(b.type, a.type);
    EXPECT_EQ(b.aggregation_status, a.aggregation_status);
    ASSERT_EQ(p.records<pd::Indicator>().size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const pd::Indicator& x = original.records<pd::Indicator>()[i];
        const pd::Indicator& y = p.records<pd::Indicator>()[i];
        EXPECT_EQ(text(p, y.title), text(original, x.title)) << i;
        EXPECT_EQ(text(p, y.description), text(original, x.description)) << i;
        EXPECT_EQ(y.measure, x.measure) << i;
        EXPECT_EQ(y.descending, x.descending) << i;
        EXPECT_EQ(y.aggregation_status, x.aggregation_status) << i;
        EXPECT_EQ(y.baseline_date, x.baseline_date) << i;
        EXPECT_EQ(text(p, y.baseline_value), text(original, x.baseline_value)) << i;
        EXPECT_EQ(text(p, y.baseline_comment), text(original, x.baseline_comment)) << i;
    }
    ASSERT_EQ(p.records<pd::IndicatorPeriod>().size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const pd::IndicatorPeriod& x = original.records<pd::IndicatorPeriod>()[i];
        const pd::IndicatorPeriod& y = p.records<pd::IndicatorPeriod>()[i];
        EXPECT_EQ(y.start, x.start) << i;
        EXPECT_EQ(y.end, x.end) << i;
        for (const auto& [u, v] : {std::pair{x.target, y.target}, std::pair{x.target_comment, y.target_comment},
                                   std::pair{x.actual, y.actual}, std::pair{x.actual_comment, y.actual_comment}})
            EXPECT_EQ(text(p, v), text(original, u)) << i;
    }
    ASSERT_EQ(p.records<pd::Document>().size(), 1u);
    const pd::Document& d = p.records<pd::Document>()[0];
    const pd::Document& o = original.records<pd::Document>()[0];
    for (const auto& [u, v] : {std::pair{o.title, d.title}, std::pair{o.language, d.language}, std::pair{o.url, d.url},
                               std::pair{o.format, d.format}})
        EXPECT_EQ(text(p, v), text(original, u));
    EXPECT_EQ(d.kind, o.kind);
    EXPECT_EQ(d.date, o.date);
    ASSERT_EQ(d.iati_categories.size(), 2u);
    EXPECT_EQ(text(p, d.iati_categories[1]), "A08");
    EXPECT_TRUE(back.imported_whole()) << notices_of(back);
    // The re-imported portfolio exports the same links and results (the activity's description,
    // which the import does not map, is the title the second time).
    const std::string again = iati::to_xml(p, options());
    ASSERT_NE(xml.find("<document-link"), std::string::npos);
    EXPECT_EQ(again.substr(again.find("<document-link")), xml.substr(xml.find("<document-link")));
}

TEST(IatiResultsExport, ADocumentWithoutCategoryOrFormatGetsThemFromItsKindAndAddress) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    const pd::EngagementId e = p.add(pd::test::every_field_engagement(p));
    pd::Document d;
    d.key = p.intern("plan");
    d.kind = pd::DocumentKind::plan;
    d.language = p.intern("zh-Hans");
    d.url = p.intern("https://example.org/Plan.DOCX#page=2");
    d.date = pd::PartialDate::parse("2024-05");
    d.engagement = e;
    (void)p.add(d);
    pd::Document offline = d;
    offline.key = p.intern("offline");
    offline.url = pd::TextId(0);
    (void)p.add(offline);
    const std::string xml = iati::to_xml(p, options());
    EXPECT_NE(
        xml.find(
            R"(<document-link format="application/vnd.openxmlformats-officedocument.wordprocessingml.document" url="https://example.org/Plan.DOCX#page=2">)"),
        std::string::npos)
        << xml;
    EXPECT_NE(xml.find(R"(<category code="A02"/>)"), std::string::npos) << xml;
    EXPECT_NE(xml.find(R"(<language code="zh"/>)"), std::string::npos) << xml;
    EXPECT_NE(xml.find(R"(<document-date iso-date="2024-05-01"/>)"), std::string::npos) << xml;
    EXPECT_NE(xml.find("<narrative>plan</narrative>"), std::string::npos) << xml;  // no title: the key
    EXPECT_EQ(xml.find("offline"), std::string::npos) << xml;                      // no address: no link
}

TEST(IatiResultsExport, WhatIatiRequiresOfAResultIsCheckedBeforeAnythingIsWritten) {
    const auto error_of = [](const pd::Portfolio& p) {
        try {
            (void)iati::to_xml(p, options());
        } catch (const pd::FileError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    pd::Portfolio p = pd::test::every_field_portfolio();
    pd::Indicator sick = p.records<pd::Indicator>()[1];
    sick.baseline_date.reset();
    p.replace(sick);
    EXPECT_EQ(error_of(p),
              "IATI export: ODA engagement \"gg-oda-every-field\" (record #1, activity XM-EXAMPLE-1-2024-001): rule "
              "iati.write.result, indicator \"gg-oda-every-field:result-1:indicator-2\": the baseline has no date, and "
              "IATI requires its year");

    p = pd::test::every_field_portfolio();
    pd::IndicatorPeriod open = p.records<pd::IndicatorPeriod>()[1];
    open.end.reset();
    p.replace(open);
    EXPECT_NE(error_of(p).find("rule iati.write.result, indicator period \"gg-oda-every-field:result-1:indicator-1:"
                               "period-2\": the period has no end, and IATI requires both"),
              std::string::npos)
        << error_of(p);

    p = pd::test::every_field_portfolio();
    pd::Result lone;
    lone.key = p.intern("lone");
    lone.title = p.intern("No indicator");
    lone.engagement = p.engagements()[0].id;
    (void)p.add(lone);
    EXPECT_NE(error_of(p).find("rule iati.write.result, result \"lone\": IATI requires at least one indicator"),
              std::string::npos)
        << error_of(p);

    // A program's result is no IATI activity's: it does not stop the export.
    p = pd::test::every_field_portfolio();
    pd::ExchangeProgram training;
    training.key = p.intern("training");
    pd::Partner mn;
    mn.key = p.intern("mn");
    mn.level = pd::PartnerLevel::country;
    mn.country = pd::CountryCode("MN");
    training.partners = {p.add(mn)};
    lone.program = p.add(training);
    lone.engagement.reset();
    (void)p.add(lone);
    EXPECT_EQ(error_of(p), "");
}
