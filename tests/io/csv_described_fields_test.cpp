// SPDX-License-Identifier: Apache-2.0
// The CSV tables carry every described field: for each record kind and each field of its
// description, a portfolio in which only that field differs from its default goes through
// export_csv and import_csv equal, and the table written names the field's column (or, for
// a list of ODA parts, has its rows in a table of their own). A field added to a record's
// description without a CSV codec for its type does not compile; one that a codec drops
// fails here.

#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pd = paradiplomacy;

namespace {

/// The records every sample portfolio has, for the fields that name another record.
struct Others {
    pd::MunicipalityId municipality{0};
    pd::PartnerId partner{0};
    pd::PartnerId second_partner{0};
    pd::AgreementId agreement{0};
    pd::ProgramId program{0};
};

/// A value of type `V` other than its default, for a field of a record in `p`.
template <class V>
V sample(pd::Portfolio& p, const Others& o, const V& current) {
    if constexpr (std::is_same_v<V, pd::TextId>)
        return p.intern("sample, \"text\"");
    else if constexpr (std::is_same_v<V, bool>)
        return !current;
    else if constexpr (std::is_enum_v<V>) {
        const auto n = enum_names(V{}).size();
        return static_cast<V>((static_cast<std::size_t>(current) + 1) % n);
    } else if constexpr (std::is_same_v<V, std::optional<pd::PartialDate>>)
        return pd::PartialDate::of_day(2010, 5, 6);
    else if constexpr (std::is_same_v<V, pd::CountryCode>)
        return pd::CountryCode("JP");
    else if constexpr (std::is_same_v<V, pd::SubdivisionCode>)
        return pd::SubdivisionCode("KR-11");
    else if constexpr (std::is_same_v<V, std::optional<pd::SubdivisionCode>>)
        return pd::SubdivisionCode("CN-BJ");
    else if constexpr (std::is_same_v<V, std::optional<pd::CurrencyCode>>)
        return pd::CurrencyCode("USD");
    else if constexpr (std::is_same_v<V, std::optional<pd::MunicipalityId>>)
        return o.municipality;
    else if constexpr (std::is_same_v<V, pd::PartnerId>)
        return o.second_partner;
    else if constexpr (std::is_same_v<V, std::optional<pd::PartnerId>>)
        return o.partner;
    else if constexpr (std::is_same_v<V, std::optional<pd::AgreementId>>)
        return o.agreement;
    else if constexpr (std::is_same_v<V, std::vector<pd::TextId>>)
        return V{p.intern("economy"), p.intern("culture")};
    else if constexpr (std::is_same_v<V, std::vector<pd::PartnerId>>)
        return V{o.partner, o.second_partner};
    else if constexpr (std::is_same_v<V, std::vector<pd::ProgramId>>)
        return V{o.program};
    else if constexpr (std::is_same_v<V, std::optional<std::uint32_t>>)
        return 0u;  // 0 is a count, not "unknown"
    else if constexpr (std::is_same_v<V, std::uint16_t>)
        return std::uint16_t{142};
    else if constexpr (std::is_same_v<V, std::optional<pd::Period>>)
        return pd::Period(pd::PartialDate::of_year(2010), pd::PartialDate::of_month(2012, 3));
    else if constexpr (std::is_same_v<V, std::optional<pd::OrganisationRef>>)
        return pd::OrganisationRef{};  // present with nothing known
    else if constexpr (std::is_same_v<V, std::vector<pd::OtherIdentifier>>)
        return V{{p.intern("XM-OLD"), pd::OtherIdentifierType::previous_reporting_org}};
    else if constexpr (std::is_same_v<V, std::vector<pd::CountryShare>>)
        return V{{pd::CountryCode("MN"), 60.0}, {pd::CountryCode("VN"), 40.0}};
    else if constexpr (std::is_same_v<V, std::vector<pd::SupranationalShare>>)
        return V{{798, pd::RegionVocabulary::oecd_dac, 100.0}};
    else if constexpr (std::is_same_v<V, std::vector<pd::RegionShare>>)
        return V{{pd::SubdivisionCode("MN-1"), 100.0}};
    else if constexpr (std::is_same_v<V, std::vector<pd::SectorShare>>)
        return V{{pd::PurposeCode("11110"), 100.0}};
    else if constexpr (std::is_same_v<V, std::vector<pd::OtherSector>>)
        return V{{p.intern("99"), p.intern("EDU-1"), std::nullopt}};
    else if constexpr (std::is_same_v<V, std::vector<pd::Budget>>)
        return V{pd::Budget(pd::Period(pd::PartialDate::of_day(2015, 1, 1), pd::PartialDate::of_day(2015, 12, 31)),
                            pd::Money(1000.0, pd::CurrencyCode("KRW")))};
    else if constexpr (std::is_same_v<V, std::vector<pd::TransactionTotal>>)
        return V{{2015, pd::TransactionType::disbursement, pd::Money(500.0, pd::CurrencyCode("KRW")), 2}};
    else if constexpr (std::is_same_v<V, std::vector<pd::Participant>>)
        return V{{pd::OrganisationRef{p.intern("KR-GOV-041"), p.intern("Gyeonggi-do"), 10},
                  pd::OrganisationRole::funding, pd::TextId(0)}};
    else
        static_assert(sizeof(V) == 0, "a described field's type has no sample: add one");
}

/// A portfolio holding one record of each kind, with only the required fields set; the
/// record of kind `Target` is passed to `change` before it is added.
template <class Target, class Change>
pd::Portfolio portfolio_with(Change change) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    Others o;
    pd::Municipality m;
    m.key = p.intern("suwon");
    if constexpr (std::is_same_v<Target, pd::Municipality>) change(p, o, m);
    o.municipality = p.add(m);
    const auto partner = [&](std::string_view key, std::string_view region) {
        pd::Partner r;
        r.key = p.intern(key);
        r.level = pd::PartnerLevel::region;
        r.country = pd::CountryCode("CN");
        r.region = pd::SubdivisionCode(region);
        return r;
    };
    pd::Partner first = partner("cn-hebei", "CN-HE");
    if constexpr (std::is_same_v<Target, pd::Partner>) change(p, o, first);
    o.partner = p.add(first);
    o.second_partner = p.add(partner("cn-liaoning", "CN-LN"));
    pd::Agreement earlier;
    earlier.key = p.intern("earlier");
    earlier.partner = o.partner;
    earlier.kind = pd::AgreementKind::friendship;
    o.agreement = p.add(earlier);
    pd::Agreement a;
    a.key = p.intern("hebei-sister");
    a.partner = o.partner;
    a.kind = pd::AgreementKind::sister;
    pd::ExchangeProgram g;
    g.key = p.intern("youth-2015");
    g.kind = pd::ProgramKind::youth_exchange;
    g.direction = pd::Direction::outbound;
    g.partners = {o.partner};
    o.program = p.add(g);  // before the agreement, which does not need it
    if constexpr (std::is_same_v<Target, pd::Agreement>) change(p, o, a);
    p.add(a);
    if constexpr (std::is_same_v<Target, pd::ExchangeProgram>) {
        pd::ExchangeProgram h;
        h.key = p.intern("delegation-2016");
        h.kind = pd::ProgramKind::delegation;
        h.direction = pd::Direction::inbound;
        h.partners = {o.partner};
        change(p, o, h);
        p.add(h);
    }
    pd::OdaEngagement e;
    e.key = p.intern("mn-smart-class");
    e.recipient = pd::CountryCode("MN");
    e.status = pd::OdaStatus::implementation;
    if constexpr (std::is_same_v<Target, pd::OdaEngagement>) change(p, o, e);
    p.add(e);
    return p;
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> header_of(const std::filesystem::path& path) {
    const std::string text = read(path);
    std::vector<std::string> columns;
    std::istringstream line(text.substr(0, text.find("\r\n")));
    for (std::string c; std::getline(line, c, ',');) columns.push_back(c);
    return columns;
}

/// Fields whose values are rows of oda_*.csv rather than cells of the record's row.
template <class V>
constexpr bool in_a_table_of_its_own =
    std::is_same_v<V, std::vector<pd::CountryShare>> || std::is_same_v<V, std::vector<pd::SupranationalShare>> ||
    std::is_same_v<V, std::vector<pd::RegionShare>> || std::is_same_v<V, std::vector<pd::SectorShare>> ||
    std::is_same_v<V, std::vector<pd::OtherSector>> || std::is_same_v<V, std::vector<pd::Budget>> ||
    std::is_same_v<V, std::vector<pd::TransactionTotal>> || std::is_same_v<V, std::vector<pd::Participant>>;

class CsvDescribedFields : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("pd_csv_fields_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::remove_all(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    /// Exports `p`, imports it back, and checks what the field's table holds.
    template <class V>
    void check(const pd::Portfolio& p, std::string_view file, std::string_view field) {
        std::filesystem::remove_all(dir_);
        pd::export_csv(p, dir_);
        const pd::Portfolio back = pd::import_csv(pd::CsvSources::in_directory(dir_));
        EXPECT_TRUE(back == p) << "the field does not read back from the CSV tables";
        if constexpr (in_a_table_of_its_own<V>) {
            std::size_t rows = 0;
            for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
                const std::string name = entry.path().filename().string();
                if (!name.starts_with("oda_")) continue;
                const std::string text = read(entry.path());
                rows += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) - 1;
            }
            EXPECT_GT(rows, 0u) << "no table of an engagement's parts holds the field's rows";
        } else {
            bool named = false;
            for (const auto& column : header_of(dir_ / file))
                named = named || column == field || column.starts_with(std::string(field) + "_");
            EXPECT_TRUE(named) << file << "'s header names no column for the field";
        }
    }

    /// One portfolio per described field of `Record`, only that field changed.
    template <class Record>
    void every_field(std::string_view file) {
        std::size_t fields = 0;
        pd::for_each_field<Record>([&](const auto& field, auto path) {
            using V = typename std::remove_cvref_t<decltype(field)>::value_type;
            if (field.name == "id") return;  // every record has one: its table's first column
            ++fields;
            SCOPED_TRACE(std::string(pd::Description<Record>::name) + " field " + std::string(field.name));
            const pd::Portfolio p = portfolio_with<Record>([&](pd::Portfolio& q, const Others& o, Record& record) {
                auto& value = field.of(path(record));
                value = sample<V>(q, o, value);
            });
            check<V>(p, file, field.name);
        });
        EXPECT_EQ(fields + 1, pd::field_count<Record>());
    }

    std::filesystem::path dir_;
};

