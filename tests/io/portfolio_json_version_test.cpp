// SPDX-License-Identifier: Apache-2.0
// Versions of the portfolio format: the steps that upgrade an older document (each alone),
// version-1 files loading and saving as version 2, and versions this library does not read.
#include "io/portfolio_json_upgrade.hpp"
#include "model/organisation_matcher.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

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

TEST(UpgradeStep1To2, ReadsAnEngagementsParticipantsAndImplementersForTheUpgrade) {
    EXPECT_TRUE(pj::upgrade_1_to_2(pj::record_shape<pd::OdaEngagement>, "participants").organisations);
    EXPECT_TRUE(pj::upgrade_1_to_2(pj::record_shape<pd::OdaEngagement>, "implementers").organisations);
    EXPECT_FALSE(pj::upgrade_1_to_2(pj::record_shape<pd::OdaEngagement>, "organisations").organisations);
    EXPECT_FALSE(pj::upgrade_1_to_2(pj::record_shape<pd::Agreement>, "participants").organisations);
}

/// One engagement keyed `key`, with `source`, in `p`.
pd::OdaEngagement engagement_in(pd::Portfolio& p, std::string_view key, std::string_view source = "") {
    pd::OdaEngagement e;
    e.key = p.intern(key);
    e.recipient = pd::CountryCode("VN");
    e.provenance.source = p.intern(source);
    return e;
}

TEST(UpgradeStep1To2, ParticipantsAndImplementersBecomeOneRecordPerOrganisation) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::detail::OrganisationMatcher matcher(p);
    pd::OdaEngagement water = engagement_in(p, "vn-water", "KOICA 2019 report");
    const std::vector<pj::Version1Participant> participants{
        {"KR-GOV-051", "KOICA", 10, pd::OrganisationRole::funding, "KOICA-2019-0042"},
        {"", "Gyeonggi Water", 0, pd::OrganisationRole::implementing, ""},
        {"", "Gyeonggi Water", 0, pd::OrganisationRole::implementing, "GW-1"},  // the same name, no ref
    };
    // An implementer already there as implementing is not named twice; a new one is.
    const std::vector<std::string> implementers{"Gyeonggi Water", "Hanoi Water Works"};
    pj::upgrade_organisations_1_to_2(p, matcher, water, participants, implementers);
    ASSERT_EQ(water.organisations.size(), 4U);
    const auto organisations = p.records<pd::Organisation>();
    ASSERT_EQ(organisations.size(), 3U);
    EXPECT_EQ(p.text(organisations[0].key), "KR-GOV-051");
    EXPECT_EQ(p.text(organisations[0].name_en), "KOICA");
    EXPECT_EQ(p.text(organisations[0].iati_ref), "KR-GOV-051");
    EXPECT_EQ(organisations[0].iati_type, 10U);
    EXPECT_EQ(organisations[0].kind, pd::OrganisationKind::government);
    EXPECT_EQ(p.text(organisations[0].provenance.source), "KOICA 2019 report");
    EXPECT_EQ(p.text(organisations[0].provenance.note),
              "from ODA engagement \"vn-water\" in a version-1 file, which named it on the engagement");
    EXPECT_EQ(water.organisations[0], (pd::Involvement{organisations[0].id, pd::OrganisationRole::funding,
                                                       *p.texts().find("KOICA-2019-0042")}));
    EXPECT_EQ(water.organisations[1].organisation, water.organisations[2].organisation);
    EXPECT_EQ(p.text(water.organisations[2].activity_id), "GW-1");
    EXPECT_EQ(p.text(organisations[2].key), "Hanoi Water Works");
    EXPECT_EQ(water.organisations[3],
              (pd::Involvement{organisations[2].id, pd::OrganisationRole::implementing, pd::TextId(0)}));

    // A second engagement names KOICA by its identifier under another name: the record is
    // KOICA's, its name stays, and its note keeps the other one.
    pd::OdaEngagement roads = engagement_in(p, "vn-roads");
    pj::upgrade_organisations_1_to_2(
        p, matcher, roads,
        std::vector<pj::Version1Participant>{
            {"KR-GOV-051", "Korea International Cooperation Agency", 10, pd::OrganisationRole::extending, ""}},
        {});
    ASSERT_EQ(roads.organisations.size(), 1U);
    EXPECT_EQ(roads.organisations[0].organisation, organisations[0].id);
    EXPECT_EQ(p.records<pd::Organisation>().size(), 3U);
    const pd::Organisation& koica = p.records<pd::Organisation>()[0];
    EXPECT_EQ(p.text(koica.name_en), "KOICA");
    EXPECT_NE(p.text(koica.provenance.note)
                  .find("also named \"Korea International Cooperation Agency\" on ODA engagement \"vn-roads\""),
              std::string_view::npos)
        << p.text(koica.provenance.note);
}

