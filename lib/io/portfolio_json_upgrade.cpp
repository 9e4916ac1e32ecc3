// SPDX-License-Identifier: Apache-2.0
#include "portfolio_json_upgrade.hpp"

#include <paradiplomacy/model/record_kinds.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <algorithm>
#include <charconv>
#include <string>
#include <type_traits>

namespace paradiplomacy::detail::json {

namespace {

/// Whether `name` is the root member of a table that version 1 did not have: every table
/// but those of municipalities, partners, agreements, programs and ODA engagements.
bool table_after_version_1(std::string_view name) {
    bool later = false;
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        constexpr bool in_version_1 = std::is_same_v<Record, Municipality> || std::is_same_v<Record, Partner> ||
                                      std::is_same_v<Record, Agreement> || std::is_same_v<Record, ExchangeProgram> ||
                                      std::is_same_v<Record, OdaEngagement>;
        if (!in_version_1 && name == Description<Record>::table.file) later = true;
    });
    return later;
}

}  // namespace

UpgradedMember upgrade_1_to_2(Shape object, std::string_view name) {
    if (object == Shape::root && table_after_version_1(name))
        return {name, "member " + detail::quoted_excerpt(name) +
                          " came in version 2 of the format, and this document is version 1 (make its schema " +
                          detail::quoted_excerpt(portfolio_schema_id) + " to give " + std::string(name) + ")"};
    if (object == record_shape<Partner>) {
        if (name == "priority") return {name, {}, DesignationKind::priority};
        if (name == "strategic_oda") return {name, {}, DesignationKind::strategic_oda};
    }
    if (object == record_shape<OdaEngagement> && (name == "participants" || name == "implementers"))
        return {name, {}, std::nullopt, true};
    return {name, {}};
}

void upgrade_organisations_1_to_2(Portfolio& portfolio, detail::OrganisationMatcher& matcher, OdaEngagement& engagement,
                                  std::span<const Version1Participant> participants,
                                  std::span<const std::string> implementers) {
    const TextId source = engagement.provenance.source;
    const std::string engagement_key(portfolio.text(engagement.key));
    const auto involve = [&](const detail::NamedOrganisation& named) {
        const detail::MatchedOrganisation m = matcher.find_or_add(portfolio, named, source);
        if (m.how == detail::OrganisationMatch::added) {
            Organisation record = portfolio.at(m.id);
            record.provenance.note = portfolio.intern("from ODA engagement \"" + engagement_key +
                                                      "\" in a version-1 file, which named it on the engagement");
            portfolio.replace(std::move(record));
        } else if (m.other_name) {
            Organisation record = portfolio.at(m.id);
            std::string note(portfolio.text(record.provenance.note));
            const std::string also = "also named \"" + std::string(named.name) + "\"";
            if (note.find(also) == std::string::npos) {
                note += (note.empty() ? "" : "; ") + also + " on ODA engagement \"" + engagement_key + "\"";
                record.provenance.note = portfolio.intern(note);
                portfolio.replace(std::move(record));
            }
        }
        return m.id;
    };
    for (const Version1Participant& p : participants)
        engagement.organisations.push_back(Involvement{involve(detail::NamedOrganisation{p.ref, p.name, p.type}),
                                                       p.role, portfolio.intern(p.activity_id)});
    for (const std::string& name : implementers) {
        const OrganisationId id = involve(detail::NamedOrganisation{{}, name, 0});
        const bool there = std::any_of(
            engagement.organisations.begin(), engagement.organisations.end(),
            [&](const Involvement& v) { return v.organisation == id && v.role == OrganisationRole::implementing; });
        if (!there) engagement.organisations.push_back(Involvement{id, OrganisationRole::implementing, TextId(0)});
    }
}

namespace {

/// The number after "paradiplomacy.portfolio/", or nullopt when `schema` does not start so
/// or has no plain decimal number after it.
std::optional<long long> version_number(std::string_view schema) {
    if (!schema.starts_with(portfolio_schema_name) || schema.size() <= portfolio_schema_name.size() ||
        schema[portfolio_schema_name.size()] != '/')
        return std::nullopt;
    const std::string_view digits = schema.substr(portfolio_schema_name.size() + 1);
    long long version = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), version);
    if (error != std::errc() || end != digits.data() + digits.size() || digits.starts_with('+') ||
        (digits.size() > 1 && digits.starts_with('0')))
        return std::nullopt;
    return version;
}

std::string known_versions() {
    std::string out = "versions " + std::to_string(oldest_portfolio_format_version) + " to " +
                      std::to_string(portfolio_format_version) + " (";
    for (int v = oldest_portfolio_format_version; v <= portfolio_format_version; ++v) {
        if (v != oldest_portfolio_format_version) out += ", ";
        out += "\"" + std::string(portfolio_schema_name) + "/" + std::to_string(v) + "\"";
    }
    return out + ")";
}

}  // namespace

std::optional<int> portfolio_schema_version(std::string_view schema) {
    const std::optional<long long> version = version_number(schema);
    if (!version || *version < oldest_portfolio_format_version || *version > portfolio_format_version)
        return std::nullopt;
    return static_cast<int>(*version);
}

std::string unsupported_schema(std::string_view schema) {
    const std::string found = "schema " + detail::quoted_excerpt(schema);
    const std::optional<long long> version = version_number(schema);
    if (!version)
        return found + " is not a version of " + std::string(portfolio_schema_name) + ": this library reads " +
               known_versions();
    std::string out = found + " is version " + std::to_string(*version) + " of the format, which this library " +
                      "does not read: it reads " + known_versions();
    if (*version > portfolio_format_version) out += "; a newer release of paradiplomacy may read it";
    return out;
}

}  // namespace paradiplomacy::detail::json
