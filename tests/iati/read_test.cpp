// SPDX-License-Identifier: Apache-2.0
// The IATI reader on small hand-written files (tests/data/iati/) and inline documents.
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/validation/options.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;

namespace {

std::filesystem::path data(const char* name) {
    return std::filesystem::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "iati" / name;
}

std::vector<iati::Notice> with_rule(const iati::Import& in, std::string_view rule) {
    std::vector<iati::Notice> out;
    for (const auto& n : in.notices)
        if (n.rule == rule) out.push_back(n);
    return out;
}

const pd::OdaEngagement& by_identifier(const iati::Import& in, std::string_view id) {
    const auto e = in.portfolio.find_engagement(id);
    if (!e) throw std::runtime_error("no engagement " + std::string(id));
    return in.portfolio.engagement(*e);
}

/// A minimal 2.03 document around the given activity children.
std::string doc(std::string_view activity_children, std::string_view activity_attrs = R"( default-currency="EUR")") {
    return std::string("<iati-activities version=\"2.03\">\n<iati-activity") + std::string(activity_attrs) + ">\n" +
           "<iati-identifier>XX-1-T</iati-identifier>\n<reporting-org ref=\"XX-1\" type=\"10\"/>\n" +
           "<title><narrative>T</narrative></title>\n<activity-status code=\"2\"/>\n" + std::string(activity_children) +
           "\n</iati-activity>\n</iati-activities>\n";
}

}  // namespace

TEST(IatiRead, MapsEveryFieldOfA203Activity) {
    const auto in = iati::read(data("sample-2.03.xml"));
    EXPECT_EQ(in.version, "2.03");
    EXPECT_EQ(in.activities_read, 2u);
    EXPECT_EQ(in.activities_imported, 2u);
    EXPECT_EQ(in.portfolio.home().code, pd::SubdivisionCode("ZZ-ZZ"));
    const auto& p = in.portfolio;
    const auto& e = by_identifier(in, "KR-GOV-390-GF-2020");
    EXPECT_EQ(p.text(e.iati_identifier), "KR-GOV-390-GF-2020");
    EXPECT_EQ(p.text(e.title), "Busan Global Friends");  // the first narrative
    ASSERT_TRUE(e.reporting_org);
    EXPECT_EQ(p.text(e.reporting_org->ref), "KR-GOV-010");
    EXPECT_EQ(p.text(e.reporting_org->name), "Office for Government Policy Coordination");
    EXPECT_EQ(e.reporting_org->type, 10);
    ASSERT_EQ(e.organisations.size(), 2u);
    const pd::Organisation& busan = p.at(e.organisations[0].organisation);
    EXPECT_EQ(p.text(busan.iati_ref), "KR-GOV-390");
    EXPECT_EQ(p.text(busan.key), "KR-GOV-390");
    EXPECT_EQ(p.text(busan.name_en), "Busan Metropolitan City");
    EXPECT_EQ(e.organisations[0].role, pd::OrganisationRole::funding);
    EXPECT_EQ(e.organisations[1].role, pd::OrganisationRole::implementing);
    EXPECT_EQ(p.text(e.organisations[1].activity_id), "KOICA-2020-77");
    EXPECT_EQ(e.status, pd::OdaStatus::implementation);
    EXPECT_EQ(e.planned_start, pd::PartialDate::parse("2020-03-01"));
    EXPECT_EQ(e.actual_start, pd::PartialDate::parse("2020-05-22"));
    EXPECT_EQ(e.planned_end, pd::PartialDate::parse("2021-02-28"));
    EXPECT_EQ(e.actual_end, pd::PartialDate::parse("2021-03-15"));
    EXPECT_EQ(e.default_currency, pd::CurrencyCode("KRW"));

    EXPECT_EQ(e.recipient, pd::CountryCode("MM"));
    ASSERT_EQ(e.recipient_countries.size(), 2u);
    EXPECT_EQ(e.recipient_countries[0], (pd::CountryShare{pd::CountryCode("MM"), 60.0}));
    EXPECT_EQ(e.recipient_countries[1], (pd::CountryShare{pd::CountryCode("VN"), 40.0}));
    ASSERT_TRUE(e.recipient_partner);
    const auto& mm = p.partner(*e.recipient_partner);
    EXPECT_EQ(mm.level, pd::PartnerLevel::country);
    EXPECT_EQ(mm.country, pd::CountryCode("MM"));
    EXPECT_EQ(p.text(mm.key), "mm");
    EXPECT_TRUE(p.find_partner("vn"));  // every recipient country is a partner
    EXPECT_TRUE(p.find_partner("la"));
    EXPECT_EQ(p.partners().size(), 3u);

    ASSERT_EQ(e.sectors.size(), 3u);  // vocabulary 8 is reported, not mapped
    EXPECT_EQ(e.sectors[0], (pd::SectorShare{pd::PurposeCode("12250"), 70.0}));
    EXPECT_EQ(e.sectors[1], (pd::SectorShare{pd::PurposeCode("11220"), 30.0}));  // no vocabulary: 1
    EXPECT_EQ(e.sectors[2], (pd::SectorShare{pd::PurposeCode("122"), 100.0}));

    ASSERT_EQ(e.budgets.size(), 2u);
    EXPECT_EQ(e.budgets[0].period,
              pd::Period(pd::PartialDate::parse("2020-01-01"), pd::PartialDate::parse("2020-12-31")));
    EXPECT_EQ(e.budgets[0].value, pd::Money(10000000, pd::CurrencyCode("KRW")));
    EXPECT_EQ(e.budgets[0].value_date, pd::PartialDate::parse("2020-01-01"));
    EXPECT_EQ(e.budgets[0].type, pd::BudgetType::original);
    EXPECT_EQ(e.budgets[0].status, pd::BudgetStatus::committed);
    EXPECT_EQ(e.budgets[1].value, pd::Money(2500000.5, pd::CurrencyCode("KRW")));  // the default currency
    EXPECT_EQ(e.budgets[1].type, pd::BudgetType::revised);
    EXPECT_EQ(e.budgets[1].status, pd::BudgetStatus::indicative);

    EXPECT_NE(p.text(e.provenance.source).find("sample-2.03.xml, line 5"), std::string_view::npos)
        << p.text(e.provenance.source);
}

