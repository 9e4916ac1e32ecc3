// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

/// A fresh directory per test, removed afterwards.
class CsvTables : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-csv-test-" + std::to_string(r()) + std::to_string(r()));
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
    /// The FileError message of importing `sources`, or "" when it succeeds.
    static std::string import_error(const pd::CsvSources& sources, const pd::CsvImportOptions& options) {
        try {
            (void)pd::import_csv(sources, options);
        } catch (const pd::FileError& e) {
            return e.what();
        }
        return {};
    }
    static pd::CsvImportOptions gyeonggi() {
        pd::CsvImportOptions o;
        o.home = pd::SubdivisionCode("KR-41");
        o.home_name_en = "Gyeonggi-do";
        return o;
    }
    /// An agreements-only import whose error message is returned.
    std::string agreements_error(const std::string& content) {
        pd::CsvSources s;
        s.agreements = write("agreements.csv", content);
        return import_error(s, gyeonggi());
    }

    fs::path dir_;
};

pd::Portfolio sample() {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도");
    pd::Municipality suwon;
    suwon.key = p.intern("suwon");
    suwon.name_en = p.intern("Suwon");
    suwon.name_local = p.intern("수원시");
    const auto suwon_id = p.add(suwon);

    pd::Partner hebei;
    hebei.key = p.intern("cn-hebei");
    hebei.level = pd::PartnerLevel::region;
    hebei.country = pd::CountryCode("CN");
    hebei.region = pd::SubdivisionCode("CN-HE");
    hebei.name_en = p.intern("Hebei, \"the\" province");  // comma and quotes need quoting
    hebei.name_local = p.intern("허베이성");
    hebei.world_region = 30;
    hebei.provenance.source = p.intern("https://example.org/a?b=1,2");
    hebei.provenance.note = p.intern("two lines\nof note");
    hebei.provenance.uncertain = true;
    const auto hebei_id = p.add(hebei);

    pd::Partner mongolia;
    mongolia.key = p.intern("mn");
    mongolia.level = pd::PartnerLevel::country;
    mongolia.country = pd::CountryCode("MN");
    mongolia.name_en = p.intern(" Mongolia ");  // surrounding spaces survive
    const auto mongolia_id = p.add(mongolia);

    pd::Designation priority;
    priority.key = p.intern("cn-hebei-priority");
    priority.partner = hebei_id;
    priority.start = pd::PartialDate::of_year(2015);
    priority.end = pd::PartialDate::of_day(2016, 6, 30);
    priority.provenance.source = p.intern("https://www.gg.go.kr/");
    p.add(priority);
    pd::Designation strategic;
    strategic.key = p.intern("mn-strategic");
    strategic.partner = mongolia_id;
    strategic.kind = pd::DesignationKind::strategic_oda;
    p.add(strategic);

    pd::Agreement mou;
    mou.key = p.intern("hebei-mou");
    mou.partner = hebei_id;
    mou.kind = pd::AgreementKind::friendship;
    mou.signed_on = pd::PartialDate::of_month(2008, 10);
    mou.fields = {p.intern("economy"), p.intern("culture")};
    const auto mou_id = p.add(mou);

    pd::Agreement sister;
    sister.key = p.intern("hebei-sister");
    sister.partner = hebei_id;
    sister.signatory = suwon_id;
    sister.kind = pd::AgreementKind::sister;
    sister.title = p.intern("자매결연 협정서");
    sister.signed_on = pd::PartialDate::of_day(2009, 6, 22);
    sister.validity = pd::Period(pd::PartialDate::of_year(2009), pd::PartialDate::of_year(2012));
    sister.suspended_on = pd::PartialDate::of_year(2020);
    sister.resumed_on = pd::PartialDate::of_month(2021, 3);
    sister.supersedes = mou_id;
    sister.council_approval = pd::CouncilApproval::approved;
    sister.council_approved_on = pd::PartialDate::of_day(2009, 5, 1);
    const auto sister_id = p.add(sister);

    pd::Agreement draft;
    draft.key = p.intern("mn-draft");
    draft.partner = mongolia_id;
    draft.kind = pd::AgreementKind::mou;
    draft.proposed = true;
    draft.terminated_on = pd::PartialDate::of_year(2024);
    p.add(draft);

    pd::ExchangeProgram training;
    training.key = p.intern("training-2016");
    training.title = p.intern("Training, 9th round");
    training.kind = pd::ProgramKind::official_training;
    training.direction = pd::Direction::inbound;
    training.organiser = suwon_id;
    training.start = pd::PartialDate::of_day(2016, 5, 2);
    training.end = pd::PartialDate::of_day(2016, 5, 27);
    training.headcount = 18;
    training.partners = {hebei_id, mongolia_id};
    training.agreement = sister_id;
    const auto training_id = p.add(training);

    pd::OdaEngagement smart;
    smart.key = p.intern("mn-smart-class");
    smart.iati_identifier = p.intern("KR-GOV-041-2014-1");
    smart.title = p.intern("Korean-language Smart Class");
    smart.recipient = pd::CountryCode("MN");
    smart.recipient_partner = mongolia_id;
    smart.regions = {{pd::SubdivisionCode("MN-1"), 60.5}, {pd::SubdivisionCode("MN-041"), 39.5}};
    smart.sectors = {{pd::PurposeCode("11220"), 100.0 / 3.0}, {pd::PurposeCode("22040"), 200.0 / 3.0}};
    smart.budgets = {{pd::Period(pd::PartialDate::of_day(2015, 1, 1), pd::PartialDate::of_day(2015, 12, 31)),
                      pd::Money(900000000.0, pd::CurrencyCode("KRW"))},
                     {pd::Period(pd::PartialDate::of_year(2016), pd::PartialDate::of_year(2016)),
                      pd::Money(0.1, pd::CurrencyCode("USD"))}};
    smart.budgets[1].value_date = pd::PartialDate::of_day(2016, 1, 4);
    smart.budgets[1].type = pd::BudgetType::revised;
    smart.budgets[1].status = pd::BudgetStatus::committed;
    smart.recipient_countries = {{pd::CountryCode("MN"), 90.0}};
    smart.recipient_regions = {{798, pd::RegionVocabulary::oecd_dac, 6.5}, {142, pd::RegionVocabulary::un_m49, 3.5}};
    smart.transactions = {
        {2015, pd::TransactionType::outgoing_commitment, pd::Money(900000000.0, pd::CurrencyCode("KRW")), 1},
        {2015, pd::TransactionType::disbursement, pd::Money(450000000.5, pd::CurrencyCode("KRW")), 0}};
    smart.default_currency = pd::CurrencyCode("KRW");
    smart.reporting_org = pd::OrganisationRef{p.intern("KR-GOV-041"), p.intern("Gyeonggi-do, \"International\""), 10};
    pd::Organisation gyeonggi;
    gyeonggi.key = p.intern("KR-GOV-041");
    gyeonggi.name_en = p.intern("Gyeonggi-do");
    gyeonggi.kind = pd::OrganisationKind::government;
    gyeonggi.iati_ref = p.intern("KR-GOV-041");
    gyeonggi.iati_type = 10;
    pd::Organisation gaok;
    gaok.key = p.intern("gaok");
    gaok.name_en = p.intern("GAOK");
    pd::Organisation ministry;
    ministry.key = p.intern("mn-education");
    ministry.name_en = p.intern("Mongolian Ministry of Education");
    ministry.country = pd::CountryCode("MN");
    smart.organisations = {{p.add(gyeonggi), pd::OrganisationRole::funding, p.intern("GG-2014-1")},
                           {p.add(gaok), pd::OrganisationRole::implementing, pd::TextId(0)},
                           {p.add(ministry), pd::OrganisationRole::implementing, pd::TextId(0)}};
    smart.planned_start = pd::PartialDate::of_month(2014, 12);
    smart.actual_start = pd::PartialDate::of_month(2014, 12);
    smart.planned_end = pd::PartialDate::of_year(2018);
    smart.status = pd::OdaStatus::implementation;
    smart.programs = {training_id};
    smart.brand_project = true;
    p.add(smart);
    return p;
}

}  // namespace

