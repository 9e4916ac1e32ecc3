// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Where findings go while validate() runs. A caller can stream them (to a log, a UI,
/// a file) instead of collecting them; a sink may throw to stop the run early, as
/// validate_strict() does.

#include <paradiplomacy/validation/finding.hpp>

namespace paradiplomacy {

class FindingSink {
public:
    virtual ~FindingSink() = default;
    /// Receives each finding once, in catalogue order of rules, then table order of records.
    virtual void report(Finding finding) = 0;

protected:
    FindingSink() = default;
    FindingSink(const FindingSink&) = default;
    FindingSink& operator=(const FindingSink&) = default;
};

}  // namespace paradiplomacy
