// SPDX-License-Identifier: Apache-2.0
#pragma once
// The reporting organisation of an ODA engagement as a Python value: the model keeps their
// text interned in the portfolio (TextId), Python holds plain strings. Conversions both
// ways are here, used by records.cpp (reading) and portfolio.cpp (add_engagement).

#include <paradiplomacy/model/organisation.hpp>
#include <paradiplomacy/model/portfolio.hpp>

#include <cstdint>
#include <string>

namespace paradiplomacy::python {

/// OrganisationRef with its text: Python's `Organisation`.
struct OrganisationValue {
    std::string ref;
    std::string name;
    std::uint16_t type = 0;
    friend bool operator==(const OrganisationValue&, const OrganisationValue&) = default;
};

inline OrganisationValue value_of(const Portfolio& p, const OrganisationRef& o) {
    return OrganisationValue{std::string(p.text(o.ref)), std::string(p.text(o.name)), o.type};
}
inline OrganisationRef intern_in(Portfolio& p, const OrganisationValue& o) {
    return OrganisationRef{p.intern(o.ref), p.intern(o.name), o.type};
}

}  // namespace paradiplomacy::python
