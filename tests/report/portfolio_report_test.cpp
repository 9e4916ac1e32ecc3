// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>

#include <gtest/gtest.h>

#include <string>

namespace pd = paradiplomacy;
namespace rp = paradiplomacy::report;

namespace {

pd::Day day(int y, int m, int d) {
    return pd::Day(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

pd::PartnerId add_region(pd::Portfolio& p, const char* key, const char* name, const char* region) {
    pd::Partner partner;
    partner.key = p.intern(key);
    partner.name_en = p.intern(name);
    partner.level = pd::PartnerLevel::region;
    partner.region = pd::SubdivisionCode(region);
    partner.country = partner.region->country();
    partner.provenance.source = p.intern("test");
    return p.add(std::move(partner));
}

pd::AgreementId add_agreement(pd::Portfolio& p, const char* key, pd::PartnerId partner, pd::AgreementKind kind,
                              std::optional<pd::PartialDate> signed_on) {
    pd::Agreement a;
    a.key = p.intern(key);
    a.partner = partner;
    a.kind = kind;
    a.signed_on = signed_on;
    a.council_approval = pd::CouncilApproval::approved;
    a.provenance.source = p.intern("test");
    return p.add(std::move(a));
}

/// A published figure of the sample's "bulletin" source.
rp::PublishedFigure figure(const char* label, rp::FigureMeasure measure, double value, const char* as_of,
                           std::vector<pd::AgreementKind> kinds = {}) {
    rp::PublishedFigure f;
    f.label = label;
    f.measure = measure;
    f.value = value;
    f.source = "bulletin";
    f.as_of = pd::PartialDate::parse(as_of);
    f.kinds = std::move(kinds);
    return f;
}

rp::PublishedFigures published(std::vector<rp::PublishedFigure> figures) {
    rp::PublishedFigures out;
    out.home = "KR-41";
    out.sources = {{"bulletin", "Bulletin"}, {"news", "News"}};
    out.figures = std::move(figures);
    return out;
}

/// Queensland sister "1997" (year only), Virginia sister 1997-04-11, Hebei friendship
/// 2008-10 upgraded to sister 2009-06-22, Aichi friendship 2015-11-10, and a British
/// Columbia plan valid 2017-2019.
pd::Portfolio sample() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도");
    const auto qld = add_region(p, "au-qld", "Queensland", "AU-QLD");
    const auto va = add_region(p, "us-va", "Virginia", "US-VA");
    const auto hebei = add_region(p, "cn-hebei", "Hebei", "CN-HE");
    const auto aichi = add_region(p, "jp-aichi", "Aichi", "JP-23");
    const auto bc = add_region(p, "ca-bc", "British Columbia", "CA-BC");
    add_agreement(p, "qld-sister", qld, pd::AgreementKind::sister, pd::PartialDate::of_year(1997));
    add_agreement(p, "va-sister", va, pd::AgreementKind::sister, pd::PartialDate::of_day(1997, 4, 11));
    const auto hebei_friendship =
        add_agreement(p, "hebei-friendship", hebei, pd::AgreementKind::friendship, pd::PartialDate::of_month(2008, 10));
    pd::Agreement upgrade = p.agreement(
        add_agreement(p, "hebei-sister", hebei, pd::AgreementKind::sister, pd::PartialDate::of_day(2009, 6, 22)));
    upgrade.supersedes = hebei_friendship;
    p.replace(upgrade);
    add_agreement(p, "aichi-friendship", aichi, pd::AgreementKind::friendship, pd::PartialDate::of_day(2015, 11, 10));
    pd::Agreement plan =
        p.agreement(add_agreement(p, "bc-plan", bc, pd::AgreementKind::implementation_plan, std::nullopt));
    plan.validity = pd::Period(pd::PartialDate::of_year(2017), pd::PartialDate::of_year(2019));
    p.replace(plan);
    return p;
}

/// The text of the section whose heading starts with `title`, up to the next heading.
std::string section(const std::string& report, const std::string& title) {
    const auto start = report.find("\n" + title);
    if (start == std::string::npos) return {};
    const auto body = report.find('\n', start + 1);
    auto end = report.find("\n\n", body);
    if (end == std::string::npos) end = report.size();
    return report.substr(start + 1, end - start - 1);
}

/// The part of an in-force section between "Certainly" and "Possibly" (or after it).
std::string certain_part(const std::string& s) { return s.substr(0, s.find("Possibly")); }
std::string possible_part(const std::string& s) {
    const auto at = s.find("Possibly");
    return at == std::string::npos ? std::string() : s.substr(at);
}

rp::ReportOptions options_on(pd::Day today, pd::Day on) {
    rp::ReportOptions options;
    options.today = today;
    options.on = on;
    return options;
}

}  // namespace

TEST(PortfolioReport, HasEverySection) {
    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2010, 1, 1));
    options.published = published(
        {figure("sister countries", rp::FigureMeasure::partner_countries, 3, "2017", {pd::AgreementKind::sister})});
    const std::string report = rp::render_report(sample(), options);
    EXPECT_NE(report.find("Portfolio report: Gyeonggi-do (경기도) KR-41"), std::string::npos);
    for (const char* title :
         {"Ties in force today (2025-06-01)", "Ties in force on the chosen date (2010-01-01)",
          "Distinct partners per tie kind on 2010-01-01", "Published figures compared with the records",
          "Agreements expiring from 2010-01-01", "Dormant ties on 2010-01-01", "Exchanges by country and year",
          "ODA by country, sector and year", "Money by year", "Validation findings"})
        EXPECT_FALSE(section(report, title).empty()) << "missing section: " << title << "\n" << report;
}

