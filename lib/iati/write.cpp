// SPDX-License-Identifier: Apache-2.0
// IATI 2.03 export through libxml2's xmlTextWriter, which escapes text and attribute
// values. Each engagement is checked and turned into an ActivityPlan first, so that an
// engagement that cannot be written stops the export before any XML is produced for it
// and the error names the engagement and the rule (docs/iati.md, "Export").

#include "io/atomic_file.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/iati/write.hpp>

#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlwriter.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace paradiplomacy::iati {
namespace {

// --- small formatting helpers ------------------------------------------------------

std::string iso_day(Day day) {
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(day.year()),
                                static_cast<int>(day.month()), static_cast<int>(day.day()));
    return std::string(buffer, static_cast<std::size_t>(n));
}

/// xsd:decimal: no exponent, the shortest digits that read back as the same double.
std::string decimal(double value) {
    char buffer[512];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc()) throw FileError("IATI export: cannot format the number " + std::to_string(value));
    return std::string(buffer, end);
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool digits_at(std::string_view s, std::size_t pos, std::size_t count) noexcept {
    if (pos + count > s.size()) return false;
    for (std::size_t i = pos; i < pos + count; ++i)
        if (!is_digit(s[i])) return false;
    return true;
}

/// "YYYY-MM-DDThh:mm:ss" with optional fraction and an optional "Z" or "+hh:mm" /
/// "-hh:mm" zone: the xsd:dateTime forms. Returns the day it falls on.
std::optional<Day> parse_datetime(std::string_view s) noexcept {
    if (s.size() < 19 || !digits_at(s, 0, 4) || s[4] != '-' || !digits_at(s, 5, 2) || s[7] != '-' ||
        !digits_at(s, 8, 2) || s[10] != 'T' || !digits_at(s, 11, 2) || s[13] != ':' || !digits_at(s, 14, 2) ||
        s[16] != ':' || !digits_at(s, 17, 2))
        return std::nullopt;
    std::size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        const std::size_t first = ++pos;
        while (pos < s.size() && is_digit(s[pos])) ++pos;
        if (pos == first) return std::nullopt;
    }
    if (pos < s.size()) {
        if (s[pos] == 'Z') {
            ++pos;
        } else if ((s[pos] == '+' || s[pos] == '-') && digits_at(s, pos + 1, 2) && pos + 3 < s.size() &&
                   s[pos + 3] == ':' && digits_at(s, pos + 4, 2)) {
            pos += 6;
        } else {
            return std::nullopt;
        }
    }
    if (pos != s.size()) return std::nullopt;
    const int hour = (s[11] - '0') * 10 + (s[12] - '0');
    const int minute = (s[14] - '0') * 10 + (s[15] - '0');
    const int second = (s[17] - '0') * 10 + (s[18] - '0');
    if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
    const auto date = PartialDate::try_parse(s.substr(0, 10));
    if (!date) return std::nullopt;
    return date->earliest();
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[32];
    const std::size_t n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return std::string(buffer, n);
}

// --- what one activity will hold ---------------------------------------------------

struct OrgPlan {
    std::string ref;
    std::string type;  ///< Empty: no @type.
    std::string role;  ///< Empty for the reporting organisation.
    std::string activity_id;
    std::string name;
};

struct DatePlan {
    int type = 1;
    std::string iso;
    std::string narrative;
};

struct SharePlan {
    std::string code;
    std::string vocabulary;  ///< Empty: no @vocabulary.
    std::optional<std::string> percentage;
};

struct ValuePlan {
    std::string amount;
    std::string currency;  ///< Empty: the activity's default currency.
    std::string value_date;
};

struct BudgetPlan {
    int type = 1;
    int status = 1;
    std::string start;
    std::string end;
    ValuePlan value;
};

struct TransactionPlan {
    int type = 3;
    std::string date;
    ValuePlan value;
};

/// A target or actual: @value and comment, each left out when empty.
struct PeriodValuePlan {
    std::string value;
    std::string comment;
    [[nodiscard]] bool present() const noexcept { return !value.empty() || !comment.empty(); }
};

struct IndicatorPeriodPlan {
    std::string start;
    std::string end;
    PeriodValuePlan target, actual;
};

struct IndicatorPlan {
    std::string measure;
    std::string ascending;    ///< Empty: no @ascending (IATI's default, ascending).
    std::string aggregation;  ///< Empty: no @aggregation-status.
    std::string title;
    std::string description;
    bool has_baseline = false;
    std::string baseline_year, baseline_iso, baseline_value, baseline_comment;
    std::vector<IndicatorPeriodPlan> periods;
};

