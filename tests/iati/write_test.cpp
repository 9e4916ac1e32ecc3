// SPDX-License-Identifier: Apache-2.0
// IATI export (iati/write.hpp): the output is parsed back with libxml2 and checked
// element by element. Schema validity itself is checked by xmllint in ctest
// (tests/iati/schema_check.cmake), on files the IatiSchemaSample tests below write.

#include "write_fixtures.hpp"

#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/write.hpp>

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;

namespace {

// An obviously made-up organisation identifier ("XM" is the IATI code for
// organisations without a registration agency); the real one is the office's to give.
constexpr const char* example_ref = "XM-EXAMPLE-GG";
constexpr const char* fixed_time = "2025-03-10T08:00:00Z";

iati::WriteOptions options() {
    iati::WriteOptions o;
    o.reporting_org_ref = example_ref;
    o.reporting_org_name = "Gyeonggi-do Provincial Government";
    o.generated_datetime = fixed_time;
    return o;
}

/// A parsed document with XPath look-ups.
class Doc {
public:
    explicit Doc(const std::string& xml)
        : doc_(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr, XML_PARSE_NONET),
               xmlFreeDoc) {
        if (!doc_) throw std::runtime_error("the export is not well-formed XML");
        ctx_.reset(xmlXPathNewContext(doc_.get()));
        if (!ctx_) throw std::runtime_error("no XPath context");
    }
    std::vector<xmlNode*> nodes(const std::string& xpath) const {
        std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
            xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx_.get()), xmlXPathFreeObject);
        std::vector<xmlNode*> out;
        if (result && result->nodesetval)
            for (int i = 0; i < result->nodesetval->nodeNr; ++i) out.push_back(result->nodesetval->nodeTab[i]);
        return out;
    }
    std::size_t count(const std::string& xpath) const { return nodes(xpath).size(); }
    /// The text of the single node `xpath` selects (an element or attribute).
    std::string text(const std::string& xpath) const {
        const auto found = nodes(xpath);
        if (found.size() != 1) return "<" + std::to_string(found.size()) + " nodes for " + xpath + ">";
        return content(found[0]);
    }
    static std::string content(xmlNode* node) {
        xmlChar* c = xmlNodeGetContent(node);
        std::string s = c ? reinterpret_cast<const char*>(c) : "";
        xmlFree(c);
        return s;
    }
    static std::optional<std::string> attribute(xmlNode* node, const char* name) {
        xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
        if (!v) return std::nullopt;
        std::string s = reinterpret_cast<const char*>(v);
        xmlFree(v);
        return s;
    }

private:
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc_{nullptr, xmlFreeDoc};
    std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx_{nullptr, xmlXPathFreeContext};
};

std::string error_of(const pd::Portfolio& p, const iati::WriteOptions& o) {
    try {
        (void)iati::to_xml(p, o);
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "(no error)";
}

/// A minimal engagement of the office's own, with an actual start so it has a date.
pd::OdaEngagement own(pd::Portfolio& p, std::string_view key) {
    pd::OdaEngagement e;
    e.key = p.intern(key);
    e.title = p.intern("Village wells");
    e.recipient = pd::CountryCode("KH");
    e.status = pd::OdaStatus::implementation;
    e.actual_start = pd::PartialDate::parse("2019-03");
    return e;
}

// The iati-activity children in the order iati-activities-schema.xsd fixes (the ones the
// export can write, and their neighbours).
const std::vector<std::string> schema_order = {"iati-identifier",
                                               "reporting-org",
                                               "title",
                                               "description",
                                               "participating-org",
                                               "other-identifier",
                                               "activity-status",
                                               "activity-date",
                                               "contact-info",
                                               "activity-scope",
                                               "recipient-country",
                                               "recipient-region",
                                               "location",
                                               "sector",
                                               "tag",
                                               "country-budget-items",
                                               "humanitarian-scope",
                                               "policy-marker",
                                               "collaboration-type",
                                               "default-flow-type",
                                               "default-finance-type",
                                               "default-aid-type",
                                               "default-tied-status",
                                               "budget",
                                               "planned-disbursement",
                                               "capital-spend",
                                               "transaction",
                                               "document-link",
                                               "related-activity",
                                               "legacy-data",
                                               "conditions",
                                               "result"};

}  // namespace

