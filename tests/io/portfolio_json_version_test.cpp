// SPDX-License-Identifier: Apache-2.0
// Versions of the portfolio format: the steps that upgrade an older document (each alone),
// version-1 files loading and saving as version 2, and versions this library does not read.
#include "io/portfolio_json_upgrade.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace pd = paradiplomacy;
namespace pj = paradiplomacy::detail::json;

namespace {

const std::filesystem::path golden_dir = std::filesystem::path(PARADIPLOMACY_SOURCE_DIR) / "tests/data/golden";

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// `text` with its schema line naming `version`.
std::string with_schema(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string load_error(const std::string& text) {
    try {
        (void)pd::parse_portfolio_json(text, "doc.json");
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "(loaded)";
}

// --- the step from version 1 to 2 -----------------------------------------------------------

TEST(UpgradeStep1To2, KeepsEveryMemberOfVersion1AsItIs) {
    for (const pj::Member& m : pj::root_members) {
        // Only the tables version 1 had: the later ones are refused (below).
        static const std::set<std::string_view> in_version_1{
            "schema", "home", "municipalities", "partners", "agreements", "programs", "oda"};
        if (!in_version_1.contains(m.name)) continue;
        const pj::UpgradedMember up = pj::upgrade_1_to_2(pj::Shape::root, m.name);
        EXPECT_EQ(up.name, m.name);
        EXPECT_TRUE(up.refusal.empty()) << up.refusal;
    }
    const pj::UpgradedMember in_record = pj::upgrade_1_to_2(pj::record_shape<pd::Partner>, "country");
    EXPECT_EQ(in_record.name, "country");
    EXPECT_TRUE(in_record.refusal.empty());
    EXPECT_FALSE(in_record.designation.has_value());
}

TEST(UpgradeStep1To2, TurnsAPartnersFlagsIntoDesignations) {
    EXPECT_EQ(pj::upgrade_1_to_2(pj::record_shape<pd::Partner>, "priority").designation, pd::DesignationKind::priority);
    EXPECT_EQ(pj::upgrade_1_to_2(pj::record_shape<pd::Partner>, "strategic_oda").designation,
              pd::DesignationKind::strategic_oda);
    // Only a partner's: another record's member of that name is another matter.
    EXPECT_FALSE(pj::upgrade_1_to_2(pj::record_shape<pd::Agreement>, "priority").designation.has_value());
}

TEST(UpgradeStep1To2, RefusesTheOrganisationsTableWhichCameInVersion2) {
    const pj::UpgradedMember up = pj::upgrade_1_to_2(pj::Shape::root, "organisations");
    EXPECT_EQ(up.refusal,
              "member \"organisations\" came in version 2 of the format, and this document is version 1 (make its "
              "schema \"paradiplomacy.portfolio/2\" to give organisations)");
    // Only as a table of the document: a record's member of that name is another matter.
    EXPECT_TRUE(pj::upgrade_1_to_2(pj::record_shape<pd::Partner>, "organisations").refusal.empty());
}

TEST(UpgradeStep1To2, RefusesTheOfficeTablesWhichCameInVersion2) {
    for (const std::string_view table : {"offices", "office_staffing", "policy_goals", "policy_tasks"}) {
        const pj::UpgradedMember up = pj::upgrade_1_to_2(pj::Shape::root, table);
        EXPECT_EQ(up.refusal, "member \"" + std::string(table) +
                                  "\" came in version 2 of the format, and this document is version 1 (make its "
                                  "schema \"paradiplomacy.portfolio/2\" to give " +
                                  std::string(table) + ")");
    }
    // A program's policy_tasks is a member of a record, which the step leaves alone.
    EXPECT_TRUE(pj::upgrade_1_to_2(pj::record_shape<pd::ExchangeProgram>, "policy_tasks").refusal.empty());
}

TEST(UpgradeSteps, OneStepPerVersionUpToTheCurrent) {
    EXPECT_EQ(pj::upgrade_steps.size(),
              static_cast<std::size_t>(pd::portfolio_format_version - pd::oldest_portfolio_format_version));
    EXPECT_EQ(pj::upgrade_steps[0].member, &pj::upgrade_1_to_2);
    // Version 2 changed the root (new tables) and the partners (their flags).
    EXPECT_EQ(pj::upgrade_steps[0].shapes,
              pj::shape_bit(pj::Shape::root) | pj::shape_bit(pj::record_shape<pd::Partner>));
    EXPECT_EQ(pj::shapes_upgraded_from(pd::portfolio_format_version), 0U);
    EXPECT_EQ(pd::portfolio_schema_id, "paradiplomacy.portfolio/2");
}

TEST(SchemaVersion, ReadsTheVersionsThisLibraryKnows) {
    EXPECT_EQ(pj::portfolio_schema_version("paradiplomacy.portfolio/1"), 1);
    EXPECT_EQ(pj::portfolio_schema_version("paradiplomacy.portfolio/2"), 2);
    for (const char* other : {"paradiplomacy.portfolio/0", "paradiplomacy.portfolio/3", "paradiplomacy.portfolio/02",
                              "paradiplomacy.portfolio/+2", "paradiplomacy.portfolio/2 ", "paradiplomacy.portfolio/",
                              "paradiplomacy.portfolio", "paradiplomacy.portfolios/2", "other/2", ""})
        EXPECT_EQ(pj::portfolio_schema_version(other), std::nullopt) << other;
}

// --- loading by version ---------------------------------------------------------------------

TEST(PortfolioVersions, Version1FilesLoadAndSaveAsVersion2) {
    // What changes: the schema line, and a partner's flags become designations of no start.
    for (const char* name : {"complete.json", "minimal.json"}) {
        SCOPED_TRACE(name);
        const std::string v1 = read_bytes(golden_dir / "v1" / name);
        ASSERT_NE(v1.find("\"paradiplomacy.portfolio/1\""), std::string::npos);
        const pd::Portfolio p = pd::parse_portfolio_json(v1, name);
        const std::string saved = pd::to_portfolio_json(p);
        EXPECT_EQ(pd::parse_portfolio_json(saved, name), p);

        nlohmann::json expected = nlohmann::json::parse(v1);
        expected["schema"] = "paradiplomacy.portfolio/2";
        nlohmann::json designations = nlohmann::json::array();
        nlohmann::json no_partners = nlohmann::json::array();
        for (auto& partner : expected.contains("partners") ? expected["partners"] : no_partners) {
            for (const char* flag : {"priority", "strategic_oda"}) {
                if (!partner.contains(flag)) continue;
                if (partner[flag].get<bool>()) {
                    designations.push_back({{"id", partner["id"].get<std::string>() + "-" + flag},
                                            {"partner", partner["id"]},
                                            {"kind", flag}});
                    if (partner.contains("source")) designations.back()["source"] = partner["source"];
                    designations.back()["note"] = std::string("from the partner's `") + flag +
                                                  ": true` in a version-1 file, which gives no dates";
                }
                partner.erase(flag);
            }
        }
        nlohmann::json got = nlohmann::json::parse(saved);
        EXPECT_EQ(got.value("designations", nlohmann::json::array()), designations);
        got.erase("designations");
        EXPECT_EQ(got, expected);
    }
}

TEST(PortfolioVersions, AVersion1FlagIsADesignationOfNoStartAndOnlyPossiblyHeld) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1",
        "home": {"code": "KR-41"},
        "partners": [{"id": "mn", "level": "country", "country": "MN", "priority": true, "strategic_oda": false,
                      "source": "bulletin 2017"},
                     {"id": "jp", "level": "country", "country": "JP", "strategic_oda": true}]})");
    const auto designations = p.records<pd::Designation>();
    ASSERT_EQ(designations.size(), 2U);
    EXPECT_EQ(p.text(designations[0].key), "mn-priority");
    EXPECT_EQ(designations[0].partner, p.find_partner("mn"));
    EXPECT_EQ(designations[0].kind, pd::DesignationKind::priority);
    EXPECT_FALSE(designations[0].start.has_value());
    EXPECT_FALSE(designations[0].end.has_value());
    EXPECT_EQ(p.text(designations[0].provenance.source), "bulletin 2017");
    EXPECT_EQ(p.text(designations[1].key), "jp-strategic_oda");
    EXPECT_EQ(designations[1].held_on(pd::PartialDate::of_day(2017, 12, 31).earliest()), pd::Truth::unknown);
}