struct ResultPlan {
    std::string type;
    std::string aggregation;  ///< Empty: no @aggregation-status.
    std::string title;
    std::string description;
    std::vector<IndicatorPlan> indicators;
};

struct DocumentPlan {
    std::string url;
    std::string format;
    std::string title;
    std::vector<std::string> categories;
    std::string language;  ///< Empty: no <language>.
    std::string date;      ///< Empty: no <document-date>.
};

struct ActivityPlan {
    std::string identifier;
    std::string default_currency;
    OrgPlan reporting;
    std::string title;
    std::string description;
    std::vector<OrgPlan> participants;
    std::vector<std::pair<std::string, std::string>> other_identifiers;  ///< @ref, @type
    int status = 1;
    std::vector<DatePlan> dates;
    std::vector<SharePlan> countries;
    std::vector<SharePlan> regions;
    std::vector<SharePlan> sectors;
    std::vector<BudgetPlan> budgets;
    std::vector<TransactionPlan> transactions;
    std::vector<DocumentPlan> documents;
    std::vector<ResultPlan> results;
};

/// The records that belong to each record of another kind, by index, made once per
/// export: an engagement's results and documents, a result's indicators, an
/// indicator's periods, in ID order.
struct Children {
    std::vector<std::vector<std::uint32_t>> results, documents, indicators, periods;

    explicit Children(const Portfolio& p)
        : results(p.engagements().size()),
          documents(p.engagements().size()),
          indicators(p.records<Result>().size()),
          periods(p.records<Indicator>().size()) {
        for (const Result& r : p.records<Result>())
            if (r.engagement && p.contains(*r.engagement)) results[r.engagement->index()].push_back(r.id.index());
        for (const Document& d : p.records<Document>())
            if (d.engagement && p.contains(*d.engagement)) documents[d.engagement->index()].push_back(d.id.index());
        for (const Indicator& i : p.records<Indicator>())
            if (p.contains(i.result)) indicators[i.result.index()].push_back(i.id.index());
        for (const IndicatorPeriod& x : p.records<IndicatorPeriod>())
            if (p.contains(x.indicator)) periods[x.indicator.index()].push_back(x.id.index());
    }
};

/// The IATI DocumentCategory of a document that names none, from its kind (docs/iati.md).
std::string_view document_category(DocumentKind kind) noexcept {
    switch (kind) {
        case DocumentKind::agreement_text: return "A09";
        case DocumentKind::plan: return "A02";
        case DocumentKind::report: return "A07";
        case DocumentKind::minutes:
        case DocumentKind::letter:
        case DocumentKind::other: break;
    }
    return "A12";
}

/// The MIME type of a document that names none, from the end of its address.
std::string document_format(std::string_view url) {
    std::string lower;
    for (const char c : url.substr(0, url.find_first_of("?#")))
        lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> by_end{{
        {".pdf", "application/pdf"},
        {".html", "text/html"},
        {".htm", "text/html"},
        {".doc", "application/msword"},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {".xls", "application/vnd.ms-excel"},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {".odt", "application/vnd.oasis.opendocument.text"},
    }};
    for (const auto& [end, type] : by_end)
        if (lower.ends_with(end)) return std::string(type);
    return "application/octet-stream";
}

std::string aggregation_code(Aggregation a) {
    switch (a) {
        case Aggregation::suitable: return "1";
        case Aggregation::not_suitable: return "0";
        case Aggregation::not_stated: break;
    }
    return {};
}

/// Turns one engagement into an ActivityPlan, or throws FileError naming it and the rule.
class Planner {
public:
    Planner(const Portfolio& portfolio, const WriteOptions& options, Day today)
        : portfolio_(portfolio), options_(options), today_(today), children_(portfolio) {}