TEST_F(CsvTables, RoundTripGivesAnEqualPortfolio) {
    const pd::Portfolio original = sample();
    pd::export_csv(original, dir_ / "out");
    const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(dir_ / "out"));
    EXPECT_TRUE(back == original);
    EXPECT_EQ(back.text(back.partners()[0].provenance.note), "two lines\nof note");
    EXPECT_EQ(back.engagements()[0].sectors[0].percentage, 100.0 / 3.0);  // shortest exact form
    // A second export of the re-imported portfolio writes the same bytes.
    pd::export_csv(back, dir_ / "again");
    for (const char* name : {"home.csv", "partners.csv", "agreements.csv", "programs.csv", "oda.csv", "oda_regions.csv",
                             "oda_sectors.csv", "oda_budgets.csv", "municipalities.csv", "oda_countries.csv",
                             "oda_recipient_regions.csv", "oda_transactions.csv", "organisations.csv"})
        EXPECT_EQ(read(dir_ / "out" / name), read(dir_ / "again" / name)) << name;
    EXPECT_FALSE(fs::exists(dir_ / "out" / "oda_participants.csv"));  // read from older sheets, never written
}

TEST_F(CsvTables, IatiShapedEngagementRoundTripsEveryMember) {
    const pd::Portfolio original = sample();
    pd::export_csv(original, dir_);
    EXPECT_EQ(read(dir_ / "oda_transactions.csv"),
              "oda,year,type,amount,currency,count\r\n"
              "mn-smart-class,2015,outgoing_commitment,9e+08,KRW,1\r\n"
              "mn-smart-class,2015,disbursement,450000000.5,KRW,\r\n");
    EXPECT_EQ(read(dir_ / "oda_recipient_regions.csv"),
              "oda,code,vocabulary,percentage\r\nmn-smart-class,798,oecd_dac,6.5\r\nmn-smart-class,142,un_m49,3.5\r\n");
    EXPECT_NE(read(dir_ / "oda_budgets.csv").find(",0.1,USD,2016-01-04,revised,committed\r\n"), std::string::npos);
    EXPECT_NE(read(dir_ / "oda.csv")
                  .find(",KRW,KR-GOV-041,\"Gyeonggi-do, \"\"International\"\"\",10,,,,funding:KR-GOV-041@GG-2014-1; "
                        "implementing:gaok; implementing:mn-education\r\n"),
              std::string::npos);
    const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(dir_));
    const pd::OdaEngagement& e = back.engagements()[0];
    EXPECT_EQ(e.transactions, original.engagements()[0].transactions);
    EXPECT_EQ(e.recipient_regions, original.engagements()[0].recipient_regions);
    EXPECT_EQ(e.recipient_countries, original.engagements()[0].recipient_countries);
    EXPECT_EQ(e.budgets, original.engagements()[0].budgets);
    EXPECT_EQ(e.default_currency, pd::CurrencyCode("KRW"));
    ASSERT_EQ(e.organisations.size(), 3U);
    EXPECT_EQ(back.text(e.organisations[0].activity_id), "GG-2014-1");
    EXPECT_EQ(back.at(e.organisations[0].organisation).iati_type, 10U);
    EXPECT_EQ(e.organisations[1].role, pd::OrganisationRole::implementing);
    EXPECT_TRUE(back == original);
}

TEST_F(CsvTables, OtherSectorsAndIdentifiersRoundTrip) {
    // What IATI rules 6.2.2 and 1.1.21 need beyond DAC sectors and the reporting organisation.
    pd::Portfolio original = sample();
    pd::OdaEngagement e = original.engagements()[0];
    e.other_sectors = {{original.intern("99"), original.intern("EDU-1"), 60.0},
                       {original.intern("10"), original.intern("3"), std::nullopt}};
    e.transaction_sectors = true;
    e.other_identifiers = {{original.intern("KR-GOV-OLD"), pd::OtherIdentifierType::previous_reporting_org},
                           {original.intern("GG:2014:1"), pd::OtherIdentifierType::internal}};
    original.replace(e);
    pd::export_csv(original, dir_);
    const std::string sectors = read(dir_ / "oda_sectors.csv");
    EXPECT_NE(sectors.find("mn-smart-class,EDU-1,60,99\r\nmn-smart-class,3,,10\r\n"), std::string::npos) << sectors;
    EXPECT_NE(read(dir_ / "oda.csv")
                  .find(",true,B1:KR-GOV-OLD; A1:GG:2014:1,,funding:KR-GOV-041@GG-2014-1; implementing:gaok; "
                        "implementing:mn-education\r\n"),
              std::string::npos)
        << read(dir_ / "oda.csv");
    const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(dir_));
    EXPECT_TRUE(back == original);
    const pd::OdaEngagement& b = back.engagements()[0];
    ASSERT_EQ(b.other_identifiers.size(), 2U);
    EXPECT_EQ(back.text(b.other_identifiers[1].ref), "GG:2014:1");  // split at the first colon
    EXPECT_EQ(b.other_sectors.at(1).percentage, std::nullopt);
    // Without the new fields, the engagement reads back without them.
    e.other_sectors.clear();
    e.transaction_sectors = false;
    e.other_identifiers.clear();
    original.replace(e);
    pd::export_csv(original, dir_);
    EXPECT_TRUE(pd::import_csv(pd::CsvSources::in_directory(dir_)) == original);
}

