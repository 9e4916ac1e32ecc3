// SPDX-License-Identifier: Apache-2.0
// The reader of the portfolio format. nlohmann/json's SAX interface feeds the events
// straight into the Portfolio being built: no document tree is held, only the record
// being read. References may point forward; those not yet resolvable are kept as
// fix-ups and resolved at the end. Any problem aborts the whole load with one message.
// The events come first from a fast lexer for well-formed text (json_fast_sax.hpp); on a
// syntax or encoding error nlohmann parses the document again and gives the message.
#include "json_fast_sax.hpp"
#include "portfolio_json_members.hpp"
#include "portfolio_json_tables.hpp"
#include "portfolio_json_upgrade.hpp"
#include "region_vocabulary_names.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/input_file.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>
#include <paradiplomacy/model/text_pool.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace paradiplomacy {
namespace {

using namespace detail::json;
using nlohmann::json;

/// A content error: the message already carries the JSON path.
struct ContentError {
    std::string message;
};

/// What the document held where a value was expected, for "expected X, found Y".
enum class Found : std::uint8_t { null, boolean, integer, negative, fraction, string, object, array };

std::string_view describe(Found f) noexcept {
    switch (f) {
        case Found::null: return "null";
        case Found::boolean: return "a boolean";
        case Found::integer: return "a number";
        case Found::negative: return "a negative number";
        case Found::fraction: return "a number with a fraction or exponent";
        case Found::string: return "a string";
        case Found::object: return "an object";
        case Found::array: return "an array";
    }
    return "a value";
}

std::string_view describe(Kind k) noexcept {
    switch (k) {
        case Kind::string: return "a string";
        case Kind::date: return "a date string";
        case Kind::boolean: return "a boolean";
        case Kind::uint: return "a non-negative integer";
        case Kind::number: return "a number";
        case Kind::object: return "an object";
        case Kind::string_array: return "an array of strings";
        case Kind::object_array: return "an array of objects";
    }
    return "a value";
}

/// Quotes document text in a message: long texts by their start and size (SECURITY.md).
std::string quote(std::string_view s) { return detail::quoted_excerpt(s); }

template <class E>
std::string choices() {
    std::string out;
    for (const std::string_view name : enum_names(E{})) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

/// What an enumerated value is called in messages ("unknown partner level ...").
template <class E>
constexpr std::string_view enum_phrase = {};
template <>
constexpr std::string_view enum_phrase<PartnerLevel> = "partner level";
template <>
constexpr std::string_view enum_phrase<AgreementKind> = "agreement kind";
template <>
constexpr std::string_view enum_phrase<CouncilApproval> = "council approval";
template <>
constexpr std::string_view enum_phrase<ProgramKind> = "program kind";
template <>
constexpr std::string_view enum_phrase<Direction> = "direction";
template <>
constexpr std::string_view enum_phrase<OdaStatus> = "ODA status";

/// An enumeration without a phrase of its own is called by its record kind and field
/// ("organisation kind").
template <class Record, class E>
std::string enum_phrase_of(std::string_view field) {
    if constexpr (!enum_phrase<E>.empty()) {
        return std::string(enum_phrase<E>);
    } else {
        std::string out = std::string(Description<Record>::name) + " " + std::string(field);
        for (char& c : out)
            if (c == '_') c = ' ';
        return out;
    }
}

/// Member names this close to an unknown one are suggested.
constexpr std::size_t suggestion_distance = 2;

/// Whether the Levenshtein distance of `a` and `b` is at most `limit`, for "did you mean"
/// on a misspelt member name.
bool within_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    // The distance is at least the difference in lengths: checking that first keeps a
    // hostile 100 MB member name from costing a full table against every member.
    if (std::max(a.size(), b.size()) - std::min(a.size(), b.size()) > limit) return false;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()] <= limit;
}

/// A reference that named a record not read yet, resolved once the document is read.
struct Fixup {
    Shape owner;            // the record kind holding the reference
    std::uint8_t member;    // which member (field) of it
    std::uint32_t record;   // the record's index in its table
    std::uint32_t element;  // position in a list member, 0 otherwise
    TextId key;             // the id referred to
};

struct Frame {
    Shape shape = Shape::root;
    bool is_array = false;
    std::uint8_t member = 0;  // array frames: the member of the parent object holding the array
    int current = -1;         // object frames: the member whose value comes next
    std::uint32_t count = 0;  // array frames: elements started so far
    std::uint64_t seen = 0;   // object frames: members seen
};

class Reader {
public:
    // --- nlohmann SAX interface -----------------------------------------------------
    bool null() { return scalar(Found::null); }
    bool boolean(bool value) {
        bool_ = value;
        return scalar(Found::boolean);
    }
    bool number_integer(json::number_integer_t value) {
        if (value >= 0) return number_unsigned(static_cast<json::number_unsigned_t>(value));
        number_ = static_cast<double>(value);
        return scalar(Found::negative);
    }
    bool number_unsigned(json::number_unsigned_t value) {
        unsigned_ = value;
        large_integer_.clear();
        number_ = static_cast<double>(value);
        return scalar(Found::integer);
    }
    bool number_float(json::number_float_t value, const std::string& text) {
        number_ = value;
        // nlohmann (strtod) reads a number too small for a double as 0 and says nothing, as
        // it would not for one too large; a nonzero digit before the exponent means it was not 0.
        if (value == 0.0 && text.find_first_of("123456789") < text.find_first_of("eE") && !frames_.empty() &&
            !frames_.back().is_array)
            fail("number " + detail::quoted_excerpt(text, "") +
                 " is out of range: too small to be represented (it would read as 0)");
        // An integer beyond 64 bits arrives here as a double. It is still an integer: the
        // members that take one say it is too large, quoting the document's digits.
        if (text.find_first_of(".eE") == std::string::npos) {
            if (text.starts_with('-')) return scalar(Found::negative);
            unsigned_ = std::numeric_limits<std::uint64_t>::max();
            large_integer_ = detail::quoted_excerpt(text, "");
            return scalar(Found::integer);
        }
        return scalar(Found::fraction);
    }
    bool string(std::string& value) {
        string_ = value;
        return scalar(Found::string);
    }
    bool binary(json::binary_t&) { return scalar(Found::string); }  // not produced by the JSON parser

