// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which partner languages lack interpreters?" and "how many interpreters and translators
/// do we have per language, against how many partners and exchanges speak it?": the
/// interpreter and translator pool (model/linguist.hpp) against the partners' languages
/// (query/partner_languages.hpp).
///
/// A pool record serves a language when one of its tags does (language_serves,
/// values/language_tag.hpp: "zh" serves "zh-Hant", "zh-Hans" does not). The home
/// government's own languages (its country's official ones: Korean for KR-41) need no
/// interpreter and are left out. Counting unknown, as elsewhere: a pool record whose
/// availability straddles the day (available from "2016" asked about 2016-06-01) is
/// possibly available; a partner whose tie is possibly in force possibly needs its
/// languages.

#include <paradiplomacy/model/linguist.hpp>
#include <paradiplomacy/query/tie_filter.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// Is the pool record available on `on`: from its `available_from` (or always) to its
/// `available_until` (or without end)? Unknown when a partial date leaves it open.
[[nodiscard]] Truth linguist_available(const Linguist& linguist, Day on) noexcept;

/// Does a pool record of kind `offered` do the work of `wanted`? `both` does either; asking
/// for `both` wants a record that does both.
[[nodiscard]] constexpr bool linguist_does(LinguistKind offered, LinguistKind wanted) noexcept {
    return offered == wanted || offered == LinguistKind::both;
}

/// Which partners' languages a query looks at, and which pool records count.
struct LanguageNeed {
    /// The pool records that count: interpreters (the default, with those who do both),
    /// translators, or only those who do both; nullopt: any record.
    std::optional<LinguistKind> kind = LinguistKind::interpreter;
    /// true: the languages of every partner in the portfolio; false: of the partners with
    /// a tie in force on the day (as `ties` selects them).
    bool all_partners = false;
    /// Which ties count when `all_partners` is false.
    TieFilter ties;
};

/// A language no pool record serves, and the partners that speak it.
struct LanguageGap {
    std::string language;             ///< The partner's tag, as partner_languages gives it.
    std::vector<PartnerId> partners;  ///< ascending
    friend bool operator==(const LanguageGap&, const LanguageGap&) = default;
};

/// Partner languages without an available pool record: `certain` when a partner certainly
/// needs the language and no record serving it is possibly available; `possible` when it is
/// neither certainly needed and unserved nor certainly served (a tie possibly in force, a
/// record possibly available). Both sorted by language.
struct LanguageGaps {
    std::vector<LanguageGap> certain;
    std::vector<LanguageGap> possible;
    friend bool operator==(const LanguageGaps&, const LanguageGaps&) = default;
};

/// The partner languages that no pool record of the wanted kind serves on `on`.
[[nodiscard]] LanguageGaps languages_without_linguist(const Portfolio& portfolio, Day on,
                                                      const LanguageNeed& need = {});

/// How many people of the pool serve one language, against the partners and programs that
/// need it.
struct LanguageStaffing {
    std::string language;                     ///< A partner's or a pool record's tag.
    std::uint64_t interpreters = 0;           ///< People certainly available who interpret (counts summed).
    std::uint64_t interpreters_possible = 0;  ///< Besides them, people possibly available.
    std::uint64_t translators = 0;            ///< People certainly available who translate.
    std::uint64_t translators_possible = 0;   ///< Besides them, people possibly available.
    std::size_t partners = 0;                 ///< Partners (any, in the portfolio) that speak it.
    std::size_t programs = 0;                 ///< Exchange programs with at least one of those partners.
    friend bool operator==(const LanguageStaffing&, const LanguageStaffing&) = default;
};

/// One row per language that a partner speaks (home languages aside), and one per pool
/// tag that serves none of them, sorted by tag. A record that does both counts among interpreters and among
/// translators; a record of several languages counts in each row it serves, so rows must
/// not be summed. Tags are compared without regard to case and written as first met.
[[nodiscard]] std::vector<LanguageStaffing> linguists_by_language(const Portfolio& portfolio, Day on);

}  // namespace paradiplomacy
