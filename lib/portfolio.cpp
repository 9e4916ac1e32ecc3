// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>

#include <optional>

namespace paradiplomacy {
namespace {

// Every TextId field of each record kind, so that records from two portfolios can be
// compared by text content rather than by pool position.
template <class F> void for_each_text(Municipality& m, F&& f) { f(m.key); f(m.name_en); f(m.name_local); }
template <class F> void for_each_text(Provenance& p, F&& f) { f(p.source); f(p.note); }
template <class F> void for_each_text(Partner& p, F&& f) {
    f(p.key); f(p.name_en); f(p.name_local); f(p.wikidata); for_each_text(p.provenance, f);
}
template <class F> void for_each_text(Agreement& a, F&& f) {
    f(a.key); f(a.title);
    for (TextId& t : a.fields) f(t);
    for_each_text(a.provenance, f);
}
template <class F> void for_each_text(ExchangeProgram& p, F&& f) { f(p.key); f(p.title); for_each_text(p.provenance, f); }
template <class F> void for_each_text(OdaEngagement& e, F&& f) {
    f(e.key); f(e.iati_identifier); f(e.title);
    for (TextId& t : e.implementers) f(t);
    if (e.reporting_org) { f(e.reporting_org->ref); f(e.reporting_org->name); }
    for (Participant& p : e.participants) { f(p.organisation.ref); f(p.organisation.name); f(p.activity_id); }
    for (OtherSector& s : e.other_sectors) { f(s.vocabulary); f(s.code); }
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
            if (local) id = *local;
            else all_found = false;
        });
        if (!all_found || !(translated == mine[i])) return false;
    }
    return true;
}

}  // namespace

Portfolio::~Portfolio() = default;

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
