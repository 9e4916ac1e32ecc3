// SPDX-License-Identifier: Apache-2.0
// Atomic replacement of files: a failed or interrupted save leaves the previous file
// exactly as it was. Failures are injected through detail::atomic_file_faults(), and a
// child process is killed with SIGKILL in the middle of a large save.
#include <paradiplomacy/io/atomic_file.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace pd = paradiplomacy;

namespace {

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// A fresh directory per test, removed afterwards; faults reset on both ends.
class AtomicFile : public testing::Test {
protected:
    void SetUp() override {
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        dir_ = std::filesystem::temp_directory_path() /
               ("pd-atomic-" + std::to_string(::getpid()) + "-" + std::string(info->name()));
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        pd::detail::atomic_file_faults() = {};
    }
    void TearDown() override {
        pd::detail::atomic_file_faults() = {};
        std::filesystem::remove_all(dir_);
    }
    [[nodiscard]] std::size_t entries() const {
        std::size_t n = 0;
        for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir_)) ++n;
        return n;
    }
    std::filesystem::path dir_;
};

/// A portfolio of `n` partners and `n` agreements, a few megabytes when written.
pd::Portfolio large_portfolio(int n) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do", "경기도");
    for (int i = 0; i < n; ++i) {
        pd::Partner partner;
        partner.key = p.intern("partner-" + std::to_string(i));
        partner.level = pd::PartnerLevel::city;
        partner.country = pd::CountryCode("JP");
        partner.name_local = p.intern("도시 " + std::to_string(i));
        const pd::PartnerId id = p.add(partner);
        pd::Agreement a;
        a.key = p.intern("agreement-" + std::to_string(i));
        a.partner = id;
        a.kind = pd::AgreementKind::sister;
        a.signed_on = pd::PartialDate::of_day(1990 + i % 30, 1 + i % 12, 1 + i % 28);
        a.title = p.intern("Sisterhood agreement number " + std::to_string(i));
        p.add(a);
    }
    return p;
}

TEST_F(AtomicFile, WritesANewFile) {
    pd::write_file_atomically(dir_ / "a.txt", "hello\n");
    EXPECT_EQ(read_bytes(dir_ / "a.txt"), "hello\n");
    EXPECT_EQ(entries(), 1U);  // no temporary left behind
}

TEST_F(AtomicFile, ReplacesAnExistingFileAndKeepsItsPermissions) {
    pd::write_file_atomically(dir_ / "a.txt", "old");
    ASSERT_EQ(::chmod((dir_ / "a.txt").c_str(), 0640), 0);
    pd::write_file_atomically(dir_ / "a.txt", "new content");
    EXPECT_EQ(read_bytes(dir_ / "a.txt"), "new content");
    struct stat st{};
    ASSERT_EQ(::stat((dir_ / "a.txt").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640U);
    EXPECT_EQ(entries(), 1U);
}

TEST_F(AtomicFile, TheTemporaryLivesBesideTheTargetUntilCommit) {
    pd::write_file_atomically(dir_ / "a.txt", "old");
    pd::AtomicFileWriter writer(dir_ / "a.txt");
    EXPECT_EQ(writer.temporary().parent_path(), dir_);
    writer.write("new");
    EXPECT_TRUE(std::filesystem::exists(writer.temporary()));
    EXPECT_EQ(read_bytes(dir_ / "a.txt"), "old");  // readers still see the old file
    writer.commit();
    EXPECT_TRUE(writer.temporary().empty());
    EXPECT_EQ(read_bytes(dir_ / "a.txt"), "new");
    EXPECT_THROW(writer.write("more"), pd::FileError);
}

TEST_F(AtomicFile, AbandonedWriterRemovesItsTemporary) {
    pd::write_file_atomically(dir_ / "a.txt", "old");
    {
        pd::AtomicFileWriter writer(dir_ / "a.txt");
        writer.write("half");
    }
    EXPECT_EQ(read_bytes(dir_ / "a.txt"), "old");
    EXPECT_EQ(entries(), 1U);
}

TEST_F(AtomicFile, AFullDiskLeavesThePreviousFileByteIdentical) {
    const pd::Portfolio before = large_portfolio(50);
    pd::save_portfolio(before, dir_ / "p.json");
    const std::string previous = read_bytes(dir_ / "p.json");
    pd::detail::atomic_file_faults().fail_after_bytes = 1000;
    try {
        pd::save_portfolio(large_portfolio(2000), dir_ / "p.json");
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot write \"" + (dir_ / "p.json").string() +
                                             "\": writing: No space left on device (the previous file, if any, is "
                                             "unchanged)");
    }
    EXPECT_EQ(read_bytes(dir_ / "p.json"), previous);
    EXPECT_EQ(pd::load_portfolio(dir_ / "p.json"), before);
    EXPECT_EQ(entries(), 1U);  // the temporary was removed
}