TEST_F(CsvTables, BadOtherIdentifiersAndOtherSectorsAreNamed) {
    pd::CsvSources s;
    s.oda = write("oda.csv",
                  "id,recipient,status,other_identifiers,transaction_sectors\n"
                  "vn-1,VN,implementation,B1:VN-OLD; previous_activity:VN-7; b9:x,yes\n"
                  "vn-2,VN,implementation,Z1:VN-OLD,\nvn-3,VN,implementation,B1,\nvn-4,VN,implementation,,maybe\n");
    s.oda_sectors = write("oda_sectors.csv",
                          "oda,purpose,percentage,vocabulary\nvn-1,EDU,,99\nvn-1,140,100,2\n"
                          "vn-1,EDU,120,99\nvn-1,,50,99\n");
    const std::string message = import_error(s, gyeonggi());
    for (const char* expected :
         {"oda.csv, row 3, column \"other_identifiers\": \"Z1:VN-OLD\" is not an other identifier written "
          "TYPE:IDENTIFIER",
          "oda.csv, row 4, column \"other_identifiers\": \"B1\" is not an other identifier",
          "oda.csv, row 5, column \"transaction_sectors\": \"maybe\" is not a yes/no value",
          "oda_sectors.csv, row 4, column \"percentage\": a percentage must lie between 0 and 100",
          "oda_sectors.csv, row 5, column \"purpose\": is empty but required"})
        EXPECT_NE(message.find(expected), std::string::npos) << expected << "\n" << message;
    EXPECT_EQ(message.find("row 2"), std::string::npos) << message;

    // A code the model refuses (';' could not be written back in a list) is a problem like the others.
    s.oda = write("oda.csv", "id,recipient,status\nvn-1,VN,implementation\n");
    s.oda_sectors = write("oda_sectors.csv", "oda,purpose,percentage,vocabulary\nvn-1,a;b,,99\n");
    const std::string refused = import_error(s, gyeonggi());
    EXPECT_NE(refused.find("oda.csv: ODA engagement \"vn-1\": the other_sectors item \"a;b\" holds ';'"),
              std::string::npos)
        << refused;

    s.oda = write("oda.csv",
                  "id,recipient,status,other_identifiers,transaction_sectors\n"
                  "vn-1,VN,implementation,B1:VN-OLD; previous_activity:VN-7; b9:x,yes\n");
    s.oda_sectors = write("oda_sectors.csv", "oda,purpose,percentage,vocabulary\nvn-1,EDU,,99\nvn-1,140,100,2\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    const pd::OdaEngagement& e = p.engagements()[0];
    EXPECT_TRUE(e.transaction_sectors);
    ASSERT_EQ(e.other_identifiers.size(), 3U);
    EXPECT_EQ(e.other_identifiers[0].type, pd::OtherIdentifierType::previous_reporting_org);
    EXPECT_EQ(e.other_identifiers[1].type, pd::OtherIdentifierType::previous_activity);
    EXPECT_EQ(e.other_identifiers[2].type, pd::OtherIdentifierType::other_organisation);
    ASSERT_EQ(e.other_sectors.size(), 1U);
    EXPECT_EQ(p.text(e.other_sectors[0].vocabulary), "99");
    EXPECT_EQ(e.sectors.at(0).purpose, pd::PurposeCode("140"));
}

TEST_F(CsvTables, AReportingOrganisationWithNothingKnownStaysPresent) {
    pd::Portfolio original = sample();
    pd::OdaEngagement e = original.engagements()[0];
    e.reporting_org = pd::OrganisationRef{};
    original.replace(e);
    pd::export_csv(original, dir_);
    const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(dir_));
    ASSERT_TRUE(back.engagements()[0].reporting_org);
    EXPECT_TRUE(back == original);
    e.reporting_org.reset();
    original.replace(e);
    pd::export_csv(original, dir_);
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(dir_)).engagements()[0].reporting_org, std::nullopt);
}

