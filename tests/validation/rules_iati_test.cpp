// SPDX-License-Identifier: Apache-2.0
// IATI rules (iati.*), with and without codelists, and the IATI fields the code.* and
// oda.* rules now cover (recipient countries and regions, default and transaction
// currencies, sector vocabularies, an unspecified home).

#include "fixtures.hpp"

#include <paradiplomacy/iati/codelists.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

namespace paradiplomacy::test {
namespace {

/// The findings of rule `id`, in report order.
std::vector<Finding> of(const ValidationReport& report, std::string_view id) {
    std::vector<Finding> out;
    for (const Finding& f : report.findings())
        if (f.rule == id) out.push_back(f);
    return out;
}

/// The rule ids of a report, in order.
std::vector<std::string> rules_of(const ValidationReport& report) {
    std::vector<std::string> out;
    for (const Finding& f : report.findings()) out.push_back(f.rule);
    return out;
}

const std::filesystem::path small_codelists =
    std::filesystem::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "iati-codelists";

const iati::Codelists& codelists() {
    static const iati::Codelists c = iati::Codelists::load(small_codelists);
    return c;
}

/// The clean portfolio with the engagement edited, validated with or without the small codelists.
template <class Edit>
ValidationReport with_engagement(Edit edit, const iati::Codelists* lists = &codelists()) {
    Clean c;
    OdaEngagement e = c.get(c.smart_class);
    edit(c.p, e);
    c.p.replace(e);
    ValidationOptions o = options();
    o.iati_codelists = lists;
    return validate(c.p, o);
}

/// The organisation record keyed `key`, added with the IATI identifier, name and type given
/// when the portfolio has none.
OrganisationId organisation(Portfolio& p, std::string_view key, std::string_view ref, std::string_view name,
                            std::uint16_t type) {
    if (const auto found = p.find<Organisation>(key)) return *found;
    Organisation o;
    o.key = p.intern(key);
    o.iati_ref = p.intern(ref);
    o.name_en = p.intern(name);
    o.iati_type = type;
    return p.add(o);
}

/// Makes the clean engagement an IATI activity reported by Gyeonggi-do, with every
/// code in the small codelists.
void as_iati(Portfolio& p, OdaEngagement& e) {
    e.iati_identifier = p.intern("KR-GG-2024-001");
    e.reporting_org = OrganisationRef{p.intern("KR-GG"), p.intern("Gyeonggi-do"), 0};
    e.default_currency = CurrencyCode("KRW");
    e.recipient_countries = {CountryShare{CountryCode("MN"), 100.0}};
}

TEST(IatiRules, CleanWithAndWithoutCodelists) {
    EXPECT_TRUE(with_engagement([](Portfolio&, OdaEngagement&) {}).empty());
    EXPECT_TRUE(with_engagement([](Portfolio&, OdaEngagement&) {}, nullptr).empty());
}

TEST(IatiRules, CodelistsAbsentSaidOnceForIatiData) {
    const auto r = with_engagement(as_iati, nullptr);
    ASSERT_TRUE(only(r, "iati.codelists.absent"));
    EXPECT_EQ(single(r).severity, Severity::info);
    EXPECT_EQ(single(r).entity.kind, EntityKind::home);
    EXPECT_NE(single(r).message.find("codes of 1 engagement with IATI data were checked for form only"),
              std::string::npos)
        << single(r).message;
}

TEST(IatiRules, CodelistsMissingListsNamed) {
    // A directory with the Sector and Country lists only.
    const auto dir =
        std::filesystem::temp_directory_path() /
        ("paradiplomacy-partial-codelists-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::create_directories(dir);
    for (const char* file : {"Sector.xml", "Country.xml"})
        std::filesystem::copy_file(small_codelists / file, dir / file,
                                   std::filesystem::copy_options::overwrite_existing);
    const iati::Codelists partial = iati::Codelists::load(dir);
    std::filesystem::remove_all(dir);

    const auto r = with_engagement(as_iati, &partial);
    ASSERT_TRUE(only(r, "iati.codelists.absent"));
    EXPECT_NE(single(r).message.find(
                  "lack SectorCategory, Region, Currency, ActivityStatus, ActivityDateType, TransactionType, "
                  "OrganisationRole, OrganisationType, BudgetType, BudgetStatus, so those codes of 1 "
                  "engagement with IATI data were checked for form only"),
              std::string::npos)
        << single(r).message;
    // With every list, nothing to say.
    EXPECT_TRUE(with_engagement(as_iati).empty());
    // Without IATI data, nothing to say either.
    EXPECT_TRUE(with_engagement([](Portfolio&, OdaEngagement&) {}, &partial).empty());
}

TEST(IatiRules, SectorNotInCodelist) {
    const auto r = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.sectors = {SectorShare{PurposeCode("11220"), 60.0}, SectorShare{PurposeCode("99999"), 40.0},
                     SectorShare{PurposeCode("113"), 100.0}};
    });
    ASSERT_TRUE(only(r, "iati.code.sector", 2));
    EXPECT_EQ(r.findings()[0].field, "sectors[1].purpose");
    EXPECT_EQ(r.findings()[0].message,
              "sector 99999 (vocabulary 1, DAC 5-digit) is not in the IATI Sector codelist: use a code from that list");
    EXPECT_EQ(r.findings()[1].field, "sectors[2].purpose");
    EXPECT_NE(r.findings()[1].message.find("SectorCategory"), std::string::npos);
    // Without codelists the same codes pass: the form is right.
    EXPECT_TRUE(with_engagement(
                    [](Portfolio&, OdaEngagement& e) {
                        e.sectors = {SectorShare{PurposeCode("99999"), 100.0}};
                    },
                    nullptr)
                    .empty());
}

TEST(IatiRules, CountryNotInCodelist) {
    // JP is a current ISO code, so only the (trimmed) codelist objects.
    const auto r = with_engagement([](Portfolio& p, OdaEngagement& e) {
        as_iati(p, e);
        e.recipient_countries = {CountryShare{CountryCode("MN"), 50.0}, CountryShare{CountryCode("JP"), 50.0}};
    });
    const auto found = of(r, "iati.code.country");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].field, "recipient_countries[1].country");
    EXPECT_EQ(found[0].message, "recipient country JP is not in the IATI Country codelist: use a code from that list");
    EXPECT_TRUE(of(with_engagement(as_iati, nullptr), "iati.code.country").empty());
}

