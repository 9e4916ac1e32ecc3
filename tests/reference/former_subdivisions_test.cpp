// SPDX-License-Identifier: Apache-2.0
// Former ISO 3166-2 codes and their successors, generated from CLDR, iso-codes and
// data/former-subdivisions.csv at build time.
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/former_subdivisions.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

namespace pd = paradiplomacy;
namespace ref = paradiplomacy::reference;
using pd::SubdivisionCode;
using ref::CodeStatus;

namespace {

std::vector<std::string> successors(const ref::FormerSubdivision& f) {
    return {f.successors.begin(), f.successors.end()};
}

}  // namespace

TEST(FormerSubdivisions, HaTayIsFormerAndNowHanoi) {
    const ref::FormerSubdivision* ha_tay = ref::former_subdivision(SubdivisionCode("VN-15"));
    ASSERT_NE(ha_tay, nullptr);
    EXPECT_EQ(ha_tay->code, "VN-15");
    EXPECT_EQ(successors(*ha_tay), std::vector<std::string>{"VN-HN"});
    EXPECT_NE(ha_tay->reason.find("2008"), std::string_view::npos) << ha_tay->reason;
    EXPECT_EQ(ha_tay->source, "data/former-subdivisions.csv");
    EXPECT_EQ(ref::to_string(*ha_tay), "VN-15, now VN-HN");
    EXPECT_EQ(ref::subdivision_status(SubdivisionCode("VN-15")), CodeStatus::withdrawn);
    EXPECT_EQ(ref::find_subdivision(SubdivisionCode("VN-15")), nullptr);
}

TEST(FormerSubdivisions, ASplitNamesEverySuccessor) {
    // Luxembourg's district of Diekirch (LU-D) gave way to five cantons (CLDR's alias).
    const ref::FormerSubdivision* diekirch = ref::former_subdivision(SubdivisionCode("LU-D"));
    ASSERT_NE(diekirch, nullptr);
    EXPECT_EQ(successors(*diekirch), (std::vector<std::string>{"LU-CL", "LU-DI", "LU-RD", "LU-VD", "LU-WI"}));
    EXPECT_EQ(diekirch->source, "CLDR supplementalMetadata.xml subdivisionAlias");
    EXPECT_EQ(ref::to_string(*diekirch), "LU-D, now LU-CL, LU-DI, LU-RD, LU-VD, LU-WI");
    // French regions merged in 2016: FR-B (Aquitaine) is now Nouvelle-Aquitaine.
    const ref::FormerSubdivision* aquitaine = ref::former_subdivision(SubdivisionCode("FR-B"));
    ASSERT_NE(aquitaine, nullptr);
    EXPECT_EQ(successors(*aquitaine), std::vector<std::string>{"FR-NAQ"});
}

TEST(FormerSubdivisions, UnknownCodesStayUnknown) {
    EXPECT_EQ(ref::former_subdivision(SubdivisionCode("KR-99")), nullptr);
    EXPECT_EQ(ref::subdivision_status(SubdivisionCode("KR-99")), CodeStatus::unknown);
    EXPECT_EQ(ref::former_subdivision(SubdivisionCode("XX-1")), nullptr);
}

TEST(FormerSubdivisions, CurrentCodesAreNotFormer) {
    for (const char* code : {"KR-41", "VN-HN", "LU-CL", "FR-NAQ"}) {
        EXPECT_EQ(ref::former_subdivision(SubdivisionCode(code)), nullptr) << code;
        EXPECT_EQ(ref::subdivision_status(SubdivisionCode(code)), CodeStatus::current) << code;
    }
    // CLDR aliases FR-GF to the country GF ("overlong"), but ISO 3166-2 still lists it.
    EXPECT_EQ(ref::former_subdivision(SubdivisionCode("FR-GF")), nullptr);
    EXPECT_EQ(ref::subdivision_status(SubdivisionCode("FR-GF")), CodeStatus::current);
}

TEST(FormerSubdivisions, WithoutASuccessorInForceTheListIsEmpty) {
    // Antrim (GB-ANT), a Northern Irish district until 2015: CLDR marks it deprecated and
    // names no replacement.
    const ref::FormerSubdivision* antrim = ref::former_subdivision(SubdivisionCode("GB-ANT"));
    ASSERT_NE(antrim, nullptr);
    EXPECT_TRUE(antrim->successors.empty());
    EXPECT_EQ(ref::to_string(*antrim), "GB-ANT, no successor in force recorded");
    EXPECT_EQ(ref::subdivision_status(SubdivisionCode("GB-ANT")), CodeStatus::withdrawn);
}

TEST(FormerSubdivisions, TableIsSortedFormerAndPointsOnlyToCurrentCodes) {
    const auto all = ref::former_subdivisions();
    ASSERT_GT(all.size(), 100u);  // CLDR alone has more than a hundred
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.code < b.code; }));
    EXPECT_EQ(std::adjacent_find(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.code == b.code; }),
              all.end());
    for (const ref::FormerSubdivision& f : all) {
        ASSERT_TRUE(SubdivisionCode::is_well_formed(f.code)) << f.code;
        EXPECT_EQ(ref::find_subdivision(SubdivisionCode(f.code)), nullptr) << f.code << " is current";
        EXPECT_EQ(ref::former_subdivision(SubdivisionCode(f.code)), &f) << f.code;
        EXPECT_FALSE(f.reason.empty()) << f.code;
        for (const std::string_view s : f.successors) {
            const bool current = SubdivisionCode::is_well_formed(s)
                                     ? ref::find_subdivision(SubdivisionCode(s)) != nullptr
                                     : pd::CountryCode::is_well_formed(s) &&
                                           ref::country_status(pd::CountryCode(s)) == CodeStatus::current;
            EXPECT_TRUE(current) << f.code << " -> " << s;
        }
    }
}

TEST(FormerSubdivisions, EveryCldrAliasOfACodeIsoNoLongerListsIsInTheTable) {
    const std::filesystem::path cldr = "/usr/share/unicode/cldr/common/supplemental/supplementalMetadata.xml";
    if (!std::filesystem::exists(cldr)) GTEST_SKIP() << cldr << " not found (Debian's unicode-cldr-core)";
    std::ifstream in(cldr);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Aliases inside XML comments (CLDR's "replacement unknown" notes) are not aliases.
    const std::string uncommented = std::regex_replace(text, std::regex("<!--[^]*?-->"), "");
    const std::regex alias(R"re(<subdivisionAlias type="([a-z]{2})([a-z0-9]{1,3})")re");
    std::size_t checked = 0;
    for (auto it = std::sregex_iterator(uncommented.begin(), uncommented.end(), alias); it != std::sregex_iterator();
         ++it) {
        std::string code = (*it)[1].str() + "-" + (*it)[2].str();
        std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
        const SubdivisionCode sub(code);
        if (ref::find_subdivision(sub)) continue;
        EXPECT_NE(ref::former_subdivision(sub), nullptr) << code;
        ++checked;
    }
    EXPECT_GT(checked, 100u);
}
