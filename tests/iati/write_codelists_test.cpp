// SPDX-License-Identifier: Apache-2.0
// The schema does not check codes: every code the IATI export writes must be an active
// code of its official codelist (../shared/iati/codelists/, read here with libxml2).

#include "write_fixtures.hpp"

#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/iati/write.hpp>

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;

namespace {

const std::filesystem::path codelist_dir = std::filesystem::path(PARADIPLOMACY_SHARED_DIR) / "iati" / "codelists";

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

/// The string values `xpath` selects in `doc`.
std::vector<std::string> select(xmlDoc* doc, const char* xpath) {
    std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc), xmlXPathFreeContext);
    std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> result(
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath), ctx.get()), xmlXPathFreeObject);
    std::vector<std::string> out;
    if (!result || !result->nodesetval) return out;
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
        xmlChar* c = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
        out.emplace_back(c ? reinterpret_cast<const char*>(c) : "");
        xmlFree(c);
    }
    return out;
}

/// The active (not withdrawn) codes of one codelist file.
std::set<std::string> active_codes(const std::string& list) {
    const auto path = codelist_dir / (list + ".xml");
    XmlDoc doc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET), xmlFreeDoc);
    if (!doc) throw std::runtime_error("cannot read " + path.string());
    const auto codes = select(doc.get(), "//codelist-item[not(@status='withdrawn')]/code");
    return {codes.begin(), codes.end()};
}

// Which codelist each coded attribute the export writes takes (IATI's mapping.xml).
const std::map<std::string, std::string> coded_attributes = {
    {"//reporting-org/@type", "OrganisationType"},
    {"//description/@type", "DescriptionType"},
    {"//participating-org/@role", "OrganisationRole"},
    {"//participating-org/@type", "OrganisationType"},
    {"//activity-status/@code", "ActivityStatus"},
    {"//activity-date/@type", "ActivityDateType"},
    {"//recipient-country/@code", "Country"},
    {"//recipient-region[@vocabulary='1']/@code", "Region"},
    {"//recipient-region/@vocabulary", "RegionVocabulary"},
    {"//sector[@vocabulary='1']/@code", "Sector"},
    {"//sector[@vocabulary='2']/@code", "SectorCategory"},
    {"//sector/@vocabulary", "SectorVocabulary"},
    {"//budget/@type", "BudgetType"},
    {"//budget/@status", "BudgetStatus"},
    {"//transaction-type/@code", "TransactionType"},
    {"//@default-currency", "Currency"},
    {"//value/@currency", "Currency"},
    {"//result/@type", "ResultType"},
    {"//indicator/@measure", "IndicatorMeasure"},
    {"//document-link/@format", "FileFormat"},
    {"//document-link/category/@code", "DocumentCategory"},
    {"//document-link/language/@code", "Language"},
};

/// Checks every coded attribute of `xml`; returns how many codes it checked.
std::size_t expect_codes_in_lists(const std::string& xml) {
    XmlDoc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr, XML_PARSE_NONET),
               xmlFreeDoc);
    if (!doc) throw std::runtime_error("the export is not well-formed");
    std::size_t checked = 0;
    for (const auto& [xpath, list] : coded_attributes) {
        const std::set<std::string> codes = active_codes(list);
        EXPECT_FALSE(codes.empty()) << list;
        for (const std::string& code : select(doc.get(), xpath.c_str())) {
            EXPECT_TRUE(codes.contains(code)) << xpath << " = \"" << code << "\" is not an active " << list << " code";
            ++checked;
        }
    }
    return checked;
}

iati::WriteOptions options() {
    iati::WriteOptions o;
    o.reporting_org_ref = "XM-EXAMPLE-GG";  // made up; see write_test.cpp
    o.generated_datetime = "2026-11-27T00:00:00Z";
    o.undated_started_by = pd::Day(2016, 12, 31);
    return o;
}

}  // namespace

TEST(IatiWriteCodelists, EveryFieldEngagement) {
    if (!std::filesystem::exists(codelist_dir)) GTEST_SKIP() << "reference data absent: " << codelist_dir;
    // 4 organisation types (reporting and 3 participants) + 1 description type + 4 roles
    // + 1 status + 4 date types + 2 countries + region code and vocabulary + 3 sectors and
    // their vocabularies + 2 budget types and 2 statuses + 3 transaction types + 1 default
    // currency + 2 value currencies; 1 result type + 2 indicator measures + 1 document format,
    // 2 categories and 1 language.
    EXPECT_EQ(expect_codes_in_lists(iati::to_xml(pd::test::every_field_portfolio(), options())), 41u);
}

TEST(IatiWriteCodelists, GyeonggiDataset) {
    if (!std::filesystem::exists(codelist_dir)) GTEST_SKIP() << "reference data absent: " << codelist_dir;
    EXPECT_GT(expect_codes_in_lists(iati::to_xml(pd::datasets::gyeonggi(), options())), 7u * 6u);
}