    ActivityPlan plan(const OdaEngagement& e) {
        engagement_ = &e;
        key_ = std::string(portfolio_.text(e.key));
        identifier_.clear();  // not the previous engagement's, in a message about this one
        ActivityPlan a;

        a.identifier = checked_text(e.iati_identifier, "iati-identifier");
        a.reporting = reporting_org(e);
        if (a.identifier.empty()) {
            // IATI identifiers start with the reporting organisation's identifier.
            if (key_.empty())
                fail("iati.write.identifier", "",
                     "it has neither an IATI identifier nor a record key to make one from");
            a.identifier = checked_string(a.reporting.ref + "-" + key_, "iati-identifier (made from the record id)");
        }
        identifier_ = a.identifier;

        a.title = checked_text(e.title, "title");
        if (a.title.empty()) fail("iati.write.title", "title", "IATI requires a title and the engagement has none");
        a.description = checked_text(e.provenance.note, "provenance note");
        if (a.description.empty()) a.description = a.title;

        a.participants = participants(e, a.reporting);
        for (const OtherIdentifier& o : e.other_identifiers)
            a.other_identifiers.emplace_back(checked_text(o.ref, "other identifier"), std::string(iati_code(o.type)));
        a.status = static_cast<int>(e.status) + 1;
        a.dates = dates(e);
        shares(e, a);
        a.default_currency = default_currency(e);
        for (std::size_t i = 0; i < e.budgets.size(); ++i)
            a.budgets.push_back(budget(e.budgets[i], i, a.default_currency));
        for (std::size_t i = 0; i < e.transactions.size(); ++i)
            a.transactions.push_back(transaction(e.transactions[i], i, a.default_currency));
        for (const std::uint32_t d : children_.documents[e.id.index()])
            if (auto plan = document(portfolio_.records<Document>()[d])) a.documents.push_back(std::move(*plan));
        for (const std::uint32_t r : children_.results[e.id.index()])
            a.results.push_back(result(portfolio_.records<Result>()[r]));
        return a;
    }

