// SPDX-License-Identifier: Apache-2.0
// Whatever a portfolio holds, JSON and the CSV tables carry it: every portfolio the
// project can produce (the golden files, the bundled Gyeonggi-do portfolio, the synthetic
// portfolios of bench/generate_portfolio.py, IATI imports, the JSON fuzz corpus) is
// written to CSV and read back equal, and what the model accepts is exactly what both
// readers accept: an id or list item either travels unchanged or is refused when added.
#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/model/record_key.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <unistd.h>
#include <vector>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

fs::path source_dir() { return fs::path(PARADIPLOMACY_SOURCE_DIR); }

std::vector<fs::path> files_in(const fs::path& dir, std::string_view extension = {}) {
    std::vector<fs::path> out;
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file() && (extension.empty() || e.path().extension() == extension)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class RoundTrip : public testing::Test {
protected:
    void SetUp() override {
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        // In memory where there is /dev/shm: an export syncs every table it writes.
        const fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        dir_ = base / ("pd-roundtrip-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    /// JSON → CSV → JSON: the CSV tables read back to an equal portfolio whose JSON is
    /// byte for byte the original's, and exporting it again writes the same tables.
    void expect_round_trip(const pd::Portfolio& p, const std::string& what) {
        const std::string json = pd::to_portfolio_json(p);
        EXPECT_EQ(pd::parse_portfolio_json(json, what), p) << what << ": JSON";
        const fs::path csv = dir_ / "csv";
        pd::export_csv(p, csv);
        try {
            const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(csv));
            EXPECT_EQ(back, p) << what << ": CSV";
            EXPECT_EQ(pd::to_portfolio_json(back), json) << what << ": JSON of the CSV import";
            const fs::path again = dir_ / "csv-again";
            pd::export_csv(back, again);
            for (const auto& f : files_in(csv))
                EXPECT_EQ(read_text(again / f.filename()), read_text(f)) << what << ": " << f.filename();
        } catch (const pd::FileError& e) {
            ADD_FAILURE() << what << ": its CSV export is refused by the CSV import: " << e.what();
        }
    }

    fs::path dir_;
};

TEST_F(RoundTrip, GoldenFiles) {
    const auto golden = files_in(source_dir() / "tests" / "data" / "golden", ".json");
    ASSERT_GE(golden.size(), 2U);
    for (const auto& f : golden) expect_round_trip(pd::load_portfolio(f), f.filename().string());
}

TEST_F(RoundTrip, BundledGyeonggiPortfolio) { expect_round_trip(pd::datasets::gyeonggi(), "gyeonggi"); }

TEST_F(RoundTrip, SyntheticPortfoliosOfEveryBenchSeed) {
    // tests/data/generated/README.md says how they were made.
    const auto generated = files_in(source_dir() / "tests" / "data" / "generated", ".json");
    ASSERT_EQ(generated.size(), 5U);
    for (const auto& f : generated) expect_round_trip(pd::load_portfolio(f), f.filename().string());
}

TEST_F(RoundTrip, IatiImportsOfTheTestFiles) {
    std::size_t imported = 0;
    for (const auto& f : files_in(source_dir() / "tests" / "data" / "iati", ".xml")) {
        try {
            const pd::iati::Import import = pd::iati::read(f);
            ++imported;
            expect_round_trip(import.portfolio, f.filename().string());
        } catch (const pd::FileError&) {
            // the hostile files (entities, DTDs, truncation) are refused, as tested elsewhere
        }
    }
    EXPECT_GE(imported, 3U);
}

TEST_F(RoundTrip, IatiImportsOfTheSharedCases) {
    const fs::path cases = fs::path(PARADIPLOMACY_SHARED_DIR) / "iati" / "cases";
    if (!fs::is_directory(cases)) GTEST_SKIP() << "no shared IATI cases at " << cases;
    for (const auto& f : files_in(cases, ".xml")) {
        try {
            expect_round_trip(pd::iati::read(f).portfolio, f.filename().string());
        } catch (const pd::FileError&) {
        }
    }
}

TEST_F(RoundTrip, EveryDocumentOfTheJsonFuzzCorpusThatLoads) {
    std::size_t loaded = 0;
    for (const auto& f : files_in(source_dir() / "fuzz" / "corpus" / "fuzz_portfolio_json")) {
        std::optional<pd::Portfolio> p;
        try {
            p.emplace(pd::parse_portfolio_json(read_text(f), f.filename().string()));
        } catch (const pd::FileError&) {
            continue;
        }
        ++loaded;
        expect_round_trip(*p, "fuzz corpus " + f.filename().string());
    }
    EXPECT_GE(loaded, 10U);
}

// --- the cases that once changed on the way ---------------------------------------------

pd::Portfolio with_partner(std::string_view key = "cn-tw") {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Partner partner;
    partner.key = p.intern(key);
    partner.level = pd::PartnerLevel::region;
    partner.country = pd::CountryCode("CN");
    partner.region = pd::SubdivisionCode("CN-TW");
    (void)p.add(partner);
    return p;
}

TEST_F(RoundTrip, ABudgetWithoutAnEnd) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::OdaEngagement e;
    e.key = p.intern("mn-1");
    e.recipient = pd::CountryCode("MN");
    e.budgets.emplace_back(pd::Period(pd::PartialDate::parse("2019")), pd::Money(5.0, pd::CurrencyCode("KRW")));
    (void)p.add(e);
    expect_round_trip(p, "open budget");
}

TEST_F(RoundTrip, RegionCodesTheJsonReaderAccepts) {
    // CN-TW (as bench/generate_portfolio.py writes it), a code not in ISO 3166-2 and one in
    // another country: validation reports the last two, both readers keep all three.
    pd::Portfolio p = with_partner();
    for (const auto& [key, country, region] : {std::tuple{"jp-99", "JP", "JP-99"}, std::tuple{"ln", "JP", "CN-LN"}}) {
        pd::Partner partner;
        partner.key = p.intern(key);
        partner.level = pd::PartnerLevel::region;
        partner.country = pd::CountryCode(country);
        partner.region = pd::SubdivisionCode(region);
        (void)p.add(partner);
    }
    expect_round_trip(p, "regions");
}

TEST_F(RoundTrip, AFormerRegionCode) {
    // Hà Tây (VN-15), merged into Hanoi in 2008: recorded as it was when the tie was made.
    pd::Portfolio p = with_partner();
    pd::Partner ha_tay;
    ha_tay.key = p.intern("vn-ha-tay");
    ha_tay.level = pd::PartnerLevel::region;
    ha_tay.country = pd::CountryCode("VN");
    ha_tay.region = pd::SubdivisionCode("VN-15");
    (void)p.add(ha_tay);
    expect_round_trip(p, "former region");
    const pd::Portfolio back = pd::parse_portfolio_json(pd::to_portfolio_json(p), "former region");
    EXPECT_EQ(back.partners()[1].region->view(), "VN-15");
}

TEST_F(RoundTrip, AnIatiImportWithoutAHomeGovernment) {
    const pd::iati::Import import = pd::iati::read(source_dir() / "tests" / "data" / "iati" / "sample-2.03.xml");
    ASSERT_EQ(import.portfolio.home().code.view(), "ZZ-ZZ");
    expect_round_trip(import.portfolio, "IATI import");
}

TEST_F(RoundTrip, CountryAndCurrencyCodesTheJsonReaderAccepts) {
    // Codes ISO 3166-1 does not list (validation reports them), among them UK, which as a
    // name would mean GB.
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    for (const char* code : {"ZZ", "UK", "FV", "XK"}) {
        pd::Partner partner;
        partner.key = p.intern(code);
        partner.level = pd::PartnerLevel::country;
        partner.country = pd::CountryCode(code);
        (void)p.add(partner);
    }
    pd::OdaEngagement e;
    e.key = p.intern("zz-1");
    e.recipient = pd::CountryCode("ZZ");
    e.recipient_countries = {{pd::CountryCode("UK"), 100.0}};
    // A currency ISO 4217 does not list (found by the JSON fuzz target), in each place.
    e.default_currency = pd::CurrencyCode("JRW");
    e.budgets.emplace_back(pd::Period(pd::PartialDate::parse("2019")), pd::Money(5.0, pd::CurrencyCode("JRW")));
    e.transactions = {{2019, pd::TransactionType::disbursement, pd::Money(1.0, pd::CurrencyCode("JRW")), 1}};
    (void)p.add(e);
    expect_round_trip(p, "country and currency codes");
}

TEST_F(RoundTrip, TextThatCsvMustQuote) {
    pd::Portfolio p = with_partner("a,b\"c");
    pd::Agreement a;
    a.key = p.intern("x y");
    a.partner = pd::PartnerId(0);
    a.title = p.intern("  spaced, \"quoted\"\r\nand broken  ");
    a.fields = {p.intern("trade, ports"), p.intern("a \"b\"")};
    a.provenance.note = p.intern(" ");
    (void)p.add(a);
    pd::Municipality m;
    m.key = p.intern("suwon");
    m.name_en = p.intern("\t");
    (void)p.add(m);
    expect_round_trip(p, "quoting");
}

// --- what cannot travel is refused when it is added --------------------------------------

TEST(RecordKey, TheRule) {
    for (const char* good : {"cn", "a b", "x,y", "\"q\"", "경기", "a\xC2\xA0"})
        EXPECT_TRUE(pd::is_valid_record_key(good));
    EXPECT_EQ(pd::record_key_problem(""), "is empty");
    for (const char* spaced : {" cn", "cn ", "\tcn", "cn\n", "\r", "   "})
        EXPECT_EQ(pd::record_key_problem(spaced),
                  "has a space, tab or line break at its start or end, which a CSV table would drop")
            << spaced;
    EXPECT_EQ(pd::record_key_problem("a;b"), "holds ';', which separates the items of a list in a CSV cell");
}

std::string add_error(const std::function<void(pd::Portfolio&)>& add) {
    pd::Portfolio p = with_partner();
    try {
        add(p);
    } catch (const pd::InvalidValue& e) {
        return e.what();
    }
    return "(accepted)";
}

TEST(RecordKey, TheModelRefusesWhatCouldNotBeReadBack) {
    EXPECT_EQ(add_error([](pd::Portfolio& p) {
                  pd::Partner r;
                  r.country = pd::CountryCode("CN");
                  (void)p.add(r);
              }),
              "partner id \"\" is empty: every record needs an id");
    EXPECT_EQ(add_error([](pd::Portfolio& p) {
                  pd::Partner r;
                  r.key = p.intern(" cn");
                  r.country = pd::CountryCode("CN");
                  (void)p.add(r);
              }),
              "partner id \" cn\" has a space, tab or line break at its start or end, which a CSV table would drop");
    EXPECT_EQ(
        add_error([](pd::Portfolio& p) {
            pd::Municipality m;
            m.key = p.intern("  ");
            (void)p.add(m);
        }),
        "municipality id \"  \" has a space, tab or line break at its start or end, which a CSV table would drop");
    EXPECT_EQ(add_error([](pd::Portfolio& p) {
                  pd::Agreement a;
                  a.key = p.intern("a;b");
                  (void)p.add(a);
              }),
              "agreement id \"a;b\" holds ';', which separates the items of a list in a CSV cell");
    EXPECT_EQ(add_error([](pd::Portfolio& p) {
                  pd::Agreement a;
                  a.key = p.intern("sister");
                  a.fields = {p.intern("trade"), p.intern(" culture")};
                  (void)p.add(a);
              }),
              "agreement \"sister\": the fields item \" culture\" has a space, tab or line break at its start or end, "
              "which a CSV table would drop");
    EXPECT_EQ(add_error([](pd::Portfolio& p) {
                  pd::OdaEngagement e;
                  e.key = p.intern("mn-1");
                  e.other_sectors = {pd::OtherSector{p.intern("99"), p.intern("a;b"), std::nullopt}};
                  (void)p.add(e);
              }),
              "ODA engagement \"mn-1\": the other_sectors item \"a;b\" holds ';', which separates the items of a "
              "list in a CSV cell");
    EXPECT_EQ(add_error([](pd::Portfolio& p) {
                  pd::OdaEngagement e;
                  e.key = p.intern("mn-1");
                  e.other_identifiers = {pd::OtherIdentifier{p.intern(" XM-OLD"), pd::OtherIdentifierType::internal}};
                  (void)p.add(e);
              }),
              "ODA engagement \"mn-1\": the other_identifiers item \" XM-OLD\" has a space, tab or line break at "
              "its start or end, which a CSV table would drop");
    EXPECT_EQ(add_error([](pd::Portfolio& p) {
                  pd::ExchangeProgram g;
                  g.key = p.intern("youth");
                  (void)p.add(g);
              }),
              "program \"youth\" names no partner and no municipality: an exchange is held with at least one foreign "
              "partner, a service serves at least one of the home government's municipalities");
    // replace() holds to the same rule, and a refused edit changes nothing.
    pd::Portfolio p = with_partner();
    pd::Partner renamed = p.partners()[0];
    renamed.key = p.intern("cn-tw;");
    EXPECT_THROW(p.replace(renamed), pd::InvalidValue);
    EXPECT_EQ(p.text(p.partners()[0].key), "cn-tw");
}

TEST(RecordKey, TheJsonReaderRefusesWhatTheModelRefuses) {
    const auto error_of = [](const std::string& json) {
        try {
            (void)pd::parse_portfolio_json(json, "p.json");
        } catch (const pd::FileError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    const std::string head = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, )";
    const std::string partner = R"({"id": "cn", "level": "country", "country": "CN"})";
    EXPECT_NE(error_of(head + R"("partners": [{"id": " cn", "level": "country", "country": "CN"}]})")
                  .find("the id \" cn\" has a space, tab or line break at its start or end"),
              std::string::npos);
    EXPECT_NE(error_of(head + R"("partners": [{"id": "c;n", "level": "country", "country": "CN"}]})").find("holds ';'"),
              std::string::npos);
    EXPECT_NE(error_of(head + R"("partners": [)" + partner +
                       R"(], "agreements": [{"id": "a", "partner": "cn", "kind": "sister", "fields": ["trade "]}]})")
                  .find("the item \"trade \" has a space"),
              std::string::npos);
    EXPECT_NE(error_of(R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
        "oda": [{"id": "o", "recipient": "MN", "status": "closed", "implementers": ["a;b"]}]})")
                  .find("the item \"a;b\" holds ';'"),
              std::string::npos);
}

TEST(RecordKey, TheCsvReaderRefusesAnIdWithTheListSeparator) {
    const fs::path dir = fs::temp_directory_path() / ("pd-roundtrip-csv-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "partners.csv") << "id,level,country\n\"a;b\",country,CN\n";
    pd::CsvSources s;
    s.partners = dir / "partners.csv";
    pd::CsvImportOptions o;
    o.home = pd::SubdivisionCode("KR-41");
    try {
        (void)pd::import_csv(s, o);
        ADD_FAILURE() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_NE(std::string(e.what()).find("row 2, column \"id\": id \"a;b\" holds ';'"), std::string::npos)
            << e.what();
    }
    fs::remove_all(dir);
}

}  // namespace
