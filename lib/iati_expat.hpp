// SPDX-License-Identifier: Apache-2.0
#pragma once
// An expat (SAX) parser set up for untrusted XML: a DOCTYPE declaration stops the parse,
// so no DTD, no entity declaration (internal or external, hence no entity expansion
// and no "billion laughs"), no external entity is ever loaded (no handler for them is
// installed and parameter entities are never parsed). Input is fed in chunks, so
// memory does not grow with the document. Errors become FileError with file, line
// and column.

#include <paradiplomacy/error.hpp>

#include <expat.h>

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

/// Owns one expat parser. A reader derives from it, installs its element and text
/// handlers with handlers(), and feeds input with feed()/feed_file(). The user data
/// expat hands to every callback is this base object; the derived reader gets back to
/// itself with static_cast.
class SafeExpat {
public:
    explicit SafeExpat(std::string source) : source_(std::move(source)), parser_(XML_ParserCreate(nullptr)) {
        if (parser_ == nullptr) throw std::bad_alloc();
        XML_SetUserData(parser_, this);
        XML_SetStartDoctypeDeclHandler(parser_, &SafeExpat::on_doctype);
        XML_SetEntityDeclHandler(parser_, &SafeExpat::on_entity);
        XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
    }
    SafeExpat(const SafeExpat&) = delete;
    SafeExpat& operator=(const SafeExpat&) = delete;
    ~SafeExpat() { XML_ParserFree(parser_); }

    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    [[nodiscard]] std::uint64_t line() const noexcept { return XML_GetCurrentLineNumber(parser_); }
    [[nodiscard]] std::uint64_t column() const noexcept { return XML_GetCurrentColumnNumber(parser_) + 1; }

    /// Stops the parse from inside a handler; feed() then throws `error`. Handlers must
    /// not let exceptions escape into expat's C frames: they catch and call this.
    void stop(std::exception_ptr error) noexcept {
        if (!pending_) pending_ = std::move(error);
        XML_StopParser(parser_, XML_FALSE);
    }

    /// Parses the next piece of the document (`last`: nothing follows). Throws
    /// FileError when it is not well-formed or holds a DOCTYPE, or what a handler stopped with.
    void feed(std::string_view data, bool last) {
        do {
            const std::size_t n = std::min<std::size_t>(data.size(), INT_MAX / 2);
            const bool final_piece = last && n == data.size();
            if (XML_Parse(parser_, data.data(), static_cast<int>(n), final_piece ? XML_TRUE : XML_FALSE) ==
                XML_STATUS_ERROR)
                fail();
            data.remove_prefix(n);
        } while (!data.empty());
    }

    /// Reads `file` to its end in chunks of `chunk` bytes, parsing as it goes;
    /// `after_chunk(bytes so far)` runs after each. Throws FileError on a read error.
    template <class AfterChunk>
    void feed_file(std::FILE* file, std::size_t chunk, AfterChunk&& after_chunk) {
        std::uint64_t done = 0;
        for (;;) {
            void* buffer = XML_GetBuffer(parser_, static_cast<int>(chunk));
            if (buffer == nullptr) throw std::bad_alloc();
            const std::size_t n = std::fread(buffer, 1, chunk, file);
            if (n < chunk && std::ferror(file)) throw FileError(source_ + ": read error: " + std::strerror(errno));
            const bool last = n < chunk;
            if (XML_ParseBuffer(parser_, static_cast<int>(n), last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) fail();
            done += n;
            after_chunk(done);
            if (last) return;
        }
    }

protected:
    [[nodiscard]] XML_Parser parser() const noexcept { return parser_; }

    template <class Derived>
    void handlers() {
        XML_SetElementHandler(
            parser_,
            [](void* self, const XML_Char* name, const XML_Char** atts) {
                static_cast<Derived*>(static_cast<SafeExpat*>(self))->start_element(name, atts);
            },
            [](void* self, const XML_Char* name) {
                static_cast<Derived*>(static_cast<SafeExpat*>(self))->end_element(name);
            });
        XML_SetCharacterDataHandler(parser_, [](void* self, const XML_Char* text, int len) {
            static_cast<Derived*>(static_cast<SafeExpat*>(self))->text(text, len);
        });
    }

private:
    [[noreturn]] void fail() {
        if (pending_) std::rethrow_exception(pending_);
        const std::string where = source_ + ":" + std::to_string(refused_line_ ? refused_line_ : line()) + ":" +
                                  std::to_string(refused_line_ ? refused_column_ : column()) + ": ";
        if (!refusal_.empty()) throw FileError(where + refusal_);
        throw FileError(where + "not well-formed XML: " + XML_ErrorString(XML_GetErrorCode(parser_)));
    }
    void refuse(std::string why) noexcept {
        if (refusal_.empty()) {
            refusal_ = std::move(why);
            refused_line_ = line();
            refused_column_ = column();
        }
        XML_StopParser(parser_, XML_FALSE);
    }
    static void on_doctype(void* self, const XML_Char* name, const XML_Char*, const XML_Char*, int) {
        static_cast<SafeExpat*>(self)->refuse(std::string("a DOCTYPE declaration (<!DOCTYPE ") + name +
                                              ">) is refused: DTDs and entities are not allowed in the file");
    }
    static void on_entity(void* self, const XML_Char* name, int, const XML_Char*, int, const XML_Char*,
                          const XML_Char*, const XML_Char*, const XML_Char*) {
        static_cast<SafeExpat*>(self)->refuse(std::string("the entity declaration \"") + name +
                                              "\" is refused: entities are not allowed in the file");
    }

    std::string source_;
    XML_Parser parser_;
    std::exception_ptr pending_;
    std::string refusal_;
    std::uint64_t refused_line_ = 0;
    std::uint64_t refused_column_ = 0;
};

}  // namespace paradiplomacy::detail
