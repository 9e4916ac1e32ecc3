// SPDX-License-Identifier: Apache-2.0
// Import -> export -> import (iati/read.hpp, iati/write.hpp): every field the import maps
// comes back the same. Text is compared by content, since each import has its own
// text pool. The IatiSchemaSample.RoundTrip* cases write the exports of the real files
// for ctest's xmllint check (tests/iati/schema_check.cmake).

#include "write_fixtures.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/iati/write.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;

namespace {

const std::filesystem::path shared_iati = std::filesystem::path(PARADIPLOMACY_SHARED_DIR) / "iati";

iati::WriteOptions options() {
    iati::WriteOptions o;
    o.reporting_org_ref = "XM-EXAMPLE-GG";  // made up; see write_test.cpp
    o.generated_datetime = "2026-11-27T00:00:00Z";
    return o;
}

std::string notices_of(const iati::Import& import) {
    std::string all;
    for (const iati::Notice& n : import.notices) all += iati::to_string(n) + "\n";
    return all;
}

/// Compares every field the import maps. Transaction counts are compared only when
/// asked: the export writes one transaction per total, so a total of several comes
/// back as a total of one.
void expect_same(const pd::Portfolio& pa, const pd::OdaEngagement& a, const pd::Portfolio& pb,
                 const pd::OdaEngagement& b, bool counts) {
    const auto text_a = [&](pd::TextId id) { return std::string(pa.text(id)); };
    const auto text_b = [&](pd::TextId id) { return std::string(pb.text(id)); };
    const std::string where = "activity " + text_a(a.iati_identifier);
    EXPECT_EQ(text_a(a.iati_identifier), text_b(b.iati_identifier)) << where;
    EXPECT_EQ(text_a(a.title), text_b(b.title)) << where;
    EXPECT_EQ(a.recipient, b.recipient) << where;
    EXPECT_EQ(a.recipient_countries, b.recipient_countries) << where;
    EXPECT_EQ(a.recipient_regions, b.recipient_regions) << where;
    EXPECT_EQ(a.sectors, b.sectors) << where;
    ASSERT_EQ(a.other_sectors.size(), b.other_sectors.size()) << where;
    for (std::size_t i = 0; i < a.other_sectors.size(); ++i) {
        EXPECT_EQ(text_a(a.other_sectors[i].vocabulary), text_b(b.other_sectors[i].vocabulary))
            << where << " sector " << i;
        EXPECT_EQ(text_a(a.other_sectors[i].code), text_b(b.other_sectors[i].code)) << where << " sector " << i;
        EXPECT_EQ(a.other_sectors[i].percentage, b.other_sectors[i].percentage) << where << " sector " << i;
    }
    ASSERT_EQ(a.other_identifiers.size(), b.other_identifiers.size()) << where;
    for (std::size_t i = 0; i < a.other_identifiers.size(); ++i) {
        EXPECT_EQ(text_a(a.other_identifiers[i].ref), text_b(b.other_identifiers[i].ref))
            << where << " identifier " << i;
        EXPECT_EQ(a.other_identifiers[i].type, b.other_identifiers[i].type) << where << " identifier " << i;
    }
    EXPECT_EQ(a.budgets, b.budgets) << where;
    EXPECT_EQ(a.default_currency, b.default_currency) << where;
    EXPECT_EQ(a.planned_start, b.planned_start) << where;
    EXPECT_EQ(a.actual_start, b.actual_start) << where;
    EXPECT_EQ(a.planned_end, b.planned_end) << where;
    EXPECT_EQ(a.actual_end, b.actual_end) << where;
    EXPECT_EQ(a.status, b.status) << where;
    ASSERT_EQ(a.transactions.size(), b.transactions.size()) << where;
    for (std::size_t i = 0; i < a.transactions.size(); ++i) {
        const pd::TransactionTotal& x = a.transactions[i];
        const pd::TransactionTotal& y = b.transactions[i];
        EXPECT_EQ(x.year, y.year) << where << " transaction " << i;
        EXPECT_EQ(x.type, y.type) << where << " transaction " << i;
        EXPECT_EQ(x.amount, y.amount) << where << " transaction " << i;
        if (counts) {
            EXPECT_EQ(x.count, y.count) << where << " transaction " << i;
        }
    }
    ASSERT_EQ(a.reporting_org.has_value(), b.reporting_org.has_value()) << where;
    if (a.reporting_org) {
        EXPECT_EQ(text_a(a.reporting_org->ref), text_b(b.reporting_org->ref)) << where;
        EXPECT_EQ(text_a(a.reporting_org->name), text_b(b.reporting_org->name)) << where;
        EXPECT_EQ(a.reporting_org->type, b.reporting_org->type) << where;
    }
    // The participating organisations: each involvement's role and activity identifier, and
    // its organisation record's IATI identifier, name and type.
    ASSERT_EQ(a.organisations.size(), b.organisations.size()) << where;
    for (std::size_t i = 0; i < a.organisations.size(); ++i) {
        const pd::Involvement& x = a.organisations[i];
        const pd::Involvement& y = b.organisations[i];
        const pd::Organisation& ox = pa.at(x.organisation);
        const pd::Organisation& oy = pb.at(y.organisation);
        EXPECT_EQ(text_a(ox.iati_ref), text_b(oy.iati_ref)) << where << " organisation " << i;
        EXPECT_EQ(text_a(ox.name_en), text_b(oy.name_en)) << where << " organisation " << i;
        EXPECT_EQ(text_a(ox.name_local), text_b(oy.name_local)) << where << " organisation " << i;
        EXPECT_EQ(ox.iati_type, oy.iati_type) << where << " organisation " << i;
        EXPECT_EQ(x.role, y.role) << where << " organisation " << i;
        EXPECT_EQ(text_a(x.activity_id), text_b(y.activity_id)) << where << " organisation " << i;
    }
    // The link to a partner record is the portfolio's, not IATI's: the import makes one
    // for the recipient country, so when both have one they name the same country.
    if (a.recipient_partner && b.recipient_partner) {
        EXPECT_EQ(pa.partner(*a.recipient_partner).country, pb.partner(*b.recipient_partner).country) << where;
    }
}

/// The results, indicators, periods and documents of a portfolio's engagements by content,
/// one line each, so that two imports (each keyed and interned its own way) compare.
std::vector<std::string> results_of(const pd::Portfolio& p) {
    std::vector<std::string> out;
    const auto t = [&](pd::TextId id) { return "|" + std::string(p.text(id)); };
    const auto d = [](const std::optional<pd::PartialDate>& date) { return "|" + (date ? date->to_string() : ""); };
    for (const pd::Result& r : p.records<pd::Result>()) {
        std::string line = "result" + t(p.at(*r.engagement).iati_identifier) + t(r.key) + t(r.title) +
                           t(r.description) + "|" + std::string(pd::to_string(r.type)) + "|" +
                           std::string(pd::to_string(r.aggregation_status));
        out.push_back(line);
    }
    for (const pd::Indicator& i : p.records<pd::Indicator>())
        out.push_back("indicator" + t(p.at(i.result).key) + t(i.title) + t(i.description) + "|" +
                      std::string(pd::to_string(i.measure)) + (i.descending ? "|descending" : "|ascending") + "|" +
                      std::string(pd::to_string(i.aggregation_status)) + d(i.baseline_date) + t(i.baseline_value) +
                      t(i.baseline_comment));
    for (const pd::IndicatorPeriod& x : p.records<pd::IndicatorPeriod>())
        out.push_back("period" + t(p.at(x.indicator).key) + d(x.start) + d(x.end) + t(x.target) + t(x.target_comment) +
                      t(x.actual) + t(x.actual_comment));
    for (const pd::Document& doc : p.records<pd::Document>()) {
        std::string line = "document" + t(p.at(*doc.engagement).iati_identifier) + t(doc.title) + t(doc.url) +
                           t(doc.format) + t(doc.language) + d(doc.date) + "|" + std::string(pd::to_string(doc.kind));
        for (const pd::TextId c : doc.iati_categories) line += t(c);
        out.push_back(line);
    }
    return out;
}

/// An engagement with every field the import maps, each in the form IATI keeps: dates
/// to the day, budget value dates given, transactions one per year, type and currency
/// in the reader's order and each of one transaction.
pd::Portfolio mapped_fields_portfolio() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e = pd::test::every_field_engagement(p, "XM-EXAMPLE-1-2024-001");
    e.budgets[1] = pd::Budget(pd::Period(pd::PartialDate::parse("2025-01-01"), pd::PartialDate::parse("2025-06-30")),
                              pd::Money(300000.0, pd::CurrencyCode("USD")), pd::PartialDate::parse("2025-01-02"),
                              pd::BudgetType::original, pd::BudgetStatus::indicative);
    e.transactions.push_back(
        {2023, pd::TransactionType::incoming_funds, pd::Money(-17.125, pd::CurrencyCode("JPY")), 1});
    // Sectors of other vocabularies (with and without a percentage) and other identifiers.
    e.other_sectors = {{p.intern("99"), p.intern("EDU-7"), 100.0}, {p.intern("10"), p.intern("3"), std::nullopt}};
    e.other_identifiers = {{p.intern("XM-OLD-2019-4"), pd::OtherIdentifierType::previous_activity},
                           {p.intern("XM-OLD"), pd::OtherIdentifierType::previous_reporting_org}};
    for (pd::TransactionTotal& t : e.transactions) t.count = 1;  // one transaction per total
    std::sort(e.transactions.begin(), e.transactions.end(), [](const auto& x, const auto& y) {
        return std::tuple(x.year, x.type, x.amount.currency().view()) <
               std::tuple(y.year, y.type, y.amount.currency().view());
    });
    (void)p.add(e);
    return p;
}

