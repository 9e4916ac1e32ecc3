// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The record kinds a Portfolio holds a table of, in one list. Everything that handles
/// every kind walks this list at compile time: the Portfolio's tables and equality, the
/// JSON reader and writer (the root members come in this order), the JSON Schema and
/// format docs, the CSV tables, the Python tables, add_* methods, frames and stubs.
///
/// A new record kind costs its struct with its Description (field.hpp; with `table`, the
/// names of its table) next to it, one entry here, its own rules (Portfolio::check,
/// validation) and its tests and docs.

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/designation.hpp>
#include <paradiplomacy/model/document.hpp>
#include <paradiplomacy/model/envelope.hpp>
#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/home_government.hpp>
#include <paradiplomacy/model/indicator.hpp>
#include <paradiplomacy/model/indicator_period.hpp>
#include <paradiplomacy/model/linguist.hpp>
#include <paradiplomacy/model/money_line.hpp>
#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/model/office.hpp>
#include <paradiplomacy/model/organisation_record.hpp>
#include <paradiplomacy/model/partner.hpp>
#include <paradiplomacy/model/policy_goal.hpp>
#include <paradiplomacy/model/policy_task.hpp>
#include <paradiplomacy/model/result.hpp>
#include <paradiplomacy/model/staffing_fact.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace paradiplomacy {

namespace detail {
/// The position of `Record` among `Records`; their number when it is not among them.
template <class Record, class... Records>
constexpr std::size_t position_of() noexcept {
    constexpr bool same[] = {std::is_same_v<Record, Records>..., false};
    for (std::size_t i = 0; i < sizeof...(Records); ++i)
        if (same[i]) return i;
    return sizeof...(Records);
}
}  // namespace detail

/// A list of record kinds.
template <class... Records>
struct RecordKindList {
    static constexpr std::size_t size = sizeof...(Records);

    /// `Template<Records...>`: `RecordKindList::apply<std::tuple>`.
    template <template <class...> class Template>
    using apply = Template<Records...>;

    /// Calls `f(std::type_identity<Record>{})` for every kind, in order.
    template <class F>
    static constexpr void for_each(F&& f) {
        (f(std::type_identity<Records>{}), ...);
    }

    /// The position of `Record` in the list; `size` for a type not in it.
    template <class Record>
    static constexpr std::size_t index_of = detail::position_of<Record, Records...>();

    template <class Record>
    static constexpr bool contains = index_of<Record> < sizeof...(Records);

    /// Calls `f(std::type_identity<Record>{})` for the kind at `index` and returns true;
    /// false when `index` is beyond the list. A chain of comparisons the compiler turns
    /// into a jump, for code that holds a kind as a number (the JSON reader's shapes).
    template <class F>
    static constexpr bool visit(std::size_t index, F&& f) {
        return [&]<std::size_t... I>(std::index_sequence<I...>) {
            return ((index == I ? (f(std::type_identity<Records>{}), true) : false) || ...);
        }
        (std::index_sequence_for<Records...>{});
    }
};

/// Every record kind with a table in a Portfolio, in file order. The order is the order
/// of the JSON root members and of the CSV tables: a new kind goes where its table reads
/// best, since records refer to each other by key in any order.
using RecordKinds = RecordKindList<Municipality, Partner, Designation, Organisation, Agreement, ExchangeProgram,
                                   OdaEngagement, Office, StaffingFact, PolicyGoal, PolicyTask, Linguist, Document,
                                   Envelope, MoneyLine, Result, Indicator, IndicatorPeriod>;

/// Whether `Record` is one of RecordKinds.
template <class Record>
concept RecordKind = RecordKinds::contains<Record>;

/// The ID type of a record kind (PartnerId).
template <RecordKind Record>
using id_of_t = decltype(Record::id);

namespace detail {
template <class Tag, class... Records>
struct record_of {};  // no kind has IDs of this tag: no `type`
template <class Tag, class First, class... Rest>
struct record_of<Tag, First, Rest...> : std::conditional_t<std::is_same_v<decltype(First::id), Id<Tag>>,
                                                           std::type_identity<First>, record_of<Tag, Rest...>> {};
template <class Tag, class List>
struct record_of_list;
template <class Tag, class... Records>
struct record_of_list<Tag, RecordKindList<Records...>> : record_of<Tag, Records...> {};
}  // namespace detail

/// The record kind whose IDs are `Id<Tag>`; without `type` for a tag of no record kind
/// (TextTag), so that code can ask.
template <class Tag>
struct record_of : detail::record_of_list<Tag, RecordKinds> {};

/// The record kind whose IDs are `Id<Tag>`: record_of_t<PartnerTag> is Partner.
template <class Tag>
using record_of_t = typename record_of<Tag>::type;

}  // namespace paradiplomacy
