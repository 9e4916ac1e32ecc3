// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Internals shared by the rule implementations (lib/validation/rules_*.cpp): the
/// state one rule sees while it runs and the helpers that name records in findings.
/// Not part of the public API.

#include <paradiplomacy/iati/codelists.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/validation/finding.hpp>
#include <paradiplomacy/validation/rules.hpp>
#include <paradiplomacy/validation/sink.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace paradiplomacy::detail {

/// One rule's run over a portfolio: it reports findings under its own id and severity,
/// so a rule cannot report under another rule's name.
struct RuleRun {
    const Portfolio& portfolio;
    Day today;
    const RuleInfo& rule;
    FindingSink& sink;
    /// The IATI codelists of ValidationOptions, or null when none were given.
    const iati::Codelists* codelists = nullptr;

    void report(EntityRef entity, std::string field, std::string message) const {
        sink.report(
            Finding{std::string(rule.id), rule.severity, std::move(entity), std::move(field), std::move(message)});
    }

    [[nodiscard]] EntityRef ref(const Partner& r) const { return {EntityKind::partner, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const Agreement& r) const { return {EntityKind::agreement, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const ExchangeProgram& r) const {
        return {EntityKind::program, r.id.index(), key(r.key)};
    }
    [[nodiscard]] EntityRef ref(const OdaEngagement& r) const { return {EntityKind::oda, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const Organisation& r) const {
        return {EntityKind::organisation, r.id.index(), key(r.key)};
    }
    [[nodiscard]] EntityRef ref(const Designation& r) const {
        return {EntityKind::designation, r.id.index(), key(r.key)};
    }
    [[nodiscard]] EntityRef ref(const Office& r) const { return {EntityKind::office, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const StaffingFact& r) const {
        return {EntityKind::staffing_fact, r.id.index(), key(r.key)};
    }
    [[nodiscard]] EntityRef ref(const PolicyGoal& r) const {
        return {EntityKind::policy_goal, r.id.index(), key(r.key)};
    }
    [[nodiscard]] EntityRef ref(const PolicyTask& r) const {
        return {EntityKind::policy_task, r.id.index(), key(r.key)};
    }
    [[nodiscard]] EntityRef ref(const Linguist& r) const { return {EntityKind::linguist, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const Document& r) const { return {EntityKind::document, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const Envelope& r) const { return {EntityKind::envelope, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const MoneyLine& r) const { return {EntityKind::money_line, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const Result& r) const { return {EntityKind::result, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const Indicator& r) const { return {EntityKind::indicator, r.id.index(), key(r.key)}; }
    [[nodiscard]] EntityRef ref(const IndicatorPeriod& r) const {
        return {EntityKind::indicator_period, r.id.index(), key(r.key)};
    }
    [[nodiscard]] EntityRef home() const { return {EntityKind::home, 0, portfolio.home().code.str()}; }

    /// A record's key as text, or "" when the TextId is not in this portfolio.
    [[nodiscard]] std::string key(TextId id) const {
        return id.index() < portfolio.texts().size() ? std::string(portfolio.text(id)) : std::string();
    }
    /// "agreement \"gg-hebei\"" or "agreement #3" when it has no key: for messages.
    [[nodiscard]] std::string name(std::string_view kind, TextId key_id, std::uint32_t index) const {
        const std::string k = key(key_id);
        return std::string(kind) + (k.empty() ? " #" + std::to_string(index) : " \"" + k + "\"");
    }
};

using RuleCheck = void (*)(const RuleRun&);

/// A catalogue entry and the function that checks it, kept side by side so the
/// catalogue and the checks cannot drift apart.
struct RuleEntry {
    RuleInfo info;
    RuleCheck check;
};

/// Each area's rules, in the order they run (lib/validation/rules_<area>.cpp).
[[nodiscard]] std::span<const RuleEntry> code_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> date_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> reference_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> duplicate_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> state_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> oda_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> record_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> language_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> designation_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> iati_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> office_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> language_service_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> money_rules() noexcept;
[[nodiscard]] std::span<const RuleEntry> result_rules() noexcept;

/// Is `a` certainly before `b` (every day `a` can be is before every day `b` can be)?
[[nodiscard]] inline bool certainly_before(const PartialDate& a, const PartialDate& b) noexcept {
    return a.latest() < b.earliest();
}

}  // namespace paradiplomacy::detail
