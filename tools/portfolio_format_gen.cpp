// SPDX-License-Identifier: Apache-2.0
// Writes the parts of the portfolio format's JSON Schema and docs that the record
// descriptions (model/field.hpp) and the list of record kinds (model/record_kinds.hpp) give:
// the root's members, and each record kind's properties and required members in
// schema/paradiplomacy.portfolio-2.schema.json, and its table of members in
// docs/portfolio-format.md (between the "generated" marker comments). The rest of both
// files is written by hand and kept as it is: shared definitions, the nested ODA parts
// (IATI-shaped and stable), rules across members (a region partner needs "region"). A
// record kind new to the schema gets a definition of its own. The schema of version 1
// (schema/paradiplomacy.portfolio-1.schema.json) is kept as it was, not generated.
//
//   portfolio_format_gen SOURCE_DIR            check: exit 1 and say what differs
//   portfolio_format_gen SOURCE_DIR --write    rewrite both files
//
// ctest runs the check (io.portfolio_format_generated), so a field added to a description
// without regenerating fails there, with the command to run.
#include "io/portfolio_json_members.hpp"

#include <paradiplomacy/io/portfolio_json.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace pd = paradiplomacy;
namespace pj = paradiplomacy::detail::json;
using json = nlohmann::ordered_json;

