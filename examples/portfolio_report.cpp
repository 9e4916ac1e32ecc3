// SPDX-License-Identifier: Apache-2.0
/// \file
/// Prints the portfolio report.
///
///   portfolio_report                          the bundled Gyeonggi-do portfolio
///   portfolio_report PATH                     the portfolio file at PATH
///   options: --on YYYY-MM-DD   the chosen date (default: today)
///            --today YYYY-MM-DD  the report date (default: the local date)
///            --dormant-years N  --expiring-months N
///            --figures PATH     published figures to compare with (the bundled
///                               portfolio uses its own unless --no-figures)
///            --no-validation    leave out the validation findings
///
/// Exit codes: 0 report printed; 2 unusable input (bad arguments, unreadable or
/// invalid file); 1 any other failure.

#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>

#include <charconv>
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view usage =
    "usage: portfolio_report [PATH] [--on YYYY-MM-DD] [--today YYYY-MM-DD] [--dormant-years N]\n"
    "                        [--expiring-months N] [--figures PATH] [--no-figures] [--no-validation]\n";

struct UsageError {
    std::string message;
};

paradiplomacy::Day full_day(std::string_view option, std::string_view text) {
    const auto date = paradiplomacy::PartialDate::try_parse(text);
    if (!date || !date->is_full())
        throw UsageError{std::string(option) + " \"" + std::string(text) + "\": expected a full date YYYY-MM-DD"};
    return date->earliest();
}

int count(std::string_view option, std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        throw UsageError{std::string(option) + " \"" + std::string(text) + "\": expected a non-negative whole number"};
    return value;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw paradiplomacy::FileError(path + ": cannot open for reading");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

int main(int argc, char** argv) {
    namespace pd = paradiplomacy;
    try {
        pd::report::ReportOptions options;
        std::optional<std::string> path;
        std::optional<std::string> figures_path;
        bool no_figures = false;
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            const auto value = [&]() -> std::string_view {
                if (i + 1 >= argc) throw UsageError{std::string(arg) + " needs a value"};
                return argv[++i];
            };
            if (arg == "--help" || arg == "-h") {
                std::cout << usage;
                return 0;
            }
            if (arg == "--on")
                options.on = full_day(arg, value());
            else if (arg == "--today")
                options.today = full_day(arg, value());
            else if (arg == "--dormant-years")
                options.dormant_years = count(arg, value());
            else if (arg == "--expiring-months")
                options.expiring_months = count(arg, value());
            else if (arg == "--figures")
                figures_path = std::string(value());
            else if (arg == "--no-figures")
                no_figures = true;
            else if (arg == "--no-validation")
                options.include_validation = false;
            else if (arg.starts_with("-"))
                throw UsageError{"unknown option " + std::string(arg)};
            else if (path)
                throw UsageError{"more than one portfolio file given (" + *path + ", " + std::string(arg) + ")"};
            else
                path = std::string(arg);
        }

        const pd::Portfolio portfolio = path ? pd::load_portfolio(*path) : pd::datasets::gyeonggi();
        if (figures_path)
            options.published = pd::report::parse_published_figures(read_file(*figures_path), *figures_path);
        else if (!path && !no_figures)
            options.published = pd::datasets::gyeonggi_published_figures();

        std::cout << pd::report::render_report(portfolio, options);
        return 0;
    } catch (const UsageError& e) {
        std::cerr << "portfolio_report: " << e.message << '\n' << usage;
        return 2;
    } catch (const pd::FileError& e) {
        std::cerr << "portfolio_report: " << e.what() << '\n';
        return 2;
    } catch (const pd::InvalidValue& e) {
        std::cerr << "portfolio_report: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "portfolio_report: " << e.what() << '\n';
        return 1;
    }
}
