// SPDX-License-Identifier: Apache-2.0
#pragma once
// The organisations named on an ODA engagement as Python values: the model keeps their
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

/// Participant with its text: Python's `Participant`.
struct ParticipantValue {
    OrganisationValue organisation;
    OrganisationRole role = OrganisationRole::implementing;
    std::string activity_id;
    friend bool operator==(const ParticipantValue&, const ParticipantValue&) = default;
};

inline OrganisationValue value_of(const Portfolio& p, const OrganisationRef& o) {
    return OrganisationValue{std::string(p.text(o.ref)), std::string(p.text(o.name)), o.type};
}
inline ParticipantValue value_of(const Portfolio& p, const Participant& x) {
    return ParticipantValue{value_of(p, x.organisation), x.role, std::string(p.text(x.activity_id))};
}
inline OrganisationRef intern_in(Portfolio& p, const OrganisationValue& o) {
    return OrganisationRef{p.intern(o.ref), p.intern(o.name), o.type};
}
inline Participant intern_in(Portfolio& p, const ParticipantValue& x) {
    return Participant{intern_in(p, x.organisation), x.role, p.intern(x.activity_id)};
}

}  // namespace paradiplomacy::python
