// SPDX-License-Identifier: Apache-2.0
// Writes the column tables of the record tables (home.csv, then one per record kind of
// model/record_kinds.hpp) in docs/csv-format.md from the record descriptions, the same ones
// import_csv and export_csv walk:
//
//   describe_csv                 print the tables
//   describe_csv --write FILE    replace the part of FILE between the markers
//   describe_csv --check FILE    exit 1, naming the command to run, when that part differs

#include "io/csv_record_tables.hpp"

#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/model/record_kinds.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

namespace pd = paradiplomacy;

namespace {

constexpr std::string_view begin_marker =
    "<!-- BEGIN record tables: made by describe_csv (tools/describe_csv.cpp) from the record descriptions -->";
constexpr std::string_view end_marker = "<!-- END record tables -->";

std::string cell(std::string_view text) {
    std::string out;
    for (const char c : text) out += c == '|' ? std::string(", ") : std::string(1, c);
    return out;
}

template <pd::Described Record>
void describe(std::ostream& out, std::string_view intro) {
    const auto& table = pd::detail::csv_record_table<Record>();
    out << "### " << table.spec.file << "\n";
    if (!intro.empty()) out << intro << "\n";
    out << "`";
    bool first = true;
    for (const auto& c : table.columns) {
        if (!c.exported) continue;
        out << (first ? "" : ",") << c.name;
        first = false;
    }
    out << "`\n\n| column | aliases | value | meaning |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const auto& c = table.columns[i];
        out << "| " << c.name << " | " << cell(c.aliases) << " | " << (c.required ? "**R** " : "") << table.values[i]
            << " | " << c.doc << " |\n";
    }
    // Fields whose values are rows of a table of their own.
    pd::detail::for_each_csv_field<Record>([&](const auto& field, auto, std::size_t) {
        using Value = typename std::remove_cvref_t<decltype(field)>::value_type;
        if constexpr (!pd::detail::csv_child_table<Value>.empty())
            out << "| *" << field.name << "* | | rows of " << pd::detail::csv_child_table<Value> << " | " << field.doc
                << " |\n";
    });
    out << "\n";
}

/// What a table's rows need said beyond its columns; nothing for most.
template <class Record>
std::string_view intro() {
    if constexpr (std::is_same_v<Record, pd::Agreement>)
        return "`id` may be left out: the importer makes one (see above). The import-only columns name a partner "
               "instead of giving its id.\n";
    else if constexpr (std::is_same_v<Record, pd::OdaEngagement>)
        return "An engagement's recipient countries and regions, sectors, budgets and transactions are rows of the "
               "tables below. The engagement has a reporting organisation when any of the three `reporting_org_` "
               "cells is filled. The organisations taking part (IATI participating-org) are in the `organisations` "
               "cell, `ROLE:ORGANISATION` with `@ACTIVITY-ID` after it when the organisation gave its own identifier "
               "of the activity (`funding:koica@KOICA-2019-0042`). Sheets made before version 2 may give the "
               "implementers by name and the participants as rows of oda_participants.csv: both are read, each "
               "organisation as a record of organisations.csv (found by identifier, else by exact name, else "
               "added), and neither is written.\n";
    else
        return "";
}

std::string tables() {
    std::ostringstream out;
    out << begin_marker << "\n";
    describe<pd::HomeGovernment>(out, "One row: the home government.\n");
    pd::RecordKinds::for_each(
        [&]<class Record>(std::type_identity<Record>) { describe<Record>(out, intro<Record>()); });
    out << end_marker;
    return out.str();
}

bool read_file(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    text = s.str();
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string generated = tables();
    if (argc == 1) {
        std::cout << generated << "\n";
        return 0;
    }
    if (argc != 3 || (std::string_view(argv[1]) != "--write" && std::string_view(argv[1]) != "--check")) {
        std::cerr << "usage: describe_csv [--write FILE | --check FILE]\n";
        return 2;
    }
    const std::string path = argv[2];
    std::string text;
    if (!read_file(path, text)) {
        std::cerr << "describe_csv: cannot read " << path << "\n";
        return 2;
    }
    const auto begin = text.find(begin_marker);
    const auto end = text.find(end_marker);
    if (begin == std::string::npos || end == std::string::npos || end < begin) {
        std::cerr << "describe_csv: " << path << " has no part between \"" << begin_marker << "\" and \"" << end_marker
                  << "\"\n";
        return 2;
    }
    const std::string updated = text.substr(0, begin) + generated + text.substr(end + end_marker.size());
    if (std::string_view(argv[1]) == "--check") {
        if (updated == text) return 0;
        std::cerr << path << ": the CSV record tables differ from the record descriptions; regenerate them with\n"
                  << "  " << argv[0] << " --write " << path << "\n";
        return 1;
    }
    if (updated != text) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << updated;
        if (!out) {
            std::cerr << "describe_csv: cannot write " << path << "\n";
            return 2;
        }
    }
    return 0;
}
