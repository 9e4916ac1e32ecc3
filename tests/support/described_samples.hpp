// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Portfolios that each give one described field a value of its own, for the format tests
/// that check every field of every record kind is written and read back (a format that
/// forgets a field fails on that field's sample).
///
/// A sample holds one record of the kind under test, built from the kind's minimal record
/// (required fields set, everything else at its default), with the one field set to a
/// value that differs from both the minimal record's and the default. Records it refers to
/// are added first (a partner for an agreement; a second partner when the field under test
/// is the agreement's partner). The values follow from the field's C++ type only, so a new
/// field of a type already seen gets its sample with no change here, and a field of a new
/// type fails to compile until `sample_value` learns it.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/model/record_kinds.hpp>
#include <paradiplomacy/model/text_pool.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace paradiplomacy::test_support {

/// One portfolio in which `field` of one `record` (a Description name: "agreement",
/// "home") differs from the minimal record.
struct DescribedSample {
    std::string_view record;
    std::string_view field;
    bool required = false;
    Portfolio portfolio;
    /// The record's table: the JSON root member, the CSV file's name without ".csv"
    /// ("agreements"); "home" for the home government.
    std::string_view table = "home";
};

/// The record kinds that carry a key and live in a Portfolio table.
template <class Record>
concept TableRecord = RecordKind<Record>;

/// "PREFIX-NAME" as a record id: the kind's name in lower case, '-' for spaces.
inline std::string sample_key(std::string_view prefix, std::string_view kind) {
    std::string key(prefix);
    key += '-';
    for (const char c : kind) key += c == ' ' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return key;
}

template <TableRecord Record>
auto record_keyed(Portfolio& p, std::string_view key);

/// The minimal record of its kind: what files require, with valid values, and references
/// to the partner "sample-partner", the office "sample-office" and the goal
/// "sample-policy-goal" (added when missing). Every other field has its default.
template <TableRecord Record>
Record minimal_record(Portfolio& p, std::string_view key) {
    Record r{};
    r.key = p.intern(key);
    if constexpr (std::is_same_v<Record, Partner>) {
        r.level = PartnerLevel::city;  // the default level (region) requires a region code
        r.country = CountryCode("CN");
    } else if constexpr (std::is_same_v<Record, Agreement>) {
        r.partner = record_keyed<Partner>(p, sample_key("sample", "partner"));
    } else if constexpr (std::is_same_v<Record, ExchangeProgram>) {
        r.partners = {record_keyed<Partner>(p, sample_key("sample", "partner"))};
    } else if constexpr (std::is_same_v<Record, Designation>) {
        r.partner = record_keyed<Partner>(p, sample_key("sample", "partner"));
    } else if constexpr (std::is_same_v<Record, OdaEngagement>) {
        r.recipient = CountryCode("VN");
    } else if constexpr (std::is_same_v<Record, StaffingFact>) {
        r.office = record_keyed<Office>(p, sample_key("sample", "office"));
        r.as_of = PartialDate::of_year(2017);
    } else if constexpr (std::is_same_v<Record, PolicyGoal>) {
        r.office = record_keyed<Office>(p, sample_key("sample", "office"));
    } else if constexpr (std::is_same_v<Record, PolicyTask>) {
        r.goal = record_keyed<PolicyGoal>(p, sample_key("sample", "policy goal"));
    } else if constexpr (std::is_same_v<Record, Linguist>) {
        r.languages = {p.intern("ja")};
    } else if constexpr (std::is_same_v<Record, Document>) {
        r.language = p.intern("ko");
    } else if constexpr (std::is_same_v<Record, Indicator>) {
        r.result = record_keyed<Result>(p, sample_key("sample", "result"));
    } else if constexpr (std::is_same_v<Record, IndicatorPeriod>) {
        r.indicator = record_keyed<Indicator>(p, sample_key("sample", "indicator"));
    }
    return r;
}

/// The id of the record of kind `Record` keyed `key`, added as a minimal record when the
/// portfolio has none.
template <TableRecord Record>
auto record_keyed(Portfolio& p, std::string_view key) {
    if (const auto found = p.find<Record>(key)) return *found;
    return p.add(minimal_record<Record>(p, key));
}

/// `SampleValue<V>::make(p, current, intern)`: a value of type V that differs from
/// `*current` (nullptr: there is none, as in an empty optional). `intern` stores text where
/// the record's text lives; records the value refers to are added to `p`.
template <class V>
struct SampleValue;

