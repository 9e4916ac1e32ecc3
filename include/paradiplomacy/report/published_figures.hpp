// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Figures a home government, or a page about it, has published ("sister ties with 10
/// countries and 15 regions", "a pool of 152 interpreters", "ODA 2003-2010: 45 projects"),
/// kept as data beside a dataset so that a report can recompute each one from the records
/// on the day it describes and show the difference.
///
/// File form (`paradiplomacy.published-figures/2`, one JSON document):
/// ```json
/// {"schema": "paradiplomacy.published-figures/2", "home": "KR-41", "note": "...",
///  "sources": {"bulletin": "Cultural Policy Bulletin Vol.3, ...", "yonhap-2017": "Yonhap, ..., https://..."},
///  "figures": [
///    {"label": "sister regions", "measure": "partner_regions", "kinds": ["sister"], "value": 15,
///     "as_of": "2017", "source": "bulletin",
///     "missing": [{"name": "Ha Tay (VN-15)", "source": "sungnam-2008", "why": "..."}]},
///    {"label": "ties of the cities and counties in China", "measure": "ties",
///     "government": "municipalities", "country": "CN", "value": 74, "as_of": "2017", "source": "yonhap-2017"},
///    {"label": "ODA 2003-2010", "measure": "oda_amount", "period": "2003/2010", "value": 2550000000,
///     "currency": "KRW", "source": "ajunews-2011"}]}
/// ```
/// Every figure names its measure, its value and its source (a key of `sources`), and the
/// day it describes (`as_of`, a partial date standing for its last day) or, for the ODA
/// measures over years, its `period`. Selectors narrow what is counted; a member the format
/// does not know is an error, so that a misspelt selector does not silently count everything.
/// Two sources that disagree are two figures: the comparison shows both.
///
/// Version 1 (`paradiplomacy.published-figures/1`: one source and day for the whole file,
/// `ties`, `priority_countries`, `priority_regions`, `municipalities`) is still read: each
/// of its counts becomes one figure of this form, in memory.

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/designation.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/currency_code.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy::report {

/// The schema name and version of a published-figures document.
inline constexpr std::string_view published_figures_schema_id = "paradiplomacy.published-figures/2";
/// The first version, still read.
inline constexpr std::string_view published_figures_schema_id_v1 = "paradiplomacy.published-figures/1";

/// What a figure counts or sums, recomputed from the records by compare_with_published.
enum class FigureMeasure : std::uint8_t {
    partner_countries,     ///< Distinct countries with a tie in force (of the kinds) on the day.
    partner_regions,       ///< Distinct region-level partners with a tie in force (of the kinds).
    partners,              ///< Distinct partners of every level with a tie in force (of the kinds).
    ties,                  ///< Ties in force: one partner, one signatory.
    designated_countries,  ///< Countries holding the designation on the day.
    designated_regions,    ///< Region-level partners holding the designation on the day.
    linguists,             ///< People of the interpreter and translator pool available on the day.
    teams,                 ///< The office's teams, by its staffing fact on the day.
    staff,                 ///< The office's persons, by its staffing fact on the day.
    policy_goals,          ///< Policy goals recorded.
    policy_tasks,          ///< Policy tasks recorded.
    envelope,              ///< Money set aside for a purpose in a year.
    oda_engagements,       ///< ODA engagements running in the period.
    oda_countries,         ///< Distinct recipient countries of the ODA engagements running in the period.
    oda_amount,            ///< Budgets of the ODA engagements within the period.
};
constexpr auto enum_names(FigureMeasure) noexcept {
    return std::array<std::string_view, 15>{
        "partner_countries",  "partner_regions", "partners",        "ties",          "designated_countries",
        "designated_regions", "linguists",       "teams",           "staff",         "policy_goals",
        "policy_tasks",       "envelope",        "oda_engagements", "oda_countries", "oda_amount"};
}

/// Whether a measure is money (needs a currency) and whether it covers a period of years
/// rather than one day.
[[nodiscard]] constexpr bool is_money(FigureMeasure m) noexcept {
    return m == FigureMeasure::envelope || m == FigureMeasure::oda_amount;
}
[[nodiscard]] constexpr bool is_over_period(FigureMeasure m) noexcept {
    return m == FigureMeasure::oda_engagements || m == FigureMeasure::oda_countries || m == FigureMeasure::oda_amount;
}

/// A partner a source names that the records do not hold, and why it is not recorded.
struct KnownMissing {
    std::string name;    ///< As the source names it ("Ha Tay (VN-15)").
    std::string source;  ///< A key of PublishedFigures::sources.
    std::string why;     ///< Why no record holds it (too little known, a conflicting source).
    friend bool operator==(const KnownMissing&, const KnownMissing&) = default;
};

/// Whose ties a figure counts: the home government's (the default), its municipalities'
/// together, both together ("all": a ministry's count for a province with its cities), or
/// one municipality's, by its record key.
inline constexpr std::string_view home_government = "home";
inline constexpr std::string_view all_municipalities = "municipalities";
inline constexpr std::string_view home_and_municipalities = "all";

/// Years from the start of `first` to the end of `last`, both included.
struct YearSpan {
    int first = 0;
    int last = 0;
    friend bool operator==(const YearSpan&, const YearSpan&) = default;
};

/// One published figure with the selectors saying what it counts.
struct PublishedFigure {
    std::string label;  ///< As the publication names it ("sister regions").
    FigureMeasure measure = FigureMeasure::ties;
    double value = 0;    ///< As published; whole for counts.
    std::string source;  ///< A key of PublishedFigures::sources.
    /// The day described, as published ("2017": its last day); empty for a figure over a period.
    std::optional<PartialDate> as_of;
    std::optional<YearSpan> period;  ///< For the ODA measures: the years covered.
    std::string note;
    std::vector<KnownMissing> missing;

    std::vector<AgreementKind> kinds;                       ///< Tie tiers counted; empty: every tier.
    std::string government = std::string(home_government);  ///< "home", "municipalities", "all" or a municipality key.
    std::optional<CountryCode> country;                     ///< Only ties with partners in this country.
    std::optional<DesignationKind> designation;             ///< For the designated_* measures.
    std::string purpose;                                    ///< For envelope: matched without regard to case.
    std::optional<int> year;                                ///< For envelope: the budget year.
    std::optional<CurrencyCode> currency;                   ///< For the money measures.

    friend bool operator==(const PublishedFigure&, const PublishedFigure&) = default;
};

struct PublishedFigures {
    std::string home;  ///< ISO 3166-2 code of the home government, when given.
    std::string note;
    /// Key and citation (with its address, where it has one) of each source, in file order.
    std::vector<std::pair<std::string, std::string>> sources;
    std::vector<PublishedFigure> figures;

    /// The citation of source `key`; empty when the file has none by that key.
    [[nodiscard]] std::string_view citation(std::string_view key) const noexcept;

    friend bool operator==(const PublishedFigures&, const PublishedFigures&) = default;
};

/// Parses a published-figures document of version 2, or of version 1 (upgraded);
/// `source_name` stands for the file in messages. Throws FileError naming the source, the
/// member and what is wrong.
[[nodiscard]] PublishedFigures parse_published_figures(std::string_view json,
                                                       std::string_view source_name = "<memory>");

/// The document as version-2 JSON, two-space indented, members in the order of the file
/// form above: parse_published_figures(to_json(f)) == f.
[[nodiscard]] std::string to_json(const PublishedFigures& figures);

/// The day a figure describes: the last day of its `as_of`, or the last day of its period.
[[nodiscard]] Day figure_day(const PublishedFigure& figure);

}  // namespace paradiplomacy::report