TEST(PortfolioReport, OneInForceListingWhenTheChosenDateIsToday) {
    const std::string report = rp::render_report(sample(), options_on(day(2025, 6, 1), day(2025, 6, 1)));
    EXPECT_FALSE(section(report, "Ties in force today").empty());
    EXPECT_TRUE(section(report, "Ties in force on the chosen date").empty());
}

TEST(PortfolioReport, ComparisonAppearsOnlyWithPublishedFigures) {
    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.include_validation = false;
    const std::string report = rp::render_report(sample(), options);
    EXPECT_EQ(report.find("Published figures"), std::string::npos);
    EXPECT_EQ(report.find("Validation findings"), std::string::npos);
}

// A tie signed in "1997" cannot be said to be in force on 1997-06-01: it is listed as
// possible; the one signed 1997-04-11 is certain.
TEST(PortfolioReport, YearOnlyTieIsPossibleWithinItsYear) {
    const std::string report = rp::render_report(sample(), options_on(day(2025, 6, 1), day(1997, 6, 1)));
    const std::string on = section(report, "Ties in force on the chosen date (1997-06-01)");
    ASSERT_FALSE(on.empty()) << report;
    EXPECT_NE(possible_part(on).find("Queensland (AU-QLD)"), std::string::npos) << on;
    EXPECT_EQ(certain_part(on).find("Queensland"), std::string::npos) << on;
    EXPECT_NE(certain_part(on).find("Virginia (US-VA)"), std::string::npos) << on;
    EXPECT_NE(on.find("Certainly in force: 1\n"), std::string::npos) << on;
    EXPECT_NE(on.find("qld-sister (sister, signed 1997)"), std::string::npos) << on;
    EXPECT_EQ(on.find("Hebei"), std::string::npos) << on;

    // A year later both are certain.
    const std::string today = section(report, "Ties in force today (2025-06-01)");
    EXPECT_NE(certain_part(today).find("Queensland (AU-QLD)"), std::string::npos) << today;
    EXPECT_EQ(possible_part(today).find("Queensland"), std::string::npos) << today;
}

TEST(PortfolioReport, AFormerRegionIsLabelledWithItsSuccessor) {
    // Hà Tây (VN-15) merged into Hanoi (VN-HN) in 2008; the tie keeps the code it was made with.
    pd::Portfolio p = sample();
    add_agreement(p, "ha-tay-sister", add_region(p, "vn-ha-tay", "Ha Tay", "VN-15"), pd::AgreementKind::sister,
                  pd::PartialDate::of_day(2004, 3, 2));
    const std::string report = rp::render_report(p, options_on(day(2025, 6, 1), day(2005, 1, 1)));
    const std::string on = section(report, "Ties in force on the chosen date (2005-01-01)");
    EXPECT_NE(certain_part(on).find("Ha Tay (VN-15, now VN-HN)"), std::string::npos) << on;
}

