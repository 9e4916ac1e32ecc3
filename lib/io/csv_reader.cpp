// SPDX-License-Identifier: Apache-2.0
#include "csv_reader.hpp"

#include "atomic_file.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/input_file.hpp>

#include <csv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>

namespace paradiplomacy::detail {
namespace {

/// What libcsv's C callbacks fill in; no exception may cross them.
struct ParseState {
    std::vector<std::string> cells;
    std::vector<std::vector<std::string>> done;  ///< Records completed during one csv_parse call.
};

void on_field(void* data, std::size_t size, void* state) {
    auto* s = static_cast<ParseState*>(state);
    s->cells.emplace_back(static_cast<const char*>(data), size);
}

void on_record_end(int, void* state) {
    auto* s = static_cast<ParseState*>(state);
    s->done.push_back(std::move(s->cells));
    s->cells.clear();
}

/// The most one csv_parse call is given, and libcsv's own growth block.
constexpr std::size_t feed_piece = std::size_t{64} << 10;
constexpr std::size_t min_block = 128;

struct ParserDeleter {
    void operator()(csv_parser* p) const noexcept {
        csv_free(p);
        delete p;
    }
};

}  // namespace

std::string csv_where(std::string_view file, const CsvRecord& record) {
    std::string out(file);
    out += ", row " + std::to_string(record.row);
    if (record.line != record.row) out += " (text line " + std::to_string(record.line) + ")";
    return out;
}

std::size_t find_invalid_utf8(std::string_view text) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;  // no overlong forms
            if (c == 0xED) hi = 0x9F;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
        } else
            return i;
        if (i + len > n) return i;
        if (s[i + 1] < lo || s[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string read_utf8_file(const std::filesystem::path& path, std::string_view display_name) {
    std::string text = InputFile(path, std::string(display_name) + ": cannot open").read_all();
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        const std::size_t line = 1 + static_cast<std::size_t>(std::count(
                                         text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
        const std::size_t line_start = text.rfind('\n', bad == 0 ? 0 : bad - 1);
        const std::size_t column = line_start == std::string::npos || bad == 0 ? bad + 1 : bad - line_start;
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
        throw FileError(std::string(display_name) + ", line " + std::to_string(line) + ", byte " +
                        std::to_string(column) + ": invalid UTF-8 (byte " + hex +
                        "); the file must be UTF-8 (a spreadsheet's \"CSV UTF-8\" format), not a legacy "
                        "encoding such as CP949/EUC-KR or Latin-1");
    }
    return text;
}

void parse_csv(std::string_view text, std::string_view display_name,
               const std::function<void(const CsvRecord&)>& on_record, char delimiter) {
    std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser);
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0) {
        delete parser.release();
        throw FileError(std::string(display_name) + ": cannot initialise the CSV parser");
    }
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
    ParseState state;
    std::size_t line = 1;      // line of the chunk being fed
    std::size_t embedded = 0;  // line breaks inside quoted cells so far
    std::size_t record_end_line = 0;
    const auto fail = [&](std::size_t at_line) {
        throw FileError(std::string(display_name) + ", line " + std::to_string(at_line) + ": malformed CSV (" +
                        csv_strerror(csv_error(parser.get())) +
                        "): a quote inside a cell must be doubled and the cell quoted, and every quoted cell closed");
    };
    std::size_t end_offset = 0;  // byte just past the line last fed
    const auto deliver = [&](std::size_t end_line) {
        for (auto& cells : state.done) {
            std::size_t inner = 0;
            for (const auto& c : cells) inner += static_cast<std::size_t>(std::count(c.begin(), c.end(), '\n'));
            CsvRecord record;
            record.line = end_line - inner;
            record.row = record.line - embedded;
            record.end = end_offset;
            embedded += inner;
            record.cells = std::move(cells);
            const bool blank = std::all_of(record.cells.begin(), record.cells.end(), [](const std::string& c) {
                return c.find_first_not_of(" \t") == std::string::npos;
            });
            if (!blank) on_record(record);
        }
        state.done.clear();
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        // libcsv grows its cell buffer by a fixed block (128 bytes), which copies a long cell
        // over and over: a 100 MB cell took minutes. Feeding a long line in pieces and setting
        // the block to the buffer's size between them makes the growth geometric.
        for (std::size_t at = pos; at < end;) {
            const std::size_t piece = std::min(end - at, feed_piece);
            csv_set_blk_size(parser.get(), std::max(min_block, csv_get_buffer_size(parser.get())));
            if (csv_parse(parser.get(), text.data() + at, piece, on_field, on_record_end, &state) != piece) fail(line);
            at += piece;
        }
        record_end_line = line;
        end_offset = end;
        deliver(record_end_line);
        if (nl != std::string_view::npos) ++line;
        pos = end;
    }
    if (csv_fini(parser.get(), on_field, on_record_end, &state) != 0) fail(line);
    // A last record without a final line break ends on the last line.
    end_offset = text.size();
    deliver(text.empty() || text.back() == '\n' ? line - 1 : line);
}

void append_csv_cell(std::string& out, std::string_view cell) {
    const bool needs_quotes =
        cell.find_first_of(",\"\r\n") != std::string_view::npos ||
        (!cell.empty() && (cell.front() == ' ' || cell.back() == ' ' || cell.front() == '\t' || cell.back() == '\t'));
    if (!needs_quotes) {
        out += cell;
        return;
    }
    // libcsv's writer quotes the field and doubles inner quotes (RFC 4180).
    const std::size_t size = csv_write(nullptr, 0, cell.data(), cell.size());
    const std::size_t at = out.size();
    out.resize(at + size);
    csv_write(out.data() + at, size, cell.data(), cell.size());
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    AtomicFileWriter writer(target);
    writer.write(content);
    writer.commit();
}

}  // namespace paradiplomacy::detail
