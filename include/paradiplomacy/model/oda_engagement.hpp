// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// An official development assistance project in a recipient country, shaped after
/// an IATI 2.03 activity: sectors and recipient regions with percentages, budgets per
/// period and currency, planned and actual dates, status, and the organisations taking part
/// (IATI participating-org) as organisation records in their roles.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/involvement.hpp>
#include <paradiplomacy/model/organisation.hpp>
#include <paradiplomacy/model/policy_task.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/model/transaction_total.hpp>
#include <paradiplomacy/values/compact_list.hpp>
#include <paradiplomacy/values/country_code.hpp>
#include <paradiplomacy/values/currency_code.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/money.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/period.hpp>
#include <paradiplomacy/values/purpose_code.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace paradiplomacy {

/// IATI ActivityStatus codes 1-6, in that order.
enum class OdaStatus : std::uint8_t { pipeline, implementation, finalisation, closed, cancelled, suspended };
constexpr auto enum_names(OdaStatus) noexcept {
    return std::array<std::string_view, 6>{"pipeline", "implementation", "finalisation",
                                           "closed",   "cancelled",      "suspended"};
}

/// A share of an engagement spent in one region of the recipient country.
struct RegionShare {
    SubdivisionCode region;
    double percentage = 100.0;
    friend bool operator==(const RegionShare&, const RegionShare&) = default;
};

/// A share of an engagement in one recipient country (IATI recipient-country).
struct CountryShare {
    CountryCode country;
    double percentage = 100.0;
    friend bool operator==(const CountryShare&, const CountryShare&) = default;
};

/// IATI RegionVocabulary codes kept by the model: 1 OECD DAC regions, 2 UN M49.
enum class RegionVocabulary : std::uint8_t { oecd_dac = 1, un_m49 = 2 };

/// A share of an engagement in a region above the country (IATI recipient-region:
/// "998" developing countries unspecified, "798" Asia regional under OECD DAC).
struct SupranationalShare {
    std::uint16_t code = 0;
    RegionVocabulary vocabulary = RegionVocabulary::oecd_dac;
    double percentage = 100.0;
    friend bool operator==(const SupranationalShare&, const SupranationalShare&) = default;
};

/// A share of an engagement in one DAC purpose (sector). A five-digit purpose code is
/// IATI sector vocabulary 1; a three-digit DAC sector code is vocabulary 2.
struct SectorShare {
    PurposeCode purpose;
    double percentage = 100.0;
    friend bool operator==(const SectorShare&, const SectorShare&) = default;
};

/// A sector in a vocabulary other than the DAC purposes (IATI SectorVocabulary other
/// than 1 and 2: "10" humanitarian clusters, "99" the reporter's own, ...), kept as
/// published so that IATI rule 6.2.2 (at least one sector) sees it and an export writes
/// it back.
struct OtherSector {
    TextId vocabulary{0};  ///< The SectorVocabulary code as published ("10", "99").
    TextId code{0};        ///< The sector code in that vocabulary.
    /// The share within that vocabulary; absent when none was published (IATI allows
    /// that for a lone sector) or the published one was not a percentage.
    std::optional<double> percentage;
    friend bool operator==(const OtherSector&, const OtherSector&) = default;
};

/// IATI OtherIdentifierType codes A1, A2, A3, A4, A9, B1, B9, in that order.
enum class OtherIdentifierType : std::uint8_t {
    internal,                ///< A1 the reporting organisation's internal activity identifier
    crs,                     ///< A2 CRS activity identifier
    previous_activity,       ///< A3 previous activity identifier
    fts,                     ///< A4 FTS flow id
    other_activity,          ///< A9 other activity identifier
    previous_reporting_org,  ///< B1 previous reporting organisation identifier
    other_organisation,      ///< B9 other organisation identifier
};
constexpr auto enum_names(OtherIdentifierType) noexcept {
    return std::array<std::string_view, 7>{
        "internal",          "crs", "previous_activity", "fts", "other_activity", "previous_reporting_org",
        "other_organisation"};
}
/// The IATI code of an OtherIdentifierType ("B1").
[[nodiscard]] constexpr std::string_view iati_code(OtherIdentifierType t) noexcept {
    constexpr std::array<std::string_view, 7> codes{"A1", "A2", "A3", "A4", "A9", "B1", "B9"};
    return codes[static_cast<std::size_t>(t)];
}
/// The OtherIdentifierType of an IATI code, or nothing for a code not in the list.
[[nodiscard]] constexpr std::optional<OtherIdentifierType> other_identifier_type(std::string_view code) noexcept {
    for (std::size_t i = 0; i < 7; ++i)
        if (iati_code(static_cast<OtherIdentifierType>(i)) == code) return static_cast<OtherIdentifierType>(i);
    return std::nullopt;
}

