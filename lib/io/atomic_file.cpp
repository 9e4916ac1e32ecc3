// SPDX-License-Identifier: Apache-2.0
#include "atomic_file.hpp"

#include <paradiplomacy/error.hpp>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <set>
#include <signal.h>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace paradiplomacy {
namespace {

std::string os_error(int error) { return std::generic_category().message(error); }

std::string quoted(const std::filesystem::path& p) { return "\"" + p.string() + "\""; }
std::string quoted_name(std::string_view name) { return "\"" + std::string(name) + "\""; }

std::filesystem::path directory_of(const std::filesystem::path& target) {
    return target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
}

// The longest target name whose temporary is ".NAME.tmp-PID-N"; a longer one would
// make the temporary's name exceed NAME_MAX (255 bytes), so it gets a short name.
constexpr std::size_t longest_plain_name = 200;

// What every temporary of `target` starts with: ".NAME.tmp-", or for a long name
// ".pd-HASH.tmp-" (FNV-1a of the name, the same in every process).
std::string temporary_prefix(const std::filesystem::path& target) {
    const std::string name = target.filename().string();
    if (name.size() <= longest_plain_name) return "." + name + ".tmp-";
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : name) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return ".pd-" + std::string(hex) + ".tmp-";
}

// A temporary name unique across threads and processes: PREFIX + "PID-N". The PID
// tells a later save whether the writer still runs.
std::filesystem::path temporary_name(const std::filesystem::path& target) {
    static std::atomic<unsigned long> counter{0};
    return target.parent_path() /
           (temporary_prefix(target) + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)));
}

// The writer's PID in the rest of a temporary's name ("PID-N"), if it has that form.
std::optional<pid_t> writer_pid(std::string_view rest) {
    const auto dash = rest.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == rest.size()) return std::nullopt;
    for (const char c : rest.substr(dash + 1))
        if (c < '0' || c > '9') return std::nullopt;
    pid_t pid = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + dash, pid);
    if (ec != std::errc() || end != rest.data() + dash || pid <= 0) return std::nullopt;
    return pid;
}

// Removes the temporaries of `target` (files or directories) that a killed or crashed
// save left behind. One is removed only when its writer's process is gone and nobody
// holds its lock: a live writer keeps an exclusive flock on its temporary until the
// rename, and the PID check covers the moment between creating it and locking it.
void remove_stale_temporaries(const std::filesystem::path& target) {
    const std::string prefix = temporary_prefix(target);
    std::error_code ec;
    std::filesystem::directory_iterator it(directory_of(target), ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const auto pid = writer_pid(std::string_view(name).substr(prefix.size()));
        if (!pid || *pid == ::getpid()) continue;
        if (::kill(*pid, 0) == 0 || errno != ESRCH) continue;  // running (or not ours to ask): keep it
        // Opened only to take its lock, never read: a temporary directory (of a CSV export)
        // as a directory, a file write-only and non-blocking (a FIFO fails instead of waiting).
        std::error_code type_error;
        const bool is_directory = it->symlink_status(type_error).type() == std::filesystem::file_type::directory;
        const int fd = is_directory ? ::open(it->path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                                    : ::open(it->path().c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0) continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            std::error_code ignored;
            std::filesystem::remove_all(it->path(), ignored);
        }
        ::close(fd);
    }
}

// Non-zero: the errno a test injects for this step (detail::AtomicFileFaults::before_step).
int injected(detail::AtomicFileStep step) {
    const auto& hook = detail::atomic_file_faults().before_step;
    return hook ? hook(step) : 0;
}

void sync_directory(const std::filesystem::path& dir) {
    if (injected(detail::AtomicFileStep::sync_directory) != 0) return;  // ignored, as a real failure is
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;  // some file systems do not allow opening a directory; the rename stands
    (void)::fsync(fd);
    ::close(fd);
}

