// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Figures a home government has published about its own portfolio ("sister ties with
/// 10 countries and 15 regions"), kept as data beside a dataset so that a report can set
/// what the records support beside what was published, and show the difference.
///
/// File form (`paradiplomacy.published-figures/1`, one JSON document):
/// ```json
/// {"schema": "paradiplomacy.published-figures/1", "home": "KR-41",
///  "source": "...", "as_of": "2017", "note": "...",
///  "ties": [{"label": "sister", "kinds": ["sister"], "countries": 10, "regions": 15}],
///  "priority_countries": 9, "priority_regions": 19}
/// ```
/// `schema`, `source` and `ties` are required; every count is optional (a publication
/// may give countries but not regions).

#include <paradiplomacy/model/agreement.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::report {

/// The schema name and version of a published-figures document.
inline constexpr std::string_view published_figures_schema_id = "paradiplomacy.published-figures/1";

/// A published count of distinct partners for one group of tie kinds.
struct PublishedTieCount {
    std::string label;                 ///< As the publication names it ("sister").
    std::vector<AgreementKind> kinds;  ///< The tie tiers the count covers; not empty.
    std::optional<std::size_t> countries;
    std::optional<std::size_t> regions;

    friend bool operator==(const PublishedTieCount&, const PublishedTieCount&) = default;
};

struct PublishedFigures {
    std::string home;    ///< ISO 3166-2 code of the home government, when given.
    std::string source;  ///< Where the figures were published.
    std::string as_of;   ///< The date the figures describe, as published ("2017").
    std::string note;
    std::vector<PublishedTieCount> ties;
    std::optional<std::size_t> priority_countries;
    std::optional<std::size_t> priority_regions;

    friend bool operator==(const PublishedFigures&, const PublishedFigures&) = default;
};

/// Parses a published-figures document; `source_name` stands for the file in messages.
/// Throws FileError naming the source, the member and what is wrong.
[[nodiscard]] PublishedFigures parse_published_figures(std::string_view json,
                                                       std::string_view source_name = "<memory>");

}  // namespace paradiplomacy::report