TEST(IatiWrite, RootAndActivityAttributes) {
    const Doc doc(iati::to_xml(pd::test::every_field_portfolio(), options()));
    EXPECT_EQ(doc.text("/iati-activities/@version"), "2.03");
    EXPECT_EQ(doc.text("/iati-activities/@generated-datetime"), fixed_time);
    EXPECT_EQ(doc.text("/iati-activities/iati-activity/@last-updated-datetime"), fixed_time);
    EXPECT_EQ(doc.text("/iati-activities/iati-activity/@xml:lang"), "en");
    EXPECT_EQ(doc.text("/iati-activities/iati-activity/@default-currency"), "EUR");
    EXPECT_EQ(doc.text("//iati-identifier"), "XM-EXAMPLE-1-2024-001");
}

TEST(IatiWrite, ChildrenInSchemaOrder) {
    const Doc doc(iati::to_xml(pd::test::every_field_portfolio(), options()));
    std::vector<std::string> names;
    for (xmlNode* n = doc.nodes("/iati-activities/iati-activity")[0]->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) names.emplace_back(reinterpret_cast<const char*>(n->name));
    // Every child is a known element, ranks never go down, and each mapped element is there.
    std::size_t last_rank = 0;
    for (const std::string& name : names) {
        const auto it = std::find(schema_order.begin(), schema_order.end(), name);
        ASSERT_NE(it, schema_order.end()) << name;
        const auto rank = static_cast<std::size_t>(it - schema_order.begin());
        EXPECT_GE(rank, last_rank) << name << " comes after " << schema_order[last_rank];
        last_rank = rank;
    }
    for (const char* needed :
         {"iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status",
          "activity-date", "recipient-country", "recipient-region", "sector", "budget", "transaction"})
        EXPECT_NE(std::find(names.begin(), names.end(), needed), names.end()) << needed;
    // Inside a budget and a transaction, too.
    std::vector<std::string> budget;
    for (xmlNode* n = doc.nodes("//budget")[0]->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) budget.emplace_back(reinterpret_cast<const char*>(n->name));
    EXPECT_EQ(budget, (std::vector<std::string>{"period-start", "period-end", "value"}));
    std::vector<std::string> transaction;
    for (xmlNode* n = doc.nodes("//transaction")[0]->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) transaction.emplace_back(reinterpret_cast<const char*>(n->name));
    EXPECT_EQ(transaction, (std::vector<std::string>{"transaction-type", "transaction-date", "value"}));
}

TEST(IatiWrite, EscapesMarkupInText) {
    const pd::Portfolio p = pd::test::every_field_portfolio();
    const std::string xml = iati::to_xml(p, options());
    EXPECT_NE(xml.find("Water &amp; sanitation &lt;phase 2&gt;"), std::string::npos) << xml.substr(0, 800);
    const Doc doc(xml);
    EXPECT_EQ(doc.text("/iati-activities/iati-activity/title/narrative"),
              "Water & sanitation <phase 2> \"Lake\" 'North'");
    EXPECT_EQ(doc.text("/iati-activities/iati-activity/description/narrative"),
              "Phase 2 of the lake villages programme: wells & latrines.");
}

TEST(IatiWrite, ValueDateOnEveryValue) {
    const Doc doc(iati::to_xml(pd::test::every_field_portfolio(), options()));
    const auto values = doc.nodes("//value");
    ASSERT_EQ(values.size(), 5u);  // 2 budgets, 3 transactions
    for (xmlNode* v : values) EXPECT_TRUE(Doc::attribute(v, "value-date")) << Doc::content(v);
    // Budget: its own value date, else the period start.
    EXPECT_EQ(doc.text("//budget[1]/value/@value-date"), "2023-11-15");
    EXPECT_EQ(doc.text("//budget[2]/value/@value-date"), "2025-01-01");
    // Transactions: the year's last day, or the export day for the year under way.
    EXPECT_EQ(doc.text("//transaction[1]/value/@value-date"), "2024-12-31");
    EXPECT_EQ(doc.text("//transaction[1]/transaction-date/@iso-date"), "2024-12-31");
    EXPECT_EQ(doc.text("//transaction[3]/value/@value-date"), "2025-03-10");
    EXPECT_EQ(doc.text("//transaction[3]/transaction-date/@iso-date"), "2025-03-10");
}