TEST(IatiRules, EnumCodesNotInCodelist) {
    const auto r = with_engagement([](Portfolio& p, OdaEngagement& e) {
        as_iati(p, e);
        e.transactions = {TransactionTotal{2024, TransactionType::incoming_pledge, Money(1.0, CurrencyCode("KRW")), 1}};
        e.budgets[0].status = BudgetStatus::committed;
    });
    EXPECT_EQ(rules_of(r), (std::vector<std::string>{"iati.code.transaction_type", "iati.code.budget"}));
    EXPECT_EQ(r.findings()[0].field, "transactions[0].type");
    EXPECT_EQ(
        r.findings()[0].message,
        "transaction type 13 (incoming_pledge) is not in the IATI TransactionType codelist: use a code from that list");
    EXPECT_EQ(r.findings()[1].field, "budgets[0].status");
}

TEST(IatiRules, WithdrawnCodes) {
    const auto r = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.sectors = {SectorShare{PurposeCode("11220"), 60.0}, SectorShare{PurposeCode("11321"), 40.0}};
    });
    ASSERT_TRUE(only(r, "iati.code.withdrawn"));
    EXPECT_EQ(single(r).severity, Severity::warning);
    EXPECT_EQ(single(r).field, "sectors[1].purpose");
    EXPECT_EQ(single(r).message,
              "sector 11321 (vocabulary 1, DAC 5-digit) (Lower secondary education) is withdrawn from the IATI Sector "
              "codelist: "
              "valid in old data, but use a current code for new data");
}