TEST_F(CsvTables, IatiCodesAndBadCellsInTheNewOdaTables) {
    pd::CsvSources s;
    s.oda = write("oda.csv",
                  "id,recipient,status,default_currency,reporting_org_type\nvn-1,VN,implementation,USD,\n"
                  "vn-2,VN,implementation,usd,100\n");
    s.oda_transactions = write("oda_transactions.csv",
                               "oda,year,type,amount,currency\nvn-1,2019,3,10,USD\n"
                               "vn-1,19,payment,10,USD\n");
    s.oda_participants = write("oda_participants.csv", "oda,name,role\nvn-1,KOICA,1\nvn-1,Nobody,\n");
    s.oda_recipient_regions = write("oda_recipient_regions.csv",
                                    "oda,code,vocabulary,percentage\nvn-1,35,2,10\n"
                                    "vn-1,7980,un,10\n");
    s.oda_countries = write("oda_countries.csv", "oda,country,percentage\nvn-1,VN,90\n");
    s.oda_budgets = write("oda_budgets.csv",
                          "oda,start,end,amount,currency,status\nvn-1,2019,2019,5,USD,2\n"
                          "vn-1,2019,2019,5,USD,approved\n");
    s.oda_sectors = write("oda_sectors.csv", "oda,purpose,percentage\nvn-1,140,100\n");
    std::string message;
    try {
        (void)pd::import_csv(s, gyeonggi());
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        message = e.what();
    }
    for (const char* expected :
         {"oda.csv, row 3, column \"default_currency\": \"usd\" is not an ISO 4217 currency code",
          "oda.csv, row 3, column \"reporting_org_type\": 100 is not an IATI organisation type (0-99)",
          "oda_transactions.csv, row 3, column \"year\": year 19 is outside 1400-9999",
          "oda_transactions.csv, row 3, column \"type\": \"payment\" is not one of incoming_funds, outgoing_commitment",
          "oda_participants.csv, row 3, column \"role\": is empty but required",
          "oda_recipient_regions.csv, row 3, column \"code\": 7980 is not a region code",
          "oda_recipient_regions.csv, row 3, column \"vocabulary\": \"un\" is not one of oecd_dac, un_m49",
          "oda_budgets.csv, row 3, column \"status\": \"approved\" is not one of indicative, committed"})
        EXPECT_NE(message.find(expected), std::string::npos) << expected << "\n" << message;
    EXPECT_EQ(message.find("row 2"), std::string::npos) << message;  // the IATI codes were understood

    // Without the bad rows, the codes read as the names.
    s.oda = write("oda.csv", "id,recipient,status,default_currency\nvn-1,VN,implementation,USD\n");
    s.oda_transactions = write("oda_transactions.csv", "oda,year,type,amount,currency\nvn-1,2019,3,10,USD\n");
    s.oda_participants = write("oda_participants.csv", "oda,name,role\nvn-1,KOICA,1\n");
    s.oda_recipient_regions = write("oda_recipient_regions.csv", "oda,code,vocabulary,percentage\nvn-1,35,2,10\n");
    s.oda_budgets = write("oda_budgets.csv", "oda,start,end,amount,currency,status\nvn-1,2019,2019,5,USD,2\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    const pd::OdaEngagement& e = p.engagements()[0];
    EXPECT_EQ(e.transactions.at(0).type, pd::TransactionType::disbursement);
    // An older sheet's participant is an organisation record in the engagement's organisations.
    ASSERT_EQ(e.organisations.size(), 1U);
    EXPECT_EQ(e.organisations[0].role, pd::OrganisationRole::funding);
    EXPECT_EQ(p.text(p.at(e.organisations[0].organisation).name_en), "KOICA");
    EXPECT_EQ(e.recipient_regions.at(0).vocabulary, pd::RegionVocabulary::un_m49);
    EXPECT_EQ(e.budgets.at(0).status, pd::BudgetStatus::committed);
    EXPECT_EQ(e.budgets.at(0).type, pd::BudgetType::original);
    EXPECT_EQ(e.sectors.at(0).purpose, pd::PurposeCode("140"));
    EXPECT_EQ(e.recipient_countries.at(0), (pd::CountryShare{pd::CountryCode("VN"), 90.0}));
    EXPECT_EQ(e.reporting_org, std::nullopt);
}

TEST_F(CsvTables, UndatedProgramRoundTripsWithAnEmptyStart) {
    pd::Portfolio original = sample();
    pd::ExchangeProgram youth;
    youth.key = original.intern("aichi-youth");
    youth.kind = pd::ProgramKind::youth_exchange;
    youth.partners = {original.partners()[0].id};
    original.add(youth);
    pd::export_csv(original, dir_);
    const std::string programs = read(dir_ / "programs.csv");
    EXPECT_NE(programs.find("\r\naichi-youth,,youth_exchange,both,,,,,cn-hebei,"), std::string::npos) << programs;
    const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(dir_));
    EXPECT_TRUE(back == original);
    EXPECT_EQ(back.program(*back.find_program("aichi-youth")).start, std::nullopt);
}

TEST_F(CsvTables, ProgramStartMayBeEmptyOrItsColumnAbsent) {
    pd::CsvSources s;
    s.partners = write("partners.csv", "id,level,country,region\ncn-hebei,region,CN,CN-HE\n");
    s.programs = write("programs.csv",
                       "id,kind,direction,start,end,partners\n"
                       "dated,delegation,outbound,2015,,cn-hebei\n"
                       "undated,delegation,outbound,,2016-05,cn-hebei\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(p.programs().size(), 2u);
    EXPECT_EQ(p.programs()[0].start, pd::PartialDate::of_year(2015));
    EXPECT_EQ(p.programs()[1].start, std::nullopt);
    EXPECT_EQ(p.programs()[1].end, pd::PartialDate::of_month(2016, 5));

    s.programs = write("programs.csv", "id,kind,direction,partners\nno-column,delegation,outbound,cn-hebei\n");
    const pd::Portfolio q = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(q.programs().size(), 1u);
    EXPECT_EQ(q.programs()[0].start, std::nullopt);
}

TEST_F(CsvTables, RoundTripWithExcelBom) {
    const pd::Portfolio original = sample();
    pd::CsvExportOptions options;
    options.excel_bom = true;
    pd::export_csv(original, dir_, options);
    EXPECT_TRUE(read(dir_ / "partners.csv").starts_with("\xEF\xBB\xBFid,level,country,"));
    EXPECT_TRUE(pd::import_csv(pd::CsvSources::in_directory(dir_)) == original);
}

TEST_F(CsvTables, ExportQuotesOnlyWhatNeedsIt) {
    pd::export_csv(sample(), dir_);
    const std::string partners = read(dir_ / "partners.csv");
    EXPECT_NE(partners.find(",\"Hebei, \"\"the\"\" province\",허베이성,"), std::string::npos) << partners;
    EXPECT_NE(partners.find("\"two lines\nof note\""), std::string::npos);
    EXPECT_NE(partners.find(",\" Mongolia \","), std::string::npos);
    EXPECT_NE(read(dir_ / "agreements.csv").find(",economy; culture,"), std::string::npos);
    EXPECT_NE(read(dir_ / "programs.csv").find(",cn-hebei; mn,"), std::string::npos);
    EXPECT_TRUE(read(dir_ / "home.csv").ends_with("KR-41,Gyeonggi-do,경기도\r\n"));
}

TEST_F(CsvTables, OlderSheetsParticipantsAndImplementersBecomeOrganisationRecords) {
    pd::CsvSources s;
    s.record_tables["organisations.csv"] =
        write("organisations.csv",
              "id,name_en,kind,iati_ref\nkoica,Korea International Cooperation Agency,public_agency,KR-GOV-051\n");
    s.oda = write("oda.csv",
                  "id,recipient,status,implementers\nvn-1,VN,implementation,Gyeonggi Water; 베트남 수자원청\n"
                  "vn-2,VN,implementation,Gyeonggi Water\n");
    s.oda_participants = write("oda_participants.csv",
                               "oda,ref,name,type,role,activity_id\nvn-1,KR-GOV-051,KOICA,10,1,K-1\n"
                               "vn-1,,Gyeonggi Water,,4,\nvn-2,,Gyeonggi Water,,funding,\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    const auto organisations = p.records<pd::Organisation>();
    ASSERT_EQ(organisations.size(), 3U);  // koica, and one record per other name
    const pd::OdaEngagement& first = p.engagement(*p.find_engagement("vn-1"));
    ASSERT_EQ(first.organisations.size(), 3U);  // the implementer named twice is named once
    EXPECT_EQ(p.text(p.at(first.organisations[0].organisation).key), "koica");
    EXPECT_EQ(p.text(first.organisations[0].activity_id), "K-1");
    EXPECT_EQ(p.text(p.at(first.organisations[1].organisation).key), "Gyeonggi Water");
    EXPECT_EQ(p.text(p.at(first.organisations[2].organisation).name_local), "베트남 수자원청");
    const pd::OdaEngagement& second = p.engagement(*p.find_engagement("vn-2"));
    ASSERT_EQ(second.organisations.size(), 2U);
    EXPECT_EQ(second.organisations[0].role, pd::OrganisationRole::funding);
    EXPECT_EQ(second.organisations[1].role, pd::OrganisationRole::implementing);
    EXPECT_EQ(second.organisations[0].organisation, first.organisations[1].organisation);
}

TEST_F(CsvTables, ExportedHeadersAreTheDocumentedOnes) {
    pd::export_csv(pd::Portfolio(pd::SubdivisionCode("KR-41")), dir_);
    const std::string doc = read(fs::path(PARADIPLOMACY_SOURCE_DIR) / "docs" / "csv-format.md");
    ASSERT_FALSE(doc.empty());
    for (const char* name : {"home.csv", "municipalities.csv", "partners.csv", "agreements.csv", "programs.csv",
                             "oda.csv", "oda_regions.csv", "oda_sectors.csv", "oda_budgets.csv", "oda_countries.csv",
                             "oda_recipient_regions.csv", "oda_transactions.csv", "organisations.csv"}) {
        std::string header = read(dir_ / name);
        header = header.substr(0, header.find("\r\n"));
        EXPECT_NE(doc.find("`" + header + "`"), std::string::npos) << name << " header not in the doc: " << header;
    }
    EXPECT_EQ(read(dir_ / "partners.csv").find('\n'), read(dir_ / "partners.csv").size() - 1);  // header only
}

TEST_F(CsvTables, AListItemHoldingTheSeparatorIsRefusedBeforeAnyExport) {
    // The model refuses what a list cell could not carry, so every export reads back.
    pd::Portfolio p = sample();
    pd::Agreement a = p.agreement(pd::AgreementId(0));
    a.fields = {p.intern("trade; investment")};
    try {
        p.replace(a);
        FAIL() << "expected InvalidValue";
    } catch (const pd::InvalidValue& e) {
        EXPECT_EQ(std::string(e.what()),
                  "agreement \"hebei-mou\": the fields item \"trade; investment\" holds ';', "
                  "which separates the items of a list in a CSV cell");
    }
    pd::export_csv(p, dir_ / "x");
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(dir_ / "x")), p);
}

