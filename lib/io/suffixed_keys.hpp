// SPDX-License-Identifier: Apache-2.0
#pragma once
// Generated record keys: "base", then "base-2", "base-3", ... for the next free one.
// The next suffix to try is remembered per base, so n records of one base cost about n
// probes in all instead of n*n/2 (32,000 undated rows of one partner took 39 s).

#include "detail/work_counters.hpp"

#include <string>
#include <unordered_map>

namespace paradiplomacy::detail {

class SuffixedKeys {
public:
    /// The first of "base", "base-2", "base-3", ... for which `taken(key)` is false,
    /// skipping the suffixes this object found taken or handed out before. Keys must
    /// stay taken once they are: a key handed out is taken from then on.
    template <class Taken>
    [[nodiscard]] std::string next_free(const std::string& base, Taken&& taken) {
        unsigned long long& next = next_suffix_.try_emplace(base, 1).first->second;
        for (;;) {
            ++work_counters().key_probes;
            std::string key = next == 1 ? base : base + "-" + std::to_string(next);
            ++next;
            if (!taken(key)) return key;
        }
    }

private:
    std::unordered_map<std::string, unsigned long long> next_suffix_;  // 1 stands for the bare base
};

}  // namespace paradiplomacy::detail
