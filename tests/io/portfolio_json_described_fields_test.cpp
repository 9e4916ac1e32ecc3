// SPDX-License-Identifier: Apache-2.0
// The portfolio format forgets no described field: for every record kind and every field
// of its description, a portfolio in which that field alone differs from the minimal
// record is saved, holds the field's member in the record's object, and loads back equal.
#include "support/described_samples.hpp"

#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace pd = paradiplomacy;
namespace ts = paradiplomacy::test_support;
using json = nlohmann::json;

namespace {

/// The object of the record under test in a written document.
const json& record_object(const json& document, const ts::DescribedSample& sample) {
    if (sample.table == "home") return document.at("home");
    // The record under test was added last: the records it refers to come first.
    return document.at(std::string(sample.table)).back();
}

TEST(JsonDescribedFields, EveryFieldIsWrittenAndReadBack) {
    const auto samples = ts::described_samples();
    std::set<std::string> seen;
    for (const ts::DescribedSample& sample : samples) {
        SCOPED_TRACE(std::string(sample.record) + "." + std::string(sample.field));
        const std::string text = pd::to_portfolio_json(sample.portfolio);
        const json document = json::parse(text);
        EXPECT_TRUE(record_object(document, sample).contains(std::string(sample.field)));
        EXPECT_TRUE(pd::parse_portfolio_json(text, "sample.json") == sample.portfolio)
            << "loaded back different from what was saved:\n"
            << text;
        seen.insert(std::string(sample.record) + "." + std::string(sample.field));
    }
    // One sample per described field, and none twice.
    const std::size_t described = ts::described_field_count();
    EXPECT_EQ(samples.size(), described);
    EXPECT_EQ(seen.size(), described);
}

TEST(JsonDescribedFields, AFieldLeftOutIsMissedByItsSample) {
    // The minimal records alone: a field at its default is left out of the file, so each
    // optional field's member shows up only through its own sample.
    const pd::Portfolio minimal = ts::minimal_records();
    const json document = json::parse(pd::to_portfolio_json(minimal));
    for (const ts::DescribedSample& sample : ts::described_samples()) {
        if (sample.required) continue;
        // A program names a partner or a municipality it serves; the minimal one names a partner.
        if (sample.record == "program" && sample.field == "partners") continue;
        SCOPED_TRACE(std::string(sample.record) + "." + std::string(sample.field));
        EXPECT_FALSE(record_object(document, sample).contains(std::string(sample.field)));
    }
}

}  // namespace
