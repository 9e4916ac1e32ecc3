// SPDX-License-Identifier: Apache-2.0
#pragma once
// Portfolios for the IATI export tests: one engagement with every field the export
// maps set to a value that differs from its default.

#include <paradiplomacy/model/portfolio.hpp>

namespace paradiplomacy::test {

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
    e.implementers = {p.intern("Lake Villages Water Users' Association")};
    e.reporting_org = OrganisationRef{p.intern("XM-EXAMPLE-1"), p.intern("Example Development Agency"), 10};
    e.participants = {
        Participant{OrganisationRef{p.intern("XM-EXAMPLE-1"), p.intern("Example Development Agency"), 10},
                    OrganisationRole::funding, TextId(0)},
        Participant{OrganisationRef{p.intern("XM-EXAMPLE-2"), p.intern("Example Province Office"), 10},
                    OrganisationRole::extending, p.intern("EPO-77")},
        Participant{OrganisationRef{TextId(0), p.intern("Mekong Water NGO"), 21}, OrganisationRole::implementing,
                    TextId(0)},
    };
    e.provenance.note = p.intern("Phase 2 of the lake villages programme: wells & latrines.");
    return e;
}

/// A portfolio of KR-41 with only the engagement above.
inline Portfolio every_field_portfolio() {
    Portfolio p(SubdivisionCode("KR-41"), "Gyeonggi-do");
    (void)p.add(every_field_engagement(p));
    return p;
}

}  // namespace paradiplomacy::test
