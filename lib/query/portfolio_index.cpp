// SPDX-License-Identifier: Apache-2.0
#include "portfolio_index.hpp"

#include "tie_state_internal.hpp"

#include <paradiplomacy/model/portfolio.hpp>

#include <algorithm>
#include <memory>
#include <numeric>

namespace paradiplomacy {

std::shared_ptr<const detail::PortfolioIndex> Portfolio::index() const {
    return index_.get_or_build([this] { return std::make_shared<const detail::PortfolioIndex>(*this); });
}

namespace detail {
namespace {

constexpr std::uint32_t no_index = PortfolioIndex::npos;

// Counting sort of (key, value) pairs into compressed rows: begin has keys + 1 entries.
template <class Value>
void fill_csr(std::size_t keys, const std::vector<std::pair<std::uint32_t, Value>>& pairs,
              std::vector<std::uint32_t>& begin, std::vector<Value>& items) {
    begin.assign(keys + 1, 0);
    for (const auto& [key, value] : pairs) ++begin[key + 1];
    std::partial_sum(begin.begin(), begin.end(), begin.begin());
    items.assign(pairs.size(), Value(0));
    std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
    for (const auto& [key, value] : pairs) items[next[key]++] = value;
}

DayNumber latest_of(const PartialDate& d) { return day_number(d.latest()); }

}  // namespace

PortfolioIndex::PortfolioIndex(const Portfolio& portfolio) {
    const auto agreements = portfolio.agreements();
    const std::size_t n = agreements.size();
    const std::size_t partner_count = portfolio.partners().size();
    const std::size_t municipality_count = portfolio.municipalities().size();

    // --- successor links ------------------------------------------------------------
    std::vector<std::pair<std::uint32_t, AgreementId>> links;
    for (const Agreement& a : agreements)
        if (a.supersedes && a.supersedes->index() < n && *a.supersedes != a.id)
            links.emplace_back(a.supersedes->index(), a.id);
    fill_csr(n, links, successor_begin_, successors_);
    links = {};

    // --- effective kinds: walk back through what an agreement supersedes ---------------
    effective_kind_.resize(n);
    for (const Agreement& a : agreements) {
        const Agreement* at = &a;
        for (int step = 0; step < 64 && tier_rank(at->kind) == 0 && at->supersedes && at->supersedes->index() < n;
             ++step)
            at = &agreements[at->supersedes->index()];
        effective_kind_[a.id.index()] = static_cast<std::uint8_t>(tier_rank(at->kind) > 0 ? at->kind : a.kind);
    }

    // --- ties ---------------------------------------------------------------------------
    std::vector<std::uint32_t> order;
    order.reserve(n);
    for (const Agreement& a : agreements) {
        const bool partner_ok = a.partner.index() < partner_count;
        const bool signatory_ok = !a.signatory || a.signatory->index() < municipality_count;
        if (partner_ok && signatory_ok)
            order.push_back(a.id.index());
        else
            ++skipped_;
    }
    const auto signatory_of = [&](std::uint32_t i) {
        return agreements[i].signatory ? agreements[i].signatory->index() : no_index;
    };
    // Home government (npos) first: map npos to 0 and municipality m to m + 1.
    const auto tie_key = [&](std::uint32_t i) {
        const std::uint32_t s = signatory_of(i);
        return std::pair<std::uint32_t, std::uint32_t>(agreements[i].partner.index(), s == no_index ? 0U : s + 1U);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t x, std::uint32_t y) { return tie_key(x) < tie_key(y); });
    tie_of_.assign(n, no_index);
    tie_agreements_.reserve(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::uint32_t i = order[k];
        if (ties_.empty() || tie_key(order[k - 1]) != tie_key(i))
            ties_.push_back(Tie{agreements[i].partner.index(), signatory_of(i), static_cast<std::uint32_t>(k), 0});
        ++ties_.back().count;
        tie_of_[i] = static_cast<std::uint32_t>(ties_.size() - 1);
        tie_agreements_.push_back(AgreementId(i));
    }

    // --- the dates evaluation reads, in tie order ---------------------------------------
    dates_row_.assign(n, no_index);
    dates_.reserve(n);
    const auto add_dates = [&](std::uint32_t i) {
        const Agreement& a = agreements[i];
        Dates d{};
        const auto put = [&](const std::optional<PartialDate>& date, DayNumber& lo, DayNumber& hi, std::uint8_t bit) {
            if (!date) return;
            lo = day_number(date->earliest());
            hi = latest_of(*date);
            d.has |= bit;
        };
        put(effective_start(a), d.start_lo, d.start_hi, Dates::has_start);
        if (a.validity) put(a.validity->end(), d.end_lo, d.end_hi, Dates::has_end);
        put(a.terminated_on, d.terminated_lo, d.terminated_hi, Dates::has_terminated);
        put(a.suspended_on, d.suspended_lo, d.suspended_hi, Dates::has_suspended);
        put(a.resumed_on, d.resumed_lo, d.resumed_hi, Dates::has_resumed);
        if (a.proposed && !a.signed_on) d.has |= Dates::unsigned_proposal;
        if (!successors(a.id).empty()) d.has |= Dates::has_successors;
        d.effective_kind = effective_kind_[i];
        dates_row_[i] = static_cast<std::uint32_t>(dates_.size());
        dates_.push_back(d);
    };
    for (const AgreementId id : tie_agreements_) add_dates(id.index());
    for (std::uint32_t i = 0; i < n; ++i)
        if (dates_row_[i] == no_index) add_dates(i);