TEST(IatiRead, SumsTransactionsPerYearTypeAndCurrency) {
    const auto in = iati::read(data("sample-2.03.xml"));
    const auto& e = by_identifier(in, "KR-GOV-390-GF-2020");
    using T = pd::TransactionType;
    const std::vector<pd::TransactionTotal> expected{
        {2020, T::outgoing_commitment, pd::Money(10000000, pd::CurrencyCode("KRW")), 1},
        {2020, T::disbursement, pd::Money(7000000, pd::CurrencyCode("KRW")), 2},
        {2020, T::disbursement, pd::Money(1500.25, pd::CurrencyCode("USD")), 1},
        {2021, T::disbursement, pd::Money(2000000, pd::CurrencyCode("KRW")), 1},
    };
    EXPECT_EQ(e.transactions, expected);
}

TEST(IatiRead, RegionsAndOtherVocabularies) {
    const auto in = iati::read(data("sample-2.03.xml"));
    const auto& e = by_identifier(in, "XM-DAC-41114-REGIONAL-1");
    EXPECT_EQ(e.status, pd::OdaStatus::finalisation);
    ASSERT_EQ(e.recipient_regions.size(), 2u);
    EXPECT_EQ(e.recipient_regions[0], (pd::SupranationalShare{798, pd::RegionVocabulary::oecd_dac, 30.0}));
    EXPECT_EQ(e.recipient_regions[1], (pd::SupranationalShare{142, pd::RegionVocabulary::un_m49, 20.0}));
    ASSERT_EQ(e.sectors.size(), 1u);
    EXPECT_EQ(e.sectors[0].percentage, 100.0);  // a lone sector without percentage
    const auto unmapped = with_rule(in, "iati.unmapped");
    const auto it = std::find_if(unmapped.begin(), unmapped.end(),
                                 [](const auto& n) { return n.activity == "XM-DAC-41114-REGIONAL-1"; });
    ASSERT_NE(it, unmapped.end());
    EXPECT_NE(it->message.find("recipient-region vocabulary 99"), std::string::npos) << it->message;
}

TEST(IatiRead, ReportsWhatItDoesNotMapWithCounts) {
    const auto in = iati::read(data("sample-2.03.xml"));
    const auto unmapped = with_rule(in, "iati.unmapped");
    const auto it = std::find_if(unmapped.begin(), unmapped.end(),
                                 [](const auto& n) { return n.activity == "KR-GOV-390-GF-2020"; });
    ASSERT_NE(it, unmapped.end());
    EXPECT_EQ(it->severity, pd::Severity::info);
    EXPECT_EQ(it->line, 5u);
    for (const char* part : {"description", "contact-info", "policy-marker (2)", "transaction/provider-org",
                             "title/narrative (further languages)", "recipient-country/narrative", "other-identifier",
                             "sector vocabulary 8"})
        EXPECT_EQ(it->message.find(part) == std::string::npos,
                  std::string_view(part) == "recipient-country/narrative" ||
                      std::string_view(part) == "other-identifier" || std::string_view(part) == "sector vocabulary 8")
            << part << " in: " << it->message;  // a country's narrative names the partner; the other two are kept
    // Other identifiers and sectors of other vocabularies are kept as published.
    const auto& e = by_identifier(in, "KR-GOV-390-GF-2020");
    ASSERT_EQ(e.other_identifiers.size(), 1u);
    EXPECT_EQ(in.portfolio.text(e.other_identifiers[0].ref), "6410000_2020_001");
    EXPECT_EQ(e.other_identifiers[0].type, pd::OtherIdentifierType::internal);
    ASSERT_EQ(e.other_sectors.size(), 1u);
    EXPECT_EQ(in.portfolio.text(e.other_sectors[0].vocabulary), "8");
    EXPECT_EQ(in.portfolio.text(e.other_sectors[0].code), "3.2");
    EXPECT_EQ(e.other_sectors[0].percentage, std::optional(100.0));
}

