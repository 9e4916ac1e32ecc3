// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/io/twin_towns.hpp>

#include <paradiplomacy/io/csv_country_names.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>

#include "csv_reader.hpp"
#include "suffixed_keys.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace paradiplomacy {
namespace {

using detail::slug;
using detail::trim;

std::string lower(std::string_view s) { return detail::ascii_lower(trim(s)); }

constexpr std::size_t max_errors_shown = 20;

}  // namespace

std::optional<std::uint32_t> TwinTownList::find_city(std::string_view name, CountryCode country) const {
    const TwinCity probe{std::string(name), country};
    const auto it = std::lower_bound(cities.begin(), cities.end(), probe);
    if (it == cities.end() || *it != probe) return std::nullopt;
    return static_cast<std::uint32_t>(it - cities.begin());
}

std::vector<TwinPair> TwinTownList::pairs_of(std::uint32_t index) const {
    std::vector<TwinPair> out;
    for (const auto& p : pairs)
        if (p.first == index || p.second == index) out.push_back(p);
    return out;
}

TwinTownList read_twin_towns(const std::filesystem::path& path) {
    const std::string name = path.string();
    const std::string text = detail::read_utf8_file(path, name);
    TwinTownList list;
    list.source = name;

    std::map<TwinCity, std::uint32_t> ids;  // in order of first appearance
    std::vector<const TwinCity*> by_id;
    std::unordered_set<std::uint64_t> seen;
    std::map<std::string, UnmappedCountryName> unmapped;
    std::vector<std::string> errors;
    bool header_seen = false;

    const auto city_id = [&](std::string_view city, CountryCode country) {
        const auto [it, fresh] = ids.emplace(TwinCity{std::string(city), country}, static_cast<std::uint32_t>(ids.size()));
        if (fresh) by_id.push_back(&it->first);
        return it->second;
    };

    detail::parse_csv(text, name, [&](const detail::CsvRecord& record) {
        if (!header_seen) {
            header_seen = true;
            std::vector<std::string> header;
            for (const auto& c : record.cells) header.push_back(lower(c));
            if (header != std::vector<std::string>{"city1", "country1", "city2", "country2"})
                throw FileError(name + ", row " + std::to_string(record.row) +
                                ": expected the header city1,country1,city2,country2");
            return;
        }
        ++list.counts.rows;
        if (record.cells.size() != 4) {
            errors.push_back(detail::csv_where(name, record) + ": has " + std::to_string(record.cells.size()) +
                             " cells, expected 4 (city1, country1, city2, country2)");
            return;
        }
        const std::string_view city1 = trim(record.cells[0]);
        const std::string_view city2 = trim(record.cells[2]);
        if (city1.empty() || city2.empty()) {
            errors.push_back(detail::csv_where(name, record) + ", column \"" + (city1.empty() ? "city1" : "city2") +
                             "\": the city name is empty");
            return;
        }
        std::optional<CountryCode> country[2];
        bool all_mapped = true;
        for (int side = 0; side < 2; ++side) {
            const std::string_view raw = trim(record.cells[side == 0 ? 1 : 3]);
            if (const auto match = country_from_name(raw)) {
                country[side] = match->code;
                continue;
            }
            all_mapped = false;
            auto& u = unmapped[std::string(raw)];
            if (u.count++ == 0) {
                u.name = std::string(raw);
                u.first_line = record.line;
            }
        }
        if (!all_mapped) {
            ++list.counts.rows_unmapped;
            return;
        }
        if (city1 == city2 && *country[0] == *country[1]) {
            ++list.counts.self_pairs;
            return;
        }
        std::uint32_t a = city_id(city1, *country[0]);
        std::uint32_t b = city_id(city2, *country[1]);
        if (b < a) std::swap(a, b);
        if (!seen.insert((std::uint64_t{a} << 32) | b).second) {
            ++list.counts.duplicates;
            return;
        }
        list.pairs.push_back(TwinPair{a, b, record.line});
    });
    if (!header_seen) throw FileError(name + ": the file is empty (expected the header city1,country1,city2,country2)");
    if (!errors.empty()) {
        std::string message = name + ": " + std::to_string(errors.size()) + " malformed row" +
                              (errors.size() == 1 ? "" : "s");
        const std::size_t shown = std::min(errors.size(), max_errors_shown);
        if (shown < errors.size()) message += " (the first " + std::to_string(shown) + " shown)";
        message += ":";
        for (std::size_t i = 0; i < shown; ++i) message += "\n  " + errors[i];
        throw FileError(message);
    }

    // Cities sorted for look-up; pair indexes renumbered to match.
    std::vector<std::uint32_t> rank(by_id.size());
    list.cities.reserve(ids.size());
    for (const auto& [city, id] : ids) {
        rank[id] = static_cast<std::uint32_t>(list.cities.size());
        list.cities.push_back(city);
    }
    for (auto& p : list.pairs) {
        p.first = rank[p.first];
        p.second = rank[p.second];
        if (p.second < p.first) std::swap(p.first, p.second);
    }
    list.counts.pairs = list.pairs.size();
    for (auto& [key, u] : unmapped) list.unmapped.push_back(std::move(u));
    std::stable_sort(list.unmapped.begin(), list.unmapped.end(),
                     [](const UnmappedCountryName& x, const UnmappedCountryName& y) { return x.count > y.count; });
    return list;
}

Portfolio twin_town_portfolio(const TwinTownList& list, const TwinCity& home_city, SubdivisionCode home_region) {
    const auto home = list.find_city(home_city.name, home_city.country);
    if (!home)
        throw NotFound("twin towns: " + home_city.name + " (" + home_city.country.str() + ") is not a city of " +
                       list.source);
    if (home_region.country() != home_city.country)
        throw InvalidValue("twin towns: the home region " + home_region.str() + " is not in " +
                           home_city.country.str() + ", the country of " + home_city.name);
    if (reference::find_subdivision(home_region) == nullptr)
        throw InvalidValue("twin towns: " + home_region.str() + " is not an ISO 3166-2 code");

    Portfolio portfolio(home_region, home_city.name);
    const TextId source = portfolio.intern(list.source);
    const TextId note = portfolio.intern("from a public twin-town list: the tie's date is unknown and its kind "
                                         "(sister) is assumed, the list does not say");
    detail::SuffixedKeys partner_keys;
    for (const auto& pair : list.pairs_of(*home)) {
        const TwinCity& twin = list.cities[pair.first == *home ? pair.second : pair.first];
        Partner partner;
        partner.level = PartnerLevel::city;
        partner.country = twin.country;
        partner.name_en = portfolio.intern(twin.name);
        const std::string base = lower(twin.country.view()) + "-" + slug(twin.name);
        const std::string key =
            partner_keys.next_free(base, [&](const std::string& k) { return portfolio.find_partner(k).has_value(); });
        partner.key = portfolio.intern(key);
        partner.provenance.source = source;
        partner.provenance.note = portfolio.intern("line " + std::to_string(pair.line));
        const PartnerId id = portfolio.add(std::move(partner));

        Agreement tie;
        tie.key = portfolio.intern("sister-" + key);
        tie.partner = id;
        tie.kind = AgreementKind::sister;
        tie.provenance.source = source;
        tie.provenance.note = note;
        portfolio.add(std::move(tie));
    }
    return portfolio;
}

}  // namespace paradiplomacy