namespace {

const char* const schema_path = "schema/paradiplomacy.portfolio-2.schema.json";
const char* const docs_path = "docs/portfolio-format.md";

/// The name of a part's definition in the schema's $defs, and how the docs name it.
struct PartText {
    std::string_view schema;
    std::string_view docs;
};
PartText part_text(pj::Shape shape) {
    switch (shape) {
        case pj::Shape::period: return {"period", R"(`{"start": date, "end": date}` (`end` optional))"};
        case pj::Shape::region_share:
            return {"region_share", R"(array of `{"code": ISO 3166-2, "percentage": number 0-100}`)"};
        case pj::Shape::sector_share:
            return {"sector_share", R"(array of `{"code": DAC code, "percentage": number 0-100}`)"};
        case pj::Shape::budget: return {"budget", "array of budgets, below"};
        case pj::Shape::country_share:
            return {"country_share", R"(array of `{"code": ISO 3166-1 alpha-2, "percentage": number 0-100}`)"};
        case pj::Shape::supranational_share:
            return {
                "supranational_share",
                R"(array of `{"code": integer 0-999, "vocabulary": "oecd_dac" or "un_m49", "percentage": number 0-100}`)"};
        case pj::Shape::transaction: return {"transaction", "array of yearly totals, below"};
        case pj::Shape::organisation: return {"organisation_ref", "organisation, below"};
        case pj::Shape::participant: return {"participant", "array of participants, below"};
        case pj::Shape::other_sector:
            return {"other_sector", R"(array of `{"vocabulary": string, "code": string, "percentage": number 0-100}`)"};
        case pj::Shape::other_identifier: return {"other_identifier", R"(array of `{"ref": string, "type": name}`)"};
        case pj::Shape::involvement:
            return {"involvement",
                    R"(array of `{"organisation": organisation id, "role": name, "activity_id": string}`, below)"};
        case pj::Shape::delegates: return {"delegates", R"(array of `{"role": name, "count": integer}`, below)"};
        default: return {};
    }
}

template <class V>
struct Unwrapped {
    using type = V;
};
template <class V>
struct Unwrapped<std::optional<V>> {
    using type = V;
};

/// The largest value of integer field I of `Record`.
template <class Record, std::size_t I, class V>
constexpr std::uint64_t max_of() {
    constexpr const auto& bound = std::get<I>(pj::flat_fields<Record>);
    constexpr auto range = pj::integer_range<bound.field.member>;
    if constexpr (range.has_value())
        return range->max;
    else
        return std::numeric_limits<V>::max();
}

template <class E>
json enum_names_json() {
    json names = json::array();
    for (const std::string_view name : enum_names(E{})) names.push_back(std::string(name));
    return names;
}

template <class E>
std::string enum_names_docs() {
    std::string out;
    for (const std::string_view name : enum_names(E{})) {
        if (!out.empty()) out += ", ";
        out += "`" + std::string(name) + "`";
    }
    return out;
}

/// The schema of field I of `Record`, from its C++ type.
template <class Record, std::size_t I>
json property() {
    constexpr const auto& bound = std::get<I>(pj::flat_fields<Record>);
    using Field = std::remove_cvref_t<decltype(bound)>;
    using V = typename Unwrapped<typename Field::value_type>::type;
    json p = json::object();
    if constexpr (std::is_same_v<V, pd::TextId>) {
        if (bound.field.name == "id" && std::is_same_v<typename Field::holder_type, Record>)
            p["$ref"] = "#/$defs/id";
        else
            p["type"] = "string";
    } else if constexpr (std::is_same_v<V, bool>) {
        p["type"] = "boolean";
    } else if constexpr (std::is_same_v<V, pd::PartialDate>) {
        p["$ref"] = "#/$defs/date";
    } else if constexpr (std::is_same_v<V, pd::CountryCode>) {
        p["$ref"] = "#/$defs/country";
    } else if constexpr (std::is_same_v<V, pd::SubdivisionCode>) {
        p["$ref"] = "#/$defs/subdivision";
    } else if constexpr (std::is_same_v<V, pd::CurrencyCode>) {
        p["$ref"] = "#/$defs/currency";
    } else if constexpr (pj::Enumerated<V>) {
        p["enum"] = enum_names_json<V>();
    } else if constexpr (pj::is_reference<V>::value) {
        p["$ref"] = "#/$defs/id";
    } else if constexpr (std::is_integral_v<V>) {
        p["type"] = "integer";
        p["minimum"] = 0;
        p["maximum"] = max_of<Record, I, V>();
    } else if constexpr (std::is_same_v<V, double>) {
        p["type"] = "number";
    } else if constexpr (pj::is_vector<V>::value) {
        using Item = typename V::value_type;
        p["type"] = "array";
        if constexpr (std::is_same_v<Item, pd::TextId>)
            p["items"] = json{{"$ref", "#/$defs/list_item"}};
        else if constexpr (pj::is_reference<Item>::value)
            p["items"] = json{{"$ref", "#/$defs/id"}};
        else
            p["items"] = json{{"$ref", "#/$defs/" + std::string(part_text(pj::PartShape<Item>::value).schema)}};
        if (bound.field.required) p["minItems"] = 1;
    } else {
        p["$ref"] = "#/$defs/" + std::string(part_text(pj::PartShape<V>::value).schema);
    }
    p["description"] = std::string(bound.field.doc);
    return p;
}

/// How the docs' table names the type of field I of `Record`.
template <class Record, std::size_t I>
std::string docs_type() {
    constexpr const auto& bound = std::get<I>(pj::flat_fields<Record>);
    using Field = std::remove_cvref_t<decltype(bound)>;
    using V = typename Unwrapped<typename Field::value_type>::type;
    if constexpr (std::is_same_v<V, pd::TextId> || std::is_same_v<V, bool>) {
        return std::is_same_v<V, bool> ? "boolean" : "string";
    } else if constexpr (std::is_same_v<V, pd::PartialDate>) {
        return "date";
    } else if constexpr (std::is_same_v<V, pd::CountryCode>) {
        return "ISO 3166-1 alpha-2";
    } else if constexpr (std::is_same_v<V, pd::SubdivisionCode>) {
        return "ISO 3166-2 code";
    } else if constexpr (std::is_same_v<V, pd::CurrencyCode>) {
        return "ISO 4217";
    } else if constexpr (pj::Enumerated<V>) {
        return enum_names_docs<V>();
    } else if constexpr (pj::is_reference<V>::value) {
        return std::string(pj::refers_to<V>()) + " id";
    } else if constexpr (std::is_integral_v<V>) {
        constexpr std::uint64_t max = max_of<Record, I, V>();
        return max == std::numeric_limits<V>::max() ? std::string("non-negative integer")
                                                    : "integer 0-" + std::to_string(max);
    } else if constexpr (std::is_same_v<V, double>) {
        return "number";
    } else if constexpr (pj::is_vector<V>::value) {
        using Item = typename V::value_type;
        if constexpr (std::is_same_v<Item, pd::TextId>)
            return "array of strings";
        else if constexpr (pj::is_reference<Item>::value)
            return "array of " + std::string(pj::refers_to<V>()) + " ids";
        else
            return std::string(part_text(pj::PartShape<Item>::value).docs);
    } else {
        return std::string(part_text(pj::PartShape<V>::value).docs);
    }
}

template <class Record>
json record_properties() {
    json properties = json::object();
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        ((properties[std::string(std::get<I>(pj::flat_fields<Record>).field.name)] = property<Record, I>()), ...);
    }
    (std::make_index_sequence<pj::flat_field_count<Record>>{});
    return properties;
}