TEST(IatiRead, Legacy103Files) {
    const auto in = iati::read(data("legacy-1.03.xml"));
    EXPECT_EQ(in.version, "1.03");
    ASSERT_EQ(in.activities_imported, 1u);
    const auto& p = in.portfolio;
    const auto& e = by_identifier(in, "GB-1-200001");
    EXPECT_EQ(p.text(e.title), "Rural water supply");
    EXPECT_EQ(p.text(e.reporting_org->name), "Department for International Development");
    ASSERT_EQ(e.organisations.size(), 2u);
    EXPECT_EQ(e.organisations[0].role, pd::OrganisationRole::funding);
    EXPECT_EQ(p.text(p.at(e.organisations[0].organisation).name_en), "DFID");
    EXPECT_EQ(e.organisations[1].role, pd::OrganisationRole::implementing);
    EXPECT_EQ(e.planned_start, pd::PartialDate::parse("2012-04-01"));
    EXPECT_EQ(e.planned_end, pd::PartialDate::parse("2015-03-31"));
    EXPECT_EQ(e.recipient, pd::CountryCode("TZ"));
    ASSERT_EQ(e.sectors.size(), 3u);
    EXPECT_EQ(e.sectors[1], (pd::SectorShare{pd::PurposeCode("14020"), 20.0}));
    EXPECT_EQ(e.sectors[2], (pd::SectorShare{pd::PurposeCode("140"), 100.0}));
    using T = pd::TransactionType;
    const std::vector<pd::TransactionTotal> expected{
        {2012, T::outgoing_commitment, pd::Money(1500000, pd::CurrencyCode("GBP")), 1},
        {2012, T::disbursement, pd::Money(400000, pd::CurrencyCode("GBP")), 1},
    };
    EXPECT_EQ(e.transactions, expected);
    EXPECT_TRUE(with_rule(in, "iati.other-identifier.ref").empty());  // 1.0x has no @ref
    for (const auto& n : in.notices) EXPECT_NE(n.severity, pd::Severity::error) << iati::to_string(n);
}

TEST(IatiRead, AFaultyPartCostsThatPartNotTheActivity) {
    const auto in = iati::read(data("one-bad-activity.xml"));
    EXPECT_EQ(in.activities_read, 3u);
    EXPECT_EQ(in.activities_imported, 3u);
    EXPECT_TRUE(in.portfolio.find_engagement("XX-1-GOOD-A"));
    EXPECT_TRUE(in.portfolio.find_engagement("XX-1-GOOD-B"));
    // The budget of "12,000" is left out; the activity and its transaction are kept.
    const auto& bad = by_identifier(in, "XX-1-BAD");
    EXPECT_TRUE(bad.budgets.empty());
    ASSERT_EQ(bad.transactions.size(), 1u);
    EXPECT_EQ(bad.transactions[0].amount, pd::Money(100, pd::CurrencyCode("XXX")));
    EXPECT_EQ(in.parts_left_out_or_changed, 1u);
    EXPECT_FALSE(in.imported_whole());
    const auto number = with_rule(in, "iati.format.number");
    ASSERT_EQ(number.size(), 1u);
    EXPECT_EQ(number[0].activity, "XX-1-BAD");
    EXPECT_EQ(number[0].line, 22u);
    EXPECT_NE(number[0].message.find("12,000"), std::string::npos);
    const auto left_out = with_rule(in, "iati.budget.left-out");
    ASSERT_EQ(left_out.size(), 1u);
    EXPECT_EQ(
        iati::to_string(left_out[0], "one-bad-activity.xml"),
        "one-bad-activity.xml:23: error iati.budget.left-out: activity XX-1-BAD: <budget> at line 19 (value \"12,000\" "
        "EUR, period 2020-01-01 to 2020-12-31) is left out, the rest of the activity is imported: the notices before "
        "this one say why");
    // The cause comes before what it cost.
    const auto at = [&](std::string_view rule) {
        return std::find_if(in.notices.begin(), in.notices.end(),
                            [&](const iati::Notice& n) { return n.rule == rule; });
    };
    EXPECT_LT(at("iati.format.number"), at("iati.budget.left-out"));
    const auto currency = with_rule(in, "iati.value.currency");  // a warning: kept in XXX
    ASSERT_EQ(currency.size(), 1u);
    EXPECT_EQ(currency[0].line, 27u);
    EXPECT_EQ(currency[0].severity, pd::Severity::warning);
    EXPECT_TRUE(with_rule(in, "iati.activity.rejected").empty());
    EXPECT_NO_THROW((void)pd::to_portfolio_json(in.portfolio));
}

TEST(IatiRead, OnlyATakenIdentifierRejectsAnActivity) {
    const std::string activity = R"(<iati-activity default-currency="EUR"><iati-identifier>XX-1-T</iati-identifier>
<transaction><transaction-type code="3"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">5</value></transaction>
</iati-activity>)";
    const auto in =
        iati::parse("<iati-activities version=\"2.03\">\n" + activity + "\n" + activity + "\n</iati-activities>");
    EXPECT_EQ(in.activities_read, 2u);
    EXPECT_EQ(in.activities_imported, 1u);
    EXPECT_FALSE(in.imported_whole());
    const auto duplicate = with_rule(in, "iati.activity.duplicate");
    const auto rejected = with_rule(in, "iati.activity.rejected");
    ASSERT_EQ(duplicate.size(), 1u);
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_EQ(rejected[0].line, 5u);
    EXPECT_EQ(rejected[0].message, "the activity is not imported, with all its money: its identifier is taken");
    const auto at = [&](std::string_view rule) {
        return std::find_if(in.notices.begin(), in.notices.end(),
                            [&](const iati::Notice& n) { return n.rule == rule; });
    };
    EXPECT_LT(at("iati.activity.duplicate"), at("iati.activity.rejected"));
}

