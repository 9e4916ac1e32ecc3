// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The bundled Gyeonggi-do (KR-41, 경기도) portfolio: the province's partners, agreements
/// with their upgrade histories, exchange programs and ODA engagements as far as public
/// sources confirm them, each record with its source (data/gyeonggi/README.md).
///
/// The files are embedded in the library when it is built, so these functions need no
/// path and work wherever the program runs; installed copies sit in
/// <datadir>/paradiplomacy/gyeonggi/ for other tools.

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/report/published_figures.hpp>

#include <string_view>

namespace paradiplomacy::datasets {

/// The embedded `gyeonggi.portfolio.json`, byte for byte.
[[nodiscard]] std::string_view gyeonggi_json() noexcept;

/// The Gyeonggi-do portfolio, parsed from the embedded file on each call.
[[nodiscard]] Portfolio gyeonggi();

/// The embedded `published-figures.json`: the counts the province published in its
/// Cultural Policy Bulletin Vol.3 (sister ties with 10 countries / 15 regions, ...).
[[nodiscard]] std::string_view gyeonggi_published_figures_json() noexcept;

/// The province's published figures, parsed from the embedded file.
[[nodiscard]] report::PublishedFigures gyeonggi_published_figures();

}  // namespace paradiplomacy::datasets
