// SPDX-License-Identifier: Apache-2.0
// The report's roll-up of the home government and its municipalities, their comparison
// with published figures, and the services to the municipalities.

#include "support/report_sections.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>

#include <gtest/gtest.h>

#include <string>

namespace pd = paradiplomacy;
namespace rp = paradiplomacy::report;
using pd::test_support::report_on;
using pd::test_support::section;

namespace {

struct Municipalities : ::testing::Test {
    pd::Portfolio p{pd::SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도"};
    pd::MunicipalityId suwon = municipality("suwon", "Suwon");
    pd::MunicipalityId paju = municipality("paju", "Paju");
    pd::MunicipalityId yeoju = municipality("yeoju", "Yeoju");
    pd::PartnerId hebei = region("cn-he", "Hebei", "CN-HE");
    pd::PartnerId jilin = region("cn-jl", "Jilin", "CN-JL");
    pd::PartnerId aichi = region("jp-23", "Aichi", "JP-23");

    pd::MunicipalityId municipality(const char* key, const char* name) {
        pd::Municipality m;
        m.key = p.intern(key);
        m.name_en = p.intern(name);
        return p.add(m);
    }
    pd::PartnerId region(const char* key, const char* name, const char* code) {
        pd::Partner partner;
        partner.key = p.intern(key);
        partner.name_en = p.intern(name);
        partner.level = pd::PartnerLevel::region;
        partner.region = pd::SubdivisionCode(code);
        partner.country = partner.region->country();
        return p.add(partner);
    }
    void sign(const char* key, pd::PartnerId partner, pd::AgreementKind kind, const char* on,
              std::optional<pd::MunicipalityId> signatory) {
        pd::Agreement a;
        a.key = p.intern(key);
        a.partner = partner;
        a.kind = kind;
        a.signed_on = pd::PartialDate::parse(on);
        a.signatory = signatory;
        a.council_approval = pd::CouncilApproval::approved;
        p.add(a);
    }
    void ties() {
        sign("gg-hebei", hebei, pd::AgreementKind::sister, "2009-06-22", std::nullopt);
        sign("suwon-hebei", hebei, pd::AgreementKind::sister, "2010-01-05", suwon);
        sign("suwon-jilin", jilin, pd::AgreementKind::friendship, "2017", suwon);
        sign("paju-aichi", aichi, pd::AgreementKind::friendship, "2012-04-01", paju);
    }
};

TEST_F(Municipalities, TheRollUpListsTheHomeGovernmentEachMunicipalityAndTheirTiesByCountry) {
    ties();
    EXPECT_EQ(section(report_on(p, "2018-01-01", "2017-06-30"), "The home government and its municipalities"),
              "The home government and its municipalities: ties in force on 2017-06-30\n"
              "=======================================================================\n"
              "  Gyeonggi-do (itself)          1 tie, 1 country\n"
              "  its municipalities together   2 ties (3 possibly), 2 countries\n"
              "  2 of 3 municipalities hold a tie in force; a tie is one partner and one signatory, counted per "
              "signatory.\n"
              "    Suwon                       1 tie (2 possibly), 1 country\n"
              "    Paju                        1 tie, 1 country\n"
              "The municipalities' ties by country\n"
              "  CN China                      1 tie (2 possibly), 1 country\n"
              "  JP Japan                      1 tie, 1 country");
}

TEST_F(Municipalities, APortfolioWithoutMunicipalitiesHasNoRollUp) {
    pd::Portfolio bare{pd::SubdivisionCode("KR-41"), "Gyeonggi-do"};
    EXPECT_EQ(section(report_on(bare, "2018-01-01", "2017-06-30"), "The home government and its municipalities"), "");
}

TEST_F(Municipalities, ThePublishedMunicipalFiguresAreComparedWithTheirTies) {
    ties();
    const rp::PublishedFigures figures = rp::parse_published_figures(R"json({
      "schema": "paradiplomacy.published-figures/2",
      "sources": {"news": "News, 2017", "mois": "Ministry table, 2012"},
      "figures": [
        {"label": "ties", "measure": "ties", "government": "municipalities", "value": 207, "as_of": "2017-06-30", "source": "news"},
        {"label": "countries", "measure": "partner_countries", "government": "municipalities", "value": 30, "as_of": "2017-06-30", "source": "news"},
        {"label": "sister", "measure": "ties", "government": "municipalities", "kinds": ["sister"], "value": 113, "as_of": "2017-06-30", "source": "news"},
        {"label": "friendship", "measure": "ties", "government": "municipalities", "kinds": ["friendship", "economic_cooperation"], "value": 94, "as_of": "2017-06-30", "source": "news"},
        {"label": "in China", "measure": "ties", "government": "municipalities", "country": "CN", "value": 74, "as_of": "2017-06-30", "source": "news"},
        {"label": "in the US", "measure": "ties", "government": "municipalities", "country": "US", "value": 35, "as_of": "2017-06-30", "source": "news"},
        {"label": "Suwon 2012", "measure": "ties", "government": "suwon", "value": 1, "as_of": "2012", "source": "mois"},
        {"label": "Osan 2012", "measure": "ties", "government": "osan", "value": 2, "as_of": "2012", "source": "mois"},
        {"label": "all ties", "measure": "ties", "government": "all", "value": 5, "as_of": "2017-06-30", "source": "mois"},
        {"label": "all partners", "measure": "partners", "government": "all", "value": 3, "as_of": "2017-06-30", "source": "mois"}]})json");

