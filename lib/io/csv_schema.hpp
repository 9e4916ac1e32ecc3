// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The CSV tables' columns: canonical names (what export_csv writes, in this order)
/// and the aliases import_csv also accepts, English and Korean. docs/csv-format.md
/// lists the same; tests/io/csv_tables_test.cpp checks the written headers against it.

#include <cstddef>
#include <span>
#include <string_view>

namespace paradiplomacy::detail {

struct CsvColumn {
    std::string_view name;     ///< Canonical header.
    std::string_view aliases;  ///< Other accepted headers, '|'-separated, already folded.
    bool required = false;
    bool exported = true;  ///< False for import-only columns (an office sheet's partner country).
};

struct CsvTableSpec {
    std::string_view file;  ///< Canonical file name.
    std::span<const CsvColumn> columns;
};

// clang-format off
inline constexpr CsvColumn home_columns[] = {
    {"code", "home|home_code|region|코드|지역코드", true},
    {"name_en", "name|english_name|영문명", false},
    {"name_local", "local_name|korean_name|국문명|이름", false},
};
enum HomeCol : std::size_t { h_code, h_name_en, h_name_local };

inline constexpr CsvColumn municipality_columns[] = {
    {"id", "key|municipality_id|코드", true},
    {"name_en", "name|english_name|영문명", false},
    {"name_local", "local_name|korean_name|국문명|시군|시군명", false},
};
enum MunicipalityCol : std::size_t { m_id, m_name_en, m_name_local };

inline constexpr CsvColumn partner_columns[] = {
    {"id", "key|partner_id", true},
    {"level", "partner_level|구분|수준", true},
    {"country", "country_code|국가|국가명|국가코드", true},
    {"region", "region_code|iso_3166_2|지역코드", false},
    {"name_en", "name|english_name|영문명", false},
    {"name_local", "local_name|korean_name|국문명|지역명|파트너명", false},
    {"wikidata", "qid|wikidata_id", false},
    {"priority", "priority_partner|중점|중점지역", false},
    {"strategic_oda", "oda_partner", false},
    {"world_region", "m49", false},
    {"source", "출처", false},
    {"note", "notes|remark|remarks|비고", false},
    {"uncertain", "doubtful", false},
};
enum PartnerCol : std::size_t {
    p_id, p_level, p_country, p_region, p_name_en, p_name_local, p_wikidata, p_priority, p_strategic_oda,
    p_world_region, p_source, p_note, p_uncertain
};

inline constexpr CsvColumn agreement_columns[] = {
    {"id", "key|agreement_id", false},
    {"partner", "partner_id|partner_name|파트너|상대지역|상대_지역|상대도시|상대|교류지역", true},
    {"signatory", "municipality|signed_by|서명기관|시군", false},
    {"kind", "type|tie_type|tie|agreement_type|유형|교류유형|체결유형|협약유형|구분", true},
    {"title", "name|제목|명칭|협약명", false},
    {"signed_on", "signed|signing_date|date|date_signed|체결일|체결일자|체결연도|체결년도|협약일", false},
    {"proposed", "", false},
    {"validity_start", "valid_from|유효기간_시작", false},
    {"validity_end", "valid_until|valid_to|유효기간_종료|만료일", false},
    {"suspended_on", "suspended|중단일", false},
    {"resumed_on", "resumed|재개일", false},
    {"terminated_on", "terminated|해지일|폐기일", false},
    {"supersedes", "upgrades|renews", false},
    {"council_approval", "의회승인", false},
    {"council_approved_on", "의회승인일", false},
    {"fields", "field|field_of_exchange|fields_of_cooperation|sector|분야|교류분야|협력분야", false},
    {"source", "출처", false},
    {"note", "notes|remark|remarks|비고", false},
    {"uncertain", "doubtful", false},
    // Import only: an office's sheet names the partner and its country instead of a partner id.
    {"country", "partner_country|국가|국가명", false, false},
    {"partner_level", "level", false, false},
    {"partner_region", "region|region_code", false, false},
};
enum AgreementCol : std::size_t {
    a_id, a_partner, a_signatory, a_kind, a_title, a_signed_on, a_proposed, a_validity_start, a_validity_end,
    a_suspended_on, a_resumed_on, a_terminated_on, a_supersedes, a_council_approval, a_council_approved_on,
    a_fields, a_source, a_note, a_uncertain, a_country, a_partner_level, a_partner_region
};

inline constexpr CsvColumn program_columns[] = {
    {"id", "key|program_id", true},
    {"title", "name|제목|사업명", false},
    {"kind", "type|유형", true},
    {"direction", "방향", true},
    {"organiser", "organizer|municipality|주관|주관기관", false},
    {"start", "start_date|from|시작일", false},  // empty: undated
    {"end", "end_date|to|종료일", false},
    {"headcount", "participants|people|인원", false},
    {"partners", "partner|partner_ids|파트너", true},
    {"agreement", "agreement_id", false},
    {"source", "출처", false},
    {"note", "notes|remark|remarks|비고", false},
    {"uncertain", "doubtful", false},
};
enum ProgramCol : std::size_t {
    g_id, g_title, g_kind, g_direction, g_organiser, g_start, g_end, g_headcount, g_partners, g_agreement,
    g_source, g_note, g_uncertain
};

inline constexpr CsvColumn oda_columns[] = {
    {"id", "key|oda_id|engagement_id", true},
    {"iati_identifier", "iati_id", false},
    {"title", "name|사업명", false},
    {"recipient", "recipient_country|country|수원국|국가", true},
    {"recipient_partner", "partner", false},
    {"planned_start", "", false},
    {"actual_start", "", false},
    {"planned_end", "", false},
    {"actual_end", "", false},
    {"status", "activity_status|상태", true},
    {"implementers", "implementer|implementing_organisations|수행기관", false},
    {"programs", "program|program_ids", false},
    {"brand_project", "brand|flagship|대표사업", false},
    {"source", "출처", false},
    {"note", "notes|remark|remarks|비고", false},
    {"uncertain", "doubtful", false},
    {"default_currency", "currency", false},
    {"reporting_org_ref", "reporting_org", false},
    {"reporting_org_name", "", false},
    {"reporting_org_type", "", false},
    {"transaction_sectors", "", false},
    {"other_identifiers", "other_identifier", false},
};
enum OdaCol : std::size_t {
    o_id, o_iati, o_title, o_recipient, o_recipient_partner, o_planned_start, o_actual_start, o_planned_end,
    o_actual_end, o_status, o_implementers, o_programs, o_brand, o_source, o_note, o_uncertain, o_default_currency,
    o_reporting_ref, o_reporting_name, o_reporting_type, o_transaction_sectors, o_other_identifiers
};

inline constexpr CsvColumn oda_region_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"region", "region_code", true},
    {"percentage", "percent|share", true},
};
inline constexpr CsvColumn oda_sector_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"purpose", "purpose_code|sector|dac_code|code", true},
    {"percentage", "percent|share", true},
    {"vocabulary", "sector_vocabulary", false},  // IATI SectorVocabulary; empty, 1 or 2 for DAC purposes
};
enum ShareCol : std::size_t { s_oda, s_code, s_percentage, s_vocabulary /* sectors only */ };

