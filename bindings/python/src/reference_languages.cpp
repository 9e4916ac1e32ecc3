// SPDX-License-Identifier: Apache-2.0
// The countries' official languages (CLDR), ISO 639 codes and BCP 47 well-formedness, for
// paradiplomacy.reference. Rows are copies of static table rows, so nothing can dangle.

#include "bindings.hpp"

#include <paradiplomacy/reference/language_codes.hpp>
#include <paradiplomacy/reference/official_languages.hpp>
#include <paradiplomacy/values/language_tag.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace paradiplomacy::python {

void init_reference_languages(py::module_& m) {
    using reference::CountryLanguage;
    py::class_<CountryLanguage>(m, "CountryLanguage",
                                "A language with an official status in a country, as CLDR records it.")
        .def_property_readonly(
            "country", [](const CountryLanguage& l) { return l.country; }, "ISO 3166-1 alpha-2 ('CH').")
        .def_property_readonly(
            "tag", [](const CountryLanguage& l) { return l.tag; }, "BCP 47 language tag ('de', 'zh-Hant').")
        .def_property_readonly(
            "status", [](const CountryLanguage& l) { return l.status; },
            "OFFICIAL, DE_FACTO_OFFICIAL or OFFICIAL_REGIONAL (official in some regions).")
        .def_property_readonly(
            "population_percent", [](const CountryLanguage& l) { return l.population_percent; },
            "Per cent of the country's people who speak it (CLDR's estimate).")
        .def(
            "__eq__",
            [](const CountryLanguage& a, const CountryLanguage& b) { return a.country == b.country && a.tag == b.tag; },
            py::is_operator())
        .def("__hash__",
             [](const CountryLanguage& l) {
                 return py::hash(py::make_tuple(std::string(l.country), std::string(l.tag)));
             })
        .def("__repr__", [](const CountryLanguage& l) {
            char percent[32];
            std::snprintf(percent, sizeof percent, "%g", l.population_percent);
            return "<CountryLanguage " + std::string(l.country) + " " + std::string(l.tag) + " " +
                   std::string(to_string(l.status)) + " " + percent + "%>";
        });

    m.def(
        "country_languages",
        [](CountryCode country) {
            const auto rows = reference::country_languages(country);
            return std::vector<CountryLanguage>(rows.begin(), rows.end());
        },
        py::arg("country"),
        "The languages with an official status in `country` (official, de facto official or\n"
        "official in some regions), most spoken first; [] when CLDR names none.");
    m.def(
        "official_languages",
        [](CountryCode country) {
            std::vector<std::string> out;
            for (const auto tag : reference::official_languages(country)) out.emplace_back(tag);
            return out;
        },
        py::arg("country"),
        "BCP 47 tags of the country's official and de facto official languages, most spoken\n"
        "first (official_languages('CH') starts with 'de'); [] when CLDR names none.");
    m.def("is_iso639_language", &reference::is_iso639_language, py::arg("code"),
          "Whether `code` is an ISO 639 code a BCP 47 language subtag can be ('ko', 'yue').");
    m.def("well_formed_language_tag", &well_formed_language_tag, py::arg("tag"),
          "Whether `tag` is a well-formed BCP 47 language tag ('zh-Hant' is, 'zh_Hant' is not).");
}

}  // namespace paradiplomacy::python
