// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Where a record came from and how sure it is. Every entity carries one, so a
/// dataset can say which figures are sourced and which are doubtful.

#include <paradiplomacy/values/id.hpp>

namespace paradiplomacy {

struct Provenance {
    TextId source{0};        ///< A URL or citation; empty when unknown.
    TextId note{0};          ///< Free remarks ("one article says 1994").
    bool uncertain = false;  ///< The source conflicts or the record is inferred.

    friend bool operator==(const Provenance&, const Provenance&) = default;
};

}  // namespace paradiplomacy