TEST_F(AtomicFile, FailureAtEveryPointOfASmallSaveKeepsThePreviousFile) {
    const pd::Portfolio small = large_portfolio(3);
    pd::write_file_atomically(dir_ / "p.json", "previous");
    const std::size_t size = pd::to_portfolio_json(small).size();
    for (std::size_t limit = 0; limit < size; limit += 97) {
        pd::detail::atomic_file_faults().fail_after_bytes = limit;
        EXPECT_THROW(pd::save_portfolio(small, dir_ / "p.json"), pd::FileError) << limit;
        EXPECT_EQ(read_bytes(dir_ / "p.json"), "previous") << limit;
        EXPECT_EQ(entries(), 1U) << limit;
    }
    pd::detail::atomic_file_faults() = {};
    pd::save_portfolio(small, dir_ / "p.json");
    EXPECT_EQ(pd::load_portfolio(dir_ / "p.json"), small);
}

TEST_F(AtomicFile, AMissingDirectoryIsReportedWithTheOsError) {
    const std::filesystem::path target = dir_ / "no-such-dir" / "p.json";
    try {
        pd::write_file_atomically(target, "x");
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot write \"" + target.string() + "\": cannot create a temporary file in \"" +
                                             (dir_ / "no-such-dir").string() + "\": No such file or directory");
    }
}

TEST_F(AtomicFile, ATargetThatIsADirectoryIsNotReplaced) {
    std::filesystem::create_directories(dir_ / "sub" / "inner");
    EXPECT_THROW(pd::write_file_atomically(dir_ / "sub", "x"), pd::FileError);
    EXPECT_TRUE(std::filesystem::is_directory(dir_ / "sub" / "inner"));
    EXPECT_EQ(entries(), 1U);
}

TEST_F(AtomicFile, AProcessKilledInTheMiddleOfASaveLeavesThePreviousFileLoadable) {
    const pd::Portfolio before = large_portfolio(20);
    pd::save_portfolio(before, dir_ / "p.json");
    const std::string previous = read_bytes(dir_ / "p.json");
    const pd::Portfolio large = large_portfolio(30000);  // several megabytes: the writer flushes in chunks

    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // Once the first megabyte is on disk, tell the parent and wait to be killed.
        ::close(ready[0]);
        pd::detail::atomic_file_faults().after_write = [&](std::size_t written) {
            if (written < (std::size_t{1} << 20)) return;
            const char byte = 'k';
            (void)!::write(ready[1], &byte, 1);
            for (;;) ::pause();
        };
        try {
            pd::save_portfolio(large, dir_ / "p.json");
        } catch (...) {
        }
        ::_exit(3);  // reached only if the save never got that far
    }
    ::close(ready[1]);
    char byte = 0;
    const auto n = ::read(ready[0], &byte, 1);
    ::close(ready[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_EQ(n, 1) << "the child ended before it was in the middle of the save";
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(WTERMSIG(status), SIGKILL);

    EXPECT_EQ(read_bytes(dir_ / "p.json"), previous);
    EXPECT_EQ(pd::load_portfolio(dir_ / "p.json"), before);
    // The killed save left its partial temporary beside the target, never in its place.
    std::size_t temporaries = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_))
        if (e.path().filename().string().rfind(".p.json.tmp-", 0) == 0) {
            ++temporaries;
            EXPECT_GE(std::filesystem::file_size(e.path()), std::size_t{1} << 20);
        }
    EXPECT_EQ(temporaries, 1U);

    // A later save succeeds and replaces the file.
    pd::save_portfolio(large, dir_ / "p.json");
    EXPECT_EQ(pd::load_portfolio(dir_ / "p.json"), large);
}

}  // namespace
