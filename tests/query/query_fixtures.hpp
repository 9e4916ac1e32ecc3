// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Small builders for the query tests: a portfolio of a home government and helpers
/// that add partners, agreements and programs with dates written as text.

#include <paradiplomacy/model/portfolio.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace paradiplomacy::testing {

inline PartialDate date(std::string_view text) { return PartialDate::parse(text); }
inline std::optional<PartialDate> maybe_date(std::string_view text) {
    if (text.empty()) return std::nullopt;
    return PartialDate::parse(text);
}
inline Day day(std::string_view text) { return PartialDate::parse(text).earliest(); }

struct Fixture {
    Portfolio portfolio{SubdivisionCode("KR-41"), "Gyeonggi-do"};

    PartnerId region(std::string_view key, std::string_view code, bool priority = false) {
        Partner p;
        p.key = portfolio.intern(key);
        p.level = PartnerLevel::region;
        p.region = SubdivisionCode(code);
        p.country = p.region->country();
        p.name_en = portfolio.intern(key);
        const PartnerId id = portfolio.add(p);
        if (priority) designate(id, DesignationKind::priority, "2000-01-01");
        return id;
    }
    PartnerId country(std::string_view key, std::string_view code, bool priority = false, bool strategic = false) {
        Partner p;
        p.key = portfolio.intern(key);
        p.level = PartnerLevel::country;
        p.country = CountryCode(code);
        const PartnerId id = portfolio.add(p);
        if (priority) designate(id, DesignationKind::priority, "2000-01-01");
        if (strategic) designate(id, DesignationKind::strategic_oda, "2000-01-01");
        return id;
    }
    /// Designates `partner` from `start` ("" for a start the records do not give) until
    /// `end` ("" for still).
    DesignationId designate(PartnerId partner, DesignationKind kind, std::string_view start,
                            std::string_view end = "") {
        Designation d;
        d.key = portfolio.intern(std::string(portfolio.text(portfolio.partner(partner).key)) + "-" +
                                 std::string(to_string(kind)) + "-" +
                                 std::to_string(portfolio.records<Designation>().size()));
        d.partner = partner;
        d.kind = kind;
        d.start = maybe_date(start);
        d.end = maybe_date(end);
        return portfolio.add(d);
    }
    PartnerId city(std::string_view key, std::string_view country_code) {
        Partner p;
        p.key = portfolio.intern(key);
        p.level = PartnerLevel::city;
        p.country = CountryCode(country_code);
        return portfolio.add(p);
    }
    MunicipalityId municipality(std::string_view key) {
        Municipality m;
        m.key = portfolio.intern(key);
        return portfolio.add(m);
    }
    /// An agreement signed on `signed_on` ("" for undated).
    Agreement agreement(PartnerId partner, AgreementKind kind, std::string_view signed_on) {
        Agreement a;
        a.partner = partner;
        a.kind = kind;
        a.signed_on = maybe_date(signed_on);
        return a;
    }
    /// Adds `record`, named "agreement-N", "program-N", "oda-N"... when it has no id
    /// (the portfolio refuses a record without one).
    template <class Record>
    auto add(Record record) {
        if (record.key == TextId(0)) {
            if constexpr (std::is_same_v<Record, Agreement>)
                record.key = next_key("agreement-", portfolio.agreements().size());
            else if constexpr (std::is_same_v<Record, ExchangeProgram>)
                record.key = next_key("program-", portfolio.programs().size());
            else if constexpr (std::is_same_v<Record, OdaEngagement>)
                record.key = next_key("oda-", portfolio.engagements().size());
            else if constexpr (std::is_same_v<Record, Partner>)
                record.key = next_key("partner-", portfolio.partners().size());
            else
                record.key = next_key("municipality-", portfolio.municipalities().size());
        }
        return portfolio.add(std::move(record));
    }
    AgreementId sign(PartnerId partner, AgreementKind kind, std::string_view signed_on) {
        return add(agreement(partner, kind, signed_on));
    }
    ProgramId program(PartnerId partner, std::string_view start, std::string_view end = "",
                      std::optional<std::uint32_t> headcount = std::nullopt, ProgramKind kind = ProgramKind::delegation,
                      Direction direction = Direction::outbound) {
        ExchangeProgram p;
        p.partners = {partner};
        p.start = date(start);
        p.end = maybe_date(end);
        p.headcount = headcount;
        p.kind = kind;
        p.direction = direction;
        p.key = next_key("program-", portfolio.programs().size());
        return portfolio.add(p);
    }
    /// A program the sources do not date: no start (and an end only when given).
    ProgramId undated_program(PartnerId partner, std::string_view end = "",
                              std::optional<std::uint32_t> headcount = std::nullopt,
                              ProgramKind kind = ProgramKind::delegation) {
        ExchangeProgram p;
        p.partners = {partner};
        p.end = maybe_date(end);
        p.headcount = headcount;
        p.kind = kind;
        p.direction = Direction::outbound;
        p.key = next_key("program-", portfolio.programs().size());
        return portfolio.add(p);
    }

private:
    TextId next_key(std::string_view prefix, std::size_t count) {
        return portfolio.intern(std::string(prefix) + std::to_string(count + 1));
    }
};

}  // namespace paradiplomacy::testing
