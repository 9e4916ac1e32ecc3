// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Checks a portfolio against every rule of the catalogue (rules.hpp). Problems across
/// records are data, not exceptions: validate() returns them all so that a person can
/// fix a whole file in one pass; validate_strict() stops at the first error.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/validation/finding.hpp>
#include <paradiplomacy/validation/options.hpp>
#include <paradiplomacy/validation/report.hpp>
#include <paradiplomacy/validation/rules.hpp>
#include <paradiplomacy/validation/sink.hpp>

namespace paradiplomacy {

/// Sends every finding to `sink`. Throws InvalidValue when options disable an unknown
/// rule id; exceptions thrown by the sink pass through.
void validate(const Portfolio& portfolio, FindingSink& sink, const ValidationOptions& options = {});

/// Every finding, in a report.
[[nodiscard]] ValidationReport validate(const Portfolio& portfolio, const ValidationOptions& options = {});

/// Throws ValidationError at the first finding of error severity, its message naming
/// the rule, the record and the field; returns the warnings and infos otherwise.
[[nodiscard]] ValidationReport validate_strict(const Portfolio& portfolio, const ValidationOptions& options = {});

}  // namespace paradiplomacy
