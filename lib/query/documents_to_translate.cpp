// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/query/documents_to_translate.hpp>
#include <paradiplomacy/query/partner_languages.hpp>
#include <paradiplomacy/values/language_tag.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace paradiplomacy {
namespace {

/// The partners a document is about, ascending; empty when it is about nothing (known).
std::vector<PartnerId> partners_concerned(const Portfolio& portfolio, const Document& d) {
    std::vector<PartnerId> out;
    if (d.agreement && portfolio.contains(*d.agreement)) out.push_back(portfolio.agreement(*d.agreement).partner);
    if (d.program && portfolio.contains(*d.program)) {
        const auto& partners = portfolio.program(*d.program).partners;
        out.insert(out.end(), partners.begin(), partners.end());
    }
    if (d.engagement && portfolio.contains(*d.engagement)) {
        const auto& recipient = portfolio.engagement(*d.engagement).recipient_partner;
        if (recipient) out.push_back(*recipient);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.erase(std::remove_if(out.begin(), out.end(), [&](PartnerId p) { return !portfolio.contains(p); }), out.end());
    return out;
}

std::string folded(std::string_view tag) {
    std::string out(tag);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The original at the start of a document's translation_of chain; nullopt when the chain
/// loops or leaves the portfolio (the validation rules report both).
std::optional<DocumentId> original_of(const Portfolio& portfolio, DocumentId id) {
    const auto table = portfolio.records<Document>();
    for (std::size_t steps = 0; steps <= table.size(); ++steps) {
        const auto& next = table[id.index()].translation_of;
        if (!next) return id;
        if (!portfolio.contains(*next)) return std::nullopt;
        id = *next;
    }
    return std::nullopt;
}

}  // namespace

std::vector<TranslationNeed> documents_to_translate(const Portfolio& portfolio) {
    const auto documents = portfolio.records<Document>();
    // The translations of each original.
    std::map<DocumentId, std::vector<DocumentId>> translations;
    for (const Document& d : documents) {
        if (!d.translation_of) continue;
        if (const auto original = original_of(portfolio, d.id); original && *original != d.id)
            translations[*original].push_back(d.id);
    }
    std::vector<TranslationNeed> out;
    for (const Document& d : documents) {
        if (d.translation_of) continue;
        const std::vector<PartnerId> partners = partners_concerned(portfolio, d);
        if (partners.empty()) continue;
        const std::string_view written_in = portfolio.text(d.language);
        std::map<std::string, TranslationNeed> needs;
        for (const PartnerId p : partners)
            for (const std::string& tag : partner_languages(portfolio, p).tags) {
                if (language_serves(written_in, tag)) continue;
                TranslationNeed& need = needs[folded(tag)];
                if (need.language.empty()) need = TranslationNeed{d.id, tag, {}, std::nullopt};
                need.partners.push_back(p);  // ascending: the partners are
            }
        const auto found = translations.find(d.id);
        for (auto& [key, need] : needs) {
            bool done = false;
            if (found != translations.end())
                for (const DocumentId t : found->second) {
                    const Document& translation = portfolio.at(t);
                    if (!language_serves(portfolio.text(translation.language), need.language)) continue;
                    if (translation_done(translation.translation_status)) {
                        done = true;
                        break;
                    }
                    if (translation.translation_status == TranslationStatus::draft && !need.draft) need.draft = t;
                }
            if (!done) out.push_back(std::move(need));
        }
    }
    return out;
}

}  // namespace paradiplomacy