TEST(PortfolioReport, UpgradeShowsTheTierInForceOnEachDate) {
    const std::string before = section(rp::render_report(sample(), options_on(day(2025, 6, 1), day(2009, 1, 1))),
                                       "Ties in force on the chosen date");
    EXPECT_NE(before.find("hebei-friendship"), std::string::npos) << before;
    EXPECT_EQ(before.find("hebei-sister"), std::string::npos) << before;
    const std::string after = section(rp::render_report(sample(), options_on(day(2025, 6, 1), day(2010, 1, 1))),
                                      "Ties in force on the chosen date");
    EXPECT_NE(after.find("hebei-sister"), std::string::npos) << after;
    EXPECT_EQ(after.find("hebei-friendship"), std::string::npos) << after;
}

// On 2010-01-01 the sample's sister ties are Queensland, Virginia and Hebei (3 regions in
// AU, US, CN), all certain; friendship: none (Hebei's was superseded, Aichi's is later).
TEST(PortfolioReport, ComparisonIsComputedFromTheRecords) {
    const std::vector friendly{pd::AgreementKind::friendship, pd::AgreementKind::economic_cooperation};
    rp::PublishedFigure priority = figure("priority regions", rp::FigureMeasure::designated_regions, 2, "2010-01-01");
    priority.designation = pd::DesignationKind::priority;
    rp::PublishedFigure regions =
        figure("sister regions", rp::FigureMeasure::partner_regions, 3, "2010-01-01", {pd::AgreementKind::sister});
    regions.missing = {{"Ha Tay", "news", "no signing date"}};
    regions.note = "as the bulletin counts";
    const rp::PublishedFigures figures = published(
        {figure("sister countries", rp::FigureMeasure::partner_countries, 5, "2010-01-01", {pd::AgreementKind::sister}),
         regions, figure("friendly countries", rp::FigureMeasure::partner_countries, 1, "2010-01-01", friendly),
         priority});
    const auto rows = rp::compare_with_published(sample(), figures);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].figure, figures.figures[0]);
    EXPECT_EQ(rows[0].on, day(2010, 1, 1));
    EXPECT_EQ(rows[0].recorded, (pd::CertainCount{3, 3}));
    EXPECT_EQ(rows[0].published(), 5u);
    EXPECT_EQ(rows[0].describe(), "3 certain vs 5 published: 2 not found in the records");
    EXPECT_EQ(rows[0].explained_by, (std::vector<rp::FigureEvidence>{
                                        {"Australia (AU)", true}, {"United States (US)", true}, {"China (CN)", true}}));
    EXPECT_EQ(rows[1].recorded, (pd::CertainCount{3, 3}));
    EXPECT_EQ(rows[1].describe(), "3 certain vs 3 published: matches");
    EXPECT_EQ(rows[1].explained_by[0].name, "Queensland (AU-QLD)");
    EXPECT_EQ(rows[2].recorded, (pd::CertainCount{0, 0}));
    EXPECT_TRUE(rows[2].explained_by.empty());
    EXPECT_EQ(rows[3].recorded, (pd::CertainCount{0, 0}));

    // Every figure on another day: on 1997-06-01 Queensland is only possible: 1 certain
    // (Virginia), 2 possible.
    const auto early = rp::compare_with_published(sample(), figures, day(1997, 6, 1));
    EXPECT_EQ(early[0].on, day(1997, 6, 1));
    EXPECT_EQ(early[0].recorded, (pd::CertainCount{1, 2}));
    EXPECT_EQ(early[0].describe(), "1 certain, 2 possible vs 5 published: 3 to 4 not found in the records");
    EXPECT_EQ(early[0].explained_by,
              (std::vector<rp::FigureEvidence>{{"United States (US)", true}, {"Australia (AU)", false}}));

    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.published = figures;
    const std::string report = rp::render_report(sample(), options);
    const std::string comparison = section(report, "Published figures compared with the records");
    EXPECT_NE(comparison.find("  Sources:\n    [bulletin] Bulletin\n    [news] News\n"), std::string::npos)
        << comparison;
    // Counted on the figures' day, not the report's.
    EXPECT_NE(comparison.find("  sister countries, as of 2010-01-01 [bulletin]\n"
                              "    3 certain vs 5 published: 2 not found in the records\n"
                              "    explained by: Australia (AU), United States (US), China (CN)\n"),
              std::string::npos)
        << comparison;
    EXPECT_NE(comparison.find("    explained by: Queensland (AU-QLD), Virginia (US-VA), Hebei (CN-HE)\n"
                              "    known missing: Ha Tay [news]: no signing date\n"
                              "    note: as the bulletin counts\n"),
              std::string::npos)
        << comparison;
}

