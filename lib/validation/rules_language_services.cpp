// SPDX-License-Identifier: Apache-2.0
// Rules on the interpreter and translator pool and on documents: counts and availability
// of pool records; what a document is about, its checksum, and its translations.

#include "link_loops.hpp"
#include "rule_run.hpp"

#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace paradiplomacy::detail {
namespace {

std::string missing(std::string_view kind, std::uint32_t index) {
    return std::string(kind) + " #" + std::to_string(index) + " is not in this portfolio";
}

void linguist_languages_missing(const RuleRun& run) {
    for (const Linguist& l : run.portfolio.records<Linguist>())
        if (l.languages.empty())
            run.report(run.ref(l), "languages",
                       "the pool record names no language: give the languages they work in (\"zh\", \"ja\")");
}

void linguist_count_zero(const RuleRun& run) {
    for (const Linguist& l : run.portfolio.records<Linguist>())
        if (l.count && *l.count == 0)
            run.report(run.ref(l), "count",
                       "count is 0: give the number of people, leave it empty for one person, or remove the record");
}

void linguist_available_until_before_from(const RuleRun& run) {
    for (const Linguist& l : run.portfolio.records<Linguist>())
        if (l.available_from && l.available_until && certainly_before(*l.available_until, *l.available_from))
            run.report(run.ref(l), "available_until",
                       "available until " + l.available_until->to_string() + ", before available from " +
                           l.available_from->to_string() + ": correct one of the two dates");
}

template <class Tag>
void document_reference(const RuleRun& run, std::optional<Id<Tag>> Document::*member, std::string_view field,
                        std::string_view kind) {
    for (const Document& d : run.portfolio.records<Document>()) {
        const auto& target = d.*member;
        if (target && !run.portfolio.contains(*target))
            run.report(
                run.ref(d), std::string(field),
                missing(kind, target->index()) + ": add the " + std::string(kind) + " or leave the reference empty");
    }
}

void document_agreement(const RuleRun& run) { document_reference(run, &Document::agreement, "agreement", "agreement"); }
void document_program(const RuleRun& run) { document_reference(run, &Document::program, "program", "program"); }
void document_engagement(const RuleRun& run) {
    document_reference(run, &Document::engagement, "engagement", "ODA engagement");
}
void document_translation_of(const RuleRun& run) {
    document_reference(run, &Document::translation_of, "translation_of", "document");
}

void document_about_several(const RuleRun& run) {
    for (const Document& d : run.portfolio.records<Document>()) {
        std::vector<std::string_view> named;
        if (d.agreement) named.push_back("agreement");
        if (d.program) named.push_back("program");
        if (d.engagement) named.push_back("engagement");
        if (named.size() < 2) continue;
        std::string list;
        for (std::size_t i = 0; i < named.size(); ++i)
            list += std::string(i == 0 ? "" : (i + 1 == named.size() ? " and " : ", ")) + std::string(named[i]);
        run.report(run.ref(d), std::string(named[1]),
                   "the document is about " + list +
                       " at once: keep the one it is about, and record the others' documents apart");
    }
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

void document_sha256(const RuleRun& run) {
    for (const Document& d : run.portfolio.records<Document>()) {
        const std::string sum = run.key(d.sha256);
        if (sum.empty() || is_sha256_hex(sum)) continue;
        run.report(run.ref(d), "sha256",
                   quoted_excerpt(sum) + " is not a SHA-256 checksum: expected 64 hexadecimal digits (" +
                       std::to_string(sum.size()) + " characters given), as sha256sum prints them");
    }
}

/// Compares two language tags as BCP 47 does: without regard to case.
bool same_tag(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

void translation_same_language(const RuleRun& run) {
    for (const Document& d : run.portfolio.records<Document>()) {
        if (!d.translation_of || !run.portfolio.contains(*d.translation_of)) continue;
        const Document& original = run.portfolio.at(*d.translation_of);
        const std::string tag = run.key(d.language);
        if (tag.empty() || !same_tag(tag, run.key(original.language))) continue;
        run.report(run.ref(d), "language",
                   "the translation is in \"" + tag + "\", the language of its original " +
                       run.name("document", original.key, original.id.index()) +
                       ": correct the language, or the original it names");
    }
}

void translation_of_cycle(const RuleRun& run) {
    const auto table = run.portfolio.records<Document>();
    const auto next = [&](std::uint32_t i) -> std::optional<std::uint32_t> {
        const auto& up = table[i].translation_of;
        if (!up || !run.portfolio.contains(*up)) return std::nullopt;
        return up->index();
    };
    for (const auto& loop : link_loops(table.size(), next))
        run.report(run.ref(table[loop.front()]), "translation_of",
                   "translation_of forms a loop (" + loop_text(run, "document", table, loop) +
                       "): a chain of translations ends at an original; remove one link");
}

void translation_status_missing(const RuleRun& run) {
    for (const Document& d : run.portfolio.records<Document>())
        if (d.translation_of && d.translation_status == TranslationStatus::original)
            run.report(run.ref(d), "translation_status",
                       "the document is a translation (translation_of is given) but its status is original: "
                       "give draft, translated or proofread");
}

void translation_of_missing(const RuleRun& run) {
    for (const Document& d : run.portfolio.records<Document>())
        if (!d.translation_of && d.translation_status != TranslationStatus::original)
            run.report(run.ref(d), "translation_of",
                       "the document's status is " + std::string(to_string(d.translation_status)) +
                           " but it names no original: add translation_of, so that it counts as that "
                           "document's translation");
}

constexpr std::array entries{
    RuleEntry{{"linguist.languages.missing", Severity::error, EntityKind::linguist,
               "A pool record names at least one language."},
              linguist_languages_missing},
    RuleEntry{{"linguist.count.zero", Severity::warning, EntityKind::linguist,
               "A pool record's count, when given, is not zero."},
              linguist_count_zero},
    RuleEntry{{"date.linguist.available_until_before_from", Severity::error, EntityKind::linguist,
               "A pool record is available until a day on or after the day it is available from."},
              linguist_available_until_before_from},
    RuleEntry{{"ref.document.agreement", Severity::error, EntityKind::document,
               "The agreement a document is about is in the portfolio."},
              document_agreement},
    RuleEntry{{"ref.document.program", Severity::error, EntityKind::document,
               "The exchange program a document is about is in the portfolio."},
              document_program},
    RuleEntry{{"ref.document.engagement", Severity::error, EntityKind::document,
               "The ODA engagement a document is about is in the portfolio."},
              document_engagement},
    RuleEntry{{"ref.document.translation_of", Severity::error, EntityKind::document,
               "The original of a translation is in the portfolio."},
              document_translation_of},
    RuleEntry{{"document.about.several", Severity::error, EntityKind::document,
               "A document is about one agreement, program or ODA engagement at most."},
              document_about_several},
    RuleEntry{{"document.sha256.malformed", Severity::error, EntityKind::document,
               "A document's checksum, when given, is a SHA-256 in 64 hexadecimal digits."},
              document_sha256},
    RuleEntry{{"document.translation.same_language", Severity::error, EntityKind::document,
               "A translation is in another language than its original."},
              translation_same_language},
    RuleEntry{{"document.translation_of.cycle", Severity::error, EntityKind::document,
               "Translation_of links never loop back to a document."},
              translation_of_cycle},
    RuleEntry{{"document.translation_status.missing", Severity::error, EntityKind::document,
               "A translation (with translation_of) has a status of draft, translated or proofread."},
              translation_status_missing},
    RuleEntry{{"document.translation_of.missing", Severity::warning, EntityKind::document,
               "A document with a translation status names the original it translates."},
              translation_of_missing},
};

}  // namespace

std::span<const RuleEntry> language_service_rules() noexcept { return entries; }

}  // namespace paradiplomacy::detail
