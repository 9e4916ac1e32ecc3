// SPDX-License-Identifier: Apache-2.0
// Reads every IATI file of a directory (by default ../shared/iati/corpus beside the
// repository: 92 d-portal files, 129 MB, 9,200 activities) with iati::read, on one
// thread, and prints the throughput in MB/s (by wall clock and by CPU time) and the
// process's peak resident memory.
//
//     bench_iati_read_bench [corpus-dir] [--repeat N] [--no-rules]
//
// Each pass reads the files one after another and drops each import before the next,
// as a loader that hands activities on would. The pass with the least CPU time is reported, with and
// without the validation rules run over the imported engagements (ReadOptions::check_rules).
#include <paradiplomacy/iati/read.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <vector>

namespace fs = std::filesystem;
namespace iati = paradiplomacy::iati;

namespace {

struct Pass {
    double seconds = 0, cpu_seconds = 0;
    std::uint64_t activities = 0, imported = 0, notices = 0, errors = 0;
};

double cpu_seconds();

Pass run(const std::vector<fs::path>& files, bool rules) {
    iati::ReadOptions options;
    options.check_rules = rules;
    Pass pass;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    for (const auto& file : files) {
        try {
            const auto in = iati::read(file, options);
            pass.activities += in.activities_read;
            pass.imported += in.activities_imported;
            pass.notices += in.notices.size();
        } catch (const std::exception& e) {
            ++pass.errors;
            std::fprintf(stderr, "%s\n", e.what());
        }
    }
    pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    pass.cpu_seconds = cpu_seconds() - cpu_start;
    return pass;
}

/// User and system CPU time of the process so far: on a busy machine the wall clock
/// also counts the time other processes had the core.
double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = fs::path(__FILE__).parent_path().parent_path().parent_path() / "shared" / "iati" / "corpus";
    int repeat = 3;
    bool with_rules = true;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--no-rules")
            with_rules = false;
        else
            dir = arg;
    }
    if (!fs::is_directory(dir)) {
        std::printf("IATI corpus not found at %s: nothing to measure\n", dir.c_str());
        return 0;
    }
    std::vector<fs::path> files;
    std::uintmax_t bytes = 0, largest = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".xml") {
            files.push_back(entry.path());
            bytes += entry.file_size();
            largest = std::max(largest, entry.file_size());
        }
    std::sort(files.begin(), files.end());
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("%zu files, %.1f MB (largest %.1f MB) in %s\n", files.size(), mb, static_cast<double>(largest) / 1e6,
                dir.c_str());

    for (const bool rules : {false, true}) {
        if (rules && !with_rules) continue;
        Pass best;
        for (int r = 0; r < repeat; ++r) {
            const Pass pass = run(files, rules);
            if (r == 0 || pass.cpu_seconds < best.cpu_seconds) best = pass;
        }
        std::printf(
            "%-18s %6.2f s wall %7.1f MB/s, %6.2f s CPU %7.1f MB/s; %llu activities, %llu imported, %llu notices, "
            "%llu files refused\n",
            rules ? "read + rules:" : "read (no rules):", best.seconds, mb / best.seconds, best.cpu_seconds,
            mb / best.cpu_seconds, static_cast<unsigned long long>(best.activities),
            static_cast<unsigned long long>(best.imported), static_cast<unsigned long long>(best.notices),
            static_cast<unsigned long long>(best.errors));
    }
    std::printf("peak resident memory: %.1f MB\n", peak_rss_mb());
    return 0;
}