TEST(PortfolioReport, EachFigureIsCountedOnItsOwnDayAndDisagreeingSourcesAreShown) {
    rp::PublishedFigure end_of_1997 =
        figure("sister countries", rp::FigureMeasure::partner_countries, 2, "1997", {pd::AgreementKind::sister});
    rp::PublishedFigure other_source = end_of_1997;
    other_source.source = "news";
    other_source.value = 3;
    const rp::PublishedFigures figures = published(
        {end_of_1997,
         figure("sister countries", rp::FigureMeasure::partner_countries, 2, "2025-06", {pd::AgreementKind::sister}),
         other_source});
    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.published = figures;
    const std::string comparison =
        section(rp::render_report(sample(), options), "Published figures compared with the records");
    // End of 1997: Queensland and Virginia, certain.
    EXPECT_NE(comparison.find("  sister countries, as of 1997 [bulletin]\n    2 certain vs 2 published: matches\n"),
              std::string::npos)
        << comparison;
    // June 2025: Hebei too.
    EXPECT_NE(comparison.find("  sister countries, as of 2025-06 [bulletin]\n"
                              "    3 certain vs 2 published: 1 more in the records than published\n"),
              std::string::npos)
        << comparison;
    EXPECT_NE(comparison.find("  Sources that disagree (both kept):\n"
                              "    sister countries (partner_countries, as of 1997): 2 by [bulletin], 3 by [news]"),
              std::string::npos)
        << comparison;
    // Figures that agree, or describe other days, are no disagreement.
    options.published = published({end_of_1997, figures.figures[1]});
    EXPECT_EQ(rp::render_report(sample(), options).find("Sources that disagree"), std::string::npos);
}

TEST(PortfolioReport, DesignationsOnTheDayAreCertainOrPossibleAndCountAgainstThePublishedFigures) {
    pd::Portfolio p = sample();
    const auto designate = [&](const char* key, const char* partner, pd::DesignationKind kind,
                               std::optional<pd::PartialDate> start) {
        pd::Designation d;
        d.key = p.intern(key);
        d.partner = *p.find_partner(partner);
        d.kind = kind;
        d.start = start;
        p.add(d);
    };
    designate("hebei-priority", "cn-hebei", pd::DesignationKind::priority, pd::PartialDate::of_day(2009, 1, 1));
    designate("aichi-priority", "jp-aichi", pd::DesignationKind::priority, std::nullopt);  // from an old file
    designate("va-oda", "us-va", pd::DesignationKind::strategic_oda, pd::PartialDate::of_year(2016));

    const std::string report = rp::render_report(p, options_on(day(2025, 6, 1), day(2010, 1, 1)));
    const std::string designations = section(report, "Designations on 2010-01-01");
    ASSERT_FALSE(designations.empty()) << report;
    EXPECT_NE(designations.find("Priority partners\n  certainly designated: 1\n    Hebei (CN-HE)"), std::string::npos)
        << designations;
    EXPECT_NE(designations.find("  possibly designated (a start or end the records give in part or not at all): 1\n"
                                "    Aichi (JP-23)"),
              std::string::npos)
        << designations;
    EXPECT_NE(designations.find("Strategic ODA partners\n  certainly designated: 0\n"), std::string::npos)
        << designations;
    // Aichi's friendship comes in 2015: on 2010-01-01 a possible priority partner without a tie.
    EXPECT_NE(designations.find("Priority partners without a tie in force\n  certainly none: 0\n"
                                "  possibly none: 1\n    Aichi (JP-23)"),
              std::string::npos)
        << designations;

    rp::PublishedFigure priority = figure("priority regions", rp::FigureMeasure::designated_regions, 19, "2010-01-01");
    priority.designation = pd::DesignationKind::priority;
    rp::PublishedFigure strategic =
        figure("strategic ODA countries", rp::FigureMeasure::designated_countries, 7, "2016");
    strategic.designation = pd::DesignationKind::strategic_oda;
    const auto rows = rp::compare_with_published(p, published({priority, strategic}));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].recorded, (pd::CertainCount{1, 2}));
    EXPECT_EQ(rows[0].explained_by,
              (std::vector<rp::FigureEvidence>{{"Hebei (CN-HE)", true}, {"Aichi (JP-23)", false}}));
    // Strategic ODA counts the country of a region-level partner: Virginia's, from 2016.
    EXPECT_EQ(rows[1].recorded, (pd::CertainCount{1, 1}));
    EXPECT_EQ(rows[1].explained_by, (std::vector<rp::FigureEvidence>{{"United States (US)", true}}));
    // Without designations the section is left out.
    EXPECT_TRUE(
        section(rp::render_report(sample(), options_on(day(2025, 6, 1), day(2010, 1, 1))), "Designations on").empty());
}