/// Imports `file`, exports it, re-imports the export and compares every engagement.
void round_trip_file(const std::filesystem::path& file, std::size_t expected_activities) {
    const iati::Import first = iati::read(file);
    ASSERT_EQ(first.portfolio.engagements().size(), expected_activities) << notices_of(first);
    const std::string xml = iati::to_xml(first.portfolio, options());
    const iati::Import second = iati::parse(xml, "export.xml");
    ASSERT_EQ(second.portfolio.engagements().size(), expected_activities) << notices_of(second);
    for (std::size_t i = 0; i < expected_activities; ++i)
        expect_same(first.portfolio, first.portfolio.engagements()[i], second.portfolio,
                    second.portfolio.engagements()[i], false);
    EXPECT_EQ(results_of(second.portfolio), results_of(first.portfolio));
    // Exporting again gives the same document.
    EXPECT_EQ(iati::to_xml(second.portfolio, options()), xml);
}

/// The engagements reported by `reporting_ref` alone, in a portfolio of their own.
pd::Portfolio only_reported_by(const pd::Portfolio& from, std::string_view reporting_ref) {
    pd::Portfolio out(from.home().code);
    const auto copy_text = [&](pd::TextId id) { return out.intern(from.text(id)); };
    const auto copy_org = [&](const pd::OrganisationRef& o) {
        return pd::OrganisationRef{copy_text(o.ref), copy_text(o.name), o.type};
    };
    for (pd::OdaEngagement e : from.engagements()) {
        if (!e.reporting_org || from.text(e.reporting_org->ref) != reporting_ref) continue;
        e.key = copy_text(e.key);
        e.iati_identifier = copy_text(e.iati_identifier);
        e.title = copy_text(e.title);
        e.reporting_org = copy_org(*e.reporting_org);
        for (pd::Involvement& v : e.organisations) {
            const pd::Organisation& o = from.at(v.organisation);
            v.organisation = pd::test::iati_organisation(out, from.text(o.key), from.text(o.iati_ref),
                                                         from.text(o.name_en), o.iati_type);
            pd::Organisation copied = out.at(v.organisation);
            copied.name_local = copy_text(o.name_local);
            out.replace(copied);
            v.activity_id = copy_text(v.activity_id);
        }
        for (pd::OtherSector& s : e.other_sectors) s = {copy_text(s.vocabulary), copy_text(s.code), s.percentage};
        for (pd::OtherIdentifier& o : e.other_identifiers) o.ref = copy_text(o.ref);
        e.recipient_partner.reset();
        e.programs.clear();
        e.provenance = {copy_text(e.provenance.source), copy_text(e.provenance.note), e.provenance.uncertain};
        const pd::EngagementId was = e.id;
        const pd::EngagementId now = out.add(std::move(e));
        // The engagement's results, their indicators and periods come with it.
        for (pd::Result r : from.records<pd::Result>()) {
            if (r.engagement != was) continue;
            const pd::ResultId result_was = r.id;
            r.key = copy_text(r.key);
            r.title = copy_text(r.title);
            r.description = copy_text(r.description);
            r.engagement = now;
            r.provenance = {copy_text(r.provenance.source), copy_text(r.provenance.note), r.provenance.uncertain};
            const pd::ResultId result_now = out.add(std::move(r));
            for (pd::Indicator i : from.records<pd::Indicator>()) {
                if (i.result != result_was) continue;
                const pd::IndicatorId indicator_was = i.id;
                i.key = copy_text(i.key);
                i.result = result_now;
                i.title = copy_text(i.title);
                i.description = copy_text(i.description);
                i.baseline_value = copy_text(i.baseline_value);
                i.baseline_comment = copy_text(i.baseline_comment);
                i.provenance = {copy_text(i.provenance.source), copy_text(i.provenance.note), i.provenance.uncertain};
                const pd::IndicatorId indicator_now = out.add(std::move(i));
                for (pd::IndicatorPeriod x : from.records<pd::IndicatorPeriod>()) {
                    if (x.indicator != indicator_was) continue;
                    x.key = copy_text(x.key);
                    x.indicator = indicator_now;
                    for (pd::TextId* text : {&x.target, &x.target_comment, &x.actual, &x.actual_comment})
                        *text = copy_text(*text);
                    x.provenance = {copy_text(x.provenance.source), copy_text(x.provenance.note),
                                    x.provenance.uncertain};
                    (void)out.add(std::move(x));
                }
            }
        }
    }
    return out;
}

