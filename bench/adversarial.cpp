// SPDX-License-Identifier: Apache-2.0
// Hostile shapes of input at 1x, 4x and 16x their base size, each timed (CPU time, the
// least of five runs), with the time per MB of input and the steps
// detail::work_counters() counted. Linear work keeps the steps per MB flat and the time
// per MB within a few times its 1x figure; quadratic work multiplies both about 16-fold
// from 1x to 16x.
//
// The verdict (exit 1 when it fails): steps per MB at 16x within 1.25x of 1x where steps
// are counted, time per MB at 16x within 4x of 1x for every shape. Time alone cannot be
// held to 2x: at 1x a shape's tables fit the core's L2 cache (1 MiB here), at 16x they
// are tens of MB and each hash look-up waits on memory, which costs linear work up to
// about 2.7x per MB on this machine.
//
//     bench_adversarial [--scale K] [--only TEXT]
//
// K multiplies every base size (default 1); --only runs the shapes whose name holds TEXT.
//
// Shapes (1x is 4 times the size named): one tie of 3,000 agreements each superseding
// the one before (validated, reported, its tie status asked) and of 3,000 unlinked ones
// (validated); an IATI activity of unknown elements of 5,000 names; IATI elements of
// 500 attributes; IATI activities each with a new element name (600 at 1x, up to the
// reader's cap of distinct names at 16x); 2,000 undated rows of one partner in an office
// sheet; 2,000 case spellings of one city in a twin-town list.
#include "detail/work_counters.hpp"

#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/io/twin_towns.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unistd.h>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

/// What one run measured: its input's size and the steps counted.
struct Run {
    double bytes = 0;
    std::uint64_t steps = 0;
};

