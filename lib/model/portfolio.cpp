// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/model/record_key.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <cmath>
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
void for_each_text(Involvement& v, F& f) {
    f(v.activity_id);
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
void for_each_text(CompactList<T>& values, F& f);
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
template <class T, class F>
void for_each_text(CompactList<T>& values, F& f) {
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

}  // namespace

Portfolio::~Portfolio() = default;

void Portfolio::check_key(TextId key_id, std::string_view what) const {
    const std::string_view key = text(key_id);
    if (const std::string problem = record_key_problem(key); !problem.empty())
        throw InvalidValue(std::string(what) + " id " + detail::quoted_excerpt(key) + " " + problem +
                           (key.empty() ? ": every record needs an id" : ""));
}

void Portfolio::check_items(std::span<const TextId> items, std::string_view what, TextId key,
                            std::string_view list) const {
    for (const TextId item : items)
        if (const std::string problem = record_key_problem(text(item)); !problem.empty())
            throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(text(key)) + ": the " +
                               std::string(list) + " item " + detail::quoted_excerpt(text(item)) + " " + problem);
}

void Portfolio::check(const ExchangeProgram& r) const {
    constexpr std::string_view what = Table<ExchangeProgram>::kind;
    check_key(r.key, what);
    check_text_lists(r);
    if (r.partners.empty() && r.municipalities.empty())
        throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(text(r.key)) +
                           " names no partner and no municipality: an exchange is held with at least one foreign "
                           "partner, a service serves at least one of the home government's municipalities");
}
void Portfolio::check_amount(double amount, std::string_view what, TextId key) const {
    // No file holds NaN or an infinity: such an amount could not be saved and read back.
    if (!std::isfinite(amount))
        throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(text(key)) +
                           ": amount is not a finite number");
}
void Portfolio::check(const Envelope& r) const {
    check_key(r.key, Table<Envelope>::kind);
    check_amount(r.amount, Table<Envelope>::kind, r.key);
}
void Portfolio::check(const MoneyLine& r) const {
    check_key(r.key, Table<MoneyLine>::kind);
    check_amount(r.amount, Table<MoneyLine>::kind, r.key);
}
void Portfolio::check(const OdaEngagement& r) const {
    constexpr std::string_view what = Table<OdaEngagement>::kind;
    check_key(r.key, what);
    check_text_lists(r);
    // Kept as published by IATI, but read back from CSV cells and lists all the same.
    std::vector<TextId> published;
    for (const OtherSector& s : r.other_sectors) published.insert(published.end(), {s.vocabulary, s.code});
    check_items(published, what, r.key, "other_sectors");
    published.clear();
    for (const OtherIdentifier& o : r.other_identifiers) published.push_back(o.ref);
    check_items(published, what, r.key, "other_identifiers");
}

void Portfolio::check(const StaffingFact& r) const {
    constexpr std::string_view what = Table<StaffingFact>::kind;
    check_key(r.key, what);
    check_text_lists(r);
    if (!r.as_of)
        throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(text(r.key)) +
                           " has no as_of date: figures of an office hold as of a day, month or year");
}

bool operator==(const Portfolio& a, const Portfolio& b) {
    if (a.home_.code != b.home_.code || a.text(a.home_.name_en) != b.text(b.home_.name_en) ||
        a.text(a.home_.name_local) != b.text(b.home_.name_local))
        return false;
    bool same = true;
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        same = same && same_records(a.records<Record>(), a.text_, b.records<Record>(), b.text_);
    });
    return same;
}

}  // namespace paradiplomacy