TEST(IatiWrite, BudgetsAndTransactions) {
    const Doc doc(iati::to_xml(pd::test::every_field_portfolio(), options()));
    EXPECT_EQ(doc.text("//budget[1]/@type"), "2");
    EXPECT_EQ(doc.text("//budget[1]/@status"), "2");
    EXPECT_EQ(doc.text("//budget[2]/@type"), "1");
    EXPECT_EQ(doc.text("//budget[2]/@status"), "1");
    EXPECT_EQ(doc.text("//budget[1]/value"), "1250000.5");
    // Month-precision periods: from the month's first day to the last day of the end month.
    EXPECT_EQ(doc.text("//budget[2]/period-start/@iso-date"), "2025-01-01");
    EXPECT_EQ(doc.text("//budget[2]/period-end/@iso-date"), "2025-06-30");
    EXPECT_EQ(doc.text("//transaction[1]/transaction-type/@code"), "2");
    EXPECT_EQ(doc.text("//transaction[2]/transaction-type/@code"), "3");
    EXPECT_EQ(doc.text("//transaction[2]/value"), "400000.25");
    EXPECT_EQ(doc.text("//transaction[3]/transaction-type/@code"), "4");
}

TEST(IatiWrite, CurrencyOnlyWhereItDiffersFromTheDefault) {
    const Doc doc(iati::to_xml(pd::test::every_field_portfolio(), options()));
    EXPECT_FALSE(Doc::attribute(doc.nodes("//budget[1]/value")[0], "currency"));
    EXPECT_EQ(doc.text("//budget[2]/value/@currency"), "USD");
    EXPECT_FALSE(Doc::attribute(doc.nodes("//transaction[1]/value")[0], "currency"));
    EXPECT_EQ(doc.text("//transaction[3]/value/@currency"), "USD");
}

TEST(IatiWrite, DefaultCurrencyFromTheValuesWhenTheyShareOne) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement same = own(p, "same");
    same.budgets.emplace_back(pd::Period(pd::PartialDate::parse("2019"), pd::PartialDate::parse("2019")),
                              pd::Money(5e8, pd::CurrencyCode("KRW")));
    same.transactions = {{2019, pd::TransactionType::disbursement, pd::Money(4e8, pd::CurrencyCode("KRW")), 2}};
    pd::OdaEngagement mixed = own(p, "mixed");
    mixed.budgets = same.budgets;
    mixed.transactions = {{2019, pd::TransactionType::disbursement, pd::Money(1e5, pd::CurrencyCode("USD")), 1}};
    (void)p.add(same);
    (void)p.add(mixed);
    const Doc doc(iati::to_xml(p, options()));
    EXPECT_EQ(doc.text("//iati-activity[1]/@default-currency"), "KRW");
    EXPECT_EQ(doc.count("//iati-activity[1]//value[@currency]"), 0u);
    EXPECT_EQ(doc.text("//iati-activity[1]//budget/value"), "500000000");
    // Two currencies and no default: no @default-currency, every value names its own.
    EXPECT_EQ(doc.count("//iati-activity[2]/@default-currency"), 0u);
    EXPECT_EQ(doc.text("//iati-activity[2]//budget/value/@currency"), "KRW");
    EXPECT_EQ(doc.text("//iati-activity[2]//transaction/value/@currency"), "USD");
}

TEST(IatiWrite, NumbersAreDecimalsWithoutExponent) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e = own(p, "numbers");
    const std::vector<double> amounts = {1e21, 1.5e-7, -2500.75, 123456789012.25};
    for (std::size_t i = 0; i < amounts.size(); ++i)
        e.transactions.push_back({2019 + static_cast<int>(i), pd::TransactionType::disbursement,
                                  pd::Money(amounts[i], pd::CurrencyCode("KRW")), 1});
    (void)p.add(e);
    const Doc doc(iati::to_xml(p, options()));
    const auto values = doc.nodes("//transaction/value");
    ASSERT_EQ(values.size(), amounts.size());
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        const std::string text = Doc::content(values[i]);
        EXPECT_EQ(text.find_first_of("eE"), std::string::npos) << text;  // xsd:decimal has no exponent
        EXPECT_EQ(std::stod(text), amounts[i]) << text;                  // and reads back exactly
    }
    EXPECT_EQ(Doc::content(values[0]), "1000000000000000000000");
    EXPECT_EQ(Doc::content(values[1]), "0.00000015");
}

