// SPDX-License-Identifier: Apache-2.0
// The languages of partners: their own, or their country's official languages from CLDR.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/partner_languages.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

/// One row of the partners' languages frame: a partner and one of its languages (none
/// when it has no language).
struct LanguageRow {
    PartnerId partner;
    std::optional<std::string> language;
    LanguageSource source;
};

py::object partner_languages_frame(const PortfolioPtr& self) {
    std::vector<LanguageRow> rows;
    {
        const ReadingWithoutGil reading(*self);
        for (const Partner& p : self->partners()) {
            PartnerLanguages answer = partner_languages(*self, p.id);
            if (answer.tags.empty()) rows.push_back(LanguageRow{p.id, std::nullopt, answer.source});
            for (std::string& tag : answer.tags) rows.push_back(LanguageRow{p.id, std::move(tag), answer.source});
        }
    }
    const Portfolio& p = *self;
    Columns c;
    c.strings("partner", rows, [&](const LanguageRow& r) { return p.text(p.partner(r.partner).key); });
    c.codes("country", rows, [&](const LanguageRow& r) { return p.partner(r.partner).country.view(); });
    c.codes("language", rows, [](const LanguageRow& r) { return r.language; });
    c.enums<LanguageSource>("source", rows, [](const LanguageRow& r) { return r.source; });
    return c.frame();
}

}  // namespace

void define_language_queries(py::module_& m) {
    py::class_<PartnerLanguages>(m, "PartnerLanguages", "A partner's languages and where they came from.")
        .def_property_readonly(
            "tags", [](const PartnerLanguages& l) { return l.tags; },
            "BCP 47 tags: the record's, in its order, or the country's, most spoken first.")
        .def_property_readonly(
            "source", [](const PartnerLanguages& l) { return l.source; },
            "RECORD (the partner's own languages), CLDR (its country's official languages) or NONE.")
        .def(
            "__eq__", [](const PartnerLanguages& a, const PartnerLanguages& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const PartnerLanguages& l) {
            std::string tags;
            for (const std::string& t : l.tags) tags += (tags.empty() ? "" : ", ") + py_repr(t);
            return "<PartnerLanguages [" + tags + "] from " + std::string(to_string(l.source)) + ">";
        });

    portfolio_class(m)
        .def(
            "partner_languages",
            [](const PortfolioPtr& self, const RecordRef<Partner>& partner) {
                const PartnerId id = resolve(*self, partner, "partner");
                const ReadingWithoutGil reading(*self);
                return partner_languages(*self, id);
            },
            py::arg("partner"),
            "The languages of the partner (its key, PartnerId or record): its own `languages`, or\n"
            "else its country's official languages from CLDR, with `source` saying which.\n"
            "Raises NotFoundError for an unknown partner.")
        .def("partner_languages_frame", &partner_languages_frame,
             "Every partner's languages as a pandas.DataFrame, one row per partner and language\n"
             "(partner, country, language, source); a partner without any has one row, language <NA>\n"
             "and source 'none'. Needs pandas.");
}

}  // namespace paradiplomacy::python