std::optional<std::filesystem::path> sample_out() {
    const char* out = std::getenv("PARADIPLOMACY_IATI_SAMPLE_OUT");
    if (!out || !*out) return std::nullopt;
    return std::filesystem::path(out);
}

}  // namespace

TEST(IatiRoundTrip, EveryMappedField) {
    const pd::Portfolio original = mapped_fields_portfolio();
    const iati::Import back = iati::parse(iati::to_xml(original, options()), "export.xml");
    ASSERT_EQ(back.portfolio.engagements().size(), 1u) << notices_of(back);
    const pd::OdaEngagement& e = back.portfolio.engagements()[0];
    expect_same(original, original.engagements()[0], back.portfolio, e, true);
    EXPECT_EQ(back.portfolio.text(e.key), "XM-EXAMPLE-1-2024-001");
    EXPECT_EQ(back.version, "2.03");
}

TEST(IatiRoundTrip, OfficeRolesAreLeftOutAndSaidSo) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement engagement = pd::test::every_field_engagement(p);
    const pd::OrganisationId gcf = pd::test::iati_organisation(p, "gcf", "", "GyeongGi Cultural Foundation", 0);
    engagement.organisations.push_back(pd::Involvement{gcf, pd::OrganisationRole::host, pd::TextId(0)});
    (void)p.add(engagement);
    const iati::Export out = iati::export_activities(p, options());
    ASSERT_EQ(out.notices.size(), 1u);
    EXPECT_EQ(out.notices[0].rule, "iati.export.role_not_exported");
    EXPECT_EQ(out.notices[0].severity, pd::Severity::info);
    EXPECT_EQ(out.notices[0].activity, "XM-EXAMPLE-1-2024-001");
    EXPECT_NE(out.notices[0].message.find("\"gcf\" as host"), std::string::npos) << out.notices[0].message;
    EXPECT_EQ(out.xml, iati::to_xml(p, options()));
    const iati::Import back = iati::parse(out.xml, "export.xml");
    ASSERT_EQ(back.portfolio.engagements().size(), 1u) << notices_of(back);
    EXPECT_EQ(back.portfolio.engagements()[0].organisations.size(), 4u);  // the host is not there
    EXPECT_FALSE(back.portfolio.find<pd::Organisation>("gcf"));
}

