// SPDX-License-Identifier: Apache-2.0
// money_totals (by year, partner, country and kind, per currency, converted only with
// given rates) and envelope_use (planned and spent under each envelope and below it).
#include "support/money_fixture.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/envelope_use.hpp>
#include <paradiplomacy/query/exchange_rates.hpp>
#include <paradiplomacy/query/money_totals.hpp>

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <type_traits>
#include <vector>

namespace pd = paradiplomacy;
using pd::MoneyStage;
using pd::test::envelope;
using pd::test::money_line;

namespace {

const pd::CurrencyCode krw("KRW");
const pd::CurrencyCode usd("USD");

/// Gyeonggi with Kanagawa (a sister agreement), Liaoning and Mongolia; a conference with
/// Kanagawa and Liaoning, an ODA engagement in Mongolia; the 2015 envelopes.
struct Money : ::testing::Test {
    pd::Portfolio p{pd::SubdivisionCode("KR-41"), "Gyeonggi-do"};
    pd::PartnerId kanagawa = add_partner("jp-kanagawa", "JP", "JP-14");
    pd::PartnerId liaoning = add_partner("cn-liaoning", "CN", "CN-LN");
    pd::PartnerId mongolia = add_partner("mn", "MN", "");
    pd::AgreementId sister{0};
    pd::ProgramId conference{0};
    pd::EngagementId smart_class{0};
    pd::test::Envelopes2015 env{p};

