// SPDX-License-Identifier: Apache-2.0
// The umbrella header compiles on its own and names every public header, so a header
// added later cannot be forgotten there.
#include <paradiplomacy/paradiplomacy.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

TEST(Umbrella, IncludesEveryPublicHeader) {
    const fs::path include_dir = fs::path(PARADIPLOMACY_SOURCE_DIR) / "include";
    std::ifstream in(include_dir / "paradiplomacy" / "paradiplomacy.hpp");
    ASSERT_TRUE(in) << "cannot read the umbrella header";
    std::stringstream text;
    text << in.rdbuf();
    int checked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(include_dir / "paradiplomacy")) {
        if (!entry.is_regular_file() || entry.path().extension() != ".hpp") continue;
        const std::string relative = fs::relative(entry.path(), include_dir).generic_string();
        if (relative.find("/detail/") != std::string::npos || relative == "paradiplomacy/paradiplomacy.hpp") continue;
        EXPECT_NE(text.str().find("#include <" + relative + ">"), std::string::npos)
            << relative << " is missing from <paradiplomacy/paradiplomacy.hpp>";
        ++checked;
    }
    EXPECT_GT(checked, 40);
}

TEST(Umbrella, GivesTheWholeApi) {
    const paradiplomacy::Portfolio portfolio = paradiplomacy::datasets::gyeonggi();
    const auto report = paradiplomacy::validate(portfolio);
    EXPECT_FALSE(portfolio.partners().empty());
    EXPECT_TRUE(report.ok());
}
