// SPDX-License-Identifier: Apache-2.0
// Atomic replacement of files: a failed or interrupted save leaves the previous file
// exactly as it was. Failures are injected through detail::atomic_file_faults(), and a
// child process is killed with SIGKILL in the middle of a large save.
#include "io/atomic_file.hpp"

#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <sys/file.h>
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
    struct stat st {};
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
        EXPECT_EQ(std::string(e.what()), "cannot write \"" + target.string() +
                                             "\": cannot create a temporary file in \"" +
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

    // A later save succeeds, replaces the file and removes the dead writer's temporary.
    pd::save_portfolio(large, dir_ / "p.json");
    EXPECT_EQ(pd::load_portfolio(dir_ / "p.json"), large);
    EXPECT_EQ(entries(), 1U);
}

// --- every step of a save: create, write, sync, close, rename, directory sync -----------

using Step = pd::detail::AtomicFileStep;
constexpr Step every_step[] = {Step::create, Step::write, Step::sync, Step::close, Step::rename, Step::sync_directory};
constexpr Step every_directory_step[] = {
    Step::create_directory, Step::create, Step::write, Step::sync, Step::sync_directory, Step::exchange_directory};

const char* step_name(Step s) {
    switch (s) {
        case Step::create: return "create";
        case Step::write: return "write";
        case Step::sync: return "sync";
        case Step::close: return "close";
        case Step::rename: return "rename";
        case Step::sync_directory: return "sync_directory";
        case Step::create_directory: return "create_directory";
        case Step::exchange_directory: return "exchange_directory";
    }
    return "?";
}

TEST_F(AtomicFile, AFailureAtEachStepBeforeTheRenameKeepsThePreviousFileAndSaysWhich) {
    const pd::Portfolio before = large_portfolio(5);
    const pd::Portfolio after = large_portfolio(40);
    const std::filesystem::path target = dir_ / "p.json";
    const std::string t = "cannot write \"" + target.string() + "\": ";
    const std::string unchanged = " (the previous file, if any, is unchanged)";
    const struct {
        Step step;
        int error;
        std::string message;
    } cases[] = {
        {Step::create, ENOSPC,
         t + "cannot create a temporary file in \"" + dir_.string() + "\": No space left on device"},
        {Step::create, EACCES, t + "cannot create a temporary file in \"" + dir_.string() + "\": Permission denied"},
        {Step::write, ENOSPC, t + "writing: No space left on device" + unchanged},
        {Step::write, EIO, t + "writing: Input/output error" + unchanged},
        {Step::write, EDQUOT, t + "writing: Disk quota exceeded" + unchanged},
        {Step::sync, ENOSPC, t + "syncing the temporary file: No space left on device" + unchanged},
        {Step::sync, EIO, t + "syncing the temporary file: Input/output error" + unchanged},
        {Step::close, EIO, t + "closing the temporary file: Input/output error" + unchanged},
        {Step::rename, EXDEV, t + "renaming the temporary file over it: Invalid cross-device link" + unchanged},
        {Step::rename, EROFS, t + "renaming the temporary file over it: Read-only file system" + unchanged},
    };
    pd::save_portfolio(before, target);
    const std::string previous = read_bytes(target);
    for (const auto& c : cases) {
        pd::detail::atomic_file_faults().before_step = [&](Step s) { return s == c.step ? c.error : 0; };
        try {
            pd::save_portfolio(after, target);
            ADD_FAILURE() << step_name(c.step) << ": expected FileError";
        } catch (const pd::FileError& e) {
            EXPECT_EQ(std::string(e.what()), c.message) << step_name(c.step);
        }
        pd::detail::atomic_file_faults() = {};
        EXPECT_EQ(read_bytes(target), previous) << step_name(c.step);
        EXPECT_EQ(pd::load_portfolio(target), before) << step_name(c.step);
        EXPECT_EQ(entries(), 1U) << step_name(c.step) << ": a temporary file was left behind";
    }
    pd::save_portfolio(after, target);  // and the next save goes through
    EXPECT_EQ(pd::load_portfolio(target), after);
}