/// Another identifier of the activity (IATI other-identifier): an earlier identifier,
/// the reporter's internal one, or (type B1) the previous reporting organisation's
/// identifier, whose prefix also meets IATI rule 1.1.21.
struct OtherIdentifier {
    TextId ref{0};
    OtherIdentifierType type = OtherIdentifierType::internal;
    friend bool operator==(const OtherIdentifier&, const OtherIdentifier&) = default;
};

/// IATI BudgetType: the first budget set, or a revision of it.
enum class BudgetType : std::uint8_t { original, revised };
constexpr auto enum_names(BudgetType) noexcept { return std::array<std::string_view, 2>{"original", "revised"}; }
/// IATI BudgetStatus: an estimate, or money formally committed.
enum class BudgetStatus : std::uint8_t { indicative, committed };
constexpr auto enum_names(BudgetStatus) noexcept { return std::array<std::string_view, 2>{"indicative", "committed"}; }

/// Money planned for one period (IATI asks for periods of at most a year).
struct Budget {
    Budget(Period period_, Money value_, std::optional<PartialDate> value_date_ = std::nullopt,
           BudgetType type_ = BudgetType::original, BudgetStatus status_ = BudgetStatus::indicative)
        : period(period_), value(value_), value_date(value_date_), type(type_), status(status_) {}
    Period period;
    Money value;
    /// The day the amount was valued at (IATI @value-date): the exchange rate of that day
    /// converts it. Absent for an office's own records; the export then uses the period start.
    std::optional<PartialDate> value_date;
    BudgetType type = BudgetType::original;
    BudgetStatus status = BudgetStatus::indicative;
    friend bool operator==(const Budget&, const Budget&) = default;
};

struct OdaEngagement {
    EngagementId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};
    TextId iati_identifier{0};  ///< "KR-GOV-xxx-..." when published to IATI.
    TextId title{0};
    /// The recipient country; the first of `recipient_countries` when there are several.
    /// "ZZ" (unknown region, as CLDR uses it) when the engagement names regions only.
    CountryCode recipient{"ZZ"};
    std::optional<PartnerId> recipient_partner;  ///< The partner record, when there is one.
    /// Every recipient country with its share, as IATI lists them. Empty means `recipient`
    /// alone at 100 %, the common case for an office's own projects.
    std::vector<CountryShare> recipient_countries;
    /// Recipient regions above the country (IATI recipient-region); their percentages and
    /// the countries' together make 100.
    std::vector<SupranationalShare> recipient_regions;
    std::vector<RegionShare> regions;  ///< Sub-national regions of the recipient country.
    std::vector<SectorShare> sectors;
    /// Sectors in vocabularies other than the DAC purposes, in file order.
    std::vector<OtherSector> other_sectors;
    /// Sectors were given on transactions (IATI transaction/sector) rather than on the
    /// activity; the totals per year cannot hold them, so only this is kept.
    bool transaction_sectors = false;
    std::vector<Budget> budgets;
    std::vector<TransactionTotal> transactions;  ///< Per year, type and currency.
    /// The currency of every value that names none (IATI @default-currency).
    std::optional<CurrencyCode> default_currency;
    std::optional<PartialDate> planned_start;
    std::optional<PartialDate> actual_start;
    std::optional<PartialDate> planned_end;
    std::optional<PartialDate> actual_end;
    OdaStatus status = OdaStatus::pipeline;
    std::optional<OrganisationRef> reporting_org;    ///< Who published the activity (IATI reporting-org).
    std::vector<OtherIdentifier> other_identifiers;  ///< IATI other-identifier entries, in file order.
    CompactList<ProgramId> programs;                 ///< Linked exchange programs (trainings).
    bool brand_project = false;                      ///< One of the office's flagship projects.
    CompactList<PolicyTaskId> policy_tasks;          ///< The office's policy tasks it serves.
    /// Organisation records on it, by role: the IATI participating organisations, in file
    /// order, and the office's own implementers and partners.
    CompactList<Involvement> organisations;
    Provenance provenance;

    friend bool operator==(const OdaEngagement&, const OdaEngagement&) = default;
};

