// SPDX-License-Identifier: Apache-2.0
// Look-ups over the ISO 3166, ISO 4217 and UN M49 tables generated at build time. Rows
// are returned as copies (their text lives in static tables), so nothing can dangle.

#include "bindings.hpp"

#include <paradiplomacy/io/csv_country_names.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/reference/former_subdivisions.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>
#include <paradiplomacy/reference/world_regions.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace reference;

template <class Row>
std::vector<Row> copy_all(std::span<const Row> rows) {
    return std::vector<Row>(rows.begin(), rows.end());
}

Country country(CountryCode code) {
    if (const Country* c = find_country(code)) return *c;
    if (const WithdrawnCountry* w = find_withdrawn_country(code))
        throw NotFound("country \"" + code.str() + "\" was withdrawn from ISO 3166-1 (" + std::string(w->name) + ", " +
                       std::string(w->withdrawal_date) + ")");
    throw NotFound("country \"" + code.str() + "\" is not in ISO 3166-1");
}

Country country_by_alpha3(const std::string& alpha3) {
    if (const Country* c = find_country_by_alpha3(detail::upper_code(alpha3))) return *c;
    throw NotFound("country \"" + alpha3 + "\" is not in ISO 3166-1 alpha-3");
}

WithdrawnCountry withdrawn_country(CountryCode code) {
    if (const WithdrawnCountry* w = find_withdrawn_country(code)) return *w;
    throw NotFound("country \"" + code.str() + "\" is not a withdrawn ISO 3166-1 code");
}

Subdivision subdivision(SubdivisionCode code) {
    if (const Subdivision* s = find_subdivision(code)) return *s;
    if (const FormerSubdivision* f = former_subdivision(code))
        throw NotFound("subdivision \"" + code.str() + "\" is a former ISO 3166-2 code (" + to_string(*f) + ")");
    throw NotFound("subdivision \"" + code.str() + "\" is not in ISO 3166-2");
}

FormerSubdivision former(SubdivisionCode code) {
    if (const FormerSubdivision* f = former_subdivision(code)) return *f;
    if (find_subdivision(code)) throw NotFound("subdivision \"" + code.str() + "\" is current, not a former code");
    throw NotFound("subdivision \"" + code.str() + "\" is not a former ISO 3166-2 code");
}

Currency currency(CurrencyCode code) {
    if (const Currency* c = find_currency(code)) return *c;
    throw NotFound("currency \"" + code.str() + "\" is not in ISO 4217");
}

WorldRegion world_region(IntArg m49_arg) {
    const auto m49 = m49_arg.in<std::uint16_t>("m49");
    if (const WorldRegion* r = find_world_region(m49)) return *r;
    throw NotFound("world region " + std::to_string(m49) + " is not in UN M49");
}

std::optional<WorldRegion> region_of(CountryCode code) {
    if (const WorldRegion* r = world_region_of(code)) return *r;
    return std::nullopt;
}

std::vector<Subdivision> subdivisions_list(std::optional<CountryCode> of) {
    return of ? copy_all(subdivisions_of(*of)) : copy_all(subdivisions());
}