TEST(IatiRead, WhatTheSchemaForbidsCostsOnlyThePartAtFault) {
    struct Case {
        const char* children;
        const char* rule;
        const char* outcome;  ///< The notice of what is left out; empty: the cause says it.
    };
    const Case cases[] = {
        {R"(<recipient-country code="MM" percentage="half"/>)", "iati.format.number", ""},
        {R"(<transaction><transaction-type code="3"/><value>1</value></transaction>)", "iati.transaction.date",
         "iati.transaction.left-out"},
        {R"(<transaction><transaction-type code="3"/><transaction-date iso-date="5000000"/><value value-date="2020-01-01">1</value></transaction>)",
         "iati.format.date", "iati.transaction.left-out"},
        {R"(<transaction><transaction-type code="3"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01"></value></transaction>)",
         "iati.format.number", "iati.transaction.left-out"},
        {R"(<transaction><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">1</value></transaction>)",
         "iati.transaction.type", "iati.transaction.left-out"},
        {R"(<budget><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">1</value></budget>)",
         "iati.budget.period", "iati.budget.left-out"},
        {R"(<budget><period-start iso-date="2021-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">1</value></budget>)",
         "iati.budget.period", "iati.budget.left-out"},
        {R"(<budget><period-start iso-date="2021-01-01"/></budget>)", "iati.budget.value", "iati.budget.left-out"},
        {R"(<activity-date type="1" iso-date="2020-02-30"/>)", "iati.format.date", ""},
        {R"(<sector code="12250" vocabulary="1" percentage="150"/>)", "iati.format.percentage",
         ""},  // found by fuzz_iati
        {R"(<recipient-country code="MM" percentage="-5"/>)", "iati.format.percentage", ""},
        {R"(<recipient-region code="298" vocabulary="1" percentage="101"/>)", "iati.format.percentage", ""},
    };
    // A good transaction beside the faulty part: its money must be kept.
    const std::string good =
        R"(<transaction><transaction-type code="2"/><transaction-date iso-date="2020-03-01"/><value value-date="2020-03-01">70</value></transaction>)";
    for (const Case& c : cases) {
        const auto in = iati::parse(doc(std::string(c.children) + "\n" + good), "case.xml");
        ASSERT_EQ(in.activities_imported, 1u) << c.children;
        EXPECT_TRUE(with_rule(in, "iati.activity.rejected").empty()) << c.children;
        const auto cause = with_rule(in, c.rule);
        ASSERT_EQ(cause.size(), 1u) << c.children;
        EXPECT_EQ(cause[0].severity, pd::Severity::error) << c.children;
        EXPECT_EQ(cause[0].activity, "XX-1-T");
        if (*c.outcome != '\0') {
            const auto outcome = with_rule(in, c.outcome);
            ASSERT_EQ(outcome.size(), 1u) << c.children;
            EXPECT_EQ(outcome[0].severity, pd::Severity::error) << c.children;
        } else {
            EXPECT_NE(cause[0].message.find("left"), std::string::npos) << cause[0].message;
        }
        EXPECT_EQ(in.parts_left_out_or_changed, 1u) << c.children;
        const auto& e = by_identifier(in, "XX-1-T");
        EXPECT_TRUE(e.recipient_countries.empty() && e.sectors.empty() && e.recipient_regions.empty() &&
                    e.budgets.empty() && !e.planned_start)
            << c.children;
        const std::vector<pd::TransactionTotal> kept{
            {2020, pd::TransactionType::outgoing_commitment, pd::Money(70, pd::CurrencyCode("EUR")), 1}};
        EXPECT_EQ(e.transactions, kept) << c.children;
        EXPECT_NO_THROW((void)pd::to_portfolio_json(in.portfolio)) << c.children;
    }
}

