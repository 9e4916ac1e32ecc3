// SPDX-License-Identifier: Apache-2.0
// The rules of IATI's standard ruleset (rulesets/standard.json) as written: for each
// rule the library implements, an activity that meets it in each way the ruleset allows
// gets no finding of it from the import, and one that breaks it gets one.
#include <paradiplomacy/iati/read.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;

namespace {

struct Parts {
    std::string identifier = "XM-EXAMPLE-1";
    std::string other_identifier;
    std::string participant =
        R"(<participating-org role="1" ref="XM-EXAMPLE"><narrative>Example</narrative></participating-org>)";
    std::string dates = R"(<activity-date type="2" iso-date="2020-01-01"/>)";
    std::string sectors = R"(<sector vocabulary="1" code="11110"/>)";
    std::string transaction_sector;
    std::string transaction_date = "2020-06-01";
};

std::string activity(const Parts& p) {
    return R"(<iati-activities version="2.03"><iati-activity default-currency="USD">
<iati-identifier>)" +
           p.identifier +
           R"(</iati-identifier>
<reporting-org ref="XM-EXAMPLE" type="10"><narrative>Example</narrative></reporting-org>
<title><narrative>Example</narrative></title>
)" + p.other_identifier +
           p.participant + R"(<activity-status code="2"/>)" + p.dates + R"(<recipient-country code="KE"/>)" +
           p.sectors + R"(<transaction><transaction-type code="3"/><transaction-date iso-date=")" + p.transaction_date +
           R"("/><value value-date="2020-06-01">1000</value>)" + p.transaction_sector +
           "</transaction>\n</iati-activity></iati-activities>";
}

std::size_t findings(const Parts& p, std::string_view rule) {
    const auto in = iati::parse(activity(p), "rule.xml");
    EXPECT_EQ(in.activities_imported, 1u);
    return static_cast<std::size_t>(
        std::count_if(in.notices.begin(), in.notices.end(), [&](const iati::Notice& n) { return n.rule == rule; }));
}

}  // namespace

TEST(IatiStandardRules, TheBaseActivityBreaksNone) {
    const auto in = iati::parse(activity({}), "rule.xml");
    for (const auto& n : in.notices) EXPECT_NE(n.severity, pd::Severity::error) << iati::to_string(n);
    EXPECT_TRUE(in.imported_whole());
}

// 6.2.2 atleast_one of sector, transaction/sector.
TEST(IatiStandardRules, Rule6_2_2_SectorInAnyVocabularyOrOnATransaction) {
    Parts dac5, dac3, own, on_transaction, none;
    dac3.sectors = R"(<sector vocabulary="2" code="111"/>)";
    own.sectors = R"(<sector vocabulary="99" vocabulary-uri="https://example.org/s" code="EDU"/>)";
    on_transaction.sectors.clear();
    on_transaction.transaction_sector = R"(<sector vocabulary="1" code="11110"/>)";
    none.sectors.clear();
    EXPECT_EQ(findings(dac5, "iati.sectors.missing"), 0u);
    EXPECT_EQ(findings(dac3, "iati.sectors.missing"), 0u);
    EXPECT_EQ(findings(own, "iati.sectors.missing"), 0u);
    EXPECT_EQ(findings(on_transaction, "iati.sectors.missing"), 0u);
    EXPECT_EQ(findings(none, "iati.sectors.missing"), 1u);
}

// 6.11.1 atleast_one of activity-date[@type='1' or @type='2'].
TEST(IatiStandardRules, Rule6_11_1_PlannedOrActualStart) {
    Parts planned, actual, end_only;
    planned.dates = R"(<activity-date type="1" iso-date="2020-01-01"/>)";
    end_only.dates = R"(<activity-date type="3" iso-date="2020-01-01"/>)";
    EXPECT_EQ(findings(planned, "iati.dates.no_start"), 0u);
    EXPECT_EQ(findings(actual, "iati.dates.no_start"), 0u);
    EXPECT_EQ(findings(end_only, "iati.dates.no_start"), 1u);
}

// 1.1.21 startswith reporting-org/@ref or other-identifier[@type='B1']/@ref, separator "-".
TEST(IatiStandardRules, Rule1_1_21_PrefixOfTheReportingOrgOrOfAPreviousIdentifier) {
    Parts reporting, previous, neither;
    previous.identifier = "XM-OLD-1";
    previous.other_identifier = R"(<other-identifier ref="XM-OLD" type="B1"/>)";
    neither.identifier = "XM-OLD-1";
    EXPECT_EQ(findings(reporting, "iati.identifier.prefix"), 0u);
    EXPECT_EQ(findings(previous, "iati.identifier.prefix"), 0u);
    EXPECT_EQ(findings(neither, "iati.identifier.prefix"), 1u);
}

// 1.1.3 unique reporting-org/@ref, iati-identifier.
TEST(IatiStandardRules, Rule1_1_3_IdentifierIsNotTheOrganisation) {
    Parts distinct, same;
    same.identifier = "XM-EXAMPLE";
    EXPECT_EQ(findings(distinct, "iati.identifier.is_org"), 0u);
    EXPECT_EQ(findings(same, "iati.identifier.is_org"), 1u);
}

// 1.3.1 no_spaces, 1.3.13 regex ^[^\/\&\|\?]+$ on iati-identifier.
TEST(IatiStandardRules, Rules1_3_1And1_3_13_IdentifierCharacters) {
    Parts plain, symbol;
    symbol.identifier = "XM-EXAMPLE-1/2";
    EXPECT_EQ(findings(plain, "iati.identifier.symbols"), 0u);
    EXPECT_EQ(findings(symbol, "iati.identifier.symbols"), 1u);
}

// 6.10.1 atleast_one of participating-org @ref, narrative.
TEST(IatiStandardRules, Rule6_10_1_ParticipantByRefOrByName) {
    Parts by_ref, by_name, unnamed;
    by_ref.participant = R"(<participating-org role="1" ref="XM-EXAMPLE"/>)";
    by_name.participant = R"(<participating-org role="1"><narrative>Example</narrative></participating-org>)";
    unnamed.participant = R"(<participating-org role="1"/>)";
    EXPECT_EQ(findings(by_ref, "iati.participant.unnamed"), 0u);
    EXPECT_EQ(findings(by_name, "iati.participant.unnamed"), 0u);
    EXPECT_EQ(findings(unnamed, "iati.participant.unnamed"), 1u);
}

// 11.2.1 date_order transaction/transaction-date/@iso-date < NOW.
TEST(IatiStandardRules, Rule11_2_1_TransactionsInThePast) {
    Parts past, future;
    future.transaction_date = "2999-06-01";
    EXPECT_EQ(findings(past, "iati.transaction.in_future"), 0u);
    EXPECT_EQ(findings(future, "iati.transaction.in_future"), 1u);
}
