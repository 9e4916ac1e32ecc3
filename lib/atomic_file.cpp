// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/atomic_file.hpp>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace paradiplomacy {
namespace {

std::string os_error(int error) { return std::generic_category().message(error); }

std::string quoted(const std::filesystem::path& p) { return "\"" + p.string() + "\""; }

// A temporary name unique across threads and processes: ".NAME.tmp-PID-N".
std::filesystem::path temporary_name(const std::filesystem::path& target) {
    static std::atomic<unsigned long> counter{0};
    const std::string name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                             std::to_string(counter.fetch_add(1));
    return target.parent_path() / name;
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
                            quoted(target_.parent_path().empty() ? "." : target_.parent_path()) + ": " +
                            os_error(error));
        }
    }
    if (fd_ < 0) {
        temporary_.clear();
        throw FileError("cannot write " + quoted(target_) + ": no free temporary file name beside it");
    }
    struct stat existing{};
    if (::stat(target_.c_str(), &existing) == 0 && S_ISREG(existing.st_mode))
        (void)::fchmod(fd_, existing.st_mode & 07777);
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
    auto& faults = detail::atomic_file_faults();
    while (!bytes.empty()) {
        std::size_t chunk = bytes.size();
        if (written_ + chunk > faults.fail_after_bytes) {
            chunk = faults.fail_after_bytes - written_;
            if (chunk == 0) fail("writing", ENOSPC);
        }
        if (const int error = injected(detail::AtomicFileStep::write); error != 0) fail("writing", error);
        const ::ssize_t n = ::write(fd_, bytes.data(), chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("writing", errno);
        }
        written_ += static_cast<std::size_t>(n);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    if (faults.after_write) faults.after_write(written_);
}

void AtomicFileWriter::commit() {
    if (fd_ < 0) throw FileError("cannot write " + quoted(target_) + ": the file is already committed or discarded");
    if (const int error = injected(detail::AtomicFileStep::sync); error != 0) fail("syncing the temporary file", error);
    if (::fsync(fd_) != 0) fail("syncing the temporary file", errno);
    if (const int error = injected(detail::AtomicFileStep::close); error != 0) fail("closing the temporary file", error);
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

}  // namespace paradiplomacy
