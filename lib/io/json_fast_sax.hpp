// SPDX-License-Identifier: Apache-2.0
#pragma once
// A fast JSON lexer for documents that are well formed, feeding the same SAX events as
// nlohmann::json::sax_parse (null, boolean, number_integer / number_unsigned /
// number_float, string, key, start/end_object, start/end_array) to the same handler.
//
// It does not report errors: on anything it does not accept (a syntax error, invalid
// UTF-8, a control character in a string, a lone surrogate, a number out of range, a
// handler returning false) it stops and answers `gave_up`, and the caller parses the
// document again with nlohmann, whose messages and byte positions the project documents.
// So it must never accept what nlohmann refuses and must give the same values for what
// both accept: RFC 8259 grammar, RFC 3629 UTF-8 (no overlong forms, no surrogates, at
// most U+10FFFF), integers as nlohmann classifies them (negative: int64, else uint64,
// otherwise a double), doubles correctly rounded (std::from_chars, as strtod).
//
// Why: nlohmann's lexer reads one character at a time through an input adapter and
// appends each to a std::string; on a portfolio of a million agreements it was half of
// the load time (BENCHMARKS.md). This lexer scans runs of plain bytes and copies them at
// once into one reused buffer.

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

namespace paradiplomacy::detail {

enum class FastSax : std::uint8_t { done, gave_up };

template <class Handler>
class FastSaxParser {
public:
    FastSaxParser(std::string_view text, Handler& handler)
        : p_(text.data()), end_(text.data() + text.size()), h_(handler) {}

    FastSax run() {
        skip_ws();
        if (!value(0)) return FastSax::gave_up;
        skip_ws();
        return p_ == end_ ? FastSax::done : FastSax::gave_up;
    }

private:
    static constexpr int max_depth = 512;

    void skip_ws() noexcept {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool literal(std::string_view word) noexcept {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
            return false;
        p_ += word.size();
        return true;
    }

    bool value(int depth) {
        if (p_ == end_ || depth > max_depth) return false;
        switch (*p_) {
            case '{': return object(depth + 1);
            case '[': return array(depth + 1);
            case '"': ++p_; return string() && h_.string(buffer_);
            case 't': return literal("true") && h_.boolean(true);
            case 'f': return literal("false") && h_.boolean(false);
            case 'n': return literal("null") && h_.null();
            default: return number();
        }
    }

    /// After a member or an element: a comma goes on to the next (`closed` false), `close`
    /// ends the container (`closed` true); anything else is malformed (false).
    bool comma_or_close(char close, bool& closed) {
        skip_ws();
        if (p_ == end_) return false;
        if (*p_ == ',') {
            ++p_;
            skip_ws();
            closed = false;
            return true;
        }
        if (*p_ != close) return false;
        ++p_;
        closed = true;
        return true;
    }

    bool object(int depth) {
        ++p_;  // '{'
        if (!h_.start_object(std::numeric_limits<std::size_t>::max())) return false;
        skip_ws();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            return h_.end_object();
        }
        for (;;) {
            if (p_ == end_ || *p_ != '"') return false;
            ++p_;
            if (!string() || !h_.key(buffer_)) return false;
            skip_ws();
            if (p_ == end_ || *p_ != ':') return false;
            ++p_;
            skip_ws();
            if (!value(depth)) return false;
            bool closed = false;
            if (!comma_or_close('}', closed)) return false;
            if (closed) return h_.end_object();
        }
    }

    bool array(int depth) {
        ++p_;  // '['
        if (!h_.start_array(std::numeric_limits<std::size_t>::max())) return false;
        skip_ws();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            return h_.end_array();
        }
        for (;;) {
            if (!value(depth)) return false;
            bool closed = false;
            if (!comma_or_close(']', closed)) return false;
            if (closed) return h_.end_array();
        }
    }