template <class Tag>
struct SampleValue<Id<Tag>> {
    template <class Intern>
    static Id<Tag> make(Portfolio& p, const Id<Tag>*, Intern intern) {
        if constexpr (std::is_same_v<Tag, TextTag>) {
            return intern("sample-text");
        } else {
            using Target = record_of_t<Tag>;
            // Not the minimal record's partner: a record of its own, so a reference that is
            // lost or swapped shows.
            return record_keyed<Target>(p, sample_key("other", Description<Target>::name));
        }
    }
};
template <>
struct SampleValue<bool> {
    template <class Intern>
    static bool make(Portfolio&, const bool*, Intern) {
        return true;
    }
};
template <class V>
requires std::is_integral_v<V> &&(!std::is_same_v<V, bool>)struct SampleValue<V> {
    template <class Intern>
    static V make(Portfolio&, const V*, Intern) {
        return V{30};  // within every integer field's range (a UN M49 code, a headcount)
    }
};
template <class E>
requires std::is_enum_v<E> && requires { enum_names(E{}); }
struct SampleValue<E> {
    template <class Intern>
    static E make(Portfolio&, const E* current, Intern) {
        for (const E value : all_values<E>())
            if (current == nullptr || value != *current) return value;
        return E{};
    }
};
template <>
struct SampleValue<double> {
    template <class Intern>
    static double make(Portfolio&, const double*, Intern) {
        return 1250.5;  // an amount with a fraction, exactly a double
    }
};
template <>
struct SampleValue<PartialDate> {
    template <class Intern>
    static PartialDate make(Portfolio&, const PartialDate*, Intern) {
        return PartialDate::of_day(2019, 5, 17);
    }
};
template <>
struct SampleValue<Period> {
    template <class Intern>
    static Period make(Portfolio&, const Period*, Intern) {
        return Period(PartialDate::of_year(2019), PartialDate::of_month(2023, 6));
    }
};
template <>
struct SampleValue<CountryCode> {
    template <class Intern>
    static CountryCode make(Portfolio&, const CountryCode* current, Intern) {
        return CountryCode(current != nullptr && current->view() == "JP" ? "MN" : "JP");
    }
};
template <>
struct SampleValue<SubdivisionCode> {
    template <class Intern>
    static SubdivisionCode make(Portfolio&, const SubdivisionCode* current, Intern) {
        return SubdivisionCode(current != nullptr && current->view() == "CN-HE" ? "CN-SD" : "CN-HE");
    }
};
template <>
struct SampleValue<CurrencyCode> {
    template <class Intern>
    static CurrencyCode make(Portfolio&, const CurrencyCode*, Intern) {
        return CurrencyCode("EUR");
    }
};
template <>
struct SampleValue<OrganisationRef> {
    template <class Intern>
    static OrganisationRef make(Portfolio&, const OrganisationRef*, Intern intern) {
        return OrganisationRef{intern("KR-GOV-051"), intern("Korea International Cooperation Agency"), 10};
    }
};
template <class V>
struct SampleValue<std::optional<V>> {
    template <class Intern>
    static std::optional<V> make(Portfolio& p, const std::optional<V>* current, Intern intern) {
        return SampleValue<V>::make(p, current != nullptr && *current ? &**current : nullptr, intern);
    }
};
/// A list of one element, every member of which differs from its default (for a list of
/// references: one to a record other than the minimal record's).
template <class V>
struct SampleValue<std::vector<V>> {
    template <class Intern>
    static std::vector<V> make(Portfolio& p, const std::vector<V>*, Intern intern) {
        if constexpr (std::is_same_v<V, CountryShare>)
            return {CountryShare{CountryCode("LA"), 40.0}};
        else if constexpr (std::is_same_v<V, SupranationalShare>)
            return {SupranationalShare{142, RegionVocabulary::un_m49, 60.0}};
        else if constexpr (std::is_same_v<V, RegionShare>)
            return {RegionShare{SubdivisionCode("VN-HN"), 25.5}};
        else if constexpr (std::is_same_v<V, SectorShare>)
            return {SectorShare{PurposeCode("11110"), 100.0}};
        else if constexpr (std::is_same_v<V, OtherSector>)
            return {OtherSector{intern("10"), intern("1.2"), 50.0}};
        else if constexpr (std::is_same_v<V, Budget>)
            return {Budget(Period(PartialDate::of_day(2020, 1, 1), PartialDate::of_day(2020, 12, 31)),
                           Money(1500000.0, CurrencyCode("KRW")), PartialDate::of_day(2020, 1, 1), BudgetType::revised,
                           BudgetStatus::committed)};
        else if constexpr (std::is_same_v<V, TransactionTotal>)
            return {TransactionTotal{2021, TransactionType::expenditure, Money(250.25, CurrencyCode("USD")), 3}};
        else if constexpr (std::is_same_v<V, OtherIdentifier>)
            return {OtherIdentifier{intern("KR-GOV-051-2020"), OtherIdentifierType::previous_reporting_org}};
        else if constexpr (std::is_same_v<V, Involvement>)
            return {Involvement{SampleValue<OrganisationId>::make(p, nullptr, intern), OrganisationRole::co_organiser,
                                intern("KOICA-2020-01")}};
        else if constexpr (std::is_same_v<V, Delegates>)
            return {Delegates{DelegateRole::interpreter, 2}};
        else if constexpr (std::is_same_v<V, TextId>)
            return {intern("culture")};
        else
            return {SampleValue<V>::make(p, nullptr, intern)};
    }
};
template <class V>
struct SampleValue<CompactList<V>> {
    template <class Intern>
    static CompactList<V> make(Portfolio& p, const CompactList<V>*, Intern intern) {
        const auto items = SampleValue<std::vector<V>>::make(p, nullptr, intern);
        return CompactList<V>(items.begin(), items.end());
    }
};

