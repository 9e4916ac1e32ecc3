// SPDX-License-Identifier: Apache-2.0
// The bad-input catalogue (tests/data/bad-input/, described in its README.md): malformed
// and hostile inputs for every reader, each refused with exactly the exception class and
// message written beside it, and nothing half-loaded: the caller's portfolio is unchanged.
//
//   json/NAME.json          parse_portfolio_json / load_portfolio
//   csv/NAME/               import_csv of the tables in the directory (home KR-41 when
//                           there is no home.csv)
//   twin-towns/NAME.csv     read_twin_towns
//   dates/NAME.txt          PartialDate::parse of the file's bytes
//
// A JSON or CSV case that loads must then fail validate_strict (today 2025-01-01): the
// rules, not the reader, refuse upgrade cycles and the like.
// Each has NAME.error: the class (FileError, InvalidValue) on the first line, then the
// message; "{file}" stands for the input's path, "{dir}" for a CSV case's directory.
#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/io/twin_towns.hpp>
#include <paradiplomacy/validation/validate.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <typeinfo>
#include <vector>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

const fs::path catalogue_dir = fs::path(PARADIPLOMACY_SOURCE_DIR) / "tests/data/bad-input";

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

struct Expected {
    std::string type;
    std::string message;
};

Expected expected_for(const fs::path& input) {
    fs::path error_file = input;
    if (fs::is_directory(input))
        error_file += ".error";
    else
        error_file.replace_extension(".error");
    std::string text = read_bytes(error_file);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    const auto newline = text.find('\n');
    Expected e{text.substr(0, newline), newline == std::string::npos ? "" : text.substr(newline + 1)};
    replace_all(e.message, "{file}", input.string());
    replace_all(e.message, "{dir}", input.string());
    return e;
}

/// Runs `load`, which must throw; returns the class and message it threw.
Expected thrown_by(const std::function<void()>& load) {
    try {
        load();
    } catch (const pd::FileError& e) {
        return {"FileError", e.what()};
    } catch (const pd::InvalidValue& e) {
        return {"InvalidValue", e.what()};
    } catch (const pd::ValidationError& e) {
        return {"ValidationError", e.what()};
    } catch (const pd::NotFound& e) {
        return {"NotFound", e.what()};
    } catch (const std::exception& e) {
        return {std::string("unexpected std::exception: ") + typeid(e).name(), e.what()};
    }
    return {"nothing thrown", ""};
}

struct Case {
    std::string format;
    fs::path input;
};

std::vector<Case> cases() {
    std::vector<Case> all;
    for (const char* format : {"json", "csv", "twin-towns", "dates", "iati"}) {
        const fs::path dir = catalogue_dir / format;
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() != ".error") all.push_back({format, entry.path()});
    }
    std::sort(all.begin(), all.end(), [](const Case& a, const Case& b) { return a.input < b.input; });
    return all;
}

class BadInput : public testing::TestWithParam<Case> {};

TEST_P(BadInput, IsRefusedWithItsClassAndMessageAndLoadsNothing) {
    const Case& c = GetParam();
    const Expected expected = expected_for(c.input);

    // The caller's portfolio: an assignment from a failed load must leave it as it was.
    const pd::Portfolio original = pd::datasets::gyeonggi();
    pd::Portfolio kept = original;
    Expected got;
    if (c.format == "json") {
        got = thrown_by([&] { kept = pd::load_portfolio(c.input); });
        // From memory, the same outcome.
        const Expected from_memory =
            thrown_by([&] { kept = pd::parse_portfolio_json(read_bytes(c.input), c.input.string()); });
        EXPECT_EQ(from_memory.type, got.type);
        EXPECT_EQ(from_memory.message, got.message);
    } else if (c.format == "csv") {
        pd::CsvImportOptions options;
        const pd::CsvSources sources = pd::CsvSources::in_directory(c.input);
        if (!sources.home) options.home = pd::SubdivisionCode("KR-41");
        got = thrown_by([&] { kept = pd::import_csv(sources, options); });
    } else if (c.format == "twin-towns") {
        pd::TwinTownList list;
        list.source = "untouched";
        got = thrown_by([&] { list = pd::read_twin_towns(c.input); });
        EXPECT_EQ(list.source, "untouched");
        EXPECT_TRUE(list.cities.empty());
    } else if (c.format == "dates") {
        got = thrown_by([&] { (void)pd::PartialDate::parse(read_bytes(c.input)); });
    } else if (c.format == "iati") {
        got = thrown_by([&] { kept = pd::iati::read_into(kept, c.input).portfolio; });
    }
    bool loaded = false;
    if ((c.format == "json" || c.format == "csv") && got.type == "nothing thrown") {
        // Well-formed but against the rules (an upgrade cycle, a tie superseding another
        // tie's agreement): strict validation must refuse it.
        loaded = true;
        pd::ValidationOptions options;
        options.today = pd::PartialDate::of_day(2025, 1, 1).earliest();
        got = thrown_by([&] { (void)pd::validate_strict(kept, options); });
    }
    if (std::getenv("PARADIPLOMACY_UPDATE_CATALOGUE") != nullptr) {
        // Writes what was thrown as the new expectation, for review in the diff.
        std::string message = got.message;
        replace_all(message, c.input.string(), fs::is_directory(c.input) ? "{dir}" : "{file}");
        fs::path error_file = c.input;
        if (fs::is_directory(c.input))
            error_file += ".error";
        else
            error_file.replace_extension(".error");
        std::ofstream(error_file, std::ios::binary) << got.type << "\n" << message << "\n";
        return;
    }
    EXPECT_EQ(got.type, expected.type) << c.input;
    EXPECT_FALSE(expected.message.empty()) << "no .error (or no message in it) for " << c.input;
    EXPECT_EQ(got.message, expected.message) << c.input;
    if (!loaded) {
        EXPECT_TRUE(kept == original) << "a failed load changed the caller's portfolio: " << c.input;
    }
}

std::string test_name(const testing::TestParamInfo<Case>& info) {
    std::string name = info.param.format + "_" + info.param.input.stem().string();
    std::replace_if(
        name.begin(), name.end(), [](char ch) { return !std::isalnum(static_cast<unsigned char>(ch)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, testing::ValuesIn(cases()), test_name);

TEST(BadInputCatalogue, HoldsEnoughCasesOfEveryFormat) {
    // Guards against a missing or emptied directory: a parameterised test over nothing passes.
    std::map<std::string, std::size_t> per_format;
    for (const Case& c : cases()) ++per_format[c.format];
    EXPECT_GE(per_format["json"], 20U);
    EXPECT_GE(per_format["csv"], 15U);
    EXPECT_GE(per_format["twin-towns"], 8U);
    EXPECT_GE(per_format["dates"], 10U);
    EXPECT_GE(per_format["iati"], 8U);
    for (const Case& c : cases()) {
        fs::path error_file = c.input;
        if (fs::is_directory(c.input))
            error_file += ".error";
        else
            error_file.replace_extension(".error");
        EXPECT_TRUE(fs::exists(error_file)) << c.input;
    }
}

}  // namespace
