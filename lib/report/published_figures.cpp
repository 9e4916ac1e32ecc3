// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/report/published_figures.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>
#include <string>

namespace paradiplomacy::report {
namespace {

// Ordered, so that counts listed per country keep the order they were published in.
using Json = nlohmann::ordered_json;

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

/// A member the format does not know fails, naming the members it does.
void only_members(const Json& object, std::initializer_list<std::string_view> known, std::string_view source,
                  const std::string& where) {
    for (const auto& [name, value] : object.items()) {
        if (std::find(known.begin(), known.end(), name) != known.end()) continue;
        std::string list;
        for (const std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        fail(source, where + "." + name, "unknown member; expected one of: " + list);
    }
}

std::vector<AgreementKind> tie_kinds(const Json& row, std::string_view source, const std::string& where) {
    const auto kinds = row.find("kinds");
    if (kinds == row.end() || !kinds->is_array() || kinds->empty())
        fail(source, where + ".kinds", "required: a non-empty array of agreement kinds");
    std::vector<AgreementKind> out;
    for (std::size_t k = 0; k < kinds->size(); ++k) {
        const Json& kind = (*kinds)[k];
        const std::string kind_where = where + ".kinds[" + std::to_string(k) + "]";
        if (!kind.is_string()) fail(source, kind_where, "expected an agreement kind name");
        const auto parsed = enum_from_string<AgreementKind>(kind.get<std::string>());
        if (!parsed) fail(source, kind_where, "unknown agreement kind \"" + kind.get<std::string>() + "\"");
        out.push_back(*parsed);
    }
    return out;
}

std::string required_label(const Json& row, std::string_view source, const std::string& where) {
    std::string label = optional_string(row, "label", source, where);
    if (label.empty()) fail(source, where + ".label", "required: a non-empty string");
    return label;
}

PublishedMunicipalTies municipal_ties(const Json& block, std::string_view source) {
    const std::string where = "$.municipalities";
    if (!block.is_object()) fail(source, where, "expected an object");
    only_members(block, {"source", "note", "ties", "countries", "by_kind", "by_country"}, source, where);
    PublishedMunicipalTies out;
    out.source = optional_string(block, "source", source, where);
    out.note = optional_string(block, "note", source, where);
    out.ties = optional_count(block, "ties", source, where);
    out.countries = optional_count(block, "countries", source, where);
    if (const auto rows = block.find("by_kind"); rows != block.end()) {
        if (!rows->is_array()) fail(source, where + ".by_kind", "expected an array of tie counts");
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const Json& row = (*rows)[i];
            const std::string row_where = where + ".by_kind[" + std::to_string(i) + "]";
            if (!row.is_object()) fail(source, row_where, "expected an object");
            only_members(row, {"label", "kinds", "ties"}, source, row_where);
            PublishedTieTotal total;
            total.label = required_label(row, source, row_where);
            total.kinds = tie_kinds(row, source, row_where);
            const auto ties = optional_count(row, "ties", source, row_where);
            if (!ties) fail(source, row_where + ".ties", "required: the published number of ties");
            total.ties = *ties;
            out.by_kind.push_back(std::move(total));
        }
    }
    if (const auto countries = block.find("by_country"); countries != block.end()) {
        if (!countries->is_object())
            fail(source, where + ".by_country", "expected an object of ISO 3166-1 codes and tie counts");
        for (const auto& [code, value] : countries->items()) {
            const std::string code_where = where + ".by_country." + code;
            if (!CountryCode::is_well_formed(code) || !reference::find_country(CountryCode(code)))
                fail(source, code_where, "\"" + code + "\" is not an ISO 3166-1 alpha-2 country code");
            if (!value.is_number_unsigned()) fail(source, code_where, "expected a non-negative integer");
            out.by_country.emplace_back(CountryCode(code), value.get<std::size_t>());
        }
    }
    return out;
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

    only_members(doc,
                 {"schema", "home", "source", "as_of", "note", "ties", "priority_countries", "priority_regions",
                  "municipalities"},
                 source_name, "$");
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
        only_members(row, {"label", "kinds", "countries", "regions"}, source_name, where);
        PublishedTieCount count;
        count.label = required_label(row, source_name, where);
        count.kinds = tie_kinds(row, source_name, where);
        count.countries = optional_count(row, "countries", source_name, where);
        count.regions = optional_count(row, "regions", source_name, where);
        figures.ties.push_back(std::move(count));
    }
    if (const auto block = doc.find("municipalities"); block != doc.end())
        figures.municipalities = municipal_ties(*block, source_name);
    return figures;
}

}  // namespace paradiplomacy::report
