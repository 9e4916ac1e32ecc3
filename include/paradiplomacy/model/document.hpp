// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A document the office keeps: the text of an agreement, a plan, a report, and their
/// translations. The office "translated and proofread relevant documents for each partner
/// country's language": a translation is a document of its own that names its original
/// (`translation_of`) and how far it has come (`translation_status`), so that what is
/// still to translate can be asked (query/documents_to_translate.hpp).

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/provenance.hpp>
#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

namespace paradiplomacy {

struct DocumentTag;
using DocumentId = Id<DocumentTag>;

/// What a document is.
enum class DocumentKind : std::uint8_t {
    agreement_text,  ///< The text of an agreement or MOU as signed.
    plan,            ///< An implementation or action plan, a program's plan.
    report,          ///< A report on a program, an engagement or a visit.
    minutes,         ///< Minutes of a meeting or policy council.
    letter,          ///< A letter or other correspondence.
    other,
};
constexpr auto enum_names(DocumentKind) noexcept {
    return std::array<std::string_view, 6>{"agreement_text", "plan", "report", "minutes", "letter", "other"};
}

/// How far a translation has come; `original` for a document that is not one.
enum class TranslationStatus : std::uint8_t {
    original,    ///< Not a translation.
    draft,       ///< Being translated.
    translated,  ///< Translated, not yet proofread.
    proofread,   ///< Translated and proofread by a second person.
};
constexpr auto enum_names(TranslationStatus) noexcept {
    return std::array<std::string_view, 4>{"original", "draft", "translated", "proofread"};
}

/// Whether a translation at `status` counts as done: translated or proofread.
[[nodiscard]] constexpr bool translation_done(TranslationStatus status) noexcept {
    return status == TranslationStatus::translated || status == TranslationStatus::proofread;
}

struct Document {
    DocumentId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};     ///< Stable record id in files ("gg-hebei-sister-2009-text-zh").
    TextId title{0};
    DocumentKind kind = DocumentKind::other;
    TextId language{0};  ///< BCP 47 tag of the text ("ko", "zh-Hans").
    std::optional<PartialDate> date;
    TextId url{0};   ///< Where it is published or stored on the web.
    TextId file{0};  ///< Where it is kept on the office's drives.
    /// SHA-256 of the file, 64 hexadecimal digits, so that a copy can be recognised.
    TextId sha256{0};
    /// What the document is about: one of an agreement, an exchange program or an ODA
    /// engagement, or none.
    std::optional<AgreementId> agreement;
    std::optional<ProgramId> program;
    std::optional<EngagementId> engagement;
    std::optional<DocumentId> translation_of;  ///< The original, for a translation.
    TranslationStatus translation_status = TranslationStatus::original;
    /// The IATI DocumentCategory codes of a published document link ("A07", "B01"), as
    /// published, so that an export gives them back; `kind` is read from the first.
    std::vector<TextId> iati_categories;
    TextId format{0};  ///< The file's MIME type ("application/pdf"), as IATI document-link gives it.
    Provenance provenance;

    friend bool operator==(const Document&, const Document&) = default;
};

template <>
struct Description<Document> {
    static constexpr std::string_view name = "document";
    static constexpr TableNames table{"documents", "Document", "document", "documents",
                                      "A document: an agreement's text, a plan, a report, or a translation of one."};
    static constexpr auto fields = std::tuple{
        field(&Document::key, {.name = "id",
                               .doc = "stable record id",
                               .required = true,
                               .csv_aliases = "key|document_id",
                               .python = "key"}),
        field(&Document::title, {.name = "title", .doc = "title", .csv_aliases = "name|제목|문서명"}),
        field(&Document::kind, {.name = "kind",
                                .doc = "agreement_text, plan, report, minutes, letter or other",
                                .required = true,
                                .csv_aliases = "type|document_kind|유형"}),
        field(&Document::language, {.name = "language",
                                    .doc = "the language of the text, a BCP 47 tag (\"ko\", \"zh-Hans\")",
                                    .required = true,
                                    .csv_aliases = "lang|언어"}),
        field(&Document::date, {.name = "date", .doc = "when it was written or signed", .csv_aliases = "날짜|일자"}),
        field(&Document::url, {.name = "url", .doc = "web address", .csv_aliases = "link|href"}),
        field(&Document::file, {.name = "file", .doc = "file path on the office's drives", .csv_aliases = "path"}),
        field(&Document::sha256,
              {.name = "sha256", .doc = "SHA-256 of the file, 64 hexadecimal digits", .csv_aliases = "checksum"}),
        field(&Document::agreement,
              {.name = "agreement", .doc = "the id of the agreement it is about", .csv_aliases = "agreement_id"}),
        field(&Document::program,
              {.name = "program", .doc = "the id of the exchange program it is about", .csv_aliases = "program_id"}),
        field(&Document::engagement, {.name = "engagement",
                                      .doc = "the id of the ODA engagement it is about",
                                      .csv_aliases = "engagement_id|oda"}),
        field(
            &Document::translation_of,
            {.name = "translation_of", .doc = "the id of the original, for a translation", .csv_aliases = "original"}),
        field(&Document::translation_status, {.name = "translation_status",
                                              .doc = "original, or for a translation: draft, translated or proofread",
                                              .csv_aliases = "status|번역상태"}),
        field(&Document::iati_categories, {.name = "iati_categories",
                                           .doc = "IATI DocumentCategory codes (\"A07\", \"B01\"), as published",
                                           .csv_aliases = "iati_category|category"}),
        field(&Document::format,
              {.name = "format", .doc = "MIME type of the file (\"application/pdf\")", .csv_aliases = "mime_type"}),
        inlined(&Document::provenance),
    };
};

}  // namespace paradiplomacy