    /// What the engagements planned so far hold that IATI does not carry.
    std::vector<Notice> take_notices() { return std::move(notices_); }

private:
    /// `text` with its control characters as \xNN: a NUL would end the message early.
    static std::string escaped_controls(std::string_view text) {
        std::string out;
        for (const char c : text) {
            if (static_cast<unsigned char>(c) >= 0x20) {
                out.push_back(c);
                continue;
            }
            char code[5];
            std::snprintf(code, sizeof code, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += code;
        }
        return out;
    }

    [[noreturn]] void fail(std::string_view rule, std::string_view field, std::string_view why) const {
        std::string message = "IATI export: ODA engagement";
        if (!key_.empty()) message += " \"" + escaped_controls(key_) + "\"";
        message += " (record #" + std::to_string(engagement_->id.index() + 1);
        if (!identifier_.empty()) message += ", activity " + identifier_;
        message += "): rule ";
        message += rule;
        if (!field.empty()) {
            message += ", ";
            message += field;
        }
        message += ": ";
        message += why;
        throw FileError(message);
    }

    /// The text behind an ID, refused when XML 1.0 cannot carry it.
    std::string checked_text(TextId id, std::string_view field) const {
        return checked_string(std::string(portfolio_.text(id)), field);
    }

    /// `text` itself, or a failure naming the field when XML 1.0 cannot carry it: control
    /// characters other than tab and line breaks, U+FFFE and U+FFFF (and invalid UTF-8).
    std::string checked_string(std::string text, std::string_view field) const {
        // xmlCheckUTF8 stops at a NUL byte, which the loop below reports as U+0000.
        if (xmlCheckUTF8(reinterpret_cast<const xmlChar*>(text.c_str())) == 0)
            fail("iati.write.text", field, "the text is not valid UTF-8");
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto u = static_cast<unsigned char>(text[i]);
            unsigned code = 0;
            if (u < 0x20 && u != '\t' && u != '\n' && u != '\r')
                code = u;
            else if (u == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                     (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
                code = 0xFFFE + (static_cast<unsigned char>(text[i + 2]) & 1U);
            else
                continue;
            char name[8];
            std::snprintf(name, sizeof name, "U+%04X", code);
            fail("iati.write.text", field,
                 std::string(code < 0x20 ? "the text holds the control character "
                                         : "the text holds the non-character ") +
                     name + " (at byte " + std::to_string(i + 1) + "), which XML 1.0 cannot carry");
        }
        return text;
    }

    std::string checked_day(Day day, std::string_view field) const {
        if (day.year() < 1900)
            fail("iati.write.date", field, "the date " + iso_day(day) + " is before 1900, which IATI does not accept");
        return iso_day(day);
    }

    OrgPlan reporting_org(const OdaEngagement& e) const {
        OrgPlan org;
        const std::string option_ref = options_.reporting_org_ref.value_or("");
        if (e.reporting_org) {
            org.ref = checked_text(e.reporting_org->ref, "reporting-org/@ref");
            org.name = checked_text(e.reporting_org->name, "reporting-org name");
            if (e.reporting_org->type != 0) org.type = std::to_string(e.reporting_org->type);
        }
        if (org.ref.empty()) {
            if (option_ref.empty())
                fail("iati.write.reporting-org", "reporting-org/@ref",
                     "the engagement names no reporting organisation identifier and WriteOptions::reporting_org_ref is "
                     "not set");
            org.ref = option_ref;
        }
        if (org.ref == option_ref) {
            if (org.type.empty()) org.type = std::to_string(options_.reporting_org_type);
            if (org.name.empty()) org.name = options_.reporting_org_name.value_or("");
            if (org.name.empty()) org.name = portfolio_.text(portfolio_.home().name_en);
        }
        // The option's identifier and name and the home government's name are checked here,
        // where they are used, as the engagement's own texts are.
        org.ref = checked_string(std::move(org.ref), "reporting-org/@ref");
        org.name = checked_string(std::move(org.name), "reporting-org name");
        if (org.type.empty())
            fail("iati.write.reporting-org", "reporting-org/@type",
                 "the type of reporting organisation \"" + org.ref + "\" is unknown (IATI requires one)");
        if (org.name.empty())
            fail("iati.write.reporting-org", "reporting-org/narrative",
                 "reporting organisation \"" + org.ref + "\" has no name (IATI requires one)");
        return org;
    }

    /// The involvements in IATI roles, each with its organisation record's identifier,
    /// name and type; the others are listed in notices_, as IATI has no code for them.
    std::vector<OrgPlan> participants(const OdaEngagement& e, const OrgPlan& reporting) {
        std::vector<OrgPlan> out;
        for (const Involvement& v : e.organisations) {
            if (!portfolio_.contains(v.organisation))
                fail("iati.write.participating-org", "organisations",
                     "names organisation record #" + std::to_string(v.organisation.index() + 1) +
                         ", which is not in the portfolio");
            const Organisation& o = portfolio_.at(v.organisation);
            if (!is_iati(v.role)) {
                notices_.push_back(Notice{"iati.export.role_not_exported", Severity::info, identifier_, 0,
                                          "organisation \"" + std::string(portfolio_.text(o.key)) + "\" as " +
                                              std::string(to_string(v.role)) +
                                              " is not written: IATI has no OrganisationRole code for the role"});
                continue;
            }
            OrgPlan org;
            org.ref = checked_text(o.iati_ref, "participating-org/@ref");
            org.name = checked_text(o.name_en.index() != 0 ? o.name_en : o.name_local, "participating-org name");
            if (o.iati_type != 0) org.type = std::to_string(o.iati_type);
            org.role = std::to_string(iati_code(v.role));
            org.activity_id = checked_text(v.activity_id, "participating-org/@activity-id");
            out.push_back(std::move(org));
        }
        // IATI requires at least one participating organisation: an office's own record that
        // names none is funded by the office that reports it.
        if (out.empty()) {
            OrgPlan org = reporting;
            org.role = std::to_string(iati_code(OrganisationRole::funding));
            out.push_back(std::move(org));
        }
        return out;
    }

    std::vector<DatePlan> dates(const OdaEngagement& e) const {
        std::vector<DatePlan> out;
        // Starts are written as their earliest day, ends as their latest (docs/iati.md).
        if (e.planned_start) out.push_back({1, checked_day(e.planned_start->earliest(), "planned start"), {}});
        if (e.actual_start) out.push_back({2, checked_day(e.actual_start->earliest(), "actual start"), {}});
        if (e.planned_end) out.push_back({3, checked_day(e.planned_end->latest(), "planned end"), {}});
        if (e.actual_end) out.push_back({4, checked_day(e.actual_end->latest(), "actual end"), {}});
        if (!out.empty()) return out;
        if (!options_.undated_started_by)
            fail("iati.write.activity-date", "activity-date",
                 "IATI requires a planned or actual date and the engagement has none "
                 "(WriteOptions::undated_started_by gives a stand-in for engagements under way)");
        if (e.status == OdaStatus::pipeline || e.status == OdaStatus::cancelled)
            fail("iati.write.activity-date", "activity-date",
                 "IATI requires a planned or actual date and the engagement has none; being " +
                     std::string(to_string(e.status)) + ", it may never have started, so no stand-in start is written");
        const std::string by = checked_day(*options_.undated_started_by, "WriteOptions::undated_started_by");
        out.push_back({2, by, "Start date not recorded; the activity had started by " + by + "."});
        return out;
    }

    void shares(const OdaEngagement& e, ActivityPlan& a) const {
        if (!e.recipient_countries.empty()) {
            for (const CountryShare& c : e.recipient_countries)
                a.countries.push_back({c.country.str(), {}, decimal(c.percentage)});
        } else if (e.recipient.view() != "ZZ") {
            a.countries.push_back(
                {e.recipient.str(), {}, e.recipient_regions.empty() ? std::nullopt : std::optional(decimal(100.0))});
        }
        for (const SupranationalShare& r : e.recipient_regions)
            a.regions.push_back(
                {std::to_string(r.code), std::to_string(static_cast<int>(r.vocabulary)), decimal(r.percentage)});
        for (const SectorShare& s : e.sectors)
            a.sectors.push_back({s.purpose.str(), std::to_string(s.purpose.iati_vocabulary()), decimal(s.percentage)});
        for (const OtherSector& s : e.other_sectors)
            a.sectors.push_back({checked_text(s.code, "sector code"), checked_text(s.vocabulary, "sector vocabulary"),
                                 s.percentage ? std::optional(decimal(*s.percentage)) : std::nullopt});
    }

    /// The engagement's own default currency, else the one currency all its values share.
    std::string default_currency(const OdaEngagement& e) const {
        if (e.default_currency) {
            if (e.default_currency->view() == "XXX")
                fail("iati.write.currency", "default-currency", "the default currency is XXX (no currency)");
            return e.default_currency->str();
        }
        std::set<std::string, std::less<>> seen;
        for (const Budget& b : e.budgets) seen.insert(b.value.currency().str());
        for (const TransactionTotal& t : e.transactions) seen.insert(t.amount.currency().str());
        if (seen.size() == 1 && *seen.begin() != "XXX") return *seen.begin();
        return {};
    }

    ValuePlan value(const Money& money, Day value_date, std::string_view field,
                    const std::string& default_currency) const {
        if (money.currency().view() == "XXX")
            fail("iati.write.currency", field, "the value " + decimal(money.amount()) + " is in no currency (XXX)");
        ValuePlan v;
        v.amount = decimal(money.amount());
        if (money.currency().view() != default_currency) v.currency = money.currency().str();
        v.value_date = checked_day(value_date, std::string(field) + " value date");
        return v;
    }

    BudgetPlan budget(const Budget& b, std::size_t index, const std::string& default_currency) const {
        const std::string field = "budget " + std::to_string(index + 1);
        if (!b.period.end()) fail("iati.write.budget", field, "the budget period has no end (IATI requires one)");
        BudgetPlan out;
        out.type = static_cast<int>(b.type) + 1;
        out.status = static_cast<int>(b.status) + 1;
        out.start = checked_day(b.period.start().earliest(), field + " period start");
        out.end = checked_day(b.period.end()->latest(), field + " period end");
        const Day value_date = b.value_date ? b.value_date->earliest() : b.period.start().earliest();
        out.value = value(b.value, value_date, field, default_currency);
        return out;
    }

    TransactionPlan transaction(const TransactionTotal& t, std::size_t index,
                                const std::string& default_currency) const {
        const std::string field = "transaction " + std::to_string(index + 1);
        if (t.year < 1900 || t.year > PartialDate::max_year)
            fail("iati.write.date", field, "the year " + std::to_string(t.year) + " is outside 1900-9999");
        // The total of a year is dated its last day, or the export day while the year runs.
        Day date(static_cast<unsigned short>(t.year), 12, 31);
        if (t.year == today_.year() && today_ < date) date = today_;
        TransactionPlan out;
        out.type = iati_code(t.type);
        out.date = checked_day(date, field + " date");
        out.value = value(t.amount, date, field, default_currency);
        return out;
    }

    /// A document link, or nothing for a document without a web address (it has no link).
    std::optional<DocumentPlan> document(const Document& d) const {
        const std::string key(portfolio_.text(d.key));
        const std::string field = "document \"" + escaped_controls(key) + "\"";
        DocumentPlan out;
        out.url = checked_text(d.url, field + " url");
        if (out.url.empty()) return std::nullopt;
        out.format = checked_text(d.format, field + " format");
        if (out.format.empty()) out.format = document_format(out.url);
        out.title = checked_text(d.title, field + " title");
        if (out.title.empty()) out.title = checked_string(key, field + " record id");  // IATI requires a title
        for (const TextId c : d.iati_categories) out.categories.push_back(checked_text(c, field + " category"));
        if (out.categories.empty()) out.categories.emplace_back(document_category(d.kind));
        // IATI's Language codelist is ISO 639-1: the primary subtag of the BCP 47 tag.
        std::string language = checked_text(d.language, field + " language");
        language = language.substr(0, language.find('-'));
        if (language != "und") out.language = language;
        if (d.date) out.date = checked_day(d.date->earliest(), field + " date");
        return out;
    }

    ResultPlan result(const Result& r) const {
        const std::string field = "result \"" + escaped_controls(std::string(portfolio_.text(r.key))) + "\"";
        ResultPlan out;
        constexpr std::array<std::string_view, 4> types{"1", "2", "3", "9"};
        out.type = types[static_cast<std::size_t>(r.type)];
        out.aggregation = aggregation_code(r.aggregation_status);
        out.title = checked_text(r.title, field + " title");
        if (out.title.empty()) fail("iati.write.result", field, "IATI requires a result's title and it has none");
        out.description = checked_text(r.description, field + " description");
        for (const std::uint32_t i : children_.indicators[r.id.index()])
            out.indicators.push_back(indicator(portfolio_.records<Indicator>()[i]));
        if (out.indicators.empty())
            fail("iati.write.result", field, "IATI requires at least one indicator of a result and it has none");
        return out;
    }

    IndicatorPlan indicator(const Indicator& i) const {
        const std::string field = "indicator \"" + escaped_controls(std::string(portfolio_.text(i.key))) + "\"";
        IndicatorPlan out;
        out.measure = std::to_string(static_cast<int>(i.measure) + 1);
        if (i.descending) out.ascending = "0";
        out.aggregation = aggregation_code(i.aggregation_status);
        out.title = checked_text(i.title, field + " title");
        if (out.title.empty()) fail("iati.write.result", field, "IATI requires an indicator's title and it has none");
        out.description = checked_text(i.description, field + " description");
        out.baseline_value = checked_text(i.baseline_value, field + " baseline value");
        out.baseline_comment = checked_text(i.baseline_comment, field + " baseline comment");
        out.has_baseline = i.baseline_date || !out.baseline_value.empty() || !out.baseline_comment.empty();
        if (out.has_baseline) {
            if (!i.baseline_date)
                fail("iati.write.result", field, "the baseline has no date, and IATI requires its year");
            const Day day = i.baseline_date->earliest();
            out.baseline_year = std::to_string(static_cast<int>(day.year()));
            if (i.baseline_date->is_full()) out.baseline_iso = checked_day(day, field + " baseline date");
        }
        for (const std::uint32_t x : children_.periods[i.id.index()])
            out.periods.push_back(period(portfolio_.records<IndicatorPeriod>()[x]));
        return out;
    }

    IndicatorPeriodPlan period(const IndicatorPeriod& x) const {
        const std::string field = "indicator period \"" + escaped_controls(std::string(portfolio_.text(x.key))) + "\"";
        if (!x.start || !x.end)
            fail("iati.write.result", field,
                 std::string("the period has no ") + (!x.start ? "start" : "end") + ", and IATI requires both");
        IndicatorPeriodPlan out;
        // As activity dates: a start is its earliest day, an end its latest.
        out.start = checked_day(x.start->earliest(), field + " start");
        out.end = checked_day(x.end->latest(), field + " end");
        out.target = {checked_text(x.target, field + " target"),
                      checked_text(x.target_comment, field + " target comment")};
        out.actual = {checked_text(x.actual, field + " actual"),
                      checked_text(x.actual_comment, field + " actual comment")};
        return out;
    }

    const Portfolio& portfolio_;
    const WriteOptions& options_;
    Day today_;
    Children children_;
    const OdaEngagement* engagement_ = nullptr;
    std::string key_;
    std::string identifier_;
    std::vector<Notice> notices_;
};

// --- the XML ---------------------------------------------------------------------------

struct WriterDeleter {
    void operator()(xmlTextWriter* w) const noexcept { xmlFreeTextWriter(w); }
};
struct BufferDeleter {
    void operator()(xmlBuffer* b) const noexcept { xmlBufferFree(b); }
};

const xmlChar* x(const char* s) noexcept { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* x(const std::string& s) noexcept { return reinterpret_cast<const xmlChar*>(s.c_str()); }

class Xml {
public:
    Xml() {
        static std::once_flag init;
        std::call_once(init, [] { xmlInitParser(); });
        buffer_.reset(xmlBufferCreate());
        if (!buffer_) throw FileError("IATI export: out of memory for the XML buffer");
        writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
        if (!writer_) throw FileError("IATI export: cannot create the XML writer");
        check(xmlTextWriterSetIndent(writer_.get(), 1));
        check(xmlTextWriterSetIndentString(writer_.get(), x(" ")));
        check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr));
    }
    void start(const char* name) { check(xmlTextWriterStartElement(writer_.get(), x(name))); }
    void end() { check(xmlTextWriterEndElement(writer_.get())); }
    void attribute(const char* name, const std::string& value) {
        check(xmlTextWriterWriteAttribute(writer_.get(), x(name), x(value)));
    }
    void text(const std::string& value) { check(xmlTextWriterWriteString(writer_.get(), x(value))); }
    /// <narrative>value</narrative>; the activity's xml:lang says its language.
    void narrative(const std::string& value) {
        start("narrative");
        text(value);
        end();
    }
    std::string finish() {
        check(xmlTextWriterEndDocument(writer_.get()));
        writer_.reset();  // flushes into the buffer
        return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                           static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
    }

private:
    static void check(int result) {
        if (result < 0) throw FileError("IATI export: the XML writer failed (libxml2 error)");
    }
    std::unique_ptr<xmlBuffer, BufferDeleter> buffer_;
    std::unique_ptr<xmlTextWriter, WriterDeleter> writer_;
};

void write_org(Xml& xml, const char* element, const OrgPlan& org) {
    xml.start(element);
    if (!org.ref.empty()) xml.attribute("ref", org.ref);
    if (!org.type.empty()) xml.attribute("type", org.type);
    if (!org.role.empty()) xml.attribute("role", org.role);
    if (!org.activity_id.empty()) xml.attribute("activity-id", org.activity_id);
    if (!org.name.empty()) xml.narrative(org.name);
    xml.end();
}

void write_value(Xml& xml, const ValuePlan& v) {
    xml.start("value");
    if (!v.currency.empty()) xml.attribute("currency", v.currency);
    xml.attribute("value-date", v.value_date);
    xml.text(v.amount);
    xml.end();
}

void write_share(Xml& xml, const char* element, const SharePlan& s) {
    xml.start(element);
    xml.attribute("code", s.code);
    if (!s.vocabulary.empty()) xml.attribute("vocabulary", s.vocabulary);
    if (s.percentage) xml.attribute("percentage", *s.percentage);
    xml.end();
}

/// <element><narrative>text</narrative></element>
void write_narrative(Xml& xml, const char* element, const std::string& text) {
    xml.start(element);
    xml.narrative(text);
    xml.end();
}

void write_document(Xml& xml, const DocumentPlan& d) {
    xml.start("document-link");
    xml.attribute("format", d.format);
    xml.attribute("url", d.url);
    write_narrative(xml, "title", d.title);
    for (const std::string& c : d.categories) {
        xml.start("category");
        xml.attribute("code", c);
        xml.end();
    }
    if (!d.language.empty()) {
        xml.start("language");
        xml.attribute("code", d.language);
        xml.end();
    }
    if (!d.date.empty()) {
        xml.start("document-date");
        xml.attribute("iso-date", d.date);
        xml.end();
    }
    xml.end();
}

void write_period_value(Xml& xml, const char* element, const PeriodValuePlan& v) {
    if (!v.present()) return;
    xml.start(element);
    if (!v.value.empty()) xml.attribute("value", v.value);
    if (!v.comment.empty()) write_narrative(xml, "comment", v.comment);
    xml.end();
}

void write_result(Xml& xml, const ResultPlan& r) {
    // Children in the order of the result sequence in iati-activities-schema.xsd.
    xml.start("result");
    xml.attribute("type", r.type);
    if (!r.aggregation.empty()) xml.attribute("aggregation-status", r.aggregation);
    write_narrative(xml, "title", r.title);
    if (!r.description.empty()) write_narrative(xml, "description", r.description);
    for (const IndicatorPlan& i : r.indicators) {
        xml.start("indicator");
        xml.attribute("measure", i.measure);
        if (!i.ascending.empty()) xml.attribute("ascending", i.ascending);
        if (!i.aggregation.empty()) xml.attribute("aggregation-status", i.aggregation);
        write_narrative(xml, "title", i.title);
        if (!i.description.empty()) write_narrative(xml, "description", i.description);
        if (i.has_baseline) {
            xml.start("baseline");
            if (!i.baseline_iso.empty()) xml.attribute("iso-date", i.baseline_iso);
            xml.attribute("year", i.baseline_year);
            if (!i.baseline_value.empty()) xml.attribute("value", i.baseline_value);
            if (!i.baseline_comment.empty()) write_narrative(xml, "comment", i.baseline_comment);
            xml.end();
        }
        for (const IndicatorPeriodPlan& p : i.periods) {
            xml.start("period");
            xml.start("period-start");
            xml.attribute("iso-date", p.start);
            xml.end();
            xml.start("period-end");
            xml.attribute("iso-date", p.end);
            xml.end();
            write_period_value(xml, "target", p.target);
            write_period_value(xml, "actual", p.actual);
            xml.end();
        }
        xml.end();
    }
    xml.end();
}

void write_activity(Xml& xml, const ActivityPlan& a, const std::string& updated) {
    // Elements in the order of the iati-activity sequence in iati-activities-schema.xsd.
    xml.start("iati-activity");
    xml.attribute("last-updated-datetime", updated);
    xml.attribute("xml:lang", "en");
    if (!a.default_currency.empty()) xml.attribute("default-currency", a.default_currency);

    xml.start("iati-identifier");
    xml.text(a.identifier);
    xml.end();
    write_org(xml, "reporting-org", a.reporting);
    xml.start("title");
    xml.narrative(a.title);
    xml.end();
    xml.start("description");
    xml.attribute("type", "1");
    xml.narrative(a.description);
    xml.end();
    for (const OrgPlan& p : a.participants) write_org(xml, "participating-org", p);
    for (const auto& [ref, type] : a.other_identifiers) {
        xml.start("other-identifier");
        xml.attribute("ref", ref);
        xml.attribute("type", type);
        xml.end();
    }
    xml.start("activity-status");
    xml.attribute("code", std::to_string(a.status));
    xml.end();
    for (const DatePlan& d : a.dates) {
        xml.start("activity-date");
        xml.attribute("type", std::to_string(d.type));
        xml.attribute("iso-date", d.iso);
        if (!d.narrative.empty()) xml.narrative(d.narrative);
        xml.end();
    }
    for (const SharePlan& c : a.countries) write_share(xml, "recipient-country", c);
    for (const SharePlan& r : a.regions) write_share(xml, "recipient-region", r);
    for (const SharePlan& s : a.sectors) write_share(xml, "sector", s);
    for (const BudgetPlan& b : a.budgets) {
        xml.start("budget");
        xml.attribute("type", std::to_string(b.type));
        xml.attribute("status", std::to_string(b.status));
        xml.start("period-start");
        xml.attribute("iso-date", b.start);
        xml.end();
        xml.start("period-end");
        xml.attribute("iso-date", b.end);
        xml.end();
        write_value(xml, b.value);
        xml.end();
    }
    for (const TransactionPlan& t : a.transactions) {
        xml.start("transaction");
        xml.start("transaction-type");
        xml.attribute("code", std::to_string(t.type));
        xml.end();
        xml.start("transaction-date");
        xml.attribute("iso-date", t.date);
        xml.end();
        write_value(xml, t.value);
        xml.end();
    }
    for (const DocumentPlan& d : a.documents) write_document(xml, d);
    for (const ResultPlan& r : a.results) write_result(xml, r);
    xml.end();
}

}  // namespace