TEST(UpgradeStep1To2, AnOrganisationAlreadyInThePortfolioIsFoundByIdentifierThenName) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"));
    pd::Organisation koica;
    koica.key = p.intern("koica");
    koica.name_en = p.intern("Korea International Cooperation Agency");
    koica.iati_ref = p.intern("KR-GOV-051");
    (void)p.add(koica);
    pd::Organisation taken;  // holds the key a new record would take
    taken.key = p.intern("GWC");
    taken.name_en = p.intern("Gangwon Culture");
    taken.iati_ref = p.intern("XM-GWC");
    (void)p.add(taken);
    pd::detail::OrganisationMatcher matcher(p);
    pd::OdaEngagement e = engagement_in(p, "vn-water");
    pj::upgrade_organisations_1_to_2(
        p, matcher, e,
        std::vector<pj::Version1Participant>{
            {"KR-GOV-051", "KOICA", 10, pd::OrganisationRole::funding, ""},
            {"", "Korea International Cooperation Agency", 0, pd::OrganisationRole::accountable, ""},
            {"", "GWC", 0, pd::OrganisationRole::implementing, ""}},
        {});
    ASSERT_EQ(e.organisations.size(), 3U);
    EXPECT_EQ(p.text(p.at(e.organisations[0].organisation).key), "koica");
    EXPECT_EQ(p.text(p.at(e.organisations[1].organisation).key), "koica");
    EXPECT_EQ(p.text(p.at(e.organisations[2].organisation).key), "GWC-2");  // suffixed: "GWC" is taken
    // The record found keeps what it had: the import does not rename it.
    EXPECT_EQ(p.text(p.at(e.organisations[0].organisation).name_en), "Korea International Cooperation Agency");
}

TEST(PortfolioVersions, AVersion1ParticipantNeedsARoleOfIati) {
    const std::string head = R"({"schema": "paradiplomacy.portfolio/1", "home": {"code": "KR-41"},
        "oda": [{"id": "o1", "recipient": "VN", "status": "implementation", )";
    EXPECT_EQ(load_error(head + R"("participants": [{"name": "KOICA"}]}]})"),
              "doc.json: $.oda[0].participants[0] (ODA engagement \"o1\"): required member \"role\" is missing");
    EXPECT_NE(load_error(head + R"("participants": [{"name": "GCF", "role": "host"}]}]})").find("has no IATI code"),
              std::string::npos);
    EXPECT_EQ(load_error(head + R"("implementers": ["KOICA", " GCF"]}]})"),
              "doc.json: $.oda[0].implementers[1] (ODA engagement \"o1\"): the item \" GCF\" has a space, tab or "
              "line break at its start or end, which a CSV table would drop");
    EXPECT_EQ(load_error(head + R"("implementers": "KOICA"}]})"),
              "doc.json: $.oda[0].implementers (ODA engagement \"o1\"): expected an array of strings, found a "
              "string \"KOICA\"");
}

TEST(PortfolioVersions, AVersion1EngagementsOrganisationsAreSharedAcrossEngagements) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/1",
        "home": {"code": "KR-41"},
        "oda": [{"id": "o1", "recipient": "VN", "status": "implementation", "implementers": ["KOICA"]},
                {"id": "o2", "recipient": "LA", "status": "implementation",
                 "participants": [{"name": "KOICA", "role": "implementing"},
                                  {"ref": "KR-GOV-051", "name": "KOICA", "type": 10, "role": "funding"}]}]})");
    const auto organisations = p.records<pd::Organisation>();
    // The name matches the first record; the identifier is another organisation as far as
    // the file says, so it is a record of its own.
    ASSERT_EQ(organisations.size(), 2U);
    EXPECT_EQ(p.text(organisations[0].key), "KOICA");
    EXPECT_EQ(p.text(organisations[1].key), "KR-GOV-051");
    EXPECT_EQ(p.engagements()[0].organisations[0].organisation, organisations[0].id);
    EXPECT_EQ(p.engagements()[1].organisations[0].organisation, organisations[0].id);
    EXPECT_EQ(p.engagements()[1].organisations[1].organisation, organisations[1].id);
    // Saved as version 2 and read back, the same.
    EXPECT_EQ(pd::parse_portfolio_json(pd::to_portfolio_json(p)), p);
}