    bool start_object(std::size_t) {
        if (frames_.empty()) {
            frames_.push_back(Frame{});
            return true;
        }
        Frame& top = frames_.back();
        Shape shape = Shape::root;
        if (top.is_array) {
            const Shape owner = frames_[frames_.size() - 2].shape;
            const Member& m = members_of(owner)[top.member];
            ++top.count;
            if (m.kind != Kind::object_array) type_error(m.kind, Found::object);
            shape = m.element;
            place_part(owner, top.member);
        } else {
            if (top.current == designation_flag) type_error(Kind::boolean, Found::object);
            const Member& m = members_of(top.shape)[static_cast<std::size_t>(top.current)];
            if (m.kind != Kind::object) type_error(m.kind, Found::object);
            shape = m.element;
            place_part(top.shape, static_cast<std::uint8_t>(top.current));
        }
        begin(shape);
        Frame f;
        f.shape = shape;
        frames_.push_back(f);
        return true;
    }

    bool key(std::string& name) {
        Frame& top = frames_.back();
        const auto members = members_of(top.shape);
        std::string_view upgraded = name;
        // A version-1 engagement's participants and implementers are looked up only when
        // the step says the member is one (an older document).
        std::size_t searched =
            top.shape == record_shape<OdaEngagement> ? record_members<OdaEngagement>.size() : members.size();
        if ((upgraded_shapes_ & shape_bit(top.shape)) != 0) {
            const UpgradedMember next = upgrade_member(top.shape, name);
            if (next.designation) {
                const auto bit = static_cast<std::uint8_t>(1U << static_cast<unsigned>(*next.designation));
                if (flags_seen_ & bit) fail("member " + quote(name) + " appears twice");
                flags_seen_ |= bit;
                flag_ = *next.designation;
                top.current = designation_flag;
                return true;
            }
            if (next.organisations) searched = members.size();
            upgraded = next.name;
        }
        int found = -1;
        for (std::size_t i = 0; i < searched; ++i)
            if (members[i].name == upgraded) {
                found = static_cast<int>(i);
                break;
            }
        top.current = -1;
        if (found < 0) fail(unknown_member(top.shape, name));
        const std::uint64_t bit = std::uint64_t{1} << static_cast<unsigned>(found);
        top.current = found;
        if (top.seen & bit) fail("member " + quote(name) + " appears twice");
        if (top.shape == Shape::root) {
            if (top.seen == 0 && found != root_m::schema)
                fail("\"schema\" must be the first member of the document (found " + quote(name) + ")");
            if (found >= root_m::first_table && !portfolio_) fail("\"home\" must come before the lists of records");
        }
        top.seen |= bit;
        return true;
    }

    bool end_object() {
        const Frame top = frames_.back();
        const auto members = members_of(top.shape);
        for (std::size_t i = 0; i < members.size(); ++i)
            if (members[i].required && !(top.seen & (std::uint64_t{1} << i)))
                fail("required member " + quote(members[i].name) + " is missing");
        finish(top.shape);
        frames_.pop_back();
        if (!frames_.empty()) frames_.back().current = -1;
        return true;
    }

    bool start_array(std::size_t) {
        if (frames_.empty()) fail("the document must be an object, found an array");
        Frame& top = frames_.back();
        if (top.is_array) {
            ++top.count;
            type_error(members_of(frames_[frames_.size() - 2].shape)[top.member].kind == Kind::object_array
                           ? Kind::object
                           : Kind::string,
                       Found::array);
        }
        if (top.current == designation_flag) type_error(Kind::boolean, Found::array);
        const Member& m = members_of(top.shape)[static_cast<std::size_t>(top.current)];
        if (m.kind != Kind::string_array && m.kind != Kind::object_array) type_error(m.kind, Found::array);
        Frame f;
        f.shape = top.shape;
        f.is_array = true;
        f.member = static_cast<std::uint8_t>(top.current);
        frames_.push_back(f);
        return true;
    }

    bool end_array() {
        const Frame top = frames_.back();
        frames_.pop_back();
        Frame& parent = frames_.back();
        if (const Member& m = members_of(parent.shape)[top.member]; m.required && top.count == 0) {
            parent.current = top.member;
            fail("a " + std::string(record_name(parent.shape)) + " needs at least one " +
                 std::string(m.refers_to.empty() ? std::string_view("item") : m.refers_to));
        }
        parent.current = -1;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
        syntax_position_ = position;
        syntax_message_ = e.what();
        return false;
    }

    // --- results --------------------------------------------------------------------
    /// After a successful parse: resolves forward references and hands the portfolio over.
    Portfolio take() {
        for (const Fixup& f : fixups_) resolve(f);
        add_flag_designations();
        return std::move(*portfolio_);
    }
    [[nodiscard]] std::optional<std::size_t> syntax_position() const { return syntax_position_; }
    [[nodiscard]] const std::string& syntax_message() const { return syntax_message_; }

private:
    // --- errors ---------------------------------------------------------------------
    [[nodiscard]] std::string path() const {
        std::string out = "$";
        for (const Frame& f : frames_) {
            if (f.is_array) {
                if (f.count > 0) out += "[" + std::to_string(f.count - 1) + "]";
            } else if (f.current >= 0) {
                out += "." + std::string(members_of(f.shape)[static_cast<std::size_t>(f.current)].name);
            } else if (f.current == designation_flag) {
                out += "." + std::string(to_string(flag_));
            }
        }
        return out;
    }

    /// The id of the record being read, when it is known.
    [[nodiscard]] std::string record_context() const {
        if (!record_shape_ || record_key_.empty()) return {};
        return " (" + std::string(record_name(*record_shape_)) + " " + quote(record_key_) + ")";
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw ContentError{path() + record_context() + ": " + what};
    }