pd::Portfolio one_tie(std::size_t n, bool linked) {
    pd::Portfolio p{pd::SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도"};
    pd::Partner partner;
    partner.key = p.intern("jp-aichi");
    partner.level = pd::PartnerLevel::region;
    partner.country = pd::CountryCode("JP");
    partner.region = pd::SubdivisionCode("JP-23");
    partner.name_en = p.intern("Aichi");
    const pd::PartnerId aichi = p.add(partner);
    std::optional<pd::AgreementId> previous;
    for (std::size_t i = 0; i < n; ++i) {
        pd::Agreement a;
        a.key = p.intern("aichi-" + std::to_string(i));
        a.partner = aichi;
        a.kind = pd::AgreementKind::sister;
        const pd::Day d = pd::Day(1800, 1, 1) + boost::gregorian::days(static_cast<long>(i));
        a.signed_on = pd::PartialDate::of_day(d.year(), d.month(), d.day());
        if (linked) a.supersedes = previous;
        previous = p.add(a);
    }
    return p;
}

/// This thread's CPU time: on a shared machine, waiting for a core does not count.
double cpu_seconds() {
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::uint64_t all_steps() {
    const auto& w = pd::detail::work_counters();
    return w.tie_steps + w.successor_steps + w.key_probes;
}

pd::ValidationOptions after_every_signing() {
    pd::ValidationOptions o;
    o.today = pd::Day(2400, 1, 1);
    return o;
}

std::string iati_document(const std::string& activities) {
    return "<iati-activities version=\"2.03\">\n" + activities + "</iati-activities>\n";
}
std::string iati_activity(const std::string& id, const std::string& children) {
    return "<iati-activity default-currency=\"EUR\">\n<iati-identifier>" + id +
           "</iati-identifier>\n<reporting-org ref=\"XX-1\" type=\"10\"/>\n<title><narrative>T</narrative></title>\n"
           "<activity-status code=\"2\"/>\n" +
           children + "\n</iati-activity>\n";
}

/// Reads an IATI document; a refusal (a cap reached) is an outcome like any other.
std::uint64_t read_iati(const std::string& xml) {
    try {
        (void)pd::iati::parse(xml);
    } catch (const pd::FileError&) {
    }
    return 0;
}

fs::path scratch_file(const std::string& name, const std::string& content) {
    const fs::path dir = fs::temp_directory_path() / ("pd-adversarial-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path path = dir / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

/// A shape: given its size factor, builds the input, then runs the timed part.
struct Shape {
    const char* name;
    std::function<std::function<Run()>(std::size_t)> prepare;
};

std::size_t scale = 1;
/// Every base size is this many times the one in the shape's name, so that the 1x input
/// is already larger than the caches and the times compare like with like.
constexpr std::size_t base = 4;

const Shape shapes[] = {
    {"validate: tie of 3,000 agreements, each superseding the last",
     [](std::size_t k) {
         auto p = std::make_shared<pd::Portfolio>(one_tie(base * 3000 * k * scale, true));
         const double bytes = static_cast<double>(pd::to_portfolio_json(*p).size());
         return [p, bytes] { return Run{bytes, ((void)pd::validate(*p, after_every_signing()), all_steps())}; };
     }},
    {"report: the same tie",
     [](std::size_t k) {
         auto p = std::make_shared<pd::Portfolio>(one_tie(base * 3000 * k * scale, true));
         const double bytes = static_cast<double>(pd::to_portfolio_json(*p).size());
         return [p, bytes] {
             pd::report::ReportOptions o;
             o.today = pd::Day(2400, 1, 1);
             return Run{bytes, ((void)pd::report::render_report(*p, o), all_steps())};
         };
     }},
    {"tie status: the same tie",
     [](std::size_t k) {
         auto p = std::make_shared<pd::Portfolio>(one_tie(base * 3000 * k * scale, true));
         const double bytes = static_cast<double>(pd::to_portfolio_json(*p).size());
         return [p, bytes] {
             (void)pd::tie_status(*p, pd::TieKey{pd::PartnerId(0), std::nullopt}, pd::Day(2400, 1, 1));
             return Run{bytes, all_steps()};
         };
     }},
    {"validate: tie of 3,000 unlinked agreements",
     [](std::size_t k) {
         auto p = std::make_shared<pd::Portfolio>(one_tie(base * 3000 * k * scale, false));
         const double bytes = static_cast<double>(pd::to_portfolio_json(*p).size());
         return [p, bytes] { return Run{bytes, ((void)pd::validate(*p, after_every_signing()), all_steps())}; };
     }},
    {"IATI: one activity of unknown elements of 5,000 names",
     [](std::size_t k) {
         std::string children;
         for (std::size_t i = 0; i < base * 20'000 * k * scale; ++i)
             children += "<x-" + std::to_string(i % 5000) + "/>";
         auto xml = std::make_shared<std::string>(iati_document(iati_activity("XX-1-0", children)));
         return [xml] { return Run{static_cast<double>(xml->size()), read_iati(*xml)}; };
     }},
    {"IATI: elements of 500 attributes (4.9 KB tags)",
     [](std::size_t k) {
         std::string tag = "<x";
         for (int a = 0; a < 500; ++a) tag += " a" + std::to_string(a) + "=\"\"";
         tag += "/>\n";
         std::string children;
         for (std::size_t i = 0; i < base * 40 * k * scale; ++i) children += tag;
         auto xml = std::make_shared<std::string>(iati_document(iati_activity("XX-1-0", children)));
         return [xml] { return Run{static_cast<double>(xml->size()), read_iati(*xml)}; };
     }},
    {"IATI: 600 activities, each with a new element name",
     [](std::size_t k) {
         std::string activities;
         for (std::size_t i = 0; i < 600 * k * scale; ++i)
             activities += iati_activity("XX-1-" + std::to_string(i), "<x-" + std::to_string(i) + "/>");
         auto xml = std::make_shared<std::string>(iati_document(activities));
         return [xml] { return Run{static_cast<double>(xml->size()), read_iati(*xml)}; };
     }},
    {"CSV: 2,000 undated rows of one partner",
     [](std::size_t k) {
         std::string sheet = "partner,country,kind\n";
         for (std::size_t i = 0; i < base * 2000 * k * scale; ++i) sheet += "Aichi,JP,sister\n";
         const double bytes = static_cast<double>(sheet.size());
         auto sources = std::make_shared<pd::CsvSources>();
         sources->agreements = scratch_file("agreements-" + std::to_string(k) + ".csv", sheet);
         return [sources, bytes] {
             pd::CsvImportOptions o;
             o.home = pd::SubdivisionCode("KR-41");
             return Run{bytes, ((void)pd::import_csv(*sources, o), all_steps())};
         };
     }},
    {"twin towns: 2,000 case spellings of one city",
     [](std::size_t k) {
         std::string list = "city1,country1,city2,country2\n";
         for (std::size_t i = 0; i < base * 2000 * k * scale; ++i) {
             std::string name = "beratkalajaqyteti";
             for (std::size_t bit = 0; bit < name.size(); ++bit)
                 if (((i >> bit) & 1U) != 0) name[bit] = static_cast<char>(name[bit] - 'a' + 'A');
             list += "Suwon,South Korea," + name + ",Albania\n";
         }
         const double bytes = static_cast<double>(list.size());
         auto towns = std::make_shared<pd::TwinTownList>(
             pd::read_twin_towns(scratch_file("twins-" + std::to_string(k) + ".csv", list)));
         return [towns, bytes] {
             (void)pd::twin_town_portfolio(*towns, pd::TwinCity{"Suwon", pd::CountryCode("KR")},
                                           pd::SubdivisionCode("KR-41"));
             return Run{bytes, all_steps()};
         };
     }},
};

}  // namespace

int main(int argc, char** argv) {
    std::string_view only;
    bool usage = argc % 2 == 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        if (option == "--scale")
            scale = std::strtoul(argv[i + 1], nullptr, 10);
        else if (option == "--only")
            only = argv[i + 1];
        else
            usage = true;
    }
    if (usage || scale == 0) {
        std::fprintf(stderr, "usage: bench_adversarial [--scale K] [--only TEXT]   (K a positive whole number)\n");
        return 2;
    }
    std::printf("%-62s %4s %9s %9s %10s %12s %8s\n", "shape", "size", "MB", "CPU s", "s per MB", "steps/MB", "vs 1x");
    bool steps_flat = true;
    bool time_flat = true;
    for (const Shape& shape : shapes) {
        if (std::string_view(shape.name).find(only) == std::string_view::npos) continue;
        double first = 0;
        double first_steps = 0;
        for (const std::size_t k : {1U, 4U, 16U}) {
            const auto run = shape.prepare(k);
            double best = 1e300;
            Run r;
            for (int rep = 0; rep < 5; ++rep) {  // the least CPU time of five
                pd::detail::work_counters() = {};
                const double t0 = cpu_seconds();
                r = run();
                best = std::min(best, cpu_seconds() - t0);
            }
            const double mb = r.bytes / 1e6;
            const double per_mb = best / mb;
            const double steps_per_mb = static_cast<double>(r.steps) / mb;
            if (k == 1) {
                first = per_mb;
                first_steps = steps_per_mb;
            }
            const double ratio = per_mb / first;
            time_flat = time_flat && ratio < 4.0;
            steps_flat = steps_flat && (first_steps == 0 || steps_per_mb < 1.25 * first_steps);
            std::printf("%-62s %3zux %9.3f %9.4f %10.5f %12.0f %7.2fx\n", shape.name, k, mb, best, per_mb, steps_per_mb,
                        ratio);
            std::fflush(stdout);
        }
    }
    fs::remove_all(fs::temp_directory_path() / ("pd-adversarial-" + std::to_string(::getpid())));
    std::printf(steps_flat ? "steps per MB within 1.25x from 1x to 16x for every counted shape\n"
                           : "steps per MB grew more than 1.25x for some shape: work is not linear\n");
    std::printf(time_flat ? "time per MB within 4x from 1x to 16x for every shape\n"
                          : "time per MB grew 4x or more for some shape\n");
    return steps_flat && time_flat ? 0 : 1;
}
