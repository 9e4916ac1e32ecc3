// SPDX-License-Identifier: Apache-2.0
// The JSON Schema and the code must not drift apart. Walking the schema beside what the
// writer writes for a portfolio that uses every member of every record kind:
//  (b) every property the schema defines appears in the written document, and
//  (c) every member written is a property of the schema;
// and, member by member, "required" in the schema means the reader refuses the record
// without it, while every other member may be left out. Enums are compared with the
// model's names. Validation of documents proper is tests/io/check_schema.py (jsonschema).
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace pd = paradiplomacy;
using json = nlohmann::ordered_json;

namespace {

const std::filesystem::path source_dir(PARADIPLOMACY_SOURCE_DIR);

json read_json(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + p.string());
    return json::parse(in);
}

class SchemaDrift : public testing::Test {
protected:
    void SetUp() override {
        schema_ = read_json(source_dir / "schema/paradiplomacy.portfolio-2.schema.json");
        const pd::Portfolio every_member = pd::load_portfolio(source_dir / "tests/data/golden/complete.json");
        written_ = json::parse(pd::to_portfolio_json(every_member));
    }

    /// The schema node a "$ref" names ("#/$defs/x"), or the node itself.
    const json& resolve(const json& node, std::string* name = nullptr) const {
        if (node.contains("$ref")) {
            const std::string ref = node["$ref"].get<std::string>();
            const std::string prefix = "#/$defs/";
            if (ref.rfind(prefix, 0) != 0) throw std::runtime_error("unexpected $ref " + ref);
            if (name) *name = ref.substr(prefix.size());
            return schema_["$defs"][ref.substr(prefix.size())];
        }
        return node;
    }

    /// Records, per object definition of the schema, the members the document holds.
    void walk(const json& value, const json& node, const std::string& name) {
        std::string def = name;
        const json& s = resolve(node, &def);
        if (value.is_object() && s.contains("properties")) {
            auto& seen = written_members_[def];
            for (const auto& [key, member] : value.items()) {
                seen.insert(key);
                if (s["properties"].contains(key)) walk(member, s["properties"][key], def + "." + key);
            }
        } else if (value.is_array() && s.contains("items")) {
            for (const auto& element : value) walk(element, s["items"], name + "[]");
        }
    }

    json schema_;
    json written_;
    std::map<std::string, std::set<std::string>> written_members_;
};

std::set<std::string> keys(const json& object) {
    std::set<std::string> out;
    for (const auto& [key, value] : object.items()) out.insert(key);
    return out;
}

TEST_F(SchemaDrift, SchemaAndWriterAgreeOnEveryMemberOfEveryObject) {
    walk(written_, schema_, "(root)");
    // Every object definition of the schema is reached by the document.
    std::set<std::string> object_defs{"(root)"};
    for (const auto& [name, def] : schema_["$defs"].items())
        if (def.contains("properties")) object_defs.insert(name);
    EXPECT_EQ(keys(json(written_members_)), object_defs);

    for (const std::string& def : object_defs) {
        const json& s = def == "(root)" ? schema_ : schema_["$defs"][def];
        EXPECT_FALSE(s.value("additionalProperties", true)) << def << " must set additionalProperties: false";
        const std::set<std::string> in_schema = keys(s["properties"]);
        const std::set<std::string>& written = written_members_[def];
        for (const std::string& m : in_schema)
            EXPECT_TRUE(written.contains(m)) << "(b) the schema's " << def << "." << m << " is never written";
        for (const std::string& m : written)
            EXPECT_TRUE(in_schema.contains(m))
                << "(c) the writer wrote " << def << "." << m << ", unknown to the schema";
    }
}

template <class E>
std::vector<std::string> model_names() {
    std::vector<std::string> out;
    for (const std::string_view n : enum_names(E{})) out.emplace_back(n);
    return out;
}