TEST(IatiWrite, ExportsFromManyThreadsAgree) {
    const pd::Portfolio p = pd::test::every_field_portfolio();
    const std::string expected = iati::to_xml(p, options());
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] {
            for (int round = 0; round < 20; ++round) results[i] = iati::to_xml(p, options());
        });
    for (std::thread& t : threads) t.join();
    for (const std::string& r : results) EXPECT_EQ(r, expected);
}

TEST(IatiWrite, SharesCodesAndVocabularies) {
    const Doc doc(iati::to_xml(pd::test::every_field_portfolio(), options()));
    EXPECT_EQ(doc.count("//recipient-country"), 2u);
    EXPECT_EQ(doc.text("//recipient-country[2]/@code"), "LA");
    EXPECT_EQ(doc.text("//recipient-country[2]/@percentage"), "25.5");
    EXPECT_EQ(doc.text("//recipient-region/@code"), "798");
    EXPECT_EQ(doc.text("//recipient-region/@vocabulary"), "1");
    EXPECT_EQ(doc.text("//recipient-region/@percentage"), "14.5");
    EXPECT_EQ(doc.count("//sector[@vocabulary='1']"), 2u);
    EXPECT_EQ(doc.text("//sector[@vocabulary='2']/@code"), "140");
    EXPECT_EQ(doc.text("//sector[@code='14030']/@percentage"), "70");
}

TEST(IatiWrite, OrganisationsStatusAndDates) {
    const Doc doc(iati::to_xml(pd::test::every_field_portfolio(), options()));
    EXPECT_EQ(doc.text("//reporting-org/@ref"), "XM-EXAMPLE-1");  // the engagement's own, not the option
    EXPECT_EQ(doc.text("//reporting-org/@type"), "10");
    EXPECT_EQ(doc.text("//reporting-org/narrative"), "Example Development Agency");
    EXPECT_EQ(doc.count("//participating-org"), 4u);  // the 4 organisations, in their order
    EXPECT_EQ(doc.text("//participating-org[2]/@role"), "3");
    EXPECT_EQ(doc.text("//participating-org[2]/@activity-id"), "EPO-77");
    EXPECT_EQ(doc.count("//participating-org[3]/@ref"), 0u);
    EXPECT_EQ(doc.text("//participating-org[3]/@type"), "21");
    EXPECT_EQ(doc.text("//participating-org[4]/@role"), "4");
    EXPECT_EQ(doc.text("//participating-org[4]/narrative"), "Lake Villages Water Users' Association");
    EXPECT_EQ(doc.text("//activity-status/@code"), "3");  // finalisation
    EXPECT_EQ(doc.text("//activity-date[@type='1']/@iso-date"), "2024-01-15");
    EXPECT_EQ(doc.text("//activity-date[@type='2']/@iso-date"), "2024-02-01");
    EXPECT_EQ(doc.text("//activity-date[@type='3']/@iso-date"), "2026-06-30");
    EXPECT_EQ(doc.text("//activity-date[@type='4']/@iso-date"), "2026-05-31");
}

TEST(IatiWrite, PartialDatesStartOnTheFirstDayAndEndOnTheLast) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e = own(p, "partial");
    e.planned_start = pd::PartialDate::parse("2019");
    e.planned_end = pd::PartialDate::parse("2024-02");
    e.actual_end = pd::PartialDate::parse("2023");
    (void)p.add(e);
    const Doc doc(iati::to_xml(p, options()));
    EXPECT_EQ(doc.text("//activity-date[@type='1']/@iso-date"), "2019-01-01");
    EXPECT_EQ(doc.text("//activity-date[@type='2']/@iso-date"), "2019-03-01");
    EXPECT_EQ(doc.text("//activity-date[@type='3']/@iso-date"), "2024-02-29");
    EXPECT_EQ(doc.text("//activity-date[@type='4']/@iso-date"), "2023-12-31");
}

