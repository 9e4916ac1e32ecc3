// SPDX-License-Identifier: Apache-2.0
// The library's enums as Python enums whose members are also their names in files
// (paradiplomacy/_enum.py: AgreementKind.SISTER == "sister"). Member names are the C++ names
// in upper case (AgreementKind.SISTER); arguments also take the text in any case ("sister").

#include "bindings.hpp"

#include <paradiplomacy/model/agreement.hpp>
#include <paradiplomacy/model/designation.hpp>
#include <paradiplomacy/model/document.hpp>
#include <paradiplomacy/model/exchange_program.hpp>
#include <paradiplomacy/model/indicator.hpp>
#include <paradiplomacy/model/linguist.hpp>
#include <paradiplomacy/model/money_line.hpp>
#include <paradiplomacy/model/oda_engagement.hpp>
#include <paradiplomacy/model/organisation_record.hpp>
#include <paradiplomacy/model/partner.hpp>
#include <paradiplomacy/model/result.hpp>
#include <paradiplomacy/query/money_totals.hpp>
#include <paradiplomacy/query/partner_languages.hpp>
#include <paradiplomacy/query/partner_timeline.hpp>
#include <paradiplomacy/query/tie_state.hpp>
#include <paradiplomacy/reference/code_status.hpp>
#include <paradiplomacy/reference/official_languages.hpp>
#include <paradiplomacy/report/published_figures.hpp>
#include <paradiplomacy/validation/finding.hpp>
#include <paradiplomacy/values/partial_date.hpp>
#include <paradiplomacy/values/truth.hpp>

