// SPDX-License-Identifier: Apache-2.0
// IATI codelists: reads a directory of codelist files in IATI's XML format with the
// same safe streaming parser as the activity reader (xml_sax.hpp: no DOCTYPE, no entities).
//
//   <codelist name="Sector">
//     <codelist-items>
//       <codelist-item status="active|withdrawn">
//         <code>11110</code>
//         <name><narrative>Education policy ...</narrative><narrative xml:lang="fr">...</narrative></name>
//
// Files whose root is not <codelist> (mapping.xml, ...) are skipped; a file that is not
// well-formed XML, or a codelist without a name or an item without a code, is refused
// with the file and line.

#include "io/text_util.hpp"
#include "xml_sax.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/codelists.hpp>
#include <paradiplomacy/io/input_file.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

namespace paradiplomacy::iati {
namespace {

const char* attribute(const char** attributes, const char* name) {
    for (const char** a = attributes; *a; a += 2)
        if (std::strcmp(a[0], name) == 0) return a[1];
    return nullptr;
}

/// One codelist file being parsed: the element path, the item being built, and the
/// first problem met (parsing stops there).
class FileParser final : public detail::SafeSax {
public:
    explicit FileParser(std::filesystem::path file) : SafeSax(file.string()), file_(std::move(file)) {
        handlers<FileParser>();
    }

    /// Parses the whole file. Returns false when its root is not <codelist>.
    bool parse() {
        InputFile in(file_, file_.string() + ": cannot open the codelist file");
        std::array<char, 1 << 16> buffer{};
        for (;;) {
            const std::size_t n = in.read(buffer.data(), buffer.size());
            const bool last = n < buffer.size();
            feed(std::string_view(buffer.data(), n), last);
            if (!problem_.empty()) throw FileError(problem_);
            if (skipped_) return false;
            if (last) break;
        }
        if (skipped_) return false;
        return true;
    }

    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    [[nodiscard]] std::map<std::string, CodelistEntry, std::less<>>& entries() noexcept { return entries_; }

private:
    [[nodiscard]] std::string where(std::uint64_t at) const { return file_.string() + ":" + std::to_string(at) + ": "; }

    void fail(std::string message) {
        problem_ = where(line()) + std::move(message);
        halt();
    }

    [[nodiscard]] bool parent_is(std::string_view element) const { return !path_.empty() && path_.back() == element; }

public:  // called by the parser
    void start_element(const char* element, const char** attributes) {
        if (skipped_ || !problem_.empty()) return;  // stopped: the parser may still report this element
        const std::string_view tag(element);
        if (path_.empty()) {
            if (tag != "codelist") {
                skipped_ = true;
                halt();
                return;
            }
            const char* name = attribute(attributes, "name");
            if (!name || detail::trim(name).empty())
                return fail("<codelist> has no name attribute: give the list's name (e.g. name=\"Sector\")");
            name_ = std::string(detail::trim(name));
        } else if (tag == "codelist-item" && parent_is("codelist-items")) {
            item_ = CodelistEntry{};
            item_line_ = line();
            in_item_ = true;
            const char* status = attribute(attributes, "status");
            if (status && std::string_view(status) != "active" && std::string_view(status) != "withdrawn")
                return fail("codelist-item has status \"" + std::string(status) +
                            "\": a codelist item's status is \"active\" or \"withdrawn\"");
            item_.withdrawn = status && std::string_view(status) == "withdrawn";
            has_code_ = false;
            has_name_ = false;
        } else if (in_item_ && tag == "code" && parent_is("codelist-item")) {
            collecting_ = true;
            text_.clear();
        } else if (in_item_ && tag == "narrative" && parent_is("name") && path_.size() >= 2 &&
                   path_[path_.size() - 2] == "codelist-item" && !has_name_) {
            // The English name: a narrative without xml:lang (the list's language is English) or with "en".
            const char* lang = attribute(attributes, "xml:lang");
            if (!lang || std::string_view(lang) == "en") {
                collecting_ = true;
                text_.clear();
            }
        }
        path_.emplace_back(tag);
    }

    void end_element(const char* element) {
        // A stopped parser still reports the end of a self-closing element (<mappings/>).
        if (skipped_ || !problem_.empty() || path_.empty()) return;
        const std::string_view tag(element);
        path_.pop_back();
        if (collecting_ && tag == "code") {
            item_.code = std::string(detail::trim(text_));
            has_code_ = true;
            collecting_ = false;
        } else if (collecting_ && tag == "narrative") {
            item_.name = std::string(detail::trim(text_));
            has_name_ = true;
            collecting_ = false;
        } else if (in_item_ && tag == "codelist-item" && parent_is("codelist-items")) {
            in_item_ = false;
            if (!has_code_ || item_.code.empty()) {
                problem_ =
                    where(item_line_) + "codelist-item in list \"" + name_ + "\" has no <code>: every item needs one";
                halt();
                return;
            }
            // A few published lists repeat a code (FileFormat); the first entry stands.
            entries_.try_emplace(item_.code, std::move(item_));
        }
    }

    void text(const char* chars, int length) {
        if (collecting_) text_.append(chars, static_cast<std::size_t>(length));
    }

private:
    std::filesystem::path file_;
    std::vector<std::string> path_;
    std::string name_;
    std::map<std::string, CodelistEntry, std::less<>> entries_;
    CodelistEntry item_;
    std::uint64_t item_line_ = 0;
    bool in_item_ = false;
    bool has_code_ = false;
    bool has_name_ = false;
    bool collecting_ = false;
    std::string text_;
    std::string problem_;
    bool skipped_ = false;
};

}  // namespace

Codelists Codelists::load(const std::filesystem::path& directory) {
    std::error_code ec;
    if (!std::filesystem::is_directory(directory, ec))
        throw FileError(
            directory.string() +
            ": not a directory; give the directory holding the IATI codelist files (Sector.xml, Country.xml, ...)");
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
        if (entry.is_regular_file() && entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    Codelists out;
    out.directory_ = directory;
    std::map<std::string, std::filesystem::path, std::less<>> origin;
    for (const auto& file : files) {
        FileParser parser(file);
        if (!parser.parse()) continue;
        const auto [it, fresh] = origin.try_emplace(parser.name(), file);
        if (!fresh)
            throw FileError(file.string() + ":1: codelist \"" + parser.name() + "\" is also defined in " +
                            it->second.filename().string() + ": keep one file per list");
        out.lists_.emplace(parser.name(), std::move(parser.entries()));
    }
    if (std::none_of(std::begin(checked_lists), std::end(checked_lists),
                     [&](std::string_view l) { return out.has(l); })) {
        std::string names;
        for (const std::string_view l : checked_lists) names += (names.empty() ? "" : ", ") + std::string(l);
        throw FileError(directory.string() + ": holds none of the IATI codelists checked against (" + names +
                        "); give the directory of IATI's codelist XML files");
    }
    return out;
}

bool Codelists::has(std::string_view list) const { return lists_.find(list) != lists_.end(); }

const CodelistEntry* Codelists::find(std::string_view list, std::string_view code) const {
    const auto l = lists_.find(list);
    if (l == lists_.end()) return nullptr;
    const auto c = l->second.find(code);
    return c == l->second.end() ? nullptr : &c->second;
}

std::vector<std::string> Codelists::lists() const {
    std::vector<std::string> out;
    out.reserve(lists_.size());
    for (const auto& [name, entries] : lists_) out.push_back(name);
    return out;
}

}  // namespace paradiplomacy::iati
