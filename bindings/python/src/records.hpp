// SPDX-License-Identifier: Apache-2.0
#pragma once
// Python views of a portfolio's records. A view is the owning portfolio (shared, so it
// stays alive as long as any view of it) and an ID; every attribute is read from the
// portfolio when asked and returned as a new Python value, so nothing in Python points
// into C++ memory. Binding files for queries return records with make_view().

#include "casters.hpp"

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/model/record_kinds.hpp>
#include <paradiplomacy/model/table.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace paradiplomacy::python {

using PortfolioPtr = std::shared_ptr<Portfolio>;

/// "Partner" + `suffix` from a record kind's Python name for one record ("partner"):
/// PartnerId, PartnerTable, PartnerTableIterator; each word of a name of several
/// capitalised ("policy_goal": PolicyGoalId).
template <RecordKind Record>
std::string python_name(std::string_view suffix) {
    // "money_line" -> "MoneyLine": each word capitalised, the underscores dropped.
    std::string out;
    bool word_start = true;
    for (const char c : Description<Record>::table.python_one) {
        if (c == '_') {
            word_start = true;
            continue;
        }
        out += word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        word_start = false;
    }
    return out + std::string(suffix);
}

/// The lookups for one record kind, in its table of the portfolio.
template <RecordKind Record>
struct RecordTraits {
    using Tag = typename paradiplomacy::Table<Record>::tag_type;
    /// The Python class (a literal of the description, so a C string).
    static constexpr const char* name = Description<Record>::table.python_class.data();
    /// The kind as messages name it ("partner", "ODA engagement").
    static constexpr const char* what = paradiplomacy::Table<Record>::kind.data();
    static const paradiplomacy::Table<Record>& table(const Portfolio& p) { return p.table<Record>(); }
    static const Record& get(const Portfolio& p, Id<Tag> id) { return table(p).at(id); }
    static std::optional<Id<Tag>> find(const Portfolio& p, std::string_view key) {
        return table(p).find(key, p.texts());
    }
};

/// A record of a portfolio, seen from Python.
template <class Record>
struct View {
    using Traits = RecordTraits<Record>;
    using IdType = Id<typename Traits::Tag>;

    PortfolioPtr owner;
    IdType id;

    /// The record as it is now. Throws NotFound when the ID is not in the portfolio.
    [[nodiscard]] const Record& get() const { return Traits::get(*owner, id); }
    /// Text of one of the record's TextIds, as a new string.
    [[nodiscard]] std::string text(TextId t) const { return std::string(owner->text(t)); }
};

template <class Record>
[[nodiscard]] View<Record> make_view(PortfolioPtr owner, Id<typename RecordTraits<Record>::Tag> id) {
    return View<Record>{std::move(owner), id};
}

/// All records of one kind in a portfolio (portfolio.partners...), seen from Python.
template <class Record>
struct Table {
    PortfolioPtr owner;
    [[nodiscard]] std::size_t size() const { return RecordTraits<Record>::table(*owner).size(); }
};

template <class Record>
struct TableIterator {
    PortfolioPtr owner;
    std::size_t next = 0;
};

/// An argument naming a record: its ID, its key, or the record itself.
template <class Record>
struct RecordRef {
    std::variant<Id<typename RecordTraits<Record>::Tag>, std::string, View<Record>> ref;
};

/// The ID a RecordRef names in `portfolio`. `what` names the argument in messages
/// ('agreement "gg-1": partner'); throws NotFound when the portfolio has no such record
/// and InvalidValue for a record of another portfolio.
template <class Record>
[[nodiscard]] Id<typename RecordTraits<Record>::Tag> resolve(const Portfolio& portfolio, const RecordRef<Record>& r,
                                                             const std::string& what) {
    using Traits = RecordTraits<Record>;
    if (const auto* key = std::get_if<std::string>(&r.ref)) {
        if (const auto id = Traits::find(portfolio, *key)) return *id;
        throw NotFound(what + " \"" + *key + "\" is not in this portfolio");
    }
    if (const auto* view = std::get_if<View<Record>>(&r.ref)) {
        if (view->owner.get() != &portfolio) throw InvalidValue(what + " belongs to another portfolio");
        return view->id;
    }
    const auto id = std::get<0>(r.ref);
    if (id.index() >= Traits::table(portfolio).size())
        throw NotFound(what + " #" + std::to_string(id.index()) + " is not in this portfolio");
    return id;
}

}  // namespace paradiplomacy::python

namespace pybind11::detail {

template <class Record>
struct type_caster<paradiplomacy::python::RecordRef<Record>>
    : paradiplomacy::python::detail::optional_caster_base<paradiplomacy::python::RecordRef<Record>> {
    using Ref = paradiplomacy::python::RecordRef<Record>;
    using IdType = typename paradiplomacy::python::View<Record>::IdType;
    static constexpr auto name =
        make_caster<IdType>::name + const_name(" | str | ") + make_caster<paradiplomacy::python::View<Record>>::name;

    bool load(handle src, bool) {
        if (isinstance<str>(src)) {
            this->value.emplace(Ref{src.cast<std::string>()});
        } else if (isinstance<IdType>(src)) {
            this->value.emplace(Ref{src.cast<IdType>()});
        } else if (isinstance<paradiplomacy::python::View<Record>>(src)) {
            this->value.emplace(Ref{src.cast<paradiplomacy::python::View<Record>>()});
        } else {
            return false;
        }
        return true;
    }
};

}  // namespace pybind11::detail