TEST_F(CsvDescribedFields, MunicipalityFields) { every_field<pd::Municipality>("municipalities.csv"); }
TEST_F(CsvDescribedFields, PartnerFields) { every_field<pd::Partner>("partners.csv"); }
TEST_F(CsvDescribedFields, AgreementFields) { every_field<pd::Agreement>("agreements.csv"); }
TEST_F(CsvDescribedFields, ProgramFields) { every_field<pd::ExchangeProgram>("programs.csv"); }
TEST_F(CsvDescribedFields, OdaEngagementFields) { every_field<pd::OdaEngagement>("oda.csv"); }

TEST_F(CsvDescribedFields, HomeGovernmentFields) {
    std::size_t fields = 0;
    pd::for_each_field<pd::HomeGovernment>([&](const auto& field, auto path) {
        using V = typename std::remove_cvref_t<decltype(field)>::value_type;
        ++fields;
        SCOPED_TRACE("home field " + std::string(field.name));
        // The home government is made with the portfolio: its texts come from a first one.
        pd::Portfolio texts(pd::SubdivisionCode("KR-41"));
        pd::HomeGovernment home = texts.home();
        auto& value = field.of(path(home));
        value = sample<V>(texts, Others{}, value);
        const pd::Portfolio p(home.code, texts.text(home.name_en), texts.text(home.name_local));
        check<V>(p, "home.csv", field.name);
    });
    EXPECT_EQ(fields, pd::field_count<pd::HomeGovernment>());
}

}  // namespace