void bind_rows(py::module_& m) {
    py::class_<Country>(m, "Country", "An ISO 3166-1 country.")
        .def_property_readonly("alpha2", [](const Country& c) { return c.alpha2; })
        .def_property_readonly("alpha3", [](const Country& c) { return c.alpha3; })
        .def_property_readonly("numeric", [](const Country& c) { return c.numeric; })
        .def_property_readonly(
            "name", [](const Country& c) { return c.name; }, "'Korea, Republic of'")
        .def_property_readonly(
            "official_name", [](const Country& c) { return c.official_name; }, "May be ''.")
        .def_property_readonly(
            "common_name", [](const Country& c) { return c.common_name; }, "'South Korea'; may be ''.")
        .def_property_readonly(
            "m49_subregion", [](const Country& c) { return c.m49_subregion; }, "UN M49 sub-region, 0 if none.")
        .def_property_readonly(
            "m49_region", [](const Country& c) { return c.m49_region; }, "UN M49 region, 0 if none.")
        .def_property_readonly(
            "korean_name", [](const Country& c) { return c.korean_name; },
            "CLDR's Korean name ('대한민국'); may be ''.")
        .def(
            "__eq__", [](const Country& a, const Country& b) { return a.alpha2 == b.alpha2; }, py::is_operator())
        .def("__hash__", [](const Country& c) { return py::hash(py::str(std::string(c.alpha2))); })
        .def("__repr__",
             [](const Country& c) { return "<Country " + std::string(c.alpha2) + " " + py_repr(c.name) + ">"; });

    py::class_<WithdrawnCountry>(m, "WithdrawnCountry", "An ISO 3166-1 code withdrawn from use (ISO 3166-3).")
        .def_property_readonly("alpha2", [](const WithdrawnCountry& c) { return c.alpha2; })
        .def_property_readonly("alpha3", [](const WithdrawnCountry& c) { return c.alpha3; })
        .def_property_readonly(
            "alpha4", [](const WithdrawnCountry& c) { return c.alpha4; }, "ISO 3166-3 code ('YUCS').")
        .def_property_readonly("name", [](const WithdrawnCountry& c) { return c.name; })
        .def_property_readonly(
            "withdrawal_date", [](const WithdrawnCountry& c) { return c.withdrawal_date; },
            "'2003-07-23' or a year, as the standard gives it.")
        .def("__repr__", [](const WithdrawnCountry& c) {
            return "<WithdrawnCountry " + std::string(c.alpha2) + " " + py_repr(c.name) + ">";
        });

    py::class_<Subdivision>(m, "Subdivision", "An ISO 3166-2 subdivision.")
        .def_property_readonly(
            "code", [](const Subdivision& s) { return s.code; }, "'KR-41'")
        .def_property_readonly("name", [](const Subdivision& s) { return s.name; })
        .def_property_readonly(
            "type", [](const Subdivision& s) { return s.type; }, "'Province', 'State'...")
        .def_property_readonly(
            "parent", [](const Subdivision& s) { return s.parent; },
            "Code of the enclosing subdivision; '' at the first level.")
        .def_property_readonly(
            "korean_name", [](const Subdivision& s) { return s.korean_name; },
            "CLDR's Korean name ('경기도'); may be ''.")
        .def_property_readonly("is_first_level", &Subdivision::is_first_level)
        .def(
            "__eq__", [](const Subdivision& a, const Subdivision& b) { return a.code == b.code; }, py::is_operator())
        .def("__hash__", [](const Subdivision& s) { return py::hash(py::str(std::string(s.code))); })
        .def("__repr__",
             [](const Subdivision& s) { return "<Subdivision " + std::string(s.code) + " " + py_repr(s.name) + ">"; });

    py::class_<FormerSubdivision>(m, "FormerSubdivision",
                                  "An ISO 3166-2 code no longer in force, and the codes that replaced it.")
        .def_property_readonly(
            "code", [](const FormerSubdivision& f) { return f.code; }, "'VN-15', as ISO 3166-2 had it.")
        .def_property_readonly(
            "successors",
            [](const FormerSubdivision& f) {
                py::tuple out(f.successors.size());
                for (std::size_t i = 0; i < f.successors.size(); ++i) out[i] = py::str(f.successors[i]);
                return out;
            },
            "The current codes that took its place: ('VN-HN',); several after a split; () when no source "
            "names one still in force.")
        .def_property_readonly(
            "reason", [](const FormerSubdivision& f) { return f.reason; },
            "Why the code is former, as its source says.")
        .def_property_readonly(
            "source", [](const FormerSubdivision& f) { return f.source; },
            "'CLDR supplementalMetadata.xml subdivisionAlias', 'CLDR validity/subdivision.xml, deprecated' or "
            "'data/former-subdivisions.csv'.")
        .def(
            "__eq__", [](const FormerSubdivision& a, const FormerSubdivision& b) { return a.code == b.code; },
            py::is_operator())
        .def("__hash__", [](const FormerSubdivision& f) { return py::hash(py::str(std::string(f.code))); })
        .def("__str__", [](const FormerSubdivision& f) { return to_string(f); })
        .def("__repr__", [](const FormerSubdivision& f) { return "<FormerSubdivision " + to_string(f) + ">"; });

    py::class_<Currency>(m, "Currency", "An ISO 4217 currency.")
        .def_property_readonly("alpha3", [](const Currency& c) { return c.alpha3; })
        .def_property_readonly("numeric", [](const Currency& c) { return c.numeric; })
        .def_property_readonly("name", [](const Currency& c) { return c.name; })
        .def(
            "__eq__", [](const Currency& a, const Currency& b) { return a.alpha3 == b.alpha3; }, py::is_operator())
        .def("__hash__", [](const Currency& c) { return py::hash(py::str(std::string(c.alpha3))); })
        .def("__repr__",
             [](const Currency& c) { return "<Currency " + std::string(c.alpha3) + " " + py_repr(c.name) + ">"; });

    py::class_<WorldRegion>(m, "WorldRegion", "A UN M49 region ('Eastern Asia' within 'Asia').")
        .def_property_readonly("m49", [](const WorldRegion& r) { return r.m49; })
        .def_property_readonly("name", [](const WorldRegion& r) { return r.name; })
        .def_property_readonly(
            "parent", [](const WorldRegion& r) { return r.parent; },
            "M49 code of the enclosing region; 1 (World) for continents, 0 for World.")
        .def(
            "__eq__", [](const WorldRegion& a, const WorldRegion& b) { return a.m49 == b.m49; }, py::is_operator())
        .def("__hash__", [](const WorldRegion& r) { return static_cast<std::size_t>(r.m49); })
        .def("__repr__", [](const WorldRegion& r) {
            return "<WorldRegion " + std::to_string(r.m49) + " " + py_repr(r.name) + ">";
        });
}

}  // namespace