TEST_F(AtomicFile, AFailedDirectorySyncAfterTheRenameLeavesTheCompleteNewFile) {
    // The rename has happened: readers see the whole new file, never a mixture.
    pd::save_portfolio(large_portfolio(5), dir_ / "p.json");
    const pd::Portfolio after = large_portfolio(40);
    pd::detail::atomic_file_faults().before_step = [](Step s) { return s == Step::sync_directory ? EIO : 0; };
    pd::save_portfolio(after, dir_ / "p.json");
    pd::detail::atomic_file_faults() = {};
    EXPECT_EQ(pd::load_portfolio(dir_ / "p.json"), after);
    EXPECT_EQ(entries(), 1U);
}

TEST_F(AtomicFile, EveryWriteCallAndEveryByteCountOfASaveCanFailWithoutLoss) {
    // Fail the n-th write call, for every n a save makes, then fail after every byte count.
    const pd::Portfolio small = large_portfolio(2);
    pd::write_file_atomically(dir_ / "p.json", "previous");
    int calls = 0;
    pd::detail::atomic_file_faults().before_step = [&](Step s) { return s == Step::write ? (++calls, 0) : 0; };
    pd::save_portfolio(small, dir_ / "p.json");
    pd::detail::atomic_file_faults() = {};
    ASSERT_GE(calls, 1);
    pd::write_file_atomically(dir_ / "p.json", "previous");
    for (int failing = 1; failing <= calls; ++failing) {
        int seen = 0;
        pd::detail::atomic_file_faults().before_step = [&](Step s) {
            return s == Step::write && ++seen == failing ? ENOSPC : 0;
        };
        EXPECT_THROW(pd::save_portfolio(small, dir_ / "p.json"), pd::FileError) << failing;
        EXPECT_EQ(read_bytes(dir_ / "p.json"), "previous") << failing;
        EXPECT_EQ(entries(), 1U) << failing;
    }
    pd::detail::atomic_file_faults() = {};
    const std::size_t size = pd::to_portfolio_json(small).size();
    for (std::size_t limit = 0; limit < size; ++limit) {
        pd::detail::atomic_file_faults().fail_after_bytes = limit;
        ASSERT_THROW(pd::save_portfolio(small, dir_ / "p.json"), pd::FileError) << limit;
        ASSERT_EQ(read_bytes(dir_ / "p.json"), "previous") << limit;
        ASSERT_EQ(entries(), 1U) << limit;
    }
}

