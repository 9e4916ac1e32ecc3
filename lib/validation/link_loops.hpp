// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Loops in links between records of one table (an agreement superseding an earlier one,
/// a translation of a document, an envelope inside a parent): the one walk the rules that
/// forbid such loops share, so that each reports a loop once and no chain can hang them.

#include "rule_run.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::detail {

/// The loops among `records` records whose link `next(i)` gives the index the record at `i`
/// links to, or nullopt where a chain ends (no link, or a link to a missing record). Each
/// loop lists the records on it from the one the walk came back to. Every record is
/// visited once, so a long chain costs no more than its length.
template <class Next>
[[nodiscard]] std::vector<std::vector<std::uint32_t>> link_loops(std::size_t records, Next next) {
    std::vector<std::vector<std::uint32_t>> loops;
    // 0 unvisited, 1 on the current path, 2 done (known to reach the end of its chain).
    std::vector<char> state(records, 0);
    std::vector<std::uint32_t> path;
    for (std::uint32_t start = 0; start < records; ++start) {
        path.clear();
        std::uint32_t i = start;
        bool looped = false;
        while (state[i] != 2) {
            if (state[i] == 1) {
                looped = true;
                break;
            }
            state[i] = 1;
            path.push_back(i);
            const std::optional<std::uint32_t> up = next(i);
            if (!up) break;
            i = *up;
        }
        if (looped) loops.emplace_back(std::find(path.begin(), path.end(), i), path.end());
        for (const std::uint32_t j : path) state[j] = 2;
    }
    return loops;
}

/// "agreement "a" -> agreement "b" -> agreement "a"": a loop named record by record, back
/// to where it starts.
template <class Table>
[[nodiscard]] std::string loop_text(const RuleRun& run, std::string_view kind, const Table& table,
                                    const std::vector<std::uint32_t>& loop) {
    std::string chain;
    for (const std::uint32_t j : loop) chain += run.name(kind, table[j].key, j) + " -> ";
    return chain + run.name(kind, table[loop.front()].key, loop.front());
}

}  // namespace paradiplomacy::detail
