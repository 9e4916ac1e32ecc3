// SPDX-License-Identifier: Apache-2.0
// The writer of the portfolio format: canonical form, streamed through a buffer so that
// a large portfolio is never held twice in memory while it is saved.
#include "atomic_file.hpp"
#include "portfolio_json_members.hpp"
#include "portfolio_json_tables.hpp"
#include "region_vocabulary_names.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace paradiplomacy {
namespace {

using namespace detail::json;

/// Why a portfolio cannot be written; the public functions turn it into a FileError.
struct WriteError {
    std::string message;
};

/// Length of the valid UTF-8 sequence at the start of `s`, or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view s) noexcept {
    const auto b0 = static_cast<unsigned char>(s[0]);
    std::size_t n = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        cp = b0 & 0x1FU;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        cp = b0 & 0x0FU;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        cp = b0 & 0x07U;
        min = 0x10000;
    } else
        return 0;
    if (s.size() < n) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0U) != 0x80U) return 0;
        cp = (cp << 6U) | (b & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

class Writer {
public:
    using Flush = std::function<void(std::string_view)>;
    Writer(const Portfolio& portfolio, Flush flush) : p_(portfolio), flush_(std::move(flush)) {
        out_.reserve(buffer_size + 4096);
    }

    void write_document() {
        begin_object();
        member(root_members[root_m::schema].name);
        string(portfolio_schema_id);
        member(root_members[root_m::home].name);
        begin_object();
        write_record(p_.home());
        end_object();
        RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) { write_table<Record>(); });
        end_object();
        out_ += '\n';
        flush_(out_);
        out_.clear();
    }