    const auto rows = rp::compare_with_published(p, figures);
    ASSERT_EQ(rows.size(), 10U);
    EXPECT_EQ(rows[0].on, pd::Day(2017, 6, 30));
    EXPECT_EQ(rows[0].recorded, (pd::CertainCount{2, 3}));  // the province's own tie is not one of theirs
    EXPECT_EQ(rows[0].published(), 207U);
    EXPECT_EQ(rows[0].explained_by,
              (std::vector<rp::FigureEvidence>{
                  {"Hebei (CN-HE) [Suwon]", true}, {"Aichi (JP-23) [Paju]", true}, {"Jilin (CN-JL) [Suwon]", false}}));
    EXPECT_EQ(rows[1].recorded, (pd::CertainCount{2, 2}));
    EXPECT_EQ(rows[2].recorded, (pd::CertainCount{1, 1}));
    EXPECT_EQ(rows[3].recorded, (pd::CertainCount{1, 2}));  // Suwon-Jilin "2017": possibly
    EXPECT_EQ(rows[4].recorded, (pd::CertainCount{1, 2}));
    EXPECT_EQ(rows[5].recorded, (pd::CertainCount{0, 0}));
    EXPECT_EQ(rows[5].describe(), "0 certain vs 35 published: 35 not found in the records");
    // One municipality's figure, on its own day: Suwon's Hebei tie of 2010.
    EXPECT_EQ(rows[6].on, pd::Day(2012, 12, 31));
    EXPECT_EQ(rows[6].recorded, (pd::CertainCount{1, 1}));
    EXPECT_EQ(rows[6].describe(), "1 certain vs 1 published: matches");
    // A municipality no record has cannot be counted; the comparison says so instead of 0.
    EXPECT_EQ(rows[7].describe(), "cannot be counted: no municipality record has the id \"osan\"");
    // The province with its municipalities, as a ministry counts them: four ties, Hebei's two
    // (the province's and Suwon's) one partner.
    EXPECT_EQ(rows[8].recorded, (pd::CertainCount{3, 4}));
    EXPECT_EQ(rows[8].explained_by[0].name, "Hebei (CN-HE)");
    EXPECT_EQ(rows[8].explained_by[1].name, "Hebei (CN-HE) [Suwon]");
    EXPECT_EQ(rows[9].recorded, (pd::CertainCount{2, 3}));
    EXPECT_EQ(rows[9].explained_by, (std::vector<rp::FigureEvidence>{
                                        {"Hebei (CN-HE)", true}, {"Aichi (JP-23)", true}, {"Jilin (CN-JL)", false}}));

    const std::string comparison =
        section(report_on(p, "2018-01-01", "2017-06-30", figures), "Published figures compared with the records");
    EXPECT_NE(comparison.find("    [news] News, 2017\n"), std::string::npos) << comparison;
    EXPECT_NE(comparison.find("  ties, as of 2017-06-30 [news]\n"
                              "    2 certain, 3 possible vs 207 published: 204 to 205 not found in the records\n"
                              "    explained by: Hebei (CN-HE) [Suwon], Aichi (JP-23) [Paju]\n"
                              "    possibly also: Jilin (CN-JL) [Suwon]\n"),
              std::string::npos)
        << comparison;
}

TEST_F(Municipalities, ServicesAreListedByKindAndProgramAndLeftOutOfTheExchanges) {
    pd::ExchangeProgram training;
    training.key = p.intern("gg-working-level-training-2017");
    training.title = p.intern("Working-level training on international exchange");
    training.kind = pd::ProgramKind::staff_training;
    training.start = pd::PartialDate::parse("2017-09-26");
    training.municipalities = {suwon, paju, yeoju};
    p.add(training);
    pd::ExchangeProgram manual;
    manual.key = p.intern("gg-exchange-manual");
    manual.kind = pd::ProgramKind::publication;
    manual.municipalities = {paju};
    p.add(manual);

    const std::string report = report_on(p, "2018-01-01", "2017-12-31");
    EXPECT_EQ(section(report, "Services to the municipalities"),
              "Services to the municipalities\n"
              "==============================\n"
              "  staff_training                1 program, 3 municipalities reached\n"
              "  publication                   1 program, 1 municipality reached\n"
              "Programs\n"
              "  Working-level training on international exchange (staff_training, 2017-09-26): all 3 municipalities\n"
              "  gg-exchange-manual (publication, undated): Paju");
    EXPECT_NE(section(report, "Exchanges by country and year").find("(no exchange program)"), std::string::npos)
        << section(report, "Exchanges by country and year");
}

}  // namespace
