// SPDX-License-Identifier: Apache-2.0
// Reading portfolio files: what the golden files hold, forward references, BOM, files.
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pd = paradiplomacy;

namespace {

const std::filesystem::path golden_dir = std::filesystem::path(PARADIPLOMACY_SOURCE_DIR) / "tests/data/golden";

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const pd::Agreement& agreement(const pd::Portfolio& p, std::string_view key) {
    const auto id = p.find_agreement(key);
    if (!id) throw std::runtime_error("no agreement " + std::string(key));
    return p.agreement(*id);
}

TEST(JsonRead, CompleteGoldenFileHoldsWhatItSays) {
    const pd::Portfolio p = pd::load_portfolio(golden_dir / "complete.json");
    EXPECT_EQ(p.home().code, pd::SubdivisionCode("KR-41"));
    EXPECT_EQ(p.text(p.home().name_local), "경기도");
    ASSERT_EQ(p.municipalities().size(), 2U);
    ASSERT_EQ(p.partners().size(), 4U);
    ASSERT_EQ(p.agreements().size(), 5U);
    ASSERT_EQ(p.programs().size(), 4U);
    ASSERT_EQ(p.engagements().size(), 2U);
    // A service to two of the home government's municipalities, with no foreign partner.
    const pd::ExchangeProgram& manual = p.programs()[3];
    EXPECT_EQ(manual.kind, pd::ProgramKind::publication);
    EXPECT_TRUE(manual.partners.empty());
    ASSERT_EQ(manual.municipalities.size(), 2U);
    EXPECT_EQ(p.text(p.municipality(manual.municipalities[1]).key), "goyang");

    const pd::Partner& hebei = p.partner(*p.find_partner("cn-hebei"));
    EXPECT_EQ(hebei.level, pd::PartnerLevel::region);
    EXPECT_EQ(hebei.country, pd::CountryCode("CN"));
    EXPECT_EQ(hebei.region, pd::SubdivisionCode("CN-HE"));
    EXPECT_EQ(p.text(hebei.name_local), "허베이성");
    EXPECT_EQ(p.text(hebei.wikidata), "Q21208");
    EXPECT_EQ(hebei.world_region, 30);
    EXPECT_TRUE(hebei.provenance.uncertain);
    EXPECT_EQ(p.text(hebei.provenance.note), "Sister province since 2009.");
    EXPECT_FALSE(p.partner(*p.find_partner("mn")).region.has_value());

    // Hebei designated, dropped and designated again; Mongolia since a day not given.
    const auto designations = p.records<pd::Designation>();
    ASSERT_EQ(designations.size(), 3U);
    EXPECT_EQ(designations[0].partner, hebei.id);
    EXPECT_EQ(designations[0].kind, pd::DesignationKind::priority);
    EXPECT_EQ(designations[0].start, pd::PartialDate::of_year(2015));
    EXPECT_EQ(designations[0].end, pd::PartialDate::of_day(2016, 6, 30));
    EXPECT_EQ(designations[1].start, pd::PartialDate::of_month(2017, 3));
    EXPECT_FALSE(designations[1].end.has_value());
    EXPECT_EQ(designations[2].partner, p.find_partner("mn"));
    EXPECT_EQ(designations[2].kind, pd::DesignationKind::strategic_oda);
    EXPECT_FALSE(designations[2].start.has_value());
    EXPECT_TRUE(designations[2].provenance.uncertain);

    // Partial dates keep their precision.
    const pd::Agreement& mou = agreement(p, "gg-hebei-mou-2008");
    EXPECT_EQ(mou.signed_on, pd::PartialDate::of_month(2008, 10));
    EXPECT_EQ(mou.kind, pd::AgreementKind::friendship);
    ASSERT_EQ(mou.fields.size(), 2U);
    EXPECT_EQ(p.text(mou.fields[1]), "culture");

    const pd::Agreement& sister = agreement(p, "gg-hebei-sister-2009");
    EXPECT_EQ(sister.signed_on, pd::PartialDate::of_day(2009, 6, 22));
    EXPECT_EQ(sister.supersedes, mou.id);
    EXPECT_EQ(sister.partner, hebei.id);
    EXPECT_EQ(sister.council_approval, pd::CouncilApproval::approved);
    EXPECT_EQ(sister.council_approved_on, pd::PartialDate::of_month(2009, 5));
    EXPECT_FALSE(sister.signatory.has_value());

    const pd::Agreement& plan = agreement(p, "gg-bc-plan-2017");
    EXPECT_EQ(plan.signed_on, pd::PartialDate::of_year(2017));
    ASSERT_TRUE(plan.validity.has_value());
    EXPECT_EQ(plan.validity->start(), pd::PartialDate::of_year(2017));
    EXPECT_EQ(plan.validity->end(), pd::PartialDate::of_day(2019, 12, 31));
    EXPECT_EQ(p.text(plan.title), "2017–2019 action plan");

    const pd::Agreement& draft = agreement(p, "suwon-yokohama-draft");
    EXPECT_TRUE(draft.proposed);
    EXPECT_FALSE(draft.signed_on.has_value());
    EXPECT_EQ(draft.signatory, p.find_municipality("suwon"));
    ASSERT_TRUE(draft.validity.has_value());
    EXPECT_TRUE(draft.validity->is_open());

    const pd::Agreement& mongolia = agreement(p, "gg-mn-1997");
    EXPECT_EQ(mongolia.suspended_on, pd::PartialDate::of_month(2020, 3));
    EXPECT_EQ(mongolia.resumed_on, pd::PartialDate::of_day(2022, 7, 1));
    EXPECT_EQ(mongolia.terminated_on, pd::PartialDate::of_year(2024));
    EXPECT_EQ(mongolia.council_approval, pd::CouncilApproval::not_required);

    const pd::ExchangeProgram& training = p.program(*p.find_program("hebei-training-2015"));
    EXPECT_EQ(p.text(training.title), "Hebei officials' training \"Gyeonggi\"\tround 9");
    EXPECT_EQ(training.kind, pd::ProgramKind::official_training);
    EXPECT_EQ(training.direction, pd::Direction::inbound);
    EXPECT_EQ(training.organiser, p.find_municipality("goyang"));
    EXPECT_EQ(training.headcount, 18U);
    EXPECT_EQ(training.agreement, sister.id);
    const pd::ExchangeProgram& conference = p.program(*p.find_program("three-region-2018"));
    EXPECT_EQ(conference.headcount, 0U);  // zero people is a value, not "unknown"
    ASSERT_EQ(conference.partners.size(), 2U);
    EXPECT_EQ(conference.partners[1], p.find_partner("jp-yokohama"));
    const pd::ExchangeProgram& youth = p.program(*p.find_program("yokohama-youth-undated"));
    EXPECT_EQ(youth.start, std::nullopt);  // no start member: undated, not a default date
    EXPECT_EQ(youth.end, std::nullopt);
    EXPECT_EQ(youth.kind, pd::ProgramKind::youth_exchange);

    const pd::OdaEngagement& oda = p.engagements()[0];
    EXPECT_EQ(oda.recipient, pd::CountryCode("MN"));
    EXPECT_EQ(oda.recipient_partner, p.find_partner("mn"));
    ASSERT_EQ(oda.regions.size(), 2U);
    EXPECT_EQ(oda.regions[1].region, pd::SubdivisionCode("MN-047"));
    EXPECT_EQ(oda.regions[1].percentage, 37.5);
    ASSERT_EQ(oda.sectors.size(), 2U);
    EXPECT_EQ(oda.sectors[0].purpose, pd::PurposeCode("11220"));
    EXPECT_EQ(oda.sectors[0].percentage, 33.3);
    ASSERT_EQ(oda.budgets.size(), 2U);
    EXPECT_EQ(oda.budgets[0].value, pd::Money(900000000.0, pd::CurrencyCode("KRW")));
    EXPECT_EQ(oda.budgets[0].period,
              pd::Period(pd::PartialDate::of_day(2015, 1, 1), pd::PartialDate::of_day(2015, 12, 31)));
    EXPECT_EQ(oda.budgets[1].value, pd::Money(1234.56, pd::CurrencyCode("USD")));
    EXPECT_TRUE(oda.budgets[1].period.is_open());
    EXPECT_EQ(oda.status, pd::OdaStatus::finalisation);
    ASSERT_EQ(oda.organisations.size(), 3U);
    EXPECT_EQ(oda.organisations[2].role, pd::OrganisationRole::implementing);
    EXPECT_EQ(p.text(p.at(oda.organisations[2].organisation).name_local), "몽골 교육부");
    ASSERT_EQ(oda.programs.size(), 1U);
    EXPECT_EQ(oda.programs[0], training.id);
    EXPECT_TRUE(oda.brand_project);
    EXPECT_EQ(oda.actual_start, pd::PartialDate::of_month(2014, 12));
    // Members the first engagement leaves out read as their defaults.
    EXPECT_TRUE(oda.recipient_countries.empty());
    EXPECT_TRUE(oda.recipient_regions.empty());
    EXPECT_TRUE(oda.transactions.empty());
    EXPECT_EQ(oda.default_currency, std::nullopt);
    EXPECT_EQ(oda.reporting_org, std::nullopt);
    EXPECT_EQ(oda.budgets[0].value_date, std::nullopt);
    EXPECT_EQ(oda.budgets[0].type, pd::BudgetType::original);
    EXPECT_EQ(oda.budgets[0].status, pd::BudgetStatus::indicative);
}

TEST(JsonRead, CompleteGoldenFileHoldsAnIatiShapedEngagement) {
    const pd::Portfolio p = pd::load_portfolio(golden_dir / "complete.json");
    const pd::OdaEngagement& w = p.engagement(*p.find_engagement("koica-vn-water"));
    EXPECT_EQ(w.recipient, pd::CountryCode("VN"));
    ASSERT_EQ(w.recipient_countries.size(), 2U);
    EXPECT_EQ(w.recipient_countries[1], (pd::CountryShare{pd::CountryCode("LA"), 20.0}));
    ASSERT_EQ(w.recipient_regions.size(), 2U);
    EXPECT_EQ(w.recipient_regions[0], (pd::SupranationalShare{798, pd::RegionVocabulary::oecd_dac, 5.0}));
    EXPECT_EQ(w.recipient_regions[1], (pd::SupranationalShare{35, pd::RegionVocabulary::un_m49, 5.0}));
    ASSERT_EQ(w.sectors.size(), 1U);
    EXPECT_TRUE(w.sectors[0].purpose.is_sector_only());
    EXPECT_EQ(w.sectors[0].purpose, pd::PurposeCode("140"));
    ASSERT_EQ(w.budgets.size(), 2U);
    EXPECT_EQ(w.budgets[0].value_date, pd::PartialDate::of_day(2019, 1, 1));
    EXPECT_EQ(w.budgets[0].type, pd::BudgetType::revised);
    EXPECT_EQ(w.budgets[0].status, pd::BudgetStatus::committed);
    EXPECT_EQ(w.budgets[1].type, pd::BudgetType::original);
    ASSERT_EQ(w.transactions.size(), 3U);
    EXPECT_EQ(w.transactions[0], (pd::TransactionTotal{2019, pd::TransactionType::outgoing_commitment,
                                                       pd::Money(1500000.0, pd::CurrencyCode("USD")), 1}));
    EXPECT_EQ(w.transactions[1].amount, pd::Money(600000.5, pd::CurrencyCode("USD")));
    EXPECT_EQ(w.transactions[1].count, 3U);
    EXPECT_EQ(w.transactions[2].year, 2020);
    EXPECT_EQ(w.transactions[2].count, 0U);  // left out: not known
    EXPECT_EQ(w.default_currency, pd::CurrencyCode("USD"));
    ASSERT_TRUE(w.reporting_org);
    EXPECT_EQ(p.text(w.reporting_org->ref), "KR-GOV-051");
    EXPECT_EQ(p.text(w.reporting_org->name), "Korea International Cooperation Agency");
    EXPECT_EQ(w.reporting_org->type, 10U);
    ASSERT_EQ(w.organisations.size(), 2U);
    EXPECT_EQ(w.organisations[0].role, pd::OrganisationRole::funding);
    const pd::Organisation& koica = p.at(w.organisations[0].organisation);
    EXPECT_EQ(p.text(koica.iati_ref), "KR-GOV-051");
    EXPECT_EQ(koica.iati_type, 10U);
    EXPECT_EQ(p.text(w.organisations[0].activity_id), "KOICA-2019-0042");
    EXPECT_EQ(w.organisations[1].role, pd::OrganisationRole::implementing);
    EXPECT_EQ(p.text(w.organisations[1].activity_id), "");
    EXPECT_EQ(p.at(w.organisations[1].organisation).iati_type, 0U);
}

TEST(JsonRead, AnEmptyReportingOrganisationIsPresentButBlank) {
    const pd::Portfolio p =
        pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
      "oda": [{"id": "o", "recipient": "MN", "status": "closed", "reporting_org": {}}]})");
    ASSERT_TRUE(p.engagements()[0].reporting_org);
    EXPECT_EQ(*p.engagements()[0].reporting_org, pd::OrganisationRef{});
    EXPECT_NE(p.engagements()[0].reporting_org, std::nullopt);
    EXPECT_NE(pd::to_portfolio_json(p).find("\"reporting_org\": {}"), std::string::npos);
}

