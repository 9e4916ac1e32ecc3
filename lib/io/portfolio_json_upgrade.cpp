// SPDX-License-Identifier: Apache-2.0
#include "portfolio_json_upgrade.hpp"

#include <paradiplomacy/model/money_line.hpp>
#include <paradiplomacy/model/organisation_record.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <charconv>
#include <string>

namespace paradiplomacy::detail::json {

UpgradedMember upgrade_1_to_2(Shape object, std::string_view name) {
    // The tables of version 2: organisations, and the envelopes and money lines.
    if (object == Shape::root &&
        (name == Description<Organisation>::table.file || name == Description<Envelope>::table.file ||
         name == Description<MoneyLine>::table.file))
        return {name, "member " + detail::quoted_excerpt(name) +
                          " came in version 2 of the format, and this document is version 1 (make its schema " +
                          detail::quoted_excerpt(portfolio_schema_id) + " to give " + std::string(name) + ")"};
    return {name, {}};
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
