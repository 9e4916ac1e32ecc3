// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The derived indexes behind the queries: built once per portfolio state by
/// Portfolio::index(), immutable afterwards, so any number of threads may read one.
///
/// It holds each tie's agreements, who supersedes whom, each partner's programs and
/// ODA engagements, the last contact per partner, a static centered interval tree over
/// the agreements' possible in-force spans (a stabbing query costs O(log n + k)) and
/// the validity ends sorted (an expiry window is a binary search and a short scan).
/// Records with a dangling reference (a partner or signatory that is not in the
/// portfolio) are left out of every index, so no query trips over them.

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy {

class Portfolio;

namespace detail {

/// A day as a signed day number, with the two infinities an open interval needs.
using DayNumber = std::int32_t;
inline constexpr DayNumber minus_infinity = std::numeric_limits<DayNumber>::min();
inline constexpr DayNumber plus_infinity = std::numeric_limits<DayNumber>::max();
[[nodiscard]] inline DayNumber day_number(Day d) noexcept { return static_cast<DayNumber>(d.day_number()); }

class PortfolioIndex {
public:
    static constexpr std::uint32_t npos = std::numeric_limits<std::uint32_t>::max();

    /// One tie: a partner and a home-side signatory (npos: the home government), with
    /// its agreements at [begin, begin + count) of agreements_of_tie's storage.
    struct Tie {
        std::uint32_t partner;
        std::uint32_t signatory;
        std::uint32_t begin;
        std::uint32_t count;
        [[nodiscard]] PartnerId partner_id() const noexcept { return PartnerId(partner); }
        [[nodiscard]] std::optional<MunicipalityId> signatory_id() const noexcept {
            if (signatory == npos) return std::nullopt;
            return MunicipalityId(signatory);
        }
    };

    /// A validity end, for expiry windows: its earliest and latest possible day.
    struct ValidityEnd {
        DayNumber earliest;
        DayNumber latest;
        std::uint32_t agreement;
    };

    /// What evaluating an agreement on a day reads, as day numbers: each date's earliest
    /// and latest day (`has` says which dates exist). Kept in tie order, so a tie's
    /// agreements are evaluated from adjacent memory rather than from records spread over
    /// the agreement table (a tie query over a large portfolio was bound by those reads).
    struct Dates {
        enum : std::uint8_t {
            has_start = 1,  ///< effective start: validity start, else signed_on
            has_end = 2,    ///< validity end
            has_terminated = 4,
            has_suspended = 8,
            has_resumed = 16,
            unsigned_proposal = 32,  ///< proposed and not signed: never started
            has_successors = 64,     ///< some agreement supersedes it
        };
        DayNumber start_lo, start_hi;
        DayNumber end_lo, end_hi;
        DayNumber terminated_lo, terminated_hi;
        DayNumber suspended_lo, suspended_hi;
        DayNumber resumed_lo, resumed_hi;
        std::uint8_t has;
        std::uint8_t effective_kind;  ///< as effective_kind()
    };

    /// Builds every index from the portfolio's tables. O(n log n).
    explicit PortfolioIndex(const Portfolio& portfolio);

    /// Ties sorted by (partner, signatory), home government first.
    [[nodiscard]] std::span<const Tie> ties() const noexcept { return ties_; }
    [[nodiscard]] std::span<const AgreementId> agreements_of_tie(std::size_t tie) const noexcept {
        return std::span<const AgreementId>(tie_agreements_).subspan(ties_[tie].begin, ties_[tie].count);
    }
    /// The tie an agreement belongs to, or npos when it was left out (dangling reference).
    [[nodiscard]] std::uint32_t tie_of(AgreementId a) const noexcept {
        return a.index() < tie_of_.size() ? tie_of_[a.index()] : npos;
    }
    /// The ties of a partner: positions [first, last) in ties(). O(1).
    [[nodiscard]] std::pair<std::size_t, std::size_t> tie_range(PartnerId p) const noexcept {
        if (std::size_t(p.index()) + 1 >= partner_tie_begin_.size()) return {0, 0};
        return {partner_tie_begin_[p.index()], partner_tie_begin_[p.index() + 1]};
    }
    /// The partners whose country is `country`, ascending: a query filtered on a country
    /// looks at those partners' ties only, not at every agreement in force.
    [[nodiscard]] std::span<const PartnerId> partners_in(CountryCode country) const noexcept {
        const std::uint32_t slot = country_slot(country);
        if (slot == npos) return {};
        return csr(country_begin_, country_partners_, slot);
    }
    /// The dates of a tie's agreements, in the order of agreements_of_tie(tie).
    [[nodiscard]] std::span<const Dates> dates_of_tie(std::size_t tie) const noexcept {
        return std::span<const Dates>(dates_).subspan(ties_[tie].begin, ties_[tie].count);
    }
    /// The dates of agreement `a` (every agreement has them, dangling ones too).
    [[nodiscard]] const Dates& dates(AgreementId a) const noexcept { return dates_[dates_row_[a.index()]]; }
    /// The tie of (partner, signatory), if it has any agreement.
    [[nodiscard]] std::optional<std::size_t> find_tie(PartnerId partner,
                                                      std::optional<MunicipalityId> signatory) const noexcept;
    /// The agreements whose `supersedes` names `a` (dangling and self links are dropped).
    [[nodiscard]] std::span<const AgreementId> successors(AgreementId a) const noexcept {
        return csr(successor_begin_, successors_, a.index());
    }
    /// The kind that sets the agreement's tier: its own kind when it has a rank, else
    /// the effective kind of what it supersedes (a renewal of a sister agreement is sister).
    [[nodiscard]] AgreementKind effective_kind(AgreementId a) const noexcept {
        return static_cast<AgreementKind>(effective_kind_[a.index()]);
    }
    /// Programs naming the partner, by start (undated first); engagements whose
    /// recipient_partner is it.
    [[nodiscard]] std::span<const ProgramId> programs_of(PartnerId p) const noexcept {
        return csr(program_begin_, partner_programs_, p.index());
    }
    [[nodiscard]] std::span<const EngagementId> engagements_of(PartnerId p) const noexcept {
        return csr(engagement_begin_, partner_engagements_, p.index());
    }
    /// The program with the latest contact date (its end, else its start) for the
    /// partner; programs with neither date are skipped.
    [[nodiscard]] std::optional<ProgramId> last_contact(PartnerId p) const noexcept {
        if (p.index() >= last_contact_.size() || last_contact_[p.index()] == npos) return std::nullopt;
        return ProgramId(last_contact_[p.index()]);
    }

    /// Appends every agreement that may be in force on `d` (a superset: callers
    /// evaluate each candidate exactly). O(log n + k).
    void possibly_in_force(Day d, std::vector<AgreementId>& out) const;
    /// Validity ends sorted by earliest day; an end possibly in [from, to] lies in
    /// the returned range or is filtered out by the caller.
    [[nodiscard]] std::span<const ValidityEnd> validity_ends_near(Day from, Day to) const noexcept;

    /// Agreements left out of the index because their partner or signatory is missing.
    [[nodiscard]] std::size_t skipped_agreements() const noexcept { return skipped_; }
    /// Heap bytes held by the index (capacity of its arrays).
    [[nodiscard]] std::size_t memory_bytes() const noexcept;

private:
    template <class T>
    static std::span<const T> csr(const std::vector<std::uint32_t>& begin, const std::vector<T>& items,
                                  std::uint32_t i) noexcept {
        if (std::size_t(i) + 1 >= begin.size()) return {};
        return std::span<const T>(items).subspan(begin[i], begin[i + 1] - begin[i]);
    }

    /// One interval in the tree: [start, end] with the agreement's index.
    struct Entry {
        DayNumber key;  ///< start in by_start_, end in by_end_
        std::uint32_t agreement;
    };
    struct Node {
        DayNumber center;
        std::uint32_t left;   ///< npos: none
        std::uint32_t right;  ///< npos: none
        std::uint32_t begin;  ///< first entry in by_start_ / by_end_
        std::uint32_t count;
    };
    struct Interval {
        DayNumber start;
        DayNumber end;
        std::uint32_t agreement;
    };
    /// 26 x 26 slots for the two letters of an ISO 3166-1 alpha-2 code; npos for another code.
    static std::uint32_t country_slot(CountryCode country) noexcept {
        const std::string_view c = country.view();
        if (c.size() != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z') return npos;
        return static_cast<std::uint32_t>((c[0] - 'A') * 26 + (c[1] - 'A'));
    }
    static constexpr std::size_t country_slots = 26 * 26;

    std::uint32_t build_tree(std::vector<Interval>& items, std::size_t lo, std::size_t hi,
                             std::vector<DayNumber>& scratch);

    std::vector<Tie> ties_;
    std::vector<AgreementId> tie_agreements_;
    std::vector<std::uint32_t> tie_of_;
    std::vector<Dates> dates_;                      ///< tie order, then agreements in no tie
    std::vector<std::uint32_t> dates_row_;          ///< agreement -> its row in dates_
    std::vector<std::uint32_t> partner_tie_begin_;  ///< partner -> first tie; partners + 1 entries
    std::vector<std::uint32_t> country_begin_;      ///< country slot -> first in country_partners_
    std::vector<PartnerId> country_partners_;
    std::vector<std::uint32_t> successor_begin_;
    std::vector<AgreementId> successors_;
    std::vector<std::uint8_t> effective_kind_;
    std::vector<std::uint32_t> program_begin_;
    std::vector<ProgramId> partner_programs_;
    std::vector<std::uint32_t> engagement_begin_;
    std::vector<EngagementId> partner_engagements_;
    std::vector<std::uint32_t> last_contact_;
    std::vector<Node> nodes_;
    std::vector<Entry> by_start_;  ///< per node, ascending start
    std::vector<Entry> by_end_;    ///< per node, descending end
    std::uint32_t root_ = npos;
    std::vector<ValidityEnd> ends_;
    std::size_t skipped_ = 0;
};

}  // namespace detail
}  // namespace paradiplomacy