TEST_F(SchemaDrift, EnumsAreTheModelsNames) {
    const json& defs = schema_["$defs"];
    EXPECT_EQ(defs["partner"]["properties"]["level"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::PartnerLevel>());
    EXPECT_EQ(defs["agreement"]["properties"]["kind"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::AgreementKind>());
    EXPECT_EQ(defs["agreement"]["properties"]["council_approval"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::CouncilApproval>());
    EXPECT_EQ(defs["program"]["properties"]["kind"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::ProgramKind>());
    EXPECT_EQ(defs["program"]["properties"]["direction"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::Direction>());
    EXPECT_EQ(defs["engagement"]["properties"]["status"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::OdaStatus>());
    EXPECT_EQ(defs["budget"]["properties"]["type"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::BudgetType>());
    EXPECT_EQ(defs["budget"]["properties"]["status"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::BudgetStatus>());
    EXPECT_EQ(defs["transaction"]["properties"]["type"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::TransactionType>());
    // An involvement takes every role: IATI's four first, then the office's own.
    const std::vector<std::string> roles = model_names<pd::OrganisationRole>();
    EXPECT_EQ(defs["involvement"]["properties"]["role"]["enum"].get<std::vector<std::string>>(), roles);
    EXPECT_EQ(defs["delegates"]["properties"]["role"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::DelegateRole>());
    EXPECT_EQ(defs["supranational_share"]["properties"]["vocabulary"]["enum"].get<std::vector<std::string>>(),
              (std::vector<std::string>{"oecd_dac", "un_m49"}));
    EXPECT_EQ(defs["other_identifier"]["properties"]["type"]["enum"].get<std::vector<std::string>>(),
              model_names<pd::OtherIdentifierType>());
    EXPECT_EQ(schema_["properties"]["schema"]["const"].get<std::string>(), std::string(pd::portfolio_schema_id));
}

/// Where in the written document the first object of each definition sits.
json::json_pointer first_of(const std::string& def) {
    static const std::map<std::string, std::string> where{
        {"home", "/home"},
        {"municipality", "/municipalities/0"},
        {"partner", "/partners/0"},
        {"agreement", "/agreements/0"},
        {"program", "/programs/0"},
        {"engagement", "/oda/0"},
        {"period", "/agreements/2/validity"},
        {"region_share", "/oda/0/regions/0"},
        {"sector_share", "/oda/0/sectors/0"},
        {"budget", "/oda/1/budgets/0"},
        {"country_share", "/oda/1/recipient_countries/0"},
        {"supranational_share", "/oda/1/recipient_regions/1"},
        {"transaction", "/oda/1/transactions/0"},
        {"organisation", "/organisations/1"},
        {"designation", "/designations/0"},
        {"office", "/offices/0"},
        {"staffing_fact", "/office_staffing/0"},
        {"policy_goal", "/policy_goals/0"},
        {"policy_task", "/policy_tasks/0"},
        {"envelope", "/envelopes/1"},
        {"money_line", "/money_lines/0"},
        {"organisation_ref", "/oda/1/reporting_org"},
        {"other_sector", "/oda/1/other_sectors/0"},
        {"other_identifier", "/oda/1/other_identifiers/0"},
        {"involvement", "/programs/0/organisations/0"},
        {"delegates", "/programs/0/members/0"},
        {"linguist", "/linguists/0"},
        {"document", "/documents/2"},
        {"result", "/results/0"},
        {"indicator", "/indicators/0"},
        {"indicator_period", "/indicator_periods/0"},
    };
    return json::json_pointer(where.at(def));
}

TEST_F(SchemaDrift, RequiredInTheSchemaIsRequiredByTheReader) {
    std::vector<std::pair<json::json_pointer, std::string>> cases;
    for (const auto& [name, def] : schema_["$defs"].items()) {
        if (!def.contains("properties")) continue;
        const json::json_pointer at = first_of(name);
        ASSERT_TRUE(written_.contains(at)) << name;
        const std::set<std::string> required =
            def.contains("required") ? def["required"].get<std::set<std::string>>() : std::set<std::string>{};
        for (const auto& [member, unused] : def["properties"].items()) {
            if (!written_[at].contains(member)) continue;  // this object leaves it out; others use it
            json changed = written_;
            changed[at].erase(member);
            const std::string text = changed.dump(2);
            if (required.contains(member)) {
                try {
                    (void)pd::parse_portfolio_json(text);
                    ADD_FAILURE() << name << "." << member
                                  << " is required by the schema but the reader accepts its absence";
                } catch (const pd::FileError& e) {
                    EXPECT_NE(std::string(e.what()).find("required member \"" + member + "\" is missing"),
                              std::string::npos)
                        << name << "." << member << ": " << e.what();
                }
            } else if (name == "program" && (member == "partners" || member == "municipalities")) {
                // The schema's anyOf: one of the two, as the model requires.
                EXPECT_TRUE(def.contains("anyOf")) << name;
                if (!changed[at].contains(member == "partners" ? "municipalities" : "partners")) {
                    EXPECT_THROW((void)pd::parse_portfolio_json(text), pd::FileError) << name << "." << member;
                }
            } else if (!(name == "partner" && member == "region")) {  // required for region partners: below
                EXPECT_NO_THROW((void)pd::parse_portfolio_json(text))
                    << name << "." << member << " is optional in the schema";
            }
        }
    }
    // The document's own required members.
    for (const std::string member : {"schema", "home"}) {
        json changed = written_;
        changed.erase(member);
        EXPECT_THROW((void)pd::parse_portfolio_json(changed.dump(2)), pd::FileError) << member;
    }
    // ... and the record lists are all optional.
    const json minimal = {{"schema", written_["schema"]}, {"home", written_["home"]}};
    EXPECT_NO_THROW((void)pd::parse_portfolio_json(minimal.dump(2)));
}

}  // namespace