    // --- each partner's ties, and the partners of each country -------------------------
    partner_tie_begin_.assign(partner_count + 1, 0);
    for (const Tie& t : ties_) ++partner_tie_begin_[t.partner + 1];
    std::partial_sum(partner_tie_begin_.begin(), partner_tie_begin_.end(), partner_tie_begin_.begin());
    std::vector<std::pair<std::uint32_t, PartnerId>> country_pairs;
    country_pairs.reserve(partner_count);
    for (const Partner& p : portfolio.partners())
        if (const std::uint32_t slot = country_slot(p.country); slot != npos) country_pairs.emplace_back(slot, p.id);
    fill_csr(country_slots, country_pairs, country_begin_, country_partners_);
    country_pairs = {};

    // --- programs, engagements, last contact per partner ----------------------------------
    std::vector<std::pair<std::uint32_t, ProgramId>> program_pairs;
    for (const ExchangeProgram& p : portfolio.programs())
        for (const PartnerId partner : p.partners)
            if (partner.index() < partner_count) program_pairs.emplace_back(partner.index(), p.id);
    std::stable_sort(program_pairs.begin(), program_pairs.end(), [&](const auto& x, const auto& y) {
        if (x.first != y.first) return x.first < y.first;
        return portfolio.programs()[x.second.index()].start < portfolio.programs()[y.second.index()].start;
    });
    fill_csr(partner_count, program_pairs, program_begin_, partner_programs_);
    last_contact_.assign(partner_count, no_index);
    for (const auto& [partner, program] : program_pairs) {
        std::uint32_t& best = last_contact_[partner];
        const auto& date = contact_date(portfolio.programs()[program.index()]);
        if (!date) continue;  // an undated program gives no contact date
        if (best == no_index || contact_date(portfolio.programs()[best])->latest() < date->latest())
            best = program.index();
    }
    program_pairs = {};
    std::vector<std::pair<std::uint32_t, EngagementId>> engagement_pairs;
    for (const OdaEngagement& e : portfolio.engagements())
        if (e.recipient_partner && e.recipient_partner->index() < partner_count)
            engagement_pairs.emplace_back(e.recipient_partner->index(), e.id);
    fill_csr(partner_count, engagement_pairs, engagement_begin_, partner_engagements_);

    // --- the interval tree over possible in-force spans -------------------------------
    std::vector<Interval> intervals;
    intervals.reserve(order.size());
    for (const std::uint32_t i : order) {
        const Agreement& a = agreements[i];
        if (a.proposed && !a.signed_on) continue;  // never in force until signed
        const std::optional<PartialDate> start = effective_start(a);
        const DayNumber lo = start ? day_number(start->earliest()) : minus_infinity;
        DayNumber hi = plus_infinity;
        if (a.validity && a.validity->end()) hi = std::min(hi, latest_of(*a.validity->end()));
        if (a.terminated_on) hi = std::min(hi, latest_of(*a.terminated_on));
        // A successor that, once started, stays live for good ends this one for certain.
        for (const AgreementId s_id : successors(a.id)) {
            const Agreement& s = agreements[s_id.index()];
            if (s.proposed && !s.signed_on) continue;
            const std::optional<PartialDate> s_start = effective_start(s);
            if (!s_start || (s.validity && s.validity->end()) || s.terminated_on) continue;
            hi = std::min(hi, latest_of(*s_start));
        }
        if (hi < lo) continue;
        intervals.push_back(Interval{lo, hi, i});
    }
    nodes_.reserve(intervals.size() / 4 + 1);
    by_start_.reserve(intervals.size());
    by_end_.reserve(intervals.size());
    std::vector<DayNumber> scratch;
    root_ = build_tree(intervals, 0, intervals.size(), scratch);
    nodes_.shrink_to_fit();

