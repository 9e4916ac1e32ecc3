// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The portfolio of one home government: its partners, agreements, exchange programs
/// and ODA engagements, one contiguous table per kind, linked by ID.
///
/// Edits go through add()/replace(), which assign IDs, keep record keys unique and
/// drop the derived indexes. Const member functions and the queries over a const
/// Portfolio are safe from many threads at once: indexes are built on first use under
/// a lock and are immutable afterwards. Edits must not run concurrently with reads.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/model/partner.hpp>
#include <paradiplomacy/model/record_key.hpp>
#include <paradiplomacy/model/text_pool.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace paradiplomacy {

namespace detail {
class PortfolioIndex;  // query/detail/portfolio_index.hpp
}

class Portfolio {
public:
    /// A portfolio for the home government `home` (ISO 3166-2, e.g. "KR-41").
    explicit Portfolio(SubdivisionCode home, std::string_view name_en = {}, std::string_view name_local = {})
        : home_{home, TextId(0), TextId(0)} {
        home_.name_en = text_.intern(name_en);
        home_.name_local = text_.intern(name_local);
    }
    Portfolio(const Portfolio& other) : home_(other.home_) { copy_from(other); }
    Portfolio& operator=(const Portfolio& other) {
        if (this != &other) copy_from(other);
        return *this;
    }
    Portfolio(Portfolio&& other) noexcept : home_(other.home_) { move_from(std::move(other)); }
    Portfolio& operator=(Portfolio&& other) noexcept {
        if (this != &other) move_from(std::move(other));
        return *this;
    }
    ~Portfolio();

    [[nodiscard]] const HomeGovernment& home() const noexcept { return home_; }

    // --- text --------------------------------------------------------------
    /// Stores `text` once and returns its ID; intern("") is TextId{0}.
    TextId intern(std::string_view text) { return text_.intern(text); }
    /// The text behind an ID. Throws NotFound for an ID from another portfolio's range.
    [[nodiscard]] std::string_view text(TextId id) const { return text_.view(id); }
    [[nodiscard]] const TextPool& texts() const noexcept { return text_; }

    // --- adding and replacing records ----------------------------------------
    /// Each add() assigns the record's ID (ignoring the one it carries) and returns it.
    /// Throws InvalidValue when the key is already used by a record of the same kind,
    /// or when the record could not be saved and read back the same: a key, agreement
    /// field or ODA implementer that breaks record_key_problem (model/record_key.hpp),
    /// a program without partners. References to other records are not checked here: validate() reports
    /// dangling ones as findings, so a loader can collect every problem at once.
    MunicipalityId add(Municipality m) {
        return add_to(municipalities_, municipality_keys_, std::move(m), "municipality");
    }
    PartnerId add(Partner p) { return add_to(partners_, partner_keys_, std::move(p), "partner"); }
    AgreementId add(Agreement a) { return add_to(agreements_, agreement_keys_, std::move(a), "agreement"); }
    ProgramId add(ExchangeProgram p) { return add_to(programs_, program_keys_, std::move(p), "program"); }
    EngagementId add(OdaEngagement e) { return add_to(engagements_, engagement_keys_, std::move(e), "ODA engagement"); }

    /// Replaces the record with the same ID. Throws NotFound for an unknown ID and
    /// InvalidValue when the new key collides with another record's.
    void replace(Partner p) { replace_in(partners_, partner_keys_, std::move(p), "partner"); }
    void replace(Agreement a) { replace_in(agreements_, agreement_keys_, std::move(a), "agreement"); }
    void replace(ExchangeProgram p) { replace_in(programs_, program_keys_, std::move(p), "program"); }
    void replace(OdaEngagement e) { replace_in(engagements_, engagement_keys_, std::move(e), "ODA engagement"); }

    /// Reserves table space before a bulk load.
    void reserve(std::size_t partners, std::size_t agreements, std::size_t programs, std::size_t engagements) {
        partners_.reserve(partners);
        agreements_.reserve(agreements);
        programs_.reserve(programs);
        engagements_.reserve(engagements);
    }

    // --- tables --------------------------------------------------------------
    [[nodiscard]] std::span<const Municipality> municipalities() const noexcept { return municipalities_; }
    [[nodiscard]] std::span<const Partner> partners() const noexcept { return partners_; }
    [[nodiscard]] std::span<const Agreement> agreements() const noexcept { return agreements_; }
    [[nodiscard]] std::span<const ExchangeProgram> programs() const noexcept { return programs_; }
    [[nodiscard]] std::span<const OdaEngagement> engagements() const noexcept { return engagements_; }

    // --- look-ups by ID (throw NotFound) and by key ---------------------------
    [[nodiscard]] const Municipality& municipality(MunicipalityId id) const {
        return at(municipalities_, id, "municipality");
    }
    [[nodiscard]] const Partner& partner(PartnerId id) const { return at(partners_, id, "partner"); }
    [[nodiscard]] const Agreement& agreement(AgreementId id) const { return at(agreements_, id, "agreement"); }
    [[nodiscard]] const ExchangeProgram& program(ProgramId id) const { return at(programs_, id, "program"); }
    [[nodiscard]] const OdaEngagement& engagement(EngagementId id) const {
        return at(engagements_, id, "ODA engagement");
    }