Export export_activities(const Portfolio& portfolio, const WriteOptions& options) {
    std::string generated;
    if (options.generated_datetime) {
        generated = *options.generated_datetime;
        if (!parse_datetime(generated))
            throw InvalidValue("IATI export: WriteOptions::generated_datetime \"" + generated +
                               "\" is not an xsd:dateTime (\"2026-11-27T09:30:00Z\")");
    } else {
        generated = utc_now();
    }
    const Day today = *parse_datetime(generated);

    // Check and plan every engagement before writing any XML.
    Planner planner(portfolio, options, today);
    std::vector<ActivityPlan> plans;
    plans.reserve(portfolio.engagements().size());
    std::set<std::string, std::less<>> identifiers;
    for (const OdaEngagement& e : portfolio.engagements()) {
        plans.push_back(planner.plan(e));
        if (!identifiers.insert(plans.back().identifier).second)
            throw FileError("IATI export: ODA engagement \"" + std::string(portfolio.text(e.key)) + "\" (record #" +
                            std::to_string(e.id.index() + 1) + "): rule iati.write.identifier-unique: the identifier " +
                            plans.back().identifier + " is already used by another engagement");
    }
    if (plans.empty())
        throw FileError(
            "IATI export: rule iati.write.activities: the portfolio has no ODA engagements, and an IATI "
            "activity file needs at least one");

    Xml xml;
    xml.start("iati-activities");
    xml.attribute("version", "2.03");
    xml.attribute("generated-datetime", generated);
    for (const ActivityPlan& a : plans) write_activity(xml, a, generated);
    xml.end();
    return Export{xml.finish(), planner.take_notices()};
}

std::string to_xml(const Portfolio& portfolio, const WriteOptions& options) {
    return export_activities(portfolio, options).xml;
}

void write(const Portfolio& portfolio, const std::filesystem::path& path, const WriteOptions& options) {
    std::string document;
    try {
        document = to_xml(portfolio, options);
    } catch (const FileError& e) {
        throw FileError(path.string() + ": " + e.what());
    }
    write_file_atomically(path, document);
}

}  // namespace paradiplomacy::iati
