// SPDX-License-Identifier: Apache-2.0
// Organisations in roles on agreements, programs and engagements, and a delegation's
// members by role, through JSON and CSV: round trips, the written form, and refusals.

#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

/// A portfolio with two organisations on an agreement, a program (with its delegation's
/// members) and an engagement.
pd::Portfolio involved() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Organisation gcf;
    gcf.key = p.intern("gcf");
    gcf.name_en = p.intern("GyeongGi Cultural Foundation");
    gcf.kind = pd::OrganisationKind::foundation;
    const pd::OrganisationId foundation = p.add(gcf);
    pd::Organisation koica;
    koica.key = p.intern("koica");
    koica.kind = pd::OrganisationKind::public_agency;
    koica.iati_ref = p.intern("KR-GOV-051");
    const pd::OrganisationId agency = p.add(koica);

    pd::Partner hebei;
    hebei.key = p.intern("cn-hebei");
    hebei.level = pd::PartnerLevel::region;
    hebei.region = pd::SubdivisionCode("CN-HE");
    hebei.country = pd::CountryCode("CN");
    const pd::PartnerId partner = p.add(hebei);

    pd::Agreement a;
    a.key = p.intern("gg-hebei-mou");
    a.partner = partner;
    a.kind = pd::AgreementKind::mou;
    a.organisations = {{agency, pd::OrganisationRole::party}, {foundation, pd::OrganisationRole::implementing}};
    (void)p.add(a);

    pd::ExchangeProgram x;
    x.key = p.intern("hebei-visit-2019");
    x.kind = pd::ProgramKind::delegation;
    x.partners = {partner};
    x.headcount = 6;
    x.organisations = {{foundation, pd::OrganisationRole::co_organiser}};
    x.members = {
        {pd::DelegateRole::vice_governor, 1}, {pd::DelegateRole::official, 3}, {pd::DelegateRole::interpreter, 2}};
    (void)p.add(x);

    pd::OdaEngagement e;
    e.key = p.intern("vn-water");
    e.recipient = pd::CountryCode("VN");
    e.organisations = {{agency, pd::OrganisationRole::funding}, {foundation, pd::OrganisationRole::implementing}};
    (void)p.add(e);
    return p;
}

std::string json_error(std::string_view text) {
    try {
        (void)pd::parse_portfolio_json(text);
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return {};
}

TEST(InvolvementJson, RoundTripsAndWritesRoleAndOrganisationId) {
    const pd::Portfolio p = involved();
    const std::string text = pd::to_portfolio_json(p);
    EXPECT_NE(text.find("\"organisation\": \"koica\",\n          \"role\": \"party\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"role\": \"vice_governor\",\n          \"count\": 1"), std::string::npos) << text;
    EXPECT_EQ(pd::parse_portfolio_json(text), p);
}

TEST(InvolvementJson, AnOrganisationListedAfterTheRecordsNamingItResolves) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/2",
      "home": {"code": "KR-41"},
      "partners": [{"id": "vn", "level": "country", "country": "VN"}],
      "programs": [{"id": "x", "kind": "delegation", "direction": "inbound", "partners": ["vn"],
                    "organisations": [{"organisation": "late", "role": "host"},
                                      {"organisation": "early", "role": "co_organiser"}]}],
      "organisations": [{"id": "early", "kind": "ngo"}, {"id": "late", "kind": "university"}]})");
    const pd::ExchangeProgram& x = p.programs()[0];
    ASSERT_EQ(x.organisations.size(), 2U);
    EXPECT_EQ(p.text(p.at(x.organisations[0].organisation).key), "late");
    EXPECT_EQ(x.organisations[0].role, pd::OrganisationRole::host);
    EXPECT_EQ(p.text(p.at(x.organisations[1].organisation).key), "early");
}

