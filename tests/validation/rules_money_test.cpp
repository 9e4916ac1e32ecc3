// SPDX-License-Identifier: Apache-2.0
// The money rules: currency, year, sign, subject and references of money lines and
// envelopes, and envelopes nested within a parent of their year and currency.
#include "fixtures.hpp"
#include "support/money_fixture.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace paradiplomacy::test {
namespace {

struct MoneyRules : ::testing::Test {
    Clean c;
    Envelopes2015 env{c.p};
    MoneyLine line(std::string_view key, MoneyStage stage = MoneyStage::actual, double amount = 1000.0,
                   std::optional<std::string_view> currency = "KRW") {
        MoneyLine l = money_line(c.p, key, stage, 2015, amount, currency);
        l.program = c.training;
        return l;
    }
    EntityRef ref(MoneyLineId id, std::string_view key) const {
        return EntityRef{EntityKind::money_line, id.index(), std::string(key)};
    }
    EntityRef ref(EnvelopeId id, std::string_view key) const {
        return EntityRef{EntityKind::envelope, id.index(), std::string(key)};
    }
};

TEST_F(MoneyRules, ACleanSetBreaksNoRule) {
    MoneyLine a = line("training-2015-planned", MoneyStage::planned, 90'000'000.0);
    a.envelope = env.trainings;
    a.program.reset();
    a.engagement = c.smart_class;
    (void)c.p.add(a);
    MoneyLine own = money_line(c.p, "oda-2015-emergency", MoneyStage::actual, 2015, 110'000'000.0, "KRW");
    own.envelope = env.oda;  // the envelope's own money: no record carries it
    (void)c.p.add(own);
    MoneyLine refund = line("refund", MoneyStage::actual, -5000.0);  // an actual amount may be negative
    refund.agreement = c.kanagawa_sister;
    refund.program.reset();
    (void)c.p.add(refund);
    const auto r = c.run();
    EXPECT_TRUE(r.empty()) << (r.empty() ? "" : to_string(r.findings().front()));
}

TEST_F(MoneyRules, ALineWithoutCurrencyOrWithAnUnknownOne) {
    const MoneyLineId none = c.p.add(line("no-currency", MoneyStage::actual, 1000.0, std::nullopt));
    auto r = c.run();
    ASSERT_TRUE(only(r, "money.currency.missing"));
    EXPECT_EQ(single(r).entity, ref(none, "no-currency"));
    EXPECT_EQ(single(r).field, "currency");
    EXPECT_EQ(single(r).severity, Severity::error);
    EXPECT_EQ(single(r).message,
              "the amount 1000 names no currency: give its ISO 4217 code (KRW, USD); amounts are never assumed to be "
              "in the home currency");

    MoneyLine l = c.p.at(none);
    l.currency = CurrencyCode("ABC");
    c.p.replace(l);
    r = c.run();
    ASSERT_TRUE(only(r, "money.currency.unknown"));
    EXPECT_EQ(single(r).message, "currency ABC is not an ISO 4217 code in use: use e.g. KRW or USD");
}

TEST_F(MoneyRules, AnEnvelopeWithoutCurrencyOrWithAnUnknownOne) {
    Envelope e = c.p.at(env.trainings);
    e.currency.reset();
    c.p.replace(e);
    auto r = c.run();
    ASSERT_TRUE(only(r, "envelope.currency.missing"));
    EXPECT_EQ(single(r).entity, ref(env.trainings, "trainings-2015"));
    e.currency = CurrencyCode("KRX");
    c.p.replace(e);
    r = c.run();
    // KRX is not a currency; it is not KRW either, so the parent rule speaks too.
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r.findings()[0].rule, "envelope.currency.unknown");
    EXPECT_EQ(r.findings()[1].rule, "envelope.parent.currency");
    EXPECT_EQ(r.findings()[1].message,
              "the envelope is in KRX but its parent envelope \"oda-2015\" is in KRW: a part of an envelope is in "
              "the envelope's currency; amounts are never converted");
}

