// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The portfolio of one home government: its partners, organisations, agreements,
/// exchange programs and ODA engagements, one Table per record kind of RecordKinds
/// (model/record_kinds.hpp, model/table.hpp), linked by ID.
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
#include <paradiplomacy/model/record_kinds.hpp>
#include <paradiplomacy/model/table.hpp>
#include <paradiplomacy/model/text_pool.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace paradiplomacy {

namespace detail {
class PortfolioIndex;  // private to the library: lib/query/portfolio_index.hpp

/// A portfolio's derived indexes, built on first use under a lock. A copy shares them
/// (they are immutable and describe equal tables), a move hands them over, and each
/// holder has its own lock, so that Portfolio's copy and move can be the defaults.
class IndexCache {
public:
    IndexCache() = default;
    IndexCache(const IndexCache& other) : index_(other.get()) {}
    IndexCache(IndexCache&& other) noexcept : index_(other.take()) {}
    IndexCache& operator=(const IndexCache& other) {
        if (this != &other) set(other.get());
        return *this;
    }
    IndexCache& operator=(IndexCache&& other) noexcept {
        if (this != &other) set(other.take());
        return *this;
    }
    ~IndexCache() = default;

    /// The indexes, made by `build()` when there are none yet.
    template <class Build>
    std::shared_ptr<const PortfolioIndex> get_or_build(Build&& build) const {
        const std::lock_guard lock(mutex_);
        if (!index_) index_ = std::forward<Build>(build)();
        return index_;
    }
    /// Drops the indexes after an edit; readers still holding them keep theirs.
    void reset() noexcept { set(nullptr); }

private:
    std::shared_ptr<const PortfolioIndex> get() const {
        const std::lock_guard lock(mutex_);
        return index_;
    }
    std::shared_ptr<const PortfolioIndex> take() noexcept {
        const std::lock_guard lock(mutex_);
        return std::move(index_);
    }
    void set(std::shared_ptr<const PortfolioIndex> index) noexcept {
        {
            const std::lock_guard lock(mutex_);
            index_.swap(index);
        }  // the old indexes are freed outside the lock
    }

    mutable std::mutex mutex_;
    mutable std::shared_ptr<const PortfolioIndex> index_;
};
}  // namespace detail

class Portfolio {
public:
    /// A portfolio for the home government `home` (ISO 3166-2, e.g. "KR-41").
    explicit Portfolio(SubdivisionCode home, std::string_view name_en = {}, std::string_view name_local = {})
        : home_{home, TextId(0), TextId(0)} {
        home_.name_en = text_.intern(name_en);
        home_.name_local = text_.intern(name_local);
    }
    Portfolio(const Portfolio&) = default;
    Portfolio& operator=(const Portfolio&) = default;
    Portfolio(Portfolio&&) noexcept = default;
    Portfolio& operator=(Portfolio&&) noexcept = default;
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
    template <RecordKind Record>
    id_of_t<Record> add(Record record) {
        check(record);
        const auto id = mutable_table<Record>().add(std::move(record), text_);
        index_.reset();
        return id;
    }

    /// Replaces the record with the same ID. Throws NotFound for an unknown ID and
    /// InvalidValue when the new key collides with another record's.
    template <RecordKind Record>
    void replace(Record record) {
        static_cast<void>(table<Record>().at(record.id));  // NotFound comes before the record's own problems
        check(record);
        mutable_table<Record>().replace(std::move(record), text_);
        index_.reset();
    }

    /// Reserves room before a bulk load: the tables and their key indexes for this many
    /// records in all, and the text pool for one key per record on top of the text it
    /// holds (a loader that knows of more distinct text reserves it with reserve_text).
    void reserve(std::size_t partners, std::size_t agreements, std::size_t programs, std::size_t engagements) {
        std::get<Table<Partner>>(tables_).reserve(partners);
        std::get<Table<Agreement>>(tables_).reserve(agreements);
        std::get<Table<ExchangeProgram>>(tables_).reserve(programs);
        std::get<Table<OdaEngagement>>(tables_).reserve(engagements);
        reserve_text(partners + agreements + programs + engagements);
    }
    /// Reserves room for `count` records of one kind in all, and a key each in the text pool.
    template <RecordKind Record>
    void reserve_records(std::size_t count) {
        mutable_table<Record>().reserve(count);
        reserve_text(count);
    }
    /// Makes room in the text pool for `more` strings beyond those it holds.
    void reserve_text(std::size_t more) { text_.reserve(text_.size() + more); }

    // --- tables --------------------------------------------------------------
    /// The table of one record kind: its records in ID order, look-ups by ID and key.
    template <RecordKind Record>
    [[nodiscard]] const Table<Record>& table() const noexcept {
        return std::get<Table<Record>>(tables_);
    }
    /// The records of one kind in ID order: records<Organisation>().
    template <RecordKind Record>
    [[nodiscard]] std::span<const Record> records() const noexcept {
        return table<Record>().records();
    }