TEST(IatiRead, AnOddShareInAVocabularyNotMappedLosesNothing) {
    // Real files hold percentage="500" on a sector of vocabulary 7 beside a DAC sector.
    const auto in = iati::parse(doc(R"(<sector vocabulary="1" code="11110"/>
<sector vocabulary="7" code="4" percentage="500"/>
<transaction><transaction-type code="2"/><transaction-date iso-date="2020-03-01"/><value value-date="2020-03-01">70</value></transaction>)"));
    ASSERT_EQ(in.activities_imported, 1u);
    EXPECT_EQ(in.parts_left_out_or_changed, 1u);  // the sector changed: kept without its share
    EXPECT_FALSE(in.imported_whole());
    const auto odd = with_rule(in, "iati.format.percentage");
    ASSERT_EQ(odd.size(), 1u);
    EXPECT_EQ(odd[0].severity, pd::Severity::warning);
    EXPECT_EQ(odd[0].line, 8u);
    EXPECT_NE(odd[0].message.find("vocabulary 7"), std::string::npos) << odd[0].message;
    const auto& e = by_identifier(in, "XX-1-T");
    ASSERT_EQ(e.sectors.size(), 1u);
    EXPECT_EQ(e.transactions.size(), 1u);
    // The sector of vocabulary 7 is kept, without the percentage that is none.
    ASSERT_EQ(e.other_sectors.size(), 1u);
    EXPECT_EQ(in.portfolio.text(e.other_sectors[0].code), "4");
    EXPECT_EQ(e.other_sectors[0].percentage, std::nullopt);
}

TEST(IatiRead, CodesOfTheWrongFormAreReportedAndLeftOut) {
    // The schema takes any text as a code; the reader keeps the activity and reports
    // what it leaves out (the official schema tests use "xx" everywhere).
    struct Case {
        const char* children;
        const char* rule;
    };
    const Case cases[] = {
        {R"(<recipient-country code="mm"/>)", "iati.format.country"},
        {R"(<sector code="1225" vocabulary="1"/>)", "iati.format.sector"},
        {R"(<recipient-region code="Asia"/>)", "iati.format.region"},
        {R"(<recipient-region code="1032" vocabulary="1"/>)", "iati.format.region"},  // seen in real files
        {R"(<participating-org ref="XX-2" role="xx"/>)", "iati.format.role"},
        {R"(<activity-date type="xx" iso-date="2020-01-01"/>)", "iati.format.activity-date-type"},
        {R"(<transaction><transaction-type code="99"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">1</value></transaction>)",
         "iati.format.transaction-type"},
    };
    for (const Case& c : cases) {
        const auto in = iati::parse(doc(c.children), "case.xml");
        ASSERT_EQ(in.activities_imported, 1u) << c.children;
        const auto found = with_rule(in, c.rule);
        ASSERT_EQ(found.size(), 1u) << c.children;
        EXPECT_EQ(found[0].severity, pd::Severity::warning);
        EXPECT_EQ(found[0].line, 7u);
        const auto& e = by_identifier(in, "XX-1-T");
        EXPECT_TRUE(e.recipient_countries.empty() && e.sectors.empty() && e.recipient_regions.empty() &&
                    e.organisations.empty() && !e.planned_start && e.transactions.empty())
            << c.children;
    }
    const auto status = iati::parse(doc("").replace(doc("").find("code=\"2\""), 8, "code=\"x\""));
    EXPECT_EQ(with_rule(status, "iati.format.activity-status").size(), 1u);

    const auto no_currency = iati::parse(
        doc(R"(<budget><period-start iso-date="2020-01-01"/><value value-date="2020-01-01">5</value></budget>)", ""));
    ASSERT_EQ(with_rule(no_currency, "iati.value.currency").size(), 1u);
    ASSERT_EQ(no_currency.activities_imported, 1u);
    EXPECT_EQ(by_identifier(no_currency, "XX-1-T").budgets.at(0).value, pd::Money(5, pd::CurrencyCode("XXX")));

    const auto no_id =
        iati::parse("<iati-activities version=\"2.03\"><iati-activity><title/></iati-activity></iati-activities>");
    EXPECT_EQ(with_rule(no_id, "iati.activity.identifier").size(), 1u);
    ASSERT_EQ(no_id.activities_imported, 1u);
    // Keyed after its line so that the portfolio can be saved; no identifier is made up.
    EXPECT_EQ(no_id.portfolio.text(no_id.portfolio.engagements()[0].key), "iati-activity-line-1");
    EXPECT_EQ(no_id.portfolio.engagements()[0].iati_identifier, pd::TextId(0));
    EXPECT_NO_THROW((void)pd::to_portfolio_json(no_id.portfolio));
}

