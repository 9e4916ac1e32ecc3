// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "What has the office done for its own cities and counties?" — the programs that serve
/// the home government's municipalities (consulting, working-level training, the manual,
/// translation and proofreading, a forum), by municipality, kind and year.
///
/// A program serving several municipalities counts once under each. A program with no
/// start is counted in an undated row (year nullopt), never under an invented year. The
/// exchange queries (query/exchanges.hpp) leave out programs that serve municipalities
/// and name no foreign partner: a service is not an exchange with a partner.

#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/query/exchanges.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace paradiplomacy {

class Portfolio;

struct ServiceFilter {
    std::optional<MunicipalityId> municipality;
    std::optional<ProgramKind> kind;
    std::optional<int> year;  ///< Start year; an undated program never matches.
};

struct MunicipalServiceRow {
    MunicipalityId municipality{0};
    ProgramKind kind = ProgramKind::other;
    std::optional<int> year;  ///< Start year; nullopt: undated.
    ExchangeTally tally;      ///< Programs, and the people they reached when known.
    friend bool operator==(const MunicipalServiceRow&, const MunicipalServiceRow&) = default;
};

/// Rows by municipality (record order), kind (enum order) and year (undated first).
/// References to a municipality the portfolio does not hold are skipped (validation rule
/// `ref.program.municipality` reports them).
[[nodiscard]] std::vector<MunicipalServiceRow> services_to_municipalities(const Portfolio& portfolio,
                                                                          const ServiceFilter& filter = {});

/// Per kind of service: the programs and the distinct municipalities they reached.
struct ServiceKindSummary {
    ProgramKind kind = ProgramKind::other;
    std::size_t programs = 0;
    std::size_t municipalities = 0;
    friend bool operator==(const ServiceKindSummary&, const ServiceKindSummary&) = default;
};

/// One row per kind with at least one program serving a municipality, in enum order.
[[nodiscard]] std::vector<ServiceKindSummary> services_by_kind(const Portfolio& portfolio);

}  // namespace paradiplomacy
