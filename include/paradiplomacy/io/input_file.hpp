// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Opening a file for reading, the one way every reader does it: only a regular file is
/// read. A FIFO, a socket or a device may block the open itself or never reach its end,
/// so a reader given one would hang; it is refused before any byte is read, and without
/// waiting (the open does not block, the type is checked on the opened descriptor, so a
/// path swapped for a FIFO after a check cannot slip through).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace paradiplomacy {

/// A regular file open for reading. Every failure throws FileError "<what>: <reason>",
/// where `what` is the reader's own words for the file ("cannot read \"a.json\"",
/// "tables/partners.csv: cannot open") and the reason is the OS error, "it is a
/// directory" or "it is not a regular file (a FIFO, socket or device)".
class InputFile {
public:
    InputFile(const std::filesystem::path& path, std::string what);
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    ~InputFile();

    /// The file's size when it was opened.
    [[nodiscard]] std::uint64_t size() const noexcept { return size_; }
    /// The open stream, for readers that read in pieces (fread). It stays owned here.
    [[nodiscard]] std::FILE* stream() const noexcept { return file_; }
    /// Reads up to `n` bytes into `buffer`; fewer only at the end of the file.
    [[nodiscard]] std::size_t read(char* buffer, std::size_t n);
    /// The rest of the file.
    [[nodiscard]] std::string read_all();

private:
    std::FILE* file_ = nullptr;
    std::uint64_t size_ = 0;
    std::string what_;
};

}  // namespace paradiplomacy