TEST(IatiRoundTrip, ImplementersComeBackAsImplementingParticipants) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    (void)p.add(pd::test::every_field_engagement(p));
    const iati::Import back = iati::parse(iati::to_xml(p, options()), "export.xml");
    ASSERT_EQ(back.portfolio.engagements().size(), 1u) << notices_of(back);
    const pd::OdaEngagement& e = back.portfolio.engagements()[0];
    ASSERT_EQ(e.organisations.size(), 4u);
    EXPECT_EQ(e.organisations[3].role, pd::OrganisationRole::implementing);
    const pd::Organisation& lake = back.portfolio.at(e.organisations[3].organisation);
    EXPECT_EQ(back.portfolio.text(lake.name_en), "Lake Villages Water Users' Association");
    EXPECT_EQ(back.portfolio.text(lake.key), "Lake Villages Water Users' Association");
    EXPECT_EQ(lake.iati_type, 0u);
    // The funder is keyed after its IATI identifier, and its type gives its kind.
    const pd::Organisation& funder = back.portfolio.at(e.organisations[0].organisation);
    EXPECT_EQ(back.portfolio.text(funder.key), "XM-EXAMPLE-1");
    EXPECT_EQ(funder.kind, pd::OrganisationKind::government);
    EXPECT_EQ(back.portfolio.text(e.organisations[1].activity_id), "EPO-77");
    // A month-precision budget period comes back as the days the export wrote.
    EXPECT_EQ(e.budgets[1].period.start(), pd::PartialDate::parse("2025-01-01"));
    EXPECT_EQ(e.budgets[1].period.end(), pd::PartialDate::parse("2025-06-30"));
    EXPECT_EQ(e.budgets[1].value_date, pd::PartialDate::parse("2025-01-01"));
}

