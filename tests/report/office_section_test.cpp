// SPDX-License-Identifier: Apache-2.0
// The report's "The office" section: teams and staff on the chosen date, certain and
// possible apart, and the goals with their tasks and the work serving each.

#include "support/office_fixture.hpp"

#include <paradiplomacy/report/portfolio_report.hpp>

#include <gtest/gtest.h>

#include <string>

namespace pd = paradiplomacy;
namespace rp = paradiplomacy::report;

namespace {

using pd::test_support::OfficeFixture;

std::string section(const pd::Portfolio& p, const char* on) {
    rp::ReportOptions o;
    o.today = pd::PartialDate::parse("2018-03-01").earliest();
    o.on = pd::PartialDate::parse(on).earliest();
    o.include_validation = false;
    const std::string report = rp::render_report(p, o);
    const std::size_t start = report.find("\nThe office\n");
    if (start == std::string::npos) return {};
    const std::size_t end = report.find("\n\n", start + 1);  // the next section
    return report.substr(start + 1, end == std::string::npos ? std::string::npos : end - start);
}

TEST(OfficeSection, TeamsStaffGoalsAndTasksOnTheChosenDate) {
    OfficeFixture f;
    pd::StaffingFact fact = f.p.at(f.fact_2017);
    fact.team_names = {f.p.intern("Diplomatic Policy Team"), f.p.intern("Cooperation Team"), f.p.intern("ODA Team")};
    f.p.replace(fact);
    EXPECT_EQ(section(f.p, "2018-03-01"),
              "The office\n"
              "==========\n"
              "  Diplomatic Policy Department (외교정책과), formed 2014-10\n"
              "    On 2018-03-01: 3 teams, 20 persons (as of 2017, staffing fact \"gg-dpd-2017\")\n"
              "      Teams: Diplomatic Policy Team; Cooperation Team; ODA Team\n"
              "    Policy goals and tasks (programs and ODA engagements serving each):\n"
              "      1. To set the direction of diplomacy and exchange\n"
              "        1.1. Management and planning of international policy: 1 program, 0 ODA engagements\n"
              "        1.2. Planning of international events: 0 programs, 0 ODA engagements\n"
              "      4. To conduct projects of official development assistance\n"
              "        4.1. Smart Class in Mongolia: 1 program, 1 ODA engagement\n");
}

TEST(OfficeSection, APossibleFactIsListedApartAndAnEarlyDateHasNone) {
    OfficeFixture f;
    const std::string within = section(f.p, "2017-06-01");
    EXPECT_NE(within.find("    On 2017-06-01: no staffing fact dated on or before that day\n"
                          "    Possibly instead (date too coarse to tell): 3 teams, 20 persons (as of 2017, "
                          "staffing fact \"gg-dpd-2017\")\n"),
              std::string::npos)
        << within;
    const std::string before = section(f.p, "2014-01-01");
    EXPECT_NE(before.find("    It did not exist on 2014-01-01.\n"), std::string::npos) << before;
}

TEST(OfficeSection, AbsentWithoutAnOfficeAndSaysWhenNoGoalIsRecorded) {
    pd::Portfolio empty(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    EXPECT_EQ(section(empty, "2018-03-01"), "");
    pd::Portfolio bare(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Office o;
    o.key = bare.intern("gg-dpd");
    (void)bare.add(o);
    EXPECT_EQ(section(bare, "2018-03-01"),
              "The office\n"
              "==========\n"
              "  gg-dpd\n"
              "    On 2018-03-01: no staffing fact dated on or before that day\n"
              "    Policy goals: none recorded\n");
}

}  // namespace
