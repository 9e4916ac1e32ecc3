// SPDX-License-Identifier: Apache-2.0
// Look-ups over the tables generated from iso-codes and CLDR at build time.
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>
#include <paradiplomacy/reference/world_regions.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace pd = paradiplomacy;
namespace ref = paradiplomacy::reference;
using pd::CountryCode;
using pd::CurrencyCode;
using pd::SubdivisionCode;
using ref::CodeStatus;

TEST(Countries, FindsKoreaWithItsCodesAndNames) {
    const ref::Country* kr = ref::find_country(CountryCode("KR"));
    ASSERT_NE(kr, nullptr);
    EXPECT_EQ(kr->alpha2, "KR");
    EXPECT_EQ(kr->alpha3, "KOR");
    EXPECT_EQ(kr->numeric, "410");
    EXPECT_EQ(kr->name, "Korea, Republic of");
    EXPECT_EQ(kr->common_name, "South Korea");
    EXPECT_EQ(ref::find_country_by_alpha3("KOR"), kr);
    EXPECT_EQ(ref::find_country_by_alpha3("XXX"), nullptr);
    EXPECT_EQ(ref::country_status(CountryCode("KR")), CodeStatus::current);
}

// Taiwan is TW in ISO 3166-1; the names are iso-codes' own.
TEST(Countries, TaiwanIsACountryCode) {
    const ref::Country* tw = ref::find_country(CountryCode("TW"));
    ASSERT_NE(tw, nullptr);
    EXPECT_EQ(tw->alpha3, "TWN");
    EXPECT_EQ(tw->numeric, "158");
    EXPECT_EQ(tw->name, "Taiwan, Province of China");
    EXPECT_EQ(tw->common_name, "Taiwan");
    EXPECT_EQ(ref::country_status(CountryCode("TW")), CodeStatus::current);
    // CN-TW is a subdivision code in ISO 3166-2, not a country.
    EXPECT_EQ(ref::find_country_by_alpha3("CN-TW"), nullptr);
}

TEST(Countries, WithdrawnCodesAreToldApartFromUnknownOnes) {
    EXPECT_EQ(ref::country_status(CountryCode("YU")), CodeStatus::withdrawn);
    EXPECT_EQ(ref::country_status(CountryCode("CS")), CodeStatus::withdrawn);
    EXPECT_EQ(ref::country_status(CountryCode("XX")), CodeStatus::unknown);
    EXPECT_EQ(ref::find_country(CountryCode("YU")), nullptr);

    const ref::WithdrawnCountry* yu = ref::find_withdrawn_country(CountryCode("YU"));
    ASSERT_NE(yu, nullptr);
    EXPECT_EQ(yu->alpha3, "YUG");
    EXPECT_EQ(yu->alpha4, "YUCS");
    EXPECT_EQ(yu->withdrawal_date, "2003-07-23");
    EXPECT_EQ(ref::find_withdrawn_country(CountryCode("XX")), nullptr);
    // CS was withdrawn twice (Czechoslovakia, then Serbia and Montenegro); either way it is withdrawn.
    const ref::WithdrawnCountry* cs = ref::find_withdrawn_country(CountryCode("CS"));
    ASSERT_NE(cs, nullptr);
    EXPECT_EQ(cs->alpha2, "CS");
}

// BQ was British Antarctic Territory until 1979 and is Bonaire, Sint Eustatius and Saba since 2010.
TEST(Countries, ReassignedCodeIsCurrent) {
    EXPECT_EQ(ref::country_status(CountryCode("BQ")), CodeStatus::current);
    const ref::Country* bq = ref::find_country(CountryCode("BQ"));
    ASSERT_NE(bq, nullptr);
    EXPECT_EQ(bq->alpha3, "BES");
    EXPECT_EQ(ref::find_withdrawn_country(CountryCode("BQ")), nullptr);
    for (const auto& w : ref::withdrawn_countries())
        EXPECT_EQ(ref::find_country(CountryCode(w.alpha2)), nullptr) << w.alpha2 << " is both current and withdrawn";
}