/// Calls `f(field, holder)` for field number `index` of `record` (for_each_field order),
/// `holder` being the record or the inlined part that holds the field.
template <class Record, class F>
void with_field(Record& record, std::size_t index, F&& f) {
    std::size_t i = 0;
    for_each_field_of(record, [&](auto& holder, const auto& field) {
        if (i++ == index) f(field, holder);
    });
}

/// One sample per field of `Record`, a record kind of a Portfolio table.
template <TableRecord Record>
std::vector<DescribedSample> described_samples_of() {
    std::vector<DescribedSample> out;
    for (std::size_t index = 0; index < field_count<Record>(); ++index) {
        Portfolio p(SubdivisionCode("KR-41"));
        Record record = minimal_record<Record>(p, sample_key("sample", Description<Record>::name));
        std::string_view name;
        bool required = false;
        with_field(record, index, [&](const auto& field, auto& holder) {
            auto& value = field.of(holder);
            value = SampleValue<std::remove_cvref_t<decltype(value)>>::make(
                p, &value, [&](std::string_view text) { return p.intern(text); });
            name = field.name;
            required = field.required;
        });
        p.add(std::move(record));
        out.push_back(
            DescribedSample{Description<Record>::name, name, required, std::move(p), Description<Record>::table.file});
    }
    return out;
}

/// One sample per field of the home government, the portfolio's own record.
inline std::vector<DescribedSample> home_samples() {
    std::vector<DescribedSample> out;
    for (std::size_t index = 0; index < field_count<HomeGovernment>(); ++index) {
        Portfolio unused(SubdivisionCode("KR-41"));
        TextPool texts;
        HomeGovernment home{SubdivisionCode("KR-41"), TextId(0), TextId(0)};
        std::string_view name;
        bool required = false;
        with_field(home, index, [&](const auto& field, auto& holder) {
            auto& value = field.of(holder);
            value = SampleValue<std::remove_cvref_t<decltype(value)>>::make(
                unused, &value, [&](std::string_view text) { return texts.intern(text); });
            name = field.name;
            required = field.required;
        });
        out.push_back(DescribedSample{Description<HomeGovernment>::name, name, required,
                                      Portfolio(home.code, texts.view(home.name_en), texts.view(home.name_local))});
    }
    return out;
}

/// A portfolio holding the minimal record of every record kind (and what they refer to).
inline Portfolio minimal_records() {
    Portfolio p(SubdivisionCode("KR-41"));
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        static_cast<void>(record_keyed<Record>(p, sample_key("sample", Description<Record>::name)));
    });
    return p;
}

/// How many fields the home government and every record kind have in all: one sample each.
inline std::size_t described_field_count() {
    std::size_t n = field_count<HomeGovernment>();
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) { n += field_count<Record>(); });
    return n;
}

/// Every sample: the home government's fields, then each record kind's, in the order of
/// a portfolio file.
inline std::vector<DescribedSample> described_samples() {
    std::vector<DescribedSample> out = home_samples();
    const auto append = [&](std::vector<DescribedSample> more) {
        for (DescribedSample& s : more) out.push_back(std::move(s));
    };
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) { append(described_samples_of<Record>()); });
    return out;
}

}  // namespace paradiplomacy::test_support
