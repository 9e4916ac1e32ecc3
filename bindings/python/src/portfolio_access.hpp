// SPDX-License-Identifier: Apache-2.0
#pragma once
// Long calls read a portfolio without the GIL, so another Python thread may run meanwhile;
// if it added a record to the same portfolio, the tables would change under the reader.
// Readers without the GIL therefore hold the portfolio's lock shared, and the functions
// that change a portfolio hold it exclusively. No thread waits for the lock while it holds
// the GIL (a reader releases the GIL first; a writer releases it while it waits), so a
// reader that needs the GIL back (a progress callback) cannot deadlock with a writer.
// Calls that keep the GIL (frames, record views) are already kept apart from writers by it.

#include <paradiplomacy/model/portfolio.hpp>

#include <pybind11/pybind11.h>

#include <array>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <shared_mutex>

namespace paradiplomacy::python {

/// The lock of a portfolio: one of a fixed set, chosen by the portfolio's address, so no
/// registry has to follow portfolios' lifetimes (two portfolios may share one lock; that
/// only makes a writer of one wait for readers of the other).
inline std::shared_mutex& portfolio_lock(const Portfolio& p) {
    static std::array<std::shared_mutex, 64> locks;
    return locks[std::hash<const Portfolio*>{}(&p) % locks.size()];
}

/// Releases the GIL and holds the portfolio's lock shared, for the scope of a const call.
class ReadingWithoutGil {
public:
    explicit ReadingWithoutGil(const Portfolio& p) : lock_(portfolio_lock(p)) {}

private:
    pybind11::gil_scoped_release release_;  // first: released before the lock is waited for
    std::shared_lock<std::shared_mutex> lock_;
};

/// Holds the portfolio's lock exclusively for the scope of a change; waits for running
/// readers with the GIL released, then takes the GIL back.
class Changing {
public:
    explicit Changing(const Portfolio& p) : lock_(portfolio_lock(p), std::defer_lock) {
        if (lock_.try_lock()) return;
        pybind11::gil_scoped_release release;
        lock_.lock();
    }

private:
    std::unique_lock<std::shared_mutex> lock_;
};

}  // namespace paradiplomacy::python