TEST(InvolvementJson, RefusesAnUnknownOrganisationRoleOrCount) {
    const std::string head = R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
      "organisations": [{"id": "gcf", "kind": "foundation"}],
      "oda": [{"id": "e", "recipient": "VN", "status": "closed", )";
    EXPECT_NE(json_error(head + R"("organisations": [{"organisation": "nobody", "role": "funding"}]}]})")
                  .find(R"($.oda[0].organisations[0] (ODA engagement "e"): organisation "nobody" is not defined)"),
              std::string::npos)
        << json_error(head + R"("organisations": [{"organisation": "nobody", "role": "funding"}]}]})");
    EXPECT_NE(json_error(head + R"("organisations": [{"organisation": "gcf", "role": "sponsor"}]}]})")
                  .find(R"(unknown organisation role "sponsor")"),
              std::string::npos);
    EXPECT_NE(json_error(head + R"("organisations": [{"organisation": "gcf"}]}]})").find("role"), std::string::npos);
    // A version-1 participant (IATI participating-org) keeps to IATI's four roles.
    EXPECT_NE(json_error(std::string(R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
      "oda": [{"id": "e", "recipient": "VN", "status": "closed", )") +
                         R"("participants": [{"name": "GCF", "role": "host"}]}]})")
                  .find("has no IATI code"),
              std::string::npos);
    // An activity identifier goes with an involvement, as text.
    EXPECT_NE(json_error(head + R"("organisations": [{"organisation": "gcf", "role": "host", "activity_id": 7}]}]})")
                  .find("$.oda[0].organisations[0].activity_id (ODA engagement \"e\"): expected a string, found a "
                        "number"),
              std::string::npos)
        << json_error(head + R"("organisations": [{"organisation": "gcf", "role": "host", "activity_id": 7}]}]})");

    const std::string program = R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
      "partners": [{"id": "vn", "level": "country", "country": "VN"}],
      "programs": [{"id": "x", "kind": "delegation", "direction": "inbound", "partners": ["vn"], "members": )";
    EXPECT_NE(json_error(program + R"([{"role": "official", "count": 70000}]}]})").find("count 70000 is too large"),
              std::string::npos);
    EXPECT_NE(
        json_error(program + R"([{"role": "minister", "count": 1}]}]})").find(R"(unknown delegate role "minister")"),
        std::string::npos);
    EXPECT_NE(json_error(program + R"([{"role": "official", "count": -1}]}]})"), "");
}

TEST(InvolvementJson, AnOfficeRoleIsWrittenAndReadBackWithItsActivityIdentifier) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Organisation gcf;
    gcf.key = p.intern("gcf");
    gcf.iati_type = 60;
    const pd::OrganisationId id = p.add(gcf);
    pd::OdaEngagement e;
    e.key = p.intern("e");
    e.recipient = pd::CountryCode("VN");
    e.organisations = {pd::Involvement{id, pd::OrganisationRole::host, p.intern("GCF-7")},
                       pd::Involvement{id, pd::OrganisationRole::funding, pd::TextId(0)}};
    (void)p.add(e);
    const std::string json = pd::to_portfolio_json(p);
    EXPECT_NE(json.find(R"("activity_id": "GCF-7")"), std::string::npos) << json;
    EXPECT_NE(json.find(R"("iati_type": 60)"), std::string::npos) << json;
    EXPECT_EQ(pd::parse_portfolio_json(json), p);
}

class InvolvementCsv : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-involvement-test-" + std::to_string(r()) + std::to_string(r()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path write(const std::string& name, const std::string& content) {
        const auto path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    static std::string read(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    fs::path dir_;
};

TEST_F(InvolvementCsv, RoundTripsAsRoleColonIdCells) {
    const pd::Portfolio p = involved();
    const fs::path out = dir_ / "tables";
    pd::export_csv(p, out);
    const std::string programs = read(out / "programs.csv");
    EXPECT_NE(programs.find(",organisations,members\r\n"), std::string::npos) << programs;
    EXPECT_NE(programs.find(",co_organiser:gcf,vice_governor:1; official:3; interpreter:2\r\n"), std::string::npos)
        << programs;
    EXPECT_NE(read(out / "agreements.csv").find("party:koica; implementing:gcf"), std::string::npos);
    EXPECT_NE(read(out / "oda.csv").find("funding:koica; implementing:gcf"), std::string::npos);
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), p);
}

TEST_F(InvolvementCsv, RefusesMalformedCellsNamingRowAndColumn) {
    pd::CsvSources s;
    s.record_tables.emplace("organisations.csv", write("organisations.csv", "id,kind\ngcf,foundation\n"));
    s.partners = write("partners.csv", "id,level,country\nvn,country,VN\n");
    s.programs = write("programs.csv",
                       "id,kind,direction,partners,organisations,members\n"
                       "a,delegation,inbound,vn,host:gcf,official:3\n"
                       "b,delegation,inbound,vn,gcf,official:3\n"
                       "c,delegation,inbound,vn,host:nobody,\n"
                       "d,delegation,inbound,vn,,minister:1; official:three\n");
    pd::CsvImportOptions o;
    o.home = pd::SubdivisionCode("KR-41");
    try {
        (void)pd::import_csv(s, o);
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("4 problems"), std::string::npos) << m;
        EXPECT_NE(m.find("row 3, column \"organisations\": \"gcf\" is not written ROLE:ORGANISATION"),
                  std::string::npos)
            << m;
        EXPECT_NE(m.find("row 4, column \"organisations\""), std::string::npos) << m;
        EXPECT_NE(m.find("nobody"), std::string::npos) << m;
        EXPECT_NE(m.find("row 5, column \"members\": \"minister:1\" is not written ROLE:COUNT"), std::string::npos)
            << m;
        EXPECT_NE(m.find("\"official:three\" is not written ROLE:COUNT"), std::string::npos) << m;
    }
}

