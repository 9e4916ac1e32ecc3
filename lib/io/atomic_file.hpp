// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Writing a file so that readers see either the old content or the complete new one,
/// never a mixture: the bytes go to a temporary file in the target's directory, which
/// is flushed to disk and then renamed over the target (and the directory synced).
/// A crash or a full disk in the middle leaves the previous file as it was; at worst
/// a stale temporary file (".NAME.tmp-PID-N") remains beside it, which the next save
/// to the same target removes once the process that wrote it is gone. A directory of
/// files (a CSV export) is replaced the same way, as a whole.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {

/// One atomic replacement of a file. Write the content with write(), then commit().
/// Destroying it without commit() removes the temporary file and leaves the target
/// untouched. Every failure throws FileError naming the path and the OS error.
class AtomicFileWriter {
public:
    /// Creates the temporary file beside `target`, after removing the temporaries of
    /// the same target left by processes that no longer run. The new file keeps the
    /// owner, group and permissions of the file it replaces (or the umask's default
    /// for a new file).
    explicit AtomicFileWriter(std::filesystem::path target);
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;
    ~AtomicFileWriter();

    /// Appends bytes to the temporary file.
    void write(std::string_view bytes);
    /// Flushes and syncs the temporary file, renames it over the target and syncs the
    /// directory. After a failure the target is untouched and the temporary removed.
    void commit();

    [[nodiscard]] const std::filesystem::path& target() const noexcept { return target_; }
    /// The temporary file's path (empty once committed or removed).
    [[nodiscard]] const std::filesystem::path& temporary() const noexcept { return temporary_; }

private:
    void fail(const std::string& what, int error);
    void discard() noexcept;

    std::filesystem::path target_;
    std::filesystem::path temporary_;
    int fd_ = -1;
    std::size_t written_ = 0;
};

/// Replaces `target` with `content` atomically.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// One file of a directory written by write_directory_atomically: a plain name and its bytes.
struct DirectoryEntry {
    std::string name;
    std::string content;
};

/// Replaces the directory `target` with one holding exactly `files`, all or nothing:
/// the files go to a temporary directory beside it, which is then exchanged with the
/// previous directory in one rename (renameat2 RENAME_EXCHANGE) and the previous one
/// removed. Readers see the old set of files or the new one, never a mixture; after a
/// failure (FileError) `target` is as it was, and a target that did not exist still
/// does not. Missing parent directories are created (and removed again on failure).
/// A previous directory holding anything but regular files named in `files` is
/// refused, so that no unrelated file is lost with it.
void write_directory_atomically(const std::filesystem::path& target, const std::vector<DirectoryEntry>& files);

namespace detail {
/// The steps of one atomic save, in order, for fault injection.
enum class AtomicFileStep : unsigned char {
    create,              ///< Creating the temporary file.
    write,               ///< Each write() of bytes to it.
    sync,                ///< fsync() of the temporary file.
    close,               ///< close() of the temporary file.
    rename,              ///< Renaming it over the target.
    sync_directory,      ///< fsync() of the directory after the rename.
    create_directory,    ///< Creating a directory's temporary directory (write_directory_atomically).
    exchange_directory,  ///< Exchanging it with the previous directory (or renaming it into place).
};

/// Fault injection for tests: the next writes behave as if the disk filled up once
/// `fail_after_bytes` bytes are written (ENOSPC), and `after_write` (when set) is
/// called with the running byte count after each successful write. `before_step`
/// (when set) is called before each step; a non-zero result makes the step fail with
/// that errno without being done. Applies to the calling thread only; reset with
/// `atomic_file_faults() = {}`.
struct AtomicFileFaults {
    std::size_t fail_after_bytes = static_cast<std::size_t>(-1);
    std::function<void(std::size_t)> after_write;
    std::function<int(AtomicFileStep)> before_step;
};
[[nodiscard]] AtomicFileFaults& atomic_file_faults() noexcept;
}  // namespace detail

}  // namespace paradiplomacy