    // --- validity ends ---------------------------------------------------------------------
    for (const std::uint32_t i : order) {
        const Agreement& a = agreements[i];
        if (a.validity && a.validity->end())
            ends_.push_back(ValidityEnd{day_number(a.validity->end()->earliest()), latest_of(*a.validity->end()), i});
    }
    std::sort(ends_.begin(), ends_.end(), [](const ValidityEnd& x, const ValidityEnd& y) {
        return x.earliest != y.earliest ? x.earliest < y.earliest : x.agreement < y.agreement;
    });
    ends_.shrink_to_fit();
}

// Builds the subtree for items[lo, hi): the center is the median endpoint, so an
// interval holding it exists and each level strictly shrinks. Returns the node index.
std::uint32_t PortfolioIndex::build_tree(std::vector<Interval>& items, std::size_t lo, std::size_t hi,
                                         std::vector<DayNumber>& scratch) {
    if (lo >= hi) return npos;
    scratch.clear();
    for (std::size_t i = lo; i < hi; ++i) {
        scratch.push_back(items[i].start);
        scratch.push_back(items[i].end);
    }
    const auto mid = scratch.begin() + static_cast<std::ptrdiff_t>(scratch.size() / 2);
    std::nth_element(scratch.begin(), mid, scratch.end());
    const DayNumber center = *mid;
    // Partition: left (end < center), overlapping, right (start > center).
    const auto first = items.begin() + static_cast<std::ptrdiff_t>(lo);
    const auto last = items.begin() + static_cast<std::ptrdiff_t>(hi);
    const auto left_end = std::partition(first, last, [&](const Interval& x) { return x.end < center; });
    const auto mid_end = std::partition(left_end, last, [&](const Interval& x) { return x.start <= center; });

    const auto node = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back(Node{center, npos, npos, static_cast<std::uint32_t>(by_start_.size()),
                          static_cast<std::uint32_t>(mid_end - left_end)});
    std::sort(left_end, mid_end, [](const Interval& x, const Interval& y) { return x.start < y.start; });
    for (auto it = left_end; it != mid_end; ++it) by_start_.push_back(Entry{it->start, it->agreement});
    std::sort(left_end, mid_end, [](const Interval& x, const Interval& y) { return x.end > y.end; });
    for (auto it = left_end; it != mid_end; ++it) by_end_.push_back(Entry{it->end, it->agreement});

    const std::size_t left_hi = lo + static_cast<std::size_t>(left_end - first);
    const std::size_t right_lo = lo + static_cast<std::size_t>(mid_end - first);
    const std::uint32_t left = build_tree(items, lo, left_hi, scratch);
    const std::uint32_t right = build_tree(items, right_lo, hi, scratch);
    nodes_[node].left = left;
    nodes_[node].right = right;
    return node;
}

void PortfolioIndex::possibly_in_force(Day d, std::vector<AgreementId>& out) const {
    const DayNumber x = day_number(d);
    std::uint32_t at = root_;
    while (at != npos) {
        const Node& node = nodes_[at];
        if (x < node.center) {
            for (std::uint32_t i = node.begin; i < node.begin + node.count && by_start_[i].key <= x; ++i)
                out.push_back(AgreementId(by_start_[i].agreement));
            at = node.left;
        } else if (x > node.center) {
            for (std::uint32_t i = node.begin; i < node.begin + node.count && by_end_[i].key >= x; ++i)
                out.push_back(AgreementId(by_end_[i].agreement));
            at = node.right;
        } else {
            for (std::uint32_t i = node.begin; i < node.begin + node.count; ++i)
                out.push_back(AgreementId(by_start_[i].agreement));
            at = npos;
        }
    }
}

std::span<const PortfolioIndex::ValidityEnd> PortfolioIndex::validity_ends_near(Day from, Day to) const noexcept {
    // An end overlapping [from, to] has earliest <= to and latest >= from; a partial
    // end spans at most a year (366 days), so its earliest is >= from - 366.
    const DayNumber lo = day_number(from) - 366;
    const DayNumber hi = day_number(to);
    const auto begin = std::lower_bound(ends_.begin(), ends_.end(), lo,
                                        [](const ValidityEnd& e, DayNumber v) { return e.earliest < v; });
    const auto end =
        std::upper_bound(begin, ends_.end(), hi, [](DayNumber v, const ValidityEnd& e) { return v < e.earliest; });
    return std::span<const ValidityEnd>(ends_).subspan(static_cast<std::size_t>(begin - ends_.begin()),
                                                       static_cast<std::size_t>(end - begin));
}

std::optional<std::size_t> PortfolioIndex::find_tie(PartnerId partner,
                                                    std::optional<MunicipalityId> signatory) const noexcept {
    const std::uint32_t s = signatory ? signatory->index() + 1U : 0U;
    const auto key = [](const Tie& t) { return std::pair(t.partner, t.signatory == npos ? 0U : t.signatory + 1U); };
    const std::pair<std::uint32_t, std::uint32_t> wanted(partner.index(), s);
    const auto it =
        std::lower_bound(ties_.begin(), ties_.end(), wanted, [&](const Tie& t, const auto& w) { return key(t) < w; });
    if (it == ties_.end() || key(*it) != wanted) return std::nullopt;
    return static_cast<std::size_t>(it - ties_.begin());
}

std::size_t PortfolioIndex::memory_bytes() const noexcept {
    const auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    return bytes(ties_) + bytes(tie_agreements_) + bytes(tie_of_) + bytes(dates_) + bytes(dates_row_) +
           bytes(partner_tie_begin_) + bytes(country_begin_) + bytes(country_partners_) + bytes(successor_begin_) +
           bytes(successors_) + bytes(effective_kind_) + bytes(program_begin_) + bytes(partner_programs_) +
           bytes(engagement_begin_) + bytes(partner_engagements_) + bytes(last_contact_) + bytes(nodes_) +
           bytes(by_start_) + bytes(by_end_) + bytes(ends_);
}

}  // namespace detail
}  // namespace paradiplomacy