TEST(IatiWrite, OwnRecordsTakeTheReportingOrganisationFromTheOptions) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    (void)p.add(own(p, "gg-oda-wells"));
    iati::WriteOptions o = options();
    o.reporting_org_name.reset();
    const Doc doc(iati::to_xml(p, o));
    EXPECT_EQ(doc.text("//iati-identifier"), std::string(example_ref) + "-gg-oda-wells");
    EXPECT_EQ(doc.text("//reporting-org/@ref"), example_ref);
    EXPECT_EQ(doc.text("//reporting-org/@type"), "10");
    EXPECT_EQ(doc.text("//reporting-org/narrative"), "Gyeonggi-do");  // the home government's name
    // No organisations named: the reporting office, as funder (IATI requires one).
    EXPECT_EQ(doc.count("//participating-org"), 1u);
    EXPECT_EQ(doc.text("//participating-org/@ref"), example_ref);
    EXPECT_EQ(doc.text("//participating-org/@role"), "1");
    // No note: the title is the description; one recipient: no percentage.
    EXPECT_EQ(doc.text("//description/narrative"), "Village wells");
    EXPECT_EQ(doc.text("//recipient-country/@code"), "KH");
    EXPECT_EQ(doc.count("//recipient-country/@percentage"), 0u);
}

TEST(IatiWrite, IdentifiersStartWithTheEngagementsOwnReportingOrganisation) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e = own(p, "gg-oda-other");
    e.reporting_org = pd::OrganisationRef{p.intern("XM-OTHER"), p.intern("Other office"), 15};
    (void)p.add(e);
    const Doc doc(iati::to_xml(p, options()));
    EXPECT_EQ(doc.text("//iati-identifier"), "XM-OTHER-gg-oda-other");
    EXPECT_EQ(doc.text("//reporting-org/@type"), "15");
    EXPECT_EQ(doc.text("//reporting-org/narrative"), "Other office");
}

TEST(IatiWrite, UndatedEngagementsNeedAStandIn) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e = own(p, "gg-oda-undated");
    e.actual_start.reset();
    (void)p.add(e);
    const std::string error = error_of(p, options());
    EXPECT_NE(error.find("\"gg-oda-undated\""), std::string::npos) << error;
    EXPECT_NE(error.find("iati.write.activity-date"), std::string::npos) << error;

    iati::WriteOptions o = options();
    o.undated_started_by = pd::Day(2016, 12, 31);
    const Doc doc(iati::to_xml(p, o));
    EXPECT_EQ(doc.text("//activity-date/@type"), "2");
    EXPECT_EQ(doc.text("//activity-date/@iso-date"), "2016-12-31");
    EXPECT_NE(doc.text("//activity-date/narrative").find("not recorded"), std::string::npos);

    e.status = pd::OdaStatus::pipeline;  // may never start: no stand-in start
    e.id = pd::EngagementId(0);
    p.replace(e);
    EXPECT_NE(error_of(p, o).find("pipeline"), std::string::npos) << error_of(p, o);
}