TEST(IatiRules, RegionVocabularies) {
    const auto region_only = [](std::uint16_t code, RegionVocabulary v) {
        return [=](Portfolio&, OdaEngagement& e) {
            e.recipient = CountryCode("ZZ");
            e.recipient_partner.reset();
            e.regions.clear();
            e.recipient_regions = {SupranationalShare{code, v, 100.0}};
        };
    };
    // 798 Asia, regional (OECD DAC) and 142 Asia (UN M49) are fine; a region-only engagement has recipient ZZ.
    EXPECT_TRUE(with_engagement(region_only(798, RegionVocabulary::oecd_dac)).empty());
    EXPECT_TRUE(with_engagement(region_only(142, RegionVocabulary::un_m49)).empty());

    const auto dac = with_engagement(region_only(797, RegionVocabulary::oecd_dac));
    ASSERT_TRUE(only(dac, "iati.code.region"));
    EXPECT_EQ(single(dac).field, "recipient_regions[0].code");
    EXPECT_NE(single(dac).message.find("not in the IATI Region codelist"), std::string::npos);

    // M49 is checked against the library's table, with or without codelists.
    const auto m49_listed = with_engagement(region_only(798, RegionVocabulary::un_m49));
    ASSERT_TRUE(only(m49_listed, "iati.code.region"));
    const auto m49 = with_engagement(region_only(798, RegionVocabulary::un_m49), nullptr);
    ASSERT_EQ(m49.findings().size(), 2u);
    EXPECT_EQ(m49.findings()[0].rule, "iati.codelists.absent");
    EXPECT_EQ(m49.findings()[1].rule, "iati.code.region");
    EXPECT_NE(m49.findings()[1].message.find("is not a UN M49 region"), std::string::npos);

    // Without codelists, an OECD DAC region code is checked for form only.
    const auto form = with_engagement(region_only(1000, RegionVocabulary::oecd_dac), nullptr);
    ASSERT_EQ(form.findings().size(), 2u);
    EXPECT_EQ(form.findings()[1].rule, "iati.code.region");
    EXPECT_NE(form.findings()[1].message.find("does not have the form"), std::string::npos);
    EXPECT_EQ(with_engagement(region_only(797, RegionVocabulary::oecd_dac), nullptr).findings().size(), 1u);
}

TEST(IatiRules, CurrencyNotInCodelist) {
    // EUR is a current ISO 4217 code, but not in the small Currency list.
    const auto r = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.transactions = {TransactionTotal{2024, TransactionType::disbursement, Money(10.0, CurrencyCode("EUR")), 1}};
    });
    ASSERT_TRUE(only(r, "iati.code.currency"));
    EXPECT_EQ(single(r).field, "transactions[0].currency");
}

TEST(IatiRules, FullOfficialListsFindEnumCodes) {
    const std::filesystem::path shared = std::filesystem::path(PARADIPLOMACY_SHARED_DIR) / "iati" / "codelists";
    if (!std::filesystem::is_directory(shared))
        GTEST_SKIP() << "IATI codelists not found at " << shared << " (reference data absent)";
    static const iati::Codelists official = iati::Codelists::load(shared);
    const auto clean = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            as_iati(p, e);
            e.reporting_org->type = 10;
            e.organisations = {
                Involvement{organisation(p, "koica", "KR-GOV-051", "KOICA", 10), OrganisationRole::funding, TextId(0)}};
            e.transactions = {
                TransactionTotal{2024, TransactionType::disbursement, Money(10.0, CurrencyCode("KRW")), 1}};
            e.budgets[0].status = BudgetStatus::committed;
        },
        &official);
    EXPECT_TRUE(clean.empty()) << (clean.empty() ? "" : to_string(clean.findings().front()));

    const auto bad_type = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            as_iati(p, e);
            e.reporting_org->type = 12;
        },
        &official);
    ASSERT_TRUE(only(bad_type, "iati.code.organisation_type"));
    EXPECT_EQ(single(bad_type).field, "reporting_org.type");
}