TEST(IatiRoundTrip, DportalFoodSecurity) {
    const auto file = shared_iati / "real" / "dportal-foodsecurity.xml";
    if (!std::filesystem::exists(file)) GTEST_SKIP() << "reference data absent: " << file;
    round_trip_file(file, 7);
}

TEST(IatiRoundTrip, KoreanActivities) {
    const auto file = shared_iati / "real" / "dportal-covid-2021.xml";
    if (!std::filesystem::exists(file)) GTEST_SKIP() << "reference data absent: " << file;
    const iati::Import first = iati::read(file);
    const pd::Portfolio korean = only_reported_by(first.portfolio, "KR-GOV-010");
    ASSERT_EQ(korean.engagements().size(), 94u);
    const std::string xml = iati::to_xml(korean, options());
    const iati::Import second = iati::parse(xml, "export.xml");
    ASSERT_EQ(second.portfolio.engagements().size(), 94u) << notices_of(second);
    for (std::size_t i = 0; i < 94; ++i)
        expect_same(korean, korean.engagements()[i], second.portfolio, second.portfolio.engagements()[i], false);
    // The 93 results of the Korean activities (one qualitative indicator each, no periods) come back.
    EXPECT_EQ(korean.records<pd::Result>().size(), 93u);
    EXPECT_EQ(results_of(second.portfolio), results_of(korean));
    EXPECT_EQ(iati::to_xml(second.portfolio, options()), xml);
}

