// SPDX-License-Identifier: Apache-2.0
// Misuses of the strong IDs that must not compile. Built once with no case defined (the
// control, which must compile: it proves the includes and the rest of the file are fine)
// and once per PD_CASE_* macro, each of which must fail with the diagnostic named in
// tests/CMakeTests.cmake. Only id.hpp is included, to keep each compilation quick.
#include <paradiplomacy/values/id.hpp>

namespace pd = paradiplomacy;

namespace {
int takes_agreement(pd::AgreementId id) { return static_cast<int>(id.index()); }
}  // namespace

int main() {
    const pd::PartnerId partner(1);
    const pd::AgreementId agreement(1);
    int sum = takes_agreement(agreement) + static_cast<int>(partner == pd::PartnerId(1));

#if defined(PD_CASE_PARTNER_AS_AGREEMENT)
    sum += takes_agreement(partner);
#elif defined(PD_CASE_COMPARE_KINDS)
    sum += static_cast<int>(partner == agreement);
#elif defined(PD_CASE_IMPLICIT_FROM_INTEGER)
    const pd::PartnerId implicit = 3;
    sum += static_cast<int>(implicit.index());
#elif defined(PD_CASE_ASSIGN_INTEGER)
    pd::PartnerId assigned(0);
    assigned = 5;
    sum += static_cast<int>(assigned.index());
#elif defined(PD_CASE_INTEGER_FROM_ID)
    const unsigned raw = partner;
    sum += static_cast<int>(raw);
#endif
    return sum == -1 ? 1 : 0;
}