/// Forks a child that saves `next` over `target` and stops itself just before `step`
/// (its `occurrence`-th time); the parent kills it there with SIGKILL. Returns false when
/// the child never reached the step.
template <class Save>
bool kill_at(const Save& save, Step step, int occurrence) {
    int ready[2];
    if (::pipe(ready) != 0) return false;
    const pid_t child = ::fork();
    if (child < 0) return false;
    if (child == 0) {
        ::close(ready[0]);
        int seen = 0;
        pd::detail::atomic_file_faults().before_step = [&](Step s) {
            if (s == step && ++seen == occurrence) {
                const char byte = 'k';
                (void)!::write(ready[1], &byte, 1);
                for (;;) ::pause();
            }
            return 0;
        };
        try {
            save();
        } catch (...) {
        }
        ::_exit(3);
    }
    ::close(ready[1]);
    char byte = 0;
    const auto n = ::read(ready[0], &byte, 1);
    ::close(ready[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    return n == 1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

bool kill_save_at(const pd::Portfolio& next, const std::filesystem::path& target, Step step, int occurrence) {
    return kill_at([&] { pd::save_portfolio(next, target); }, step, occurrence);
}

TEST_F(AtomicFile, AProcessKilledAtEveryStepLosesNothing) {
    // Killed before the rename, the previous file is there, byte for byte; killed after it
    // (before the directory sync), the new file is there whole. Never a mixture.
    const pd::Portfolio before = large_portfolio(10);
    const pd::Portfolio after = large_portfolio(10000);  // a few megabytes: several writes of 1 MB
    const std::filesystem::path target = dir_ / "p.json";
    for (const Step step : every_step) {
        for (const int occurrence : {1, 2}) {
            if (occurrence == 2 && step != Step::write) continue;
            std::filesystem::remove_all(dir_);
            std::filesystem::create_directories(dir_);
            pd::save_portfolio(before, target);
            const std::string previous = read_bytes(target);
            ASSERT_TRUE(kill_save_at(after, target, step, occurrence)) << step_name(step) << " #" << occurrence;
            if (step == Step::sync_directory) {
                EXPECT_EQ(pd::load_portfolio(target), after) << step_name(step);
            } else {
                EXPECT_EQ(read_bytes(target), previous) << step_name(step) << " #" << occurrence;
                EXPECT_EQ(pd::load_portfolio(target), before) << step_name(step);
            }
            // A later save succeeds over whatever the killed one left beside the target.
            pd::save_portfolio(after, target);
            EXPECT_EQ(pd::load_portfolio(target), after) << step_name(step);
        }
    }
}

// --- stale temporaries, long names, ownership ------------------------------------------

TEST_F(AtomicFile, ASaveRemovesTheTemporariesOfDeadWritersButNotOfLiveOnes) {
    pd::write_file_atomically(dir_ / "a.txt", "old");
    // A writer that died: its PID no longer runs (a reaped child's).
    const pid_t dead = ::fork();
    ASSERT_GE(dead, 0);
    if (dead == 0) ::_exit(0);
    ASSERT_EQ(::waitpid(dead, nullptr, 0), dead);
    const auto stale = dir_ / (".a.txt.tmp-" + std::to_string(dead) + "-0");
    std::ofstream(stale) << "a large partial save";
    // A writer that runs (this process's parent stands for it), and one of another target.
    const auto live = dir_ / (".a.txt.tmp-" + std::to_string(::getppid()) + "-0");
    std::ofstream(live) << "in progress";
    const auto other = dir_ / (".b.txt.tmp-" + std::to_string(dead) + "-0");
    std::ofstream(other) << "another target's";
    // A dead writer's file that somebody still holds locked is left alone too.
    const auto locked = dir_ / (".a.txt.tmp-" + std::to_string(dead) + "-1");
    std::ofstream(locked) << "locked";
    const int fd = ::open(locked.c_str(), O_RDONLY);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX), 0);
    // Names that only look alike are not temporaries of this target.
    const auto lookalike = dir_ / (".a.txt.tmp-" + std::to_string(dead) + "-x");
    std::ofstream(lookalike) << "mine";

    pd::write_file_atomically(dir_ / "a.txt", "new");
    ::close(fd);
    EXPECT_EQ(read_bytes(dir_ / "a.txt"), "new");
    EXPECT_FALSE(std::filesystem::exists(stale));
    EXPECT_TRUE(std::filesystem::exists(live));
    EXPECT_TRUE(std::filesystem::exists(other));
    EXPECT_TRUE(std::filesystem::exists(locked));
    EXPECT_TRUE(std::filesystem::exists(lookalike));
}

TEST_F(AtomicFile, AFileNameTooLongForTheUsualTemporaryNameIsSaved) {
    for (const std::size_t length : {200U, 201U, 245U, 255U}) {
        const auto target = dir_ / std::string(length, 'n');
        pd::write_file_atomically(target, "first");
        pd::AtomicFileWriter writer(target);
        EXPECT_LE(writer.temporary().filename().string().size(), 255U) << length;
        writer.write("second");
        writer.commit();
        EXPECT_EQ(read_bytes(target), "second") << length;
        std::filesystem::remove(target);
    }
    EXPECT_EQ(entries(), 0U);
}

TEST_F(AtomicFile, AKilledSaveOfALongNameIsCleanedUpByTheNext) {
    const auto target = dir_ / (std::string(245, 'l') + ".json");
    const pd::Portfolio small = large_portfolio(3);
    pd::save_portfolio(small, target);
    ASSERT_TRUE(kill_save_at(small, target, Step::sync, 1));
    EXPECT_EQ(entries(), 2U);  // the target and the killed save's temporary
    pd::save_portfolio(small, target);
    EXPECT_EQ(entries(), 1U);
}

TEST_F(AtomicFile, ReplacingAFileKeepsItsOwnerAndGroup) {
    const auto target = dir_ / "owned.json";
    pd::write_file_atomically(target, "old");
    if (::chown(target.c_str(), 12345, 23456) != 0) GTEST_SKIP() << "only the superuser can give a file away";
    ASSERT_EQ(::chmod(target.c_str(), 0604), 0);
    pd::write_file_atomically(target, "new");
    struct stat st {};
    ASSERT_EQ(::stat(target.c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 12345U);
    EXPECT_EQ(st.st_gid, 23456U);
    EXPECT_EQ(st.st_mode & 07777, 0604U);
    EXPECT_EQ(read_bytes(target), "new");
}

// --- a directory of tables (export_csv) --------------------------------------------------

std::map<std::string, std::string> directory_contents(const std::filesystem::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        out[e.path().filename().string()] = read_bytes(e.path());
    return out;
}

TEST_F(AtomicFile, ADirectoryIsWrittenWholeAndReplacedWhole) {
    const auto out = dir_ / "nested" / "csv";
    pd::write_directory_atomically(out, {{"a.csv", "1"}, {"b.csv", "2"}});
    EXPECT_EQ(directory_contents(out), (std::map<std::string, std::string>{{"a.csv", "1"}, {"b.csv", "2"}}));
    pd::write_directory_atomically(out, {{"a.csv", "one"}, {"b.csv", "two"}});
    EXPECT_EQ(directory_contents(out), (std::map<std::string, std::string>{{"a.csv", "one"}, {"b.csv", "two"}}));
    EXPECT_EQ(entries(), 1U);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_ / "nested"), {}), 1);
}

