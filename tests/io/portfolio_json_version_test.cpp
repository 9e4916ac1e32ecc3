// SPDX-License-Identifier: Apache-2.0
// Versions of the portfolio format: the steps that upgrade an older document (each alone),
// version-1 files loading and saving as version 2, and versions this library does not read.
#include "io/portfolio_json_upgrade.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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
        if (m.name == "organisations" || m.name == "envelopes" || m.name == "money_lines") continue;
        const pj::UpgradedMember up = pj::upgrade_1_to_2(pj::Shape::root, m.name);
        EXPECT_EQ(up.name, m.name);
        EXPECT_TRUE(up.refusal.empty()) << up.refusal;
    }
    const pj::UpgradedMember in_record = pj::upgrade_1_to_2(pj::record_shape<pd::Partner>, "country");
    EXPECT_EQ(in_record.name, "country");
    EXPECT_TRUE(in_record.refusal.empty());
}

TEST(UpgradeStep1To2, RefusesTheOrganisationsTableWhichCameInVersion2) {
    const pj::UpgradedMember up = pj::upgrade_1_to_2(pj::Shape::root, "organisations");
    EXPECT_EQ(up.refusal,
              "member \"organisations\" came in version 2 of the format, and this document is version 1 (make its "
              "schema \"paradiplomacy.portfolio/2\" to give organisations)");
    // Only as a table of the document: a record's member of that name is another matter.
    EXPECT_TRUE(pj::upgrade_1_to_2(pj::record_shape<pd::Partner>, "organisations").refusal.empty());
}

TEST(UpgradeSteps, OneStepPerVersionUpToTheCurrent) {
    EXPECT_EQ(pj::upgrade_steps.size(),
              static_cast<std::size_t>(pd::portfolio_format_version - pd::oldest_portfolio_format_version));
    EXPECT_EQ(pj::upgrade_steps[0].member, &pj::upgrade_1_to_2);
    EXPECT_EQ(pj::upgrade_steps[0].shapes, pj::shape_bit(pj::Shape::root));  // version 2 changed the root only
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

TEST(PortfolioVersions, Version1FilesLoadAndSaveAsVersion2ChangingOnlyTheSchemaLine) {
    for (const char* name : {"complete.json", "minimal.json"}) {
        SCOPED_TRACE(name);
        const std::string v1 = read_bytes(golden_dir / "v1" / name);
        ASSERT_NE(v1.find("\"paradiplomacy.portfolio/1\""), std::string::npos);
        const pd::Portfolio p = pd::parse_portfolio_json(v1, name);
        const std::string saved = pd::to_portfolio_json(p);
        EXPECT_EQ(saved, with_schema(v1, "paradiplomacy.portfolio/1", "paradiplomacy.portfolio/2"));
        EXPECT_EQ(pd::parse_portfolio_json(saved, name), p);
    }
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