TEST(JsonRead, MinimalGoldenFileIsAnEmptyPortfolio) {
    const pd::Portfolio p = pd::load_portfolio(golden_dir / "minimal.json");
    EXPECT_EQ(p, pd::Portfolio(pd::SubdivisionCode("KR-41")));
    EXPECT_TRUE(p.partners().empty());
    EXPECT_EQ(p.text(p.home().name_en), "");
}

TEST(JsonRead, ReferencesMayPointForward) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({
      "schema": "paradiplomacy.portfolio/1",
      "home": {"code": "KR-41"},
      "oda": [{"id": "o1", "recipient": "MN", "status": "closed", "recipient_partner": "mn", "programs": ["p1"]}],
      "programs": [{"id": "p1", "kind": "delegation", "direction": "both", "start": "2015", "organiser": "suwon",
                    "partners": ["mn", "cn-hebei"], "agreement": "a2"}],
      "agreements": [{"id": "a1", "partner": "cn-hebei", "kind": "renewal", "supersedes": "a2", "signatory": "suwon"},
                     {"id": "a2", "partner": "cn-hebei", "kind": "sister"}],
      "partners": [{"id": "cn-hebei", "level": "region", "country": "CN", "region": "CN-HE"},
                   {"id": "mn", "level": "country", "country": "MN"}],
      "municipalities": [{"id": "suwon"}]
    })");
    const auto hebei = p.find_partner("cn-hebei");
    const auto mn = p.find_partner("mn");
    ASSERT_TRUE(hebei && mn);
    const pd::Agreement& a1 = p.agreement(*p.find_agreement("a1"));
    EXPECT_EQ(a1.partner, *hebei);
    EXPECT_EQ(a1.supersedes, p.find_agreement("a2"));
    EXPECT_EQ(a1.signatory, p.find_municipality("suwon"));
    const pd::ExchangeProgram& p1 = p.program(*p.find_program("p1"));
    ASSERT_EQ(p1.partners.size(), 2U);
    EXPECT_EQ(p1.partners[0], *mn);
    EXPECT_EQ(p1.partners[1], *hebei);
    EXPECT_EQ(p1.agreement, p.find_agreement("a2"));
    EXPECT_EQ(p1.organiser, p.find_municipality("suwon"));
    EXPECT_EQ(p.engagements()[0].recipient_partner, *mn);
    ASSERT_EQ(p.engagements()[0].programs.size(), 1U);
    EXPECT_EQ(p.engagements()[0].programs[0], p1.id);
}