    [[nodiscard]] std::span<const Municipality> municipalities() const noexcept {
        return table<Municipality>().records();
    }
    [[nodiscard]] std::span<const Partner> partners() const noexcept { return table<Partner>().records(); }
    [[nodiscard]] std::span<const Agreement> agreements() const noexcept { return table<Agreement>().records(); }
    [[nodiscard]] std::span<const ExchangeProgram> programs() const noexcept {
        return table<ExchangeProgram>().records();
    }
    [[nodiscard]] std::span<const OdaEngagement> engagements() const noexcept {
        return table<OdaEngagement>().records();
    }

    // --- look-ups by ID (throw NotFound) and by key ---------------------------
    [[nodiscard]] const Municipality& municipality(MunicipalityId id) const { return table<Municipality>().at(id); }
    [[nodiscard]] const Partner& partner(PartnerId id) const { return table<Partner>().at(id); }
    [[nodiscard]] const Agreement& agreement(AgreementId id) const { return table<Agreement>().at(id); }
    [[nodiscard]] const ExchangeProgram& program(ProgramId id) const { return table<ExchangeProgram>().at(id); }
    [[nodiscard]] const OdaEngagement& engagement(EngagementId id) const { return table<OdaEngagement>().at(id); }

    /// The record an ID names, of any kind: at(OrganisationId(0)). Throws NotFound.
    template <class Tag>
    [[nodiscard]] const record_of_t<Tag>& at(Id<Tag> id) const {
        return table<record_of_t<Tag>>().at(id);
    }
    template <class Tag>
    [[nodiscard]] bool contains(Id<Tag> id) const noexcept {
        return table<record_of_t<Tag>>().contains(id);
    }

    [[nodiscard]] std::optional<MunicipalityId> find_municipality(std::string_view key) const {
        return table<Municipality>().find(key, text_);
    }
    [[nodiscard]] std::optional<PartnerId> find_partner(std::string_view key) const {
        return table<Partner>().find(key, text_);
    }
    [[nodiscard]] std::optional<AgreementId> find_agreement(std::string_view key) const {
        return table<Agreement>().find(key, text_);
    }
    [[nodiscard]] std::optional<ProgramId> find_program(std::string_view key) const {
        return table<ExchangeProgram>().find(key, text_);
    }
    [[nodiscard]] std::optional<EngagementId> find_engagement(std::string_view key) const {
        return table<OdaEngagement>().find(key, text_);
    }
    /// The ID of the record of kind `Record` keyed `key`: find<Organisation>("koica").
    template <RecordKind Record>
    [[nodiscard]] std::optional<id_of_t<Record>> find(std::string_view key) const {
        return table<Record>().find(key, text_);
    }

    /// Record-by-record equality, comparing text by content (two portfolios built in
    /// different orders of interning are equal when their records are).
    friend bool operator==(const Portfolio& a, const Portfolio& b);

    /// The derived indexes (tie timelines, date indexes), built on first use.
    /// Used by the queries; safe from many threads.
    [[nodiscard]] std::shared_ptr<const detail::PortfolioIndex> index() const;

private:
    /// Throws InvalidValue when the record breaks a rule of add() other than key reuse:
    /// the rules of every kind (its id and the items of its lists of text read back from
    /// every format, record_key_problem), and a kind's own, in an overload for it.
    template <RecordKind Record>
    void check(const Record& record) const {
        check_key(record.key, Description<Record>::name);
        check_text_lists(record);
    }
    template <RecordKind Record>
    void check_text_lists(const Record& record) const {
        for_each_field_of(record, [&](const auto& holder, const auto& field) {
            using Value = typename std::remove_cvref_t<decltype(field)>::value_type;
            if constexpr (is_list_of_v<Value, TextId>)
                check_items(field.of(holder), Description<Record>::name, record.key, field.name);
        });
    }
    void check_key(TextId key, std::string_view what) const;
    void check_items(std::span<const TextId> items, std::string_view what, TextId key, std::string_view list) const;
    void check(const ExchangeProgram& record) const;
    void check(const OdaEngagement& record) const;
    void check(const StaffingFact& record) const;
    void check(const Envelope& record) const;
    void check(const MoneyLine& record) const;
    void check_amount(double amount, std::string_view what, TextId key) const;

    template <RecordKind Record>
    Table<Record>& mutable_table() noexcept {
        return std::get<Table<Record>>(tables_);
    }

    template <class... Records>
    using Tables = std::tuple<Table<Records>...>;

    HomeGovernment home_;
    TextPool text_;
    RecordKinds::apply<Tables> tables_;
    detail::IndexCache index_;
};

}  // namespace paradiplomacy
