// SPDX-License-Identifier: Apache-2.0
// The record descriptions (model/field.hpp): what every format walks must be well formed.
#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/model/partner.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace paradiplomacy {
namespace {

template <class Record>
std::vector<std::string> names_of() {
    std::vector<std::string> names;
    for_each_field<Record>([&](const auto& field, auto) { names.emplace_back(field.name); });
    return names;
}

template <class Record>
std::vector<std::string> python_names_of() {
    std::vector<std::string> names;
    for_each_field<Record>([&](const auto& field, auto) { names.emplace_back(field.python_name()); });
    return names;
}

template <class Record>
void expect_well_formed(const char* what) {
    SCOPED_TRACE(what);
    const auto names = names_of<Record>();
    ASSERT_EQ(names.size(), field_count<Record>());
    EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size()) << "a name is used twice";
    const auto python = python_names_of<Record>();
    EXPECT_EQ(std::set<std::string>(python.begin(), python.end()).size(), python.size());
    // Every record kind opens with its id, required, which Python calls `key`.
    EXPECT_EQ(names.front(), "id");
    EXPECT_EQ(python.front(), "key");
    bool first = true;
    for_each_field<Record>([&](const auto& field, auto) {
        EXPECT_FALSE(field.doc.empty()) << field.name << " has no docs line";
        if (first) {
            EXPECT_TRUE(field.required);
        }
        first = false;
    });
}

TEST(RecordDescription, EveryRecordKindIsWellFormed) {
    expect_well_formed<Municipality>("municipality");
    expect_well_formed<Partner>("partner");
    expect_well_formed<Agreement>("agreement");
    expect_well_formed<ExchangeProgram>("program");
    expect_well_formed<OdaEngagement>("ODA engagement");
}

TEST(RecordDescription, InlinedProvenanceReadsAsTheRecordsOwnFields) {
    const auto names = names_of<Agreement>();
    ASSERT_GE(names.size(), 3U);
    EXPECT_EQ(std::vector<std::string>(names.end() - 3, names.end()),
              (std::vector<std::string>{"source", "note", "uncertain"}));
}

TEST(RecordDescription, FieldsReachTheValuesOfARecordAndOfItsInlinedParts) {
    Agreement a;
    a.council_approved_on = PartialDate::of_month(2009, 6);
    a.provenance.uncertain = true;
    int seen = 0;
    for_each_field_of(a, [&](auto& holder, const auto& field) {
        using Value = typename std::remove_cvref_t<decltype(field)>::value_type;
        if constexpr (std::is_same_v<Value, bool>) {
            if (field.name == "uncertain") {
                EXPECT_TRUE(field.of(holder));
                field.of(holder) = false;  // writable through the same path
                ++seen;
            }
        } else if constexpr (std::is_same_v<Value, std::optional<PartialDate>>) {
            if (field.name == "council_approved_on") {
                EXPECT_EQ(field.of(holder), PartialDate::of_month(2009, 6));
                ++seen;
            }
        }
    });
    EXPECT_EQ(seen, 2);
    EXPECT_FALSE(a.provenance.uncertain);
}

}  // namespace
}  // namespace paradiplomacy
