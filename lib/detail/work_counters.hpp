// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Counters of the inner steps whose number would grow faster than the input if an
/// algorithm turned quadratic: tests/scaling checks that work per input unit stays flat
/// from small to large hostile inputs, and bench/adversarial prints them beside the times.
/// Counting steps rather than timing them cannot flake. Not part of the public API.

#include <cstdint>

namespace paradiplomacy::detail {

struct WorkCounters {
    /// Pairs of agreements of one tie compared by state.tie.concurrent_tiers, plus the
    /// agreements its sweep visits.
    std::uint64_t tie_steps = 0;
    /// Agreements visited to decide whether another one is superseded on a day.
    std::uint64_t successor_steps = 0;
    /// Candidate keys tried while generating a free "-2", "-3", ... suffix.
    std::uint64_t key_probes = 0;
};

/// This thread's counters (each thread counts its own work). Reset with `= {}`.
[[nodiscard]] WorkCounters& work_counters() noexcept;

}  // namespace paradiplomacy::detail
