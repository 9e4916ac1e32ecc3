// SPDX-License-Identifier: Apache-2.0
// The validation driver: the catalogue assembled from each area's rules, the run over
// a portfolio, the report and the strict variant.

#include "rule_run.hpp"

#include <paradiplomacy/validation/validate.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <vector>

namespace paradiplomacy {
namespace {

const std::vector<detail::RuleEntry>& entries() {
    static const std::vector<detail::RuleEntry> all = [] {
        std::vector<detail::RuleEntry> out;
        for (const auto area :
             {detail::code_rules(), detail::date_rules(), detail::reference_rules(), detail::duplicate_rules(),
              detail::state_rules(), detail::oda_rules(), detail::record_rules(), detail::language_rules(),
              detail::designation_rules(), detail::iati_rules(), detail::office_rules(),
              detail::language_service_rules(), detail::money_rules(), detail::result_rules()})
            out.insert(out.end(), area.begin(), area.end());
        return out;
    }();
    return all;
}

const std::vector<RuleInfo>& infos() {
    static const std::vector<RuleInfo> all = [] {
        std::vector<RuleInfo> out;
        for (const auto& e : entries()) out.push_back(e.info);
        return out;
    }();
    return all;
}

/// Keeps warnings and infos; throws at the first error.
class StrictSink final : public FindingSink {
public:
    void report(Finding finding) override {
        if (finding.severity == Severity::error) throw ValidationError("validation failed: " + to_string(finding));
        findings_.push_back(std::move(finding));
    }
    [[nodiscard]] ValidationReport take() { return ValidationReport(std::move(findings_)); }

private:
    std::vector<Finding> findings_;
};

}  // namespace

std::string to_string(const Finding& f) {
    std::string entity = std::string(to_string(f.entity.kind));
    if (f.entity.kind != EntityKind::home) entity += " #" + std::to_string(f.entity.index);
    if (!f.entity.key.empty()) entity += " \"" + f.entity.key + "\"";
    std::string out = std::string(to_string(f.severity)) + " " + f.rule + ": " + entity;
    if (!f.field.empty()) out += ", field " + f.field;
    return out + ": " + f.message;
}

std::span<const RuleInfo> rules() noexcept { return infos(); }

const RuleInfo* find_rule(std::string_view id) noexcept {
    for (const RuleInfo& r : infos())
        if (r.id == id) return &r;
    return nullptr;
}

void validate(const Portfolio& portfolio, FindingSink& sink, const ValidationOptions& options) {
    for (const std::string& id : options.disabled_rules)
        if (!find_rule(id))
            throw InvalidValue("validation options: disabled rule \"" + id +
                               "\" is not in the rule catalogue (see docs/validation-rules.md)");
    const Day today = options.today ? *options.today : boost::gregorian::day_clock::local_day();
    for (const detail::RuleEntry& e : entries())
        if (options.enabled(e.info.id))
            e.check(detail::RuleRun{portfolio, today, e.info, sink, options.iati_codelists});
}

ValidationReport validate(const Portfolio& portfolio, const ValidationOptions& options) {
    CollectingSink sink;
    validate(portfolio, sink, options);
    return sink.take();
}

ValidationReport validate_strict(const Portfolio& portfolio, const ValidationOptions& options) {
    StrictSink sink;
    validate(portfolio, sink, options);
    return sink.take();
}

}  // namespace paradiplomacy
