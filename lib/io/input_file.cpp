// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/input_file.hpp>

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace paradiplomacy {
namespace {

std::string os_error(int error) { return std::generic_category().message(error); }

}  // namespace

InputFile::InputFile(const std::filesystem::path& path, std::string what) : what_(std::move(what)) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        throw FileError(what_ + ": " + (error == EISDIR ? std::string("it is a directory") : os_error(error)));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        throw FileError(what_ + ": " + os_error(error));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw FileError(what_ + ": " +
                        (S_ISDIR(st.st_mode) ? std::string("it is a directory")
                                             : std::string("it is not a regular file (a FIFO, socket or device)")));
    }
    // A regular file never blocks; clear the flag so that reads behave as usual.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    file_ = ::fdopen(fd, "rb");
    if (file_ == nullptr) {
        const int error = errno;
        ::close(fd);
        throw FileError(what_ + ": " + os_error(error));
    }
    size_ = static_cast<std::uint64_t>(st.st_size);
}

InputFile::~InputFile() {
    if (file_ != nullptr) std::fclose(file_);
}

std::size_t InputFile::read(char* buffer, std::size_t n) {
    const std::size_t got = std::fread(buffer, 1, n, file_);
    if (got < n && std::ferror(file_)) throw FileError(what_ + ": read error: " + os_error(errno));
    return got;
}

std::string InputFile::read_all() {
    std::string text;
    // The size at open is a hint: a file that grows or shrinks meanwhile is read to its end.
    text.resize(static_cast<std::size_t>(size_) + 1);
    std::size_t done = 0;
    for (;;) {
        done += read(text.data() + done, text.size() - done);
        if (done < text.size()) break;
        text.resize(text.size() * 2);
    }
    text.resize(done);
    return text;
}

}  // namespace paradiplomacy
