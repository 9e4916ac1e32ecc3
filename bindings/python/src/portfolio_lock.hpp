// SPDX-License-Identifier: Apache-2.0
#pragma once
// One lock per portfolio, for the Python package. The locks are kept in a table by the
// portfolio's address, and an entry lives exactly as long as some thread holds or waits
// for that lock: a thread that uses a portfolio keeps it alive, so two portfolios alive
// at once never share an address, hence never a lock, and an address reused by a later
// portfolio finds no entry of the earlier one. Nothing has to follow the portfolios'
// lifetimes, whoever made them. No pybind11 here: tests/concurrency tests it.

#include "writer_preferring_mutex.hpp"

#include <paradiplomacy/model/portfolio.hpp>

#include <cstddef>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace paradiplomacy::python {

namespace detail {

struct PortfolioLockEntry {
    WriterPreferringMutex mutex;
    std::size_t users = 0;  // handles alive: threads holding or waiting for `mutex`
};

struct PortfolioLockTable {
    std::mutex guard;  // held only to find, count and drop entries, never while waiting
    std::unordered_map<const Portfolio*, PortfolioLockEntry> entries;  // nodes stay put
};

inline PortfolioLockTable& portfolio_lock_table() {
    // Never destroyed: a thread still running at exit may hold a lock.
    static auto* const table = new PortfolioLockTable;
    return *table;
}

}  // namespace detail

/// The lock of one portfolio, kept in the table while this handle lives. Lock it with
/// std::shared_lock / std::unique_lock on mutex().
class PortfolioLock {
public:
    explicit PortfolioLock(const Portfolio& portfolio) : key_(&portfolio) {
        auto& table = detail::portfolio_lock_table();
        const std::lock_guard guard(table.guard);
        entry_ = &table.entries[key_];
        ++entry_->users;
    }
    ~PortfolioLock() {
        auto& table = detail::portfolio_lock_table();
        const std::lock_guard guard(table.guard);
        if (--entry_->users == 0) table.entries.erase(key_);
    }
    PortfolioLock(const PortfolioLock&) = delete;
    PortfolioLock& operator=(const PortfolioLock&) = delete;

    [[nodiscard]] WriterPreferringMutex& mutex() const { return entry_->mutex; }

    /// The state of the portfolio's lock; nullopt when no thread holds or waits for it.
    [[nodiscard]] static std::optional<WriterPreferringMutex::State> state_of(const Portfolio& portfolio) {
        auto& table = detail::portfolio_lock_table();
        const std::lock_guard guard(table.guard);
        const auto found = table.entries.find(&portfolio);
        if (found == table.entries.end()) return std::nullopt;
        return found->second.mutex.state();
    }

    /// How many portfolios' locks are held or waited for now (the size of the table).
    [[nodiscard]] static std::size_t in_use() {
        auto& table = detail::portfolio_lock_table();
        const std::lock_guard guard(table.guard);
        return table.entries.size();
    }

private:
    const Portfolio* key_;
    detail::PortfolioLockEntry* entry_ = nullptr;
};

}  // namespace paradiplomacy::python