inline constexpr CsvColumn oda_budget_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"start", "period_start|from", true},
    {"end", "period_end|to", false},
    {"amount", "value", true},
    {"currency", "currency_code", true},
    {"value_date", "", false},
    {"type", "budget_type", false},
    {"status", "budget_status", false},
};
enum BudgetCol : std::size_t { b_oda, b_start, b_end, b_amount, b_currency, b_value_date, b_type, b_status };

inline constexpr CsvColumn oda_country_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"country", "country_code|recipient_country", true},
    {"percentage", "percent|share", true},
};
// ShareCol indexes it too.

inline constexpr CsvColumn oda_recipient_region_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"code", "region|region_code|recipient_region", true},
    {"vocabulary", "region_vocabulary", false},
    {"percentage", "percent|share", true},
};
enum RecipientRegionCol : std::size_t { rr_oda, rr_code, rr_vocabulary, rr_percentage };

inline constexpr CsvColumn oda_transaction_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"year", "", true},
    {"type", "transaction_type", true},
    {"amount", "value", true},
    {"currency", "currency_code", true},
    {"count", "transactions", false},
};
enum TransactionCol : std::size_t { t_oda, t_year, t_type, t_amount, t_currency, t_count };

inline constexpr CsvColumn oda_participant_columns[] = {
    {"oda", "oda_id|engagement|engagement_id", true},
    {"ref", "organisation_ref|org_ref", false},
    {"name", "organisation|organisation_name|org_name", false},
    {"type", "organisation_type|org_type", false},
    {"role", "organisation_role", true},
    {"activity_id", "", false},
};
enum ParticipantCol : std::size_t { pt_oda, pt_ref, pt_name, pt_type, pt_role, pt_activity_id };
// clang-format on

inline constexpr CsvTableSpec home_table{"home.csv", home_columns};
inline constexpr CsvTableSpec municipality_table{"municipalities.csv", municipality_columns};
inline constexpr CsvTableSpec partner_table{"partners.csv", partner_columns};
inline constexpr CsvTableSpec agreement_table{"agreements.csv", agreement_columns};
inline constexpr CsvTableSpec program_table{"programs.csv", program_columns};
inline constexpr CsvTableSpec oda_table{"oda.csv", oda_columns};
inline constexpr CsvTableSpec oda_region_table{"oda_regions.csv", oda_region_columns};
inline constexpr CsvTableSpec oda_sector_table{"oda_sectors.csv", oda_sector_columns};
inline constexpr CsvTableSpec oda_budget_table{"oda_budgets.csv", oda_budget_columns};
inline constexpr CsvTableSpec oda_country_table{"oda_countries.csv", oda_country_columns};
inline constexpr CsvTableSpec oda_recipient_region_table{"oda_recipient_regions.csv", oda_recipient_region_columns};
inline constexpr CsvTableSpec oda_transaction_table{"oda_transactions.csv", oda_transaction_columns};
inline constexpr CsvTableSpec oda_participant_table{"oda_participants.csv", oda_participant_columns};

/// The separator of in-cell lists (fields, partners, implementers, programs).
inline constexpr char csv_list_separator = ';';

}  // namespace paradiplomacy::detail