    // After the opening quote: the unescaped, validated text into buffer_.
    bool string() {
        buffer_.clear();
        for (;;) {
            const char* run = p_;
            while (p_ != end_) {
                const auto c = static_cast<unsigned char>(*p_);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++p_;
            }
            buffer_.append(run, static_cast<std::size_t>(p_ - run));
            if (p_ == end_) return false;
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                if (!escape()) return false;
                continue;
            }
            const std::size_t n = utf8_sequence();
            if (n == 0) return false;
            buffer_.append(p_, n);
            p_ += n;
        }
    }

    // Length of the well-formed UTF-8 sequence of two to four bytes at p_, 0 if not.
    std::size_t utf8_sequence() const noexcept {
        const auto at = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p_[i]); };
        const std::ptrdiff_t left = end_ - p_;
        const unsigned char b0 = at(0);
        const auto cont = [&](std::ptrdiff_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
            return i < left && at(i) >= lo && at(i) <= hi;
        };
        if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
        if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
        if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(1) && cont(2) ? 3 : 0;
        if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no surrogates
        if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
        if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
        if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
        return 0;
    }

    bool hex4(std::uint32_t& out) noexcept {
        if (end_ - p_ < 4) return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *p_++;
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    bool escape() {
        ++p_;  // '\'
        if (p_ == end_) return false;
        const char c = *p_++;
        switch (c) {
            case '"': buffer_.push_back('"'); return true;
            case '\\': buffer_.push_back('\\'); return true;
            case '/': buffer_.push_back('/'); return true;
            case 'b': buffer_.push_back('\b'); return true;
            case 'f': buffer_.push_back('\f'); return true;
            case 'n': buffer_.push_back('\n'); return true;
            case 'r': buffer_.push_back('\r'); return true;
            case 't': buffer_.push_back('\t'); return true;
            case 'u': break;
            default: return false;
        }
        std::uint32_t cp = 0;
        if (!hex4(cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (cp < 0x80) {
            buffer_.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            buffer_.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            buffer_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            buffer_.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            buffer_.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            buffer_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            buffer_.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            buffer_.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            buffer_.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            buffer_.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        return true;
    }

    static bool digit(char c) noexcept { return c >= '0' && c <= '9'; }

    bool number() {
        const char* start = p_;
        const bool negative = *p_ == '-';
        if (negative) ++p_;
        if (p_ == end_) return false;
        if (*p_ == '0') {
            ++p_;
        } else if (*p_ >= '1' && *p_ <= '9') {
            while (p_ != end_ && digit(*p_)) ++p_;
        } else {
            return false;
        }
        bool integral = true;
        if (p_ != end_ && *p_ == '.') {
            integral = false;
            ++p_;
            if (p_ == end_ || !digit(*p_)) return false;
            while (p_ != end_ && digit(*p_)) ++p_;
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            integral = false;
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ == end_ || !digit(*p_)) return false;
            while (p_ != end_ && digit(*p_)) ++p_;
        }
        if (integral) {
            if (negative) {
                std::int64_t v = 0;
                const auto r = std::from_chars(start, p_, v);
                if (r.ec == std::errc() && r.ptr == p_) return h_.number_integer(v);
            } else {
                std::uint64_t v = 0;
                const auto r = std::from_chars(start, p_, v);
                if (r.ec == std::errc() && r.ptr == p_) return h_.number_unsigned(v);
            }
            // out of range: nlohmann reads it as a double
        }
        double d = 0;
        const auto r = std::from_chars(start, p_, d);
        if (r.ec != std::errc() || r.ptr != p_) return false;  // overflow: leave it to nlohmann
        number_text_.assign(start, p_);
        return h_.number_float(d, number_text_);
    }

    const char* p_;
    const char* end_;
    Handler& h_;
    std::string buffer_;
    std::string number_text_;
};

/// Feeds `text` to `handler`; `gave_up` means: parse it again with nlohmann for the error.
template <class Handler>
FastSax fast_sax_parse(std::string_view text, Handler& handler) {
    return FastSaxParser<Handler>(text, handler).run();
}

}  // namespace paradiplomacy::detail