TEST_F(InvolvementCsv, AnActivityIdentifierFollowsTheOrganisationAfterAnAt) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Organisation koica;
    koica.key = p.intern("koica");
    koica.iati_type = 10;
    const pd::OrganisationId id = p.add(koica);
    pd::OdaEngagement e;
    e.key = p.intern("vn-1");
    e.recipient = pd::CountryCode("VN");
    e.organisations = {pd::Involvement{id, pd::OrganisationRole::funding, p.intern("KOICA-2019-0042")},
                       pd::Involvement{id, pd::OrganisationRole::implementing, pd::TextId(0)}};
    (void)p.add(e);
    const fs::path out = dir_ / "out";
    pd::export_csv(p, out);
    EXPECT_FALSE(fs::exists(out / "oda_participants.csv"));  // not written since version 2
    std::ifstream oda(out / "oda.csv", std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(oda)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("funding:koica@KOICA-2019-0042; implementing:koica"), std::string::npos) << text;
    pd::CsvImportOptions o;
    o.home = pd::SubdivisionCode("KR-41");
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out), o), p);

    // An id holding '@' cannot go with an activity identifier in a cell: the save says so.
    pd::Organisation at;
    at.key = p.intern("a@b");
    pd::OdaEngagement e2;
    e2.key = p.intern("vn-2");
    e2.recipient = pd::CountryCode("VN");
    e2.organisations = {pd::Involvement{p.add(at), pd::OrganisationRole::funding, p.intern("X-1")}};
    (void)p.add(e2);
    try {
        pd::export_csv(p, dir_ / "refused");
        FAIL() << "expected FileError";
    } catch (const pd::FileError& error) {
        EXPECT_NE(std::string(error.what()).find("holds '@'"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(dir_ / "refused"));
}

TEST_F(InvolvementCsv, AParticipantRowInAnOfficeRoleIsRefused) {
    pd::CsvSources s;
    s.oda = write("oda.csv", "id,recipient,status\nvn-1,VN,closed\n");
    s.oda_participants = write("oda_participants.csv", "oda,name,role\nvn-1,GCF,host\n");
    pd::CsvImportOptions o;
    o.home = pd::SubdivisionCode("KR-41");
    try {
        (void)pd::import_csv(s, o);
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_NE(std::string(e.what()).find("host has no IATI code"), std::string::npos) << e.what();
    }
}

}  // namespace