// Writes all of `bytes` to `fd`, honouring the injected faults; returns 0 or the errno.
int write_all(int fd, std::string_view bytes, std::size_t& written) {
    auto& faults = detail::atomic_file_faults();
    while (!bytes.empty()) {
        std::size_t chunk = bytes.size();
        if (written + chunk > faults.fail_after_bytes) {
            chunk = faults.fail_after_bytes - written;
            if (chunk == 0) return ENOSPC;
        }
        if (const int error = injected(detail::AtomicFileStep::write); error != 0) return error;
        const ::ssize_t n = ::write(fd, bytes.data(), chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        written += static_cast<std::size_t>(n);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    if (faults.after_write) faults.after_write(written);
    return 0;
}

}  // namespace

namespace detail {
AtomicFileFaults& atomic_file_faults() noexcept {
    thread_local AtomicFileFaults faults;
    return faults;
}
}  // namespace detail

AtomicFileWriter::AtomicFileWriter(std::filesystem::path target) : target_(std::move(target)) {
    if (target_.filename().empty())
        throw FileError("cannot write " + quoted(target_) + ": the path names a directory, not a file");
    remove_stale_temporaries(target_);
    for (int attempt = 0; attempt < 100; ++attempt) {
        temporary_ = temporary_name(target_);
        // 0666 before the umask, as for any new file.
        if (const int error = injected(detail::AtomicFileStep::create); error != 0) {
            fd_ = -1;
            errno = error;
        } else {
            fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        }
        if (fd_ >= 0) break;
        if (errno != EEXIST) {
            const int error = errno;
            temporary_.clear();
            throw FileError("cannot write " + quoted(target_) + ": cannot create a temporary file in " +
                            quoted(directory_of(target_)) + ": " + os_error(error));
        }
    }
    if (fd_ < 0) {
        temporary_.clear();
        throw FileError("cannot write " + quoted(target_) + ": no free temporary file name beside it");
    }
    // Held until the rename: a save running meanwhile sees the temporary is in use.
    (void)::flock(fd_, LOCK_EX | LOCK_NB);
    struct stat existing {};
    if (::stat(target_.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
        // Owner and group first: changing them may clear the set-ID bits that fchmod restores.
        // Only the superuser may give a file away; anyone else keeps their own ownership.
        (void)::fchown(fd_, existing.st_uid, existing.st_gid);
        (void)::fchmod(fd_, existing.st_mode & 07777);
    }
}

AtomicFileWriter::~AtomicFileWriter() { discard(); }

void AtomicFileWriter::discard() noexcept {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
        temporary_.clear();
    }
}

void AtomicFileWriter::fail(const std::string& what, int error) {
    discard();
    throw FileError("cannot write " + quoted(target_) + ": " + what + ": " + os_error(error) +
                    " (the previous file, if any, is unchanged)");
}

void AtomicFileWriter::write(std::string_view bytes) {
    if (fd_ < 0) throw FileError("cannot write " + quoted(target_) + ": the file is already committed or discarded");
    if (const int error = write_all(fd_, bytes, written_); error != 0) fail("writing", error);
}

void AtomicFileWriter::commit() {
    if (fd_ < 0) throw FileError("cannot write " + quoted(target_) + ": the file is already committed or discarded");
    if (const int error = injected(detail::AtomicFileStep::sync); error != 0) fail("syncing the temporary file", error);
    if (::fsync(fd_) != 0) fail("syncing the temporary file", errno);
    if (const int error = injected(detail::AtomicFileStep::close); error != 0)
        fail("closing the temporary file", error);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail("closing the temporary file", errno);
    if (const int error = injected(detail::AtomicFileStep::rename); error != 0)
        fail("renaming the temporary file over it", error);
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) fail("renaming the temporary file over it", errno);
    temporary_.clear();
    sync_directory(target_.parent_path());
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    AtomicFileWriter writer(target);
    writer.write(content);
    writer.commit();
}

// --- a directory of files ---------------------------------------------------------------

