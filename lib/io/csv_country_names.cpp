// SPDX-License-Identifier: Apache-2.0
#include "csv_country_name_table.hpp"

#include <paradiplomacy/io/csv_country_names.hpp>
#include <paradiplomacy/reference/countries.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace paradiplomacy {
namespace {

/// The diacritic-free form of a letter (é -> e), or the letter itself.
char32_t without_accent(char32_t letter) {
    const auto* begin = detail::accent_folds;
    const auto* end = begin + detail::accent_fold_count;
    const auto* it =
        std::lower_bound(begin, end, letter, [](const detail::AccentFold& f, char32_t c) { return f.letter < c; });
    return it != end && it->letter == letter ? it->base : letter;
}

constexpr bool is_diacritic(char32_t c) { return c >= 0x0300 && c <= 0x036F; }

/// Decodes one UTF-8 sequence at `text[i]` (already validated by the readers; a stray
/// byte is taken as itself) and advances `i`.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const std::size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > text.size()) {
        ++i;
        return lead;
    }
    char32_t c = lead & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return lead;
        }
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    i += len;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

/// Trimmed, inner runs of white space made one space, diacritics dropped (from letters
/// and as combining marks), ASCII letters lower-cased: "  São  TOMÉ" -> "sao tome".
std::string fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            if (lead == ' ' || lead == '\t' || lead == '\r' || lead == '\n') {
                space = !out.empty();
                continue;
            }
            if (space) out.push_back(' ');
            space = false;
            out.push_back(lead >= 'A' && lead <= 'Z' ? static_cast<char>(lead - 'A' + 'a') : static_cast<char>(lead));
            continue;
        }
        const std::size_t at = i;
        const char32_t c = next_code_point(text, i);
        if (is_diacritic(c)) continue;
        if (space) out.push_back(' ');
        space = false;
        const char32_t base = without_accent(c);
        if (base == c)
            out.append(text.substr(at, i - at));
        else
            append_utf8(out, base >= 'A' && base <= 'Z' ? base - 'A' + 'a' : base);
    }
    return out;
}

/// ISO 3166-1 leaves AA, QM-QZ, XA-XZ and ZZ to users; Kosovo's XK is one.
bool is_user_assigned(std::string_view code) {
    return code == "AA" || code == "ZZ" || (code[0] == 'Q' && code[1] >= 'M') || code[0] == 'X';
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
            auto source = e.origin == "variant" ? CountryNameSource::variant : CountryNameSource::korean;
            // CLDR lists regions too ("001" world is skipped by the generator); keep
            // only codes that are current countries, and the variant table's user-assigned ones
            // (named so even where the reference knows the code, as it knows Kosovo's XK).
            if (source == CountryNameSource::variant && is_user_assigned(e.alpha2))
                source = CountryNameSource::user_assigned;
            else if (reference::find_country(CountryCode(e.alpha2)) == nullptr)
                continue;
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

const std::unordered_set<std::string>& historical_names() {
    static const auto table = [] {
        std::unordered_set<std::string> set;
        for (std::size_t i = 0; i < detail::historical_country_name_count; ++i)
            set.insert(fold(detail::historical_country_names[i]));
        return set;
    }();
    return table;
}

}  // namespace

bool is_historical_country_name(std::string_view name) { return historical_names().contains(fold(name)); }

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