#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace paradiplomacy::python {
namespace {

std::string upper(std::string_view name) {
    std::string out(name);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

/// Binds E with one member per name in `names`, in value order.
template <class E, std::size_t N>
void bind_enum(py::module_& m, const char* name, const char* doc, const std::array<std::string_view, N>& names) {
    py::native_enum<E> e(m, name, "paradiplomacy._enum.named_enum", doc);
    for (std::size_t i = 0; i < N; ++i) e.value(upper(names[i]).c_str(), static_cast<E>(i));  // copied at once
    e.finalize();
}

/// Truth in a condition: YES is true, NO false, and UNKNOWN refuses, as pandas.NA does, so
/// that `if date.on_or_before(day):` cannot take an unknown answer for either.
void define_truth_bool(py::module_& m) {
    const py::object truth = m.attr("Truth");
    truth.attr("__bool__") = py::cpp_function(
        [](Truth value) {
            if (value == Truth::unknown)
                throw py::type_error(
                    "the truth value of Truth.UNKNOWN is ambiguous (a partial date cannot tell): compare with "
                    "Truth.YES (`answer is Truth.YES`), or ask PartialDate.could_be(day) whether it may be so");
            return value == Truth::yes;
        },
        py::name("__bool__"), py::is_method(truth));
}

}  // namespace

void init_enums(py::module_& m) {
    bind_enum<Truth>(m, "Truth", "A three-valued answer: YES, NO or UNKNOWN (when a partial date cannot tell).",
                     std::array<std::string_view, 3>{"no", "yes", "unknown"});
    define_truth_bool(m);
    bind_enum<DatePrecision>(m, "DatePrecision", "How much of a PartialDate is known.",
                             std::array<std::string_view, 3>{"year", "month", "day"});
    bind_enum<AgreementKind>(m, "AgreementKind", "The kind of instrument an agreement is.",
                             enum_names(AgreementKind{}));
    bind_enum<CouncilApproval>(m, "CouncilApproval", "Whether the local council approved an agreement.",
                               enum_names(CouncilApproval{}));
    bind_enum<DesignationKind>(m, "DesignationKind", "What the office designated a partner as.",
                               enum_names(DesignationKind{}));
    bind_enum<report::FigureMeasure>(m, "FigureMeasure", "What a published figure counts or sums.",
                                     enum_names(report::FigureMeasure{}));
    bind_enum<ProgramKind>(m, "ProgramKind", "The kind of an exchange program.", enum_names(ProgramKind{}));
    bind_enum<Direction>(m, "Direction", "Which way people travel in an exchange.", enum_names(Direction{}));
    bind_enum<OdaStatus>(m, "OdaStatus", "IATI activity status of an ODA engagement.", enum_names(OdaStatus{}));
    bind_enum<BudgetType>(m, "BudgetType", "IATI BudgetType: ORIGINAL or REVISED.", enum_names(BudgetType{}));
    bind_enum<BudgetStatus>(m, "BudgetStatus", "IATI BudgetStatus: INDICATIVE or COMMITTED.",
                            enum_names(BudgetStatus{}));
    bind_enum<TransactionType>(m, "TransactionType", "IATI TransactionType (codes 1-13, in order).",
                               enum_names(TransactionType{}));
    bind_enum<OrganisationRole>(m, "OrganisationRole",
                                "The part an organisation plays: IATI's FUNDING, ACCOUNTABLE, EXTENDING, IMPLEMENTING "
                                "(codes 1-4), then CO_ORGANISER, HOST and PARTY, which IATI has no code for.",
                                enum_names(OrganisationRole{}));
    bind_enum<DelegateRole>(m, "DelegateRole", "The role of members of a delegation or exchange.",
                            enum_names(DelegateRole{}));
    bind_enum<OtherIdentifierType>(m, "OtherIdentifierType",
                                   "IATI OtherIdentifierType (A1, A2, A3, A4, A9, B1, B9, in order); "
                                   "PREVIOUS_REPORTING_ORG (B1) also prefixes the IATI identifier.",
                                   enum_names(OtherIdentifierType{}));
    {
        // IATI RegionVocabulary counts from 1 and has no names in the model.
        py::native_enum<RegionVocabulary> e(m, "RegionVocabulary", "enum.Enum",
                                            "IATI RegionVocabulary of a recipient region: OECD_DAC (1) or UN_M49 (2).");
        e.value("OECD_DAC", RegionVocabulary::oecd_dac).value("UN_M49", RegionVocabulary::un_m49);
        e.finalize();
    }
    bind_enum<OrganisationKind>(m, "OrganisationKind",
                                "What sort of body an organisation is: GOVERNMENT, PUBLIC_AGENCY, FOUNDATION, NGO, ...",
                                enum_names(OrganisationKind{}));
    bind_enum<PartnerLevel>(m, "PartnerLevel", "Whether a partner is a country, a first-level region or a city.",
                            enum_names(PartnerLevel{}));
    bind_enum<reference::CodeStatus>(m, "CodeStatus",
                                     "Whether a code is in force, was withdrawn from its standard, or is unknown.",
                                     enum_names(reference::CodeStatus{}));
    bind_enum<reference::LanguageStatus>(m, "LanguageStatus",
                                         "CLDR's status of a language in a country: OFFICIAL, DE_FACTO_OFFICIAL or "
                                         "OFFICIAL_REGIONAL.",
                                         enum_names(reference::LanguageStatus{}));
    bind_enum<LanguageSource>(m, "LanguageSource",
                              "Where a partner's languages came from: RECORD, CLDR (its country's) or NONE.",
                              enum_names(LanguageSource{}));
    bind_enum<Severity>(m, "Severity", "How serious a validation finding is: ERROR, WARNING or INFO.",
                        enum_names(Severity{}));
    bind_enum<EntityKind>(m, "EntityKind", "The kind of record a validation finding is about.",
                          enum_names(EntityKind{}));
    bind_enum<TieState>(m, "TieState", "The state of a tie (a partner's agreements) on a day.", enum_names(TieState{}));
    bind_enum<TimelineEventKind>(m, "TimelineEventKind", "What happened at an event of a partner's timeline.",
                                 enum_names(TimelineEventKind{}));
    bind_enum<LinguistKind>(m, "LinguistKind", "What the people of a pool record do: INTERPRETER, TRANSLATOR or BOTH.",
                            enum_names(LinguistKind{}));
    bind_enum<LinguistLevel>(m, "LinguistLevel",
                             "How demanding a task a pool record can take on: UNSPECIFIED, GENERAL, PROFESSIONAL or "
                             "CONFERENCE.",
                             enum_names(LinguistLevel{}));
    bind_enum<DocumentKind>(m, "DocumentKind", "What a document is: an agreement's text, a plan, a report...",
                            enum_names(DocumentKind{}));
    bind_enum<TranslationStatus>(m, "TranslationStatus",
                                 "How far a translation has come: ORIGINAL (not one), DRAFT, TRANSLATED or PROOFREAD.",
                                 enum_names(TranslationStatus{}));
    bind_enum<MoneyStage>(m, "MoneyStage", "Whether a money line is PLANNED (a budget) or ACTUAL (spent).",
                          enum_names(MoneyStage{}));
    bind_enum<MoneyGrouping>(m, "MoneyGrouping", "What money_totals groups by: YEAR, PARTNER, COUNTRY or KIND.",
                             enum_names(MoneyGrouping{}));
    bind_enum<ResultType>(m, "ResultType",
                          "What kind of result: OUTPUT, OUTCOME, IMPACT or OTHER (IATI ResultType 1, 2, 3, 9).",
                          enum_names(ResultType{}));
    bind_enum<Aggregation>(m, "Aggregation",
                           "Whether the publisher says the data suit summing across activities (IATI "
                           "aggregation-status): NOT_STATED, SUITABLE or NOT_SUITABLE.",
                           enum_names(Aggregation{}));
    bind_enum<IndicatorMeasure>(m, "IndicatorMeasure",
                                "How an indicator is measured: UNIT, PERCENTAGE, NOMINAL, ORDINAL or QUALITATIVE "
                                "(IATI IndicatorMeasure 1-5).",
                                enum_names(IndicatorMeasure{}));
}

}  // namespace paradiplomacy::python