namespace {

/// The temporary directory of one directory save: created locked, removed (with
/// whatever it holds by then) unless released.
class TemporaryDirectory {
public:
    explicit TemporaryDirectory(const std::filesystem::path& target) {
        for (int attempt = 0; attempt < 100; ++attempt) {
            path_ = temporary_name(target);
            int error = injected(detail::AtomicFileStep::create_directory);
            if (error == 0 && ::mkdir(path_.c_str(), 0777) != 0) error = errno;
            if (error == 0) break;
            path_.clear();
            if (error != EEXIST)
                throw FileError("cannot write " + quoted(target) + ": cannot create a temporary directory in " +
                                quoted(directory_of(target)) + ": " + os_error(error));
        }
        if (path_.empty()) throw FileError("cannot write " + quoted(target) + ": no free temporary name beside it");
        lock_ = ::open(path_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (lock_ >= 0) (void)::flock(lock_, LOCK_EX | LOCK_NB);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    ~TemporaryDirectory() {
        std::error_code ignored;
        if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
        if (lock_ >= 0) ::close(lock_);
    }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

    /// Writes one file into the temporary directory and syncs it; returns 0 or the errno,
    /// with `step` naming what failed.
    int write_file(const DirectoryEntry& file, std::string& step) const {
        const std::filesystem::path path = path_ / file.name;
        step = "writing " + quoted_name(file.name);
        int error = injected(detail::AtomicFileStep::create);
        const int fd = error != 0 ? -1 : ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) return error != 0 ? error : errno;
        std::size_t written = 0;
        error = write_all(fd, file.content, written);
        if (error == 0) {
            step = "syncing " + quoted_name(file.name);
            error = injected(detail::AtomicFileStep::sync);
            if (error == 0 && ::fsync(fd) != 0) error = errno;
        }
        if (::close(fd) != 0 && error == 0) {
            step = "closing " + quoted_name(file.name);
            error = errno;
        }
        return error;
    }

private:
    std::filesystem::path path_;
    int lock_ = -1;
};

/// Creates the missing directories above `dir`; returns the outermost one created (empty
/// if none was), so that a failed save can remove what it made.
std::filesystem::path create_parents(const std::filesystem::path& dir, const std::filesystem::path& target) {
    std::filesystem::path outermost;
    for (std::filesystem::path p = dir; !p.empty() && !std::filesystem::exists(p); p = p.parent_path()) {
        outermost = p;
        if (p == p.parent_path()) break;
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw FileError("cannot write " + quoted(target) + ": cannot create the directory " + quoted(dir) + ": " +
                        ec.message());
    return outermost;
}

/// Where the file system cannot exchange two names in one step: the previous directory
/// moves to a temporary name and the new one takes its place; returns 0 or the errno.
/// Afterwards `temporary` holds the previous directory, as after an exchange.
int swap_by_two_renames(const std::filesystem::path& temporary, const std::filesystem::path& target) {
    const std::filesystem::path aside = temporary_name(target);
    if (::rename(target.c_str(), aside.c_str()) != 0) return errno;
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        (void)::rename(aside.c_str(), target.c_str());
        return error;
    }
    // Should this fail, the leftover name is removed as stale by a later save.
    (void)::rename(aside.c_str(), temporary.c_str());
    return 0;
}

}  // namespace

void write_directory_atomically(const std::filesystem::path& target_path, const std::vector<DirectoryEntry>& files) {
    // "out/" names the directory "out".
    const std::filesystem::path target =
        target_path.filename().empty() && target_path.has_parent_path() ? target_path.parent_path() : target_path;
    const std::string here = "cannot write " + quoted(target) + ": ";
    const std::string unchanged = " (the previous directory, if any, is unchanged)";
    if (target.filename().empty() || target.filename() == "." || target.filename() == "..")
        throw FileError(here + "name the directory itself, not \".\" or \"..\"");

    struct stat previous {};
    const bool replacing = ::lstat(target.c_str(), &previous) == 0;
    if (replacing) {
        if (!S_ISDIR(previous.st_mode)) throw FileError(here + "it exists and is not a directory");
        std::set<std::string, std::less<>> names;
        for (const auto& f : files) names.insert(f.name);
        std::error_code ec;
        for (std::filesystem::directory_iterator it(target, ec); !ec && it != std::filesystem::directory_iterator();
             it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (!names.contains(name) || !it->is_regular_file() || it->is_symlink())
                throw FileError(here + "it holds " + quoted_name(name) +
                                ", which this save would not write again; choose an empty or new directory "
                                "(nothing was changed)");
        }
        if (ec) throw FileError(here + "cannot list the previous directory: " + ec.message());
    }

    const std::filesystem::path parent = directory_of(target);
    const std::filesystem::path created = replacing ? std::filesystem::path() : create_parents(parent, target);
    const auto undo_parents = [&] {
        std::error_code ignored;
        if (!created.empty()) std::filesystem::remove_all(created, ignored);
    };
    try {
        remove_stale_temporaries(target);
        TemporaryDirectory temporary(target);
        for (const auto& file : files) {
            std::string step;
            if (const int error = temporary.write_file(file, step); error != 0)
                throw FileError(here + step + ": " + os_error(error) + unchanged);
        }
        if (replacing) {  // after the files: the previous mode may not allow writing
            (void)::chown(temporary.path().c_str(), previous.st_uid, previous.st_gid);
            (void)::chmod(temporary.path().c_str(), previous.st_mode & 07777);
        }
        sync_directory(temporary.path());
        int error = injected(detail::AtomicFileStep::exchange_directory);
        if (error == 0) {
            if (!replacing) {
                if (::rename(temporary.path().c_str(), target.c_str()) != 0) error = errno;
            } else if (::renameat2(AT_FDCWD, temporary.path().c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) !=
                       0) {
                error = errno;
                if (error == EINVAL || error == ENOSYS) error = swap_by_two_renames(temporary.path(), target);
            }
        }
        if (error != 0) throw FileError(here + "putting the new directory in place: " + os_error(error) + unchanged);
        // The temporary name now holds the previous directory (or nothing); the
        // destructor removes it.
        sync_directory(parent);
    } catch (...) {
        undo_parents();
        throw;
    }
}

}  // namespace paradiplomacy