    [[noreturn]] void type_error(Kind expected, Found found) const {
        std::string what = "expected " + std::string(describe(expected)) + ", found " + std::string(describe(found));
        if (found == Found::string) what += " " + quote(string_);
        fail(what);
    }

    [[nodiscard]] static std::string unknown_member(Shape shape, std::string_view name) {
        std::string what = "unknown member " + quote(name);
        const std::string_view record = record_name(shape);
        if (!record.empty()) what += " in " + std::string(record);
        if (shape == record_shape<Partner> && (name == "priority" || name == "strategic_oda"))
            return what + ": since version 2 of the format a partner's designation is a record of the \"" +
                   std::string(Description<Designation>::table.file) + "\" table, with its dates";
        if (shape == record_shape<OdaEngagement> && (name == "participants" || name == "implementers"))
            return what +
                   ": since version 2 of the format the organisations taking part in an engagement are "
                   "records of the \"" +
                   std::string(Description<Organisation>::table.file) +
                   "\" table, each named with its role in the engagement's \"organisations\"";
        // A version-2 engagement is not offered its version-1 members.
        const std::span<const Member> candidates = shape == record_shape<OdaEngagement>
                                                       ? std::span<const Member>(record_members<OdaEngagement>)
                                                       : members_of(shape);
        for (const Member& m : candidates)
            if (within_edit_distance(m.name, name, suggestion_distance)) {
                what += " (did you mean " + quote(m.name) + "?)";
                break;
            }
        return what;
    }

    // --- values ---------------------------------------------------------------------
    bool scalar(Found found) {
        if (frames_.empty()) fail("the document must be an object, found " + std::string(describe(found)));
        Frame& top = frames_.back();
        if (top.is_array) {
            ++top.count;
            const Frame& owner = frames_[frames_.size() - 2];
            const Member& m = members_of(owner.shape)[top.member];
            if (m.kind == Kind::object_array) type_error(Kind::object, found);
            if (found != Found::string) type_error(Kind::string, found);
            list_item(owner.shape, top.member, top.count - 1);
            return true;
        }
        if (top.current == designation_flag) {
            if (found != Found::boolean) type_error(Kind::boolean, found);
            if (bool_) flag_designations_.push_back({static_cast<std::uint32_t>(portfolio_->partners().size()), flag_});
            top.current = -1;
            return true;
        }
        const Member& m = members_of(top.shape)[static_cast<std::size_t>(top.current)];
        switch (m.kind) {
            case Kind::string:
            case Kind::date:
                if (found != Found::string) type_error(m.kind, found);
                break;
            case Kind::boolean:
                if (found != Found::boolean) type_error(m.kind, found);
                break;
            case Kind::uint:
                if (found != Found::integer) type_error(m.kind, found);
                break;
            case Kind::number:
                if (found != Found::integer && found != Found::negative && found != Found::fraction)
                    type_error(m.kind, found);
                break;
            default: type_error(m.kind, found);
        }
        assign(top.shape, static_cast<std::uint8_t>(top.current));
        top.current = -1;
        return true;
    }

    PartialDate date() const {
        try {
            return PartialDate::parse(string_);
        } catch (const InvalidValue& e) {
            fail(e.what());
        }
    }
    template <class Code>
    Code code() const {
        try {
            return Code(string_);
        } catch (const InvalidValue& e) {
            fail(e.what());
        }
    }
    template <class E>
    E enumerated(std::string_view what) const {
        if (const auto value = enum_from_string<E>(string_)) return *value;
        fail("unknown " + std::string(what) + " " + quote(string_) + " (expected one of: " + choices<E>() + ")");
    }
    /// The current string as text of the portfolio (of the home government's own pool
    /// while the portfolio is not made yet).
    TextId text() { return portfolio_ ? portfolio_->intern(string_) : home_texts_.intern(string_); }

    /// Reference `string_` from the current record, resolving it now when the target is
    /// already read and queueing a fix-up otherwise.
    template <class Target, class Owner>
    auto reference(std::uint8_t member, std::uint32_t element) {
        if (const auto found = find_record<Target>(*portfolio_, string_)) return *found;
        fixups_.push_back(Fixup{RecordShape<Owner>::value, member,
                                static_cast<std::uint32_t>(records_of<Owner>(*portfolio_).size()), element,
                                portfolio_->intern(string_)});
        return decltype(Target::id)(0);
    }

    // --- the fields of a record, from its description ---------------------------------
    // One function per C++ type reads a value (value<V>); the description gives each
    // member the functions for its field (FieldCodec), in a table indexed like the member.

    /// The current value as a field of type V, the I-th field of `Record`; `element` is
    /// the position in a list.
    template <class Record, std::size_t I, class V>
    V value(std::uint32_t element = 0) {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        if constexpr (std::is_same_v<V, TextId>) {
            return text();
        } else if constexpr (std::is_same_v<V, bool>) {
            return bool_;
        } else if constexpr (std::is_same_v<V, PartialDate>) {
            return date();
        } else if constexpr (is_code<V>) {
            return code<V>();
        } else if constexpr (Enumerated<V>) {
            return enumerated<V>(enum_phrase_of<Record, V>(bound.field.name));
        } else if constexpr (is_reference<V>::value) {
            return reference<typename ReferenceTarget<V>::type, Record>(static_cast<std::uint8_t>(I), element);
        } else if constexpr (std::is_integral_v<V> && std::is_unsigned_v<V>) {
            constexpr auto range = integer_range<bound.field.member>;
            constexpr std::uint64_t max = range ? range->max : std::numeric_limits<V>::max();
            if (unsigned_ > max) {
                if constexpr (range && !range->rule.empty())
                    fail(integer_text() + " " + std::string(range->rule));
                else
                    fail(std::string(bound.field.name) + " " + integer_text() + " is too large");
            }
            return static_cast<V>(unsigned_);
        } else if constexpr (std::is_same_v<V, double>) {
            return number_;  // finite: number_float refuses what a double cannot hold
        } else {
            static_assert(sizeof(V) == 0, "no JSON reader for this field type");
        }
    }

