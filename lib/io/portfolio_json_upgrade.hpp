// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// How a document of an older version of the portfolio format becomes one of the current
/// version, one step per version: upgrade_steps[0] takes version 1 to 2, [1] would take
/// 2 to 3, and so on. The reader streams, so a step does not see a document tree: it sees
/// each member of an older document as it comes, by the object it is in and its name, and
/// says what the member is in the next version (its name there), or why a document of its
/// version cannot hold it. Values keep their meaning across the steps so far; a version
/// that changes one will give the steps a hook for values.

#include "model/organisation_matcher.hpp"
#include "portfolio_json_members.hpp"

#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/model/designation.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace paradiplomacy::detail::json {

/// A member of an older document as the next version has it.
struct UpgradedMember {
    std::string_view name;  ///< Its name in the next version.
    std::string refusal;    ///< Not empty: why the older version cannot hold the member.
    /// Set: the member was a yes/no flag of a partner that the next version holds as a
    /// designation of this kind (model/designation.hpp). `true` becomes a designation of
    /// the partner with no start, `false` nothing.
    std::optional<DesignationKind> designation = {};
    /// The member was a version-1 engagement's `participants` or `implementers`, which the
    /// next version holds as organisation records and involvements (`organisations`): the
    /// reader reads it as version 1 wrote it (oda_version_1_members) and hands it to
    /// upgrade_organisations_1_to_2.
    bool organisations = false;
};

/// The bit of a shape in UpgradeStep::shapes.
[[nodiscard]] constexpr std::uint64_t shape_bit(Shape shape) noexcept {
    return std::uint64_t{1} << static_cast<unsigned>(shape);
}
static_assert(static_cast<std::size_t>(Shape::first_record) + RecordKinds::size <= 64,
              "UpgradeStep::shapes has a bit per shape");

/// One version step: member `name` of an object of shape `object` in a document of
/// version v, as version v + 1 has it. `shapes` names the objects whose members the step
/// may change, so that the reader asks it about those alone: an older document then loads
/// as fast as a current one.
struct UpgradeStep {
    std::uint64_t shapes;
    UpgradedMember (*member)(Shape object, std::string_view name);
};

/// Version 1 to 2: version 2 adds the tables of organisations, designations, offices,
/// staffing facts, policy goals and policy tasks, a partner's `priority` and
/// `strategic_oda` flags become designations, and an engagement's `participants` and
/// `implementers` become organisation records in its `organisations`; the rest is unchanged.
[[nodiscard]] UpgradedMember upgrade_1_to_2(Shape object, std::string_view name);

/// A version-1 engagement's participant (IATI participating-org) as the document gave it.
struct Version1Participant {
    std::string ref, name;
    std::uint16_t type = 0;
    OrganisationRole role = OrganisationRole::implementing;
    std::string activity_id;
};

/// The 1 -> 2 step's values for one engagement: each participant, then each implementer
/// (a name, in role implementing), becomes an involvement appended to `engagement`'s
/// organisations, of the organisation record `matcher` finds or adds (by identifier, else
/// by exact name: model/organisation_matcher.hpp), so that an organisation named on
/// several engagements, or as a participant and an implementer, is one record. An
/// implementer already there as implementing is not added twice. A new record's
/// provenance note names the engagement it came from. A record found by
/// identifier whose name differs keeps its name, and its provenance note records the
/// other one. New records take the engagement's source.
void upgrade_organisations_1_to_2(Portfolio& portfolio, detail::OrganisationMatcher& matcher, OdaEngagement& engagement,
                                  std::span<const Version1Participant> participants,
                                  std::span<const std::string> implementers);

/// The steps, upgrade_steps[v - 1] taking version v to v + 1.
inline constexpr std::array<UpgradeStep, portfolio_format_version - oldest_portfolio_format_version> upgrade_steps{
    {{shape_bit(Shape::root) | shape_bit(record_shape<Partner>) | shape_bit(record_shape<OdaEngagement>),
      &upgrade_1_to_2}}};

/// The shapes whose members the steps from `version` to the current version may change.
[[nodiscard]] constexpr std::uint64_t shapes_upgraded_from(int version) noexcept {
    std::uint64_t shapes = 0;
    for (int from = version; from < portfolio_format_version; ++from)
        shapes |= upgrade_steps[static_cast<std::size_t>(from - oldest_portfolio_format_version)].shapes;
    return shapes;
}

/// The version a schema id names, when this library reads it: 2 for
/// "paradiplomacy.portfolio/2". nullopt for another text or a version it does not read.
[[nodiscard]] std::optional<int> portfolio_schema_version(std::string_view schema);

/// Why a document with schema `schema` is refused: names the version found and the
/// versions this library reads.
[[nodiscard]] std::string unsupported_schema(std::string_view schema);

}  // namespace paradiplomacy::detail::json