private:
    static constexpr std::size_t buffer_size = std::size_t{1} << 20;

    // --- layout ---------------------------------------------------------------------
    void newline() {
        out_ += '\n';
        out_.append(2 * first_.size(), ' ');
    }
    void separate() {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
        newline();
    }
    void begin_object() {
        out_ += '{';
        first_.push_back(true);
    }
    void begin_array() {
        out_ += '[';
        first_.push_back(true);
    }
    void end_container(char close) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) newline();
        out_ += close;
        if (out_.size() >= buffer_size) {
            flush_(out_);
            out_.clear();
        }
    }
    void end_object() { end_container('}'); }
    void end_array() { end_container(']'); }
    void member(std::string_view name) {
        separate();
        string(name);
        out_ += ": ";
    }
    void element() { separate(); }

    // --- values ---------------------------------------------------------------------
    void string(std::string_view s) {
        out_ += '"';
        while (!s.empty()) {
            const auto c = static_cast<unsigned char>(s[0]);
            if (c >= 0x80) {
                const std::size_t n = utf8_sequence_length(s);
                if (n == 0) fail("is not valid UTF-8 text");
                out_.append(s.data(), n);
                s.remove_prefix(n);
                continue;
            }
            switch (c) {
                case '"': out_ += "\\\""; break;
                case '\\': out_ += "\\\\"; break;
                case '\b': out_ += "\\b"; break;
                case '\f': out_ += "\\f"; break;
                case '\n': out_ += "\\n"; break;
                case '\r': out_ += "\\r"; break;
                case '\t': out_ += "\\t"; break;
                default:
                    if (c < 0x20) {
                        char buffer[8];
                        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                        out_ += buffer;
                    } else {
                        out_ += static_cast<char>(c);
                    }
            }
            s.remove_prefix(1);
        }
        out_ += '"';
    }
    void boolean(bool b) { out_ += b ? "true" : "false"; }
    void unsigned_number(std::uint64_t v) { out_ += std::to_string(v); }
    /// The shortest text that reads back as the same double; integral values of
    /// ordinary size without an exponent ("900000000", not "9e+08").
    void number(double v) {
        if (!std::isfinite(v)) fail("is not a finite number");
        if (v == 0.0 && std::signbit(v)) {
            out_ += "-0.0";  // "-0" would read back as the integer 0
            return;
        }
        char buffer[64];
        const double magnitude = std::fabs(v);
        const bool plain = magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e15);
        const auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed)
                                  : std::to_chars(buffer, buffer + sizeof buffer, v);
        out_.append(buffer, result.ptr);
    }
    void date(const PartialDate& d) { string(d.to_string()); }
    void date_member(std::string_view name, const std::optional<PartialDate>& d) {
        if (!d) return;
        member(name);
        date(*d);
    }

    template <class Record>
    void write_table() {
        const auto table = records_of<Record>(p_);
        if (table.empty()) return;
        table_ = root_members[root_table<Record>].name;
        member(table_);
        begin_array();
        for (std::size_t i = 0; i < table.size(); ++i) {
            index_ = i;
            element();
            begin_object();
            write_record(table[i]);
            end_object();
        }
        end_array();
    }

    // --- the fields of a record, from its description --------------------------------
    // Each field's member is written in description order, or left out when the field is
    // optional and holds its default; one function per C++ type writes a value.

    template <class Record>
    void write_record(const Record& x) {
        [&]<std::size_t... I>(std::index_sequence<I...>) { (write_field<Record, I>(x), ...); }
        (std::make_index_sequence<flat_field_count<Record>>{});
        field_ = {};
    }

    /// The value of a record kind's field in a record made with no values given.
    template <class Record>
    static const Record& default_record() {
        static const Record record{};
        return record;
    }

    template <class Record, std::size_t I>
    void write_field(const Record& x) {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        using V = typename std::remove_cvref_t<decltype(bound)>::value_type;
        constexpr std::string_view name = bound.field.name;
        constexpr bool required = bound.field.required;
        const V& value = bound.of(x);
        if constexpr (std::is_same_v<V, TextId>) {
            const std::string_view t = p_.text(value);
            if (t.empty()) {
                if constexpr (is_record_id<Record, I>()) {
                    field_ = name;
                    fail("is empty: every record needs an id");
                } else if constexpr (!required) {
                    return;
                }
            }
            field_ = name;
            member(name);
            string(t);
        } else if constexpr (is_optional<V>::value) {
            if (!value) return;
            field_ = name;
            member(name);
            write_value<Record, I>(*value);
        } else if constexpr (is_vector<V>::value) {
            field_ = name;
            if (value.empty()) {
                if constexpr (required)
                    fail("is empty: a " + std::string(Description<Record>::name) + " needs at least one " +
                         std::string(refers_to<V>().empty() ? std::string_view("item") : refers_to<V>()));
                else
                    return;
            }
            member(name);
            begin_array();
            for (const auto& item : value) {
                element();
                write_value<Record, I>(item);
            }
            end_array();
        } else {
            if constexpr (!required) {
                if (value == bound.of(default_record<Record>())) return;  // false, 0, the first of a list
            }
            field_ = name;
            member(name);
            write_value<Record, I>(value);
        }
    }

    /// One value of field I of `Record` (for a list: one item).
    template <class Record, std::size_t I, class V>
    void write_value(const V& value) {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        if constexpr (std::is_same_v<V, TextId>) {
            string(p_.text(value));
        } else if constexpr (std::is_same_v<V, bool>) {
            boolean(value);
        } else if constexpr (std::is_same_v<V, PartialDate>) {
            date(value);
        } else if constexpr (is_code<V>) {
            string(value.view());
        } else if constexpr (Enumerated<V>) {
            string(to_string(value));
        } else if constexpr (is_reference<V>::value) {
            string(key_of(value, Description<typename ReferenceTarget<V>::type>::name));
        } else if constexpr (std::is_integral_v<V> && std::is_unsigned_v<V>) {
            constexpr auto range = integer_range<bound.field.member>;
            if constexpr (range.has_value())
                if (value > range->max) fail(std::string(range->rule));
            unsigned_number(value);
        } else if constexpr (std::is_same_v<V, double>) {
            number(value);
        } else {
            write_part(value);
        }
    }

    /// Whether field I of `Record` is the record's id (its `key`).
    template <class Record, std::size_t I>
    static constexpr bool is_record_id() {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        using Bound = std::remove_cvref_t<decltype(bound)>;
        if constexpr (requires { &Record::key; } && std::is_same_v<typename Bound::holder_type, Record> &&
                      std::is_same_v<typename Bound::value_type, TextId>)
            return bound.field.member == &Record::key;
        else
            return false;
    }

    // References are written as the referenced record's id.
    template <class Tag>
    std::string_view key_of(Id<Tag> id, std::string_view what) {
        try {
            const std::string_view key = p_.text(p_.at(id).key);
            if (key.empty())
                fail("refers to " + std::string(what) + " #" + std::to_string(id.index()) + ", which has no id");
            return key;
        } catch (const NotFound&) {
            fail("refers to " + std::string(what) + " #" + std::to_string(id.index()) +
                 ", which is not in the portfolio");
        }
    }

    [[noreturn]] void fail(const std::string& what) const {
        std::string where =
            table_.empty() ? std::string("home") : std::string(table_) + "[" + std::to_string(index_) + "]";
        if (!field_.empty()) where += "." + std::string(field_);
        throw WriteError{where + " " + what};
    }

    // --- parts of an ODA engagement ----------------------------------------------------
    // Hand-written, as their members are (portfolio_json_members.hpp): shaped after IATI
    // elements and stable. `field_` names the engagement's member holding them.

    void write_part(const Period& period) {
        begin_object();
        member(period_members[period_m::start].name);
        date(period.start());
        date_member(period_members[period_m::end].name, period.end());
        end_object();
    }

    template <class Share>
    requires std::is_same_v<Share, RegionShare> || std::is_same_v<Share, CountryShare> ||
        std::is_same_v<Share, SectorShare>
    void write_part(const Share& s) {
        begin_object();
        member(share_members[share_m::code].name);
        if constexpr (std::is_same_v<Share, RegionShare>)
            string(s.region.view());
        else if constexpr (std::is_same_v<Share, CountryShare>)
            string(s.country.view());
        else
            string(s.purpose.view());
        member(share_members[share_m::percentage].name);
        if (!(s.percentage >= 0.0 && s.percentage <= 100.0)) fail("has a percentage outside 0-100");
        number(s.percentage);
        end_object();
    }

    void write_part(const SupranationalShare& r) {
        begin_object();
        if (r.code > max_supranational_code) fail("has a region code outside 0-999");
        member(supranational_members[supranational_m::code].name);
        unsigned_number(r.code);
        if (r.vocabulary != RegionVocabulary::oecd_dac) {
            member(supranational_members[supranational_m::vocabulary].name);
            string(detail::region_vocabulary_name(r.vocabulary));
        }
        member(supranational_members[supranational_m::percentage].name);
        if (!(r.percentage >= 0.0 && r.percentage <= 100.0)) fail("has a percentage outside 0-100");
        number(r.percentage);
        end_object();
    }

    void write_part(const OtherSector& s) {
        if (p_.text(s.vocabulary).empty() || p_.text(s.code).empty())
            fail("has a sector of another vocabulary without its vocabulary or code");
        begin_object();
        member(other_sector_members[other_sector_m::vocabulary].name);
        string(p_.text(s.vocabulary));
        member(other_sector_members[other_sector_m::code].name);
        string(p_.text(s.code));
        if (s.percentage) {
            member(other_sector_members[other_sector_m::percentage].name);
            if (!(*s.percentage >= 0.0 && *s.percentage <= 100.0)) fail("has a percentage outside 0-100");
            number(*s.percentage);
        }
        end_object();
    }

    void write_part(const Budget& b) {
        begin_object();
        member(budget_members[budget_m::start].name);
        date(b.period.start());
        date_member(budget_members[budget_m::end].name, b.period.end());
        member(budget_members[budget_m::amount].name);
        number(b.value.amount());
        member(budget_members[budget_m::currency].name);
        string(b.value.currency().view());
        date_member(budget_members[budget_m::value_date].name, b.value_date);
        if (b.type != BudgetType::original) {
            member(budget_members[budget_m::type].name);
            string(to_string(b.type));
        }
        if (b.status != BudgetStatus::indicative) {
            member(budget_members[budget_m::status].name);
            string(to_string(b.status));
        }
        end_object();
    }

    void write_part(const TransactionTotal& t) {
        if (t.year < PartialDate::min_year || t.year > PartialDate::max_year)
            fail("has a year outside " + std::to_string(PartialDate::min_year) + "-" +
                 std::to_string(PartialDate::max_year));
        begin_object();
        member(transaction_members[transaction_m::year].name);
        unsigned_number(static_cast<std::uint64_t>(t.year));
        member(transaction_members[transaction_m::type].name);
        string(to_string(t.type));
        member(transaction_members[transaction_m::amount].name);
        number(t.amount.amount());
        member(transaction_members[transaction_m::currency].name);
        string(t.amount.currency().view());
        if (t.count != 0) {
            member(transaction_members[transaction_m::count].name);
            unsigned_number(t.count);
        }
        end_object();
    }

    /// A reporting organisation's members.
    void organisation(const OrganisationRef& o) {
        for (const auto& [which, id] :
             {std::pair{organisation_m::ref, o.ref}, std::pair{organisation_m::name, o.name}}) {
            const std::string_view t = p_.text(id);
            if (t.empty()) continue;
            member(organisation_members[which].name);
            string(t);
        }
        if (o.type != 0) {
            if (o.type > max_organisation_type) fail("has an organisation type outside 0-99");
            member(organisation_members[organisation_m::type].name);
            unsigned_number(o.type);
        }
    }

    void write_part(const OrganisationRef& o) {
        begin_object();
        organisation(o);
        end_object();
    }

    void write_part(const Involvement& v) {
        begin_object();
        member(involvement_members[involvement_m::organisation].name);
        string(key_of(v.organisation, "organisation"));
        member(involvement_members[involvement_m::role].name);
        string(to_string(v.role));
        if (const std::string_view activity = p_.text(v.activity_id); !activity.empty()) {
            member(involvement_members[involvement_m::activity_id].name);
            string(activity);
        }
        end_object();
    }

    void write_part(const Delegates& d) {
        begin_object();
        member(delegates_members[delegates_m::role].name);
        string(to_string(d.role));
        member(delegates_members[delegates_m::count].name);
        unsigned_number(d.count);
        end_object();
    }

    void write_part(const OtherIdentifier& o) {
        if (p_.text(o.ref).empty()) fail("has an other identifier without its identifier");
        begin_object();
        member(other_identifier_members[other_identifier_m::ref].name);
        string(p_.text(o.ref));
        member(other_identifier_members[other_identifier_m::type].name);
        string(to_string(o.type));
        end_object();
    }

    const Portfolio& p_;
    Flush flush_;
    std::string out_;
    std::vector<bool> first_;  // per open container: nothing written in it yet
    std::string_view table_;   // for messages: where the writer is
    std::size_t index_ = 0;
    std::string_view field_;
};

}  // namespace

std::string to_portfolio_json(const Portfolio& portfolio) {
    std::string result;
    try {
        Writer(portfolio, [&](std::string_view chunk) { result.append(chunk); }).write_document();
    } catch (const WriteError& e) {
        throw FileError("cannot write the portfolio: " + e.message);
    }
    return result;
}

void save_portfolio(const Portfolio& portfolio, const std::filesystem::path& path) {
    AtomicFileWriter file(path);
    try {
        Writer(portfolio, [&](std::string_view chunk) { file.write(chunk); }).write_document();
    } catch (const WriteError& e) {
        throw FileError("cannot write \"" + path.string() + "\": " + e.message +
                        " (the previous file, if any, is unchanged)");
    }
    file.commit();
}

}  // namespace paradiplomacy