TEST(IatiRules, OrganisationTypeFormWithoutCodelist) {
    const auto r = with_engagement([](Portfolio& p, OdaEngagement& e) {
        as_iati(p, e);
        e.organisations = {
            Involvement{organisation(p, "koica", "KR-GOV-051", "KOICA", 100), OrganisationRole::funding, TextId(0)}};
    });
    ASSERT_EQ(of(r, "iati.code.organisation_type").size(), 1u);  // with the small lists: not in OrganisationType
    const auto form = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            as_iati(p, e);
            e.organisations = {Involvement{organisation(p, "koica", "KR-GOV-051", "KOICA", 100),
                                           OrganisationRole::funding, TextId(0)}};
        },
        nullptr);
    const auto found = of(form, "iati.code.organisation_type");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].field, "organisations[0].organisation");
    EXPECT_NE(found[0].message.find("of organisation \"koica\""), std::string::npos) << found[0].message;
    EXPECT_NE(found[0].message.find("two digits"), std::string::npos);
}

TEST(IatiRules, IdentifierPrefixedByReportingOrg) {
    const auto r = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            as_iati(p, e);
            e.iati_identifier = p.intern("KR-GOV-051-2020080102234");
            e.reporting_org->ref = p.intern("KR-GOV-010");
        },
        nullptr);
    ASSERT_EQ(r.findings().size(), 2u);  // and iati.codelists.absent
    const Finding& f = r.findings()[1];
    EXPECT_EQ(f.rule, "iati.identifier.prefix");
    EXPECT_EQ(f.severity, Severity::warning);
    EXPECT_EQ(f.entity.kind, EntityKind::oda);
    EXPECT_EQ(f.entity.key, "mn-smart-class");
    EXPECT_EQ(f.field, "iati_identifier");
    EXPECT_EQ(
        f.message,
        "IATI identifier \"KR-GOV-051-2020080102234\" does not begin with the reporting organisation's identifier "
        "\"KR-GOV-010\" and a hyphen (IATI standard.json 1.1.21): publish it as \"KR-GOV-010-...\", or keep the old "
        "identifier as an other-identifier of type B1");
    // "KR-GG2024" starts with "KR-GG" but not with "KR-GG-".
    EXPECT_TRUE(only(with_engagement([](Portfolio& p, OdaEngagement& e) {
                         as_iati(p, e);
                         e.iati_identifier = p.intern("KR-GG2024");
                     }),
                     "iati.identifier.prefix"));
    // No reporting organisation: nothing to compare with.
    EXPECT_TRUE(with_engagement([](Portfolio& p, OdaEngagement& e) {
                    as_iati(p, e);
                    e.reporting_org.reset();
                    e.iati_identifier = p.intern("XM-DAC-1");
                }).empty());
}

TEST(IatiRules, IdentifierIsTheOrganisation) {
    const auto r = with_engagement([](Portfolio& p, OdaEngagement& e) {
        as_iati(p, e);
        e.iati_identifier = p.intern("KR-GG");
    });
    ASSERT_TRUE(only(r, "iati.identifier.is_org"));  // and not also iati.identifier.prefix
    EXPECT_EQ(single(r).severity, Severity::error);
}

TEST(IatiRules, IdentifierSymbolsAndSpaces) {
    const auto symbols = with_engagement([](Portfolio& p, OdaEngagement& e) {
        as_iati(p, e);
        e.iati_identifier = p.intern("KR-GG-2024/001");
    });
    ASSERT_TRUE(only(symbols, "iati.identifier.symbols"));
    EXPECT_NE(single(symbols).message.find("/, &, | or ?"), std::string::npos);

    const auto spaces = with_engagement([](Portfolio& p, OdaEngagement& e) {
        as_iati(p, e);
        e.iati_identifier = p.intern("KR-GG-2024-001 ");
    });
    ASSERT_TRUE(only(spaces, "iati.identifier.symbols"));
    EXPECT_NE(single(spaces).message.find("white space"), std::string::npos);
}

