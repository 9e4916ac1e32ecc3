// SPDX-License-Identifier: Apache-2.0
#include "csv_reader.hpp"
#include "suffixed_keys.hpp"
#include "text_util.hpp"

#include <paradiplomacy/io/csv_country_names.hpp>
#include <paradiplomacy/io/twin_towns.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace paradiplomacy {
namespace {

using detail::slug;
using detail::trim;

std::string lower(std::string_view s) { return detail::ascii_lower(trim(s)); }

constexpr std::size_t max_errors_shown = 20;
constexpr std::size_t max_header_cells_shown = 20;
constexpr std::uint64_t progress_step = std::uint64_t{256} << 10;
constexpr std::string_view delimiters = ",\t;|";

std::string_view delimiter_name(char d) {
    switch (d) {
        case '\t': return "tabs";
        case ';': return "semicolons";
        case '|': return "vertical bars";
        default: return "commas";
    }
}

/// The delimiter the header line (the text up to its first line break) holds most of,
/// counting outside quotes; ',' when it holds none.
char sniff_delimiter(std::string_view text) {
    std::size_t counts[delimiters.size()] = {};
    bool quoted = false;
    for (const char c : text.substr(0, text.find('\n'))) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (const auto at = delimiters.find(c); at != std::string_view::npos) ++counts[at];
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < delimiters.size(); ++i)
        if (counts[i] > counts[best]) best = i;
    return delimiters[best];
}

/// The fields of TwinTownColumns with their names, in reading order.
struct Field {
    std::string_view role;
    std::string TwinTownColumns::*column;
    bool optional;
};
constexpr Field fields[] = {
    {"city1", &TwinTownColumns::city1, false},        {"country1", &TwinTownColumns::country1, false},
    {"city2", &TwinTownColumns::city2, false},        {"country2", &TwinTownColumns::country2, false},
    {"city1_qid", &TwinTownColumns::city1_qid, true}, {"city2_qid", &TwinTownColumns::city2_qid, true},
};
constexpr std::size_t column_field_count = std::size(fields);
constexpr std::size_t absent = static_cast<std::size_t>(-1);

/// Where each field is in the header (absent for an unmapped optional one). Throws
/// FileError saying what the header holds and how to map it when a field is missing.
std::array<std::size_t, column_field_count> locate_columns(const std::string& file, const detail::CsvRecord& header,
                                                           TwinTownColumns& columns, bool mapped, char delimiter,
                                                           bool sniffed) {
    std::vector<std::string> cells;
    for (const auto& c : header.cells) cells.push_back(lower(c));
    std::array<std::size_t, column_field_count> at{};
    std::vector<std::string> missing;
    for (std::size_t f = 0; f < column_field_count; ++f) {
        std::string& name = columns.*fields[f].column;
        at[f] = absent;
        if (name.empty()) continue;
        const std::string key = lower(name);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (cells[i] != key) continue;
            if (at[f] != absent)
                throw FileError(detail::csv_where(file, header) + ": the header names the column " +
                                detail::quoted_excerpt(name) + " (" + std::string(fields[f].role) +
                                ") twice, in columns " + std::to_string(at[f] + 1) + " and " + std::to_string(i + 1));
            at[f] = i;
        }
        if (at[f] != absent) continue;
        if (fields[f].optional && !mapped) {
            name.clear();  // the default item columns are read only when present
            continue;
        }
        missing.push_back(mapped ? std::string(fields[f].role) + "=" + detail::quoted_excerpt(name)
                                 : std::string(fields[f].role));
    }
    if (missing.empty()) return at;

    std::string message = detail::csv_where(file, header) + ": the header lacks ";
    message += mapped ? "the mapped column" : "the column";
    message += missing.size() == 1 ? " " : "s ";
    for (std::size_t i = 0; i < missing.size(); ++i) message += (i == 0 ? "" : ", ") + missing[i];
    message += "; found " + std::to_string(header.cells.size()) + " column" + (header.cells.size() == 1 ? "" : "s");
    if (header.cells.size() > 1) message += " separated by " + std::string(delimiter_name(delimiter));
    message += sniffed ? " (sniffed)" : " (as given)";
    message += ":";
    const std::size_t shown = std::min(header.cells.size(), max_header_cells_shown);
    for (std::size_t i = 0; i < shown; ++i) message += (i == 0 ? " " : ", ") + detail::quoted_excerpt(header.cells[i]);
    if (shown < header.cells.size()) message += ", ... (" + std::to_string(header.cells.size() - shown) + " more)";
    message +=
        "; expected the columns city1, country1, city2, country2 (and optionally city1_qid, city2_qid for "
        "Wikidata items), or a column mapping that names the header cell of each, e.g. "
        "city1=<header cell>, country1=..., city2=..., country2=...";
    if (header.cells.size() == 1) message += ", and the delimiter if it is none of , ; tab |";
    throw FileError(message);
}

}  // namespace