TEST(PortfolioReport, DescribeCoversEveryCase) {
    const auto describe = [](double published, pd::CertainCount recorded) {
        rp::FigureComparison c;
        c.figure.value = published;
        c.recorded = recorded;
        return c.describe();
    };
    EXPECT_EQ(describe(4, {4, 4}), "4 certain vs 4 published: matches");
    EXPECT_EQ(describe(4, {3, 6}),
              "3 certain, 6 possible vs 4 published: the published figure is within the records' range");
    EXPECT_EQ(describe(0, {0, 0}), "0 certain vs 0 published: matches");
    EXPECT_EQ(describe(5, {7, 9}), "7 certain, 9 possible vs 5 published: 2 more in the records than published");
    EXPECT_EQ(describe(10, {2, 4}), "2 certain, 4 possible vs 10 published: 6 to 8 not found in the records");
}

TEST(PortfolioReport, ExpiringPlansAreListed) {
    const std::string report = rp::render_report(sample(), options_on(day(2025, 6, 1), day(2019, 3, 1)));
    const std::string expiring = section(report, "Agreements expiring from 2019-03-01 to 2020-03-01");
    ASSERT_FALSE(expiring.empty()) << report;
    // The plan ends "2019": the end may fall before 2019-03-01, so it is only possible.
    EXPECT_NE(possible_part(expiring).find("British Columbia (CA-BC)"), std::string::npos) << expiring;
    EXPECT_NE(expiring.find("ends 2019"), std::string::npos) << expiring;

    const std::string later = rp::render_report(sample(), options_on(day(2025, 6, 1), day(2020, 6, 1)));
    EXPECT_EQ(section(later, "Agreements expiring").find("British Columbia"), std::string::npos);
}

TEST(PortfolioReport, ExchangesAndOdaByCountryAndYear) {
    pd::Portfolio p = sample();
    pd::ExchangeProgram program;
    program.key = p.intern("va-meeting");
    program.kind = pd::ProgramKind::policy_meeting;
    program.start = pd::PartialDate::of_day(2014, 10, 28);
    program.headcount = 12;
    program.partners = {*p.find_partner("us-va")};
    program.provenance.source = p.intern("test");
    p.add(program);
    program.key = p.intern("va-visit");
    program.headcount.reset();
    p.add(program);

    pd::OdaEngagement e;
    e.key = p.intern("mn-class");
    e.title = p.intern("Smart Class");
    e.recipient = pd::CountryCode("MN");
    e.status = pd::OdaStatus::implementation;
    e.budgets = {{pd::Period(pd::PartialDate::of_day(2016, 1, 1), pd::PartialDate::of_day(2016, 12, 31)),
                  pd::Money(1000000, pd::CurrencyCode("KRW"))},
                 {pd::Period(pd::PartialDate::of_day(2016, 1, 1), pd::PartialDate::of_day(2016, 12, 31)),
                  pd::Money(500, pd::CurrencyCode("USD"))}};
    e.provenance.source = p.intern("test");
    p.add(e);

    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.include_validation = false;
    const std::string report = rp::render_report(p, options);
    const std::string exchanges = section(report, "Exchanges by country and year");
    EXPECT_NE(exchanges.find("US United States"), std::string::npos) << exchanges;
    EXPECT_NE(exchanges.find("2014    2 programs, 12 people (+ 1 without headcount)"), std::string::npos) << exchanges;
    const std::string oda = section(report, "ODA by country, sector and year");
    // Amounts of different currencies stay apart.
    EXPECT_NE(oda.find("budget 2016: 1000000 KRW"), std::string::npos) << oda;
    EXPECT_NE(oda.find("budget 2016: 500 USD"), std::string::npos) << oda;
    EXPECT_NE(oda.find("Smart Class [implementation]"), std::string::npos) << oda;
}

