// SPDX-License-Identifier: Apache-2.0
// The locks of the Python package (bindings/python/src/portfolio_lock.hpp): one per
// portfolio, and a waiting writer gets in before readers that arrive after it. Each test
// waits for the mutex to report a thread queued, never for time to pass, so the order it
// checks is the only one possible. Run under ThreadSanitizer too (preset "tsan").
#include "portfolio_lock.hpp"

#include "writer_preferring_mutex.hpp"

#include <paradiplomacy/model/portfolio.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace pd = paradiplomacy;
using pd::python::PortfolioLock;
using pd::python::WriterPreferringMutex;

namespace {

/// Waits until the mutex reports what the test waits for (a thread queued in it).
template <class Predicate>
void wait_until(const WriterPreferringMutex& mutex, Predicate predicate) {
    // A deadline only turns a hang into a failure; the test never waits for time to pass.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!predicate(mutex.state())) {
        if (std::chrono::steady_clock::now() > deadline) {
            std::fprintf(stderr, "wait_until: the awaited lock state never came\n");
            std::abort();
        }
        std::this_thread::yield();
    }
}

/// What the threads did, in the order they did it.
class Log {
public:
    void add(std::string what) {
        const std::lock_guard guard(mutex_);
        events_.push_back(std::move(what));
    }
    [[nodiscard]] std::vector<std::string> events() const {
        const std::lock_guard guard(mutex_);
        return events_;
    }

private:
    mutable std::mutex mutex_;
    std::vector<std::string> events_;
};

}  // namespace

TEST(ConcurrencyPortfolioLock, ReadersShareAndAWriterIsAlone) {
    WriterPreferringMutex m;
    m.lock_shared();
    ASSERT_TRUE(m.try_lock_shared());
    EXPECT_FALSE(m.try_lock());
    EXPECT_EQ(m.state(), (WriterPreferringMutex::State{2, 0, 0, false}));
    m.unlock_shared();
    m.unlock_shared();
    ASSERT_TRUE(m.try_lock());
    EXPECT_FALSE(m.try_lock_shared());
    EXPECT_FALSE(m.try_lock());
    EXPECT_EQ(m.state(), (WriterPreferringMutex::State{0, 0, 0, true}));
    m.unlock();
    EXPECT_EQ(m.state(), WriterPreferringMutex::State{});
}

TEST(ConcurrencyPortfolioLock, AWaitingWriterGetsInBeforeReadersThatArriveAfterIt) {
    // The pattern that starved writers behind std::shared_mutex: a reader inside, a writer
    // waiting, more readers arriving. The new readers queue, so the writer waits only for
    // the reader that was inside.
    WriterPreferringMutex m;
    Log log;
    m.lock_shared();
    std::thread writer([&] {
        const std::unique_lock lock(m);
        log.add("writer");
    });
    wait_until(m, [](const auto& s) { return s.writers_waiting == 1; });
    EXPECT_FALSE(m.try_lock_shared());  // no new reader while the writer waits
    std::vector<std::thread> readers;
    for (int i = 0; i < 3; ++i)
        readers.emplace_back([&] {
            const std::shared_lock lock(m);
            log.add("reader");
        });
    wait_until(m, [](const auto& s) { return s.readers_waiting == 3; });
    EXPECT_EQ(m.state(), (WriterPreferringMutex::State{1, 3, 1, false}));
    log.add("first reader leaves");
    m.unlock_shared();
    writer.join();
    for (auto& r : readers) r.join();
    EXPECT_EQ(log.events(), (std::vector<std::string>{"first reader leaves", "writer", "reader", "reader", "reader"}));
    EXPECT_EQ(m.state(), WriterPreferringMutex::State{});
}

TEST(ConcurrencyPortfolioLock, ReadersQueuedBehindAWriterGoInBeforeTheNextWriter) {
    // Writers that keep coming do not starve readers either: a writer's unlock lets in the
    // readers that queued behind it, and the next writer waits for them.
    WriterPreferringMutex m;
    Log log;
    m.lock();
    std::thread reader([&] {
        const std::shared_lock lock(m);
        const auto s = m.state();
        log.add(s.writers_waiting == 1 && !s.writing ? "reader, next writer waiting" : "reader");
    });
    wait_until(m, [](const auto& s) { return s.readers_waiting == 1; });
    std::thread next_writer([&] {
        const std::unique_lock lock(m);
        log.add("next writer");
    });
    wait_until(m, [](const auto& s) { return s.writers_waiting == 1; });
    m.unlock();
    reader.join();
    next_writer.join();
    EXPECT_EQ(log.events(), (std::vector<std::string>{"reader, next writer waiting", "next writer"}));
}

TEST(ConcurrencyPortfolioLock, ManyReadersAndWritersKeepWritesExclusive) {
    // A count changed only under the exclusive lock and read under the shared one: each
    // reader sees it whole (ThreadSanitizer reports any access outside the lock).
    WriterPreferringMutex m;
    long long count = 0;
    long long half = 0;  // always count / 2 outside a write
    constexpr int rounds = 2000;
    std::vector<std::thread> threads;
    for (int w = 0; w < 2; ++w)
        threads.emplace_back([&] {
            for (int i = 0; i < rounds; ++i) {
                const std::unique_lock lock(m);
                count += 2;
                half += 1;
            }
        });
    int torn = 0;
    std::mutex torn_mutex;
    for (int r = 0; r < 4; ++r)
        threads.emplace_back([&] {
            int mine = 0;
            for (int i = 0; i < rounds; ++i) {
                const std::shared_lock lock(m);
                mine += count == 2 * half ? 0 : 1;
            }
            const std::lock_guard guard(torn_mutex);
            torn += mine;
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(torn, 0);
    EXPECT_EQ(count, 2LL * 2 * rounds);
    EXPECT_EQ(m.state(), WriterPreferringMutex::State{});
}

TEST(ConcurrencyPortfolioLock, EachPortfolioHasItsOwnLockWhileItIsUsed) {
    const pd::Portfolio a(pd::SubdivisionCode("KR-41"));
    const pd::Portfolio b(pd::SubdivisionCode("KR-41"));
    EXPECT_EQ(PortfolioLock::in_use(), 0U);
    {
        const PortfolioLock a_lock(a);
        const PortfolioLock a_again(a);
        const PortfolioLock b_lock(b);
        EXPECT_EQ(&a_lock.mutex(), &a_again.mutex());
        EXPECT_NE(&a_lock.mutex(), &b_lock.mutex());
        EXPECT_EQ(PortfolioLock::in_use(), 2U);

        // A writer holding a's lock keeps nobody out of b's.
        const std::unique_lock writing_a(a_lock.mutex());
        EXPECT_FALSE(a_again.mutex().try_lock_shared());
        std::unique_lock writing_b(b_lock.mutex(), std::try_to_lock);
        EXPECT_TRUE(writing_b.owns_lock());
        EXPECT_EQ(PortfolioLock::state_of(a), (WriterPreferringMutex::State{0, 0, 0, true}));
    }
    // The entries go with their last user.
    EXPECT_EQ(PortfolioLock::in_use(), 0U);
    EXPECT_EQ(PortfolioLock::state_of(a), std::nullopt);
}
