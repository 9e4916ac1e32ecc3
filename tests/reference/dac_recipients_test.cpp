// SPDX-License-Identifier: Apache-2.0
// The shipped OECD DAC List of ODA Recipients (reference/dac_recipients.hpp).

#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/dac_recipients.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace paradiplomacy::reference {
namespace {

TEST(DacList, OneListFor2024And2025WithItsSource) {
    ASSERT_EQ(dac_lists().size(), 1u);
    EXPECT_EQ(dac_lists()[0].first_year, 2024);
    EXPECT_EQ(dac_lists()[0].last_year, 2025);
    EXPECT_NE(dac_lists()[0].source.find("OECD"), std::string_view::npos);
    EXPECT_EQ(dac_list_for_year(2024), &dac_lists()[0]);
    EXPECT_EQ(dac_list_for_year(2023), nullptr);
    EXPECT_EQ(dac_list_for_year(2026), nullptr);
}

TEST(DacList, KnownLeastDevelopedCountry) {
    const DacListing l = dac_listing(CountryCode("KH"), 2024);  // Cambodia
    EXPECT_EQ(l.status, DacListingStatus::listed);
    EXPECT_EQ(l.income_group, DacIncomeGroup::ldc);
    ASSERT_NE(l.recipient, nullptr);
    EXPECT_EQ(l.recipient->name, "Cambodia");
    ASSERT_NE(l.list, nullptr);
    EXPECT_EQ(l.list->first_year, 2024);
    EXPECT_EQ(dac_listing(CountryCode("MM"), 2025).income_group, DacIncomeGroup::ldc);
    EXPECT_EQ(dac_listing(CountryCode("MN"), 2025).income_group, DacIncomeGroup::lmic);
    EXPECT_EQ(dac_listing(CountryCode("CN"), 2024).income_group, DacIncomeGroup::umic);
    EXPECT_EQ(dac_listing(CountryCode("KP"), 2024).income_group, DacIncomeGroup::other_lic);
}

TEST(DacList, NonRecipients) {
    for (const char* code : {"KR", "JP", "US", "RU", "DE", "CK", "AG"}) {
        const DacListing l = dac_listing(CountryCode(code), 2024);
        EXPECT_EQ(l.status, DacListingStatus::not_listed) << code;
        EXPECT_FALSE(l.income_group) << code;
        EXPECT_EQ(l.recipient, nullptr) << code;
        EXPECT_NE(l.list, nullptr) << code;
    }
}

TEST(DacList, YearWithoutAShippedList) {
    for (int year : {2015, 2023, 2026}) {
        const DacListing l = dac_listing(CountryCode("KH"), year);
        EXPECT_EQ(l.status, DacListingStatus::no_list_for_year) << year;
        EXPECT_EQ(l.list, nullptr);
        EXPECT_FALSE(l.income_group);
    }
}

TEST(DacList, EveryCodeIsIsoOrExplained) {
    std::set<std::string_view> seen;
    int ldc = 0;
    for (const DacRecipient& r : dac_recipients()) {
        EXPECT_TRUE(seen.insert(r.alpha2).second) << r.alpha2;
        if (r.income_group == DacIncomeGroup::ldc) ++ldc;
        if (!find_country(CountryCode(r.alpha2))) {
            EXPECT_NE(r.note.find("not in ISO 3166-1"), std::string_view::npos) << r.alpha2 << " " << r.name;
        }
    }
    EXPECT_EQ(dac_recipients().size(), 141u);
    EXPECT_EQ(ldc, 45);
    EXPECT_EQ(dac_listing(CountryCode("XK"), 2024).status, DacListingStatus::listed);  // Kosovo, user-assigned
    EXPECT_EQ(dac_listing(CountryCode("PS"), 2024).status, DacListingStatus::listed);  // West Bank and Gaza Strip
}

}  // namespace
}  // namespace paradiplomacy::reference