TEST_F(AtomicFile, ADirectoryHoldingOtherFilesIsNotReplaced) {
    const auto out = dir_ / "csv";
    pd::write_directory_atomically(out, {{"a.csv", "1"}});
    std::ofstream(out / "notes.txt") << "mine";
    try {
        pd::write_directory_atomically(out, {{"a.csv", "2"}});
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_EQ(std::string(e.what()), "cannot write \"" + out.string() +
                                             "\": it holds \"notes.txt\", which this save would not write again; "
                                             "choose an empty or new directory (nothing was changed)");
    }
    EXPECT_EQ(read_bytes(out / "a.csv"), "1");
    EXPECT_EQ(read_bytes(out / "notes.txt"), "mine");
    std::ofstream(dir_ / "file") << "x";
    EXPECT_THROW(pd::write_directory_atomically(dir_ / "file", {{"a.csv", "2"}}), pd::FileError);
    EXPECT_EQ(read_bytes(dir_ / "file"), "x");
}

TEST_F(AtomicFile, ALinkNamedAsTheDirectoryIsRefusedNotFollowedOrReplaced) {
    const auto real = dir_ / "real";
    pd::write_directory_atomically(real, {{"a.csv", "1"}});
    const auto link = dir_ / "link";
    std::filesystem::create_directory_symlink(real, link);
    try {
        pd::write_directory_atomically(link, {{"a.csv", "2"}});
        FAIL() << "expected FileError";
    } catch (const pd::FileError& e) {
        EXPECT_NE(std::string(e.what()).find("it exists and is not a directory"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(std::filesystem::is_symlink(link));
    EXPECT_EQ(std::filesystem::read_symlink(link), real);
    EXPECT_EQ(read_bytes(real / "a.csv"), "1");
}

TEST_F(AtomicFile, AFullDiskDuringACsvExportLeavesThePreviousTablesAndNoEmptyDirectory) {
    const pd::Portfolio before = large_portfolio(5);
    const pd::Portfolio after = large_portfolio(400);
    const auto out = dir_ / "csv";
    pd::export_csv(before, out);
    const auto previous = directory_contents(out);
    // Fail after every few kilobytes: whichever table is being written, nothing changes.
    for (std::size_t limit = 0; limit < 12000; limit += 2999) {
        pd::detail::atomic_file_faults().fail_after_bytes = limit;
        try {
            pd::export_csv(after, out);
            ADD_FAILURE() << limit << ": expected FileError";
        } catch (const pd::FileError& e) {
            EXPECT_NE(std::string(e.what()).find(": No space left on device (the previous directory, if any, is "
                                                 "unchanged)"),
                      std::string::npos)
                << e.what();
        }
        pd::detail::atomic_file_faults() = {};
        EXPECT_EQ(directory_contents(out), previous) << limit;
        EXPECT_EQ(entries(), 1U) << limit;
    }
    // An export to a new directory that fails leaves no directory at all.
    pd::detail::atomic_file_faults().fail_after_bytes = 100;
    EXPECT_THROW(pd::export_csv(after, dir_ / "new" / "csv"), pd::FileError);
    pd::detail::atomic_file_faults() = {};
    EXPECT_FALSE(std::filesystem::exists(dir_ / "new"));
    EXPECT_EQ(entries(), 1U);
    pd::export_csv(after, out);
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), after);
}

TEST_F(AtomicFile, AFailureAtEachStepOfACsvExportChangesNothing) {
    const pd::Portfolio before = large_portfolio(5);
    const pd::Portfolio after = large_portfolio(40);
    const auto out = dir_ / "csv";
    pd::export_csv(before, out);
    const auto previous = directory_contents(out);
    for (const Step step : every_directory_step) {
        if (step == Step::sync_directory) continue;  // a failed sync is ignored, as for one file
        for (const int occurrence : {1, 5}) {
            int seen = 0;
            pd::detail::atomic_file_faults().before_step = [&](Step s) {
                return s == step && ++seen == occurrence ? EIO : 0;
            };
            const bool reached = [&] {
                try {
                    pd::export_csv(after, out);
                    return false;
                } catch (const pd::FileError& e) {
                    EXPECT_NE(std::string(e.what()).find("Input/output error"), std::string::npos) << e.what();
                    return true;
                }
            }();
            pd::detail::atomic_file_faults() = {};
            if (!reached) {
                // The step happens fewer times than `occurrence`: the export went through.
                EXPECT_GT(occurrence, 1) << step_name(step);
                pd::export_csv(before, out);
                continue;
            }
            EXPECT_EQ(directory_contents(out), previous) << step_name(step) << " #" << occurrence;
            EXPECT_EQ(entries(), 1U) << step_name(step) << " #" << occurrence;
        }
    }
}

TEST_F(AtomicFile, AnExportKilledAtEveryStepLeavesOneWholeSetOfTables) {
    // The directory sync happens twice: for the temporary directory, before the exchange,
    // and for the parent, after it. Killed before the exchange, the previous tables are
    // there byte for byte; after it, the new ones, whole.
    const pd::Portfolio before = large_portfolio(5);
    const pd::Portfolio after = large_portfolio(300);
    const auto out = dir_ / "csv";
    for (const Step step : every_directory_step) {
        for (const int occurrence : {1, 2, 7}) {
            std::filesystem::remove_all(dir_);
            std::filesystem::create_directories(dir_);
            pd::export_csv(before, out);
            const auto previous = directory_contents(out);
            const bool killed = kill_at([&] { pd::export_csv(after, out); }, step, occurrence);
            const bool once = step == Step::create_directory || step == Step::exchange_directory;
            if ((once && occurrence > 1) || (step == Step::sync_directory && occurrence > 2)) {
                EXPECT_FALSE(killed) << step_name(step);
                continue;
            }
            ASSERT_TRUE(killed) << step_name(step) << " #" << occurrence;
            if (step == Step::sync_directory && occurrence == 2) {
                EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), after);
            } else {
                EXPECT_EQ(directory_contents(out), previous) << step_name(step) << " #" << occurrence;
            }
            // The next export removes what the killed one left beside the directory.
            pd::export_csv(after, out);
            EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), after);
            EXPECT_EQ(entries(), 1U) << step_name(step) << " #" << occurrence;
        }
    }
}

TEST_F(AtomicFile, ReplacingADirectoryKeepsItsOwnerAndMode) {
    const auto out = dir_ / "csv";
    pd::write_directory_atomically(out, {{"a.csv", "1"}});
    if (::chown(out.c_str(), 12345, 23456) != 0) GTEST_SKIP() << "only the superuser can give a directory away";
    ASSERT_EQ(::chmod(out.c_str(), 0750), 0);
    pd::write_directory_atomically(out, {{"a.csv", "2"}});
    struct stat st {};
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 12345U);
    EXPECT_EQ(st.st_gid, 23456U);
    EXPECT_EQ(st.st_mode & 07777, 0750U);
}

}  // namespace
