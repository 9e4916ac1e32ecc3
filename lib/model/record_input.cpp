// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/record_input.hpp>

#include <string>

namespace paradiplomacy {
namespace {

std::string label(std::string_view what, std::string_view key) {
    return std::string(what) + " \"" + std::string(key) + "\"";
}

}  // namespace

CountryCode partner_country(std::string_view key, const std::optional<CountryCode>& country,
                            const std::optional<SubdivisionCode>& region) {
    if (country) return *country;
    if (region) return region->country();
    throw InvalidValue(label("partner", key) + ": give a country or a region");
}

OtherSector other_sector(Portfolio& portfolio, std::string_view key, std::string_view vocabulary, std::string_view code,
                         std::optional<double> percentage) {
    if (vocabulary.empty() || code.empty())
        throw InvalidValue(label("ODA engagement", key) +
                           ": a sector of another vocabulary needs its vocabulary and its code");
    if (percentage && !(*percentage >= 0.0 && *percentage <= 100.0))
        throw InvalidValue(label("ODA engagement", key) + ": sector " + std::string(code) +
                           " has a percentage outside 0-100");
    return OtherSector{portfolio.intern(vocabulary), portfolio.intern(code), percentage};
}

OtherIdentifier other_identifier(Portfolio& portfolio, std::string_view key, std::string_view ref,
                                 OtherIdentifierType type) {
    if (ref.empty()) throw InvalidValue(label("ODA engagement", key) + ": an other identifier is empty");
    return OtherIdentifier{portfolio.intern(ref), type};
}

}  // namespace paradiplomacy
