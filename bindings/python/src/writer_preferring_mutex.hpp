// SPDX-License-Identifier: Apache-2.0
#pragma once
// A shared mutex under which a waiting writer gets in. glibc's std::shared_mutex lets new
// readers in while a writer waits, so readers that keep overlapping (threads saving in a
// loop) can keep a writer out for as long as they keep coming. Here, once a writer waits,
// arriving readers queue behind it: the writer waits only for the readers already inside.
// When a writer is done, the readers that queued behind it all go in before the next
// writer, so writers that keep coming cannot keep readers out either.
// No pybind11 here: tests/concurrency tests it under ThreadSanitizer.

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>

namespace paradiplomacy::python {

/// Meets the SharedMutex requirements (std::unique_lock, std::shared_lock). Not recursive:
/// a thread that holds it, shared or not, must not lock it again.
class WriterPreferringMutex {
public:
    /// What the mutex is doing now; lets a test wait until a thread is queued.
    struct State {
        std::size_t readers = 0;          ///< Readers inside.
        std::size_t readers_waiting = 0;  ///< Readers queued behind a writer.
        std::size_t writers_waiting = 0;
        bool writing = false;
        friend bool operator==(const State&, const State&) = default;
    };

    WriterPreferringMutex() = default;
    WriterPreferringMutex(const WriterPreferringMutex&) = delete;
    WriterPreferringMutex& operator=(const WriterPreferringMutex&) = delete;

    void lock() {
        std::unique_lock guard(mutex_);
        ++writers_waiting_;
        writer_turn_.wait(guard, [this] { return !writing_ && readers_ == 0; });
        --writers_waiting_;
        writing_ = true;
    }

    [[nodiscard]] bool try_lock() {
        const std::lock_guard guard(mutex_);
        if (writing_ || readers_ > 0 || writers_waiting_ > 0) return false;
        writing_ = true;
        return true;
    }

    void unlock() {
        const std::lock_guard guard(mutex_);
        writing_ = false;
        if (readers_waiting_ > 0) {
            // The readers that queued behind this writer go in, ahead of any waiting writer.
            readers_ += readers_waiting_;
            readers_waiting_ = 0;
            ++batches_admitted_;
            reader_turn_.notify_all();
        } else if (writers_waiting_ > 0) {
            writer_turn_.notify_one();
        }
    }

    void lock_shared() {
        std::unique_lock guard(mutex_);
        if (!writing_ && writers_waiting_ == 0) {
            ++readers_;
            return;
        }
        // A writer is inside or waiting: queue until a writer's unlock() lets this batch in
        // (it counts the batch in readers_ itself, so no writer can slip in between).
        ++readers_waiting_;
        const std::uint64_t batch = batches_admitted_;
        reader_turn_.wait(guard, [&] { return batches_admitted_ != batch; });
    }

    [[nodiscard]] bool try_lock_shared() {
        const std::lock_guard guard(mutex_);
        if (writing_ || writers_waiting_ > 0) return false;
        ++readers_;
        return true;
    }

    void unlock_shared() {
        const std::lock_guard guard(mutex_);
        if (--readers_ == 0 && writers_waiting_ > 0) writer_turn_.notify_one();
    }

    [[nodiscard]] State state() const {
        const std::lock_guard guard(mutex_);
        return State{readers_, readers_waiting_, writers_waiting_, writing_};
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable writer_turn_;
    std::condition_variable reader_turn_;
    std::size_t readers_ = 0;
    std::size_t readers_waiting_ = 0;
    std::size_t writers_waiting_ = 0;
    bool writing_ = false;
    std::uint64_t batches_admitted_ = 0;
};

}  // namespace paradiplomacy::python