TEST_F(CsvTables, KoreanOfficeSheetImportsWithBomCrlfAndQuotedNewline) {
    pd::CsvSources s;
    s.agreements = fs::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "csv" / "office-sheet-ko.csv";
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(p.partners().size(), 3u);
    ASSERT_EQ(p.agreements().size(), 5u);

    const auto hebei = p.find_partner("cn-허베이성");
    ASSERT_TRUE(hebei);
    EXPECT_EQ(p.partner(*hebei).country, pd::CountryCode("CN"));
    EXPECT_EQ(p.text(p.partner(*hebei).name_local), "허베이성");
    EXPECT_EQ(p.partner(*hebei).level, pd::PartnerLevel::city);
    const auto bc = p.find_partner("ca-british-columbia");
    ASSERT_TRUE(bc);  // "Canada" and "CA" are one country, so one partner
    EXPECT_EQ(p.text(p.partner(*bc).name_en), "British Columbia");

    const auto& friendship = p.agreement(*p.find_agreement("cn-허베이성-friendship-2008-10"));
    EXPECT_EQ(friendship.kind, pd::AgreementKind::friendship);
    EXPECT_EQ(friendship.signed_on, pd::PartialDate::of_month(2008, 10));
    ASSERT_EQ(friendship.fields.size(), 2u);
    EXPECT_EQ(p.text(friendship.fields[1]), "문화");

    const auto& sister = p.agreement(*p.find_agreement("cn-허베이성-sister-2009-06-22"));
    EXPECT_EQ(sister.kind, pd::AgreementKind::sister);
    EXPECT_EQ(sister.partner, *hebei);
    EXPECT_EQ(p.text(sister.provenance.note), "의회 승인,\r\n2009");

    EXPECT_EQ(p.agreement(*p.find_agreement("ca-british-columbia-mou-1997")).signed_on, pd::PartialDate::of_year(1997));
    EXPECT_TRUE(p.find_agreement("ca-british-columbia-sister-2008-05-19"));
    EXPECT_EQ(p.agreement(*p.find_agreement("au-queensland-economic_cooperation-2005")).kind,
              pd::AgreementKind::economic_cooperation);
    EXPECT_EQ(p.home().code, pd::SubdivisionCode("KR-41"));
}

TEST_F(CsvTables, EnglishMinimalSheetWithAliasesAndDottedDates) {
    const std::string sheet =
        "Partner,Country,Tie Type,Field of Exchange,Signing Date\n"
        "Kanagawa,Japan,Sister city,youth,1990\n"
        "Kanagawa,JP,Friendly cooperation,,1989.3\n"
        "Virginia,United States,sister-state,,\"2009. 6. 22.\"\n"
        "Virginia,United States,sister-state,,2010/1/5\n";
    pd::CsvSources s;
    s.agreements = write("ties.csv", sheet);
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(p.partners().size(), 2u);
    ASSERT_EQ(p.agreements().size(), 4u);
    EXPECT_EQ(p.agreements()[1].signed_on, pd::PartialDate::of_month(1989, 3));
    EXPECT_EQ(p.agreements()[2].signed_on, pd::PartialDate::of_day(2009, 6, 22));
    EXPECT_EQ(p.agreements()[3].signed_on, pd::PartialDate::of_day(2010, 1, 5));
    EXPECT_EQ(p.text(p.agreements()[2].key), "us-virginia-sister-2009-06-22");
    EXPECT_EQ(p.agreements()[1].kind, pd::AgreementKind::friendship);
}

