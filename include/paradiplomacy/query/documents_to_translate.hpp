// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// "Which documents still need translating into a partner's language?" The office
/// translates and proofreads the documents of each tie into the language of each partner
/// country: for every original document about an agreement, an exchange program or an ODA
/// engagement, every language of the partners concerned (partner_languages) that has no
/// finished translation yet.
///
/// The partners concerned: an agreement's partner, a program's partners, an engagement's
/// recipient partner. A translation counts when it is translated or proofread
/// (translation_done) and in a tag that serves the language (language_serves,
/// values/language_tag.hpp); a translation of a translation counts for the first original.
/// A language the original is written in needs no translation.

#include <paradiplomacy/model/document.hpp>
#include <paradiplomacy/values/id.hpp>

#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy {

class Portfolio;

/// One document and one language it still needs a translation into.
struct TranslationNeed {
    DocumentId document{0};
    std::string language;             ///< The partner's tag, as partner_languages gives it.
    std::vector<PartnerId> partners;  ///< The partners concerned that speak it, ascending.
    /// A translation into the language that is begun but not finished (a draft), when there
    /// is one: the lowest document ID among them.
    std::optional<DocumentId> draft;
    friend bool operator==(const TranslationNeed&, const TranslationNeed&) = default;
};

/// Every (document, language) still to translate, by document ID, then language tag.
/// Documents whose subject is not in the portfolio, translations themselves and documents
/// about nothing are left out.
[[nodiscard]] std::vector<TranslationNeed> documents_to_translate(const Portfolio& portfolio);

}  // namespace paradiplomacy
