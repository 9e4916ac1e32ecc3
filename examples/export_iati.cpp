// SPDX-License-Identifier: Apache-2.0
/// \file
/// Exports the ODA engagements of the bundled Gyeonggi-do portfolio as an IATI 2.03
/// activity file (docs/iati.md, "Export").
///
///   export_iati --ref ORG-ID [--name NAME] [--started-by YYYY-MM-DD]
///               [--generated YYYY-MM-DDThh:mm:ssZ] OUTPUT.xml
///
/// --ref is the province's IATI organisation identifier, which the province itself must
/// give (Busan's is KR-GOV-390; Gyeonggi-do's is not published). --started-by is the
/// stand-in start for engagements that record no date (IATI requires one): a day by
/// which they were under way.
///
/// Exit codes: 0 written; 2 bad arguments or an engagement IATI cannot take; 1 any
/// other failure.

#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/write.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view usage =
    "usage: export_iati --ref ORG-ID [--name NAME] [--started-by YYYY-MM-DD]\n"
    "                   [--generated YYYY-MM-DDThh:mm:ssZ] OUTPUT.xml\n";

}  // namespace

int main(int argc, char** argv) {
    namespace pd = paradiplomacy;
    pd::iati::WriteOptions options;
    std::string output;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            const auto next = [&]() -> std::string {
                if (i + 1 >= argc) throw pd::InvalidValue(std::string(arg) + " needs a value");
                return argv[++i];
            };
            if (arg == "--ref") {
                options.reporting_org_ref = next();
            } else if (arg == "--name") {
                options.reporting_org_name = next();
            } else if (arg == "--started-by") {
                const std::string day = next();
                const auto date = pd::PartialDate::parse(day);
                if (!date.is_full()) throw pd::InvalidValue("--started-by " + day + ": give a full day");
                options.undated_started_by = date.earliest();
            } else if (arg == "--generated") {
                options.generated_datetime = next();
            } else if (arg == "-h" || arg == "--help") {
                std::cout << usage;
                return 0;
            } else if (!arg.empty() && arg[0] != '-' && output.empty()) {
                output = arg;
            } else {
                throw pd::InvalidValue("unexpected argument " + std::string(arg));
            }
        }
        if (output.empty() || !options.reporting_org_ref) throw pd::InvalidValue("--ref and OUTPUT.xml are required");
    } catch (const pd::InvalidValue& e) {
        std::cerr << "export_iati: " << e.what() << "\n" << usage;
        return 2;
    }

    try {
        const pd::Portfolio portfolio = pd::datasets::gyeonggi();
        pd::iati::write(portfolio, output, options);
        std::cout << "wrote " << portfolio.engagements().size() << " activities to " << output << "\n";
        return 0;
    } catch (const pd::FileError& e) {
        std::cerr << "export_iati: " << e.what() << "\n";
        return 2;
    } catch (const pd::InvalidValue& e) {
        std::cerr << "export_iati: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "export_iati: " << e.what() << "\n";
        return 1;
    }
}