TEST(Countries, TablesAreSortedAndPlausiblySized) {
    const auto all = ref::countries();
    EXPECT_GE(all.size(), 240u);  // ISO 3166-1 has 249 entries
    EXPECT_LE(all.size(), 260u);
    EXPECT_TRUE(
        std::is_sorted(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.alpha2 < b.alpha2; }));
    const auto withdrawn = ref::withdrawn_countries();
    EXPECT_GE(withdrawn.size(), 20u);
    EXPECT_TRUE(std::is_sorted(withdrawn.begin(), withdrawn.end(),
                               [](const auto& a, const auto& b) { return a.alpha2 < b.alpha2; }));
    for (const auto& c : all) {
        EXPECT_TRUE(CountryCode::is_well_formed(c.alpha2)) << c.alpha2;
        EXPECT_EQ(c.alpha3.size(), 3u) << c.alpha2;
        EXPECT_FALSE(c.name.empty()) << c.alpha2;
    }
}

TEST(Subdivisions, FindsThePartnersOfTheBulletin) {
    const ref::Subdivision* gyeonggi = ref::find_subdivision(SubdivisionCode("KR-41"));
    ASSERT_NE(gyeonggi, nullptr);
    EXPECT_EQ(gyeonggi->name, "Gyeonggi-do");
    EXPECT_EQ(gyeonggi->type, "Province");
    EXPECT_TRUE(gyeonggi->is_first_level());

    const ref::Subdivision* kanagawa = ref::find_subdivision(SubdivisionCode("JP-14"));
    ASSERT_NE(kanagawa, nullptr);
    EXPECT_EQ(kanagawa->name, "Kanagawa");
    EXPECT_EQ(kanagawa->type, "Prefecture");

    const ref::Subdivision* liaoning = ref::find_subdivision(SubdivisionCode("CN-LN"));
    ASSERT_NE(liaoning, nullptr);
    EXPECT_NE(liaoning->name.find("Liaoning"), std::string_view::npos) << liaoning->name;

    const ref::Subdivision* idf = ref::find_subdivision(SubdivisionCode("FR-IDF"));
    ASSERT_NE(idf, nullptr);
    EXPECT_EQ(idf->name, "\xC3\x8Ele-de-France");  // UTF-8, as iso-codes writes it

    EXPECT_EQ(ref::subdivision_status(SubdivisionCode("KR-41")), CodeStatus::current);
    EXPECT_EQ(ref::subdivision_status(SubdivisionCode("KR-99")), CodeStatus::unknown);
    EXPECT_EQ(ref::find_subdivision(SubdivisionCode("XX-1")), nullptr);
}

// CLDR's Korean names (main/ko.xml, subdivisions/ko.xml), for look-ups by a Korean name.
TEST(KoreanNames, OfCountriesAndSubdivisionsFromCldr) {
    EXPECT_EQ(ref::find_country(CountryCode("KR"))->korean_name,
              "\xEB\x8C\x80\xED\x95\x9C\xEB\xAF\xBC\xEA\xB5\xAD");                             // 대한민국
    EXPECT_EQ(ref::find_country(CountryCode("CN"))->korean_name, "\xEC\xA4\x91\xEA\xB5\xAD");  // 중국
    EXPECT_EQ(ref::find_subdivision(SubdivisionCode("KR-41"))->korean_name,
              "\xEA\xB2\xBD\xEA\xB8\xB0\xEB\x8F\x84");  // 경기도
    // Most countries have one; a subdivision CLDR has no Korean name for has an empty one.
    const auto named = std::count_if(ref::countries().begin(), ref::countries().end(),
                                     [](const ref::Country& c) { return !c.korean_name.empty(); });
    EXPECT_GE(named, 240);
    const auto subdivisions = ref::subdivisions();
    EXPECT_TRUE(std::any_of(subdivisions.begin(), subdivisions.end(),
                            [](const ref::Subdivision& s) { return s.korean_name.empty(); }));
}