    /// A scalar member: the value of a field, or of an optional field.
    template <class Record, std::size_t I>
    static void read_scalar(Reader& r, Record& record) {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        using V = typename std::remove_cvref_t<decltype(bound)>::value_type;
        auto& field = bound.of(record);
        if constexpr (is_record_id<Record, I>()) {
            r.set_key(field);
        } else if constexpr (is_optional<V>::value) {
            if constexpr (JsonType<V>::kind != Kind::object) field = r.value<Record, I, typename V::value_type>();
        } else if constexpr (!is_vector<V>::value && JsonType<V>::kind != Kind::object) {
            field = r.value<Record, I, V>();
        }
    }

    /// One string of a list member.
    template <class Record, std::size_t I>
    static void read_item(Reader& r, Record& record, std::uint32_t index) {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        using V = typename std::remove_cvref_t<decltype(bound)>::value_type;
        if constexpr (JsonType<V>::kind == Kind::string_array) {
            using Item = typename V::value_type;
            // Text items must read back from every format (model/record_key.hpp).
            if constexpr (std::is_same_v<Item, TextId>)
                if (const std::string problem = record_key_problem(r.string_); !problem.empty())
                    r.fail("the item " + quote(r.string_) + " " + problem);
            bound.of(record).push_back(r.value<Record, I, Item>(index));
        }
    }

    /// Where the parts of an object member or a list of objects go.
    template <class Record, std::size_t I>
    static void* part_place(Record& record) {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        using V = typename std::remove_cvref_t<decltype(bound)>::value_type;
        if constexpr (JsonType<V>::kind == Kind::object || JsonType<V>::kind == Kind::object_array)
            return &bound.of(record);
        else
            return nullptr;
    }

