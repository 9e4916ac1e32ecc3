// SPDX-License-Identifier: Apache-2.0
// The interpreter and translator pool against the partners' languages, and the documents
// still to translate into them.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"
#include "query_tie_filter.hpp"

#include <paradiplomacy/query/documents_to_translate.hpp>
#include <paradiplomacy/query/linguist_coverage.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

struct GapRow {
    PortfolioPtr owner;
    LanguageGap g;
};

struct NeedRow {
    PortfolioPtr owner;
    TranslationNeed n;
};

std::vector<View<Partner>> partner_views(const PortfolioPtr& owner, const std::vector<PartnerId>& ids) {
    std::vector<View<Partner>> out;
    out.reserve(ids.size());
    for (const auto id : ids) out.push_back(make_view<Partner>(owner, id));
    return out;
}

std::string joined_keys(const Portfolio& p, const std::vector<PartnerId>& ids) {
    std::string out;
    for (const auto id : ids) out += (out.empty() ? "" : ";") + partner_key(p, id);
    return out;
}

/// One row per language and partner; `certain` says which list it came from.
py::object gaps_frame(const Split<GapRow>& r) {
    struct Item {
        const GapRow* gap;
        PartnerId partner;
        bool certain;
    };
    std::vector<Item> rows;
    for (const auto* list : {&r.certain, &r.possible})
        for (const GapRow& g : *list)
            for (const PartnerId p : g.g.partners) rows.push_back(Item{&g, p, list == &r.certain});
    const Portfolio& p = *r.owner;
    Columns c;
    c.codes("language", rows, [](const Item& i) { return std::string_view(i.gap->g.language); });
    c.strings("partner", rows, [&](const Item& i) { return partner_key(p, i.partner); });
    c.codes("country", rows, [&](const Item& i) { return p.partner(i.partner).country.view(); });
    c.bools("certain", rows, [](const Item& i) { return i.certain; });
    return c.frame();
}

py::object staffing_frame(const Rows<LanguageStaffing>& r) {
    Columns c;
    c.codes("language", r.rows, [](const LanguageStaffing& s) { return std::string_view(s.language); });
    c.ints("interpreters", r.rows, [](const LanguageStaffing& s) { return s.interpreters; });
    c.ints("interpreters_possible", r.rows, [](const LanguageStaffing& s) { return s.interpreters_possible; });
    c.ints("translators", r.rows, [](const LanguageStaffing& s) { return s.translators; });
    c.ints("translators_possible", r.rows, [](const LanguageStaffing& s) { return s.translators_possible; });
    c.ints("partners", r.rows, [](const LanguageStaffing& s) { return s.partners; });
    c.ints("programs", r.rows, [](const LanguageStaffing& s) { return s.programs; });
    return c.frame();
}

py::object needs_frame(const Rows<NeedRow>& r) {
    const Portfolio& p = *r.owner;
    Columns c;
    c.strings("document", r.rows, [&](const NeedRow& n) { return p.text(p.at(n.n.document).key); });
    c.strings("title", r.rows, [&](const NeedRow& n) { return p.text(p.at(n.n.document).title); });
    c.codes("language", r.rows, [](const NeedRow& n) { return std::string_view(n.n.language); });
    c.strings("partners", r.rows, [&](const NeedRow& n) { return joined_keys(p, n.n.partners); });
    c.strings("draft", r.rows, [&](const NeedRow& n) -> std::optional<std::string_view> {
        if (!n.n.draft) return std::nullopt;
        return p.text(p.at(*n.n.draft).key);
    });
    return c.frame();
}

}  // namespace

