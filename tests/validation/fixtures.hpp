// SPDX-License-Identifier: Apache-2.0
#pragma once
// A small portfolio that breaks no rule, and helpers to break one thing at a time.

#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::test {

inline Day day(int y, int m, int d) {
    return Day(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}
inline PartialDate date(std::string_view text) { return PartialDate::parse(text); }

/// "Today" for every test, so that rules about the future give the same answer each run.
inline ValidationOptions options() {
    ValidationOptions o;
    o.today = day(2025, 6, 30);
    return o;
}

/// Gyeonggi-do with Liaoning (friendship upgraded to sister), Kanagawa (sister), and
/// Mongolia (an ODA engagement in 2024 with a linked training).
struct Clean {
    Portfolio p{SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도"};
    MunicipalityId suwon{0};
    PartnerId liaoning{0};
    PartnerId kanagawa{0};
    PartnerId mongolia{0};
    AgreementId liaoning_friendship{0};
    AgreementId liaoning_sister{0};
    AgreementId kanagawa_sister{0};
    ProgramId youth{0};
    ProgramId training{0};
    EngagementId smart_class{0};

    Clean() {
        suwon = p.add(Municipality{MunicipalityId(0), p.intern("suwon"), p.intern("Suwon"), p.intern("수원시")});
        liaoning = p.add(partner("cn-liaoning", PartnerLevel::region, "CN", "CN-LN", "Liaoning"));
        kanagawa = p.add(partner("jp-kanagawa", PartnerLevel::region, "JP", "JP-14", "Kanagawa"));
        mongolia = p.add(partner("mn", PartnerLevel::country, "MN", "", "Mongolia"));

        Agreement f = agreement("gg-liaoning-friendship", liaoning, AgreementKind::friendship, "1993-10-04");
        liaoning_friendship = p.add(f);
        Agreement s = agreement("gg-liaoning-sister", liaoning, AgreementKind::sister, "1994-09-15");
        s.supersedes = liaoning_friendship;
        s.council_approval = CouncilApproval::approved;
        s.council_approved_on = date("1994-07-20");
        liaoning_sister = p.add(s);
        Agreement k = agreement("gg-kanagawa-sister", kanagawa, AgreementKind::sister, "1990-04-20");
        k.council_approval = CouncilApproval::approved;
        kanagawa_sister = p.add(k);

        ExchangeProgram y;
        y.key = p.intern("youth-2018");
        y.title = p.intern("Youth exchange 2018");
        y.kind = ProgramKind::youth_exchange;
        y.start = date("2018-07-01");
        y.end = date("2018-07-10");
        y.headcount = 20;
        y.partners = {kanagawa};
        y.agreement = kanagawa_sister;
        youth = p.add(y);

        ExchangeProgram t;
        t.key = p.intern("mn-training-2024");
        t.kind = ProgramKind::official_training;
        t.direction = Direction::inbound;
        t.start = date("2024-05-01");
        t.end = date("2024-05-09");
        t.headcount = 10;
        t.partners = {mongolia};
        training = p.add(t);

        OdaEngagement e;
        e.key = p.intern("mn-smart-class");
        e.title = p.intern("Korean-language Smart Class");
        e.recipient = CountryCode("MN");
        e.recipient_partner = mongolia;
        e.regions = {RegionShare{SubdivisionCode("MN-1"), 100.0}};
        e.sectors = {SectorShare{PurposeCode("11220"), 60.0}, SectorShare{PurposeCode("11330"), 40.0}};
        e.budgets = {Budget{Period(date("2024-01-01"), date("2024-12-31")), Money(100'000'000.0, CurrencyCode("KRW"))}};
        e.planned_start = date("2024-01-01");
        e.planned_end = date("2025-12-31");
        e.actual_start = date("2024-03-04");
        e.status = OdaStatus::implementation;
        e.programs = {training};
        smart_class = p.add(e);
    }

    Partner partner(std::string_view key, PartnerLevel level, std::string_view country, std::string_view region,
                    std::string_view name) {
        Partner r;
        r.key = p.intern(key);
        r.level = level;
        r.country = CountryCode(country);
        if (!region.empty()) r.region = SubdivisionCode(region);
        r.name_en = p.intern(name);
        return r;
    }
    Agreement agreement(std::string_view key, PartnerId to, AgreementKind kind, std::string_view signed_on) {
        Agreement a;
        a.key = p.intern(key);
        a.partner = to;
        a.kind = kind;
        a.signed_on = date(signed_on);
        if (kind == AgreementKind::sister) a.council_approval = CouncilApproval::approved;
        return a;
    }

    // Copies to edit and put back with p.replace().
    Partner get(PartnerId id) const { return p.partner(id); }
    Agreement get(AgreementId id) const { return p.agreement(id); }
    ExchangeProgram get(ProgramId id) const { return p.program(id); }
    OdaEngagement get(EngagementId id) const { return p.engagement(id); }

    ValidationReport run() const { return validate(p, options()); }
};

/// Every finding of `report` has rule `id`, and there is exactly `count` of them.
inline ::testing::AssertionResult only(const ValidationReport& report, std::string_view id, std::size_t count = 1) {
    std::size_t n = 0;
    for (const Finding& f : report.findings()) {
        if (f.rule != id) return ::testing::AssertionFailure() << "unexpected finding: " << to_string(f);
        ++n;
    }
    if (n != count)
        return ::testing::AssertionFailure() << "expected " << count << " finding(s) of " << id << ", got " << n;
    return ::testing::AssertionSuccess();
}

/// The single finding of `report` (the caller checked there is one).
inline const Finding& single(const ValidationReport& report) { return report.findings().front(); }

}  // namespace paradiplomacy::test
