// SPDX-License-Identifier: Apache-2.0
// Look-up in the former-subdivision table; the table itself (former_subdivisions()) is
// generated into the build tree by tools/generate_former_subdivisions.py.

#include <paradiplomacy/reference/former_subdivisions.hpp>

#include <algorithm>

namespace paradiplomacy::reference {

const FormerSubdivision* former_subdivision(SubdivisionCode code) noexcept {
    const auto table = former_subdivisions();
    const auto it = std::lower_bound(table.begin(), table.end(), code.view(),
                                     [](const FormerSubdivision& f, std::string_view c) { return f.code < c; });
    return it != table.end() && it->code == code.view() ? &*it : nullptr;
}

std::string to_string(const FormerSubdivision& former) {
    std::string out(former.code);
    if (former.successors.empty()) return out + ", no successor in force recorded";
    out += ", now ";
    for (std::size_t i = 0; i < former.successors.size(); ++i) {
        if (i > 0) out += ", ";
        out += former.successors[i];
    }
    return out;
}

}  // namespace paradiplomacy::reference
