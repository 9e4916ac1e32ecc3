// SPDX-License-Identifier: Apache-2.0
#pragma once
// Python views of a portfolio's records. A view is the owning portfolio (shared, so it
// stays alive as long as any view of it) and an ID; every attribute is read from the
// portfolio when asked and returned as a new Python value, so nothing in Python points
// into C++ memory. Binding files for queries return records with make_view().

#include "casters.hpp"

#include <paradiplomacy/model/portfolio.hpp>

#include <memory>
#include <optional>
#include <string>
#include <variant>

namespace paradiplomacy::python {

using PortfolioPtr = std::shared_ptr<Portfolio>;

/// The lookups for one record kind.
template <class Record>
struct RecordTraits;

template <>
struct RecordTraits<Municipality> {
    using Tag = MunicipalityTag;
    static constexpr const char* name = "Municipality";
    static constexpr const char* what = "municipality";
    static auto table(const Portfolio& p) { return p.municipalities(); }
    static const Municipality& get(const Portfolio& p, MunicipalityId id) { return p.municipality(id); }
    static auto find(const Portfolio& p, std::string_view key) { return p.find_municipality(key); }
};
template <>
struct RecordTraits<Partner> {
    using Tag = PartnerTag;
    static constexpr const char* name = "Partner";
    static constexpr const char* what = "partner";
    static auto table(const Portfolio& p) { return p.partners(); }
    static const Partner& get(const Portfolio& p, PartnerId id) { return p.partner(id); }
    static auto find(const Portfolio& p, std::string_view key) { return p.find_partner(key); }
};
template <>
struct RecordTraits<Agreement> {
    using Tag = AgreementTag;
    static constexpr const char* name = "Agreement";
    static constexpr const char* what = "agreement";
    static auto table(const Portfolio& p) { return p.agreements(); }
    static const Agreement& get(const Portfolio& p, AgreementId id) { return p.agreement(id); }
    static auto find(const Portfolio& p, std::string_view key) { return p.find_agreement(key); }
};
template <>
struct RecordTraits<ExchangeProgram> {
    using Tag = ProgramTag;
    static constexpr const char* name = "ExchangeProgram";
    static constexpr const char* what = "program";
    static auto table(const Portfolio& p) { return p.programs(); }
    static const ExchangeProgram& get(const Portfolio& p, ProgramId id) { return p.program(id); }
    static auto find(const Portfolio& p, std::string_view key) { return p.find_program(key); }
};
template <>
struct RecordTraits<OdaEngagement> {
    using Tag = EngagementTag;
    static constexpr const char* name = "OdaEngagement";
    static constexpr const char* what = "ODA engagement";
    static auto table(const Portfolio& p) { return p.engagements(); }
    static const OdaEngagement& get(const Portfolio& p, EngagementId id) { return p.engagement(id); }
    static auto find(const Portfolio& p, std::string_view key) { return p.find_engagement(key); }
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
