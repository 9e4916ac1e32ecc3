// SPDX-License-Identifier: Apache-2.0
// Published figures beyond the ties, recomputed from the records: the office's teams and
// staff, its goals and tasks, the interpreter pool, envelopes and ODA over a period.

#include "support/money_fixture.hpp"
#include "support/office_fixture.hpp"

#include <paradiplomacy/report/published_comparison.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pd = paradiplomacy;
namespace rp = paradiplomacy::report;

namespace {

/// The office fixture (3 teams and 20 persons as of 2017, two goals, three tasks, the Smart
/// Class in Mongolia), the 2015 envelopes, a pool and the Smart Class's dates and budgets.
struct Office : ::testing::Test {
    pd::test_support::OfficeFixture f;
    pd::test::Envelopes2015 envelopes{f.p};

    Office() {
        pd::Linguist chinese;
        chinese.key = f.p.intern("pool-zh");
        chinese.count = 12;
        chinese.languages = {f.p.intern("zh")};
        chinese.available_from = pd::PartialDate::of_year(2016);
        f.p.add(chinese);
        pd::Linguist named;
        named.key = f.p.intern("pool-mn-01");
        named.name = f.p.intern("B. Bold");
        named.languages = {f.p.intern("mn")};
        named.available_from = pd::PartialDate::of_year(2017);  // possibly after a day in 2017
        f.p.add(named);

        pd::OdaEngagement smart = f.p.engagement(f.smart_class);
        smart.actual_start = pd::PartialDate::of_month(2014, 12);
        smart.planned_end = pd::PartialDate::of_year(2019);
        smart.budgets = {pd::Budget(pd::Period(pd::PartialDate::of_year(2015), pd::PartialDate::of_year(2015)),
                                    pd::Money(200'000'000, pd::CurrencyCode("KRW"))),
                         pd::Budget(pd::Period(pd::PartialDate::of_year(2018), pd::PartialDate::of_year(2018)),
                                    pd::Money(150'000'000, pd::CurrencyCode("KRW"))),
                         pd::Budget(pd::Period(pd::PartialDate::of_year(2015), pd::PartialDate::of_year(2015)),
                                    pd::Money(10'000, pd::CurrencyCode("USD")))};
        f.p.replace(smart);
        // Undated: possibly running in any period.
        pd::OdaEngagement villages;
        villages.key = f.p.intern("kh-villages");
        villages.title = f.p.intern("Self-reliant villages");
        villages.recipient = pd::CountryCode("KH");
        f.p.add(villages);
        // Ended before 2015: not running then.
        pd::OdaEngagement relief;
        relief.key = f.p.intern("relief-2005");
        relief.title = f.p.intern("Disaster relief");
        relief.recipient = pd::CountryCode("LK");
        relief.actual_start = pd::PartialDate::of_month(2005, 1);
        relief.actual_end = pd::PartialDate::of_month(2005, 6);
        f.p.add(relief);
    }

    std::vector<rp::FigureComparison> compare(const char* figures) const {
        return rp::compare_with_published(
            f.p, rp::parse_published_figures(std::string(R"json({"schema": "paradiplomacy.published-figures/2",
                "sources": {"b": "Bulletin"}, "figures": [)json") +
                                             figures + "]}"));
    }
};

}  // namespace

TEST_F(Office, TeamsStaffGoalsAndTasks) {
    const auto rows = compare(R"json(
        {"label": "teams", "measure": "teams", "value": 3, "source": "b", "as_of": "2017"},
        {"label": "persons", "measure": "staff", "value": 20, "source": "b", "as_of": "2017"},
        {"label": "goals", "measure": "policy_goals", "value": 5, "source": "b", "as_of": "2017"},
        {"label": "tasks", "measure": "policy_tasks", "value": 12, "source": "b", "as_of": "2017"},
        {"label": "staff in 2015", "measure": "staff", "value": 15, "source": "b", "as_of": "2015"})json");
    ASSERT_EQ(rows.size(), 5U);
    EXPECT_EQ(rows[0].describe(), "3 certain vs 3 published: matches");
    EXPECT_EQ(rows[0].explained_by, (std::vector<rp::FigureEvidence>{{"gg-dpd-2017", true}}));
    EXPECT_EQ(rows[1].describe(), "20 certain vs 20 published: matches");
    EXPECT_EQ(rows[2].describe(), "2 certain vs 5 published: 3 not found in the records");
    EXPECT_EQ(rows[2].explained_by[1].name, "To conduct projects of official development assistance");
    EXPECT_EQ(rows[3].describe(), "3 certain vs 12 published: 9 not found in the records");
    // No staffing fact before 2017.
    EXPECT_EQ(rows[4].recorded, (pd::CertainCount{0, 0}));
    EXPECT_TRUE(rows[4].explained_by.empty());
}

TEST_F(Office, ThePoolOnTheDay) {
    const auto rows = compare(R"json(
        {"label": "pool", "measure": "linguists", "value": 152, "source": "b", "as_of": "2017-06-30"},
        {"label": "pool", "measure": "linguists", "value": 152, "source": "b", "as_of": "2015"})json");
    // The Chinese aggregate of 12 certainly; the person available from "2017" possibly.
    EXPECT_EQ(rows[0].recorded, (pd::CertainCount{12, 13}));
    EXPECT_EQ(rows[0].explained_by,
              (std::vector<rp::FigureEvidence>{{"pool-zh (12 people)", true}, {"B. Bold", false}}));
    EXPECT_EQ(rows[0].describe(), "12 certain, 13 possible vs 152 published: 139 to 140 not found in the records");
    EXPECT_EQ(rows[1].recorded, (pd::CertainCount{0, 0}));
}

TEST_F(Office, EnvelopesByYearPurposeAndCurrency) {
    const auto rows = compare(R"json(
        {"label": "ODA 2015", "measure": "envelope", "value": 900000000, "source": "b", "as_of": "2015",
         "purpose": "oda", "year": 2015, "currency": "KRW"},
        {"label": "Smart Class 2015", "measure": "envelope", "value": 200000000, "source": "b", "as_of": "2015",
         "purpose": "Smart Class", "year": 2015, "currency": "KRW"},
        {"label": "ODA 2016", "measure": "envelope", "value": 5000000000, "source": "b", "as_of": "2016",
         "purpose": "ODA", "year": 2016, "currency": "KRW"},
        {"label": "ODA 2015 in dollars", "measure": "envelope", "value": 800000, "source": "b", "as_of": "2015",
         "purpose": "ODA", "year": 2015, "currency": "USD"})json");
    EXPECT_EQ(rows[0].describe(), "900000000 certain vs 900000000 published: matches");  // purpose without case
    EXPECT_EQ(rows[0].explained_by, (std::vector<rp::FigureEvidence>{{"oda-2015", true}}));
    EXPECT_EQ(rows[1].describe(), "200000000 certain vs 200000000 published: matches");
    EXPECT_EQ(rows[2].recorded, (pd::CertainCount{0, 0}));
    // Money is never converted: the KRW envelope is no dollar figure.
    EXPECT_EQ(rows[3].recorded, (pd::CertainCount{0, 0}));
}

TEST_F(Office, OdaOverAPeriod) {
    const auto rows = compare(R"json(
        {"label": "projects", "measure": "oda_engagements", "value": 2, "source": "b", "period": "2015/2015"},
        {"label": "countries", "measure": "oda_countries", "value": 2, "source": "b", "period": "2015/2015"},
        {"label": "spent", "measure": "oda_amount", "value": 200000000, "source": "b", "period": "2015/2016",
         "currency": "KRW"},
        {"label": "projects 2003-2010", "measure": "oda_engagements", "value": 45, "source": "b", "period": "2003/2010"})json");
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[0].on, pd::Day(2015, 12, 31));
    // The Smart Class ran (started 2014-12, ends 2019); the undated villages possibly; the
    // 2005 relief had ended.
    EXPECT_EQ(rows[0].recorded, (pd::CertainCount{1, 2}));
    EXPECT_EQ(rows[0].explained_by, (std::vector<rp::FigureEvidence>{{"Korean-language Smart Class", true},
                                                                     {"Self-reliant villages", false}}));
    EXPECT_EQ(rows[1].explained_by,
              (std::vector<rp::FigureEvidence>{{"Mongolia (MN)", true}, {"Cambodia (KH)", false}}));
    // The 2015 budget in KRW only: not the 2018 one, not the dollars.
    EXPECT_EQ(rows[2].describe(), "200000000 certain vs 200000000 published: matches");
    // 2003-2010: the relief of 2005 certainly; the undated villages possibly; the Smart
    // Class began later.
    EXPECT_EQ(rows[3].recorded, (pd::CertainCount{1, 2}));
    EXPECT_EQ(rows[3].explained_by[0].name, "Disaster relief");
}