TEST_F(MoneyRules, AMissingYear) {
    MoneyLine l = line("no-year");
    l.year = 0;
    const MoneyLineId id = c.p.add(l);
    auto r = c.run();
    ASSERT_TRUE(only(r, "money.year.missing"));
    EXPECT_EQ(single(r).entity, ref(id, "no-year"));
    const EnvelopeId e = c.p.add(envelope(c.p, "undated", 0, "Culture", 1.0, "KRW"));
    l = c.p.at(id);
    l.year = 2015;
    c.p.replace(l);
    r = c.run();
    ASSERT_TRUE(only(r, "envelope.year.missing"));
    EXPECT_EQ(single(r).entity, ref(e, "undated"));
}

TEST_F(MoneyRules, NegativeAmountsWhereNoneIsAllowed) {
    const MoneyLineId planned = c.p.add(line("negative-budget", MoneyStage::planned, -1.5));
    auto r = c.run();
    ASSERT_TRUE(only(r, "money.amount.negative"));
    EXPECT_EQ(single(r).entity, ref(planned, "negative-budget"));
    EXPECT_EQ(single(r).message,
              "a planned amount is negative (-1.5): a budget is not negative; record a refund as an actual line");

    MoneyLine l = c.p.at(planned);
    l.stage = MoneyStage::actual;  // a refund
    c.p.replace(l);
    EXPECT_TRUE(c.run().empty());

    Envelope e = c.p.at(env.trainings);
    e.amount = -90.0;
    c.p.replace(e);
    r = c.run();
    ASSERT_TRUE(only(r, "envelope.amount.negative"));
    EXPECT_EQ(single(r).entity, ref(env.trainings, "trainings-2015"));
}

TEST_F(MoneyRules, ALineAboutNothingOrAboutSeveralThings) {
    MoneyLine l = line("nothing");
    l.program.reset();
    const MoneyLineId id = c.p.add(l);
    auto r = c.run();
    ASSERT_TRUE(only(r, "money.subject.none"));
    EXPECT_EQ(single(r).entity, ref(id, "nothing"));

    l = c.p.at(id);
    l.program = c.training;
    l.engagement = c.smart_class;
    l.agreement = c.kanagawa_sister;
    c.p.replace(l);
    r = c.run();
    ASSERT_TRUE(only(r, "money.subject.several"));
    EXPECT_EQ(single(r).message,
              "the line names several subjects (agreement, program, engagement): a line is for one of them; split "
              "the money into one line each");

    // A record and the envelope it is charged to are one subject.
    l.agreement.reset();
    l.engagement.reset();
    l.envelope = env.trainings;
    c.p.replace(l);
    EXPECT_TRUE(c.run().empty());
}

