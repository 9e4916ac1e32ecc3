// SPDX-License-Identifier: Apache-2.0
// Look-ups over the generated ISO and M49 tables. The rows are converted once into
// sorted arrays of string_views so that every look-up is a binary search.

#include "reference_tables.hpp"

#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/reference/former_subdivisions.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>
#include <paradiplomacy/reference/world_regions.hpp>

#include <algorithm>
#include <vector>

namespace paradiplomacy::reference {
namespace {

template <class Row, class Out, class Convert>
std::vector<Out> convert_all(const Row* rows, std::size_t count, Convert convert) {
    std::vector<Out> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) out.push_back(convert(rows[i]));
    return out;
}

const std::vector<Country>& country_table() {
    static const auto table = convert_all<detail::CountryRow, Country>(
        detail::country_rows, detail::country_row_count, [](const detail::CountryRow& r) {
            return Country{r.alpha2,      r.alpha3,        r.numeric,    r.name,       r.official_name,
                           r.common_name, r.m49_subregion, r.m49_region, r.korean_name};
        });
    return table;
}

const std::vector<Country>& user_assigned_table() {
    static const auto table = convert_all<detail::CountryRow, Country>(
        detail::user_assigned_country_rows, detail::user_assigned_country_row_count, [](const detail::CountryRow& r) {
            return Country{r.alpha2,      r.alpha3,        r.numeric,    r.name,       r.official_name,
                           r.common_name, r.m49_subregion, r.m49_region, r.korean_name};
        });
    return table;
}

const std::vector<WithdrawnCountry>& withdrawn_table() {
    static const auto table = convert_all<detail::WithdrawnCountryRow, WithdrawnCountry>(
        detail::withdrawn_country_rows, detail::withdrawn_country_row_count, [](const detail::WithdrawnCountryRow& r) {
            return WithdrawnCountry{r.alpha2, r.alpha3, r.alpha4, r.name, r.withdrawal_date};
        });
    return table;
}

const std::vector<Subdivision>& subdivision_table() {
    static const auto table = convert_all<detail::SubdivisionRow, Subdivision>(
        detail::subdivision_rows, detail::subdivision_row_count, [](const detail::SubdivisionRow& r) {
            return Subdivision{r.code, r.name, r.type, r.parent, r.korean_name};
        });
    return table;
}

const std::vector<Currency>& currency_table() {
    static const auto table = convert_all<detail::CurrencyRow, Currency>(
        detail::currency_rows, detail::currency_row_count, [](const detail::CurrencyRow& r) {
            return Currency{r.alpha3, r.numeric, r.name};
        });
    return table;
}

const std::vector<WorldRegion>& region_table() {
    static const auto table = convert_all<detail::RegionRow, WorldRegion>(
        detail::region_rows, detail::region_row_count, [](const detail::RegionRow& r) {
            return WorldRegion{r.m49, r.name, r.parent};
        });
    return table;
}

template <class Table, class Key, class Project>
auto find_sorted(const Table& table, Key key, Project project) noexcept -> decltype(&table.front()) {
    const auto it = std::lower_bound(table.begin(), table.end(), key,
                                     [&](const auto& row, const Key& k) { return project(row) < k; });
    if (it == table.end() || project(*it) != key) return nullptr;
    return &*it;
}

}  // namespace

std::span<const Country> countries() noexcept { return country_table(); }
std::span<const WithdrawnCountry> withdrawn_countries() noexcept { return withdrawn_table(); }

const Country* find_country(CountryCode code) noexcept {
    const auto alpha2 = [](const Country& c) { return c.alpha2; };
    if (const Country* c = find_sorted(country_table(), code.view(), alpha2)) return c;
    return find_sorted(user_assigned_table(), code.view(), alpha2);
}

const Country* find_country_by_alpha3(std::string_view alpha3) noexcept {
    for (const Country& c : country_table())
        if (c.alpha3 == alpha3) return &c;
    return nullptr;
}

const WithdrawnCountry* find_withdrawn_country(CountryCode code) noexcept {
    return find_sorted(withdrawn_table(), code.view(), [](const WithdrawnCountry& c) { return c.alpha2; });
}

CodeStatus country_status(CountryCode code) noexcept {
    if (find_country(code)) return CodeStatus::current;
    if (find_withdrawn_country(code)) return CodeStatus::withdrawn;
    return CodeStatus::unknown;
}

std::string_view iso_codes_source() noexcept { return detail::iso_codes_source; }

std::span<const Subdivision> subdivisions() noexcept { return subdivision_table(); }

std::span<const Subdivision> subdivisions_of(CountryCode country) noexcept {
    const auto& table = subdivision_table();
    const std::string_view prefix = country.view();
    const auto first =
        std::lower_bound(table.begin(), table.end(), prefix,
                         [](const Subdivision& s, std::string_view p) { return s.code.substr(0, 2) < p; });
    auto last = first;
    while (last != table.end() && last->code.substr(0, 2) == prefix) ++last;
    return {first, last};
}

const Subdivision* find_subdivision(SubdivisionCode code) noexcept {
    return find_sorted(subdivision_table(), code.view(), [](const Subdivision& s) { return s.code; });
}

CodeStatus subdivision_status(SubdivisionCode code) noexcept {
    if (find_subdivision(code)) return CodeStatus::current;
    return former_subdivision(code) ? CodeStatus::withdrawn : CodeStatus::unknown;
}

std::span<const Currency> currencies() noexcept { return currency_table(); }

const Currency* find_currency(CurrencyCode code) noexcept {
    return find_sorted(currency_table(), code.view(), [](const Currency& c) { return c.alpha3; });
}

CodeStatus currency_status(CurrencyCode code) noexcept {
    return find_currency(code) ? CodeStatus::current : CodeStatus::unknown;
}

std::span<const WorldRegion> world_regions() noexcept { return region_table(); }

const WorldRegion* find_world_region(std::uint16_t m49) noexcept {
    return find_sorted(region_table(), m49, [](const WorldRegion& r) { return r.m49; });
}

const WorldRegion* world_region_of(CountryCode country) noexcept {
    const Country* c = find_country(country);
    return c && c->m49_subregion ? find_world_region(c->m49_subregion) : nullptr;
}

}  // namespace paradiplomacy::reference