TEST(JsonRead, MembersMayComeInAnyOrderWithinARecord) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1",
      "home": {"name_local": "경기도", "code": "KR-41"},
      "partners": [{"country": "MN", "level": "country", "id": "mn"}]})");
    EXPECT_EQ(p.text(p.home().name_local), "경기도");
    EXPECT_EQ(p.partners()[0].country, pd::CountryCode("MN"));
}

TEST(JsonRead, ExplicitDefaultsReadLikeAbsentMembers) {
    const pd::Portfolio explicit_defaults = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1",
      "home": {"code": "KR-41"},
      "partners": [{"id": "mn", "level": "country", "country": "MN", "name_en": "", "priority": false,
                    "world_region": 0, "uncertain": false}],
      "agreements": [{"id": "a", "partner": "mn", "kind": "mou", "fields": [], "council_approval": "unknown"}]})");
    const pd::Portfolio absent = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1",
      "home": {"code": "KR-41"},
      "partners": [{"id": "mn", "level": "country", "country": "MN"}],
      "agreements": [{"id": "a", "partner": "mn", "kind": "mou"}]})");
    EXPECT_EQ(explicit_defaults, absent);
}

TEST(JsonRead, AUtf8ByteOrderMarkIsAccepted) {
    const std::string text = read_bytes(golden_dir / "complete.json");
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(pd::parse_portfolio_json("\xEF\xBB\xBF" + text), pd::parse_portfolio_json(text));
}

