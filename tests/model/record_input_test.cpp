// SPDX-License-Identifier: Apache-2.0
// Rules on the values given to make a record (model/record_input.hpp): the defaults they
// fill in and the refusals, each naming the record.
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/record_input.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace pd = paradiplomacy;

namespace {

/// The message of the InvalidValue that `f` throws, or "" when it throws none.
template <class F>
std::string refusal(F f) {
    try {
        f();
    } catch (const pd::InvalidValue& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(RecordInput, PartnerCountryIsTheOneGiven) {
    EXPECT_EQ(pd::partner_country("fr", pd::CountryCode("FR"), std::nullopt), pd::CountryCode("FR"));
    // A region given with another country does not override it: validation reports that.
    EXPECT_EQ(pd::partner_country("x", pd::CountryCode("JP"), pd::SubdivisionCode("CN-HE")), pd::CountryCode("JP"));
}

TEST(RecordInput, PartnerCountryDefaultsToTheRegions) {
    EXPECT_EQ(pd::partner_country("cn-hebei", std::nullopt, pd::SubdivisionCode("CN-HE")), pd::CountryCode("CN"));
}

TEST(RecordInput, PartnerWithoutCountryOrRegionIsRefusedByKey) {
    EXPECT_EQ(refusal([] { static_cast<void>(pd::partner_country("nowhere", std::nullopt, std::nullopt)); }),
              "partner \"nowhere\": give a country or a region");
}

TEST(RecordInput, OtherSectorIsInterned) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    const pd::OtherSector s = pd::other_sector(p, "e1", "10", "1.2", 40.0);
    EXPECT_EQ(p.text(s.vocabulary), "10");
    EXPECT_EQ(p.text(s.code), "1.2");
    EXPECT_EQ(s.percentage, 40.0);
    EXPECT_FALSE(pd::other_sector(p, "e1", "99", "local", std::nullopt).percentage.has_value());
    EXPECT_EQ(pd::other_sector(p, "e1", "99", "local", 0.0).percentage, 0.0);
    EXPECT_EQ(pd::other_sector(p, "e1", "99", "local", 100.0).percentage, 100.0);
}

TEST(RecordInput, OtherSectorNeedsVocabularyAndCode) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    const auto texts = p.texts().size();
    const std::string message =
        "ODA engagement \"e1\": a sector of another vocabulary needs its vocabulary and its code";
    EXPECT_EQ(refusal([&] { static_cast<void>(pd::other_sector(p, "e1", "", "1.2", std::nullopt)); }), message);
    EXPECT_EQ(refusal([&] { static_cast<void>(pd::other_sector(p, "e1", "10", "", std::nullopt)); }), message);
    EXPECT_EQ(p.texts().size(), texts);  // nothing interned on the way to a refusal
}

TEST(RecordInput, OtherSectorPercentageMustBeZeroToHundred) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    const auto texts = p.texts().size();
    const std::string message = "ODA engagement \"e1\": sector 1.2 has a percentage outside 0-100";
    EXPECT_EQ(refusal([&] { static_cast<void>(pd::other_sector(p, "e1", "10", "1.2", 100.5)); }), message);
    EXPECT_EQ(refusal([&] { static_cast<void>(pd::other_sector(p, "e1", "10", "1.2", -1.0)); }), message);
    EXPECT_EQ(refusal([&] {
                  static_cast<void>(pd::other_sector(p, "e1", "10", "1.2", std::numeric_limits<double>::quiet_NaN()));
              }),
              message);
    EXPECT_EQ(p.texts().size(), texts);
}

TEST(RecordInput, OtherIdentifierIsInternedAndMustNotBeEmpty) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    const pd::OtherIdentifier o = pd::other_identifier(p, "e1", "KR-OLD-1", pd::OtherIdentifierType::previous_activity);
    EXPECT_EQ(p.text(o.ref), "KR-OLD-1");
    EXPECT_EQ(o.type, pd::OtherIdentifierType::previous_activity);
    EXPECT_EQ(refusal([&] { static_cast<void>(pd::other_identifier(p, "e1", "", pd::OtherIdentifierType::internal)); }),
              "ODA engagement \"e1\": an other identifier is empty");
}