template <class Record>
json record_required() {
    json required = json::array();
    for (const pj::Member& m : pj::record_members<Record>)
        if (m.required) required.push_back(std::string(m.name));
    return required;
}

template <class Record>
std::string docs_table() {
    std::string out = "| member | type | |\n|---|---|---|\n";
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (
            [&] {
                constexpr const auto& bound = std::get<I>(pj::flat_fields<Record>);
                out += "| `" + std::string(bound.field.name) + "` | " + docs_type<Record, I>() + " | " +
                       (bound.field.required ? "required; " : "") + std::string(bound.field.doc) + " |\n";
            }(),
            ...);
    }
    (std::make_index_sequence<pj::flat_field_count<Record>>{});
    return out;
}

/// Calls `f(record_kind_pointer, schema_def_name, docs_section)` for every record kind.
template <class F>
void for_each_record_kind(F&& f) {
    f(static_cast<pd::HomeGovernment*>(nullptr), "home", "home");
    pd::RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        f(static_cast<Record*>(nullptr), pd::Description<Record>::table.python_one,
          pd::Description<Record>::table.file);
    });
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The schema with each record kind's properties and required members from its description,
/// the other members of its definition (description, rules across members) as they were.
std::string generated_schema(const std::string& current) {
    json schema = json::parse(current);
    const std::string id(pd::portfolio_schema_id);
    schema["$id"] = "https://paradiplomacy.example/schema/" + std::string(pd::portfolio_schema_name) + "-" +
                    std::to_string(pd::portfolio_format_version) + ".schema.json";
    schema["title"] = id;
    json root = json::object();
    root["schema"] = json{{"const", id}};
    root["home"] = json{{"$ref", "#/$defs/home"}};
    pd::RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        root[std::string(pd::Description<Record>::table.file)] =
            json{{"type", "array"},
                 {"items", {{"$ref", "#/$defs/" + std::string(pd::Description<Record>::table.python_one)}}}};
    });
    schema["properties"] = root;
    for_each_record_kind([&](auto* kind, std::string_view def, std::string_view) {
        using Record = std::remove_pointer_t<decltype(kind)>;
        json& d = schema.at("$defs")[std::string(def)];
        if (d.is_null())  // a kind new to the schema
            d = json{{"type", "object"},
                     {"description", "A record of the " + std::string(pd::Description<Record>::name) + " table."},
                     {"additionalProperties", false}};
        d["properties"] = record_properties<Record>();
        d["required"] = record_required<Record>();
    });
    return schema.dump(2) + "\n";
}

/// The docs with each record kind's table between its markers.
std::string generated_docs(const std::string& current) {
    std::string text = current;
    for_each_record_kind([&](auto* kind, std::string_view, std::string_view section) {
        using Record = std::remove_pointer_t<decltype(kind)>;
        const std::string begin = "<!-- generated: " + std::string(section) +
                                  " members, from the record description (tools/portfolio_format_gen.cpp) -->\n";
        const std::string end = "<!-- end generated: " + std::string(section) + " members -->\n";
        const auto b = text.find(begin);
        const auto e = text.find(end);
        if (b == std::string::npos || e == std::string::npos || e < b)
            throw std::runtime_error(std::string(docs_path) + " has no markers for the " + std::string(section) +
                                     " table: expected the lines\n  " + begin + "  " + end);
        text.replace(b + begin.size(), e - b - begin.size(), docs_table<Record>());
    });
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3 || (argc == 3 && std::string_view(argv[2]) != "--write")) {
        std::cerr << "usage: portfolio_format_gen SOURCE_DIR [--write]\n";
        return 2;
    }
    const std::filesystem::path source(argv[1]);
    const bool write = argc == 3;
    try {
        int status = 0;
        for (const auto& [path, generate] :
             {std::pair{schema_path, &generated_schema}, std::pair{docs_path, &generated_docs}}) {
            const std::string current = read_text(source / path);
            const std::string expected = generate(current);
            if (current == expected) continue;
            if (write) {
                std::ofstream(source / path, std::ios::binary) << expected;
                std::cout << "wrote " << path << "\n";
                continue;
            }
            std::cerr << path << " differs from what the record descriptions (include/paradiplomacy/model/*.hpp) "
                      << "give. Regenerate it with:\n  " << argv[0] << " " << source.string() << " --write\n";
            status = 1;
        }
        return status;
    } catch (const std::exception& e) {
        std::cerr << "portfolio_format_gen: " << e.what() << "\n";
        return 1;
    }
}