TEST(Subdivisions, OfOneCountry) {
    const auto korea = ref::subdivisions_of(CountryCode("KR"));
    EXPECT_GE(korea.size(), 17u);  // 17 first-level divisions
    for (const auto& s : korea) EXPECT_EQ(s.code.substr(0, 3), "KR-") << s.code;
    EXPECT_TRUE(std::any_of(korea.begin(), korea.end(), [](const auto& s) { return s.code == "KR-41"; }));
    EXPECT_TRUE(ref::subdivisions_of(CountryCode("XX")).empty());
    // Neighbours in the sorted table do not leak in.
    for (const auto& s : ref::subdivisions_of(CountryCode("KP"))) EXPECT_EQ(s.code.substr(0, 3), "KP-") << s.code;
    // Second-level subdivisions name their parent.
    const auto france = ref::subdivisions_of(CountryCode("FR"));
    EXPECT_TRUE(std::any_of(france.begin(), france.end(), [](const auto& s) { return !s.is_first_level(); }));
    const ref::Subdivision* babek = ref::find_subdivision(SubdivisionCode("AZ-BAB"));
    ASSERT_NE(babek, nullptr);
    EXPECT_EQ(babek->parent, "AZ-NX");
}

TEST(Subdivisions, EveryCodeIsWellFormedAndSorted) {
    const auto all = ref::subdivisions();
    EXPECT_GE(all.size(), 4000u);
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.code < b.code; }));
    for (const auto& s : all) {
        ASSERT_TRUE(SubdivisionCode::is_well_formed(s.code)) << s.code;
        if (s.is_first_level()) continue;
        // The parent is a full code of the same country ("AZ-NX", not iso-codes' bare "NX").
        ASSERT_TRUE(SubdivisionCode::is_well_formed(s.parent)) << s.code << " has parent " << s.parent;
        EXPECT_EQ(s.parent.substr(0, 3), s.code.substr(0, 3)) << s.code;
        EXPECT_NE(ref::find_subdivision(SubdivisionCode(s.parent)), nullptr) << s.code;
    }
}

TEST(Currencies, FindsWonAndDollar) {
    const ref::Currency* krw = ref::find_currency(CurrencyCode("KRW"));
    ASSERT_NE(krw, nullptr);
    EXPECT_EQ(krw->numeric, "410");
    EXPECT_EQ(krw->name, "Won");
    const ref::Currency* usd = ref::find_currency(CurrencyCode("USD"));
    ASSERT_NE(usd, nullptr);
    EXPECT_EQ(usd->numeric, "840");
    EXPECT_EQ(ref::currency_status(CurrencyCode("KRW")), CodeStatus::current);
    EXPECT_EQ(ref::currency_status(CurrencyCode("XYZ")), CodeStatus::unknown);
    EXPECT_EQ(ref::find_currency(CurrencyCode("XYZ")), nullptr);
    EXPECT_GE(ref::currencies().size(), 150u);
}

TEST(WorldRegions, KoreaIsInEasternAsiaWithinAsia) {
    const ref::WorldRegion* eastern_asia = ref::world_region_of(CountryCode("KR"));
    ASSERT_NE(eastern_asia, nullptr);
    EXPECT_EQ(eastern_asia->m49, 30);
    EXPECT_EQ(eastern_asia->name, "Eastern Asia");
    const ref::WorldRegion* asia = ref::find_world_region(eastern_asia->parent);
    ASSERT_NE(asia, nullptr);
    EXPECT_EQ(asia->m49, 142);
    EXPECT_EQ(asia->name, "Asia");
    const ref::WorldRegion* world = ref::find_world_region(asia->parent);
    ASSERT_NE(world, nullptr);
    EXPECT_EQ(world->m49, 1);
    EXPECT_EQ(world->parent, 0);

    const ref::Country* kr = ref::find_country(CountryCode("KR"));
    ASSERT_NE(kr, nullptr);
    EXPECT_EQ(kr->m49_subregion, 30);
    EXPECT_EQ(kr->m49_region, 142);
}

