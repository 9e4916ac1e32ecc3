// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/model/record_key.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <optional>

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
void check_key(std::string_view key, const char* what) {
    if (const std::string problem = record_key_problem(key); !problem.empty())
        throw InvalidValue(std::string(what) + " id " + detail::quoted_excerpt(key) + " " + problem +
                           (key.empty() ? ": every record needs an id" : ""));
}

/// Throws InvalidValue naming the record and the list when an item cannot be read back.
void check_items(const Portfolio& p, std::span<const TextId> items, const char* what, TextId key, const char* list) {
    for (const TextId item : items)
        if (const std::string problem = record_key_problem(p.text(item)); !problem.empty())
            throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(p.text(key)) + ": the " + list +
                               " item " + detail::quoted_excerpt(p.text(item)) + " " + problem);
}

// Every TextId field of each record kind, so that records from two portfolios can be
// compared by text content rather than by pool position.
template <class F>
void for_each_text(Municipality& m, F&& f) {
    f(m.key);
    f(m.name_en);
    f(m.name_local);
}
template <class F>
void for_each_text(Provenance& p, F&& f) {
    f(p.source);
    f(p.note);
}
template <class F>
void for_each_text(Partner& p, F&& f) {
    f(p.key);
    f(p.name_en);
    f(p.name_local);
    f(p.wikidata);
    for_each_text(p.provenance, f);
}
template <class F>
void for_each_text(Agreement& a, F&& f) {
    f(a.key);
    f(a.title);
    for (TextId& t : a.fields) f(t);
    for_each_text(a.provenance, f);
}
template <class F>
void for_each_text(ExchangeProgram& p, F&& f) {
    f(p.key);
    f(p.title);
    for_each_text(p.provenance, f);
}
template <class F>
void for_each_text(OdaEngagement& e, F&& f) {
    f(e.key);
    f(e.iati_identifier);
    f(e.title);
    for (TextId& t : e.implementers) f(t);
    if (e.reporting_org) {
        f(e.reporting_org->ref);
        f(e.reporting_org->name);
    }
    for (Participant& p : e.participants) {
        f(p.organisation.ref);
        f(p.organisation.name);
        f(p.activity_id);
    }
    for (OtherSector& s : e.other_sectors) {
        f(s.vocabulary);
        f(s.code);
    }
    for (OtherIdentifier& o : e.other_identifiers) f(o.ref);
    for_each_text(e.provenance, f);
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
        for_each_text(translated, [&](TextId& id) {
            const std::optional<TextId> local = mine_pool.find(their_pool.view(id));
            if (local)
                id = *local;
            else
                all_found = false;
        });
        if (!all_found || !(translated == mine[i])) return false;
    }
    return true;
}

}  // namespace

Portfolio::~Portfolio() = default;

void Portfolio::check(const Municipality& r, const char* what) const { check_key(text(r.key), what); }
void Portfolio::check(const Partner& r, const char* what) const { check_key(text(r.key), what); }
void Portfolio::check(const Agreement& r, const char* what) const {
    check_key(text(r.key), what);
    check_items(*this, r.fields, what, r.key, "fields");
}
void Portfolio::check(const ExchangeProgram& r, const char* what) const {
    check_key(text(r.key), what);
    if (r.partners.empty())
        throw InvalidValue(std::string(what) + " " + detail::quoted_excerpt(text(r.key)) +
                           " names no partner: a program is held with at least one");
}
void Portfolio::check(const OdaEngagement& r, const char* what) const {
    check_key(text(r.key), what);
    check_items(*this, r.implementers, what, r.key, "implementers");
    // Kept as published by IATI, but read back from CSV cells and lists all the same.
    std::vector<TextId> published;
    for (const OtherSector& s : r.other_sectors) published.insert(published.end(), {s.vocabulary, s.code});
    check_items(*this, published, what, r.key, "other_sectors");
    published.clear();
    for (const OtherIdentifier& o : r.other_identifiers) published.push_back(o.ref);
    check_items(*this, published, what, r.key, "other_identifiers");
}

void Portfolio::copy_from(const Portfolio& other) {
    home_ = other.home_;
    text_ = other.text_;
    municipalities_ = other.municipalities_;
    partners_ = other.partners_;
    agreements_ = other.agreements_;
    programs_ = other.programs_;
    engagements_ = other.engagements_;
    municipality_keys_ = other.municipality_keys_;
    partner_keys_ = other.partner_keys_;
    agreement_keys_ = other.agreement_keys_;
    program_keys_ = other.program_keys_;
    engagement_keys_ = other.engagement_keys_;
    const std::lock_guard lock(other.index_mutex_);
    index_ = other.index_;  // immutable and describing equal tables: safe to share
}

void Portfolio::move_from(Portfolio&& other) noexcept {
    home_ = other.home_;
    text_ = std::move(other.text_);
    municipalities_ = std::move(other.municipalities_);
    partners_ = std::move(other.partners_);
    agreements_ = std::move(other.agreements_);
    programs_ = std::move(other.programs_);
    engagements_ = std::move(other.engagements_);
    municipality_keys_ = std::move(other.municipality_keys_);
    partner_keys_ = std::move(other.partner_keys_);
    agreement_keys_ = std::move(other.agreement_keys_);
    program_keys_ = std::move(other.program_keys_);
    engagement_keys_ = std::move(other.engagement_keys_);
    const std::lock_guard lock(other.index_mutex_);
    index_ = std::move(other.index_);
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
