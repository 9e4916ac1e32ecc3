// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/report/published_figures.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace paradiplomacy::report {
namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(std::string_view source, const std::string& where, const std::string& what) {
    throw FileError(std::string(source) + ": " + where + ": " + what);
}

std::string optional_string(const Json& object, const char* member, std::string_view source, const std::string& where) {
    const auto it = object.find(member);
    if (it == object.end()) return {};
    if (!it->is_string()) fail(source, where + "." + member, "expected a string");
    return it->get<std::string>();
}

std::optional<std::size_t> optional_count(const Json& object, const char* member, std::string_view source,
                                          const std::string& where) {
    const auto it = object.find(member);
    if (it == object.end()) return std::nullopt;
    if (!it->is_number_unsigned()) fail(source, where + "." + member, "expected a non-negative integer");
    return it->get<std::size_t>();
}

}  // namespace

PublishedFigures parse_published_figures(std::string_view json, std::string_view source_name) {
    Json doc;
    try {
        doc = Json::parse(json.begin(), json.end());
    } catch (const Json::parse_error& e) {
        fail(source_name, "byte " + std::to_string(e.byte), "not valid JSON");
    }
    if (!doc.is_object()) fail(source_name, "$", "expected an object");
    const auto schema = doc.find("schema");
    if (schema == doc.end() || !schema->is_string())
        fail(source_name, "$.schema",
             std::string("missing; expected \"") + std::string(published_figures_schema_id) + "\"");
    if (schema->get<std::string>() != published_figures_schema_id)
        fail(source_name, "$.schema",
             "unknown schema \"" + schema->get<std::string>() + "\"; this library reads \"" +
                 std::string(published_figures_schema_id) + "\"");

    PublishedFigures figures;
    figures.home = optional_string(doc, "home", source_name, "$");
    figures.source = optional_string(doc, "source", source_name, "$");
    if (figures.source.empty()) fail(source_name, "$.source", "required: say where the figures were published");
    figures.as_of = optional_string(doc, "as_of", source_name, "$");
    figures.note = optional_string(doc, "note", source_name, "$");
    figures.priority_countries = optional_count(doc, "priority_countries", source_name, "$");
    figures.priority_regions = optional_count(doc, "priority_regions", source_name, "$");

    const auto ties = doc.find("ties");
    if (ties == doc.end() || !ties->is_array()) fail(source_name, "$.ties", "required: an array of tie counts");
    for (std::size_t i = 0; i < ties->size(); ++i) {
        const Json& row = (*ties)[i];
        const std::string where = "$.ties[" + std::to_string(i) + "]";
        if (!row.is_object()) fail(source_name, where, "expected an object");
        PublishedTieCount count;
        count.label = optional_string(row, "label", source_name, where);
        if (count.label.empty()) fail(source_name, where + ".label", "required: a non-empty string");
        const auto kinds = row.find("kinds");
        if (kinds == row.end() || !kinds->is_array() || kinds->empty())
            fail(source_name, where + ".kinds", "required: a non-empty array of agreement kinds");
        for (std::size_t k = 0; k < kinds->size(); ++k) {
            const Json& kind = (*kinds)[k];
            const std::string kind_where = where + ".kinds[" + std::to_string(k) + "]";
            if (!kind.is_string()) fail(source_name, kind_where, "expected an agreement kind name");
            const auto parsed = enum_from_string<AgreementKind>(kind.get<std::string>());
            if (!parsed) fail(source_name, kind_where, "unknown agreement kind \"" + kind.get<std::string>() + "\"");
            count.kinds.push_back(*parsed);
        }
        count.countries = optional_count(row, "countries", source_name, where);
        count.regions = optional_count(row, "regions", source_name, where);
        figures.ties.push_back(std::move(count));
    }
    return figures;
}

}  // namespace paradiplomacy::report