std::optional<std::string> wikidata_item(std::string_view text) {
    text = trim(text);
    if (text.size() >= 2 && text.front() == '<' && text.back() == '>') text = text.substr(1, text.size() - 2);
    for (const std::string_view prefix : {"http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/",
                                          "http://www.wikidata.org/wiki/", "https://www.wikidata.org/wiki/"})
        if (text.starts_with(prefix)) {
            text.remove_prefix(prefix.size());
            break;
        }
    if (text.size() < 2 || text.size() > 12 || text[0] != 'Q' || text[1] == '0') return std::nullopt;
    for (const char c : text.substr(1))
        if (c < '0' || c > '9') return std::nullopt;
    return std::string(text);
}

std::optional<std::uint32_t> TwinTownList::find_city(std::string_view name, CountryCode country) const {
    const TwinCity probe{std::string(name), country, {}};
    const auto it = std::lower_bound(cities.begin(), cities.end(), probe);
    if (it == cities.end() || it->name != name || it->country != country) return std::nullopt;
    return static_cast<std::uint32_t>(it - cities.begin());
}

std::vector<std::uint32_t> TwinTownList::cities_named(std::string_view name, CountryCode country) const {
    std::vector<std::uint32_t> out;
    const auto first = find_city(name, country);
    if (!first) return out;
    for (auto i = *first; i < cities.size() && cities[i].name == name && cities[i].country == country; ++i)
        out.push_back(i);
    return out;
}

std::optional<std::uint32_t> TwinTownList::find_wikidata(std::string_view qid) const {
    if (qid.empty()) return std::nullopt;
    for (std::size_t i = 0; i < cities.size(); ++i)
        if (cities[i].wikidata == qid) return static_cast<std::uint32_t>(i);
    return std::nullopt;
}

std::vector<TwinPair> TwinTownList::pairs_of(std::uint32_t index) const {
    std::vector<TwinPair> out;
    for (const auto& p : pairs)
        if (p.first == index || p.second == index) out.push_back(p);
    return out;
}

