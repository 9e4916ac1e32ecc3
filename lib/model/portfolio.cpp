// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/model/record_key.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy {

std::string record_key_problem(std::string_view text) {
    if (text.empty()) return "is empty";
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (space(text.front()) || space(text.back()))
        return "has a space, tab or line break at its start or end, which a CSV table would drop";
    if (text.find(';') != std::string_view::npos) return "holds ';', which separates the items of a list in a CSV cell";
    return {};
}

bool is_valid_record_key(std::string_view text) { return record_key_problem(text).empty(); }

namespace {

/// Throws InvalidValue naming the record when `key` cannot be its id.
void check_key(std::string_view key, std::string_view what) {
    if (const std::string problem = record_key_problem(key); !problem.empty())
        throw InvalidValue(std::string(what) + " id " + detail::quoted_excerpt(key) + " " + problem +
                           (key.empty() ? ": every record needs an id" : ""));
}

/// Throws InvalidValue naming the record and the list when an item cannot be read back.
void check_items(const Portfolio& p, std::span<const TextId> items, std::string_view what, TextId key,
                 const char* list) {
    for (const TextId item : items)
        if (const std::string problem = record_key_problem(p.text(item)); !problem.empty())
            throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(p.text(key)) + ": the " + list +
                               " item " + detail::quoted_excerpt(p.text(item)) + " " + problem);
}

// Every TextId inside a value, so that records from two portfolios can be compared by
// text content rather than by pool position. The record kinds are walked through their
// descriptions (model/field.hpp); the parts of an ODA engagement that hold text are
// listed here, and any other value (a date, a code, an amount, an ID) holds none.
template <class F>
void for_each_text(TextId& t, F& f) {
    f(t);
}
template <class F>
void for_each_text(OrganisationRef& o, F& f) {
    f(o.ref);
    f(o.name);
}
template <class F>
void for_each_text(Participant& p, F& f) {
    for_each_text(p.organisation, f);
    f(p.activity_id);
}
template <class F>
void for_each_text(OtherSector& s, F& f) {
    f(s.vocabulary);
    f(s.code);
}
template <class F>
void for_each_text(OtherIdentifier& o, F& f) {
    f(o.ref);
}
template <class T, class F>
void for_each_text(std::optional<T>& value, F& f);
template <class T, class F>
void for_each_text(std::vector<T>& values, F& f);
template <class T, class F>
requires(!Described<T>) void for_each_text(T&, F&) {}
template <Described Record, class F>
void for_each_text(Record& record, F& f) {
    for_each_field_of(record, [&](auto& holder, const auto& field) { for_each_text(field.of(holder), f); });
}
template <class T, class F>
void for_each_text(std::optional<T>& value, F& f) {
    if (value) for_each_text(*value, f);
}
template <class T, class F>
void for_each_text(std::vector<T>& values, F& f) {
    for (T& value : values) for_each_text(value, f);
}

// Is every record of `mine` equal to the record at the same position of `theirs`,
// once `theirs`' text IDs are translated into `mine_pool`'s?
template <class Record>
bool same_records(std::span<const Record> mine, const TextPool& mine_pool, std::span<const Record> theirs,
                  const TextPool& their_pool) {
    if (mine.size() != theirs.size()) return false;
    for (std::size_t i = 0; i < mine.size(); ++i) {
        Record translated = theirs[i];
        bool all_found = true;
        auto translate = [&](TextId& id) {
            const std::optional<TextId> local = mine_pool.find(their_pool.view(id));
            if (local)
                id = *local;
            else
                all_found = false;
        };
        for_each_text(translated, translate);
        if (!all_found || !(translated == mine[i])) return false;
    }
    return true;
}

/// Checks the items of every described list of texts of `r` (an agreement's fields, an
/// engagement's implementers, ...), which CSV writes into one cell.
template <class Record>
void check_text_lists(const Portfolio& p, const Record& r, std::string_view what) {
    for_each_field_of(r, [&](const auto& holder, const auto& field) {
        using Value = typename std::remove_cvref_t<decltype(field)>::value_type;
        if constexpr (std::is_same_v<Value, std::vector<TextId>>)
            check_items(p, field.of(holder), what, r.key, std::string(field.name).c_str());
    });
}

}  // namespace

Portfolio::~Portfolio() = default;

void Portfolio::check(const Municipality& r) const { check_key(text(r.key), Table<Municipality>::kind); }
void Portfolio::check(const Partner& r) const { check_key(text(r.key), Table<Partner>::kind); }
void Portfolio::check(const Agreement& r) const {
    constexpr std::string_view what = Table<Agreement>::kind;
    check_key(text(r.key), what);
    check_text_lists(*this, r, what);
}
void Portfolio::check(const ExchangeProgram& r) const {
    constexpr std::string_view what = Table<ExchangeProgram>::kind;
    check_key(text(r.key), what);
    if (r.partners.empty())
        throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(text(r.key)) +
                           " names no partner: a program is held with at least one");
}
void Portfolio::check(const OdaEngagement& r) const {
    constexpr std::string_view what = Table<OdaEngagement>::kind;
    check_key(text(r.key), what);
    check_text_lists(*this, r, what);
    // Kept as published by IATI, but read back from CSV cells and lists all the same.
    std::vector<TextId> published;
    for (const OtherSector& s : r.other_sectors) published.insert(published.end(), {s.vocabulary, s.code});
    check_items(*this, published, what, r.key, "other_sectors");
    published.clear();
    for (const OtherIdentifier& o : r.other_identifiers) published.push_back(o.ref);
    check_items(*this, published, what, r.key, "other_identifiers");
}

bool operator==(const Portfolio& a, const Portfolio& b) {
    if (a.home_.code != b.home_.code || a.text(a.home_.name_en) != b.text(b.home_.name_en) ||
        a.text(a.home_.name_local) != b.text(b.home_.name_local))
        return false;
    return same_records(a.municipalities(), a.text_, b.municipalities(), b.text_) &&
           same_records(a.partners(), a.text_, b.partners(), b.text_) &&
           same_records(a.agreements(), a.text_, b.agreements(), b.text_) &&
           same_records(a.programs(), a.text_, b.programs(), b.text_) &&
           same_records(a.engagements(), a.text_, b.engagements(), b.text_);
}

}  // namespace paradiplomacy
