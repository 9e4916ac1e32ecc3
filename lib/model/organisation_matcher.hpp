// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The organisation record for an organisation as a publisher names it (IATI
/// participating-org: an identifier, a name, a type), found or made once per import:
/// by its identifier when it has one, else by its exact name, else a new record keyed
/// after the identifier (or the name). Two hash maps built once make each look-up O(1),
/// so that importing a corpus stays linear. The IATI import, the version-1 upgrade of a
/// portfolio's participants and implementers, and old CSV sheets all match this way, so
/// that one organisation is one record whichever way it came.

#include "io/suffixed_keys.hpp"

#include <paradiplomacy/model/portfolio.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace paradiplomacy::detail {

/// An organisation as a publisher names it.
struct NamedOrganisation {
    std::string_view ref;    ///< IATI organisation identifier; empty when none was given.
    std::string_view name;   ///< The name as published; empty when none was given.
    std::uint16_t type = 0;  ///< IATI OrganisationType code; 0 unknown.
};

/// How the record was found.
enum class OrganisationMatch : std::uint8_t {
    by_ref,   ///< A record with the identifier.
    by_name,  ///< No identifier given, and a record with the exact name.
    added,    ///< A new record.
};

struct MatchedOrganisation {
    OrganisationId id;
    OrganisationMatch how;
    /// Found by identifier, and the record's name is not the one given (which is then
    /// not kept): the caller says so.
    bool other_name = false;
};

/// The OrganisationKind an IATI OrganisationType code stands for (10 government, 21
/// international NGO, ...); `other` for 0 and for codes with no kind of their own.
[[nodiscard]] OrganisationKind organisation_kind_of_iati_type(std::uint16_t type) noexcept;

/// A record id made from `text` (an IATI identifier or a name): the text with its ends
/// trimmed, line breaks and tabs made spaces and ';' made ','; "organisation" when
/// nothing is left.
[[nodiscard]] std::string organisation_key_from(std::string_view text);

class OrganisationMatcher {
    /// Looks text up without making a string of it.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };
    using ByText = std::unordered_map<std::string, OrganisationId, TextHash, std::equal_to<>>;

public:
    /// Indexes the portfolio's organisation records by IATI identifier and by English and
    /// local name (the first record of each wins).
    explicit OrganisationMatcher(const Portfolio& portfolio);

    /// The record for `org`. With an identifier, the record that has it, else a new one
    /// (a record of the same name but another or no identifier is another organisation as
    /// far as the publisher said). Without one, the first record of that exact name, else a
    /// new one; an organisation with neither is always a new record. A new record takes
    /// the name as its English name (as its local name when it has no Latin letter), the
    /// IATI identifier, the type and its kind from the type, `source` as its
    /// source, and a key made from the identifier or name, suffixed "-2", "-3", ... when
    /// taken.
    MatchedOrganisation find_or_add(Portfolio& portfolio, const NamedOrganisation& org, TextId source);

private:
    ByText by_ref_;
    ByText by_name_;
    SuffixedKeys keys_;
};

}  // namespace paradiplomacy::detail
