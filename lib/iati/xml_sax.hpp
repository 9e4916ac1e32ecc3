// SPDX-License-Identifier: Apache-2.0
#pragma once
// A streaming (SAX) parser for untrusted XML, on libxml2's push parser: a DOCTYPE
// declaration stops the parse, so no DTD, no entity declaration (hence no entity
// expansion and no "billion laughs") and no external entity or DTD is ever loaded
// (XML_PARSE_NOENT and XML_PARSE_DTDLOAD are off, XML_PARSE_NONET is on). Input is fed
// in chunks, so memory does not grow with the document; libxml2's default limits on
// names and text (no XML_PARSE_HUGE) bound a single field. Errors become FileError with
// file, line and column.
//
// Two costs of libxml2 grow faster than the input, so the file is refused, naming the
// line and the limit, before they matter: its name dictionary stops growing its hash
// table at some thousands of names, after which each new name costs time in proportion
// to the names already seen (20,000 distinct element names took 24 s; a 64 MB file ran
// out of its 10 MB of names after two minutes), and it checks each attribute of a start
// tag against all the earlier ones (100,000 attributes on one element took 14 s). An IATI
// file uses a few hundred names and tags of a few hundred bytes.
//
// libxml2 rather than expat: on the IATI corpus its parser runs at about 320 MB/s
// against expat's 120 MB/s (empty handlers, one core), and the reader spends most of
// its time inside the parser. The SAX1 interface is used because it hands over
// qualified names and NUL-terminated attribute pairs, which is all the reader needs.

#include <paradiplomacy/error.hpp>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <string_view>
#include <utility>

namespace paradiplomacy::detail {

/// Owns one libxml2 push parser. A reader derives from it, installs its element and
/// text handlers with handlers<Derived>(), and feeds input with feed()/feed_file().
class SafeSax {
public:
    /// Distinct element and attribute names a file may use.
    static constexpr std::size_t max_distinct_names = 10'000;
    /// Bytes of one start tag, its attributes included.
    static constexpr std::size_t max_start_tag_bytes = 8 * 1024;

    explicit SafeSax(std::string source) : source_(std::move(source)) {
        static const bool initialised = (xmlInitParser(), true);  // once, before any thread parses
        (void)initialised;
        std::memset(&sax_, 0, sizeof sax_);
        sax_.internalSubset = &SafeSax::on_doctype;
        sax_.entityDecl = &SafeSax::on_entity;
        // Silence libxml2's default printing to stderr; the error is read back from
        // the context when the parse fails.
        sax_.warning = &SafeSax::quiet;
        sax_.error = &SafeSax::quiet;
        sax_.fatalError = &SafeSax::quiet;
    }
    SafeSax(const SafeSax&) = delete;
    SafeSax& operator=(const SafeSax&) = delete;
    ~SafeSax() {
        if (ctxt_ != nullptr) xmlFreeParserCtxt(ctxt_);
    }

    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    [[nodiscard]] std::uint64_t line() const noexcept {
        return ctxt_ != nullptr && ctxt_->input != nullptr ? static_cast<std::uint64_t>(ctxt_->input->line) : 0;
    }
    [[nodiscard]] std::uint64_t column() const noexcept {
        return ctxt_ != nullptr && ctxt_->input != nullptr ? static_cast<std::uint64_t>(ctxt_->input->col) : 0;
    }

    /// Stops the parse from inside a handler; feed() then throws `error`. Handlers must
    /// not let exceptions escape into libxml2's C frames: they catch and call this.
    void stop(std::exception_ptr error) noexcept {
        if (!pending_) pending_ = std::move(error);
        xmlStopParser(ctxt_);
    }

    /// Ends the parse from inside a handler without an error: the rest of the input is
    /// not read (a file found not to be of the kind wanted).
    void halt() noexcept {
        halted_ = true;
        xmlStopParser(ctxt_);
    }
    [[nodiscard]] bool halted() const noexcept { return halted_; }

    /// Parses the next piece of the document (`last`: nothing follows). Throws
    /// FileError when it is not well-formed or holds a DOCTYPE, or what a handler stopped with.
    void feed(std::string_view data, bool last) {
        start();
        do {
            // Pieces no longer than a start tag may be, so that one too long is seen
            // waiting for its end before libxml2 reads its attributes.
            const std::size_t n = std::min<std::size_t>(data.size(), max_start_tag_bytes);
            const bool final_piece = last && n == data.size();
            count_lines(data.substr(0, n));
            bytes_fed_ += n;
            const int rc = xmlParseChunk(ctxt_, data.data(), static_cast<int>(n), final_piece ? 1 : 0);
            if (!final_piece) check_start_tag();
            if (halted_ && !pending_ && refusal_.empty()) return;
            if (rc != 0 || pending_ || !refusal_.empty() || ctxt_->wellFormed == 0) fail();
            data.remove_prefix(n);
        } while (!data.empty());
    }