    /// Resolves a fix-up of a reference field (or of one item of a list of references).
    template <class Record, std::size_t I>
    static void resolve_field(Reader& r, Record& record, const Fixup& f) {
        constexpr const auto& bound = std::get<I>(flat_fields<Record>);
        using V = typename std::remove_cvref_t<decltype(bound)>::value_type;
        using Target = typename ReferenceTarget<V>::type;
        if constexpr (!std::is_void_v<Target>) {
            const std::string_view name = r.portfolio_->text(f.key);
            const auto id = find_record<Target>(*r.portfolio_, name);
            if (!id) {
                std::string at = "$." + std::string(root_members[root_table<Record>].name) + "[" +
                                 std::to_string(f.record) + "]." + std::string(bound.field.name);
                if constexpr (is_vector<V>::value) at += "[" + std::to_string(f.element) + "]";
                throw ContentError{
                    at + " (" + std::string(Description<Record>::name) + " " + quote(r.portfolio_->text(record.key)) +
                    "): " + std::string(Description<Target>::name) + " " + quote(name) + " is not defined"};
            }
            if constexpr (std::is_same_v<V, CompactList<Involvement>>)
                bound.of(record)[f.element].organisation = *id;
            else if constexpr (is_vector<V>::value)
                bound.of(record)[f.element] = *id;
            else
                bound.of(record) = *id;
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

    template <class Record>
    struct FieldCodec {
        void (*scalar)(Reader&, Record&);
        void (*item)(Reader&, Record&, std::uint32_t);
        void* (*place)(Record&);
        void (*resolve)(Reader&, Record&, const Fixup&);
    };

    /// The functions of each field of `Record`, indexed like its members.
    template <class Record>
    static const auto& codecs() {
        static constexpr auto table = []<std::size_t... I>(std::index_sequence<I...>) {
            return std::array<FieldCodec<Record>, sizeof...(I)>{FieldCodec<Record>{
                &read_scalar<Record, I>, &read_item<Record, I>, &part_place<Record, I>, &resolve_field<Record, I>}...};
        }
        (std::make_index_sequence<flat_field_count<Record>>{});
        return table;
    }

    /// The record of kind `Record` being read.
    template <class Record>
    Record& current() {
        if constexpr (std::is_same_v<Record, HomeGovernment>)
            return home_;
        else
            return std::get<Record>(records_);
    }

    /// Points `part_` at the field of the record being read that member `m` of `owner`
    /// fills with parts (a list of budgets, a validity period).
    void place_part(Shape owner, std::uint8_t m) {
        part_owner_ = owner;
        part_member_ = m;
        if (owner == record_shape<OdaEngagement> && m >= flat_field_count<OdaEngagement>) {
            part_ = nullptr;  // a version-1 participant: finish() keeps it for the upgrade
            return;
        }
        with_record_kind(owner, [&](auto* kind) {
            using Record = std::remove_pointer_t<decltype(kind)>;
            part_ = codecs<Record>()[m].place(current<Record>());
        });
    }

    void begin(Shape shape) {
        flags_seen_ = 0;
        switch (shape) {
            case Shape::period:
            case Shape::budget:
                start_.reset();
                end_.reset();
                value_date_.reset();
                budget_type_ = BudgetType::original;
                budget_status_ = BudgetStatus::indicative;
                break;
            case Shape::supranational_share: vocabulary_ = RegionVocabulary::oecd_dac; break;
            case Shape::transaction: count_ = 0; break;
            case Shape::other_sector: other_sector_ = OtherSector{}; break;
            case Shape::other_identifier: other_identifier_ = OtherIdentifier{}; break;
            case Shape::involvement:
                involvement_key_.reset();
                activity_id_ = TextId(0);
                break;
            case Shape::delegates: break;
            case Shape::organisation:
            case Shape::participant:
                organisation_ = OrganisationRef{};
                activity_id_ = TextId(0);
                break;
            case Shape::home: break;  // read once, into home_
            default:
                with_record_kind(shape, [&](auto* kind) {
                    using Record = std::remove_pointer_t<decltype(kind)>;
                    if constexpr (!std::is_same_v<Record, HomeGovernment>) current<Record>() = Record{};
                });
        }
        if (!record_name(shape).empty()) {
            record_shape_ = shape;
            record_key_.clear();
        }
    }

    void set_key(TextId& key) {
        if (string_.empty()) fail("the id is empty");
        if (const std::string problem = record_key_problem(string_); !problem.empty())
            fail("the id " + quote(string_) + " " + problem);
        record_key_ = string_;
        key = text();
    }

    void assign(Shape shape, std::uint8_t m) {
        switch (shape) {
            case Shape::root:
                if (m == root_m::schema) {
                    const std::optional<int> version = portfolio_schema_version(string_);
                    if (!version) fail(unsupported_schema(string_));
                    version_ = *version;
                    upgraded_shapes_ = shapes_upgraded_from(version_);
                }
                return;
            case Shape::home: codecs<HomeGovernment>()[m].scalar(*this, home_); return;
            case Shape::period:
            case Shape::budget:
                switch (m) {
                    case budget_m::start: start_ = date(); return;
                    case budget_m::end: end_ = date(); return;
                    case budget_m::amount: amount_ = number_; return;
                    case budget_m::currency: currency_ = code<CurrencyCode>(); return;
                    case budget_m::value_date: value_date_ = date(); return;
                    case budget_m::type: budget_type_ = enumerated<BudgetType>("budget type"); return;
                    case budget_m::status: budget_status_ = enumerated<BudgetStatus>("budget status"); return;
                }
                return;
            case Shape::region_share:
            case Shape::sector_share:
            case Shape::country_share:
                if (m == share_m::code) {
                    if (shape == Shape::region_share)
                        region_ = code<SubdivisionCode>();
                    else if (shape == Shape::country_share)
                        country_ = code<CountryCode>();
                    else
                        purpose_ = code<PurposeCode>();
                } else {
                    percentage_ = percentage();
                }
                return;
            case Shape::supranational_share:
                switch (m) {
                    case supranational_m::code:
                        if (unsigned_ > max_supranational_code)
                            fail(integer_text() + " is not a region code (OECD DAC or UN M49, 0-999)");
                        supranational_code_ = static_cast<std::uint16_t>(unsigned_);
                        return;
                    case supranational_m::vocabulary:
                        if (const auto v = detail::region_vocabulary_from(string_))
                            vocabulary_ = *v;
                        else
                            fail("unknown region vocabulary " + quote(string_) +
                                 " (expected one of: " + std::string(detail::region_vocabulary_names[0]) + ", " +
                                 std::string(detail::region_vocabulary_names[1]) + ")");
                        return;
                    case supranational_m::percentage: percentage_ = percentage(); return;
                }
                return;
            case Shape::transaction:
                switch (m) {
                    case transaction_m::year:
                        if (unsigned_ < static_cast<std::uint64_t>(PartialDate::min_year) ||
                            unsigned_ > static_cast<std::uint64_t>(PartialDate::max_year))
                            fail("year " + integer_text() + " is outside " + std::to_string(PartialDate::min_year) +
                                 "-" + std::to_string(PartialDate::max_year));
                        year_ = static_cast<int>(unsigned_);
                        return;
                    case transaction_m::type:
                        transaction_type_ = enumerated<TransactionType>("transaction type");
                        return;
                    case transaction_m::amount: amount_ = number_; return;
                    case transaction_m::currency: currency_ = code<CurrencyCode>(); return;
                    case transaction_m::count:
                        if (unsigned_ > max_transaction_count) fail("count " + integer_text() + " is too large");
                        count_ = static_cast<std::uint32_t>(unsigned_);
                        return;
                }
                return;
            case Shape::organisation:
            case Shape::participant:
                switch (m) {
                    case organisation_m::ref: organisation_.ref = text(); return;
                    case organisation_m::name: organisation_.name = text(); return;
                    case organisation_m::type:
                        if (unsigned_ > max_organisation_type)
                            fail(integer_text() + " is not an IATI organisation type (0-99)");
                        organisation_.type = static_cast<std::uint16_t>(unsigned_);
                        return;
                    case organisation_m::role:
                        role_ = enumerated<OrganisationRole>("organisation role");
                        if (!is_iati(role_))
                            fail("organisation role " + quote(string_) +
                                 " has no IATI code: a participant is funding, accountable, extending or "
                                 "implementing");
                        return;
                    case organisation_m::activity_id: activity_id_ = text(); return;
                }
                return;
            case Shape::involvement:
                if (m == involvement_m::organisation) {
                    if (string_.empty()) fail("the organisation id is empty");
                    involvement_key_ = portfolio_->intern(string_);
                } else if (m == involvement_m::role) {
                    role_ = enumerated<OrganisationRole>("organisation role");
                } else {
                    activity_id_ = text();
                }
                return;
            case Shape::delegates:
                if (m == delegates_m::role) {
                    delegate_role_ = enumerated<DelegateRole>("delegate role");
                } else {
                    if (unsigned_ > max_delegate_count)
                        fail("count " + integer_text() + " is too large (at most " +
                             std::to_string(max_delegate_count) + ")");
                    delegate_count_ = static_cast<std::uint16_t>(unsigned_);
                }
                return;
            case Shape::other_sector:
                switch (m) {
                    case other_sector_m::vocabulary:
                        if (string_.empty()) fail("the sector vocabulary is empty");
                        other_sector_.vocabulary = text();
                        return;
                    case other_sector_m::code:
                        if (string_.empty()) fail("the sector code is empty");
                        other_sector_.code = text();
                        return;
                    case other_sector_m::percentage: other_sector_.percentage = percentage(); return;
                }
                return;
            case Shape::other_identifier:
                switch (m) {
                    case other_identifier_m::ref:
                        if (string_.empty()) fail("the identifier is empty");
                        other_identifier_.ref = text();
                        return;
                    case other_identifier_m::type:
                        other_identifier_.type = enumerated<OtherIdentifierType>("other identifier type");
                        return;
                }
                return;
            default:  // a record of a table
                with_record_kind(shape, [&](auto* kind) {
                    using Record = std::remove_pointer_t<decltype(kind)>;
                    codecs<Record>()[m].scalar(*this, current<Record>());
                });
                return;
        }
    }

    /// The name a member of an older document has in the current version, through each
    /// version's step (portfolio_json_upgrade.hpp); fails when a step refuses it.
    UpgradedMember upgrade_member(Shape object, std::string_view name) const {
        for (int from = version_; from < portfolio_format_version; ++from) {
            const UpgradeStep& step = upgrade_steps[static_cast<std::size_t>(from - oldest_portfolio_format_version)];
            if ((step.shapes & shape_bit(object)) == 0) continue;
            UpgradedMember next = step.member(object, name);
            if (!next.refusal.empty()) fail(next.refusal);
            // A value now, of a record of its own: no later step renames it.
            if (next.designation || next.organisations) return next;
            name = next.name;
        }
        return {name, {}};
    }

    /// The designations an older document's partner flags stand for (upgrade_1_to_2): one
    /// per partner and kind, keyed "PARTNER-KIND", begun on a day the file does not give.
    void add_flag_designations() {
        for (const auto& [partner_index, kind] : flag_designations_) {
            const Partner& partner = portfolio_->partners()[partner_index];
            Designation d;
            d.key = portfolio_->intern(std::string(portfolio_->text(partner.key)) + "-" + std::string(to_string(kind)));
            d.partner = partner.id;
            d.kind = kind;
            d.provenance.source = partner.provenance.source;
            d.provenance.note =
                portfolio_->intern("from the partner's `" + std::string(to_string(kind)) + ": true` in a version-" +
                                   std::to_string(version_) + " file, which gives no dates");
            portfolio_->add(std::move(d));
        }
    }

    /// A version-1 engagement's participants and implementers as organisation records and
    /// involvements (upgrade_organisations_1_to_2), before the engagement is added.
    void upgrade_organisations(OdaEngagement& engagement) {
        if (version_1_participants_.empty() && version_1_implementers_.empty()) return;
        if (!organisation_matcher_) organisation_matcher_.emplace(*portfolio_);
        upgrade_organisations_1_to_2(*portfolio_, *organisation_matcher_, engagement, version_1_participants_,
                                     version_1_implementers_);
        version_1_participants_.clear();
        version_1_implementers_.clear();
    }

    double percentage() const {
        if (!(number_ >= 0.0 && number_ <= 100.0)) fail("percentage " + number_text() + " is not within 0-100");
        return number_;
    }

    /// The integer just read as the document wrote it, for messages.
    [[nodiscard]] std::string integer_text() const {
        return large_integer_.empty() ? std::to_string(unsigned_) : large_integer_;
    }
    [[nodiscard]] std::string number_text() const {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", number_);
        return buffer;
    }

    /// One string of a list member.
    void list_item(Shape owner, std::uint8_t member, std::uint32_t index) {
        if (owner == record_shape<OdaEngagement> && member >= flat_field_count<OdaEngagement>) {
            // A version-1 implementer, by name: kept for the upgrade.
            if (const std::string problem = record_key_problem(string_); !problem.empty())
                fail("the item " + quote(string_) + " " + problem);
            version_1_implementers_.push_back(string_);
            return;
        }
        with_record_kind(owner, [&](auto* kind) {
            using Record = std::remove_pointer_t<decltype(kind)>;
            codecs<Record>()[member].item(*this, current<Record>(), index);
        });
    }

    std::optional<Period> period() const {
        try {
            return Period(*start_, end_);
        } catch (const InvalidValue& e) {
            std::string what = e.what();
            if (what.rfind("Period: ", 0) == 0) what.erase(0, 8);
            fail(what);
        }
    }

    /// A record or sub-object is complete: check it and store it.
    void finish(Shape shape) {
        switch (shape) {
            case Shape::root: return;
            case Shape::home:
                portfolio_.emplace(home_.code, home_texts_.view(home_.name_en), home_texts_.view(home_.name_local));
                return;
            default:  // a record of a table
                with_record_kind(shape, [&](auto* kind) {
                    using Record = std::remove_pointer_t<decltype(kind)>;
                    if constexpr (std::is_same_v<Record, OdaEngagement>) upgrade_organisations(current<Record>());
                    if constexpr (!std::is_same_v<Record, HomeGovernment>) add(current<Record>());
                });
                break;
            // A part goes where place_part pointed: the field of the record that holds it,
            // of the type PartShape gives its shape.
            case Shape::period: *static_cast<std::optional<Period>*>(part_) = period(); return;
            case Shape::region_share:
                static_cast<std::vector<RegionShare>*>(part_)->push_back(RegionShare{*region_, percentage_});
                return;
            case Shape::sector_share:
                static_cast<std::vector<SectorShare>*>(part_)->push_back(SectorShare{*purpose_, percentage_});
                return;
            case Shape::budget:
                static_cast<std::vector<Budget>*>(part_)->push_back(
                    Budget{*period(), Money(amount_, *currency_), value_date_, budget_type_, budget_status_});
                return;
            case Shape::country_share:
                static_cast<std::vector<CountryShare>*>(part_)->push_back(CountryShare{*country_, percentage_});
                return;
            case Shape::supranational_share:
                static_cast<std::vector<SupranationalShare>*>(part_)->push_back(
                    SupranationalShare{supranational_code_, vocabulary_, percentage_});
                return;
            case Shape::transaction:
                static_cast<std::vector<TransactionTotal>*>(part_)->push_back(
                    TransactionTotal{year_, transaction_type_, Money(amount_, *currency_), count_});
                return;
            case Shape::organisation: *static_cast<std::optional<OrganisationRef>*>(part_) = organisation_; return;
            case Shape::participant:
                version_1_participants_.push_back(Version1Participant{
                    std::string(portfolio_->text(organisation_.ref)), std::string(portfolio_->text(organisation_.name)),
                    organisation_.type, role_, std::string(portfolio_->text(activity_id_))});
                return;
            case Shape::other_sector: static_cast<std::vector<OtherSector>*>(part_)->push_back(other_sector_); return;
            case Shape::other_identifier:
                static_cast<std::vector<OtherIdentifier>*>(part_)->push_back(other_identifier_);
                return;
            case Shape::involvement: {
                // Required members: the frame refused the object if either was missing.
                auto& list = *static_cast<CompactList<Involvement>*>(part_);
                const std::string_view key = portfolio_->text(*involvement_key_);
                const auto found = find_record<Organisation>(*portfolio_, key);
                if (!found)
                    with_record_kind(part_owner_, [&](auto* kind) {
                        using Record = std::remove_pointer_t<decltype(kind)>;
                        if constexpr (!std::is_same_v<Record, HomeGovernment>)
                            fixups_.push_back(Fixup{part_owner_, part_member_,
                                                    static_cast<std::uint32_t>(records_of<Record>(*portfolio_).size()),
                                                    static_cast<std::uint32_t>(list.size()), *involvement_key_});
                    });
                list.push_back(Involvement{found.value_or(OrganisationId(0)), role_, activity_id_});
                return;
            }
            case Shape::delegates:
                static_cast<CompactList<Delegates>*>(part_)->push_back(Delegates{delegate_role_, delegate_count_});
                return;
        }
        record_shape_.reset();
    }

    /// The rules a record's fields break only together, checked before it is added.
    void check(const Partner& partner) const {
        if (partner.level == PartnerLevel::region && !partner.region)
            fail("a region partner needs \"region\" (its ISO 3166-2 code)");
        if (partner.level == PartnerLevel::country && partner.region) fail("a country partner has no \"region\"");
    }
    template <class Record>
    void check(const Record&) const {}

    /// Adds the record. Whatever Portfolio::add refuses is reported at the record's place
    /// in the file; for a key used twice, the record that used it first is named too.
    template <class Record>
    void add(Record& record) {
        check(record);
        try {
            portfolio_->add(std::move(record));
        } catch (const InvalidValue& e) {
            const auto existing = find_record<Record>(*portfolio_, record_key_);
            if (!existing) fail(e.what());
            const Frame& list = frames_[frames_.size() - 2];
            fail("duplicate " + std::string(record_name(frames_.back().shape)) + " id " + quote(record_key_) +
                 " (first used at $." + std::string(root_members[list.member].name) + "[" +
                 std::to_string(existing->index()) + "])");
        }
    }

    void resolve(const Fixup& f) {
        with_record_kind(f.owner, [&](auto* kind) {
            using Record = std::remove_pointer_t<decltype(kind)>;
            if constexpr (requires(Portfolio & p, Record record) { p.replace(std::move(record)); }) {
                Record record = records_of<Record>(*portfolio_)[f.record];
                codecs<Record>()[f.member].resolve(*this, record, f);
                portfolio_->replace(std::move(record));
            }
        });
    }

    std::vector<Frame> frames_;
    std::optional<Portfolio> portfolio_;
    std::vector<Fixup> fixups_;

    // The current scalar.
    std::string string_;
    double number_ = 0;
    std::uint64_t unsigned_ = 0;
    std::string large_integer_;  // the digits of an integer beyond 64 bits, else empty
    bool bool_ = false;

    // The record being read.
    std::optional<Shape> record_shape_;
    std::string record_key_;
    RecordKinds::apply<std::tuple> records_;
    /// The version of the document, once its "schema" member is read; members of an
    /// older version are upgraded as they come (upgrade_member).
    int version_ = portfolio_format_version;
    /// The shapes whose members the document's version needs upgraded (none when current).
    std::uint64_t upgraded_shapes_ = 0;
    /// Frame::current of an older document's partner flag that is now a designation.
    static constexpr int designation_flag = -2;
    DesignationKind flag_ = DesignationKind::priority;  ///< the kind of the flag being read
    std::uint8_t flags_seen_ = 0;                       ///< flags seen in the current record, a bit per kind
    /// (partner index, kind) of each flag that was true.
    std::vector<std::pair<std::uint32_t, DesignationKind>> flag_designations_;
    /// The participants and implementers of the version-1 engagement being read.
    std::vector<Version1Participant> version_1_participants_;
    std::vector<std::string> version_1_implementers_;
    /// Made at the first version-1 participant or implementer.
    std::optional<detail::OrganisationMatcher> organisation_matcher_;
    /// The home government, its text in a pool of its own until the portfolio is made
    /// from it; its code is required, so the placeholder never stays.
    HomeGovernment home_{SubdivisionCode("ZZ-ZZ"), TextId(0), TextId(0)};
    TextPool home_texts_;

    // Sub-objects: the part being read, and the field it goes to.
    void* part_ = nullptr;
    std::optional<PartialDate> start_;
    std::optional<PartialDate> end_;
    double amount_ = 0;
    std::optional<CurrencyCode> currency_;
    std::optional<SubdivisionCode> region_;
    std::optional<PurposeCode> purpose_;
    double percentage_ = 0;
    std::optional<PartialDate> value_date_;
    BudgetType budget_type_ = BudgetType::original;
    BudgetStatus budget_status_ = BudgetStatus::indicative;
    std::optional<CountryCode> country_;
    std::uint16_t supranational_code_ = 0;
    RegionVocabulary vocabulary_ = RegionVocabulary::oecd_dac;
    int year_ = 0;
    TransactionType transaction_type_ = TransactionType::disbursement;
    std::uint32_t count_ = 0;
    OrganisationRef organisation_;
    OrganisationRole role_ = OrganisationRole::implementing;
    TextId activity_id_{0};
    OtherSector other_sector_;
    OtherIdentifier other_identifier_;
    Shape part_owner_ = Shape::root;  ///< The record kind whose field part_ points at...
    std::uint8_t part_member_ = 0;    ///< ...and which field.
    std::optional<TextId> involvement_key_;
    DelegateRole delegate_role_ = DelegateRole::official;
    std::uint16_t delegate_count_ = 0;

    std::optional<std::size_t> syntax_position_;
    std::string syntax_message_;
};

/// "LINE:COLUMN" of byte offset `position` (nlohmann counts bytes read, so the byte at
/// fault is the one before); the column counts characters, not bytes.
std::string line_and_column(std::string_view text, std::size_t position) {
    const std::size_t at = std::min(position > 0 ? position - 1 : 0, text.size());
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < at; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    std::size_t column = 1;
    for (std::size_t i = line_start; i < at; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) ++column;
    return std::to_string(line) + ":" + std::to_string(column);
}

/// Is `s` (from `at`) the start of a well-formed UTF-8 sequence? Returns its length, 0 if not.
std::size_t utf8_length(std::string_view s, std::size_t at) {
    const auto b0 = static_cast<unsigned char>(s[at]);
    const std::size_t n = b0 < 0x80                    ? 1
                          : (b0 >= 0xC2 && b0 <= 0xDF) ? 2
                          : (b0 >= 0xE0 && b0 <= 0xEF) ? 3
                          : (b0 >= 0xF0 && b0 <= 0xF4) ? 4
                                                       : 0;
    if (n == 0 || at + n > s.size()) return 0;
    for (std::size_t i = 1; i < n; ++i)
        if ((static_cast<unsigned char>(s[at + i]) & 0xC0U) != 0x80U) return 0;
    return n;
}

/// nlohmann's message without its "[json.exception...] parse error at line L, column C: "
/// or "[json.exception...] " prefix, with bytes that are not UTF-8 shown as <0xFF> so that the message itself is text.
std::string syntax_detail(const std::string& message) {
    std::string_view in = message;
    if (const auto at = in.find("parse error"); at != std::string_view::npos) {
        in.remove_prefix(at);
        if (const auto colon = in.find(": "); colon != std::string_view::npos) in.remove_prefix(colon + 2);
    } else if (in.starts_with("[json.exception.")) {  // "[json.exception.out_of_range.406] number overflow ..."
        if (const auto close = in.find("] "); close != std::string_view::npos) in.remove_prefix(close + 2);
    }
    // nlohmann ends its messages with the token it read, which may be a 100 MB string or
    // number: keep only its start.
    std::string shortened;
    for (const std::string_view lead : {std::string_view("last read: '"), std::string_view("parsing '")}) {
        const auto at = in.rfind(lead);
        if (at == std::string_view::npos || !in.ends_with('\'')) continue;
        const std::string_view token = in.substr(at + lead.size(), in.size() - at - lead.size() - 1);
        shortened = std::string(in.substr(0, at + lead.size() - 1)) + detail::quoted_excerpt(token, "'");
        in = shortened;
        break;
    }
    std::string out;
    for (std::size_t i = 0; i < in.size();) {
        const std::size_t n = utf8_length(in, i);
        if (n == 0) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "<0x%02X>", static_cast<unsigned>(static_cast<unsigned char>(in[i])));
            out += buffer;
            ++i;
        } else {
            out.append(in.substr(i, n));
            i += n;
        }
    }
    return out;
}

