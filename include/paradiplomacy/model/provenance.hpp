// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Where a record came from and how sure it is. Every entity carries one, so a
/// dataset can say which figures are sourced and which are doubtful.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/values/id.hpp>

namespace paradiplomacy {

struct Provenance {
    TextId source{0};        ///< A URL or citation; empty when unknown.
    TextId note{0};          ///< Free remarks ("one article says 1994").
    bool uncertain = false;  ///< The source conflicts or the record is inferred.

    friend bool operator==(const Provenance&, const Provenance&) = default;
};

template <>
struct Description<Provenance> {
    static constexpr auto fields = std::tuple{
        field(&Provenance::source, {.name = "source", .doc = "URL or citation", .csv_aliases = "출처"}),
        field(&Provenance::note, {.name = "note", .doc = "free remarks", .csv_aliases = "notes|remark|remarks|비고"}),
        field(&Provenance::uncertain, {.name = "uncertain",
                                       .doc = "true when sources conflict or the record is inferred",
                                       .csv_aliases = "doubtful"}),
    };
};

}  // namespace paradiplomacy