TEST(IatiWrite, ErrorsNameTheEngagementAndTheRule) {
    const auto expect_error = [](const pd::Portfolio& p, const iati::WriteOptions& o, const char* rule,
                                 const char* detail) {
        const std::string error = error_of(p, o);
        EXPECT_NE(error.find("\"gg-oda-bad\""), std::string::npos) << error;
        EXPECT_NE(error.find(rule), std::string::npos) << error;
        EXPECT_NE(error.find(detail), std::string::npos) << error;
    };
    {  // no identifier and no reporting organisation
        pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
        (void)p.add(own(p, "gg-oda-bad"));
        iati::WriteOptions o = options();
        o.reporting_org_ref.reset();
        expect_error(p, o, "iati.write.reporting-org", "reporting_org_ref");
    }
    {  // a value in no currency
        pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
        pd::OdaEngagement e = own(p, "gg-oda-bad");
        e.transactions = {{2019, pd::TransactionType::disbursement, pd::Money(10.0, pd::CurrencyCode("XXX")), 1}};
        (void)p.add(e);
        expect_error(p, options(), "iati.write.currency", "transaction 1");
    }
    {  // a date before 1900
        pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
        pd::OdaEngagement e = own(p, "gg-oda-bad");
        e.planned_start = pd::PartialDate::parse("1899-12-31");
        (void)p.add(e);
        expect_error(p, options(), "iati.write.date", "1899-12-31");
    }
    {  // a budget without an end
        pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
        pd::OdaEngagement e = own(p, "gg-oda-bad");
        e.budgets.emplace_back(pd::Period(pd::PartialDate::parse("2019")), pd::Money(1.0, pd::CurrencyCode("KRW")));
        (void)p.add(e);
        expect_error(p, options(), "iati.write.budget", "budget 1");
    }
    {  // a control character XML cannot carry
        pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
        pd::OdaEngagement e = own(p, "gg-oda-bad");
        e.title = p.intern(std::string("Wells\x01", 6));
        (void)p.add(e);
        expect_error(p, options(), "iati.write.text", "U+0001");
    }
    {  // two engagements, one identifier
        pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
        pd::OdaEngagement a = own(p, "gg-oda-first");
        a.iati_identifier = p.intern("XM-EXAMPLE-GG-1");
        pd::OdaEngagement b = own(p, "gg-oda-bad");
        b.iati_identifier = a.iati_identifier;
        (void)p.add(a);
        (void)p.add(b);
        expect_error(p, options(), "iati.write.identifier-unique", "XM-EXAMPLE-GG-1");
    }
    {  // nothing to write: an activity file needs one activity
        const pd::Portfolio empty(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
        EXPECT_NE(error_of(empty, options()).find("iati.write.activities"), std::string::npos)
            << error_of(empty, options());
    }
    {
        iati::WriteOptions o = options();
        o.generated_datetime = "2025-03-10 08:00";
        EXPECT_THROW((void)iati::to_xml(pd::test::every_field_portfolio(), o), pd::InvalidValue);
    }
}

TEST(IatiWrite, CharactersXmlCannotCarryAreRefusedWhereverTheyComeFrom) {
    // Every text that reaches the XML: the engagement's own, the record id an identifier
    // is made from, the home government's name and the reporting-organisation options.
    const std::string bad_characters[] = {std::string("\x01", 1), std::string("\0", 1), "\x1F", "\xEF\xBF\xBE",
                                          "\xEF\xBF\xBF"};
    const char* names[] = {"U+0001", "U+0000", "U+001F", "U+FFFE", "U+FFFF"};
    for (std::size_t i = 0; i < std::size(bad_characters); ++i) {
        const std::string bad = "x" + bad_characters[i] + "y";
        struct Case {
            const char* field;
            std::function<void(pd::Portfolio&, pd::OdaEngagement&, iati::WriteOptions&)> set;
        };
        const Case cases[] = {
            {"title", [&](pd::Portfolio& p, pd::OdaEngagement& e, iati::WriteOptions&) { e.title = p.intern(bad); }},
            {"iati-identifier (made from the record id)",
             [&](pd::Portfolio& p, pd::OdaEngagement& e, iati::WriteOptions&) {
                 e.key = p.intern("gg-oda-bad" + bad);
             }},
            {"iati-identifier",
             [&](pd::Portfolio& p, pd::OdaEngagement& e, iati::WriteOptions&) { e.iati_identifier = p.intern(bad); }},
            {"reporting-org/@ref",
             [&](pd::Portfolio&, pd::OdaEngagement&, iati::WriteOptions& o) { o.reporting_org_ref = bad; }},
            {"reporting-org name",
             [&](pd::Portfolio&, pd::OdaEngagement&, iati::WriteOptions& o) { o.reporting_org_name = bad; }},
            {"reporting-org name",  // the home government's name stands in for a missing one
             [&](pd::Portfolio&, pd::OdaEngagement&, iati::WriteOptions& o) { o.reporting_org_name.reset(); }},
            {"participating-org name",
             [&](pd::Portfolio& p, pd::OdaEngagement& e, iati::WriteOptions&) {
                 e.organisations = {pd::Involvement{pd::test::iati_organisation(p, "implementer", "", bad, 0),
                                                    pd::OrganisationRole::implementing, pd::TextId(0)}};
             }},
        };
        for (const Case& c : cases) {
            pd::Portfolio p(pd::SubdivisionCode("KR-41"), bad);
            pd::OdaEngagement e = own(p, "gg-oda-bad");
            iati::WriteOptions o = options();
            c.set(p, e, o);
            (void)p.add(e);
            const std::string error = error_of(p, o);
            EXPECT_NE(error.find("\"gg-oda-bad"), std::string::npos) << error;
            EXPECT_NE(error.find("rule iati.write.text, " + std::string(c.field) + ":"), std::string::npos) << error;
            EXPECT_NE(error.find(std::string(names[i]) + " (at byte "), std::string::npos) << error;
            EXPECT_NE(error.find("), which XML 1.0 cannot carry"), std::string::npos) << error;
        }
    }
    // What XML 1.0 can carry is written and parses back: tab, line breaks, U+FFFD, DEL, U+10FFFF.
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e = own(p, "gg-oda-good");
    e.title = p.intern("a\tb\nc \xEF\xBF\xBD \x7F \xF4\x8F\xBF\xBF");
    (void)p.add(e);
    const Doc doc(iati::to_xml(p, options()));
    EXPECT_EQ(doc.text("//iati-activity/title/narrative"), "a\tb\nc \xEF\xBF\xBD \x7F \xF4\x8F\xBF\xBF");
}

TEST(IatiWrite, FailedWriteLeavesThePreviousFile) {
    const auto dir = std::filesystem::temp_directory_path() / ("pd_iati_write_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / "activities.xml";
    const pd::Portfolio good = pd::test::every_field_portfolio();
    iati::write(good, path, options());
    std::ifstream in(path);
    const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(written, iati::to_xml(good, options()));

    pd::Portfolio bad(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    (void)bad.add(own(bad, "gg-oda-bad"));
    iati::WriteOptions o = options();
    o.reporting_org_ref.reset();
    try {
        iati::write(bad, path, o);
        ADD_FAILURE() << "no error";
    } catch (const pd::FileError& e) {
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    }
    std::ifstream again(path);
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(again)), std::istreambuf_iterator<char>()), written);
    std::filesystem::remove_all(dir);
}

