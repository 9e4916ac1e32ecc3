// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// What validate() checks and against which "today".

#include <paradiplomacy/values/partial_date.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {

namespace iati {
class Codelists;
}

struct ValidationOptions {
    /// The day rules about the future compare with ("signed after today");
    /// nullopt: the current local date when validate() runs. Set it for repeatable runs.
    std::optional<Day> today;
    /// Rule ids not to run. An id that is not in the catalogue is refused by validate()
    /// (InvalidValue), so that a misspelt id cannot silently disable nothing.
    std::vector<std::string> disabled_rules;
    /// IATI codelists to check codes against (sectors, countries, regions, currencies,
    /// statuses, transaction types, organisation roles and types); see
    /// iati/codelists.hpp. Null: codes are checked for form only, and when the portfolio
    /// holds IATI data the info finding iati.codelists.absent says so. Not owned: it must
    /// outlive the validate() call.
    const iati::Codelists* iati_codelists = nullptr;

    [[nodiscard]] bool enabled(std::string_view rule) const {
        return std::find(disabled_rules.begin(), disabled_rules.end(), rule) == disabled_rules.end();
    }
};

}  // namespace paradiplomacy
