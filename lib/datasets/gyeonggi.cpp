// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/datasets/gyeonggi.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

namespace paradiplomacy {
namespace detail {
// Generated at build time by tools/embed_file.py (cmake/ParadiplomacyData.cmake).
std::string_view embedded_gyeonggi_portfolio() noexcept;
std::string_view embedded_gyeonggi_published_figures() noexcept;
}  // namespace detail

namespace datasets {

std::string_view gyeonggi_json() noexcept { return detail::embedded_gyeonggi_portfolio(); }

Portfolio gyeonggi() { return parse_portfolio_json(gyeonggi_json(), "gyeonggi.portfolio.json (embedded)"); }

std::string_view gyeonggi_published_figures_json() noexcept { return detail::embedded_gyeonggi_published_figures(); }

report::PublishedFigures gyeonggi_published_figures() {
    return report::parse_published_figures(gyeonggi_published_figures_json(), "published-figures.json (embedded)");
}

}  // namespace datasets
}  // namespace paradiplomacy