TEST(IatiRead, WarnsAndKeepsTheActivity) {
    const auto in = iati::parse(doc(R"(<other-identifier type="A1"/>
<activity-date type="1"><narrative>Planned start</narrative></activity-date>
<budget><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value>7</value></budget>)"));
    ASSERT_EQ(in.activities_imported, 1u);
    ASSERT_EQ(with_rule(in, "iati.other-identifier.ref").size(), 1u);
    EXPECT_EQ(with_rule(in, "iati.other-identifier.ref")[0].line, 7u);
    EXPECT_EQ(with_rule(in, "iati.activity-date.iso-date").size(), 1u);
    EXPECT_EQ(with_rule(in, "iati.value.value-date").size(), 1u);
    const auto& e = by_identifier(in, "XX-1-T");
    EXPECT_FALSE(e.planned_start);
    ASSERT_EQ(e.budgets.size(), 1u);
    EXPECT_FALSE(e.budgets[0].value_date);
}

TEST(IatiRead, DuplicateIdentifiersAreRejected) {
    const std::string one =
        "<iati-activity default-currency=\"EUR\"><iati-identifier>XX-1-D</iati-identifier></iati-activity>\n";
    const auto in = iati::parse("<iati-activities version=\"2.03\">\n" + one + one + "</iati-activities>");
    EXPECT_EQ(in.activities_imported, 1u);
    const auto dup = with_rule(in, "iati.activity.duplicate");
    ASSERT_EQ(dup.size(), 1u);
    EXPECT_EQ(dup[0].line, 3u);
}

TEST(IatiRead, FilesThatAreNotIatiActivities) {
    try {
        (void)iati::read(data("organisations.xml"));
        FAIL() << "no FileError";
    } catch (const pd::FileError& e) {
        EXPECT_NE(std::string(e.what()).find("not an IATI activity file"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("iati-organisations"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)iati::parse("<html><body>Not found</body></html>", "page.html"), pd::FileError);
    EXPECT_THROW((void)iati::parse("", "empty.xml"), pd::FileError);
    EXPECT_THROW((void)iati::read(data("no-such-file.xml")), pd::FileError);
}

TEST(IatiRead, AFileCutOffGivesLineAndColumn) {
    try {
        (void)iati::read(data("truncated.xml"));
        FAIL() << "no FileError";
    } catch (const pd::FileError& e) {
        const std::string what = e.what();
        // The file's last line (9) ends mid-tag; the parser finds that at the end of the
        // data, line 10, column 1.
        EXPECT_NE(what.find("truncated.xml:10:1: not well-formed XML: Couldn't find end of Start Tag narra"),
                  std::string::npos)
            << what;
        EXPECT_NE(what.find("not well-formed XML"), std::string::npos) << what;
    }
}

TEST(IatiRead, IntoAnExistingPortfolio) {
    pd::Portfolio base(pd::SubdivisionCode("KR-26"), "Busan");
    pd::Partner myanmar;
    myanmar.key = base.intern("myanmar");
    myanmar.level = pd::PartnerLevel::country;
    myanmar.country = pd::CountryCode("MM");
    const auto mm = base.add(myanmar);
    pd::OdaEngagement earlier;
    earlier.key = base.intern("XM-DAC-41114-REGIONAL-1");
    (void)base.add(earlier);
    const pd::Portfolio before = base;

    const auto in = iati::read_into(base, data("sample-2.03.xml"));
    EXPECT_EQ(base, before);
    EXPECT_EQ(in.portfolio.home().code, pd::SubdivisionCode("KR-26"));
    EXPECT_EQ(in.activities_imported, 1u);
    EXPECT_EQ(with_rule(in, "iati.activity.duplicate").size(), 1u);
    const auto& e = by_identifier(in, "KR-GOV-390-GF-2020");
    EXPECT_EQ(e.recipient_partner, mm);             // the existing country partner, not a new one
    EXPECT_EQ(in.portfolio.partners().size(), 2u);  // Myanmar and a new Viet Nam
}

TEST(IatiRead, ProgressReachesTheFileSize) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
    iati::ReadOptions options;
    options.progress = [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); };
    const auto path = data("sample-2.03.xml");
    (void)iati::read(path, options);
    ASSERT_FALSE(calls.empty());
    EXPECT_EQ(calls.back().first, std::filesystem::file_size(path));
    EXPECT_EQ(calls.back().second, std::filesystem::file_size(path));

    // A document of several megabytes reports along the way, in order.
    std::string big = "<iati-activities version=\"2.03\">\n";
    for (int i = 0; i < 20000; ++i)
        big += "<iati-activity default-currency=\"EUR\"><iati-identifier>XX-1-" + std::to_string(i) +
               "</iati-identifier><description><narrative>" + std::string(150, 'x') +
               "</narrative></description></iati-activity>\n";
    big += "</iati-activities>\n";
    calls.clear();
    options.check_rules = false;
    const auto in = iati::parse(big, "big.xml", options);
    EXPECT_EQ(in.activities_imported, 20000u);
    EXPECT_GE(calls.size(), big.size() / (1024 * 1024));
    EXPECT_TRUE(std::is_sorted(calls.begin(), calls.end()));
    EXPECT_EQ(calls.back().first, big.size());
}

TEST(IatiRead, RunsTheRulesOverWhatItImported) {
    const std::string dates =
        R"(<activity-date iso-date="2021-05-01" type="1"/><activity-date iso-date="2020-12-31" type="3"/>)";
    const auto in = iati::parse(doc(dates), "dates.xml");
    ASSERT_EQ(in.activities_imported, 1u);
    const auto found = with_rule(in, "date.oda.planned_end_before_start");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].activity, "XX-1-T");
    EXPECT_EQ(found[0].line, 2u);  // the <iati-activity> line

    iati::ReadOptions off;
    off.check_rules = false;
    EXPECT_TRUE(with_rule(iati::parse(doc(dates), "dates.xml", off), "date.oda.planned_end_before_start").empty());
}

TEST(IatiRead, NoticesComeInLineOrder) {
    const auto in = iati::read(data("sample-2.03.xml"));
    EXPECT_TRUE(std::is_sorted(in.notices.begin(), in.notices.end(),
                               [](const auto& a, const auto& b) { return a.line < b.line; }));
}

TEST(IatiRead, NoticeToString) {
    const iati::Notice n{"iati.format.country", pd::Severity::error, "XX-1", 42, "recipient-country \"mm\" is wrong"};
    EXPECT_EQ(iati::to_string(n, "f.xml"),
              "f.xml:42: error iati.format.country: activity XX-1: recipient-country \"mm\" is wrong");
    EXPECT_EQ(iati::to_string(n),
              "line 42: error iati.format.country: activity XX-1: recipient-country \"mm\" is wrong");
}

TEST(IatiRead, AnOrganisationTypeOfMoreThanTwoDigitsIsLeftUnknown) {
    // Found by fuzz_iati: such a type could not be saved in a portfolio file.
    const auto in = iati::parse(
        doc(R"(<participating-org ref="XX-2" role="1" type="150"><narrative>Fund</narrative></participating-org>)"));
    ASSERT_EQ(in.activities_imported, 1u);
    ASSERT_EQ(with_rule(in, "iati.format.organisation-type").size(), 1u);
    const auto& e = by_identifier(in, "XX-1-T");
    ASSERT_EQ(e.organisations.size(), 1u);
    EXPECT_EQ(in.portfolio.at(e.organisations[0].organisation).iati_type, 0u);
    EXPECT_NO_THROW((void)pd::to_portfolio_json(in.portfolio));
}