TEST(IatiRules, StartDateAndSectorNeededForIatiData) {
    const auto r = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            as_iati(p, e);
            e.planned_start.reset();
            e.actual_start.reset();
            e.sectors.clear();
        },
        nullptr);
    EXPECT_EQ(rules_of(r),
              (std::vector<std::string>{"iati.codelists.absent", "iati.dates.no_start", "iati.sectors.missing"}));
    // An office's own record without IATI data is not held to IATI's requirements.
    EXPECT_TRUE(with_engagement(
                    [](Portfolio&, OdaEngagement& e) {
                        e.planned_start.reset();
                        e.actual_start.reset();
                        e.sectors.clear();
                    },
                    nullptr)
                    .empty());
}

TEST(IatiRules, TransactionInFuture) {
    // Today is 2025-06-30: 2025 may have happened, 2026 has not.
    const auto r = with_engagement(
        [](Portfolio&, OdaEngagement& e) {
            e.transactions = {
                TransactionTotal{2025, TransactionType::disbursement, Money(10.0, CurrencyCode("KRW")), 1},
                TransactionTotal{2026, TransactionType::expenditure, Money(10.0, CurrencyCode("KRW")), 2}};
        },
        nullptr);
    const auto future = of(r, "iati.transaction.in_future");
    ASSERT_EQ(future.size(), 1u);
    EXPECT_EQ(future[0].field, "transactions[1].year");
    EXPECT_NE(future[0].message.find("expenditure transactions dated in 2026"), std::string::npos) << future[0].message;
}

TEST(IatiRules, ParticipantWithoutRefOrName) {
    const auto r = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            as_iati(p, e);
            e.organisations = {
                Involvement{organisation(p, "koica", "KR-GOV-051", "", 0), OrganisationRole::funding, TextId(0)},
                Involvement{organisation(p, "nameless", "", "", 0), OrganisationRole::implementing, TextId(0)},
                // An office's own role is not IATI's: not checked as a participant.
                Involvement{organisation(p, "nameless", "", "", 0), OrganisationRole::host, TextId(0)}};
        },
        nullptr);
    const auto found = of(r, "iati.participant.unnamed");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].field, "organisations[1].organisation");
    EXPECT_NE(found[0].message.find("\"nameless\""), std::string::npos) << found[0].message;
}

TEST(IatiRules, AnImplementerKnownByNameIsNotIatiData) {
    // An office's own engagement naming its implementer is not held to IATI's rules...
    const auto own = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            e.organisations = {Involvement{organisation(p, "gwc", "", "Gyeonggi Water", 0),
                                           OrganisationRole::implementing, TextId(0)}};
        },
        nullptr);
    EXPECT_TRUE(of(own, "iati.codelists.absent").empty());
    // ...one naming an organisation with an IATI identifier is.
    const auto iati_data = with_engagement(
        [](Portfolio& p, OdaEngagement& e) {
            e.organisations = {Involvement{organisation(p, "koica", "KR-GOV-051", "KOICA", 10),
                                           OrganisationRole::implementing, TextId(0)}};
        },
        nullptr);
    EXPECT_EQ(of(iati_data, "iati.codelists.absent").size(), 1u);
}

// --- code.* and oda.* over the IATI fields ----------------------------------------------

TEST(IatiFields, RecipientCountriesChecked) {
    const auto r = with_engagement(
        [](Portfolio&, OdaEngagement& e) {
            e.recipient_countries = {CountryShare{CountryCode("MN"), 60.0}, CountryShare{CountryCode("QQ"), 40.0}};
        },
        nullptr);
    std::vector<std::string> got;
    for (const Finding& f : r.findings()) got.push_back(f.rule + " " + f.field);
    // QQ is no ISO country: reported where it is listed; no DAC list entry either.
    EXPECT_EQ(got, (std::vector<std::string>{"code.recipient.not_current recipient_countries[1].country",
                                             "oda.recipient.not_on_dac_list recipient_countries[1].country",
                                             "iati.codelists.absent "}));
}