template <>
struct Description<OdaEngagement> {
    static constexpr std::string_view name = "ODA engagement";
    static constexpr TableNames table{"oda", "OdaEngagement", "engagement", "engagements",
                                      "An official development assistance project (after IATI 2.03)."};
    static constexpr auto fields = std::tuple{
        field(&OdaEngagement::key, {.name = "id",
                                    .doc = "stable record id",
                                    .required = true,
                                    .csv_aliases = "key|oda_id|engagement_id",
                                    .python = "key"}),
        field(&OdaEngagement::iati_identifier, {.name = "iati_identifier",
                                                .doc = "the IATI activity identifier, when published",
                                                .csv_aliases = "iati_id"}),
        field(&OdaEngagement::title, {.name = "title", .doc = "title", .csv_aliases = "name|사업명"}),
        field(&OdaEngagement::recipient,
              {.name = "recipient",
               .doc = "ISO 3166-1 alpha-2: the first recipient country, ZZ when only regions are named",
               .required = true,
               .csv_aliases = "recipient_country|country|수원국|국가"}),
        field(&OdaEngagement::recipient_partner,
              {.name = "recipient_partner", .doc = "the recipient's partner id", .csv_aliases = "partner"}),
        field(&OdaEngagement::recipient_countries,
              {.name = "recipient_countries",
               .doc = "recipient countries and their percentages (IATI recipient-country)"}),
        field(&OdaEngagement::recipient_regions,
              {.name = "recipient_regions",
               .doc = "regions above the country and their percentages (IATI recipient-region)"}),
        field(&OdaEngagement::regions,
              {.name = "regions", .doc = "sub-national regions of the recipient and their percentages"}),
        field(&OdaEngagement::sectors, {.name = "sectors", .doc = "DAC sectors and their percentages"}),
        field(&OdaEngagement::other_sectors,
              {.name = "other_sectors", .doc = "sectors of other IATI vocabularies, as published"}),
        field(&OdaEngagement::transaction_sectors, {.name = "transaction_sectors",
                                                    .doc = "the activity gave its sectors on its transactions",
                                                    .csv_revision = 2}),
        field(&OdaEngagement::budgets, {.name = "budgets", .doc = "budgets by period"}),
        field(&OdaEngagement::transactions,
              {.name = "transactions", .doc = "transaction totals by year, type and currency"}),
        field(&OdaEngagement::default_currency, {.name = "default_currency",
                                                 .doc = "ISO 4217: the currency of values that name none",
                                                 .csv_aliases = "currency",
                                                 .csv_revision = 1}),
        field(&OdaEngagement::planned_start, {.name = "planned_start", .doc = "planned start"}),
        field(&OdaEngagement::actual_start, {.name = "actual_start", .doc = "actual start"}),
        field(&OdaEngagement::planned_end, {.name = "planned_end", .doc = "planned end"}),
        field(&OdaEngagement::actual_end, {.name = "actual_end", .doc = "actual end"}),
        field(&OdaEngagement::status,
              {.name = "status", .doc = "activity status", .required = true, .csv_aliases = "activity_status|상태"}),
        field(&OdaEngagement::reporting_org,
              {.name = "reporting_org", .doc = "who published the activity (IATI reporting-org)", .csv_revision = 1}),
        field(&OdaEngagement::other_identifiers, {.name = "other_identifiers",
                                                  .doc = "other identifiers of the activity (IATI other-identifier)",
                                                  .csv_aliases = "other_identifier",
                                                  .csv_revision = 2}),
        field(&OdaEngagement::programs,
              {.name = "programs", .doc = "linked exchange programs' ids", .csv_aliases = "program|program_ids"}),
        field(&OdaEngagement::brand_project, {.name = "brand_project",
                                              .doc = "one of the office's flagship projects",
                                              .csv_aliases = "brand|flagship|대표사업"}),
        field(&OdaEngagement::policy_tasks, {.name = "policy_tasks",
                                             .doc = "the ids of the office's policy tasks it serves",
                                             .csv_aliases = "policy_task|tasks|과제",
                                             .csv_revision = 3}),
        field(&OdaEngagement::organisations, {.name = "organisations",
                                              .doc = "organisation records on it, each in a role (the IATI "
                                                     "participating organisations among them)",
                                              .csv_aliases = "organisation|involved_organisations|참여기관",
                                              .csv_revision = 4}),
        inlined(&OdaEngagement::provenance),
    };
};

}  // namespace paradiplomacy