TEST_F(MoneyRules, APeriodOutsideTheYear) {
    MoneyLine l = line("airfares");
    l.period = Period(date("2016-01"), date("2016-03"));
    const MoneyLineId id = c.p.add(l);
    auto r = c.run();
    ASSERT_TRUE(only(r, "money.period.outside_year"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_EQ(single(r).entity, ref(id, "airfares"));
    l = c.p.at(id);
    l.period = Period(date("2014-11-01"), date("2015"));  // may end in 2015: not certainly outside
    c.p.replace(l);
    EXPECT_TRUE(c.run().empty());
}

TEST_F(MoneyRules, DanglingReferences) {
    MoneyLine l = line("dangling");
    l.program = ProgramId(40);
    const MoneyLineId id = c.p.add(l);
    auto r = c.run();
    ASSERT_TRUE(only(r, "ref.money.program"));
    EXPECT_EQ(single(r).field, "program");
    EXPECT_EQ(single(r).message, "program #40 is not in this portfolio: add it or correct the reference");

    using Breaking = std::pair<std::string, void (*)(MoneyLine&)>;
    for (const auto& [rule, set] :
         {Breaking{"ref.money.agreement", [](MoneyLine& x) { x.agreement = AgreementId(9); }},
          Breaking{"ref.money.engagement", [](MoneyLine& x) { x.engagement = EngagementId(9); }},
          Breaking{"ref.money.envelope", [](MoneyLine& x) { x.envelope = EnvelopeId(9); }}}) {
        SCOPED_TRACE(rule);
        l = c.p.at(id);
        l.program.reset();
        l.agreement.reset();
        l.engagement.reset();
        l.envelope.reset();
        set(l);
        c.p.replace(l);
        r = c.run();
        ASSERT_TRUE(only(r, rule));
    }
    l = c.p.at(id);
    l.envelope.reset();
    l.engagement.reset();
    l.program = c.training;
    c.p.replace(l);
    Envelope e = c.p.at(env.smart_class);
    e.parent = EnvelopeId(12);
    c.p.replace(e);
    r = c.run();
    ASSERT_TRUE(only(r, "ref.envelope.parent"));
    EXPECT_EQ(single(r).entity, ref(env.smart_class, "smart-class-2015"));
}

TEST_F(MoneyRules, SubEnvelopesExceedingTheirParent) {
    // 200 + 90 million fit in 900; a third part of 700 million does not.
    const EnvelopeId big = c.p.add(envelope(c.p, "ngo-2015", 2015, "NGO proposals", 700'000'000.0, "KRW", env.oda));
    auto r = c.run();
    ASSERT_TRUE(only(r, "envelope.parts.exceed"));
    EXPECT_EQ(single(r).entity, ref(env.oda, "oda-2015"));
    EXPECT_EQ(single(r).field, "amount");
    EXPECT_EQ(single(r).message,
              "its 3 sub-envelopes in KRW add up to 990000000, more than the envelope's 900000000: correct an "
              "amount, or move a sub-envelope under another parent");
    // Exactly the parent's amount is within it.
    Envelope e = c.p.at(big);
    e.amount = 610'000'000.0;
    c.p.replace(e);
    EXPECT_TRUE(c.run().empty());
    // Decimal parts that add up on paper (0.1 + 0.2 = 0.3) are not reported.
    const EnvelopeId small = c.p.add(envelope(c.p, "usd-2015", 2015, "Grants", 0.3, "USD"));
    (void)c.p.add(envelope(c.p, "usd-a", 2015, "a", 0.1, "USD", small));
    (void)c.p.add(envelope(c.p, "usd-b", 2015, "b", 0.2, "USD", small));
    EXPECT_TRUE(c.run().empty());
}

TEST_F(MoneyRules, AParentInAnotherYearOrCurrencyIsReportedAndNotSummed) {
    const EnvelopeId usd = c.p.add(envelope(c.p, "usd-part", 2015, "Emergency aid", 1'000'000'000.0, "USD", env.oda));
    auto r = c.run();
    ASSERT_TRUE(only(r, "envelope.parent.currency"));  // not also parts.exceed: USD is not added to KRW
    EXPECT_EQ(single(r).entity, ref(usd, "usd-part"));
    Envelope e = c.p.at(usd);
    e.currency = CurrencyCode("KRW");
    e.amount = 1.0;
    e.year = 2016;
    c.p.replace(e);
    r = c.run();
    ASSERT_TRUE(only(r, "envelope.parent.year"));
    EXPECT_EQ(single(r).message,
              "the envelope is of 2016 but its parent envelope \"oda-2015\" is of 2015: a part of an envelope "
              "belongs to the envelope's year");
}

TEST_F(MoneyRules, ALoopOfParents) {
    Envelope top = c.p.at(env.oda);
    top.parent = env.smart_class;
    c.p.replace(top);
    auto r = c.run();
    ASSERT_TRUE(only(r, "envelope.parent.cycle"));
    EXPECT_EQ(single(r).message,
              "parent envelopes form a loop (envelope \"oda-2015\" -> envelope \"smart-class-2015\" -> envelope "
              "\"oda-2015\"): an envelope cannot be part of itself; remove one link");
    top.parent = env.oda;  // its own parent
    c.p.replace(top);
    r = c.run();
    ASSERT_TRUE(only(r, "envelope.parent.cycle"));
    EXPECT_EQ(single(r).entity, ref(env.oda, "oda-2015"));
}

TEST_F(MoneyRules, ALineChargedToAnEnvelopeOfAnotherCurrencyOrYear) {
    MoneyLine l = line("usd-line", MoneyStage::actual, 100.0, "USD");
    l.envelope = env.smart_class;
    const MoneyLineId id = c.p.add(l);
    auto r = c.run();
    ASSERT_TRUE(only(r, "money.envelope.currency"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    l = c.p.at(id);
    l.currency = CurrencyCode("KRW");
    l.year = 2016;
    c.p.replace(l);
    r = c.run();
    ASSERT_TRUE(only(r, "money.envelope.year"));
    EXPECT_EQ(single(r).entity, ref(id, "usd-line"));
}

}  // namespace
}  // namespace paradiplomacy::test
