// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers shared by the fuzz targets: a scratch directory for the readers that take
// files, and a check that aborts (so libFuzzer records the input) when an invariant fails.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unistd.h>

namespace paradiplomacy::fuzz {

/// Aborts with `what` when `condition` is false: a broken invariant is a finding.
inline void require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

/// A directory private to this process (in /dev/shm when there is one, so writing the
/// input to a file costs little), removed when the process exits normally.
inline const std::filesystem::path& scratch_directory() {
    static const std::filesystem::path dir = [] {
        std::error_code ec;
        std::filesystem::path base = "/dev/shm";
        if (!std::filesystem::is_directory(base, ec)) base = std::filesystem::temp_directory_path();
        std::filesystem::path d = base / ("paradiplomacy-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        std::atexit([] {
            std::error_code ignored;
            std::filesystem::remove_all(scratch_directory(), ignored);
        });
        return d;
    }();
    return dir;
}

/// Writes `bytes` to `name` in the scratch directory and returns its path.
inline std::filesystem::path scratch_file(std::string_view name, std::string_view bytes) {
    const std::filesystem::path path = scratch_directory() / std::string(name);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    require(static_cast<bool>(out), "could not write the scratch file");
    return path;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace paradiplomacy::fuzz
