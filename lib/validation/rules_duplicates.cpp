// SPDX-License-Identifier: Apache-2.0
// Rules on records entered twice.

#include "rule_run.hpp"

#include <array>
#include <map>
#include <string>
#include <tuple>

namespace paradiplomacy::detail {
namespace {

/// Lower-case ASCII letters, runs of spaces folded to one, ends trimmed: "Hebei  Province"
/// and "hebei province" are the same name.
std::string fold(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void duplicate_agreement(const RuleRun& run) {
    using Key = std::tuple<std::uint32_t, std::int64_t, int, PartialDate>;
    std::map<Key, std::uint32_t> first;
    for (const Agreement& a : run.portfolio.agreements()) {
        if (!a.signed_on) continue;
        const Key key{a.partner.index(), a.signatory ? static_cast<std::int64_t>(a.signatory->index()) : -1,
                      static_cast<int>(a.kind), *a.signed_on};
        const auto [it, inserted] = first.emplace(key, a.id.index());
        if (inserted) continue;
        const Agreement& other = run.portfolio.agreements()[it->second];
        run.report(run.ref(a), "signed_on",
                   "same partner, signatory, kind (" + std::string(to_string(a.kind)) + ") and signing date (" +
                       a.signed_on->to_string() + ") as " + run.name("agreement", other.key, other.id.index()) +
                       ": the same event seems to be entered twice; merge the two records");
    }
}

void duplicate_partner(const RuleRun& run) {
    using Key = std::tuple<int, CountryCode, std::string, std::string>;
    std::map<Key, std::uint32_t> first;
    for (const Partner& p : run.portfolio.partners()) {
        const std::string name = fold(run.key(p.name_en));
        if (name.empty()) continue;
        const Key key{static_cast<int>(p.level), p.country, p.region ? p.region->str() : std::string(), name};
        const auto [it, inserted] = first.emplace(key, p.id.index());
        if (inserted) continue;
        const Partner& other = run.portfolio.partners()[it->second];
        run.report(run.ref(p), "name_en",
                   "same level, country, region and English name (\"" + std::string(run.key(p.name_en)) + "\") as " +
                       run.name("partner", other.key, other.id.index()) +
                       ": one partner seems to be entered twice; merge them and point their agreements at one");
    }
}

constexpr std::array entries{
    RuleEntry{{"dup.agreement", Severity::warning, EntityKind::agreement,
               "No two agreements share partner, signatory, kind and signing date."},
              duplicate_agreement},
    RuleEntry{{"dup.partner", Severity::warning, EntityKind::partner,
               "No two partners share level, country, region and English name."},
              duplicate_partner},
};

}  // namespace

std::span<const RuleEntry> duplicate_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