    Money() {
        pd::Agreement a;
        a.key = p.intern("gg-kanagawa");
        a.partner = kanagawa;
        a.kind = pd::AgreementKind::sister;
        sister = p.add(a);
        pd::ExchangeProgram c;
        c.key = p.intern("three-regions-2015");
        c.kind = pd::ProgramKind::conference;
        c.partners = {kanagawa, liaoning};
        conference = p.add(c);
        pd::OdaEngagement e;
        e.key = p.intern("mn-smart-class");
        e.recipient = pd::CountryCode("MN");
        e.recipient_partner = mongolia;
        smart_class = p.add(e);
    }
    pd::PartnerId add_partner(std::string_view key, std::string_view country, std::string_view region) {
        pd::Partner r;
        r.key = p.intern(key);
        r.level = region.empty() ? pd::PartnerLevel::country : pd::PartnerLevel::region;
        r.country = pd::CountryCode(country);
        if (!region.empty()) r.region = pd::SubdivisionCode(region);
        return p.add(r);
    }
    template <class Subject>
    pd::MoneyLineId add(std::string_view key, MoneyStage stage, int year, double amount,
                        std::optional<std::string_view> currency, Subject subject,
                        std::optional<pd::EnvelopeId> charged_to = std::nullopt) {
        pd::MoneyLine l = money_line(p, key, stage, year, amount, currency);
        if constexpr (std::is_same_v<Subject, pd::AgreementId>) l.agreement = subject;
        if constexpr (std::is_same_v<Subject, pd::ProgramId>) l.program = subject;
        if constexpr (std::is_same_v<Subject, pd::EngagementId>) l.engagement = subject;
        if constexpr (std::is_same_v<Subject, pd::EnvelopeId>) l.envelope = subject;
        if (charged_to) l.envelope = charged_to;
        return p.add(l);
    }
    void add_lines() {
        add("sister-2015", MoneyStage::planned, 2015, 30'000'000.0, "KRW", sister);
        add("sister-2015-spent", MoneyStage::actual, 2015, 28'500'000.0, "KRW", sister);
        add("conference-2015", MoneyStage::actual, 2015, 12'000.0, "USD", conference);
        add("conference-2015-krw", MoneyStage::actual, 2015, 1'000'000.0, "KRW", conference);
        add("smart-2015", MoneyStage::planned, 2015, 200'000'000.0, "KRW", smart_class, env.smart_class);
        add("smart-2015-spent", MoneyStage::actual, 2015, 180'000'000.0, "KRW", smart_class, env.smart_class);
        add("emergency-2015", MoneyStage::actual, 2015, 110'000'000.0, "KRW", env.oda);
        add("sister-2016", MoneyStage::planned, 2016, 40'000'000.0, "KRW", sister);
        add("no-currency", MoneyStage::planned, 2016, 5.0, std::nullopt, sister);  // never counted
    }
};

struct Expected {
    int year;
    std::string group;
    MoneyStage stage;
    std::string currency;
    double amount;
    std::size_t lines;
};
std::vector<Expected> simple(const std::vector<pd::MoneyTotalRow>& rows) {
    std::vector<Expected> out;
    for (const auto& r : rows) out.push_back({r.year, r.group, r.stage, r.currency.str(), r.amount, r.lines});
    return out;
}
bool operator==(const Expected& a, const Expected& b) {
    return a.year == b.year && a.group == b.group && a.stage == b.stage && a.currency == b.currency &&
           a.amount == b.amount && a.lines == b.lines;
}
void PrintTo(const Expected& e, std::ostream* os) {
    *os << e.year << " '" << e.group << "' " << pd::to_string(e.stage) << ' ' << e.currency << ' ' << e.amount << " ("
        << e.lines << ")";
}

TEST_F(Money, TotalsByYearArePerStageAndCurrencyNeverAddedAcrossCurrencies) {
    add_lines();
    const auto rows = pd::money_totals(p, pd::MoneyGrouping::year);
    EXPECT_EQ(simple(rows), (std::vector<Expected>{
                                {2015, "", MoneyStage::planned, "KRW", 230'000'000.0, 2},
                                {2015, "", MoneyStage::actual, "KRW", 319'500'000.0, 4},
                                {2015, "", MoneyStage::actual, "USD", 12'000.0, 1},
                                {2016, "", MoneyStage::planned, "KRW", 40'000'000.0, 1},
                            }));
    for (const auto& r : rows) EXPECT_TRUE(r.converted_from.empty());
}

TEST_F(Money, FiltersByYearAndStage) {
    add_lines();
    pd::MoneyFilter f;
    f.year = 2015;
    f.stage = MoneyStage::planned;
    EXPECT_EQ(simple(pd::money_totals(p, pd::MoneyGrouping::year, f)),
              (std::vector<Expected>{{2015, "", MoneyStage::planned, "KRW", 230'000'000.0, 2}}));
    f.year = 1999;
    EXPECT_TRUE(pd::money_totals(p, pd::MoneyGrouping::year, f).empty());
}

TEST_F(Money, TotalsByPartnerCountAProgramUnderEachOfItsPartners) {
    add_lines();
    pd::MoneyFilter f;
    f.year = 2015;
    f.stage = MoneyStage::actual;
    EXPECT_EQ(simple(pd::money_totals(p, pd::MoneyGrouping::partner, f)),
              (std::vector<Expected>{
                  {2015, "", MoneyStage::actual, "KRW", 110'000'000.0, 1},  // the envelope's own money
                  {2015, "cn-liaoning", MoneyStage::actual, "KRW", 1'000'000.0, 1},
                  {2015, "cn-liaoning", MoneyStage::actual, "USD", 12'000.0, 1},
                  {2015, "jp-kanagawa", MoneyStage::actual, "KRW", 29'500'000.0, 2},
                  {2015, "jp-kanagawa", MoneyStage::actual, "USD", 12'000.0, 1},
                  {2015, "mn", MoneyStage::actual, "KRW", 180'000'000.0, 1},
              }));
}

TEST_F(Money, TotalsByCountryAndByKind) {
    add_lines();
    pd::MoneyFilter f;
    f.stage = MoneyStage::planned;
    EXPECT_EQ(simple(pd::money_totals(p, pd::MoneyGrouping::country, f)),
              (std::vector<Expected>{
                  {2015, "JP", MoneyStage::planned, "KRW", 30'000'000.0, 1},
                  {2015, "MN", MoneyStage::planned, "KRW", 200'000'000.0, 1},
                  {2016, "JP", MoneyStage::planned, "KRW", 40'000'000.0, 1},
              }));
    f.stage = MoneyStage::actual;
    EXPECT_EQ(simple(pd::money_totals(p, pd::MoneyGrouping::kind, f)),
              (std::vector<Expected>{
                  {2015, "agreement:sister", MoneyStage::actual, "KRW", 28'500'000.0, 1},
                  {2015, "envelope", MoneyStage::actual, "KRW", 110'000'000.0, 1},
                  {2015, "oda", MoneyStage::actual, "KRW", 180'000'000.0, 1},
                  {2015, "program:conference", MoneyStage::actual, "KRW", 1'000'000.0, 1},
                  {2015, "program:conference", MoneyStage::actual, "USD", 12'000.0, 1},
              }));
}

TEST_F(Money, RatesConvertOnlyTheCurrenciesGivenAndSaySo) {
    add_lines();
    add("yen", MoneyStage::actual, 2015, 100.0, "JPY", sister);
    pd::ExchangeRates rates(krw);
    rates.add(usd, 1100.0).add(usd, 1131.5, 2015);  // the year's own rate wins
    pd::MoneyFilter f;
    f.year = 2015;
    f.stage = MoneyStage::actual;
    const auto rows = pd::money_totals(p, pd::MoneyGrouping::year, f, &rates);
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].currency, pd::CurrencyCode("JPY"));  // no rate: stays in yen
    EXPECT_EQ(rows[0].amount, 100.0);
    EXPECT_TRUE(rows[0].converted_from.empty());
    EXPECT_EQ(rows[1].currency, krw);
    EXPECT_EQ(rows[1].amount, 319'500'000.0 + 12'000.0 * 1131.5);
    EXPECT_EQ(rows[1].lines, 5U);
    EXPECT_EQ(rows[1].converted_from, std::vector<pd::CurrencyCode>{usd});
}

TEST(ExchangeRates, RefusesRatesThatCannotBeRight) {
    pd::ExchangeRates rates(krw);
    EXPECT_EQ(rates.rate(krw, 2015), 1.0);
    EXPECT_EQ(rates.rate(usd, 2015), std::nullopt);
    rates.add(usd, 1200.0, 2016);
    EXPECT_EQ(rates.rate(usd, 2015), std::nullopt);  // a year's rate is not used for another year
    EXPECT_EQ(rates.rate(usd, 2016), 1200.0);
    try {
        rates.add(usd, 1300.0, 2016);
        FAIL() << "a second rate for USD in 2016 was taken";
    } catch (const pd::InvalidValue& e) {
        EXPECT_STREQ(e.what(), "exchange rate of USD in 2016 is given twice (1200 and 1300)");
    }
    try {
        rates.add(usd, 0.0);
        FAIL() << "a rate of 0 was taken";
    } catch (const pd::InvalidValue& e) {
        EXPECT_STREQ(e.what(), "exchange rate of USD: 0 is not a number above 0 (units of KRW per USD)");
    }
    EXPECT_THROW(rates.add(usd, std::numeric_limits<double>::quiet_NaN()), pd::InvalidValue);
    EXPECT_THROW(rates.add(usd, -1.0), pd::InvalidValue);
    EXPECT_THROW(rates.add(krw, 2.0), pd::InvalidValue);
    EXPECT_EQ(rates.rates().size(), 1U);  // nothing refused was kept
}

TEST_F(Money, EnvelopeUseCountsLinesUnderItAndBelowIt) {
    add_lines();
    const auto rows = pd::envelope_use(p);
    ASSERT_EQ(rows.size(), 3U);
    const pd::EnvelopeUseRow& oda = rows[0];
    EXPECT_EQ(oda.envelope, env.oda);
    EXPECT_EQ(oda.parent, std::nullopt);
    EXPECT_EQ(oda.year, 2015);
    EXPECT_EQ(oda.currency, krw);
    EXPECT_EQ(oda.amount, 900'000'000.0);
    EXPECT_EQ(oda.planned, 200'000'000.0);                 // the Smart Class's plan, below it
    EXPECT_EQ(oda.actual, 180'000'000.0 + 110'000'000.0);  // below it, and its own
    EXPECT_EQ(oda.sub_envelopes, 290'000'000.0);
    EXPECT_EQ(oda.unallocated(), 610'000'000.0);
    EXPECT_EQ(oda.remaining(), 610'000'000.0);
    EXPECT_EQ(oda.lines, 3U);
    const pd::EnvelopeUseRow& smart = rows[1];
    EXPECT_EQ(smart.parent, env.oda);
    EXPECT_EQ(smart.planned, 200'000'000.0);
    EXPECT_EQ(smart.actual, 180'000'000.0);
    EXPECT_EQ(smart.remaining(), 20'000'000.0);
    EXPECT_EQ(smart.sub_envelopes, 0.0);
    const pd::EnvelopeUseRow& trainings = rows[2];
    EXPECT_EQ(trainings.lines, 0U);
    EXPECT_EQ(trainings.remaining(), 90'000'000.0);
    EXPECT_TRUE(pd::envelope_use(p, 2016).empty());
}

TEST_F(Money, EnvelopeUseLeavesOtherCurrenciesUncountedUnlessRatesIntoItsCurrencyAreGiven) {
    add("usd-training", MoneyStage::actual, 2015, 10'000.0, "USD", conference, env.trainings);
    add("no-currency", MoneyStage::actual, 2015, 10.0, std::nullopt, conference, env.trainings);
    auto rows = pd::envelope_use(p);
    EXPECT_EQ(rows[2].actual, 0.0);
    EXPECT_EQ(rows[2].uncounted_lines, 2U);
    EXPECT_EQ(rows[0].uncounted_lines, 2U);  // and not in its parent either

    pd::ExchangeRates into_usd(usd);
    into_usd.add(krw, 0.0009);
    rows = pd::envelope_use(p, std::nullopt, &into_usd);  // rates into another currency do not help
    EXPECT_EQ(rows[2].uncounted_lines, 2U);

    pd::ExchangeRates rates(krw);
    rates.add(usd, 1200.0);
    rows = pd::envelope_use(p, 2015, &rates);
    EXPECT_EQ(rows[2].actual, 12'000'000.0);
    EXPECT_EQ(rows[2].uncounted_lines, 1U);
    EXPECT_EQ(rows[2].converted_from, std::vector<pd::CurrencyCode>{usd});
    EXPECT_EQ(rows[0].actual, 12'000'000.0);
}

TEST_F(Money, EnvelopeUseSurvivesALoopOfParentsAndADanglingParent) {
    pd::Envelope top = p.at(env.oda);
    top.parent = env.smart_class;  // oda -> smart class -> oda
    p.replace(top);
    pd::Envelope t = p.at(env.trainings);
    t.parent = pd::EnvelopeId(77);
    p.replace(t);
    add("smart", MoneyStage::actual, 2015, 5.0, "KRW", smart_class, env.smart_class);
    const auto rows = pd::envelope_use(p);
    ASSERT_EQ(rows.size(), 3U);
    EXPECT_EQ(rows[1].actual, 5.0);  // counted once, where it is charged
    EXPECT_EQ(rows[0].actual, 0.0);  // the loop's links are not followed
    EXPECT_EQ(rows[0].sub_envelopes, 0.0);
    EXPECT_EQ(rows[2].parent, pd::EnvelopeId(77));
}

}  // namespace
