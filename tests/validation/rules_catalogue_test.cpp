// SPDX-License-Identifier: Apache-2.0
// The rule catalogue: stable, unique, well-formed ids, and docs/validation-rules.md
// listing exactly the same rules with the same severity and record kind.

#include <paradiplomacy/validation/rules.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace paradiplomacy {
namespace {

TEST(RuleCatalogue, IdsAreUniqueAndDotted) {
    std::set<std::string_view> seen;
    const std::regex form("[a-z_]+(\\.[a-z0-9_]+)+");
    ASSERT_GE(rules().size(), 40u);
    for (const RuleInfo& r : rules()) {
        EXPECT_TRUE(seen.insert(r.id).second) << "duplicate id " << r.id;
        EXPECT_TRUE(std::regex_match(std::string(r.id), form)) << r.id;
        EXPECT_FALSE(r.summary.empty()) << r.id;
        EXPECT_EQ(r.summary.back(), '.') << r.id;
    }
}

TEST(RuleCatalogue, FindRule) {
    const RuleInfo* r = find_rule("oda.sectors.sum");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->severity, Severity::error);
    EXPECT_EQ(r->entity, EntityKind::oda);
    EXPECT_EQ(find_rule("oda.sectors"), nullptr);
    EXPECT_EQ(find_rule(""), nullptr);
}

TEST(RuleCatalogue, DocumentationListsExactlyTheCatalogue) {
    const std::string path = std::string(PARADIPLOMACY_SOURCE_DIR) + "/docs/validation-rules.md";
    std::ifstream in(path);
    ASSERT_TRUE(in) << "cannot read " << path;
    // Table rows: | `id` | severity | record | summary |
    const std::regex row("^\\| `([^`]+)` \\| (\\w+) \\| (\\w+) \\| (.+) \\|$");
    std::map<std::string, std::string> documented;
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (!std::regex_match(line, m, row)) continue;
        EXPECT_TRUE(documented.emplace(m[1], std::string(m[2]) + "/" + std::string(m[3])).second)
            << "documented twice: " << m[1];
    }
    std::map<std::string, std::string> catalogue;
    for (const RuleInfo& r : rules())
        catalogue.emplace(std::string(r.id),
                          std::string(to_string(r.severity)) + "/" + std::string(to_string(r.entity)));
    for (const auto& [id, what] : catalogue) {
        const auto it = documented.find(id);
        if (it == documented.end())
            ADD_FAILURE() << "rule " << id << " is missing from docs/validation-rules.md";
        else
            EXPECT_EQ(it->second, what) << "severity/record of " << id << " differ between the doc and the catalogue";
    }
    for (const auto& [id, what] : documented)
        if (!catalogue.contains(id))
            ADD_FAILURE() << "docs/validation-rules.md lists " << id << ", which is not in the catalogue";
}

}  // namespace
}  // namespace paradiplomacy
