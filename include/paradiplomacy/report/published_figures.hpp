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
///  "priority_countries": 9, "priority_regions": 19,
///  "municipalities": {"source": "...", "ties": 207, "countries": 30,
///                     "by_kind": [{"label": "sister", "kinds": ["sister"], "ties": 113}],
///                     "by_country": {"CN": 74, "US": 35}}}
/// ```
/// `schema`, `source` and `ties` are required; every count is optional (a publication
/// may give countries but not regions). `municipalities` holds what was published of the
/// home government's cities and counties together: counts of ties (agreements in force,
/// not distinct partners), with its own source when another page published them. A member
/// the format does not know is an error, so that a misspelt count is not silently left out.

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/values/country_code.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

/// A published count of ties of the municipalities for one group of tie kinds.
struct PublishedTieTotal {
    std::string label;                 ///< As the publication names it ("sister").
    std::vector<AgreementKind> kinds;  ///< The tie tiers the count covers; not empty.
    std::size_t ties = 0;

    friend bool operator==(const PublishedTieTotal&, const PublishedTieTotal&) = default;
};

/// What was published of the municipalities' ties, all municipalities together.
struct PublishedMunicipalTies {
    std::string source;  ///< Where; empty: the document's source.
    std::string note;
    std::optional<std::size_t> ties;                              ///< All their ties in force.
    std::optional<std::size_t> countries;                         ///< Distinct partner countries.
    std::vector<PublishedTieTotal> by_kind;                       ///< Ties per group of tie kinds.
    std::vector<std::pair<CountryCode, std::size_t>> by_country;  ///< Ties per country, in file order.

    friend bool operator==(const PublishedMunicipalTies&, const PublishedMunicipalTies&) = default;
};

struct PublishedFigures {
    std::string home;    ///< ISO 3166-2 code of the home government, when given.
    std::string source;  ///< Where the figures were published.
    std::string as_of;   ///< The date the figures describe, as published ("2017").
    std::string note;
    std::vector<PublishedTieCount> ties;
    std::optional<std::size_t> priority_countries;
    std::optional<std::size_t> priority_regions;
    std::optional<PublishedMunicipalTies> municipalities;

    friend bool operator==(const PublishedFigures&, const PublishedFigures&) = default;
};

/// Parses a published-figures document; `source_name` stands for the file in messages.
/// Throws FileError naming the source, the member and what is wrong.
[[nodiscard]] PublishedFigures parse_published_figures(std::string_view json,
                                                       std::string_view source_name = "<memory>");

}  // namespace paradiplomacy::report