TEST(IatiRead, ParticipatingOrganisationsAreOneRecordEach) {
    // KOICA twice (by identifier, once under another name), a name without identifier
    // twice, an organisation with neither, and one of a name keyed like another's identifier.
    const auto in = iati::parse(
        doc(R"(<participating-org ref="KR-GOV-051" role="1" type="10"><narrative>KOICA</narrative></participating-org>
<participating-org ref="KR-GOV-051" role="3"><narrative>Korea International Cooperation Agency</narrative></participating-org>
<participating-org role="4" activity-id="W-1"><narrative>Water Users</narrative></participating-org>
<participating-org role="4" activity-id="W-2"><narrative>Water Users</narrative></participating-org>
<participating-org role="2"/>
<participating-org role="2"><narrative>KR-GOV-051</narrative></participating-org>)"));
    ASSERT_EQ(in.activities_imported, 1u);
    const auto& p = in.portfolio;
    const auto& e = by_identifier(in, "XX-1-T");
    ASSERT_EQ(e.organisations.size(), 6u);
    EXPECT_EQ(e.organisations[0].organisation, e.organisations[1].organisation);
    EXPECT_EQ(e.organisations[1].role, pd::OrganisationRole::extending);
    const pd::Organisation& koica = p.at(e.organisations[0].organisation);
    EXPECT_EQ(p.text(koica.name_en), "KOICA");  // the first name is kept...
    EXPECT_EQ(koica.iati_type, 10u);
    const auto other = with_rule(in, "iati.participant.other_name");  // ...and the other said
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(other[0].severity, pd::Severity::info);
    EXPECT_EQ(other[0].line, 8u);
    EXPECT_NE(other[0].message.find("Korea International Cooperation Agency"), std::string::npos);
    EXPECT_EQ(e.organisations[2].organisation, e.organisations[3].organisation);
    EXPECT_EQ(p.text(e.organisations[3].activity_id), "W-2");
    EXPECT_EQ(p.text(p.at(e.organisations[2].organisation).key), "Water Users");
    const pd::Organisation& nameless = p.at(e.organisations[4].organisation);
    EXPECT_EQ(p.text(nameless.key), "organisation");
    EXPECT_EQ(p.text(nameless.name_en), "");
    // A name is not an identifier: a record of its own, keyed with a suffix.
    const pd::Organisation& named = p.at(e.organisations[5].organisation);
    EXPECT_NE(e.organisations[5].organisation, e.organisations[0].organisation);
    EXPECT_EQ(p.text(named.key), "KR-GOV-051-2");
    EXPECT_EQ(p.records<pd::Organisation>().size(), 4u);
}

TEST(IatiRead, ReadIntoReusesTheOrganisationsOfThePortfolio) {
    pd::Portfolio base(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Organisation koica;
    koica.key = base.intern("koica");
    koica.name_en = base.intern("Korea International Cooperation Agency");
    koica.iati_ref = base.intern("KR-GOV-051");
    (void)base.add(koica);
    pd::Organisation gwc;
    gwc.key = base.intern("gwc");
    gwc.name_local = base.intern("경기도 수자원공사");
    (void)base.add(gwc);
    const auto dir = std::filesystem::temp_directory_path() / "pd-iati-read-into-organisations";
    std::filesystem::create_directories(dir);
    const auto file = dir / "a.xml";
    {
        std::ofstream out(file, std::ios::binary);
        out << doc(R"(<participating-org ref="KR-GOV-051" role="1"><narrative>KOICA</narrative></participating-org>
<participating-org role="4"><narrative>경기도 수자원공사</narrative></participating-org>)");
    }
    const auto in = iati::read_into(base, file);
    std::filesystem::remove_all(dir);
    ASSERT_EQ(in.activities_imported, 1u);
    const auto& e = by_identifier(in, "XX-1-T");
    ASSERT_EQ(e.organisations.size(), 2u);
    EXPECT_EQ(in.portfolio.text(in.portfolio.at(e.organisations[0].organisation).key), "koica");
    EXPECT_EQ(in.portfolio.text(in.portfolio.at(e.organisations[1].organisation).key), "gwc");
    EXPECT_EQ(in.portfolio.records<pd::Organisation>().size(), 2u);
    EXPECT_EQ(with_rule(in, "iati.participant.other_name").size(), 1u);
}

TEST(IatiRead, SaysWhatAFileThatIsNotXmlLooksLike) {
    struct Case {
        std::string head;
        const char* says;
    };
    using namespace std::string_literals;
    const Case cases[] = {
        {"\x1F\x8B\x08\x00\x00\x00"s, "case.xml:1:1: a gzip-compressed file, not XML: decompress it first (gunzip)"},
        {"PK\x03\x04\x14\x00"s, "case.xml:1:1: a ZIP archive, not XML"},
        {"\xFF\xFE<\0?\0x\0m\0l\0"s, "case.xml:1:1: UTF-16 text; IATI files are read as UTF-8 only"},
        {"\xFE\xFF\0<\0?\0x\0m\0l"s, "case.xml:1:1: UTF-16 text"},
        {"<\0?\0x\0m\0l\0"s, "case.xml:1:1: UTF-16 text"},  // no byte order mark
        {"\xFF\xFE\0\0<\0\0\0"s, "case.xml:1:1: UTF-32 text"},
        {"\n  {\"schema\": \"paradiplomacy.portfolio/1\"}"s, "case.xml:1:1: JSON, not XML (it starts with '{')"},
        {"\xEF\xBB\xBF[1, 2]"s, "case.xml:1:1: JSON, not XML (it starts with '[')"},
        {"id,title\n1,x\n"s, "case.xml:1:1: not XML: it starts with \"id,title"},
    };
    for (const Case& c : cases) {
        try {
            (void)iati::parse(c.head, "case.xml");
            ADD_FAILURE() << c.says << ": no error";
        } catch (const pd::FileError& e) {
            EXPECT_TRUE(std::string(e.what()).starts_with(c.says)) << e.what();
        }
    }
    // From a file too, and a UTF-8 byte order mark is fine.
    const auto dir = std::filesystem::temp_directory_path() / "pd-iati-sniff";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "a.xml.gz", std::ios::binary) << "\x1F\x8B\x08\x00";
    EXPECT_THROW(
        {
            try {
                (void)iati::read(dir / "a.xml.gz");
            } catch (const pd::FileError& e) {
                EXPECT_NE(std::string(e.what()).find("a.xml.gz:1:1: a gzip-compressed file"), std::string::npos)
                    << e.what();
                throw;
            }
        },
        pd::FileError);
    std::filesystem::remove_all(dir);
    EXPECT_EQ(iati::parse("\xEF\xBB\xBF" + doc("")).activities_imported, 1u);
}

TEST(IatiRead, ATextBeyondLibxml2sLimitIsRefused) {
    // libxml2 hands a long text over in pieces; the reader holds what it keeps to
    // libxml2's limit for one text (XML_MAX_TEXT_LENGTH, 10,000,000 bytes).
    const std::string title(12 * 1024 * 1024, 'x');
    std::string xml = doc("");
    xml.replace(xml.find("<narrative>T</narrative>"), 24, "<narrative>" + title + "</narrative>");
    try {
        (void)iati::parse(xml, "big.xml");
        ADD_FAILURE() << "a 12 MiB title was imported";
    } catch (const pd::FileError& e) {
        EXPECT_NE(std::string(e.what()).find("big.xml:5: a text of more than 10000000 bytes"), std::string::npos)
            << e.what();
    }
    // A long title under the limit is read.
    xml = doc("");
    xml.replace(xml.find("<narrative>T</narrative>"), 24,
                "<narrative>" + std::string(1024 * 1024, 'y') + "</narrative>");
    EXPECT_EQ(iati::parse(xml).activities_imported, 1u);
}

TEST(IatiRead, AnIdentifierThatCannotBeARecordIdIsKeptUnderAStandInKey) {
    std::string text = doc(R"(<recipient-country code="KH"/>
<transaction><transaction-type code="3"/><transaction-date iso-date="2020-05-01"/><value>1000</value></transaction>)");
    text.replace(text.find("XX-1-T"), 6, "XX-1;T");
    const auto in = iati::parse(text, "semicolon.xml");
    ASSERT_EQ(in.activities_imported, 1u);
    const pd::OdaEngagement& e = by_identifier(in, "XX-1_T");
    EXPECT_EQ(in.portfolio.text(e.iati_identifier), "XX-1;T");  // kept as published
    ASSERT_EQ(e.transactions.size(), 1u);
    const auto notices = with_rule(in, "iati.activity.identifier");
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_NE(notices[0].message.find("under the record key \"XX-1_T\""), std::string::npos) << notices[0].message;
    // The stand-in key saves and loads; the identifier survives the JSON round trip.
    EXPECT_EQ(pd::parse_portfolio_json(pd::to_portfolio_json(in.portfolio)), in.portfolio);
    // A second activity of the same identifier is still a duplicate.
    const auto twice = iati::parse(R"(<iati-activities version="2.03">
<iati-activity><iati-identifier>XX-1;D</iati-identifier></iati-activity>
<iati-activity><iati-identifier>XX-1;D</iati-identifier></iati-activity>
</iati-activities>)");
    EXPECT_EQ(twice.activities_imported, 1u);
    EXPECT_EQ(with_rule(twice, "iati.activity.duplicate").size(), 1u);
}

TEST(IatiRead, PublishedCodesAPortfolioCannotKeepAreLeftOutWithAWarning) {
    const auto in = iati::parse(doc(R"(<recipient-country code="KH"/>
<other-identifier ref="XM-OLD;2" type="B1"/><other-identifier ref="XM-OLD" type="B1"/>
<sector vocabulary="99" code="a;b"/><sector vocabulary="99" code="ok"/>)"),
                                "codes.xml");
    ASSERT_EQ(in.activities_imported, 1u);
    const pd::OdaEngagement& e = by_identifier(in, "XX-1-T");
    ASSERT_EQ(e.other_identifiers.size(), 1u);
    EXPECT_EQ(in.portfolio.text(e.other_identifiers[0].ref), "XM-OLD");
    ASSERT_EQ(e.other_sectors.size(), 1u);
    EXPECT_EQ(in.portfolio.text(e.other_sectors[0].code), "ok");
    ASSERT_EQ(with_rule(in, "iati.format.other-identifier").size(), 1u);
    EXPECT_NE(with_rule(in, "iati.format.other-identifier")[0].message.find("\"XM-OLD;2\""), std::string::npos);
    ASSERT_EQ(with_rule(in, "iati.format.sector").size(), 1u);
    EXPECT_NE(with_rule(in, "iati.format.sector")[0].message.find("code \"a;b\""), std::string::npos);
    // What was kept reads back from JSON.
    EXPECT_EQ(pd::parse_portfolio_json(pd::to_portfolio_json(in.portfolio)), in.portfolio);
}
