// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Every finding of one validation run, with counts and filters.

#include <paradiplomacy/validation/finding.hpp>
#include <paradiplomacy/validation/sink.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy {

class [[nodiscard]] ValidationReport {
public:
    ValidationReport() = default;
    explicit ValidationReport(std::vector<Finding> findings) : findings_(std::move(findings)) {}

    [[nodiscard]] std::span<const Finding> findings() const noexcept { return findings_; }
    [[nodiscard]] std::size_t size() const noexcept { return findings_.size(); }
    [[nodiscard]] bool empty() const noexcept { return findings_.empty(); }
    /// No finding of error severity (warnings and infos allowed).
    [[nodiscard]] bool ok() const noexcept { return count(Severity::error) == 0; }
    [[nodiscard]] std::size_t count(Severity severity) const noexcept {
        return static_cast<std::size_t>(std::count_if(findings_.begin(), findings_.end(),
                                                      [&](const Finding& f) { return f.severity == severity; }));
    }
    /// The findings of one rule.
    [[nodiscard]] std::vector<Finding> by_rule(std::string_view rule) const {
        return filter([&](const Finding& f) { return f.rule == rule; });
    }
    /// The findings about one record.
    [[nodiscard]] std::vector<Finding> about(EntityKind kind, std::uint32_t index) const {
        return filter([&](const Finding& f) { return f.entity.kind == kind && f.entity.index == index; });
    }
    /// The findings of one severity.
    [[nodiscard]] std::vector<Finding> with_severity(Severity severity) const {
        return filter([&](const Finding& f) { return f.severity == severity; });
    }

    friend bool operator==(const ValidationReport&, const ValidationReport&) = default;

private:
    template <class Pred>
    std::vector<Finding> filter(Pred pred) const {
        std::vector<Finding> out;
        std::copy_if(findings_.begin(), findings_.end(), std::back_inserter(out), pred);
        return out;
    }
    std::vector<Finding> findings_;
};

/// A sink that keeps every finding, for building a report.
class CollectingSink final : public FindingSink {
public:
    void report(Finding finding) override { findings_.push_back(std::move(finding)); }
    [[nodiscard]] ValidationReport take() { return ValidationReport(std::move(findings_)); }

private:
    std::vector<Finding> findings_;
};

}  // namespace paradiplomacy