TEST(JsonRead, EscapedTextIsDecoded) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1",
      "home": {"code": "KR-41", "name_local": "\uACBD\uAE30\uB3C4", "name_en": "a\"b\\c\n\u0001"}})");
    EXPECT_EQ(p.text(p.home().name_local), "경기도");
    EXPECT_EQ(p.text(p.home().name_en), "a\"b\\c\n\x01");
}

TEST(JsonRead, NumbersReadExactly) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1",
      "home": {"code": "KR-41"},
      "oda": [{"id": "o", "recipient": "MN", "status": "closed",
               "sectors": [{"code": "11220", "percentage": 0.1}, {"code": "11330", "percentage": 1e1}],
               "budgets": [{"start": "2015", "amount": -2.5e-7, "currency": "USD"},
                           {"start": "2016", "amount": 12345678901234567890, "currency": "KRW"}]}]})");
    const pd::OdaEngagement& e = p.engagements()[0];
    EXPECT_EQ(e.sectors[0].percentage, 0.1);
    EXPECT_EQ(e.sectors[1].percentage, 10.0);
    EXPECT_EQ(e.budgets[0].value.amount(), -2.5e-7);
    EXPECT_EQ(e.budgets[1].value.amount(), 12345678901234567890.0);
}

TEST(JsonRead, MissingFileNamesThePathAndTheReason) {
    const std::filesystem::path missing = std::filesystem::temp_directory_path() / "pd-no-such-dir" / "none.json";
    try {
        (void)pd::load_portfolio(missing);
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot read \"" + missing.string() + "\": No such file or directory");
    }
}