TEST(IatiSchemaSample, RoundTripFoodSecurity) {
    const auto out = sample_out();
    if (!out)
        GTEST_SKIP() << "PARADIPLOMACY_IATI_SAMPLE_OUT not set: run by ctest's iati.schema.roundtrip_foodsecurity";
    const auto file = shared_iati / "real" / "dportal-foodsecurity.xml";
    if (!std::filesystem::exists(file)) GTEST_SKIP() << "reference data absent: " << file;
    iati::write(iati::read(file).portfolio, *out, options());
}

TEST(IatiSchemaSample, RoundTripKorean) {
    const auto out = sample_out();
    if (!out) GTEST_SKIP() << "PARADIPLOMACY_IATI_SAMPLE_OUT not set: run by ctest's iati.schema.roundtrip_korean";
    const auto file = shared_iati / "real" / "dportal-covid-2021.xml";
    if (!std::filesystem::exists(file)) GTEST_SKIP() << "reference data absent: " << file;
    iati::write(only_reported_by(iati::read(file).portfolio, "KR-GOV-010"), *out, options());
}

// docs/iati.md, "Round trip", lists what changes on the way; these are the two that
// touch money: a missing default currency and the count of a total.
TEST(IatiRoundTrip, WhatChangesInTheMoneyIsTheDocumentedList) {
    pd::Portfolio p = mapped_fields_portfolio();
    pd::OdaEngagement one_currency = p.engagements()[0];
    one_currency.default_currency.reset();
    for (pd::Budget& b : one_currency.budgets) b.value = pd::Money(b.value.amount(), pd::CurrencyCode("EUR"));
    for (pd::TransactionTotal& t : one_currency.transactions) {
        t.amount = pd::Money(t.amount.amount(), pd::CurrencyCode("EUR"));
        t.count = 3;
    }
    // The totals were per currency: merging them into EUR would change their number.
    one_currency.transactions.erase(
        std::unique(one_currency.transactions.begin(), one_currency.transactions.end(),
                    [](const auto& x, const auto& y) { return x.year == y.year && x.type == y.type; }),
        one_currency.transactions.end());
    p.replace(one_currency);
    const iati::Import back = iati::parse(iati::to_xml(p, options()), "export.xml");
    ASSERT_EQ(back.portfolio.engagements().size(), 1u) << notices_of(back);
    const pd::OdaEngagement& e = back.portfolio.engagements()[0];

    // 1. An engagement without a default currency whose values share one gains it.
    EXPECT_EQ(e.default_currency, pd::CurrencyCode("EUR"));
    // 2. A total of several transactions comes back as a total of one.
    ASSERT_FALSE(e.transactions.empty());
    for (const pd::TransactionTotal& t : e.transactions) EXPECT_EQ(t.count, 1u);
    // Everything else the import maps is the same.
    pd::OdaEngagement expected = one_currency;
    expected.default_currency = pd::CurrencyCode("EUR");
    for (pd::TransactionTotal& t : expected.transactions) t.count = 1;
    pd::Portfolio expected_portfolio = p;
    expected_portfolio.replace(expected);
    expect_same(expected_portfolio, expected_portfolio.engagements()[0], back.portfolio, e, true);

    // Values in several currencies and no default: none is made up.
    pd::Portfolio mixed = mapped_fields_portfolio();
    pd::OdaEngagement m = mixed.engagements()[0];
    m.default_currency.reset();
    mixed.replace(m);
    const iati::Import mixed_back = iati::parse(iati::to_xml(mixed, options()), "export.xml");
    ASSERT_EQ(mixed_back.portfolio.engagements().size(), 1u) << notices_of(mixed_back);
    EXPECT_FALSE(mixed_back.portfolio.engagements()[0].default_currency);
}
