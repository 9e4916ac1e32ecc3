// SPDX-License-Identifier: Apache-2.0
#include "query_fixtures.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/query/exchanges.hpp>
#include <paradiplomacy/query/municipal_services.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace pd = paradiplomacy;
using pd::ProgramKind;
using pd::testing::date;

namespace {

struct Services : ::testing::Test {
    pd::testing::Fixture f;
    pd::MunicipalityId suwon = f.municipality("suwon");
    pd::MunicipalityId yongin = f.municipality("yongin");
    pd::MunicipalityId paju = f.municipality("paju");
    pd::PartnerId aichi = f.region("jp-23", "JP-23");

    pd::ProgramId service(ProgramKind kind, std::optional<std::string> start, std::vector<pd::MunicipalityId> served,
                          std::optional<std::uint32_t> headcount = std::nullopt) {
        pd::ExchangeProgram p;
        p.kind = kind;
        p.start = start ? std::optional(date(*start)) : std::nullopt;
        p.municipalities.assign(served.begin(), served.end());
        p.headcount = headcount;
        return f.add(p);
    }
};

TEST_F(Services, CountsEachProgramUnderEveryMunicipalityItServesByKindAndYear) {
    service(ProgramKind::staff_training, "2017-09-26", {suwon, yongin, paju}, 60);
    service(ProgramKind::staff_training, "2017-03", {suwon}, std::nullopt);
    service(ProgramKind::publication, std::nullopt, {yongin, yongin});  // named twice: once
    service(ProgramKind::consulting, "2016", {paju}, 3);

    const auto rows = pd::services_to_municipalities(f.portfolio);
    ASSERT_EQ(rows.size(), 5U);
    // Municipalities in record order, then kind, then year (undated first).
    EXPECT_EQ(rows[0].municipality, suwon);
    EXPECT_EQ(rows[0].kind, ProgramKind::staff_training);
    EXPECT_EQ(rows[0].year, 2017);
    EXPECT_EQ(rows[0].tally, (pd::ExchangeTally{2, 60, 1}));
    EXPECT_EQ(rows[1].municipality, yongin);
    EXPECT_EQ(rows[1].kind, ProgramKind::staff_training);
    EXPECT_EQ(rows[2].municipality, yongin);
    EXPECT_EQ(rows[2].kind, ProgramKind::publication);
    EXPECT_EQ(rows[2].year, std::nullopt);
    EXPECT_EQ(rows[2].tally, (pd::ExchangeTally{1, 0, 1}));
    EXPECT_EQ(rows[3].municipality, paju);
    EXPECT_EQ(rows[3].kind, ProgramKind::consulting);
    EXPECT_EQ(rows[3].year, 2016);
    EXPECT_EQ(rows[3].tally, (pd::ExchangeTally{1, 3, 0}));
    EXPECT_EQ(rows[4].municipality, paju);
    EXPECT_EQ(rows[4].kind, ProgramKind::staff_training);

    pd::ServiceFilter filter;
    filter.municipality = paju;
    EXPECT_EQ(pd::services_to_municipalities(f.portfolio, filter).size(), 2U);
    filter = {};
    filter.kind = ProgramKind::staff_training;
    filter.year = 2017;
    EXPECT_EQ(pd::services_to_municipalities(f.portfolio, filter).size(), 3U);
    filter.year = 2015;
    EXPECT_TRUE(pd::services_to_municipalities(f.portfolio, filter).empty());

    const auto kinds = pd::services_by_kind(f.portfolio);
    ASSERT_EQ(kinds.size(), 3U);
    EXPECT_EQ(kinds[0], (pd::ServiceKindSummary{ProgramKind::consulting, 1, 1}));
    EXPECT_EQ(kinds[1], (pd::ServiceKindSummary{ProgramKind::staff_training, 2, 3}));
    EXPECT_EQ(kinds[2], (pd::ServiceKindSummary{ProgramKind::publication, 1, 1}));
}

TEST_F(Services, AServiceIsNotAnExchangeButAProgramWithPartnersAndMunicipalitiesIsBoth) {
    const auto only_service = service(ProgramKind::translation, "2017", {suwon});
    pd::ExchangeProgram joint;  // a youth exchange with Aichi that Suwon's pupils join
    joint.kind = ProgramKind::youth_exchange;
    joint.start = date("2017-08");
    joint.partners = {aichi};
    joint.municipalities = {suwon};
    joint.headcount = 20;
    f.add(joint);

    EXPECT_TRUE(pd::is_municipal_service(f.portfolio.program(only_service)));
    const auto exchanges = pd::exchanges_by_partner(f.portfolio);
    ASSERT_EQ(exchanges.size(), 1U);
    EXPECT_EQ(exchanges[0].partner, aichi);
    EXPECT_EQ(pd::exchange_totals(f.portfolio), (pd::ExchangeTally{1, 20, 0}));
    const auto rows = pd::services_to_municipalities(f.portfolio);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].kind, ProgramKind::youth_exchange);
    EXPECT_EQ(rows[1].kind, ProgramKind::translation);
}

TEST_F(Services, AProgramNamingNeitherPartnerNorMunicipalityIsRefused) {
    pd::ExchangeProgram none;
    none.key = f.portfolio.intern("nothing");
    try {
        f.portfolio.add(none);
        FAIL() << "a program with no counterpart was added";
    } catch (const pd::InvalidValue& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("\"nothing\""), std::string::npos) << message;
        EXPECT_NE(message.find("no partner and no municipality"), std::string::npos) << message;
    }
    EXPECT_TRUE(f.portfolio.programs().empty());
}

TEST_F(Services, AMissingMunicipalityIsSkippedByTheQueriesAndReportedByValidation) {
    service(ProgramKind::consulting, "2017", {suwon, pd::MunicipalityId(42)});
    const auto rows = pd::services_to_municipalities(f.portfolio);
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].municipality, suwon);
    const auto findings = pd::validate(f.portfolio).by_rule("ref.program.municipality");
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].field, "municipalities[1]");
    EXPECT_NE(findings[0].message.find("municipality"), std::string::npos) << findings[0].message;
}

}  // namespace
