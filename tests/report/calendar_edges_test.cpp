// SPDX-License-Identifier: Apache-2.0
// A portfolio whose records sit on the calendar's first and last days (1400-01-01,
// 9999-12-31) is a valid input to every query, to validation and to the report, asked
// about any day of the calendar with any window: date arithmetic stays on the calendar.

#include "../../fuzz/fuzz_exercise.hpp"
#include "../validation/fixtures.hpp"

#include <paradiplomacy/query/dormant_ties.hpp>
#include <paradiplomacy/query/expiring.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <limits>
#include <string>

namespace paradiplomacy::test {
namespace {

/// The clean portfolio with records on both ends of the calendar.
struct Edges : Clean {
    Edges() {
        Agreement first = agreement("gg-kanagawa-1400", kanagawa, AgreementKind::sister, "1400-01-01");
        first.terminated_on = date("1400-01-01");
        p.add(first);
        Agreement last = agreement("gg-kanagawa-9999", kanagawa, AgreementKind::sister, "9999-12-31");
        last.validity = Period(date("9999-12-31"), date("9999-12-31"));
        p.add(last);
        // Superseded on the first day: no day of it precedes its successor.
        const AgreementId upgraded = p.add(agreement("gg-liaoning-1400", liaoning, AgreementKind::friendship, "1400"));
        Agreement successor = agreement("gg-liaoning-1400-sister", liaoning, AgreementKind::sister, "1400-01-01");
        successor.supersedes = upgraded;
        p.add(successor);

        ExchangeProgram late;
        late.key = p.intern("youth-9999");
        late.kind = ProgramKind::youth_exchange;
        late.start = date("9999-12-31");
        late.partners = {kanagawa};
        p.add(late);

        OdaEngagement e = get(smart_class);
        e.budgets.push_back(Budget{Period(date("9999-01-01"), date("9999-12-31")), Money(1.0, CurrencyCode("KRW"))});
        e.budgets.push_back(Budget{Period(date("1400-01-01"), date("1400-12-31")), Money(1.0, CurrencyCode("KRW"))});
        e.planned_end = date("9999-12-31");
        p.replace(e);
    }
};

const Day first_day(1400, 1, 1);
const Day last_day(9999, 12, 31);

TEST(CalendarEdges, ValidationOnEveryDayAnswersWithoutThrowing) {
    const Edges edges;
    for (const Day today : {first_day, Day(2025, 6, 30), last_day}) {
        ValidationOptions o;
        o.today = today;
        ValidationReport report;
        ASSERT_NO_THROW(report = validate(edges.p, o)) << PartialDate::of(today).to_string();
        for (const Finding& f : report.findings())
            EXPECT_NE(f.rule, "oda.budget.too_long") << to_string(f);  // each edge budget is one year
    }
}

TEST(CalendarEdges, TheReportOnTheLastDayEndsItsWindowThere) {
    const Edges edges;
    report::ReportOptions o;
    o.today = last_day;
    std::string text;
    ASSERT_NO_THROW(text = report::render_report(edges.p, o));
    EXPECT_NE(text.find("Agreements expiring from 9999-12-31 to 9999-12-31 (the calendar's last day)"),
              std::string::npos)
        << text;
    // The agreement valid to the last day expires in that window.
    EXPECT_NE(text.find("ends 9999-12-31"), std::string::npos) << text;
}

TEST(CalendarEdges, TheReportTakesAnyWindowOnAnyDay) {
    const Edges edges;
    for (const Day on : {first_day, Day(2017, 12, 31), last_day}) {
        for (const int months : {0, 12, 1'000'000, std::numeric_limits<int>::max()}) {
            report::ReportOptions o;
            o.today = on == first_day ? last_day : first_day;
            o.on = on;
            o.expiring_months = months;
            o.dormant_years = months;
            EXPECT_NO_THROW((void)report::render_report(edges.p, o))
                << PartialDate::of(on).to_string() << " " << months;
        }
    }
    report::ReportOptions o;
    o.today = Day(2017, 12, 31);
    o.expiring_months = 1'000'000;
    const std::string text = report::render_report(edges.p, o);
    EXPECT_NE(text.find("Agreements expiring from 2017-12-31 to 9999-12-31 (the calendar's last day)"),
              std::string::npos);
}

TEST(CalendarEdges, DormantTiesLookBackNoFurtherThanTheFirstDay) {
    const Edges edges;
    TieFilter all;
    all.scope = SignatoryScope::all;
    EXPECT_NO_THROW((void)dormant_ties(edges.p, first_day, 3, all));
    EXPECT_NO_THROW((void)dormant_ties(edges.p, last_day, std::numeric_limits<int>::max(), all));
    // Looking back from the last day over all of time, the program on it is contact.
    const DormantTies d = dormant_ties(edges.p, last_day, std::numeric_limits<int>::max(), all);
    for (const DormantTie& t : d.certain) EXPECT_NE(t.tie.tie.partner, edges.kanagawa);
}

TEST(CalendarEdges, ExpiringWithinTheWholeCalendar) {
    const Edges edges;
    const Expiring e = expiring_within(edges.p, first_day, last_day);
    bool found = false;
    for (const ExpiringAgreement& a : e.certain) found = found || a.ends == date("9999-12-31");
    EXPECT_TRUE(found);
}

TEST(CalendarEdges, EveryQueryTheFuzzTargetsAskAnswers) {
    // The fuzz targets' own exercise: every query, validation and the report at the
    // calendar's ends with extreme windows, and the JSON round trip.
    const Edges edges;
    EXPECT_NO_THROW(fuzz::exercise(edges.p));
}

}  // namespace
}  // namespace paradiplomacy::test
