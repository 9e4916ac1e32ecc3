// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/linguist_coverage.hpp>
#include <paradiplomacy/query/partner_languages.hpp>
#include <paradiplomacy/query/ties_in_force.hpp>
#include <paradiplomacy/reference/official_languages.hpp>
#include <paradiplomacy/values/language_tag.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace paradiplomacy {
namespace {

std::string folded(std::string_view tag) {
    std::string out(tag);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The home government's languages: its country's official ones.
std::vector<std::string_view> home_languages(const Portfolio& portfolio) {
    return reference::official_languages(portfolio.home().code.country());
}

bool is_home_language(const std::vector<std::string_view>& home, std::string_view tag) {
    return std::any_of(home.begin(), home.end(), [&](std::string_view h) { return language_serves(h, tag); });
}

/// A partner language and what is known of the need for it.
struct Need {
    std::string tag;  ///< As first met.
    std::set<PartnerId> partners;
    Truth needed = Truth::no;  ///< yes: some partner certainly needs it.
};

/// The partners' languages, keyed by folded tag; partners with `need` yes or unknown.
void add_partner(const Portfolio& portfolio, const std::vector<std::string_view>& home, PartnerId partner, Truth need,
                 std::map<std::string, Need>& out) {
    for (const std::string& tag : partner_languages(portfolio, partner).tags) {
        if (is_home_language(home, tag)) continue;
        Need& n = out[folded(tag)];
        if (n.tag.empty()) n.tag = tag;
        n.partners.insert(partner);
        n.needed = n.needed || need;
    }
}

/// Is the language served on `on` by some record of the wanted kind?
Truth served(const Portfolio& portfolio, std::string_view tag, Day on, const std::optional<LinguistKind>& kind) {
    Truth out = Truth::no;
    for (const Linguist& l : portfolio.records<Linguist>()) {
        if (kind && !linguist_does(l.kind, *kind)) continue;
        if (people(l) == 0) continue;
        const bool serves = std::any_of(l.languages.begin(), l.languages.end(),
                                        [&](TextId offered) { return language_serves(portfolio.text(offered), tag); });
        if (!serves) continue;
        out = out || linguist_available(l, on);
        if (out == Truth::yes) break;
    }
    return out;
}

}  // namespace

Truth linguist_available(const Linguist& linguist, Day on) noexcept {
    const Truth started = linguist.available_from ? linguist.available_from->on_or_before(on) : Truth::yes;
    const Truth not_ended = linguist.available_until ? linguist.available_until->on_or_after(on) : Truth::yes;
    return started && not_ended;
}

LanguageGaps languages_without_linguist(const Portfolio& portfolio, Day on, const LanguageNeed& need) {
    const auto home = home_languages(portfolio);
    std::map<std::string, Need> needs;
    if (need.all_partners) {
        for (const Partner& p : portfolio.partners()) add_partner(portfolio, home, p.id, Truth::yes, needs);
    } else {
        const InForce in_force = ties_in_force(portfolio, on, need.ties);
        for (const TieStatus& t : in_force.certain) add_partner(portfolio, home, t.tie.partner, Truth::yes, needs);
        for (const TieStatus& t : in_force.possible) add_partner(portfolio, home, t.tie.partner, Truth::unknown, needs);
    }
    LanguageGaps gaps;
    for (auto& [key, n] : needs) {
        const Truth gap = n.needed && !served(portfolio, n.tag, on, need.kind);
        if (gap == Truth::no) continue;
        LanguageGap g{n.tag, std::vector<PartnerId>(n.partners.begin(), n.partners.end())};
        (gap == Truth::yes ? gaps.certain : gaps.possible).push_back(std::move(g));
    }
    return gaps;
}

std::vector<LanguageStaffing> linguists_by_language(const Portfolio& portfolio, Day on) {
    const auto home = home_languages(portfolio);
    std::map<std::string, Need> needs;
    for (const Partner& p : portfolio.partners()) add_partner(portfolio, home, p.id, Truth::yes, needs);
    std::map<std::string, LanguageStaffing> rows;
    for (const auto& entry : needs) {  // not a structured binding: a lambda below captures it
        const Need& n = entry.second;
        LanguageStaffing& row = rows[entry.first];
        row.language = n.tag;
        row.partners = n.partners.size();
        for (const ExchangeProgram& program : portfolio.programs())
            if (std::any_of(program.partners.begin(), program.partners.end(),
                            [&](PartnerId id) { return n.partners.contains(id); }))
                ++row.programs;
    }
    // Pool tags that serve no partner language get rows of their own.
    for (const Linguist& l : portfolio.records<Linguist>())
        for (const TextId offered : l.languages) {
            const std::string_view tag = portfolio.text(offered);
            if (is_home_language(home, tag) || !well_formed_language_tag(tag)) continue;
            const bool serves_a_partner = std::any_of(
                needs.begin(), needs.end(), [&](const auto& entry) { return language_serves(tag, entry.second.tag); });
            if (serves_a_partner) continue;
            LanguageStaffing& row = rows[folded(tag)];
            if (row.language.empty()) row.language = std::string(tag);
        }
    for (auto& entry : rows) {
        LanguageStaffing& row = entry.second;  // not a structured binding: a lambda below captures it
        for (const Linguist& l : portfolio.records<Linguist>()) {
            const bool serves = std::any_of(l.languages.begin(), l.languages.end(), [&](TextId offered) {
                return language_serves(portfolio.text(offered), row.language);
            });
            if (!serves) continue;
            const Truth available = linguist_available(l, on);
            if (available == Truth::no) continue;
            const std::uint64_t n = people(l);
            const bool certain = available == Truth::yes;
            if (linguist_does(l.kind, LinguistKind::interpreter))
                (certain ? row.interpreters : row.interpreters_possible) += n;
            if (linguist_does(l.kind, LinguistKind::translator))
                (certain ? row.translators : row.translators_possible) += n;
        }
    }
    std::vector<LanguageStaffing> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) out.push_back(std::move(row));
    return out;
}

}  // namespace paradiplomacy
