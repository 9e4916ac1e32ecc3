// SPDX-License-Identifier: Apache-2.0
// Reading IATI activity files with libxml2's SAX parser (xml_sax.hpp), one activity at a time. docs/iati.md lists
// what maps to which model field, what is reported as not mapped, and the notice rules.

#include "io/text_util.hpp"
#include "model/organisation_matcher.hpp"
#include "xml_sax.hpp"

#include <paradiplomacy/iati/read.hpp>
#include <paradiplomacy/io/input_file.hpp>
#include <paradiplomacy/model/record_key.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/validation/validate.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <libxml/parserInternals.h>  // XML_MAX_TEXT_LENGTH

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace paradiplomacy::iati {

std::string to_string(const Notice& notice, std::string_view file) {
    std::string out;
    if (!file.empty()) {
        out.append(file);
        out += ':';
        out += std::to_string(notice.line);
        out += ": ";
    } else if (notice.line != 0) {
        out += "line " + std::to_string(notice.line) + ": ";
    }
    out.append(paradiplomacy::to_string(notice.severity));
    out += ' ';
    out += notice.rule;
    out += ": ";
    if (!notice.activity.empty()) out += "activity " + notice.activity + ": ";
    out += notice.message;
    return out;
}

namespace {

using detail::trim;

constexpr std::size_t chunk_size = 64 * 1024;

/// A record key for an IATI identifier that cannot be one: spaces around it trimmed, each
/// ';' (the CSV list separator) replaced by '_' ("XM-1;2" -> "XM-1_2").
std::string record_key_for_identifier(std::string_view identifier) {
    std::string key(trim(identifier));
    std::replace(key.begin(), key.end(), ';', '_');
    return key.empty() ? std::string("iati-activity") : key;
}
constexpr std::uint64_t progress_step = 1024 * 1024;

/// The elements the reader maps; everything else is counted as not mapped.
enum class Tag : std::uint8_t {
    other,
    root,
    activity,
    identifier,
    reporting_org,
    title,
    narrative,
    participating_org,
    activity_status,
    activity_date,
    recipient_country,
    recipient_region,
    sector,
    budget,
    period_start,
    period_end,
    value,
    transaction,
    transaction_type,
    transaction_date,
    result,
    result_title,
    result_description,
    indicator,
    indicator_title,
    indicator_description,
    baseline,
    indicator_period,
    target,
    actual,
    comment,
    document_link,
    document_title,
};

Tag activity_child(std::string_view name) noexcept {
    static const std::unordered_map<std::string_view, Tag> tags{
        {"iati-identifier", Tag::identifier},
        {"reporting-org", Tag::reporting_org},
        {"title", Tag::title},
        {"participating-org", Tag::participating_org},
        {"activity-status", Tag::activity_status},
        {"activity-date", Tag::activity_date},
        {"recipient-country", Tag::recipient_country},
        {"recipient-region", Tag::recipient_region},
        {"sector", Tag::sector},
        {"budget", Tag::budget},
        {"transaction", Tag::transaction},
        {"document-link", Tag::document_link},
        {"result", Tag::result},
    };
    const auto it = tags.find(name);
    return it == tags.end() ? Tag::other : it->second;
}

const char* attr(const char** atts, std::string_view name) noexcept {
    for (; *atts != nullptr; atts += 2)
        if (name == atts[0]) return atts[1];
    return nullptr;
}
std::string_view attr_view(const char** atts, std::string_view name) noexcept {
    const char* v = attr(atts, name);
    return v == nullptr ? std::string_view{} : trim(v);
}

std::optional<double> parse_number(std::string_view text) noexcept {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<unsigned> parse_unsigned(std::string_view text) noexcept {
    text = trim(text);
    unsigned v = 0;
    if (text.empty()) return std::nullopt;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return v;
}

/// An xsd:date ("2020-05-22", optionally with a time zone "Z" or "+09:00").
std::optional<PartialDate> parse_iso_date(std::string_view text) noexcept {
    text = trim(text);
    if (text.size() > 10 && (text[10] == 'Z' || text[10] == '+' || text[10] == '-')) text = text.substr(0, 10);
    if (text.size() != 10) return std::nullopt;
    return PartialDate::try_parse(text);
}

/// Quotes file text in a notice: long texts by their start and size (SECURITY.md).
std::string dq(std::string_view s) { return detail::quoted_excerpt(s); }

/// IATI ActivityDateType: 1-4 in 2.0x, "start-planned" and so on in 1.0x.
int activity_date_type(std::string_view t) noexcept {
    if (t == "1" || t == "start-planned") return 1;
    if (t == "2" || t == "start-actual") return 2;
    if (t == "3" || t == "end-planned") return 3;
    if (t == "4" || t == "end-actual") return 4;
    return 0;
}

/// The DocumentKind of an IATI DocumentCategory code (docs/iati.md has the table):
/// memoranda and contracts are an agreement's text, objectives, budgets and strategies
/// plans, appraisals, evaluations, results and audits reports, the rest other.
DocumentKind document_kind(std::string_view category) noexcept {
    static constexpr std::array<std::string_view, 3> agreement_text{"A09", "A11", "B13"};
    static constexpr std::array<std::string_view, 6> plan{"A02", "A05", "B02", "B03", "B11", "B12"};
    static constexpr std::array<std::string_view, 8> report{"A01", "A07", "A08", "B01", "B06", "B07", "B09", "B10"};
    const auto in = [&](const auto& codes) { return std::find(codes.begin(), codes.end(), category) != codes.end(); };
    if (in(agreement_text)) return DocumentKind::agreement_text;
    if (in(plan)) return DocumentKind::plan;
    if (in(report)) return DocumentKind::report;
    return DocumentKind::other;
}

std::optional<OrganisationRole> organisation_role(std::string_view r) noexcept {
    if (r == "1" || detail::ascii_lower(r) == "funding") return OrganisationRole::funding;
    if (r == "2" || detail::ascii_lower(r) == "accountable") return OrganisationRole::accountable;
    if (r == "3" || detail::ascii_lower(r) == "extending") return OrganisationRole::extending;
    if (r == "4" || detail::ascii_lower(r) == "implementing") return OrganisationRole::implementing;
    return std::nullopt;
}

/// IATI TransactionType: 1-13 in 2.0x, letter codes in 1.0x.
std::optional<TransactionType> transaction_type(std::string_view c) noexcept {
    if (const auto n = parse_unsigned(c); n && *n >= 1 && *n <= 13) return static_cast<TransactionType>(*n - 1);
    static constexpr std::array<std::pair<std::string_view, TransactionType>, 10> legacy{{
        {"IF", TransactionType::incoming_funds},
        {"C", TransactionType::outgoing_commitment},
        {"D", TransactionType::disbursement},
        {"E", TransactionType::expenditure},
        {"IR", TransactionType::interest_payment},
        {"LR", TransactionType::loan_repayment},
        {"R", TransactionType::reimbursement},
        {"QP", TransactionType::purchase_of_equity},
        {"QS", TransactionType::sale_of_equity},
        {"CG", TransactionType::credit_guarantee},
    }};
    for (const auto& [code, type] : legacy)
        if (c == code) return type;
    return std::nullopt;
}

struct OrgState {
    std::string ref, name, activity_id;
    std::uint64_t line = 0;
    std::uint16_t type = 0;
    OrganisationRole role = OrganisationRole::implementing;
};

struct ValueState {
    bool present = false;
    std::optional<double> amount;
    std::string text;               // as published, for notices about money left out
    bool value_date_fault = false;  // @value-date present but not a date
    std::string currency;           // @currency, else the activity's default
    std::optional<PartialDate> value_date;
    std::uint64_t line = 0;
};

struct BudgetState {
    std::uint64_t line = 0;
    std::size_t first_notice = 0;  // the activity's notices from here on are about this budget
    BudgetType type = BudgetType::original;
    BudgetStatus status = BudgetStatus::indicative;
    bool has_start = false, has_end = false;
    std::optional<PartialDate> start, end;
    ValueState value;
};

struct TransactionState {
    std::uint64_t line = 0;
    std::size_t first_notice = 0;  // the activity's notices from here on are about this transaction
    std::optional<TransactionType> type;
    bool has_type = false;
    bool has_date = false;    // a <transaction-date>, whether or not its date parses
    bool has_sector = false;  // a transaction/sector (not mapped; meets IATI rule 6.2.2)
    std::optional<PartialDate> date;
    ValueState value;
};

struct CountryState {
    CountryCode code{"ZZ"};
    double percentage = 100.0;
    std::string name;
};

/// A target or an actual of an indicator period: its @value and comment, as published.
struct PeriodValueState {
    bool present = false;
    std::string value, comment;
};

struct IndicatorPeriodState {
    std::uint64_t line = 0;
    bool has_start = false, has_end = false;
    std::optional<PartialDate> start, end;
    PeriodValueState target, actual;
};

struct IndicatorState {
    std::uint64_t line = 0;
    IndicatorMeasure measure = IndicatorMeasure::qualitative;
    bool descending = false;
    Aggregation aggregation = Aggregation::not_stated;
    bool has_title = false, has_description = false, has_baseline = false;
    std::string title, description;
    std::optional<PartialDate> baseline_date;
    std::string baseline_value, baseline_comment;
    std::vector<IndicatorPeriodState> periods;
};

struct ResultState {
    std::uint64_t line = 0;
    ResultType type = ResultType::other;
    Aggregation aggregation = Aggregation::not_stated;
    bool has_title = false, has_description = false;
    std::string title, description;
    std::vector<IndicatorState> indicators;
};

struct DocumentLinkState {
    std::uint64_t line = 0;
    std::string url, format, title, language;
    bool has_title = false, has_date = false;
    std::vector<std::string> categories;
    std::optional<PartialDate> date;
};

/// What is not mapped, counted per activity: (parent element, element or remark).
struct Unmapped {
    Tag parent;
    std::string name;
    std::uint32_t count;
};

/// At most this many distinct unmapped names are kept per activity, and per file beside
/// the activities; further ones are only counted, so a file of 100,000 distinct unknown
/// elements neither grows the notices nor slows the count.
constexpr std::size_t max_unmapped_names = 64;

/// The activity being read; cleared, not freed, between activities.
struct ActivityState {
    std::uint64_t line = 0;
    bool has_identifier = false;
    std::string identifier;
    std::string key;  ///< the record key: the identifier, or a stand-in where it cannot be one
    std::string default_currency;
    bool has_title = false;
    std::string title;
    bool has_reporting = false;
    OrgState reporting;
    std::vector<OrgState> participants;
    bool has_status = false;
    OdaStatus status = OdaStatus::pipeline;
    std::array<std::optional<PartialDate>, 4> dates;
    std::vector<CountryState> countries;
    std::vector<SupranationalShare> regions;
    std::vector<SectorShare> sectors;
    std::vector<BudgetState> budgets;
    std::vector<TransactionState> transactions;
    std::vector<Unmapped> unmapped;
    std::uint64_t unmapped_beyond = 0;  // elements of names past max_unmapped_names
    std::vector<Notice> notices;
    bool rejected = false;
    /// Parts (a sector, a budget, a transaction, a code, ...) that a fault left out or
    /// read otherwise than published; each has its notice.
    std::uint64_t parts_left_out_or_changed = 0;
    bool transaction_sector = false;  // a <transaction> with a <sector>
    struct OtherSectorState {
        std::string vocabulary, code;
        std::optional<double> percentage;
    };
    std::vector<OtherSectorState> other_sectors;
    std::vector<std::pair<std::string, OtherIdentifierType>> other_identifiers;
    std::vector<ResultState> results;
    std::vector<DocumentLinkState> documents;
    std::string language;  ///< @xml:lang of the activity: the language of its documents that name none

    void clear() {
        line = 0;
        parts_left_out_or_changed = 0;
        transaction_sector = false;
        other_sectors.clear();
        other_identifiers.clear();
        results.clear();
        documents.clear();
        language.clear();
        has_identifier = has_title = has_reporting = has_status = rejected = false;
        identifier.clear();
        key.clear();
        default_currency.clear();
        title.clear();
        reporting = {};
        participants.clear();
        status = OdaStatus::pipeline;
        dates = {};
        countries.clear();
        regions.clear();
        sectors.clear();
        budgets.clear();
        transactions.clear();
        unmapped.clear();
        unmapped_beyond = 0;
        notices.clear();
    }
};

std::string_view tag_name(Tag t) noexcept {
    switch (t) {
        case Tag::root: return "iati-activities";
        case Tag::activity: return "iati-activity";
        case Tag::identifier: return "iati-identifier";
        case Tag::reporting_org: return "reporting-org";
        case Tag::title: return "title";
        case Tag::narrative: return "narrative";
        case Tag::participating_org: return "participating-org";
        case Tag::activity_status: return "activity-status";
        case Tag::activity_date: return "activity-date";
        case Tag::recipient_country: return "recipient-country";
        case Tag::recipient_region: return "recipient-region";
        case Tag::sector: return "sector";
        case Tag::budget: return "budget";
        case Tag::period_start: return "period-start";
        case Tag::period_end: return "period-end";
        case Tag::value: return "value";
        case Tag::transaction: return "transaction";
        case Tag::transaction_type: return "transaction-type";
        case Tag::transaction_date: return "transaction-date";
        case Tag::result: return "result";
        case Tag::result_title:
        case Tag::indicator_title:
        case Tag::document_title: return "title";
        case Tag::result_description:
        case Tag::indicator_description: return "description";
        case Tag::indicator: return "indicator";
        case Tag::baseline: return "baseline";
        case Tag::indicator_period: return "period";
        case Tag::target: return "target";
        case Tag::actual: return "actual";
        case Tag::comment: return "comment";
        case Tag::document_link: return "document-link";
        case Tag::other: break;
    }
    return "?";
}

class Reader final : public detail::SafeSax {
public:
    Reader(Import& out, std::string source_label, std::string file_name, const ReadOptions& options)
        : SafeSax(std::move(source_label)), out_(out), file_name_(std::move(file_name)), options_(options) {
        handlers<Reader>();
        stack_.reserve(32);
        text_.reserve(256);
        for (const Partner& p : out_.portfolio.partners())
            if (p.level == PartnerLevel::country) country_partners_.try_emplace(std::string(p.country.view()), p.id);
        first_new_engagement_ = out_.portfolio.engagements().size();
    }

    void start_element(const char* name, const char** atts) noexcept {
        if (skip_depth_ != 0) {
            ++skip_depth_;
            return;
        }
        try {
            on_start(name, atts);
        } catch (...) {
            stop(std::current_exception());
        }
    }
    void end_element(const char* name) noexcept {
        if (skip_depth_ != 0) {
            --skip_depth_;
            return;
        }
        try {
            on_end(name);
        } catch (...) {
            stop(std::current_exception());
        }
    }
    void text(const char* s, int len) noexcept {
        if (target_ != nullptr) {
            try {
                // libxml2 hands a long text over in pieces, so its own limit on one text
                // (XML_MAX_TEXT_LENGTH, without XML_PARSE_HUGE) never sees the whole of it:
                // the texts the reader keeps are held to that limit here.
                if (target_->size() + static_cast<std::size_t>(len) > XML_MAX_TEXT_LENGTH)
                    throw FileError(source() + ":" + std::to_string(line()) + ": a text of more than " +
                                    std::to_string(XML_MAX_TEXT_LENGTH) +
                                    " bytes (libxml2's limit for one text, XML_MAX_TEXT_LENGTH): not an IATI field; "
                                    "the file is refused");
                target_->append(s, static_cast<std::size_t>(len));
            } catch (...) {
                stop(std::current_exception());
            }
        }
    }

    /// After the whole document: checks that there was one, runs the rules over the
    /// imported engagements and orders the notices: those about the file first, then
    /// activity by activity in file order, each with the reader's notices in the order
    /// found (a cause before what it cost: a part or the activity left out), then the
    /// rule findings about the engagement.
    void finish() {
        if (!saw_root_) throw FileError(source() + ": not an IATI activity file: no root element");
        if (options_.check_rules) run_rules();
        std::vector<std::size_t> order(out_.notices.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return groups_[a] < groups_[b]; });
        std::vector<Notice> sorted;
        sorted.reserve(order.size());
        for (const std::size_t i : order) sorted.push_back(std::move(out_.notices[i]));
        out_.notices = std::move(sorted);
    }

private:
    // --- notices ---------------------------------------------------------------
    void note(std::string rule, Severity severity, std::uint64_t line, std::string message) {
        if (in_activity_) {
            a_.notices.push_back(Notice{std::move(rule), severity, {}, line, std::move(message)});
        } else {
            file_notice(Notice{std::move(rule), severity, {}, line, std::move(message)});
        }
    }
    void error(std::string rule, std::string message) {
        note(std::move(rule), Severity::error, line(), std::move(message));
    }
    void warn(std::string rule, std::string message) {
        note(std::move(rule), Severity::warning, line(), std::move(message));
    }
    /// A fault that leaves a part of the activity out, or reads it otherwise than
    /// published: reported, and counted in Import::parts_left_out_or_changed.
    void lose(std::string rule, Severity severity, std::string message) {
        note(std::move(rule), severity, line(), std::move(message));
        if (in_activity_) ++a_.parts_left_out_or_changed;
    }

    /// A notice about the file rather than one activity: it comes before the activities'.
    void file_notice(Notice notice) {
        out_.notices.push_back(std::move(notice));
        groups_.push_back(0);
    }

    void count_unmapped(Tag parent, std::string_view what) {
        // At most max_unmapped_names, most activities a handful: a scan costs less than
        // hashing a key made for each element.
        for (Unmapped& u : a_.unmapped)
            if (u.parent == parent && u.name == what) {
                ++u.count;
                return;
            }
        if (a_.unmapped.size() < max_unmapped_names) {
            a_.unmapped.push_back(Unmapped{parent, std::string(what), 1});
        } else {
            ++a_.unmapped_beyond;
        }
    }
    /// An element the reader does not map: counted, and its subtree skipped.
    void skip(Tag parent, std::string_view name) {
        if (in_activity_)
            count_unmapped(parent, name);
        else if (const auto it = file_unmapped_.find(name); it != file_unmapped_.end())
            ++it->second;
        else if (file_unmapped_.size() < max_unmapped_names)
            file_unmapped_.emplace(std::string(name), 1);
        else
            ++file_unmapped_beyond_;
        skip_depth_ = 1;
    }

    // --- values ------------------------------------------------------------------
    std::optional<PartialDate> date_attr(const char** atts, std::string_view element, bool required) {
        const char* raw = attr(atts, "iso-date");
        if (raw == nullptr) {
            if (required) error("iati.date.missing", "<" + std::string(element) + "> has no @iso-date");
            return std::nullopt;
        }
        auto d = parse_iso_date(raw);
        if (!d)
            error("iati.format.date",
                  "<" + std::string(element) + " iso-date=" + dq(raw) + ">: not a date of the form YYYY-MM-DD");
        return d;
    }
    /// An activity date: a faulty one is left unknown, and the rest of the activity kept.
    std::optional<PartialDate> activity_date_attr(const char** atts, std::string_view type) {
        const char* raw = attr(atts, "iso-date");
        auto d = parse_iso_date(raw);
        if (!d)
            lose("iati.format.date", Severity::error,
                 "<activity-date type=\"" + std::string(type) + "\" iso-date=" + dq(raw) +
                     ">: not a date of the form YYYY-MM-DD; the date is left unknown, the rest of the activity is "
                     "imported");
        return d;
    }
    /// A @percentage, or why it cannot be kept: the schema types it as a plain decimal,
    /// so files that pass it can hold any number, which the model cannot keep as a share.
    struct Share {
        std::optional<double> value;  // absent: no @percentage
        std::string rule;             // not empty: the percentage is faulty
        std::string fault;
    };
    static Share percentage_attr(const char** atts, std::string_view element) {
        const char* raw = attr(atts, "percentage");
        if (raw == nullptr) return {};
        const auto p = parse_number(raw);
        if (!p)
            return {std::nullopt, "iati.format.number",
                    "<" + std::string(element) + " percentage=" + dq(raw) + ">: not a number"};
        if (!(*p >= 0.0 && *p <= 100.0))
            return {std::nullopt, "iati.format.percentage",
                    "<" + std::string(element) + " percentage=" + dq(raw) + ">: a percentage is between 0 and 100"};
        return {p, {}, {}};
    }
    /// Reports a faulty share of an entry in a vocabulary the reader does not map: nothing
    /// is lost by it (the entry is listed as not mapped), but the file is at fault.
    void unmapped_share(const Share& share, std::string_view element, std::string_view vocab, std::string_view code) {
        if (share.rule.empty()) return;
        warn(share.rule, share.fault + " on " + std::string(element) + " " + dq(code) + " of vocabulary " +
                             std::string(vocab) + ", which is not mapped; the rest of the activity is imported");
    }
    /// Reports a faulty share of an entry that is kept in the model: the entry is left out.
    bool share_kept(const Share& share, std::string_view what) {
        if (share.rule.empty()) return true;
        lose(share.rule, Severity::error,
             share.fault + "; the " + std::string(what) + " is left out, the rest of the activity is imported");
        return false;
    }
    void start_value(ValueState& v, const char** atts, Tag parent) {
        if (v.present) {
            lose("iati.element.repeated", Severity::warning,
                 "<" + std::string(tag_name(parent)) + "> has a second <value>; the first is kept");
            skip_depth_ = 1;
            stack_.pop_back();
            return;
        }
        v.present = true;
        v.line = line();
        const std::string_view cur = attr_view(atts, "currency");
        if (!cur.empty())
            v.currency = cur;
        else
            v.currency = a_.default_currency;
        if (v.currency.empty()) {
            warn("iati.value.currency", "<" + std::string(tag_name(parent)) +
                                            "><value> names no @currency and the activity has no @default-currency; "
                                            "kept in XXX (no currency)");
            v.currency = "XXX";
        } else if (!CurrencyCode::is_well_formed(v.currency)) {
            lose("iati.format.currency", Severity::warning,
                 "currency " + dq(v.currency) +
                     " is not three upper-case letters (ISO 4217); the value is kept in XXX (no currency)");
            v.currency = "XXX";
        }
        const char* vd = attr(atts, "value-date");
        if (vd == nullptr) {
            warn("iati.value.value-date", "<" + std::string(tag_name(parent)) + "><value> has no @value-date");
        } else {
            v.value_date = parse_iso_date(vd);
            if (!v.value_date) {
                v.value_date_fault = true;
                error("iati.format.date", "<value value-date=" + dq(vd) + ">: not a date of the form YYYY-MM-DD");
            }
        }
        text_.clear();
        target_ = &text_;
    }
    void end_value(ValueState& v) {
        target_ = nullptr;
        v.amount = parse_number(text_);
        v.text = trim(text_);
        if (!v.amount)
            error("iati.format.number", "<value>" + std::string(trim(text_).substr(0, 40)) + "</value>: not a number");
    }

    // --- elements ---------------------------------------------------------------
    void on_start(const char* name, const char** atts) {
        const std::string_view n(name);
        if (stack_.empty()) {
            if (n != "iati-activities")
                throw FileError(source() + ":" + std::to_string(line()) +
                                ": not an IATI activity file: the root element is <" + std::string(n) +
                                ">, expected <iati-activities>");
            saw_root_ = true;
            start_root(atts);
            stack_.push_back(Tag::root);
            return;
        }
        const Tag parent = stack_.back();
        switch (parent) {
            case Tag::root:
                if (n == "iati-activity") return start_activity(atts);
                return skip(parent, n);
            case Tag::activity: return start_activity_child(n, atts);
            case Tag::reporting_org:
            case Tag::participating_org:
            case Tag::title:
            case Tag::recipient_country:
            case Tag::result_title:
            case Tag::result_description:
            case Tag::indicator_title:
            case Tag::indicator_description:
            case Tag::comment:
            case Tag::document_title:
                if (n == "narrative") {
                    if (narrative_count_++ == 0) {
                        stack_.push_back(Tag::narrative);
                        narrative_.clear();
                        target_ = &narrative_;
                        return;
                    }
                    return skip(parent, "narrative (further languages)");
                }
                return skip(parent, n);
            case Tag::budget: {
                BudgetState& b = a_.budgets.back();
                if (n == "period-start" || n == "period-end") {
                    const bool is_start = n == "period-start";
                    bool& seen = is_start ? b.has_start : b.has_end;
                    if (seen) {
                        lose("iati.element.repeated", Severity::warning,
                             "<budget> has a second <" + std::string(n) + ">; the first is kept");
                        return skip(parent, n);
                    }
                    seen = true;
                    (is_start ? b.start : b.end) = date_attr(atts, n, true);
                    stack_.push_back(is_start ? Tag::period_start : Tag::period_end);
                    return;
                }
                if (n == "value") {
                    stack_.push_back(Tag::value);
                    return start_value(b.value, atts, parent);
                }
                return skip(parent, n);
            }
            case Tag::transaction: {
                TransactionState& t = a_.transactions.back();
                if (n == "transaction-type") {
                    const std::string_view code = attr_view(atts, "code");
                    t.has_type = true;
                    t.type = transaction_type(code);
                    if (!t.type)
                        warn("iati.format.transaction-type",
                             "transaction type " + dq(code) +
                                 " is not an IATI TransactionType code; the transaction is not counted");
                    stack_.push_back(Tag::transaction_type);
                    return;
                }
                if (n == "transaction-date") {
                    t.has_date = true;
                    t.date = date_attr(atts, n, true);
                    stack_.push_back(Tag::transaction_date);
                    return;
                }
                if (n == "value") {
                    stack_.push_back(Tag::value);
                    return start_value(t.value, atts, parent);
                }
                if (n == "sector") t.has_sector = true;
                return skip(parent, n);
            }
            case Tag::result: return start_result_child(n, atts);
            case Tag::indicator: return start_indicator_child(n, atts);
            case Tag::baseline:
                if (n == "comment") return start_comment(parent, a_.results.back().indicators.back().baseline_comment);
                return skip(parent, n);
            case Tag::indicator_period: return start_period_child(n, atts);
            case Tag::target:
            case Tag::actual:
                if (n == "comment") {
                    IndicatorPeriodState& period = a_.results.back().indicators.back().periods.back();
                    return start_comment(parent, (parent == Tag::target ? period.target : period.actual).comment);
                }
                return skip(parent, n);
            case Tag::document_link: return start_document_child(n, atts);
            default: return skip(parent, n);
        }
    }

    void on_end(const char*) {
        if (stack_.empty()) return;  // an end the parser reports after the read was stopped
        const Tag tag = stack_.back();
        stack_.pop_back();
        switch (tag) {
            case Tag::activity: return end_activity();
            case Tag::identifier:
                target_ = nullptr;
                a_.identifier = trim(text_);
                return;
            case Tag::narrative:
                target_ = &text_;  // back to the parent's own text (IATI 1.0x puts names there)
                return;
            case Tag::title:
            case Tag::reporting_org:
            case Tag::participating_org:
            case Tag::recipient_country: {
                target_ = nullptr;
                std::string name(trim(narrative_.empty() ? text_ : narrative_));
                if (tag == Tag::title)
                    a_.title = std::move(name);
                else if (tag == Tag::reporting_org)
                    a_.reporting.name = std::move(name);
                else if (tag == Tag::participating_org) {
                    if (org_kept_) a_.participants.back().name = std::move(name);
                } else if (country_kept_)
                    a_.countries.back().name = std::move(name);
                return;
            }
            case Tag::value:
                if (stack_.empty()) return;
                if (stack_.back() == Tag::budget)
                    end_value(a_.budgets.back().value);
                else
                    end_value(a_.transactions.back().value);
                return;
            case Tag::budget: return end_budget();
            case Tag::transaction: return end_transaction();
            case Tag::result_title:
            case Tag::result_description:
            case Tag::indicator_title:
            case Tag::indicator_description:
            case Tag::comment:
            case Tag::document_title: return end_named_part(tag);
            default: return;
        }
    }

    void start_root(const char** atts) {
        const std::string_view version = attr_view(atts, "version");
        out_.version = version;
        static constexpr std::array<std::string_view, 8> known{"1.01", "1.02", "1.03", "1.04",
                                                               "1.05", "2.01", "2.02", "2.03"};
        if (version.empty())
            warn("iati.version.missing", "<iati-activities> has no @version; read as 2.03");
        else if (std::find(known.begin(), known.end(), version) == known.end())
            warn("iati.version.unknown", "<iati-activities version=" + dq(version) +
                                             ">: not a version this reader knows (1.01-1.05, 2.01-2.03); read as 2.03");
        legacy_ = version.starts_with("1.");
    }

    void start_activity(const char** atts) {
        a_.clear();
        in_activity_ = true;
        ++out_.activities_read;
        a_.line = line();
        stack_.push_back(Tag::activity);
        a_.language = attr_view(atts, "xml:lang");
        const std::string_view cur = attr_view(atts, "default-currency");
        if (!cur.empty()) {
            a_.default_currency = cur;
            if (!CurrencyCode::is_well_formed(cur)) {
                lose("iati.format.currency", Severity::warning,
                     "default-currency " + dq(cur) + " is not three upper-case letters (ISO 4217); not kept");
                a_.default_currency.clear();
            }
        }
    }

    void start_activity_child(std::string_view n, const char** atts) {
        const Tag tag = activity_child(n);
        switch (tag) {
            case Tag::identifier:
                if (a_.has_identifier) {
                    lose("iati.element.repeated", Severity::warning, "a second <iati-identifier>; the first is kept");
                    return skip(Tag::activity, n);
                }
                a_.has_identifier = true;
                text_.clear();
                target_ = &text_;
                break;
            case Tag::title:
                if (a_.has_title) {
                    lose("iati.element.repeated", Severity::warning, "a second <title>; the first is kept");
                    return skip(Tag::activity, n);
                }
                a_.has_title = true;
                start_named();
                break;
            case Tag::reporting_org:
                if (a_.has_reporting) {
                    lose("iati.element.repeated", Severity::warning, "a second <reporting-org>; the first is kept");
                    return skip(Tag::activity, n);
                }
                a_.has_reporting = true;
                a_.reporting.ref = attr_view(atts, "ref");
                a_.reporting.type = org_type(atts);
                start_named();
                break;
            case Tag::participating_org: {
                const std::string_view role = attr_view(atts, "role");
                const auto r = organisation_role(role);
                org_kept_ = r.has_value();
                if (!r) {
                    lose("iati.format.role", Severity::warning,
                         (role.empty()
                              ? std::string("<participating-org> has no @role")
                              : "participating-org role " + dq(role) + " is not an IATI OrganisationRole code (1-4)") +
                             "; the organisation is not kept as a participant");
                } else {
                    OrgState& o = a_.participants.emplace_back();
                    o.role = *r;
                    o.ref = attr_view(atts, "ref");
                    o.activity_id = attr_view(atts, "activity-id");
                    o.type = org_type(atts);
                    o.line = line();
                }
                start_named();
                break;
            }
            case Tag::activity_status: {
                if (a_.has_status) {
                    lose("iati.element.repeated", Severity::warning, "a second <activity-status>; the first is kept");
                    return skip(Tag::activity, n);
                }
                a_.has_status = true;
                const std::string_view code = attr_view(atts, "code");
                const auto c = parse_unsigned(code);
                if (!c || *c < 1 || *c > 6)
                    lose("iati.format.activity-status", Severity::warning,
                         "activity-status " + dq(code) +
                             " is not an IATI ActivityStatus code (1-6); status left as pipeline");
                else
                    a_.status = static_cast<OdaStatus>(*c - 1);
                break;
            }
            case Tag::activity_date: {
                const std::string_view type = attr_view(atts, "type");
                const int t = activity_date_type(type);
                if (t == 0) {
                    lose("iati.format.activity-date-type", Severity::warning,
                         "activity-date type " + dq(type) +
                             " is not an IATI ActivityDateType code (1-4); the date is not kept");
                } else if (attr(atts, "iso-date") == nullptr) {
                    warn("iati.activity-date.iso-date", "<activity-date type=\"" + std::string(type) +
                                                            "\"> has no @iso-date; the date is left unknown");
                } else if (auto d = activity_date_attr(atts, type)) {
                    auto& slot = a_.dates[static_cast<std::size_t>(t - 1)];
                    if (slot)
                        lose("iati.element.repeated", Severity::warning,
                             "a second <activity-date type=\"" + std::string(type) + "\">; the first is kept");
                    else
                        slot = d;
                }
                break;
            }
            case Tag::recipient_country: {
                const std::string_view code = attr_view(atts, "code");
                const Share pct = percentage_attr(atts, n);
                country_kept_ = CountryCode::is_well_formed(code);
                if (!country_kept_) {
                    lose("iati.format.country", Severity::warning,
                         "recipient-country " + dq(code) +
                             " is not two upper-case letters (ISO 3166-1 alpha-2); not kept");
                } else if (!share_kept(pct, "recipient country " + std::string(code))) {
                    country_kept_ = false;
                } else {
                    CountryState& c = a_.countries.emplace_back();
                    c.code = CountryCode(code);
                    c.percentage = pct.value.value_or(100.0);
                }
                start_named();
                break;
            }
            case Tag::recipient_region: {
                const std::string_view vocab = attr_view(atts, "vocabulary");
                const std::string_view code = attr_view(atts, "code");
                const Share pct = percentage_attr(atts, n);
                if (!vocab.empty() && vocab != "1" && vocab != "2") {
                    unmapped_share(pct, "recipient-region", vocab, code);
                    count_unmapped(Tag::activity, "recipient-region vocabulary " + std::string(vocab));
                    return skip_quietly();
                }
                const auto c = parse_unsigned(code);
                // The portfolio format keeps region codes of up to three digits (UN M49 and
                // the older OECD DAC codes); the DAC list's newer 1027-1035 it cannot hold.
                if (!c) {
                    lose("iati.format.region", Severity::warning,
                         "recipient-region " + dq(code) + " is not a number; not kept");
                } else if (*c > 999) {
                    lose("iati.format.region", Severity::warning,
                         "recipient-region " + dq(code) +
                             " has more than three digits, which the portfolio format cannot hold (region codes "
                             "0-999); not kept");
                } else if (share_kept(pct, "recipient region " + std::string(code))) {
                    a_.regions.push_back(
                        SupranationalShare{static_cast<std::uint16_t>(*c),
                                           vocab == "2" ? RegionVocabulary::un_m49 : RegionVocabulary::oecd_dac,
                                           pct.value.value_or(100.0)});
                }
                return skip_children(tag);
            }
            case Tag::sector: {
                std::string_view vocab = attr_view(atts, "vocabulary");
                if (vocab.empty() || vocab == "DAC")
                    vocab = "1";
                else if (vocab == "DAC-3")
                    vocab = "2";
                const std::string_view code = attr_view(atts, "code");
                const Share pct = percentage_attr(atts, n);
                if (vocab != "1" && vocab != "2") {
                    // Kept as published; a faulty percentage is reported and the sector kept without it.
                    if (!pct.rule.empty())
                        lose(pct.rule, Severity::warning,
                             pct.fault + " on sector " + dq(code) + " of vocabulary " + std::string(vocab) +
                                 "; the sector is kept without a percentage, the rest of the activity is imported");
                    const std::string problem = !record_key_problem(code).empty()
                                                    ? "code " + dq(code) + " " + record_key_problem(code)
                                                : !record_key_problem(vocab).empty()
                                                    ? "vocabulary " + dq(vocab) + " " + record_key_problem(vocab)
                                                    : std::string();
                    if (!code.empty() && !problem.empty())
                        lose("iati.format.sector", Severity::warning,
                             "sector " + problem + ", which a portfolio cannot keep; not kept");
                    else if (!code.empty())
                        a_.other_sectors.push_back({std::string(vocab), std::string(code), pct.value});
                    else
                        lose("iati.format.sector", Severity::warning,
                             "sector of vocabulary " + std::string(vocab) + " has no code; not kept");
                    return skip_quietly();
                }
                const std::size_t digits = vocab == "1" ? 5 : 3;
                if (code.size() != digits || !PurposeCode::is_well_formed(code)) {
                    lose("iati.format.sector", Severity::warning,
                         "sector " + dq(code) + " (vocabulary " + std::string(vocab) + ") is not a " +
                             std::to_string(digits) + "-digit DAC code; not kept");
                } else if (share_kept(pct, "sector " + std::string(code))) {
                    a_.sectors.push_back(SectorShare{PurposeCode(code), pct.value.value_or(100.0)});
                }
                return skip_children(tag);
            }
            case Tag::budget: {
                BudgetState& b = a_.budgets.emplace_back();
                b.line = line();
                b.first_notice = a_.notices.size();
                const std::string_view type = attr_view(atts, "type");
                const std::string_view status = attr_view(atts, "status");
                if (type == "2")
                    b.type = BudgetType::revised;
                else if (!type.empty() && type != "1")
                    lose("iati.format.budget-type", Severity::warning,
                         "budget type " + dq(type) + " is not an IATI BudgetType code (1-2); read as original");
                if (status == "2")
                    b.status = BudgetStatus::committed;
                else if (!status.empty() && status != "1")
                    lose("iati.format.budget-status", Severity::warning,
                         "budget status " + dq(status) + " is not an IATI BudgetStatus code (1-2); read as indicative");
                break;
            }
            case Tag::transaction: {
                TransactionState& t = a_.transactions.emplace_back();
                t.line = line();
                t.first_notice = a_.notices.size();
                break;
            }
            case Tag::result: start_result(atts); break;
            case Tag::document_link: start_document_link(atts); break;
            default:
                if (n == "other-identifier" && !legacy_ && attr_view(atts, "ref").empty())
                    warn("iati.other-identifier.ref",
                         "<other-identifier> has no @ref: the identifier itself is missing");
                else if (n == "other-identifier" && !legacy_) {
                    const std::string_view type = attr_view(atts, "type");
                    const std::string_view ref = attr_view(atts, "ref");
                    if (const std::string problem = record_key_problem(ref); !problem.empty()) {
                        lose("iati.format.other-identifier", Severity::warning,
                             "other-identifier " + dq(ref) + " " + problem +
                                 ", which a portfolio cannot keep; not kept");
                        return skip_quietly();
                    }
                    if (const auto kind = other_identifier_type(type)) {
                        a_.other_identifiers.emplace_back(ref, *kind);
                        return skip_quietly();
                    }
                    lose("iati.format.other-identifier", Severity::warning,
                         "other-identifier type " + dq(type) +
                             " is not an IATI OtherIdentifierType code (A1-A4, A9, B1, B9); not kept");
                    return skip_quietly();
                }
                return skip(Tag::activity, n);
        }
        stack_.push_back(tag);
    }

    // --- results and document links ----------------------------------------------
    /// An xsd:boolean attribute as an Aggregation; a faulty one is reported and read as not stated.
    Aggregation aggregation_attr(const char** atts, std::string_view element) {
        const char* raw = attr(atts, "aggregation-status");
        if (raw == nullptr) return Aggregation::not_stated;
        if (const auto b = boolean(raw)) return *b ? Aggregation::suitable : Aggregation::not_suitable;
        lose("iati.format.boolean", Severity::error,
             "<" + std::string(element) + " aggregation-status=" + dq(raw) +
                 ">: not a boolean (1, 0, true, false); read as not stated");
        return Aggregation::not_stated;
    }
    static std::optional<bool> boolean(std::string_view text) noexcept {
        text = trim(text);
        if (text == "1" || text == "true") return true;
        if (text == "0" || text == "false") return false;
        return std::nullopt;
    }

    void start_result(const char** atts) {
        ResultState& r = a_.results.emplace_back();
        r.line = line();
        const std::string_view type = attr_view(atts, "type");
        if (type == "1")
            r.type = ResultType::output;
        else if (type == "2")
            r.type = ResultType::outcome;
        else if (type == "3")
            r.type = ResultType::impact;
        else if (type == "9")
            r.type = ResultType::other;
        else
            lose("iati.format.result-type", type.empty() ? Severity::error : Severity::warning,
                 (type.empty() ? std::string("<result> has no @type")
                               : "result type " + dq(type) + " is not an IATI ResultType code (1, 2, 3, 9)") +
                     "; read as other");
        r.aggregation = aggregation_attr(atts, "result");
    }

    /// A named part (title, description, comment) given once: its narrative is read into
    /// `seen`'s text by end_named_part; a second one is reported and skipped.
    bool start_once(Tag parent, std::string_view n, bool& seen, Tag tag) {
        if (seen) {
            lose("iati.element.repeated", Severity::warning,
                 "<" + std::string(tag_name(parent)) + "> has a second <" + std::string(n) + ">; the first is kept");
            skip(parent, n);
            return false;
        }
        seen = true;
        start_named();
        stack_.push_back(tag);
        return true;
    }

    void start_result_child(std::string_view n, const char** atts) {
        ResultState& r = a_.results.back();
        if (n == "title") {
            start_once(Tag::result, n, r.has_title, Tag::result_title);
            return;
        }
        if (n == "description") {
            start_once(Tag::result, n, r.has_description, Tag::result_description);
            return;
        }
        if (n != "indicator") return skip(Tag::result, n);
        IndicatorState& i = r.indicators.emplace_back();
        i.line = line();
        const std::string_view measure = attr_view(atts, "measure");
        if (const auto c = parse_unsigned(measure); c && *c >= 1 && *c <= 5)
            i.measure = static_cast<IndicatorMeasure>(*c - 1);
        else
            lose(
                "iati.format.indicator-measure", measure.empty() ? Severity::error : Severity::warning,
                (measure.empty() ? std::string("<indicator> has no @measure")
                                 : "indicator measure " + dq(measure) + " is not an IATI IndicatorMeasure code (1-5)") +
                    "; read as qualitative, its values kept as text");
        if (const char* raw = attr(atts, "ascending")) {
            if (const auto b = boolean(raw))
                i.descending = !*b;
            else
                lose("iati.format.boolean", Severity::error,
                     "<indicator ascending=" + dq(raw) + ">: not a boolean (1, 0, true, false); read as ascending");
        }
        i.aggregation = aggregation_attr(atts, "indicator");
        stack_.push_back(Tag::indicator);
    }

    void start_indicator_child(std::string_view n, const char** atts) {
        IndicatorState& i = a_.results.back().indicators.back();
        if (n == "title") {
            start_once(Tag::indicator, n, i.has_title, Tag::indicator_title);
            return;
        }
        if (n == "description") {
            start_once(Tag::indicator, n, i.has_description, Tag::indicator_description);
            return;
        }
        if (n == "baseline") {
            // The model keeps one baseline; IATI allows one per location or dimension.
            if (i.has_baseline) return skip(Tag::indicator, "baseline (further)");
            i.has_baseline = true;
            const char* iso = attr(atts, "iso-date");
            const char* year = attr(atts, "year");
            if (iso != nullptr) i.baseline_date = date_attr(atts, "baseline", false);
            if (!i.baseline_date && year != nullptr) {
                const auto y = parse_unsigned(year);
                if (y && *y >= PartialDate::min_year && *y <= PartialDate::max_year)
                    i.baseline_date = PartialDate::of_year(static_cast<int>(*y));
                else
                    lose("iati.format.year", Severity::error,
                         "<baseline year=" + dq(year) + ">: not a year; the baseline is kept without its date");
            } else if (!i.baseline_date && iso == nullptr) {
                error("iati.date.missing", "<baseline> has no @year");
            } else if (iso != nullptr && !i.baseline_date) {
                ++a_.parts_left_out_or_changed;  // kept without its date (reported at the date)
            }
            i.baseline_value = attr_view(atts, "value");
            stack_.push_back(Tag::baseline);
            return;
        }
        if (n == "period") {
            IndicatorPeriodState& period = i.periods.emplace_back();
            period.line = line();
            stack_.push_back(Tag::indicator_period);
            return;
        }
        return skip(Tag::indicator, n);
    }

    void start_period_child(std::string_view n, const char** atts) {
        IndicatorPeriodState& period = a_.results.back().indicators.back().periods.back();
        if (n == "period-start" || n == "period-end") {
            const bool is_start = n == "period-start";
            bool& seen = is_start ? period.has_start : period.has_end;
            if (seen) {
                lose("iati.element.repeated", Severity::warning,
                     "<period> has a second <" + std::string(n) + ">; the first is kept");
                return skip(Tag::indicator_period, n);
            }
            seen = true;
            auto& date = is_start ? period.start : period.end;
            date = date_attr(atts, n, true);
            if (!date) ++a_.parts_left_out_or_changed;  // the period is kept without that date
            return skip_quietly();
        }
        if (n == "target" || n == "actual") {
            const bool is_target = n == "target";
            PeriodValueState& v = is_target ? period.target : period.actual;
            // The model keeps one of each per period; IATI allows one per location or dimension.
            if (v.present) return skip(Tag::indicator_period, std::string(n) + " (further)");
            v.present = true;
            v.value = attr_view(atts, "value");
            stack_.push_back(is_target ? Tag::target : Tag::actual);
            return;
        }
        return skip(Tag::indicator_period, n);
    }

    void start_comment(Tag parent, std::string& into) {
        if (!into.empty()) {
            lose("iati.element.repeated", Severity::warning,
                 "<" + std::string(tag_name(parent)) + "> has a second <comment>; the first is kept");
            return skip(parent, "comment");
        }
        start_named();
        stack_.push_back(Tag::comment);
    }

    void start_document_link(const char** atts) {
        DocumentLinkState& d = a_.documents.emplace_back();
        d.line = line();
        d.url = attr_view(atts, "url");
        d.format = attr_view(atts, "format");
        if (d.url.empty()) error("iati.document-link.url", "<document-link> has no @url");
    }

    void start_document_child(std::string_view n, const char** atts) {
        DocumentLinkState& d = a_.documents.back();
        if (n == "title") {
            start_once(Tag::document_link, n, d.has_title, Tag::document_title);
            return;
        }
        if (n == "category") {
            const std::string_view code = attr_view(atts, "code");
            if (const std::string problem = record_key_problem(code); !problem.empty())
                lose("iati.format.document-category", Severity::warning,
                     "document category " + dq(code) + " " + problem + ", which a portfolio cannot keep; not kept");
            else
                d.categories.emplace_back(code);
            return skip_quietly();
        }
        if (n == "language") {
            // A document's language is one tag: the first is kept.
            if (!d.language.empty()) return skip(Tag::document_link, "language (further)");
            d.language = attr_view(atts, "code");
            return skip_quietly();
        }
        if (n == "document-date") {
            if (d.has_date) {
                lose("iati.element.repeated", Severity::warning,
                     "<document-link> has a second <document-date>; the first is kept");
                return skip(Tag::document_link, n);
            }
            d.has_date = true;
            d.date = date_attr(atts, n, true);
            if (!d.date) ++a_.parts_left_out_or_changed;  // the document is kept without its date
            return skip_quietly();
        }
        return skip(Tag::document_link, n);
    }

    /// The end of a title, description or comment of a result, an indicator, a baseline,
    /// a target or actual, or a document link: its first narrative is kept.
    void end_named_part(Tag tag) {
        target_ = nullptr;
        std::string text(trim(narrative_.empty() ? text_ : narrative_));
        const Tag parent = stack_.back();
        if (parent == Tag::result) {
            ResultState& r = a_.results.back();
            (tag == Tag::result_title ? r.title : r.description) = std::move(text);
        } else if (parent == Tag::indicator) {
            IndicatorState& i = a_.results.back().indicators.back();
            (tag == Tag::indicator_title ? i.title : i.description) = std::move(text);
        } else if (parent == Tag::baseline) {
            a_.results.back().indicators.back().baseline_comment = std::move(text);
        } else if (parent == Tag::target || parent == Tag::actual) {
            IndicatorPeriodState& period = a_.results.back().indicators.back().periods.back();
            (parent == Tag::target ? period.target : period.actual).comment = std::move(text);
        } else if (parent == Tag::document_link) {
            a_.documents.back().title = std::move(text);
        }
    }

    /// Elements named by narratives (title, organisations, countries): the first
    /// narrative is the name; a 1.0x file puts it as the element's own text.
    void start_named() {
        narrative_count_ = 0;
        narrative_.clear();
        text_.clear();
        target_ = &text_;
    }
    /// Children of a mapped element that carry nothing the model keeps beyond a name
    /// (sector and region narratives): counted as not mapped.
    void skip_children(Tag tag) {
        stack_.push_back(tag);
        // The element's children are all "other" under this parent: on_start skips them.
    }
    /// An element already counted (by vocabulary): its subtree is skipped.
    void skip_quietly() { skip_depth_ = 1; }

    std::uint16_t org_type(const char** atts) {
        const std::string_view t = attr_view(atts, "type");
        if (t.empty()) return 0;
        const auto v = parse_unsigned(t);
        if (!v || *v > 99) {  // OrganisationType codes have two digits (10 government ... 90 other)
            lose("iati.format.organisation-type", Severity::warning,
                 "organisation type " + dq(t) + " is not a two-digit IATI OrganisationType code; left unknown");
            return 0;
        }
        return static_cast<std::uint16_t>(*v);
    }

    /// The money of a value as published, for a notice about a part left out.
    static std::string money_text(const ValueState& v) {
        if (!v.present) return "no value";
        return "value " + dq(v.text) + (v.currency.empty() ? std::string() : " " + v.currency);
    }
    /// Leaves the last budget or transaction out, naming it and its money. An error when
    /// one of its faults is (the schema forbids it), else a warning (a code of the wrong
    /// form, which the schema allows).
    void leave_out(std::string_view element, std::uint64_t at, std::size_t first_notice, const ValueState& v,
                   std::string_view extra) {
        const bool error = std::any_of(a_.notices.begin() + static_cast<std::ptrdiff_t>(first_notice), a_.notices.end(),
                                       [](const Notice& n) { return n.severity == Severity::error; });
        lose("iati." + std::string(element) + ".left-out", error ? Severity::error : Severity::warning,
             "<" + std::string(element) + "> at line " + std::to_string(at) + " (" + money_text(v) +
                 std::string(extra) +
                 ") is left out, the rest of the activity is imported: the notices before this one say why");
    }

    /// A budget the model cannot hold (no start, no value, a value or date that does not
    /// parse, an end before the start) is left out alone; the activity is kept.
    void end_budget() {
        BudgetState& b = a_.budgets.back();
        const std::string at = "<budget> at line " + std::to_string(b.line);
        bool usable = b.start.has_value() && b.value.amount.has_value() && (!b.has_end || b.end.has_value());
        if (!b.has_start) error("iati.budget.period", at + " has no <period-start>");
        if (!b.value.present) error("iati.budget.value", at + " has no <value>");
        if (b.start && b.end && b.end->latest() < b.start->earliest()) {
            error("iati.budget.period",
                  at + " ends (" + b.end->to_string() + ") before it starts (" + b.start->to_string() + ")");
            usable = false;
        }
        if (!usable) {
            std::string period;
            if (b.start || b.end)
                period =
                    ", period " + (b.start ? b.start->to_string() : "?") + " to " + (b.end ? b.end->to_string() : "?");
            leave_out("budget", b.line, b.first_notice, b.value, period);
            a_.budgets.pop_back();
        } else if (b.value.value_date_fault) {
            ++a_.parts_left_out_or_changed;  // kept without its value date (reported at the value)
        }
    }

    /// A transaction that cannot be counted (no or unknown type, no value, no date to
    /// give its year) is left out alone; the activity is kept.
    void end_transaction() {
        TransactionState& t = a_.transactions.back();
        const std::string at = "<transaction> at line " + std::to_string(t.line);
        if (t.has_sector) a_.transaction_sector = true;
        if (!t.has_type) error("iati.transaction.type", at + " has no <transaction-type>");
        if (!t.value.present) error("iati.transaction.value", at + " has no <value>");
        if (!t.has_date && !t.value.value_date && !t.value.value_date_fault)
            error("iati.transaction.date",
                  at + " has neither <transaction-date> nor @value-date: no year to count it in");
        // The year comes from the transaction date; a date that is there but does not
        // parse is not replaced by the value date.
        const bool dated = t.has_date ? t.date.has_value() : t.value.value_date.has_value();
        if (!t.type || !t.value.amount || !dated) {
            leave_out("transaction", t.line, t.first_notice, t.value, "");
            a_.transactions.pop_back();
        }
    }

    void end_activity() {
        in_activity_ = false;
        target_ = nullptr;
        if (!options_.reporting_orgs.empty() &&
            std::find(options_.reporting_orgs.begin(), options_.reporting_orgs.end(), a_.reporting.ref) ==
                options_.reporting_orgs.end()) {
            ++out_.activities_skipped;  // another publisher's activity, not asked for
            a_.notices.clear();
            return;
        }
        if (!a_.has_identifier || a_.identifier.empty())
            a_.notices.push_back(
                Notice{"iati.activity.identifier",
                       Severity::warning,
                       {},
                       a_.line,
                       "the activity has no <iati-identifier>; imported without identifier, under the record key "
                       "iati-activity-line-" +
                           std::to_string(a_.line)});
        if (!a_.has_reporting)
            a_.notices.push_back(
                Notice{"iati.element.missing", Severity::warning, {}, a_.line, "the activity has no <reporting-org>"});
        if (!a_.has_title)
            a_.notices.push_back(
                Notice{"iati.element.missing", Severity::warning, {}, a_.line, "the activity has no <title>"});
        if (!a_.has_status)
            a_.notices.push_back(Notice{"iati.element.missing",
                                        Severity::warning,
                                        {},
                                        a_.line,
                                        "the activity has no <activity-status>; status left as pipeline"});
        if (!a_.identifier.empty() && !is_valid_record_key(a_.identifier)) {
            // IATI allows what a record id may not hold (';' splits lists in CSV): the
            // identifier is kept as published, the record is keyed by a readable stand-in.
            a_.key = record_key_for_identifier(a_.identifier);
            a_.notices.push_back(
                Notice{"iati.activity.identifier",
                       Severity::warning,
                       {},
                       a_.line,
                       "the identifier " + dq(a_.identifier) + " " + record_key_problem(a_.identifier) +
                           ", which a record id may not; kept as the identifier, under the record key " + dq(a_.key)});
        } else {
            a_.key = a_.identifier;
        }
        if (!a_.rejected && !a_.identifier.empty()) {
            if (out_.portfolio.find_engagement(a_.key)) {
                a_.notices.push_back(Notice{"iati.activity.duplicate",
                                            Severity::error,
                                            {},
                                            a_.line,
                                            "an engagement with this identifier is already in the portfolio"});
                a_.rejected = true;
            }
        }
        if (a_.rejected) {
            a_.notices.push_back(Notice{"iati.activity.rejected",
                                        Severity::error,
                                        {},
                                        a_.line,
                                        "the activity is not imported, with all its money: its identifier is taken"});
        } else {
            try {
                commit();
            } catch (const InvalidValue& e) {
                a_.notices.push_back(Notice{"iati.activity.rejected",
                                            Severity::error,
                                            {},
                                            a_.line,
                                            std::string("the activity is not imported: ") + e.what()});
                a_.rejected = true;
            }
        }
        if (!a_.rejected && !a_.unmapped.empty()) {
            std::string msg = "not mapped: ";
            bool first = true;
            for (const Unmapped& u : a_.unmapped) {
                if (!first) msg += ", ";
                first = false;
                if (u.parent != Tag::activity) (msg += tag_name(u.parent)) += '/';
                msg += u.name;
                if (u.count > 1) msg += " (" + std::to_string(u.count) + ")";
            }
            if (a_.unmapped_beyond > 0)
                msg += ", and " + std::to_string(a_.unmapped_beyond) + " more elements of other names (only " +
                       std::to_string(max_unmapped_names) + " names are listed)";
            a_.notices.push_back(Notice{"iati.unmapped", Severity::info, {}, a_.line, std::move(msg)});
        }
        for (Notice& n : a_.notices) {
            n.activity = a_.identifier;
            out_.notices.push_back(std::move(n));
            groups_.push_back(a_.line);
        }
        a_.notices.clear();
    }

    PartnerId country_partner(const CountryState& c) {
        if (const auto it = country_partners_.find(c.code.view()); it != country_partners_.end()) return it->second;
        Portfolio& p = out_.portfolio;
        Partner partner;
        partner.level = PartnerLevel::country;
        partner.country = c.code;
        std::string key = detail::ascii_lower(c.code.view());
        if (p.find_partner(key)) key = "iati-country-" + key;
        for (int i = 2; p.find_partner(key); ++i)
            key = "iati-country-" + detail::ascii_lower(c.code.view()) + "-" + std::to_string(i);
        partner.key = p.intern(key);
        if (const auto* ref = reference::find_country(c.code))
            partner.name_en = p.intern(ref->common_name.empty() ? ref->name : ref->common_name);
        else
            partner.name_en = p.intern(c.name);
        partner.provenance.source = p.intern(file_name_ + ", line " + std::to_string(a_.line));
        const PartnerId id = p.add(partner);
        country_partners_.emplace(std::string(c.code.view()), id);
        // Findings about the partner are the import's too: told with the activity that added it.
        new_partners_.emplace(p.partners().size() - 1, std::pair(a_.line, a_.identifier));
        return id;
    }

    OrganisationRef org_ref(const OrgState& o) {
        Portfolio& p = out_.portfolio;
        return OrganisationRef{p.intern(o.ref), p.intern(o.name), o.type};
    }

    void build_money(OdaEngagement& e) const {
        for (const BudgetState& b : a_.budgets)
            e.budgets.emplace_back(Period(*b.start, b.end), Money(*b.value.amount, CurrencyCode(b.value.currency)),
                                   b.value.value_date, b.type, b.status);
        for (const TransactionState& t : a_.transactions) {
            if (!t.type) continue;  // reported: not an IATI TransactionType
            const int year = (t.date ? *t.date : *t.value.value_date).year();
            const CurrencyCode currency(t.value.currency);
            auto it = std::find_if(e.transactions.begin(), e.transactions.end(), [&](const TransactionTotal& x) {
                return x.year == year && x.type == *t.type && x.amount.currency() == currency;
            });
            if (it == e.transactions.end())
                e.transactions.push_back(TransactionTotal{year, *t.type, Money(*t.value.amount, currency), 1});
            else {
                it->amount = it->amount.plus(Money(*t.value.amount, currency));
                ++it->count;
            }
        }
        std::sort(e.transactions.begin(), e.transactions.end(),
                  [](const TransactionTotal& x, const TransactionTotal& y) {
                      return std::tuple(x.year, x.type, x.amount.currency().view()) <
                             std::tuple(y.year, y.type, y.amount.currency().view());
                  });
    }

    /// A key of kind `Record` not yet taken: `wanted`, else `wanted-2`, `wanted-3`, ...
    /// (a portfolio read into may hold one).
    template <class Record>
    TextId free_key(std::string wanted) {
        Portfolio& p = out_.portfolio;
        if (p.find<Record>(wanted))
            for (int i = 2;; ++i)
                if (const std::string next = wanted + "-" + std::to_string(i); !p.find<Record>(next)) {
                    wanted = next;
                    break;
                }
        return p.intern(wanted);
    }
    /// Remembers where a record the import added came from, for the rule findings about it.
    template <class Record>
    void remember(id_of_t<Record> id, std::uint64_t line) {
        std::vector<Origin>& added = origins_[RecordKinds::index_of<Record>];
        if (added.empty()) first_added_[RecordKinds::index_of<Record>] = id.index();
        // Records of a kind are added in ID order, so the position is the ID less the first.
        added.resize(id.index() - first_added_[RecordKinds::index_of<Record>] + 1);
        added.back() = Origin{line, a_.line, current_engagement_};
    }
    Provenance provenance_at(std::uint64_t line) {
        Provenance provenance;
        provenance.source = out_.portfolio.intern(file_name_ + ", line " + std::to_string(line));
        return provenance;
    }

    /// The activity's results as Result, Indicator and IndicatorPeriod records of the
    /// engagement, keyed after it ("<engagement>:result-1:indicator-2:period-1").
    void commit_results(EngagementId engagement, const std::string& engagement_key) {
        Portfolio& p = out_.portfolio;
        for (std::size_t ri = 0; ri < a_.results.size(); ++ri) {
            const ResultState& rs = a_.results[ri];
            Result r;
            const std::string result_key = engagement_key + ":result-" + std::to_string(ri + 1);
            r.key = free_key<Result>(result_key);
            r.title = p.intern(rs.title);
            r.description = p.intern(rs.description);
            r.type = rs.type;
            r.aggregation_status = rs.aggregation;
            r.engagement = engagement;
            r.provenance = provenance_at(rs.line);
            const ResultId result = p.add(std::move(r));
            remember<Result>(result, rs.line);
            for (std::size_t ii = 0; ii < rs.indicators.size(); ++ii) {
                const IndicatorState& is = rs.indicators[ii];
                Indicator i;
                const std::string indicator_key = result_key + ":indicator-" + std::to_string(ii + 1);
                i.key = free_key<Indicator>(indicator_key);
                i.result = result;
                i.title = p.intern(is.title);
                i.description = p.intern(is.description);
                i.measure = is.measure;
                i.descending = is.descending;
                i.aggregation_status = is.aggregation;
                i.baseline_date = is.baseline_date;
                i.baseline_value = p.intern(is.baseline_value);
                i.baseline_comment = p.intern(is.baseline_comment);
                i.provenance = provenance_at(is.line);
                const IndicatorId indicator = p.add(std::move(i));
                remember<Indicator>(indicator, is.line);
                for (std::size_t pi = 0; pi < is.periods.size(); ++pi) {
                    const IndicatorPeriodState& ps = is.periods[pi];
                    IndicatorPeriod period;
                    period.key = free_key<IndicatorPeriod>(indicator_key + ":period-" + std::to_string(pi + 1));
                    period.indicator = indicator;
                    period.start = ps.start;
                    period.end = ps.end;
                    period.target = p.intern(ps.target.value);
                    period.target_comment = p.intern(ps.target.comment);
                    period.actual = p.intern(ps.actual.value);
                    period.actual_comment = p.intern(ps.actual.comment);
                    period.provenance = provenance_at(ps.line);
                    remember<IndicatorPeriod>(p.add(std::move(period)), ps.line);
                }
            }
        }
    }

    /// The activity's document links as Document records about the engagement.
    void commit_documents(EngagementId engagement, const std::string& engagement_key) {
        Portfolio& p = out_.portfolio;
        for (std::size_t di = 0; di < a_.documents.size(); ++di) {
            const DocumentLinkState& ds = a_.documents[di];
            Document d;
            d.key = free_key<Document>(engagement_key + ":document-" + std::to_string(di + 1));
            d.title = p.intern(ds.title);
            d.kind = ds.categories.empty() ? DocumentKind::other : document_kind(ds.categories.front());
            // IATI names no language for many links: the activity's default language, else
            // BCP 47's "und" (undetermined) rather than a guess.
            d.language = p.intern(!ds.language.empty()   ? ds.language
                                  : !a_.language.empty() ? a_.language
                                                         : std::string("und"));
            d.date = ds.date;
            d.url = p.intern(ds.url);
            d.format = p.intern(ds.format);
            d.engagement = engagement;
            for (const std::string& c : ds.categories) d.iati_categories.push_back(p.intern(c));
            d.provenance = provenance_at(ds.line);
            remember<Document>(p.add(std::move(d)), ds.line);
        }
    }

    /// Turns the activity into an engagement (and recipient partners). Values that
    /// can throw are built before anything is added, so a failure adds nothing.
    void commit() {
        Portfolio& p = out_.portfolio;
        OdaEngagement e;
        build_money(e);
        e.iati_identifier = p.intern(a_.identifier);
        if (a_.identifier.empty()) {
            // Every record needs a key to be saved; name it after its place in the file.
            std::string key = "iati-activity-line-" + std::to_string(a_.line);
            for (int i = 2; p.find_engagement(key); ++i)
                key = "iati-activity-line-" + std::to_string(a_.line) + "-" + std::to_string(i);
            e.key = p.intern(key);
        } else {
            e.key = p.intern(a_.key);
        }
        e.title = p.intern(a_.title);
        if (!a_.default_currency.empty()) e.default_currency = CurrencyCode(a_.default_currency);
        e.status = a_.status;
        e.planned_start = a_.dates[0];
        e.actual_start = a_.dates[1];
        e.planned_end = a_.dates[2];
        e.actual_end = a_.dates[3];
        if (a_.has_reporting) e.reporting_org = org_ref(a_.reporting);
        const TextId source = p.intern(file_name_ + ", line " + std::to_string(a_.line));
        for (const OrgState& o : a_.participants) {
            const detail::MatchedOrganisation m =
                organisations_.find_or_add(p, detail::NamedOrganisation{o.ref, o.name, o.type}, source);
            // Said once per record and name: a publisher naming KOICA two ways does so on
            // every activity.
            if (m.other_name && other_names_.insert(std::to_string(m.id.index()) + '\t' + o.name).second)
                a_.notices.push_back(Notice{"iati.participant.other_name",
                                            Severity::info,
                                            {},
                                            o.line,
                                            "participating-org " + dq(o.ref) + " is named " + dq(o.name) +
                                                " here; it is the organisation record " + dq(p.text(p.at(m.id).key)) +
                                                ", whose name " + dq(p.text(p.at(m.id).name_en)) + " is kept"});
            e.organisations.push_back(Involvement{m.id, o.role, p.intern(o.activity_id)});
        }
        e.recipient_countries.reserve(a_.countries.size());
        for (const CountryState& c : a_.countries) {
            const PartnerId partner = country_partner(c);
            if (e.recipient_countries.empty()) {
                e.recipient = c.code;
                e.recipient_partner = partner;
            }
            e.recipient_countries.push_back(CountryShare{c.code, c.percentage});
        }
        e.recipient_regions = a_.regions;
        e.sectors = a_.sectors;
        for (const auto& s : a_.other_sectors)
            e.other_sectors.push_back(OtherSector{p.intern(s.vocabulary), p.intern(s.code), s.percentage});
        e.transaction_sectors = a_.transaction_sector;
        for (const auto& [ref, type] : a_.other_identifiers)
            e.other_identifiers.push_back(OtherIdentifier{p.intern(ref), type});
        e.provenance.source = source;
        const std::string engagement_key(p.text(e.key));
        const EngagementId engagement = p.add(std::move(e));
        current_engagement_ = engagement;
        commit_results(engagement, engagement_key);
        commit_documents(engagement, engagement_key);
        lines_.push_back(a_.line);
        ++out_.activities_imported;
        out_.parts_left_out_or_changed += a_.parts_left_out_or_changed;
    }

    // --- rules over what was imported --------------------------------------------
    template <class Options>
    static bool hand_codelists(Options& options, const Codelists* codelists) {
        if constexpr (requires { options.iati_codelists = codelists; }) {
            options.iati_codelists = codelists;
            return codelists != nullptr;
        } else {
            return false;
        }
    }

    /// The RecordKinds position of a kind the import adds beside engagements and partners.
    static std::optional<std::size_t> added_kind(EntityKind kind) noexcept {
        switch (kind) {
            case EntityKind::result: return RecordKinds::index_of<Result>;
            case EntityKind::indicator: return RecordKinds::index_of<Indicator>;
            case EntityKind::indicator_period: return RecordKinds::index_of<IndicatorPeriod>;
            case EntityKind::document: return RecordKinds::index_of<Document>;
            default: return std::nullopt;
        }
    }

    void run_rules() {
        ValidationOptions vo;
        out_.codelists_checked = hand_codelists(vo, options_.codelists);
        const ValidationReport report = validate(out_.portfolio, vo);
        const auto engagements = out_.portfolio.engagements();
        for (const Finding& f : report.findings()) {
            if (f.entity.kind == EntityKind::partner) {
                const auto it = new_partners_.find(f.entity.index);
                if (it == new_partners_.end()) continue;
                const Partner& partner = out_.portfolio.partners()[f.entity.index];
                out_.notices.push_back(Notice{f.rule, f.severity, it->second.second, it->second.first,
                                              "recipient partner \"" + std::string(out_.portfolio.text(partner.key)) +
                                                  "\" " + (f.field.empty() ? f.message : f.field + ": " + f.message)});
                groups_.push_back(it->second.first);
                continue;
            }
            if (const auto kind = added_kind(f.entity.kind)) {
                const std::vector<Origin>& added = origins_[*kind];
                const std::size_t first = first_added_[*kind];
                if (added.empty() || f.entity.index < first || f.entity.index - first >= added.size()) continue;
                const Origin& origin = added[f.entity.index - first];
                if (origin.activity_line == 0) continue;  // not one the import added
                out_.notices.push_back(Notice{
                    f.rule, f.severity,
                    std::string(out_.portfolio.text(out_.portfolio.engagement(origin.engagement).iati_identifier)),
                    origin.line,
                    std::string(to_string(f.entity.kind)) + " \"" + f.entity.key + "\" " +
                        (f.field.empty() ? f.message : f.field + ": " + f.message)});
                groups_.push_back(origin.activity_line);
                continue;
            }
            if (f.entity.kind != EntityKind::oda || f.entity.index < first_new_engagement_) continue;
            const std::size_t i = f.entity.index - first_new_engagement_;
            if (i >= lines_.size()) continue;
            std::string message = f.field.empty() ? f.message : f.field + ": " + f.message;
            out_.notices.push_back(Notice{f.rule, f.severity,
                                          std::string(out_.portfolio.text(engagements[f.entity.index].iati_identifier)),
                                          lines_[i], std::move(message)});
            groups_.push_back(lines_[i]);
        }
    }

public:
    void file_level_notices() {
        if (out_.activities_skipped != 0) {
            std::string asked;
            for (const std::string& ref : options_.reporting_orgs) asked += (asked.empty() ? "" : ", ") + ref;
            file_notice(Notice{"iati.activity.skipped",
                               Severity::info,
                               {},
                               0,
                               std::to_string(out_.activities_skipped) +
                                   " activities of other reporting organisations skipped (only " + asked +
                                   " asked for)"});
        }
        for (const auto& [name, count] : file_unmapped_)
            file_notice(Notice{"iati.unmapped",
                               Severity::info,
                               {},
                               0,
                               "not mapped: <" + name + "> beside the activities (" + std::to_string(count) + ")"});
        if (file_unmapped_beyond_ > 0)
            file_notice(Notice{"iati.unmapped",
                               Severity::info,
                               {},
                               0,
                               "not mapped: " + std::to_string(file_unmapped_beyond_) +
                                   " more elements of other names beside the activities (only " +
                                   std::to_string(max_unmapped_names) + " names are listed)"});
    }

private:
    Import& out_;
    std::string file_name_;
    const ReadOptions& options_;
    std::vector<Tag> stack_;
    std::uint32_t skip_depth_ = 0;
    std::string* target_ = nullptr;
    std::string text_, narrative_;
    std::uint32_t narrative_count_ = 0;
    bool org_kept_ = false, country_kept_ = false;
    bool in_activity_ = false, saw_root_ = false, legacy_ = false;
    ActivityState a_;
    std::vector<std::uint64_t> lines_;   // per imported engagement, the line of its <iati-activity>
    std::vector<std::uint64_t> groups_;  // per notice: the line of its activity, 0 for the file
    std::map<std::size_t, std::pair<std::uint64_t, std::string>>
        new_partners_;  // partner index: activity line, identifier
    std::size_t first_new_engagement_ = 0;
    /// Per record kind: the records the import added beside engagements (results,
    /// indicators, indicator periods, documents) by index -> their line and activity.
    struct Origin {
        std::uint64_t line = 0, activity_line = 0;  ///< activity_line 0: no record of the import
        EngagementId engagement{0};                 ///< whose identifier names the activity
    };
    std::array<std::vector<Origin>, RecordKinds::size> origins_;  ///< by ID less first_added_
    std::array<std::size_t, RecordKinds::size> first_added_{};
    EngagementId current_engagement_{0};  ///< the engagement whose results and documents are being added
    std::map<std::string, PartnerId, std::less<>> country_partners_;
    /// The organisation records of the participating organisations, by identifier and name.
    detail::OrganisationMatcher organisations_{out_.portfolio};
    /// "record index, tab, name" of each other name iati.participant.other_name has told.
    std::unordered_set<std::string> other_names_;
    std::map<std::string, std::uint64_t, std::less<>> file_unmapped_;  // at most max_unmapped_names
    std::uint64_t file_unmapped_beyond_ = 0;
};

/// What a file that is not XML in UTF-8 looks like, from its first bytes, so that the
/// message says what was given rather than libxml2's "Document is empty" or "Start tag
/// expected". Nothing when it may be XML (libxml2 then judges it).
std::optional<std::string> not_utf8_xml(std::string_view head) {
    using namespace std::string_view_literals;
    if (head.starts_with("\x1F\x8B"sv)) return "a gzip-compressed file, not XML: decompress it first (gunzip)";
    if (head.starts_with("PK\x03\x04"sv)) return "a ZIP archive, not XML: extract the activity file first";
    if (head.starts_with("\xFF\xFE\0\0"sv) || head.starts_with("\0\0\xFE\xFF"sv))
        return "UTF-32 text; IATI files are read as UTF-8 only: convert it (iconv -f UTF-32 -t UTF-8)";
    if (head.starts_with("\xFF\xFE"sv) || head.starts_with("\xFE\xFF"sv) || head.starts_with("<\0"sv) ||
        head.starts_with("\0<"sv))
        return "UTF-16 text; IATI files are read as UTF-8 only, as every reader of the library: convert it "
               "(iconv -f UTF-16 -t UTF-8)";
    if (head.starts_with("\xEF\xBB\xBF"sv)) head.remove_prefix(3);  // a UTF-8 byte order mark
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return std::nullopt;  // empty or blank: libxml2 says so
    const char c = head[first];
    if (c == '{' || c == '[')
        return std::string("JSON, not XML (it starts with '") + c +
               "'): an IATI activity file is XML; a portfolio .json is read with load_portfolio";
    if (c != '<') return "not XML: it starts with " + detail::quoted_excerpt(head.substr(first, 16)) + ", not with '<'";
    return std::nullopt;
}

void refuse_what_is_not_xml(std::string_view head, const std::string& source) {
    if (const auto what = not_utf8_xml(head)) throw FileError(source + ":1:1: " + *what);
}

Import make_import(const ReadOptions& options) {
    return Import{Portfolio(options.home.value_or(SubdivisionCode("ZZ-ZZ"))), {}, {}, 0, 0, 0, false};
}

void read_file_into(Import& out, const std::filesystem::path& path, const ReadOptions& options) {
    const InputFile file(path, path.string() + ": cannot open");
    std::array<char, 64> head{};
    const std::size_t got = std::fread(head.data(), 1, head.size(), file.stream());
    refuse_what_is_not_xml(std::string_view(head.data(), got), path.string());
    std::rewind(file.stream());
    const std::uint64_t total = file.size();
    Reader reader(out, path.string(), path.filename().string(), options);
    std::uint64_t reported = 0;
    reader.feed_file(file.stream(), chunk_size, [&](std::uint64_t done) {
        if (options.progress && (done - reported >= progress_step || done >= total)) {
            reported = done;
            options.progress(done, total);
        }
    });
    reader.file_level_notices();
    reader.finish();
}

}  // namespace

Import read(const std::filesystem::path& path, const ReadOptions& options) {
    Import out = make_import(options);
    read_file_into(out, path, options);
    return out;
}

Import parse(std::string_view xml, std::string_view source_name, const ReadOptions& options) {
    refuse_what_is_not_xml(xml.substr(0, 64), std::string(source_name));
    Import out = make_import(options);
    Reader reader(out, std::string(source_name), std::string(source_name), options);
    std::uint64_t done = 0, reported = 0;
    do {
        const std::string_view piece = xml.substr(0, chunk_size);
        xml.remove_prefix(piece.size());
        reader.feed(piece, xml.empty());
        done += piece.size();
        if (options.progress && (done - reported >= progress_step || xml.empty())) {
            reported = done;
            options.progress(done, done + xml.size());
        }
    } while (!xml.empty());
    reader.file_level_notices();
    reader.finish();
    return out;
}

Import read_into(const Portfolio& base, const std::filesystem::path& path, const ReadOptions& options) {
    Import out{base, {}, {}, 0, 0, 0, false};
    read_file_into(out, path, options);
    return out;
}

}  // namespace paradiplomacy::iati
