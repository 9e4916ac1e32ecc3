// SPDX-License-Identifier: Apache-2.0
// The IATI reader refuses DTDs and entities: no external entity is read (XXE), no
// entity is expanded (billion laughs), and nothing is imported from such a file.
#include <paradiplomacy/iati/read.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace pd = paradiplomacy;
namespace iati = paradiplomacy::iati;

namespace {

std::filesystem::path data(const char* name) {
    return std::filesystem::path(PARADIPLOMACY_SOURCE_DIR) / "tests" / "data" / "iati" / name;
}

/// The FileError message of reading `name`; fails the test when it imports.
std::string refusal(const char* name) {
    try {
        const auto in = iati::read(data(name));
        ADD_FAILURE() << name << " was read: " << in.activities_imported << " activities imported";
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST(IatiXmlSafety, BillionLaughsIsRefusedBeforeAnyExpansion) {
    const std::string what = refusal("billion-laughs.xml");
    EXPECT_NE(what.find("billion-laughs.xml:2:"), std::string::npos) << what;  // the DOCTYPE line
    EXPECT_NE(what.find("DOCTYPE"), std::string::npos) << what;
    EXPECT_EQ(what.find("lollol"), std::string::npos) << what;
}

TEST(IatiXmlSafety, ExternalEntityIsNeverRead) {
    const std::string what = refusal("external-entity.xml");
    EXPECT_NE(what.find("DOCTYPE"), std::string::npos) << what;
    EXPECT_EQ(what.find("root:"), std::string::npos) << what;  // nothing of /etc/passwd
}

TEST(IatiXmlSafety, ExternalDtdAndParameterEntitiesAreRefused) {
    EXPECT_NE(refusal("external-dtd.xml").find("DOCTYPE"), std::string::npos);
    EXPECT_NE(refusal("parameter-entity.xml").find("DOCTYPE"), std::string::npos);
}

TEST(IatiXmlSafety, DoctypeWithInternalSubsetInMemory) {
    const std::string xml = R"(<?xml version="1.0"?>
<!DOCTYPE iati-activities [ <!ENTITY org "XX-1"> ]>
<iati-activities version="2.03"><iati-activity default-currency="EUR">
<iati-identifier>&org;-A</iati-identifier></iati-activity></iati-activities>)";
    try {
        (void)iati::parse(xml, "inline.xml");
        FAIL() << "imported";
    } catch (const pd::FileError& e) {
        EXPECT_NE(std::string(e.what()).find("inline.xml:2:"), std::string::npos) << e.what();
    }
}

TEST(IatiXmlSafety, UndeclaredEntityIsAnError) {
    // Without a DTD an entity reference other than the five predefined ones is not
    // well-formed; the predefined ones and character references are fine.
    EXPECT_THROW((void)iati::parse("<iati-activities version=\"2.03\"><iati-activity>"
                                   "<iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>"),
                 pd::FileError);
    const auto in = iati::parse(
        "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
        "<iati-identifier>XX-1-&amp;-&#54801;</iati-identifier></iati-activity></iati-activities>");
    ASSERT_EQ(in.activities_imported, 1u);
    EXPECT_TRUE(in.portfolio.find_engagement("XX-1-&-\xED\x98\x91"));
}