TEST(IatiWrite, GyeonggiDataset) {
    const pd::Portfolio p = pd::datasets::gyeonggi();
    iati::WriteOptions o = options();
    o.undated_started_by = pd::Day(2016, 12, 31);  // the bulletin's engagements were under way in 2016
    const Doc doc(iati::to_xml(p, o));
    ASSERT_EQ(doc.count("//iati-activity"), p.engagements().size());
    EXPECT_EQ(doc.count("//iati-activity"), 25u);  // the bulletin's 7 and the 18 projects named before 2014
    for (const pd::OdaEngagement& e : p.engagements()) {
        const std::string id = std::string(example_ref) + "-" + std::string(p.text(e.key));
        EXPECT_EQ(doc.count("//iati-activity[iati-identifier='" + id + "']"), 1u) << id;
    }
    // Sub-national regions have no IATI element: no location is written.
    EXPECT_EQ(doc.count("//location"), 0u);
    EXPECT_EQ(doc.count("//iati-activity[iati-identifier='XM-EXAMPLE-GG-gg-oda-liaoning-agriculture-forestry']"
                        "/sector[@percentage='50']"),
              2u);
    // The engagements with a start keep it; the six the bulletin does not date get the stand-in.
    EXPECT_EQ(doc.text("//iati-activity[iati-identifier='XM-EXAMPLE-GG-gg-oda-mongolia-smart-class']"
                       "/activity-date/@iso-date"),
              "2014-12-01");
    EXPECT_EQ(doc.count("//activity-date[@iso-date='2016-12-31']"), 6u);
}

// --- files for the xmllint schema check (tests/iati/schema_check.cmake) ---------------
// Each writes its export to $PARADIPLOMACY_IATI_SAMPLE_OUT; ctest's iati.schema.* tests
// set it and run xmllint --schema on the file. Run alone, they skip.

namespace {
std::optional<std::filesystem::path> sample_out() {
    const char* out = std::getenv("PARADIPLOMACY_IATI_SAMPLE_OUT");
    if (!out || !*out) return std::nullopt;
    return std::filesystem::path(out);
}
}  // namespace

TEST(IatiSchemaSample, EveryField) {
    const auto out = sample_out();
    if (!out) GTEST_SKIP() << "PARADIPLOMACY_IATI_SAMPLE_OUT not set: run by ctest's iati.schema.every_field";
    iati::write(pd::test::every_field_portfolio(), *out, options());
}

TEST(IatiSchemaSample, Gyeonggi) {
    const auto out = sample_out();
    if (!out) GTEST_SKIP() << "PARADIPLOMACY_IATI_SAMPLE_OUT not set: run by ctest's iati.schema.gyeonggi";
    iati::WriteOptions o = options();
    o.undated_started_by = pd::Day(2016, 12, 31);
    iati::write(pd::datasets::gyeonggi(), *out, o);
}
