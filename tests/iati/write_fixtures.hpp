// SPDX-License-Identifier: Apache-2.0
#pragma once
// Portfolios for the IATI export tests: one engagement with every field the export
// maps set to a value that differs from its default.

#include <paradiplomacy/model/portfolio.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace paradiplomacy::test {

/// The organisation record keyed `key`, added with the IATI identifier, name and type
/// given when the portfolio has none.
inline OrganisationId iati_organisation(Portfolio& p, std::string_view key, std::string_view ref, std::string_view name,
                                        std::uint16_t type) {
    if (const auto found = p.find<Organisation>(key)) return *found;
    Organisation o;
    o.key = p.intern(key);
    o.iati_ref = p.intern(ref);
    o.name_en = p.intern(name);
    o.iati_type = type;
    return p.add(o);
}

/// An engagement with every exported field set, reported by a funder other than the
/// office (so its own reporting-org is written), in EUR by default with one USD value.
inline OdaEngagement every_field_engagement(Portfolio& p, std::string_view key = "gg-oda-every-field") {
    OdaEngagement e;
    e.key = p.intern(key);
    e.iati_identifier = p.intern("XM-EXAMPLE-1-2024-001");
    e.title = p.intern("Water & sanitation <phase 2> \"Lake\" 'North'");
    e.recipient = CountryCode("KH");
    e.recipient_countries = {{CountryCode("KH"), 60.0}, {CountryCode("LA"), 25.5}};
    e.recipient_regions = {{798, RegionVocabulary::oecd_dac, 14.5}};
    e.sectors = {{PurposeCode("14030"), 70.0}, {PurposeCode("14031"), 30.0}, {PurposeCode("140"), 100.0}};
    e.budgets.emplace_back(Period(PartialDate::parse("2024-01-01"), PartialDate::parse("2024-12-31")),
                           Money(1250000.5, CurrencyCode("EUR")), PartialDate::parse("2023-11-15"), BudgetType::revised,
                           BudgetStatus::committed);
    e.budgets.emplace_back(Period(PartialDate::parse("2025-01"), PartialDate::parse("2025-06")),
                           Money(300000.0, CurrencyCode("USD")));
    e.transactions = {
        TransactionTotal{2024, TransactionType::outgoing_commitment, Money(1250000.5, CurrencyCode("EUR")), 1},
        TransactionTotal{2024, TransactionType::disbursement, Money(400000.25, CurrencyCode("EUR")), 3},
        TransactionTotal{2025, TransactionType::expenditure, Money(120000.0, CurrencyCode("USD")), 2},
    };
    e.default_currency = CurrencyCode("EUR");
    e.planned_start = PartialDate::parse("2024-01-15");
    e.actual_start = PartialDate::parse("2024-02-01");
    e.planned_end = PartialDate::parse("2026-06-30");
    e.actual_end = PartialDate::parse("2026-05-31");
    e.status = OdaStatus::finalisation;
    e.reporting_org = OrganisationRef{p.intern("XM-EXAMPLE-1"), p.intern("Example Development Agency"), 10};
    e.organisations = {
        Involvement{iati_organisation(p, "XM-EXAMPLE-1", "XM-EXAMPLE-1", "Example Development Agency", 10),
                    OrganisationRole::funding, TextId(0)},
        Involvement{iati_organisation(p, "XM-EXAMPLE-2", "XM-EXAMPLE-2", "Example Province Office", 10),
                    OrganisationRole::extending, p.intern("EPO-77")},
        Involvement{iati_organisation(p, "Mekong Water NGO", "", "Mekong Water NGO", 21),
                    OrganisationRole::implementing, TextId(0)},
        Involvement{iati_organisation(p, "Lake Villages Water Users' Association", "",
                                      "Lake Villages Water Users' Association", 0),
                    OrganisationRole::implementing, TextId(0)},
    };
    e.provenance.note = p.intern("Phase 2 of the lake villages programme: wells & latrines.");
    return e;
}

/// A result of `engagement` with every exported field set: one unit indicator with a
/// baseline of a day and two periods, one descending percentage indicator with a
/// baseline of a year; and a document about it with every exported field.
inline void add_every_result_field(Portfolio& p, EngagementId engagement, std::string_view key) {
    Result r;
    r.key = p.intern(std::string(key) + ":result-1");
    r.title = p.intern("Wells & latrines built");
    r.description = p.intern("Wells dug and latrines built in the lake villages.");
    r.type = ResultType::outcome;
    r.aggregation_status = Aggregation::suitable;
    r.engagement = engagement;
    const ResultId result = p.add(r);
    Indicator wells;
    wells.key = p.intern(std::string(key) + ":result-1:indicator-1");
    wells.result = result;
    wells.title = p.intern("Wells in use");
    wells.description = p.intern("Wells that give water all year");
    wells.measure = IndicatorMeasure::unit;
    wells.aggregation_status = Aggregation::not_suitable;
    wells.baseline_date = PartialDate::parse("2023-12-01");
    wells.baseline_value = p.intern("4");
    wells.baseline_comment = p.intern("Survey of <December> 2023");
    const IndicatorId wells_id = p.add(wells);
    IndicatorPeriod y2024;
    y2024.key = p.intern(std::string(key) + ":result-1:indicator-1:period-1");
    y2024.indicator = wells_id;
    y2024.start = PartialDate::parse("2024-01-01");
    y2024.end = PartialDate::parse("2024-12-31");
    y2024.target = p.intern("20");
    y2024.target_comment = p.intern("As planned");
    y2024.actual = p.intern("18.5");
    y2024.actual_comment = p.intern("Two wells half done");
    (void)p.add(y2024);
    IndicatorPeriod y2025;
    y2025.key = p.intern(std::string(key) + ":result-1:indicator-1:period-2");
    y2025.indicator = wells_id;
    y2025.start = PartialDate::parse("2025-01-01");
    y2025.end = PartialDate::parse("2025-06-30");
    y2025.target = p.intern("30");
    (void)p.add(y2025);
    Indicator sick;
    sick.key = p.intern(std::string(key) + ":result-1:indicator-2");
    sick.result = result;
    sick.title = p.intern("Children with diarrhoea");
    sick.measure = IndicatorMeasure::percentage;
    sick.descending = true;
    sick.baseline_date = PartialDate::of_year(2023);
    sick.baseline_value = p.intern("35");
    (void)p.add(sick);
    Document d;
    d.key = p.intern(std::string(key) + ":document-1");
    d.title = p.intern("Mid-term review");
    d.kind = DocumentKind::report;
    d.language = p.intern("km");
    d.date = PartialDate::parse("2025-03-15");
    d.url = p.intern("https://example.org/reviews/lake-villages.pdf?v=2");
    d.format = p.intern("application/pdf");
    d.iati_categories = {p.intern("A07"), p.intern("A08")};
    d.engagement = engagement;
    (void)p.add(d);
}

/// A portfolio of KR-41 with only the engagement above, its result and a document.
inline Portfolio every_field_portfolio() {
    Portfolio p(SubdivisionCode("KR-41"), "Gyeonggi-do");
    const EngagementId e = p.add(every_field_engagement(p));
    add_every_result_field(p, e, "gg-oda-every-field");
    return p;
}

}  // namespace paradiplomacy::test