TEST(WorldRegions, OtherPartnersAndMisses) {
    const ref::WorldRegion* de = ref::world_region_of(CountryCode("DE"));
    ASSERT_NE(de, nullptr);
    EXPECT_EQ(de->name, "Western Europe");
    const ref::WorldRegion* au = ref::world_region_of(CountryCode("AU"));
    ASSERT_NE(au, nullptr);
    EXPECT_EQ(au->m49, 53);  // Australia and New Zealand
    EXPECT_EQ(ref::world_region_of(CountryCode("XX")), nullptr);
    EXPECT_EQ(ref::find_world_region(999), nullptr);
    // Every country's sub-region is in the table, and its parent is the country's region.
    for (const auto& c : ref::countries()) {
        if (c.m49_subregion == 0) continue;
        const ref::WorldRegion* r = ref::find_world_region(c.m49_subregion);
        ASSERT_NE(r, nullptr) << c.alpha2;
        EXPECT_EQ(r->parent, c.m49_region) << c.alpha2;
    }
}

TEST(WorldRegions, GroupingRegionsOfM49AreRegionsToo) {
    // CLDR marks 419, 202 and 003 as groupings across its partition of the world; UN M49
    // (IATI region vocabulary 2) lists them as regions all the same.
    for (const auto& [code, parent] : {std::pair{419, 19}, std::pair{202, 2}, std::pair{3, 19}}) {
        const ref::WorldRegion* r = ref::find_world_region(static_cast<std::uint16_t>(code));
        ASSERT_NE(r, nullptr) << code;
        EXPECT_EQ(r->parent, parent) << code;
    }
    // They are nobody's sub-region: Mexico stays in Central America, Kenya in Eastern Africa.
    EXPECT_EQ(ref::world_region_of(CountryCode("MX"))->m49, 13);
    EXPECT_EQ(ref::world_region_of(CountryCode("KE"))->m49, 14);
}

TEST(WorldRegions, EveryNumericAreaOfCldrIsInTheTable) {
    const std::filesystem::path cldr = "/usr/share/unicode/cldr/common/supplemental/supplementalData.xml";
    if (!std::filesystem::exists(cldr)) GTEST_SKIP() << cldr << " not found (Debian's unicode-cldr-core)";
    std::ifstream in(cldr);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::set<int> codes;
    const std::regex group(R"re(<group type="([0-9A-Z]+)" contains="([^"]*)")re");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), group); it != std::sregex_iterator(); ++it) {
        std::istringstream words((*it)[1].str() + " " + (*it)[2].str());
        for (std::string w; words >> w;)
            if (w.size() == 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
                codes.insert(std::stoi(w));
    }
    ASSERT_GT(codes.size(), 30u);
    for (const int code : codes) EXPECT_NE(ref::find_world_region(static_cast<std::uint16_t>(code)), nullptr) << code;
}

TEST(Countries, KosovoUnderItsUserAssignedCode) {
    // XK is not in ISO 3166-1, but CLDR, the European Commission, the IMF and IATI's
    // Country codelist use it for Kosovo.
    const ref::Country* xk = ref::find_country(CountryCode("XK"));
    ASSERT_NE(xk, nullptr);
    EXPECT_EQ(xk->name, "Kosovo");
    EXPECT_EQ(ref::country_status(CountryCode("XK")), ref::CodeStatus::current);
    EXPECT_EQ(ref::world_region_of(CountryCode("XK"))->m49, 39);  // Southern Europe
    EXPECT_EQ(ref::find_country(CountryCode("XA")), nullptr);
    // countries() is ISO 3166-1 alone: names in lists are not matched to XK.
    const auto all = ref::countries();
    EXPECT_TRUE(std::none_of(all.begin(), all.end(), [](const ref::Country& c) { return c.alpha2 == "XK"; }));
}

TEST(IsoCodesSource, NamesTheDirectoryTheTablesCameFrom) {
    const std::string source(ref::iso_codes_source());
    ASSERT_FALSE(source.empty());
    EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(source) / "iso_3166-1.json"))
        << source << " should hold the iso-codes JSON the tables were generated from";
}
