// SPDX-License-Identifier: Apache-2.0
// Rules on language tags: the languages of partners, agreements, pool records (linguists)
// and documents are well-formed BCP 47 tags, and their primary language subtag names an
// ISO 639 language.

#include "rule_run.hpp"

#include <paradiplomacy/reference/language_codes.hpp>
#include <paradiplomacy/values/language_tag.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace paradiplomacy::detail {
namespace {

/// "languages[1]": the item of the field that is at fault.
std::string item(std::size_t i) { return "languages[" + std::to_string(i) + "]"; }

/// Calls `f(field, tag)` for each language tag of a record: each item of its `languages`,
/// or a document's one `language` (an empty one is for the format's required check).
template <class Record, class F>
void for_each_tag(const RuleRun& run, const Record& r, F&& f) {
    if constexpr (std::is_same_v<Record, Document>) {
        if (r.language.index() != 0) f(std::string("language"), run.key(r.language));
    } else {
        for (std::size_t i = 0; i < r.languages.size(); ++i) f(item(i), run.key(r.languages[i]));
    }
}

template <class Record>
void malformed(const RuleRun& run, std::span<const Record> records) {
    for (const Record& r : records)
        for_each_tag(run, r, [&](std::string field, const std::string& tag) {
            if (well_formed_language_tag(tag)) return;
            std::string message = "\"" + tag + "\" is not a well-formed BCP 47 language tag: ";
            if (tag.find('_') != std::string::npos)
                message += "join the subtags with '-', not '_' (\"zh-Hant\", \"en-US\")";
            else
                message += "give a language code with optional script and region (\"ko\", \"zh-Hant\", \"pt-BR\")";
            run.report(run.ref(r), std::move(field), std::move(message));
        });
}

template <class Record>
void unknown(const RuleRun& run, std::span<const Record> records) {
    for (const Record& r : records)
        for_each_tag(run, r, [&](std::string field, const std::string& tag) {
            if (!well_formed_language_tag(tag)) return;  // the malformed rule reports it
            const std::string_view primary = primary_language_subtag(tag);
            if (primary.empty() || reference::is_iso639_language(primary)) return;
            run.report(run.ref(r), std::move(field),
                       "\"" + tag + "\": its language \"" + std::string(primary) +
                           "\" is not an ISO 639 language code: correct it (\"ko\", \"en\", \"yue\")");
        });
}

void partner_malformed(const RuleRun& run) { malformed<Partner>(run, run.portfolio.partners()); }
void agreement_malformed(const RuleRun& run) { malformed<Agreement>(run, run.portfolio.agreements()); }
void partner_unknown(const RuleRun& run) { unknown<Partner>(run, run.portfolio.partners()); }
void agreement_unknown(const RuleRun& run) { unknown<Agreement>(run, run.portfolio.agreements()); }
void linguist_malformed(const RuleRun& run) { malformed<Linguist>(run, run.portfolio.records<Linguist>()); }
void document_malformed(const RuleRun& run) { malformed<Document>(run, run.portfolio.records<Document>()); }
void linguist_unknown(const RuleRun& run) { unknown<Linguist>(run, run.portfolio.records<Linguist>()); }
void document_unknown(const RuleRun& run) { unknown<Document>(run, run.portfolio.records<Document>()); }

constexpr std::array entries{
    RuleEntry{{"language.partner.malformed", Severity::error, EntityKind::partner,
               "A partner's languages are well-formed BCP 47 language tags (\"ko\", \"zh-Hant\")."},
              partner_malformed},
    RuleEntry{{"language.agreement.malformed", Severity::error, EntityKind::agreement,
               "An agreement's languages are well-formed BCP 47 language tags (\"ko\", \"zh-Hant\")."},
              agreement_malformed},
    RuleEntry{{"language.partner.unknown", Severity::warning, EntityKind::partner,
               "The language of each of a partner's language tags is an ISO 639 code."},
              partner_unknown},
    RuleEntry{{"language.agreement.unknown", Severity::warning, EntityKind::agreement,
               "The language of each of an agreement's language tags is an ISO 639 code."},
              agreement_unknown},
    RuleEntry{{"language.linguist.malformed", Severity::error, EntityKind::linguist,
               "The languages of a pool record are well-formed BCP 47 language tags (\"zh\", \"pt-BR\")."},
              linguist_malformed},
    RuleEntry{{"language.document.malformed", Severity::error, EntityKind::document,
               "A document's language is a well-formed BCP 47 language tag (\"ko\", \"zh-Hans\")."},
              document_malformed},
    RuleEntry{{"language.linguist.unknown", Severity::warning, EntityKind::linguist,
               "The language of each of a pool record's language tags is an ISO 639 code."},
              linguist_unknown},
    RuleEntry{{"language.document.unknown", Severity::warning, EntityKind::document,
               "The language of a document's language tag is an ISO 639 code."},
              document_unknown},
};

}  // namespace

std::span<const RuleEntry> language_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