TEST(IatiFields, RegionOnlyRecipientZZ) {
    const auto zz_without_regions = with_engagement(
        [](Portfolio&, OdaEngagement& e) {
            e.recipient = CountryCode("ZZ");
            e.recipient_partner.reset();
            e.regions.clear();
        },
        nullptr);
    // ZZ is a recipient only beside recipient regions (see RegionVocabularies for that case).
    ASSERT_EQ(of(zz_without_regions, "code.recipient.not_current").size(), 1u);
    EXPECT_EQ(of(zz_without_regions, "code.recipient.not_current")[0].field, "recipient");
}

TEST(IatiFields, RecipientIsFirstCountry) {
    const auto r = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.recipient_countries = {CountryShare{CountryCode("VN"), 50.0}, CountryShare{CountryCode("MN"), 50.0}};
    });
    // recipient MN is listed second; its partner and regions stay valid (MN is a recipient country).
    ASSERT_TRUE(only(r, "oda.recipient.first_country"));
    EXPECT_EQ(single(r).field, "recipient");
}

TEST(IatiFields, DefaultAndTransactionCurrencies) {
    const auto r = with_engagement(
        [](Portfolio&, OdaEngagement& e) {
            e.default_currency = CurrencyCode("XYZ");
            e.transactions = {
                TransactionTotal{2024, TransactionType::disbursement, Money(10.0, CurrencyCode("QQQ")), 1}};
        },
        nullptr);
    std::vector<std::string> got;
    for (const Finding& f : of(r, "code.currency.unknown")) got.push_back(f.field);
    EXPECT_EQ(got, (std::vector<std::string>{"default_currency", "transactions[0].currency"}));
}

TEST(IatiFields, SectorsSumPerVocabulary) {
    // 5-digit and 3-digit sectors each sum to 100 on their own.
    EXPECT_TRUE(with_engagement([](Portfolio&, OdaEngagement& e) {
                    e.sectors = {SectorShare{PurposeCode("11220"), 60.0}, SectorShare{PurposeCode("11330"), 40.0},
                                 SectorShare{PurposeCode("111"), 100.0}};
                }).empty());
    const auto r = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.sectors = {SectorShare{PurposeCode("11220"), 60.0}, SectorShare{PurposeCode("11330"), 40.0},
                     SectorShare{PurposeCode("111"), 50.0}, SectorShare{PurposeCode("112"), 40.0}};
    });
    ASSERT_TRUE(only(r, "oda.sectors.sum"));
    EXPECT_EQ(single(r).field, "sectors");
    EXPECT_EQ(
        single(r).message,
        "DAC 3-digit (IATI vocabulary 2) sector percentages sum to 90, not 100: correct them so they add up to 100 "
        "(IATI standard.json 2.1.2)");
}

TEST(IatiFields, LoneSectorAt100) {
    const auto r = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.sectors = {SectorShare{PurposeCode("11220"), 60.0}};
    });
    ASSERT_TRUE(only(r, "oda.sectors.sum"));
    EXPECT_EQ(single(r).field, "sectors[0].percentage");
    EXPECT_EQ(
        single(r).message,
        "the only DAC 5-digit (IATI vocabulary 1) sector, 11220, has percentage 60: a lone sector is at 100 or has no "
        "percentage (IATI standard.json 2.1.4)");
    EXPECT_TRUE(with_engagement([](Portfolio&, OdaEngagement& e) {
                    e.sectors = {SectorShare{PurposeCode("11220"), 100.0}};
                }).empty());
}