TEST(PortfolioReport, OdaBySectorWithTransactionsAndSharedRecipients) {
    pd::Portfolio p = sample();
    pd::OdaEngagement e;  // as imported from IATI: two countries, two sectors, yearly transactions
    e.key = p.intern("kh-mm-health");
    e.title = p.intern("Infectious disease control");
    e.recipient = pd::CountryCode("KH");
    e.recipient_countries = {{pd::CountryCode("KH"), 50.0}, {pd::CountryCode("MM"), 50.0}};
    e.sectors = {{pd::PurposeCode("12250"), 80.0}, {pd::PurposeCode("12264"), 20.0}};
    e.status = pd::OdaStatus::implementation;
    e.budgets = {{pd::Period(pd::PartialDate::of_day(2020, 1, 1), pd::PartialDate::of_day(2020, 12, 31)),
                  pd::Money(1000, pd::CurrencyCode("KRW"))}};
    e.transactions = {
        pd::TransactionTotal{2020, pd::TransactionType::disbursement, pd::Money(400, pd::CurrencyCode("KRW")), 2},
        pd::TransactionTotal{2020, pd::TransactionType::outgoing_commitment, pd::Money(1000, pd::CurrencyCode("KRW")),
                             1}};
    e.provenance.source = p.intern("test");
    p.add(e);
    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.include_validation = false;
    const std::string oda = section(rp::render_report(p, options), "ODA by country, sector and year");
    const auto kh = oda.find("KH Cambodia: 1 engagement");
    const auto mm = oda.find("MM Myanmar: 1 engagement");
    ASSERT_NE(kh, std::string::npos) << oda;
    ASSERT_NE(mm, std::string::npos) << oda;
    const std::string cambodia = oda.substr(kh, mm - kh);
    EXPECT_NE(cambodia.find("budget 2020: 500 KRW\n      sector 12250: 400 KRW\n      sector 12264: 100 KRW\n"),
              std::string::npos)
        << cambodia;
    EXPECT_NE(cambodia.find("transactions 2020: committed 500 KRW, disbursed 200 KRW"), std::string::npos) << cambodia;
    EXPECT_NE(oda.find("Infectious disease control [implementation]", mm), std::string::npos) << oda;
}

TEST(PortfolioReport, EngagementsPerCountryShortensTheListButNotTheMoney) {
    pd::Portfolio p = sample();
    for (const char* key : {"mn-a", "mn-b", "mn-c"}) {
        pd::OdaEngagement e;
        e.key = p.intern(key);
        e.title = p.intern(std::string("Project ") + key);
        e.recipient = pd::CountryCode("MN");
        e.status = pd::OdaStatus::implementation;
        e.budgets = {{pd::Period(pd::PartialDate::of_day(2016, 1, 1), pd::PartialDate::of_day(2016, 12, 31)),
                      pd::Money(100, pd::CurrencyCode("KRW"))}};
        e.provenance.source = p.intern("test");
        p.add(e);
    }
    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.include_validation = false;
    const std::string full = section(rp::render_report(p, options), "ODA by country, sector and year");
    EXPECT_NE(full.find("Project mn-c"), std::string::npos) << full;
    EXPECT_EQ(full.find("more not listed"), std::string::npos) << full;

    options.engagements_per_country = 2;
    // The section ends before the next one's blank line: the amount is its last text.
    const std::string two = section(rp::render_report(p, options), "ODA by country, sector and year");
    EXPECT_NE(two.find("MN Mongolia: 3 engagements\n    Project mn-a [implementation]\n"
                       "    Project mn-b [implementation]\n    and 1 more not listed\n    budget 2016: 300 KRW"),
              std::string::npos)
        << two;
    EXPECT_EQ(two.find("Project mn-c"), std::string::npos) << two;

    options.engagements_per_country = 0;
    const std::string none = section(rp::render_report(p, options), "ODA by country, sector and year");
    EXPECT_NE(none.find("MN Mongolia: 3 engagements\n    and 3 more not listed\n    budget 2016: 300 KRW"),
              std::string::npos)
        << none;
}