TEST(PortfolioVersions, AVersion1FlagMustBeTrueOrFalseAndAppearOnce) {
    const std::string head = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
        "partners": [{"id": "mn", "level": "country", "country": "MN", )";
    EXPECT_EQ(load_error(head + R"("priority": "yes"}]})"),
              "doc.json: $.partners[0].priority (partner \"mn\"): expected a boolean, found a string \"yes\"");
    EXPECT_EQ(load_error(head + R"("strategic_oda": {"a": 1}}]})"),
              "doc.json: $.partners[0].strategic_oda (partner \"mn\"): expected a boolean, found an object");
    EXPECT_EQ(load_error(head + R"("priority": [true]}]})"),
              "doc.json: $.partners[0].priority (partner \"mn\"): expected a boolean, found an array");
    EXPECT_EQ(load_error(head + R"("priority": true, "priority": false}]})"),
              "doc.json: $.partners[0] (partner \"mn\"): member \"priority\" appears twice");
}

TEST(PortfolioVersions, AVersion2PartnerHasNoFlagsAndIsToldWhereTheyWent) {
    EXPECT_EQ(load_error(R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
        "partners": [{"id": "mn", "level": "country", "country": "MN", "priority": true}]})"),
              "doc.json: $.partners[0] (partner \"mn\"): unknown member \"priority\" in partner: since version 2 "
              "of the format a partner's designation is a record of the \"designations\" table, with its dates");
}