TEST(IatiFields, CountriesAndRegionsSumTo100) {
    // Countries alone.
    EXPECT_TRUE(
        with_engagement([](Portfolio&, OdaEngagement& e) {
            e.recipient_countries = {CountryShare{CountryCode("MN"), 70.0}, CountryShare{CountryCode("VN"), 30.0}};
        }).empty());
    const auto countries = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.recipient_countries = {CountryShare{CountryCode("MN"), 70.0}, CountryShare{CountryCode("VN"), 20.0}};
    });
    ASSERT_TRUE(only(countries, "oda.recipients.sum"));
    EXPECT_EQ(single(countries).field, "recipient_countries");
    EXPECT_NE(single(countries).message.find("sum to 90, not 100"), std::string::npos);
    EXPECT_NE(single(countries).message.find("3.1.2"), std::string::npos);

    // A lone country below 100.
    const auto lone = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.recipient_countries = {CountryShare{CountryCode("MN"), 80.0}};
    });
    ASSERT_TRUE(only(lone, "oda.recipients.sum"));
    EXPECT_EQ(single(lone).field, "recipient_countries[0].percentage");
    EXPECT_NE(single(lone).message.find("3.1.4"), std::string::npos);

    // Countries with the regions of each vocabulary: 60 + 40 (DAC) and 60 + 40 (M49) are fine ...
    EXPECT_TRUE(with_engagement([](Portfolio&, OdaEngagement& e) {
                    e.recipient_countries = {CountryShare{CountryCode("MN"), 60.0}};
                    e.recipient_regions = {SupranationalShare{798, RegionVocabulary::oecd_dac, 40.0},
                                           SupranationalShare{142, RegionVocabulary::un_m49, 40.0}};
                }).empty());
    // ... 60 + 30 is not.
    const auto mixed = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.recipient_countries = {CountryShare{CountryCode("MN"), 60.0}};
        e.recipient_regions = {SupranationalShare{798, RegionVocabulary::oecd_dac, 30.0}};
    });
    ASSERT_TRUE(only(mixed, "oda.recipients.sum"));
    EXPECT_EQ(single(mixed).field, "recipient_regions");
    EXPECT_NE(single(mixed).message.find("vocabulary 1 (OECD DAC) region percentages sum to 90"), std::string::npos)
        << single(mixed).message;

    // Thirds sum to 100 once rounded to 4 decimals (KR, not on the DAC list, gives another finding).
    const auto thirds = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.recipient_countries = {CountryShare{CountryCode("MN"), 33.33333}, CountryShare{CountryCode("VN"), 33.33333},
                                 CountryShare{CountryCode("KR"), 33.33334}};
    });
    EXPECT_TRUE(of(thirds, "oda.recipients.sum").empty());
    EXPECT_EQ(of(thirds, "oda.recipient.not_on_dac_list").size(), 1u);

    // A lone region, no country.
    const auto lone_region = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.recipient = CountryCode("ZZ");
        e.recipient_partner.reset();
        e.regions.clear();
        e.recipient_regions = {SupranationalShare{798, RegionVocabulary::oecd_dac, 50.0}};
    });
    ASSERT_TRUE(only(lone_region, "oda.recipients.sum"));
    EXPECT_NE(single(lone_region).message.find("3.4.4"), std::string::npos);
}

TEST(IatiFields, NegativeRecipientPercentage) {
    const auto r = with_engagement([](Portfolio&, OdaEngagement& e) {
        e.recipient_countries = {CountryShare{CountryCode("MN"), 110.0}, CountryShare{CountryCode("VN"), -10.0}};
    });
    ASSERT_TRUE(only(r, "oda.percentage.negative"));
    EXPECT_EQ(single(r).field, "recipient_countries[1].percentage");
}

TEST(IatiFields, UnspecifiedHomeIsInfo) {
    Portfolio p(SubdivisionCode("ZZ-ZZ"), "");
    const auto r = validate(p, options());
    ASSERT_TRUE(only(r, "code.home.unspecified"));
    EXPECT_EQ(single(r).severity, Severity::info);
    EXPECT_EQ(single(r).field, "code");
    Portfolio bad(SubdivisionCode("ZZ-QQ"), "");
    EXPECT_TRUE(only(validate(bad, options()), "code.home.unknown"));
}

}  // namespace
}  // namespace paradiplomacy::test