TEST(PortfolioVersions, AVersion2EngagementHasNoParticipantsAndIsToldWhereTheyWent) {
    for (const char* member : {"participants", "implementers"})
        EXPECT_EQ(load_error(std::string(R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
        "oda": [{"id": "o1", "recipient": "VN", "status": "implementation", ")") +
                             member + R"(": []}]})"),
                  std::string("doc.json: $.oda[0] (ODA engagement \"o1\"): unknown member \"") + member +
                      "\" in ODA engagement: since version 2 of the format the organisations taking part in an "
                      "engagement are records of the \"organisations\" table, each named with its role in the "
                      "engagement's \"organisations\"");
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
    // Version 2 changed the root (new tables), the partners (their flags) and the
    // engagements (their participants and implementers).
    EXPECT_EQ(pj::upgrade_steps[0].shapes, pj::shape_bit(pj::Shape::root) |
                                               pj::shape_bit(pj::record_shape<pd::Partner>) |
                                               pj::shape_bit(pj::record_shape<pd::OdaEngagement>));
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
    // What changes: the schema line, a partner's flags become designations of no start, and
    // an engagement's participants and implementers organisation records in its organisations.
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
        nlohmann::json organisations = nlohmann::json::array();
        if (std::string_view(name) == "complete.json") {
            const std::string from = "\" in a version-1 file, which named it on the engagement";
            organisations = nlohmann::json::parse(R"([
              {"id": "Gyeonggi Institute", "name_en": "Gyeonggi Institute", "kind": "other",
               "source": "https://iatistandard.org/"},
              {"id": "몽골 교육부", "name_local": "몽골 교육부", "kind": "other", "source": "https://iatistandard.org/"},
              {"id": "KR-GOV-051", "name_en": "KOICA", "kind": "government", "iati_ref": "KR-GOV-051",
               "iati_type": 10},
              {"id": "Gyeonggi Water Corporation", "name_en": "Gyeonggi Water Corporation", "kind": "other"}])");
            for (std::size_t i = 0; i < 4; ++i)
                organisations[i]["note"] =
                    std::string("from ODA engagement \"") + (i < 2 ? "mn-smart-class" : "koica-vn-water") + from;
            for (auto& e : expected["oda"]) {
                e.erase("implementers");
                e.erase("participants");
            }
            expected["oda"][0]["organisations"] = nlohmann::json::parse(R"([
              {"organisation": "Gyeonggi Institute", "role": "implementing"},
              {"organisation": "몽골 교육부", "role": "implementing"}])");
            expected["oda"][1]["organisations"] = nlohmann::json::parse(R"([
              {"organisation": "KR-GOV-051", "role": "funding", "activity_id": "KOICA-2019-0042"},
              {"organisation": "Gyeonggi Water Corporation", "role": "implementing"}])");
        }
        nlohmann::json got = nlohmann::json::parse(saved);
        EXPECT_EQ(got.value("designations", nlohmann::json::array()), designations);
        EXPECT_EQ(got.value("organisations", nlohmann::json::array()), organisations);
        got.erase("designations");
        got.erase("organisations");
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
