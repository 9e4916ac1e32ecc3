// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/io/csv_country_names.hpp>

#include <paradiplomacy/reference/countries.hpp>

#include "csv_country_name_table.hpp"

#include <string>
#include <unordered_map>

namespace paradiplomacy {
namespace {

/// Trimmed, inner runs of white space made one space, ASCII letters lower-cased.
std::string fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

struct Entry {
    std::string_view alpha2;
    CountryNameSource source;
};

/// Folded name -> country. Built once (thread-safe static); an earlier source wins.
const std::unordered_map<std::string, Entry>& names() {
    static const auto table = [] {
        std::unordered_map<std::string, Entry> map;
        for (const auto& c : reference::countries())
            for (const std::string_view n : {c.name, c.official_name, c.common_name})
                if (!n.empty()) map.emplace(fold(n), Entry{c.alpha2, CountryNameSource::iso_codes});
        for (std::size_t i = 0; i < detail::country_name_entry_count; ++i) {
            const auto& e = detail::country_name_entries[i];
            const auto source = e.origin == "variant" ? CountryNameSource::variant : CountryNameSource::korean;
            // CLDR lists regions too ("001" world is skipped by the generator); keep
            // only codes that are current countries.
            if (reference::find_country(CountryCode(e.alpha2)) == nullptr) continue;
            map.emplace(fold(e.name), Entry{e.alpha2, source});
        }
        for (const auto& w : reference::withdrawn_countries())
            if (!w.name.empty()) map.emplace(fold(w.name), Entry{w.alpha2, CountryNameSource::withdrawn});
        return map;
    }();
    return table;
}

std::optional<CountryNameMatch> whole(std::string_view name) {
    const std::string folded = fold(name);
    // A current alpha-2 code, written in upper case ("KR").
    const auto first = name.find_first_not_of(" \t");
    const auto last = name.find_last_not_of(" \t");
    if (first != std::string_view::npos) {
        const std::string_view trimmed = name.substr(first, last - first + 1);
        if (CountryCode::is_well_formed(trimmed) && reference::find_country(CountryCode(trimmed)) != nullptr)
            return CountryNameMatch{CountryCode(trimmed), CountryNameSource::code, false};
    }
    const auto& map = names();
    if (const auto it = map.find(folded); it != map.end())
        return CountryNameMatch{CountryCode(it->second.alpha2), it->second.source, false};
    return std::nullopt;
}

}  // namespace

std::optional<CountryNameMatch> country_from_name(std::string_view name) {
    if (auto match = whole(name)) return match;
    const auto comma = name.rfind(',');
    if (comma == std::string_view::npos) return std::nullopt;
    for (const std::string_view part : {name.substr(0, comma), name.substr(comma + 1)}) {
        if (auto match = whole(part)) {
            match->from_part = true;
            return match;
        }
    }
    return std::nullopt;
}

}  // namespace paradiplomacy