    /// Reads `file` to its end in chunks of `chunk` bytes, parsing as it goes;
    /// `after_chunk(bytes so far)` runs after each. Throws FileError on a read error.
    template <class AfterChunk>
    void feed_file(std::FILE* file, std::size_t chunk, AfterChunk&& after_chunk) {
        std::string buffer(chunk, '\0');
        std::uint64_t done = 0;
        for (;;) {
            const std::size_t n = std::fread(buffer.data(), 1, chunk, file);
            if (n < chunk && std::ferror(file)) throw FileError(source_ + ": read error: " + std::strerror(errno));
            const bool last = n < chunk;
            feed(std::string_view(buffer.data(), n), last);
            done += n;
            after_chunk(done);
            if (last || halted_) return;
        }
    }

protected:
    template <class Derived>
    void handlers() {
        sax_.startElement = [](void* self, const xmlChar* name, const xmlChar** atts) {
            static const char* const none[] = {nullptr};
            if (!static_cast<SafeSax*>(self)->names_within_limit()) return;
            static_cast<Derived*>(static_cast<SafeSax*>(self))
                ->start_element(reinterpret_cast<const char*>(name), atts != nullptr
                                                                         ? reinterpret_cast<const char**>(atts)
                                                                         : const_cast<const char**>(none));
        };
        sax_.endElement = [](void* self, const xmlChar* name) {
            static_cast<Derived*>(static_cast<SafeSax*>(self))->end_element(reinterpret_cast<const char*>(name));
        };
        sax_.characters = [](void* self, const xmlChar* text, int len) {
            static_cast<Derived*>(static_cast<SafeSax*>(self))->text(reinterpret_cast<const char*>(text), len);
        };
        sax_.cdataBlock = sax_.characters;
    }

private:
    void start() {
        if (ctxt_ != nullptr) return;
        ctxt_ = xmlCreatePushParserCtxt(&sax_, this, nullptr, 0, source_.c_str());
        if (ctxt_ == nullptr) throw std::bad_alloc();
        // No NOENT (entities are never substituted), no DTDLOAD, no network.
        xmlCtxtUseOptions(ctxt_, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    }

    [[noreturn]] void fail() {
        if (pending_) std::rethrow_exception(pending_);
        const bool refused = !refusal_.empty();
        const std::string where = source_ + ":" + std::to_string(refused ? refused_line_ : error_line()) + ":" +
                                  std::to_string(refused ? refused_column_ : error_column()) + ": ";
        if (refused) throw FileError(where + refusal_);
        if (bytes_fed_ == 0) throw FileError(where + "not well-formed XML: the file is empty");
        throw FileError(where + "not well-formed XML: " + error_message());
    }
    void count_lines(std::string_view piece) noexcept {
        const char* p = piece.data();
        const char* const end = p + piece.size();
        while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
            ++lines_fed_;
            p = static_cast<const char*>(nl) + 1;
        }
    }
    [[nodiscard]] const xmlError* last_error() const noexcept { return xmlCtxtGetLastError(ctxt_); }
    [[nodiscard]] std::uint64_t error_line() const noexcept {
        // libxml2 places an error at the end of the data on the line after it; name the
        // document's last line instead.
        const xmlError* e = last_error();
        const std::uint64_t at = e != nullptr && e->line > 0 ? static_cast<std::uint64_t>(e->line) : line();
        return std::min(at, lines_fed_ + 1);
    }
    [[nodiscard]] std::uint64_t error_column() const noexcept {
        const xmlError* e = last_error();
        return e != nullptr && e->int2 > 0 ? static_cast<std::uint64_t>(e->int2) : column();
    }
    [[nodiscard]] std::string error_message() const {
        const xmlError* e = last_error();
        std::string message = e != nullptr && e->message != nullptr ? e->message : "unknown error";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
        // Without a tree libxml2 knows no line for the opening tag of a mismatch.
        if (const auto at = message.find(" line 0 and "); at != std::string::npos) message.erase(at, 7);
        return message;
    }
    void refuse(std::string why) noexcept {
        if (refusal_.empty()) {
            refusal_ = std::move(why);
            refused_line_ = line();
            refused_column_ = column();
        }
        xmlStopParser(ctxt_);
    }
    /// Refuses the file once libxml2's dictionary holds more names than a file may use.
    [[nodiscard]] bool names_within_limit() noexcept {
        if (ctxt_->dict == nullptr || static_cast<std::size_t>(xmlDictSize(ctxt_->dict)) <= max_distinct_names)
            return true;
        refuse("more than " + std::to_string(max_distinct_names) +
               " distinct element and attribute names in the file (the limit; an IATI file uses a few hundred): "
               "the file is not read further");
        return false;
    }
    /// Refuses the file when libxml2 waits for the end of a start tag longer than a tag may be.
    void check_start_tag() noexcept {
        if (ctxt_->instate != XML_PARSER_START_TAG || ctxt_->input == nullptr) return;
        const auto waiting = static_cast<std::size_t>(ctxt_->input->end - ctxt_->input->cur);
        if (waiting <= max_start_tag_bytes) return;
        refuse("a start tag longer than " + std::to_string(max_start_tag_bytes) +
               " bytes (the limit; an IATI tag has a few attributes): the file is not read further");
    }
    static void on_doctype(void* self, const xmlChar* name, const xmlChar*, const xmlChar*) {
        static_cast<SafeSax*>(self)->refuse(std::string("a DOCTYPE declaration (<!DOCTYPE ") +
                                            reinterpret_cast<const char*>(name) +
                                            ">) is refused: DTDs and entities are not allowed in the file");
    }
    static void on_entity(void* self, const xmlChar* name, int, const xmlChar*, const xmlChar*, xmlChar*) {
        static_cast<SafeSax*>(self)->refuse(std::string("the entity declaration \"") +
                                            reinterpret_cast<const char*>(name) +
                                            "\" is refused: entities are not allowed in the file");
    }
    static void quiet(void*, const char*, ...) {}

    std::string source_;
    xmlSAXHandler sax_{};
    xmlParserCtxtPtr ctxt_ = nullptr;
    std::exception_ptr pending_;
    std::string refusal_;
    std::uint64_t refused_line_ = 0;
    std::uint64_t refused_column_ = 0;
    std::uint64_t lines_fed_ = 0;
    std::uint64_t bytes_fed_ = 0;
    bool halted_ = false;
};

}  // namespace paradiplomacy::detail
