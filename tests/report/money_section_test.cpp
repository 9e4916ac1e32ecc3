// SPDX-License-Identifier: Apache-2.0
// The report's "Money by year" section: per year planned and spent, one total per
// currency, and each envelope with what is planned and spent under it, sub-envelopes
// under their parent.
#include "support/money_fixture.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>

#include <gtest/gtest.h>

#include <string>

namespace pd = paradiplomacy;
namespace rp = paradiplomacy::report;

namespace {

/// The text of the section titled `title`, up to the next heading.
std::string money_section(const pd::Portfolio& p) {
    rp::ReportOptions options;
    options.today = pd::Day(2025, 6, 1);
    options.include_validation = false;
    const std::string report = rp::render_report(p, options);
    const std::string title = "Money by year\n=============\n";
    const auto at = report.find(title);
    if (at == std::string::npos) return {};
    const auto start = at + title.size();
    const auto next = report.find("\n\n", start);
    return report.substr(start, next == std::string::npos ? std::string::npos : next - start + 1);
}

TEST(MoneySection, SaysWhenThereIsNoMoney) {
    const pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    EXPECT_EQ(money_section(p), "  (no money line or envelope)\n");
}

TEST(MoneySection, TotalsPerYearAndCurrencyThenTheEnvelopesUnderTheirParent) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Partner mn;
    mn.key = p.intern("mn");
    mn.country = pd::CountryCode("MN");
    pd::ExchangeProgram t;
    t.key = p.intern("training");
    t.partners = {p.add(mn)};
    const pd::ProgramId training = p.add(t);
    const pd::test::Envelopes2015 env(p);
    pd::MoneyLine a = pd::test::money_line(p, "a", pd::MoneyStage::planned, 2015, 90'000'000.0, "KRW");
    a.program = training;
    a.envelope = env.trainings;
    (void)p.add(a);
    pd::MoneyLine b = pd::test::money_line(p, "b", pd::MoneyStage::actual, 2015, 95'000'000.0, "KRW");
    b.program = training;
    b.envelope = env.trainings;
    (void)p.add(b);
    pd::MoneyLine c = pd::test::money_line(p, "c", pd::MoneyStage::actual, 2015, 1'500.25, "USD");
    c.program = training;
    c.envelope = env.trainings;
    (void)p.add(c);
    pd::MoneyLine d = pd::test::money_line(p, "d", pd::MoneyStage::actual, 2015, 7.0, std::nullopt);
    d.program = training;
    (void)p.add(d);
    EXPECT_EQ(money_section(p),
              "  2015 planned: 90000000 KRW (1 line)\n"
              "  2015 spent: 95000000 KRW (1 line); 1500.25 USD (1 line)\n"
              "  1 line without a currency, not counted\n"
              "  Envelopes:\n"
              "    2015 ODA (oda-2015): 900000000 KRW; planned 90000000, spent 95000000, 805000000 left; of which "
              "290000000 in sub-envelopes; 1 line in another currency or none not counted\n"
              "      2015 Smart Class (smart-class-2015): 200000000 KRW; planned 0, spent 0, 200000000 left\n"
              "      2015 Trainings (trainings-2015): 90000000 KRW; planned 90000000, spent 95000000, -5000000 left; "
              "1 line in another currency or none not counted\n");
}

}  // namespace
