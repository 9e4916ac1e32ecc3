// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "How many exchanges, with whom, of what kind, each year, in which direction, and
/// how many people?"
///
/// A program belongs to the year its start date names (known even for "2016"). A
/// program without a start is undated: it goes to a row without a year, never to an
/// invented one, and a filter on `year` never matches it.
/// Headcounts are summed where known; `unknown_headcount` counts the programs whose
/// headcount is not recorded, so a total is never mistaken for complete. A
/// multilateral program appears in the row of each of its partners: rows of
/// exchanges_by_partner must not be summed across partners (exchange_totals counts each
/// program once). A service to the home government's municipalities that names no
/// foreign partner (is_municipal_service) is not an exchange and is left out here; see
/// query/municipal_services.hpp.

#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct ExchangeFilter {
    std::optional<PartnerId> partner;
    std::optional<ProgramKind> kind;
    std::optional<int> year;  ///< Start year; an undated program never matches.
    std::optional<Direction> direction;
    /// With `organiser_set`, keep only the programs organised by `organiser`
    /// (nullopt: the home government); without it, any organiser.
    std::optional<MunicipalityId> organiser;
    bool organiser_set = false;
    /// Keep only the programs with this text among their `topics` ("smart city"), as
    /// written: the comparison is exact, case and spacing included.
    std::optional<std::string> topic;
};

struct ExchangeTally {
    std::size_t programs = 0;
    std::uint64_t headcount = 0;        ///< Sum of the known headcounts.
    std::size_t unknown_headcount = 0;  ///< Programs without a headcount.

    /// Counts one program, and its people when known.
    void add(const ExchangeProgram& program) noexcept {
        ++programs;
        if (program.headcount)
            headcount += *program.headcount;
        else
            ++unknown_headcount;
    }
    friend bool operator==(const ExchangeTally&, const ExchangeTally&) = default;
};

struct ExchangeRow {
    std::optional<PartnerId> partner;  ///< nullopt: the program names no (existing) partner
    ProgramKind kind = ProgramKind::other;
    std::optional<int> year;  ///< Start year; nullopt: undated (the program has no start).
    Direction direction = Direction::both;
    ExchangeTally tally;
    friend bool operator==(const ExchangeRow&, const ExchangeRow&) = default;
};

/// One row per (partner, kind, year, direction) with at least one program, sorted by
/// those fields (partnerless rows first, an undated row before the dated years). A
/// filter on `partner` matches programs that name it among their partners.
[[nodiscard]] std::vector<ExchangeRow> exchanges_by_partner(const Portfolio& portfolio,
                                                            const ExchangeFilter& filter = {});

/// Every program passing the filter counted once.
[[nodiscard]] ExchangeTally exchange_totals(const Portfolio& portfolio, const ExchangeFilter& filter = {});

}  // namespace paradiplomacy