    [[nodiscard]] bool contains(MunicipalityId id) const noexcept { return id.index() < municipalities_.size(); }
    [[nodiscard]] bool contains(PartnerId id) const noexcept { return id.index() < partners_.size(); }
    [[nodiscard]] bool contains(AgreementId id) const noexcept { return id.index() < agreements_.size(); }
    [[nodiscard]] bool contains(ProgramId id) const noexcept { return id.index() < programs_.size(); }
    [[nodiscard]] bool contains(EngagementId id) const noexcept { return id.index() < engagements_.size(); }

    [[nodiscard]] std::optional<MunicipalityId> find_municipality(std::string_view key) const {
        return find(municipality_keys_, key);
    }
    [[nodiscard]] std::optional<PartnerId> find_partner(std::string_view key) const { return find(partner_keys_, key); }
    [[nodiscard]] std::optional<AgreementId> find_agreement(std::string_view key) const {
        return find(agreement_keys_, key);
    }
    [[nodiscard]] std::optional<ProgramId> find_program(std::string_view key) const { return find(program_keys_, key); }
    [[nodiscard]] std::optional<EngagementId> find_engagement(std::string_view key) const {
        return find(engagement_keys_, key);
    }

    /// Record-by-record equality, comparing text by content (two portfolios built in
    /// different orders of interning are equal when their records are).
    friend bool operator==(const Portfolio& a, const Portfolio& b);

    /// The derived indexes (tie timelines, date indexes), built on first use.
    /// Used by the queries; safe from many threads.
    [[nodiscard]] std::shared_ptr<const detail::PortfolioIndex> index() const;

private:
    template <class Tag>
    using KeyIndex = std::unordered_map<TextId, Id<Tag>>;

    /// Throws InvalidValue when the record breaks a rule of add() other than key reuse.
    void check(const Municipality& record, const char* what) const;
    void check(const Partner& record, const char* what) const;
    void check(const Agreement& record, const char* what) const;
    void check(const ExchangeProgram& record, const char* what) const;
    void check(const OdaEngagement& record, const char* what) const;

    template <class Record, class Tag>
    Id<Tag> add_to(std::vector<Record>& table, KeyIndex<Tag>& keys, Record record, const char* what) {
        const Id<Tag> id(static_cast<typename Id<Tag>::value_type>(table.size()));
        check(record, what);
        if (keys.contains(record.key))
            throw InvalidValue(std::string(what) + " id \"" + std::string(text(record.key)) + "\" is used twice");
        keys.emplace(record.key, id);
        record.id = id;
        table.push_back(std::move(record));
        invalidate();
        return id;
    }

    template <class Record, class Tag>
    void replace_in(std::vector<Record>& table, KeyIndex<Tag>& keys, Record record, const char* what) {
        Record& old = const_cast<Record&>(at(table, record.id, what));
        check(record, what);
        if (record.key != old.key) {
            if (keys.contains(record.key))
                throw InvalidValue(std::string(what) + " id \"" + std::string(text(record.key)) + "\" is used twice");
            keys.erase(old.key);
            keys.emplace(record.key, record.id);
        }
        old = std::move(record);
        invalidate();
    }

    template <class Record, class Tag>
    static const Record& at(const std::vector<Record>& table, Id<Tag> id, const char* what) {
        if (id.index() >= table.size())
            throw NotFound(std::string(what) + " #" + std::to_string(id.index()) + " is not in this portfolio");
        return table[id.index()];
    }

    template <class Tag>
    std::optional<Id<Tag>> find(const KeyIndex<Tag>& keys, std::string_view key) const {
        const auto text_id = text_.find(key);
        if (!text_id) return std::nullopt;
        if (const auto it = keys.find(*text_id); it != keys.end()) return it->second;
        return std::nullopt;
    }

    void invalidate() noexcept {
        const std::lock_guard lock(index_mutex_);
        index_.reset();
    }
    void copy_from(const Portfolio& other);
    void move_from(Portfolio&& other) noexcept;

    HomeGovernment home_;
    TextPool text_;
    std::vector<Municipality> municipalities_;
    std::vector<Partner> partners_;
    std::vector<Agreement> agreements_;
    std::vector<ExchangeProgram> programs_;
    std::vector<OdaEngagement> engagements_;
    KeyIndex<MunicipalityTag> municipality_keys_;
    KeyIndex<PartnerTag> partner_keys_;
    KeyIndex<AgreementTag> agreement_keys_;
    KeyIndex<ProgramTag> program_keys_;
    KeyIndex<EngagementTag> engagement_keys_;

    mutable std::mutex index_mutex_;
    mutable std::shared_ptr<const detail::PortfolioIndex> index_;
};

}  // namespace paradiplomacy