TEST_F(CsvTables, GeneratedKeysStayUniqueAndUndatedTiesHaveNoDate) {
    pd::CsvSources s;
    s.agreements = write("a.csv", "partner,country,kind\nAichi,JP,sister\nAichi,JP,sister\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(p.agreements().size(), 2u);
    EXPECT_EQ(p.text(p.agreements()[0].key), "jp-aichi-sister-undated");
    EXPECT_EQ(p.text(p.agreements()[1].key), "jp-aichi-sister-undated-2");
    EXPECT_FALSE(p.agreements()[0].signed_on);
}

TEST_F(CsvTables, BadDateNamesFileRowAndColumn) {
    const std::string message = agreements_error("partner,country,kind,signed_on\nHebei,CN,sister,2009-02-30\n");
    EXPECT_NE(message.find("agreements.csv, row 2, column \"signed_on\""), std::string::npos) << message;
    EXPECT_NE(message.find("2009-02-30"), std::string::npos) << message;
    EXPECT_NE(message.find("has no day 30"), std::string::npos) << message;
}

TEST_F(CsvTables, RowNumbersFollowTheSpreadsheetAfterAQuotedNewline) {
    const std::string message = agreements_error(
        "partner,country,kind,signed_on,note\n"
        "Hebei,CN,sister,2009,\"line one\nline two\"\n"
        "Jiangsu,CN,sister,24-06-19,\n");
    // Spreadsheet row 3 starts on text line 4.
    EXPECT_NE(message.find("agreements.csv, row 3 (text line 4), column \"signed_on\""), std::string::npos) << message;
}

TEST_F(CsvTables, KoreanHeaderIsNamedAsWritten) {
    const std::string message = agreements_error("파트너,국가,유형,체결일\n허베이성,중국,자매결연,2009-13\n");
    EXPECT_NE(message.find("row 2, column \"체결일\""), std::string::npos) << message;
    EXPECT_NE(message.find("month 13"), std::string::npos) << message;
}

TEST_F(CsvTables, UnknownTieType) {
    const std::string message = agreements_error("partner,country,kind\nHebei,CN,marriage\n");
    EXPECT_NE(message.find("row 2, column \"kind\": \"marriage\" is not one of intent, mou, friendship, sister"),
              std::string::npos)
        << message;
}

TEST_F(CsvTables, UnknownCountry) {
    const std::string message = agreements_error("partner,country,kind\nHebei,Atlantis,sister\nAichi,xX,sister\n");
    EXPECT_NE(message.find("row 2, column \"country\": unknown country \"Atlantis\""), std::string::npos) << message;
    EXPECT_NE(message.find("row 3, column \"country\": unknown country \"xX\""), std::string::npos) << message;
    EXPECT_NE(message.find("2 problems"), std::string::npos) << message;
}

TEST_F(CsvTables, TwoUpperCaseLettersAreACodeEvenOneIsoDoesNotList) {
    // As in JSON: the model holds any well-formed code, and validation reports unknown ones.
    pd::CsvSources s;
    s.partners = write("partners.csv", "id,level,country\nxx,country,XX\nuk,country,UK\ngb,country,United Kingdom\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    EXPECT_EQ(p.partners()[0].country.view(), "XX");
    EXPECT_EQ(p.partners()[1].country.view(), "UK");
    EXPECT_EQ(p.partners()[2].country.view(), "GB");
}

TEST_F(CsvTables, MissingRequiredColumn) {
    const std::string message = agreements_error("partner,country,signed_on\nHebei,CN,2009\n");
    EXPECT_NE(message.find("required column \"kind\" is missing"), std::string::npos) << message;
    EXPECT_NE(message.find("유형"), std::string::npos) << message;  // the aliases are listed
}

TEST_F(CsvTables, UnknownColumnIsAnErrorUnlessIgnored) {
    pd::CsvSources s;
    s.agreements = write("agreements.csv", "No.,partner,country,kind,sigend_on\n1,Hebei,CN,sister,2009\n");
    const std::string message = import_error(s, gyeonggi());
    EXPECT_NE(message.find("unknown column \"sigend_on\""), std::string::npos) << message;
    EXPECT_NE(message.find("unknown column \"No.\""), std::string::npos) << message;
    auto options = gyeonggi();
    options.ignore_unknown_columns = true;
    EXPECT_EQ(pd::import_csv(s, options).agreements().size(), 1u);
}

TEST_F(CsvTables, TwoColumnsForOneField) {
    const std::string message = agreements_error("partner,파트너,country,kind\nHebei,Hebei,CN,sister\n");
    EXPECT_NE(message.find("columns \"partner\" and \"파트너\" both mean \"partner\""), std::string::npos) << message;
}

TEST_F(CsvTables, InvalidUtf8IsRefusedWithLineAndByte) {
    pd::CsvSources s;
    s.agreements = write("agreements.csv",
                         "partner,country,kind\nH\xE9"
                         "bei,CN,sister\n");  // Latin-1 é
    const std::string message = import_error(s, gyeonggi());
    EXPECT_NE(message.find("agreements.csv, line 2, byte 2: invalid UTF-8 (byte 0xE9)"), std::string::npos) << message;
    EXPECT_NE(message.find("CSV UTF-8"), std::string::npos) << message;
    // Overlong encodings and surrogates are invalid too.
    s.agreements = write("agreements.csv", "partner,country,kind\n\xC0\xAF,CN,sister\n");
    EXPECT_NE(import_error(s, gyeonggi()).find("invalid UTF-8"), std::string::npos);
    s.agreements = write("agreements.csv", "partner,country,kind\n\xED\xA0\x80,CN,sister\n");
    EXPECT_NE(import_error(s, gyeonggi()).find("invalid UTF-8"), std::string::npos);
}

TEST_F(CsvTables, MalformedQuotingIsRefused) {
    const std::string message = agreements_error("partner,country,kind\n\"Hebei,CN,sister\n");
    EXPECT_NE(message.find("malformed CSV"), std::string::npos) << message;
    EXPECT_NE(message.find("agreements.csv"), std::string::npos) << message;
}

TEST_F(CsvTables, TooManyCellsInARow) {
    const std::string message = agreements_error("partner,country,kind\nHebei,CN,sister,extra\n");
    EXPECT_NE(message.find("row 2: has 4 cells but the header has 3 columns"), std::string::npos) << message;
}

TEST_F(CsvTables, DuplicateIds) {
    pd::CsvSources s;
    s.partners = write("partners.csv", "id,level,country,region\ncn-hebei,region,CN,CN-HE\ncn-hebei,region,CN,CN-HE\n");
    s.agreements = write("agreements.csv", "id,partner,kind\na1,cn-hebei,sister\na1,cn-hebei,mou\n");
    const std::string message = import_error(s, gyeonggi());
    EXPECT_NE(message.find("partners.csv, row 3, column \"id\": id \"cn-hebei\" is used twice (first on row 2)"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("agreements.csv, row 3, column \"id\": id \"a1\" is used twice (first on row 2)"),
              std::string::npos)
        << message;
}

TEST_F(CsvTables, DanglingReferencesAreReportedOnceEach) {
    pd::CsvSources s;
    s.partners = write("partners.csv", "id,level,country,region\ncn-hebei,region,CN,CN-HE\nbad,region,CN,\n");
    s.agreements = write("agreements.csv",
                         "id,partner,kind,supersedes\n"
                         "a1,cn-hebei,sister,a0\n"
                         "a2,nobody,sister,\n"
                         "a3,bad,sister,\n");
    const std::string message = import_error(s, gyeonggi());
    EXPECT_NE(message.find("partners.csv, row 3, column \"region\": a region partner needs its ISO 3166-2 code"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("agreements.csv, row 2, column \"supersedes\": no agreement has the id \"a0\""),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("row 3, column \"partner\": no partner has the id \"nobody\""), std::string::npos)
        << message;
    // Row 4 refers to the broken partner row: its problem is reported there, not twice.
    EXPECT_NE(message.find("3 problems"), std::string::npos) << message;
}

TEST_F(CsvTables, SupersedesMayPointForward) {
    pd::CsvSources s;
    s.partners = write("partners.csv", "id,level,country,region\ncn-sd,region,CN,CN-SD\n");
    s.agreements = write("agreements.csv",
                         "id,partner,kind,signed_on,supersedes\nsister,cn-sd,sister,2009-12-11,friend\n"
                         "friend,cn-sd,friendship,2000-04,\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    EXPECT_EQ(p.agreements()[0].supersedes, pd::AgreementId(1));
}

TEST_F(CsvTables, RegionCodesAreCheckedForFormAndReadAsInJson) {
    // Whether a region exists and lies in the country is for validation, as for JSON.
    pd::CsvSources s;
    s.partners = write("partners.csv",
                       "id,level,country,region\n"
                       "tw,region,CN,CN-TW\n"
                       "x,region,JP,CN-LN\n"
                       "y,region,JP,JP-99\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(p.partners().size(), 3U);
    EXPECT_EQ(p.partners()[0].region->view(), "CN-TW");
    EXPECT_EQ(p.partners()[1].region->view(), "CN-LN");
    EXPECT_EQ(p.partners()[2].region->view(), "JP-99");
    s.partners = write("partners.csv", "id,level,country,region\nz,region,JP,Kanagawa\n");
    const std::string message = import_error(s, gyeonggi());
    EXPECT_NE(message.find("row 2, column \"region\": \"Kanagawa\" is not an ISO 3166-2 code"), std::string::npos)
        << message;
}

TEST_F(CsvTables, AFormerRegionCodeIsReadAsWrittenAndNamedByValidation) {
    // Hà Tây (VN-15) merged into Hanoi (VN-HN) in 2008: a sheet of old ties keeps its code.
    pd::CsvSources s;
    s.partners = write("partners.csv", "id,level,country,region\nvn-ha-tay,region,VN,VN-15\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(p.partners().size(), 1U);
    EXPECT_EQ(p.partners()[0].region->view(), "VN-15");
    const pd::ValidationReport report = pd::validate(p);
    EXPECT_TRUE(report.by_rule("code.region.unknown").empty());
    const auto former = report.by_rule("code.region.former");
    ASSERT_EQ(former.size(), 1U);
    EXPECT_NE(former[0].message.find("former region VN-15, now VN-HN"), std::string::npos) << former[0].message;
}

TEST_F(CsvTables, OdaSubTableErrors) {
    pd::CsvSources s;
    s.oda = write("oda.csv", "id,recipient,status\nmn-1,MN,implementation\nkh-1,KH,7\n");
    s.oda_sectors = write("oda_sectors.csv", "oda,purpose,percentage\nmn-1,1122,50\nmn-1,11220,150\nzz,11220,10\n");
    s.oda_budgets = write("oda_budgets.csv",
                          "oda,start,end,amount,currency\nmn-1,2016,2015,10,KRW\nmn-1,2016,2016,\"900,000\",KRW\n"
                          "mn-1,2016,2016,5,XY\n");
    const std::string message = import_error(s, gyeonggi());
    EXPECT_NE(message.find("oda.csv, row 3, column \"status\": \"7\" is not one of pipeline"), std::string::npos)
        << message;
    EXPECT_NE(message.find("oda_sectors.csv, row 2, column \"purpose\": \"1122\" is not a five-digit"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("oda_sectors.csv, row 3, column \"percentage\": a percentage must lie between 0 and 100"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("oda_sectors.csv, row 4, column \"oda\": no ODA engagement in oda.csv has the id \"zz\""),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("oda_budgets.csv, row 2, column \"end\": Period: end 2015 is before start 2016"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("oda_budgets.csv, row 3, column \"amount\": \"900,000\" is not a plain number"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("oda_budgets.csv, row 4, column \"currency\": \"XY\" is not an ISO 4217"), std::string::npos)
        << message;
}

TEST_F(CsvTables, ErrorListIsCappedButCountsAll) {
    std::string sheet = "partner,country,kind\n";
    for (int i = 0; i < 30; ++i) sheet += "P" + std::to_string(i) + ",CN,bogus\n";
    pd::CsvSources s;
    s.agreements = write("agreements.csv", sheet);
    auto options = gyeonggi();
    options.max_errors_shown = 5;
    const std::string message = import_error(s, options);
    EXPECT_NE(message.find("30 problems (the first 5 shown)"), std::string::npos) << message;
    EXPECT_NE(message.find("row 6,"), std::string::npos) << message;
    EXPECT_EQ(message.find("row 7,"), std::string::npos) << message;
}

TEST_F(CsvTables, HomeGovernmentIsRequiredAndChecked) {
    pd::CsvSources s;
    s.agreements = write("agreements.csv", "partner,country,kind\nHebei,CN,sister\n");
    EXPECT_NE(import_error(s, {}).find("no home government"), std::string::npos);
    s.home = write("home.csv", "code,name_en\nKR99,Nowhere\n");
    EXPECT_NE(import_error(s, {}).find("home.csv, row 2, column \"code\": \"KR99\" is not an ISO 3166-2 code"),
              std::string::npos);
    // A code in form that ISO 3166-2 does not list reads, as in JSON (validation reports it),
    // and so does ZZ-ZZ, the unknown home of an IATI import.
    for (const char* code : {"KR-99", "ZZ-ZZ"}) {
        s.home = write("home.csv", std::string("code,name_en\n") + code + ",Nowhere\n");
        EXPECT_EQ(pd::import_csv(s).home().code.view(), code);
    }
    s.home = write("home.csv", "code,name_en\nKR-41,Gyeonggi-do\nKR-11,Seoul\n");
    EXPECT_NE(import_error(s, {}).find("home.csv, row 3: home.csv holds one row"), std::string::npos);
}

TEST_F(CsvTables, MissingFileAndEmptyFile) {
    pd::CsvSources s;
    s.agreements = dir_ / "nope.csv";
    EXPECT_NE(import_error(s, gyeonggi()).find("nope.csv: cannot open"), std::string::npos);
    s.agreements = write("empty.csv", "");
    EXPECT_NE(import_error(s, gyeonggi()).find("empty.csv: the file is empty"), std::string::npos);
}

TEST_F(CsvTables, BlankRowsAreSkippedButCounted) {
    pd::CsvSources s;
    s.agreements = write("agreements.csv", "partner,country,kind\n\n,,\nHebei,CN,nope\n");
    const std::string message = import_error(s, gyeonggi());
    EXPECT_NE(message.find("agreements.csv, row 4, column \"kind\""), std::string::npos) << message;
}

TEST_F(CsvTables, ImportFailsAsAWholeAndLeavesNothingHalfBuilt) {
    pd::CsvSources s;
    s.agreements = write("agreements.csv", "partner,country,kind\nHebei,CN,sister\nAichi,JP,?\n");
    EXPECT_THROW((void)pd::import_csv(s, gyeonggi()), pd::FileError);
}

TEST_F(CsvTables, ImportedOfficeSheetRoundTripsThroughTheCanonicalTables) {
    pd::CsvSources s;
    s.agreements = fs::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "csv" / "office-sheet-ko.csv";
    const pd::Portfolio office = pd::import_csv(s, gyeonggi());
    pd::export_csv(office, dir_);
    const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(dir_));
    EXPECT_TRUE(back == office);
    // The canonical agreements table refers to partners by id, not by name and country.
    EXPECT_NE(read(dir_ / "agreements.csv").find(",cn-허베이성,,sister,"), std::string::npos);
}

namespace {

TEST_F(CsvTables, OrganisationsRoundTripThroughOrganisationsCsv) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Organisation koica;
    koica.key = p.intern("koica");
    koica.name_en = p.intern("Korea International Cooperation Agency");
    koica.name_local = p.intern("한국국제협력단");
    koica.kind = pd::OrganisationKind::public_agency;
    koica.country = pd::CountryCode("KR");
    koica.iati_ref = p.intern("KR-GOV-051");
    koica.website = p.intern("https://www.koica.go.kr");
    koica.iati_type = 10;  // a column of revision 1: after the first layout's
    (void)p.add(koica);
    pd::Organisation ngo;
    ngo.key = p.intern("good-neighbors");
    ngo.kind = pd::OrganisationKind::ngo;
    (void)p.add(ngo);

    const fs::path out = dir_ / "tables";
    pd::export_csv(p, out);
    EXPECT_EQ(read(out / "organisations.csv"),
              "id,name_en,name_local,kind,country,iati_ref,website,source,note,uncertain,iati_type\r\n"
              "koica,Korea International Cooperation Agency,한국국제협력단,public_agency,KR,KR-GOV-051,"
              "https://www.koica.go.kr,,,,10\r\n"
              "good-neighbors,,,ngo,,,,,,,\r\n");
    const pd::CsvSources sources = pd::CsvSources::in_directory(out);
    ASSERT_EQ(sources.record_tables.count("organisations.csv"), 1U);
    EXPECT_EQ(pd::import_csv(sources), p);
}

TEST_F(CsvTables, AnOrganisationsRowIsCheckedLikeAnyTable) {
    pd::CsvSources s;
    s.record_tables.emplace("organisations.csv", write("organisations.csv",
                                                       "id,기관명,구분,국가\nkoica,한국국제협력단,public_agency,KR\n"
                                                       "koica,again,ngo,KR\nx,,charity,KR\n"));
    const std::string error = import_error(s, gyeonggi());
    EXPECT_NE(error.find("cannot import the CSV tables: 2 problems:"), std::string::npos) << error;
    EXPECT_NE(error.find("row 3, column \"id\": id \"koica\" is used twice (first on row 2)"), std::string::npos)
        << error;
    EXPECT_NE(error.find("row 4, column \"구분\": \"charity\" is not one of government, public_agency, foundation, "
                         "ngo, university, company, international_organisation, other"),
              std::string::npos)
        << error;

    s.record_tables["organisations.csv"] =
        write("organisations2.csv", "id,기관명,구분,국가\njica,国際協力機構,public_agency,Japan\n");
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    ASSERT_EQ(p.records<pd::Organisation>().size(), 1U);
    EXPECT_EQ(p.records<pd::Organisation>()[0].country, pd::CountryCode("JP"));  // a country name reads as its code
    EXPECT_EQ(p.text(p.records<pd::Organisation>()[0].name_local), "国際協力機構");
}

TEST_F(CsvTables, APartnersTablesYesNoColumnsAreDesignationsOfNoStart) {
    pd::CsvSources s;
    s.partners = write("partners.csv",
                       "id,level,country,중점,strategic_oda,source\n"
                       "jp,country,JP,예,no,bulletin 2017\n"
                       "mn,country,MN,,yes,\n"
                       "cn,country,CN,아니오,0,\n");
    // designations.csv took Japan's key for a dated spell: the flag's gets a suffix.
    s.record_tables.emplace("designations.csv", write("designations.csv",
                                                      "id,partner,kind,start,end\n"
                                                      "jp-priority,jp,priority,2014,2015-12-31\n"));
    const pd::Portfolio p = pd::import_csv(s, gyeonggi());
    const auto designations = p.records<pd::Designation>();
    ASSERT_EQ(designations.size(), 3U);
    EXPECT_EQ(p.text(designations[0].key), "jp-priority");
    EXPECT_EQ(designations[0].end, pd::PartialDate::of_day(2015, 12, 31));
    EXPECT_EQ(p.text(designations[1].key), "jp-priority-2");
    EXPECT_EQ(designations[1].partner, p.find_partner("jp"));
    EXPECT_FALSE(designations[1].start.has_value());
    EXPECT_EQ(p.text(designations[1].provenance.source), "bulletin 2017");
    EXPECT_NE(p.text(designations[1].provenance.note).find("partners.csv, row 2"), std::string::npos)
        << p.text(designations[1].provenance.note);
    EXPECT_EQ(p.text(designations[2].key), "mn-strategic_oda");
    EXPECT_EQ(designations[2].kind, pd::DesignationKind::strategic_oda);

    // The columns are read, never written: an export has the designations table instead.
    const auto out = dir_ / "out";
    pd::export_csv(p, out);
    EXPECT_EQ(read(out / "partners.csv").find("priority"), std::string::npos);
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), p);

    s.partners = write("partners.csv", "id,level,country,priority\njp,country,JP,maybe\n");
    const std::string error = import_error(s, gyeonggi());
    EXPECT_NE(error.find("row 2, column \"priority\": \"maybe\" is not a yes/no value"), std::string::npos) << error;
}

}  // namespace