void define_language_service_queries(py::module_& m) {
    py::class_<GapRow>(m, "LanguageGap", "A partner language that no available pool record serves.")
        .def_property_readonly(
            "language", [](const GapRow& r) { return r.g.language; }, "The partner's BCP 47 tag.")
        .def_property_readonly(
            "partners", [](const GapRow& r) { return partner_views(r.owner, r.g.partners); },
            "The partners that speak it, in ID order.")
        .def("__repr__", [](const GapRow& r) {
            return "<LanguageGap " + py_repr(r.g.language) + ": " + joined_keys(*r.owner, r.g.partners) + ">";
        });
    bind_split<GapRow>(m, "LanguageGaps",
                       "Partner languages without an available interpreter or translator: .certain and\n"
                       ".possible lists of LanguageGap.")
        .def("to_frame", &gaps_frame,
             "The gaps as a pandas.DataFrame, one row per language and partner (language, partner,\n"
             "country, certain); needs pandas.");

    py::class_<LanguageStaffing>(m, "LanguageStaffing",
                                 "The people of the pool who serve one language, against the partners and\n"
                                 "programs that need it.")
        .def_readonly("language", &LanguageStaffing::language, "A partner's or a pool record's BCP 47 tag.")
        .def_readonly("interpreters", &LanguageStaffing::interpreters, "People certainly available who interpret.")
        .def_readonly("interpreters_possible", &LanguageStaffing::interpreters_possible,
                      "Besides them, people possibly available (partial dates) who interpret.")
        .def_readonly("translators", &LanguageStaffing::translators, "People certainly available who translate.")
        .def_readonly("translators_possible", &LanguageStaffing::translators_possible,
                      "Besides them, people possibly available who translate.")
        .def_readonly("partners", &LanguageStaffing::partners, "Partners that speak it.")
        .def_readonly("programs", &LanguageStaffing::programs, "Exchange programs with at least one of them.")
        .def("__repr__", [](const LanguageStaffing& s) {
            return "<LanguageStaffing " + py_repr(s.language) + ": " + std::to_string(s.interpreters) +
                   " interpreters, " + std::to_string(s.translators) + " translators, " + std::to_string(s.partners) +
                   " partners, " + std::to_string(s.programs) + " programs>";
        });
    bind_rows<LanguageStaffing>(m, "LinguistsByLanguage", "Pool people per language, against partners and programs.")
        .def("to_frame", &staffing_frame,
             "The rows as a pandas.DataFrame (language, interpreters, interpreters_possible, translators,\n"
             "translators_possible, partners, programs); needs pandas.");

    py::class_<NeedRow>(m, "TranslationNeed", "A document and a partner language it still needs a translation into.")
        .def_property_readonly("document", [](const NeedRow& r) { return make_view<Document>(r.owner, r.n.document); })
        .def_property_readonly(
            "language", [](const NeedRow& r) { return r.n.language; }, "The partner's BCP 47 tag.")
        .def_property_readonly(
            "partners", [](const NeedRow& r) { return partner_views(r.owner, r.n.partners); },
            "The partners concerned that speak it, in ID order.")
        .def_property_readonly(
            "draft",
            [](const NeedRow& r) -> std::optional<View<Document>> {
                if (!r.n.draft) return std::nullopt;
                return make_view<Document>(r.owner, *r.n.draft);
            },
            "A translation begun but not finished (draft), or None.")
        .def("__repr__", [](const NeedRow& r) {
            const Portfolio& p = *r.owner;
            return "<TranslationNeed " + py_repr(p.text(p.at(r.n.document).key)) + " into " + py_repr(r.n.language) +
                   ">";
        });
    bind_rows<NeedRow>(m, "DocumentsToTranslate", "Documents still to translate, one row per document and language.")
        .def("to_frame", &needs_frame,
             "The rows as a pandas.DataFrame (document, title, language, partners as keys joined by\n"
             "';', draft); needs pandas.");

    portfolio_class(m)
        .def(
            "languages_without_linguist",
            [](const PortfolioPtr& self, Day on, std::optional<EnumArg<LinguistKind>> kind, bool all_partners,
               std::string scope) {
                LanguageNeed need;
                need.kind = kind ? std::optional<LinguistKind>(kind->value) : std::nullopt;
                need.all_partners = all_partners;
                need.ties =
                    TieFilterArgs{std::nullopt, std::nullopt, std::nullopt, std::move(scope), std::nullopt, false}
                        .resolve(*self);
                LanguageGaps r;
                {
                    const ReadingWithoutGil reading(*self);
                    r = languages_without_linguist(*self, on, need);
                }
                return Split<GapRow>{self, on, wrap<GapRow>(self, std::move(r.certain)),
                                     wrap<GapRow>(self, std::move(r.possible))};
            },
            py::arg("on"), py::kw_only(), py::arg("kind") = "interpreter", py::arg("all_partners") = false,
            py::arg("scope") = "home",
            "Partner languages that no pool record of `kind` serves on `on`: .certain and .possible\n"
            "lists of LanguageGap. `kind`: 'interpreter' (the default; records that do both count),\n"
            "'translator', 'both' or None for any record. The languages are those of the partners with\n"
            "a tie in force on `on` (`scope`: 'home', 'municipalities' or 'all'), or of every partner\n"
            "with `all_partners`. The home country's languages are left out.")
        .def(
            "linguists_by_language",
            [](const PortfolioPtr& self, Day on) {
                Rows<LanguageStaffing> r{self, {}};
                const ReadingWithoutGil reading(*self);
                r.rows = linguists_by_language(*self, on);
                return r;
            },
            py::arg("on"),
            "Per language a partner speaks (or a pool record offers), the interpreters and translators\n"
            "available on `on` against the partners and exchange programs that need it.")
        .def(
            "documents_to_translate",
            [](const PortfolioPtr& self) {
                std::vector<TranslationNeed> needs;
                {
                    const ReadingWithoutGil reading(*self);
                    needs = documents_to_translate(*self);
                }
                return Rows<NeedRow>{self, wrap<NeedRow>(self, std::move(needs))};
            },
            "Each original document about an agreement, program or ODA engagement, with each language\n"
            "of the partners concerned that has no translated or proofread translation yet.");
}

}  // namespace paradiplomacy::python