void init_reference(py::module_& m) {
    bind_rows(m);
    m.def("country", &country, py::arg("code"),
          "The current country with ISO 3166-1 alpha-2 `code`; NotFoundError says when it was withdrawn.");
    m.def("country_by_alpha3", &country_by_alpha3, py::arg("alpha3"));
    // The names tables of the CSV reader (iso-codes' names, common variants, CLDR's Korean
    // names, accents ignored), for paradiplomacy.reference.country(name).
    m.def(
        "_country_code_of_name",
        [](const std::string& name) -> std::optional<CountryCode> {
            if (const auto match = country_from_name(name)) return match->code;
            return std::nullopt;
        },
        py::arg("name"));
    m.def("withdrawn_country", &withdrawn_country, py::arg("code"));
    m.def("country_status", &country_status, py::arg("code"), "CodeStatus.CURRENT, WITHDRAWN or UNKNOWN.");
    m.def(
        "countries", [] { return copy_all(countries()); }, "All current countries, sorted by alpha-2.");
    m.def("withdrawn_countries", [] { return copy_all(withdrawn_countries()); });
    m.def("subdivision", &subdivision, py::arg("code"), "The ISO 3166-2 subdivision with `code` ('KR-41').");
    m.def("subdivision_status", &subdivision_status, py::arg("code"),
          "CodeStatus.CURRENT, WITHDRAWN (a former code: see former_subdivision) or UNKNOWN.");
    m.def("former_subdivision", &former, py::arg("code"),
          "The former ISO 3166-2 code `code` ('VN-15') and its successors; NotFoundError for a current or unknown "
          "code.");
    m.def(
        "former_subdivisions", [] { return copy_all(former_subdivisions()); }, "All former codes, sorted by code.");
    m.def("subdivisions", &subdivisions_list, py::arg("country") = py::none(),
          "All subdivisions, or those of one country, sorted by code.");
    m.def("currency", &currency, py::arg("code"), "The ISO 4217 currency with `code` ('KRW').");
    m.def("currency_status", &currency_status, py::arg("code"));
    m.def("currencies", [] { return copy_all(currencies()); });
    m.def("world_region", &world_region, py::arg("m49"), "The UN M49 region with numeric code `m49`.");
    m.def("world_region_of", &region_of, py::arg("country"), "The M49 sub-region of a country, or None.");
    m.def("world_regions", [] { return copy_all(world_regions()); });
    m.def(
        "iso_codes_source", [] { return std::string(iso_codes_source()); },
        "Where the ISO tables were generated from.");
}

}  // namespace paradiplomacy::python