TEST(PortfolioReport, DormantTiesNameTheirLastExchange) {
    const std::string report = rp::render_report(sample(), options_on(day(2025, 6, 1), day(2025, 6, 1)));
    const std::string dormant = section(report, "Dormant ties on 2025-06-01");
    EXPECT_NE(dormant.find("Virginia (US-VA)"), std::string::npos) << dormant;
    EXPECT_NE(dormant.find("no exchange recorded"), std::string::npos) << dormant;
}

TEST(PortfolioReport, ExchangesWithoutAnyHeadcountSaySoInsteadOfZeroPeople) {
    pd::Portfolio p = sample();
    pd::ExchangeProgram program;
    program.key = p.intern("va-delegation");
    program.kind = pd::ProgramKind::delegation;
    program.start = pd::PartialDate::of_year(2019);
    program.partners = {*p.find_partner("us-va")};
    program.provenance.source = p.intern("test");
    p.add(program);
    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.include_validation = false;
    const std::string exchanges = section(rp::render_report(p, options), "Exchanges by country and year");
    EXPECT_NE(exchanges.find("2019    1 program, headcount not recorded"), std::string::npos) << exchanges;
    EXPECT_EQ(exchanges.find("0 people"), std::string::npos) << exchanges;
}

TEST(PortfolioReport, UndatedExchangesHaveTheirOwnRowAndKeepATieOnlyPossiblyDormant) {
    pd::Portfolio p = sample();
    pd::ExchangeProgram program;
    program.key = p.intern("va-meeting");
    program.kind = pd::ProgramKind::policy_meeting;
    program.start = pd::PartialDate::of_day(2014, 10, 28);
    program.headcount = 12;
    program.partners = {*p.find_partner("us-va")};
    program.provenance.source = p.intern("test");
    p.add(program);
    program.key = p.intern("va-dispatch");
    program.start.reset();  // the source does not date it
    program.headcount = 3;
    p.add(program);

    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.include_validation = false;
    const std::string report = rp::render_report(p, options);
    const std::string exchanges = section(report, "Exchanges by country and year");
    const auto dated = exchanges.find("2014    1 program, 12 people");
    const auto undated = exchanges.find("undated 1 program, 3 people");
    ASSERT_NE(dated, std::string::npos) << exchanges;
    ASSERT_NE(undated, std::string::npos) << exchanges;
    EXPECT_LT(dated, undated);  // after the years of its country
    EXPECT_EQ(exchanges.find("2000"), std::string::npos) << exchanges;

    // The undated program may have been recent: Virginia is only possibly dormant.
    const std::string dormant = section(report, "Dormant ties on 2025-06-01");
    EXPECT_EQ(certain_part(dormant).find("Virginia (US-VA)"), std::string::npos) << dormant;
    EXPECT_NE(possible_part(dormant).find("Virginia (US-VA)"), std::string::npos) << dormant;
    EXPECT_NE(possible_part(dormant).find("latest exchange recorded: 2014-10-28 (+ 1 undated)"), std::string::npos)
        << dormant;
}

TEST(PortfolioReport, RefusesNegativeWindows) {
    rp::ReportOptions options = options_on(day(2025, 6, 1), day(2025, 6, 1));
    options.dormant_years = -1;
    EXPECT_THROW((void)rp::render_report(sample(), options), pd::InvalidValue);
    options.dormant_years = 3;
    options.expiring_months = -2;
    try {
        (void)rp::render_report(sample(), options);
        FAIL() << "expected InvalidValue";
    } catch (const pd::InvalidValue& e) {
        EXPECT_NE(std::string(e.what()).find("expiring_months is -2"), std::string::npos) << e.what();
    }
}