TwinTownList read_twin_towns(const std::filesystem::path& path, const TwinTownReadOptions& options) {
    if (options.delimiter && delimiters.find(*options.delimiter) == std::string_view::npos)
        throw InvalidValue("twin towns: the delimiter must be a comma, a semicolon, a tab or a vertical bar, not " +
                           detail::quoted_excerpt(std::string_view(&*options.delimiter, 1)));
    if (options.columns) {
        for (std::size_t f = 0; f < column_field_count; ++f)
            for (std::size_t g = f + 1; g < column_field_count; ++g) {
                const std::string& a = (*options.columns).*fields[f].column;
                const std::string& b = (*options.columns).*fields[g].column;
                if (!a.empty() && lower(a) == lower(b))
                    throw InvalidValue("twin towns: the column mapping names " + detail::quoted_excerpt(a) +
                                       " for both " + std::string(fields[f].role) + " and " +
                                       std::string(fields[g].role));
            }
        for (std::size_t f = 0; f < column_field_count; ++f)
            if (!fields[f].optional && trim((*options.columns).*fields[f].column).empty())
                throw InvalidValue("twin towns: the column mapping names no column for " + std::string(fields[f].role));
    }

    const std::string name = path.string();
    const std::string text = detail::read_utf8_file(path, name);
    TwinTownList list;
    list.source = name;
    list.delimiter = options.delimiter ? *options.delimiter : sniff_delimiter(text);
    list.columns =
        options.columns ? *options.columns : TwinTownColumns{.city1_qid = "city1_qid", .city2_qid = "city2_qid"};
    const std::uint64_t total = text.size();

    std::map<TwinCity, std::uint32_t> ids;  // in order of first appearance
    std::vector<const TwinCity*> by_id;
    std::unordered_set<std::uint64_t> seen;
    std::map<std::string, UnmappedCountryName> unmapped;
    std::map<std::string, UnmappedCountryName> historical;
    std::vector<std::string> errors;
    std::array<std::size_t, column_field_count> at{};
    std::size_t header_cells = 0;
    bool header_seen = false;
    std::uint64_t next_progress = progress_step;

    const auto city_id = [&](TwinCity city) {
        const auto [it, fresh] = ids.emplace(std::move(city), static_cast<std::uint32_t>(ids.size()));
        if (fresh) by_id.push_back(&it->first);
        return it->second;
    };
    const auto note = [](std::map<std::string, UnmappedCountryName>& names, std::string_view raw, std::size_t line) {
        auto& u = names[std::string(raw)];
        if (u.count++ == 0) {
            u.name = std::string(raw);
            u.first_line = line;
        }
    };

    detail::parse_csv(
        text, name,
        [&](const detail::CsvRecord& record) {
            if (options.progress && record.end >= next_progress) {
                options.progress(record.end, total);
                next_progress = record.end + progress_step;
            }
            if (!header_seen) {
                header_seen = true;
                header_cells = record.cells.size();
                at = locate_columns(name, record, list.columns, options.columns.has_value(), list.delimiter,
                                    !options.delimiter);
                return;
            }
            ++list.counts.rows;
            if (record.cells.size() != header_cells) {
                errors.push_back(detail::csv_where(name, record) + ": has " + std::to_string(record.cells.size()) +
                                 " cells, expected " + std::to_string(header_cells) + " (as the header)");
                return;
            }
            const auto cell = [&](std::size_t f) { return trim(record.cells[at[f]]); };
            const auto where = [&](std::size_t f) {
                return detail::csv_where(name, record) + ", column " +
                       detail::quoted_excerpt(list.columns.*fields[f].column);
            };
            const std::string_view city1 = cell(0);
            const std::string_view city2 = cell(2);
            if (city1.empty() || city2.empty()) {
                errors.push_back(where(city1.empty() ? 0 : 2) + ": the city name is empty");
                return;
            }
            std::string qid[2];
            for (int side = 0; side < 2; ++side) {
                const std::size_t f = side == 0 ? 4 : 5;
                if (at[f] == absent || cell(f).empty()) continue;
                if (auto item = wikidata_item(cell(f))) {
                    qid[side] = std::move(*item);
                } else {
                    errors.push_back(where(f) + ": " + detail::quoted_excerpt(cell(f)) +
                                     " is not a Wikidata item (Q64, or http://www.wikidata.org/entity/Q64)");
                    return;
                }
            }
            std::optional<CountryCode> country[2];
            bool unknown = false;
            bool old = false;
            for (int side = 0; side < 2; ++side) {
                const std::string_view raw = cell(side == 0 ? 1 : 3);
                if (const auto match = country_from_name(raw)) {
                    country[side] = match->code;
                } else if (is_historical_country_name(raw)) {
                    old = true;
                    note(historical, raw, record.line);
                } else {
                    unknown = true;
                    note(unmapped, raw, record.line);
                }
            }
            if (unknown) {
                ++list.counts.rows_unmapped;
                return;
            }
            if (old) {
                ++list.counts.rows_historical;
                return;
            }
            TwinCity c1{std::string(city1), *country[0], std::move(qid[0])};
            TwinCity c2{std::string(city2), *country[1], std::move(qid[1])};
            if (c1 == c2) {
                ++list.counts.self_pairs;
                return;
            }
            std::uint32_t a = city_id(std::move(c1));
            std::uint32_t b = city_id(std::move(c2));
            if (b < a) std::swap(a, b);
            if (!seen.insert((std::uint64_t{a} << 32) | b).second) {
                ++list.counts.duplicates;
                return;
            }
            list.pairs.push_back(TwinPair{a, b, record.line});
        },
        list.delimiter);
    if (!header_seen)
        throw FileError(name + ": the file is empty (expected a header such as city1,country1,city2,country2)");
    if (!errors.empty()) {
        std::string message =
            name + ": " + std::to_string(errors.size()) + " malformed row" + (errors.size() == 1 ? "" : "s");
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
    const auto by_count = [](std::map<std::string, UnmappedCountryName>& names) {
        std::vector<UnmappedCountryName> out;
        for (auto& [key, u] : names) out.push_back(std::move(u));
        std::stable_sort(out.begin(), out.end(),
                         [](const UnmappedCountryName& x, const UnmappedCountryName& y) { return x.count > y.count; });
        return out;
    };
    list.unmapped = by_count(unmapped);
    list.historical = by_count(historical);
    if (options.progress) options.progress(total, total);
    return list;
}

Portfolio twin_town_portfolio(const TwinTownList& list, const TwinCity& home_city, SubdivisionCode home_region) {
    // Cities of one name and country are told apart by their Wikidata items.
    std::optional<std::uint32_t> home;
    for (const std::uint32_t i : list.cities_named(home_city.name, home_city.country))
        if (list.cities[i].wikidata == home_city.wikidata || home_city.wikidata.empty()) {
            home = i;
            break;
        }
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
    const TextId note = portfolio.intern(
        "from a public twin-town list: the tie's date is unknown and its kind "
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