/// A UTF-16 or UTF-32 byte order mark: the file is not UTF-8.
std::optional<std::string_view> foreign_bom(std::string_view text) {
    if (text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32 (byte order mark FF FE 00 00)";
    if (text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32 (byte order mark 00 00 FE FF)";
    if (text.substr(0, 2) == "\xFF\xFE") return "UTF-16 (byte order mark FF FE)";
    if (text.substr(0, 2) == "\xFE\xFF") return "UTF-16 (byte order mark FE FF)";
    return std::nullopt;
}

}  // namespace

Portfolio parse_portfolio_json(std::string_view text, std::string_view source_name) {
    const std::string source(source_name);
    if (const auto bom = foreign_bom(text))
        throw FileError(source + ":1:1: the file is " + std::string(*bom) + "; portfolio files are UTF-8");
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw FileError(source + ": the file is empty (expected a " + std::string(portfolio_schema_id) + " document)");
    try {
        {
            // The fast lexer first (lib/json_fast_sax.hpp); it gives up on any syntax or
            // encoding error, and then nlohmann parses the document again for its message
            // and position. Content errors come from the reader either way, in file order.
            Reader fast;
            std::string_view body = text;
            if (body.starts_with("\xEF\xBB\xBF"))
                body.remove_prefix(3);  // a UTF-8 byte order mark, as nlohmann skips it
            if (detail::fast_sax_parse(body, fast) == detail::FastSax::done && !fast.syntax_position())
                return fast.take();
        }
        Reader reader;
        const bool ok = json::sax_parse(text.begin(), text.end(), &reader);
        // nlohmann takes a NUL byte outside a string for the end of the input (as in a C
        // string), so a document followed by a NUL and anything at all would load.
        const std::size_t nul = text.find('\0');
        const auto nul_error = [&] {
            return FileError(source + ":" + line_and_column(text, nul + 1) +
                             ": a NUL byte (0x00) outside a string, which JSON does not allow (portfolio files are "
                             "UTF-8 text)");
        };
        if (!ok || reader.syntax_position()) {
            const std::size_t position = reader.syntax_position().value_or(text.size());
            if (nul != std::string_view::npos && position >= nul &&
                reader.syntax_message().find("end of input") != std::string::npos)
                throw nul_error();
            throw FileError(source + ":" + line_and_column(text, position) + ": " +
                            syntax_detail(reader.syntax_message()));
        }
        if (nul != std::string_view::npos) throw nul_error();
        return reader.take();
    } catch (const ContentError& e) {
        throw FileError(source + ": " + e.message);
    } catch (const InvalidValue& e) {
        throw FileError(source + ": " + e.what());
    }
}

Portfolio load_portfolio(const std::filesystem::path& path) {
    InputFile in(path, "cannot read \"" + path.string() + "\"");
    return parse_portfolio_json(in.read_all(), path.string());
}

}  // namespace paradiplomacy