TEST(PortfolioVersions, Version1MinimalIsTheVersion2MinimalUpgraded) {
    EXPECT_EQ(pd::load_portfolio(golden_dir / "v1" / "minimal.json"), pd::load_portfolio(golden_dir / "minimal.json"));
}

TEST(PortfolioVersions, AVersion1DocumentCannotHoldOrganisations) {
    const std::string text = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
        "organisations": [{"id": "koica", "kind": "public_agency"}]})";
    EXPECT_EQ(load_error(text),
              "doc.json: $: member \"organisations\" came in version 2 of the format, and this "
              "document is version 1 (make its schema \"paradiplomacy.portfolio/2\" to give organisations)");
    EXPECT_EQ(pd::parse_portfolio_json(with_schema(text, "/1", "/2")).records<pd::Organisation>().size(), 1U);
}

TEST(PortfolioVersions, AVersion1DocumentCannotHoldOffices) {
    const std::string text = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
        "offices": [{"id": "gg-dpd", "formed_on": "2014-10"}]})";
    EXPECT_EQ(load_error(text),
              "doc.json: $: member \"offices\" came in version 2 of the format, and this "
              "document is version 1 (make its schema \"paradiplomacy.portfolio/2\" to give offices)");
    EXPECT_EQ(pd::parse_portfolio_json(with_schema(text, "/1", "/2")).records<pd::Office>().size(), 1U);
}

TEST(PortfolioVersions, Version1KeepsItsOwnErrors) {
    // An upgraded document's problems are reported as the reader reports any document's.
    EXPECT_EQ(load_error(R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"}, "partner": []})"),
              "doc.json: $: unknown member \"partner\" (did you mean \"partners\"?)");
}

TEST(PortfolioVersions, ANewerVersionIsRefusedNamingTheVersionsKnown) {
    EXPECT_EQ(load_error(R"({"schema": "paradiplomacy.portfolio/3", "home": {"code": "KR-41"}})"),
              "doc.json: $.schema: schema \"paradiplomacy.portfolio/3\" is version 3 of the format, which this "
              "library does not read: it reads versions 1 to 2 (\"paradiplomacy.portfolio/1\", "
              "\"paradiplomacy.portfolio/2\"); a newer release of paradiplomacy may read it");
}

TEST(PortfolioVersions, Version0IsRefusedNamingTheVersionsKnown) {
    EXPECT_EQ(load_error(R"({"schema": "paradiplomacy.portfolio/0", "home": {"code": "KR-41"}})"),
              "doc.json: $.schema: schema \"paradiplomacy.portfolio/0\" is version 0 of the format, which this "
              "library does not read: it reads versions 1 to 2 (\"paradiplomacy.portfolio/1\", "
              "\"paradiplomacy.portfolio/2\")");
}

TEST(PortfolioVersions, AnotherFormatIsRefused) {
    EXPECT_EQ(load_error(R"({"schema": "otio.Timeline/1", "home": {"code": "KR-41"}})"),
              "doc.json: $.schema: schema \"otio.Timeline/1\" is not a version of paradiplomacy.portfolio: this "
              "library reads versions 1 to 2 (\"paradiplomacy.portfolio/1\", \"paradiplomacy.portfolio/2\")");
}

}  // namespace