TEST(JsonRead, ADirectoryIsNotAPortfolio) {
    try {
        (void)pd::load_portfolio(golden_dir);
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot read \"" + golden_dir.string() + "\": it is a directory");
    }
}

TEST(JsonRead, ErrorsFromMemoryNameTheSource) {
    try {
        (void)pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "kr-41"}})",
                                       "inline.json");
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "inline.json: $.home.code: subdivision code \"kr-41\": expected CC-X, CC-XX or CC-XXX (ISO 3166-2, "
                  "upper-case letters and digits)");
    }
}

}  // namespace

namespace {
const std::string head = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"})";

std::string error_of(std::string_view text) {
    try {
        (void)pd::parse_portfolio_json(text, "t.json");
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "(loaded)";
}

std::string with_amount(std::string_view amount) {
    return R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
 "oda": [{"id": "e", "recipient": "MN", "status": "closed",
          "budgets": [{"start": "2024-01-01", "end": "2024-12-31", "amount": )" +
           std::string(amount) + R"(, "currency": "KRW"}]}]})";
}
}  // namespace

TEST(JsonRead, ANulByteEndsNothing) {
    // nlohmann alone would stop at the NUL and accept what came before it.
    EXPECT_EQ(error_of(head + std::string("\0 garbage {{{", 13)),
              "t.json:1:66: a NUL byte (0x00) outside a string, which JSON does not allow (portfolio files are "
              "UTF-8 text)");
    EXPECT_EQ(error_of(head + std::string("\n\0", 2)),
              "t.json:2:1: a NUL byte (0x00) outside a string, which JSON does not allow (portfolio files are "
              "UTF-8 text)");
    // Inside the document, where a value or a member is due.
    EXPECT_EQ(error_of(std::string(R"({"schema": )") + '\0' + "\"x\"}"),
              "t.json:1:12: a NUL byte (0x00) outside a string, which JSON does not allow (portfolio files are "
              "UTF-8 text)");
    // Inside a string it is a control character, as nlohmann says.
    EXPECT_NE(error_of(std::string(R"({"schema": "a)") + '\0' + "\"}").find("control character U+0000"),
              std::string::npos);
}

TEST(JsonRead, ANumberTooSmallForADoubleIsRefusedNotReadAsZero) {
    EXPECT_EQ(
        error_of(with_amount("1e-400")),
        "t.json: $.oda[0].budgets[0].amount (ODA engagement \"e\"): number 1e-400 is out of range: too small to be "
        "represented (it would read as 0)");
    EXPECT_EQ(
        error_of(with_amount("-0.5E-999")),
        "t.json: $.oda[0].budgets[0].amount (ODA engagement \"e\"): number -0.5E-999 is out of range: too small to "
        "be represented (it would read as 0)");
    // Zero written any way is zero; the smallest subnormal is still a number.
    for (const char* zero : {"0", "0.0", "-0.0", "0e-400", "0.000E+5"})
        EXPECT_EQ(pd::parse_portfolio_json(with_amount(zero), "t.json").engagements()[0].budgets[0].value.amount(), 0.0)
            << zero;
    EXPECT_GT(pd::parse_portfolio_json(with_amount("5e-324"), "t.json").engagements()[0].budgets[0].value.amount(),
              0.0);
}
