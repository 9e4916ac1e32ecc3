// SPDX-License-Identifier: Apache-2.0
#pragma once
// Long calls read a portfolio without the GIL, so another Python thread may run meanwhile;
// if it added a record to the same portfolio, the tables would change under the reader.
// Readers without the GIL therefore hold the portfolio's own lock (portfolio_lock.hpp)
// shared, and the functions that change a portfolio hold it exclusively; a waiting writer
// gets in before readers that arrive after it (writer_preferring_mutex.hpp).
// No thread waits for the lock while it holds the GIL (a reader releases the GIL first; a
// writer releases it while it waits), and no Python code runs while a lock is held (a
// call with a Python callback works on a copy taken under the lock, see iati.cpp), so a
// callback may use any portfolio, the one being read included.
// Calls that keep the GIL (frames, record views) are already kept apart from writers by it.

#include "portfolio_lock.hpp"

#include <paradiplomacy/model/portfolio.hpp>

#include <pybind11/pybind11.h>

#include <mutex>
#include <shared_mutex>

namespace paradiplomacy::python {

/// Releases the GIL and holds the portfolio's lock shared, for the scope of a const call.
/// The scope must not call back into Python.
class ReadingWithoutGil {
public:
    explicit ReadingWithoutGil(const Portfolio& p) : lock_(p), reading_(lock_.mutex()) {}

private:
    pybind11::gil_scoped_release release_;  // first: released before the lock is waited for
    PortfolioLock lock_;
    std::shared_lock<WriterPreferringMutex> reading_;
};

/// Holds the portfolio's lock exclusively for the scope of a change; waits for running
/// readers with the GIL released, then takes the GIL back.
class Changing {
public:
    explicit Changing(const Portfolio& p) : lock_(p), changing_(lock_.mutex(), std::defer_lock) {
        if (changing_.try_lock()) return;
        pybind11::gil_scoped_release release;
        changing_.lock();
    }

private:
    PortfolioLock lock_;
    std::unique_lock<WriterPreferringMutex> changing_;
};

}  // namespace paradiplomacy::python
