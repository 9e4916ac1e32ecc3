// SPDX-License-Identifier: Apache-2.0
#include <paradiplomacy/error.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/report/published_figures.hpp>
#include <paradiplomacy/values/enum_names.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <string>

namespace paradiplomacy::report {
namespace {

// Ordered, so that sources and per-country counts keep the order they were published in.
using Json = nlohmann::ordered_json;

/// Where a document is read from, and the member being read: every failure names both.
struct Reader {
    std::string_view source;

    [[noreturn]] void fail(const std::string& where, const std::string& what) const {
        throw FileError(std::string(source) + ": " + where + ": " + what);
    }

    void require_object(const Json& value, const std::string& where) const {
        if (!value.is_object()) fail(where, "expected an object");
    }

    std::string text(const Json& object, const char* member, const std::string& where) const {
        const auto it = object.find(member);
        if (it == object.end()) return {};
        if (!it->is_string()) fail(where + "." + member, "expected a string");
        return it->get<std::string>();
    }

    std::string required_text(const Json& object, const char* member, const std::string& where,
                              std::string_view what) const {
        std::string value = text(object, member, where);
        if (value.empty()) fail(where + "." + member, "required: " + std::string(what));
        return value;
    }

    std::optional<std::size_t> count(const Json& object, const char* member, const std::string& where) const {
        const auto it = object.find(member);
        if (it == object.end()) return std::nullopt;
        if (!it->is_number_unsigned()) fail(where + "." + member, "expected a non-negative integer");
        return it->get<std::size_t>();
    }

    /// A member the format does not know fails, naming the members it does.
    void only_members(const Json& object, std::initializer_list<std::string_view> known,
                      const std::string& where) const {
        for (const auto& [name, value] : object.items()) {
            if (std::find(known.begin(), known.end(), name) != known.end()) continue;
            std::string list;
            for (const std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
            fail(where + "." + name, "unknown member; expected one of: " + list);
        }
    }

    std::vector<AgreementKind> kinds(const Json& row, const std::string& where, bool required) const {
        const auto it = row.find("kinds");
        if (it == row.end()) {
            if (required) fail(where + ".kinds", "required: a non-empty array of agreement kinds");
            return {};
        }
        if (!it->is_array() || it->empty()) fail(where + ".kinds", "expected a non-empty array of agreement kinds");
        std::vector<AgreementKind> out;
        for (std::size_t k = 0; k < it->size(); ++k) {
            const Json& kind = (*it)[k];
            const std::string kind_where = where + ".kinds[" + std::to_string(k) + "]";
            if (!kind.is_string()) fail(kind_where, "expected an agreement kind name");
            const auto parsed = enum_from_string<AgreementKind>(kind.get<std::string>());
            if (!parsed) fail(kind_where, "unknown agreement kind \"" + kind.get<std::string>() + "\"");
            if (std::find(out.begin(), out.end(), *parsed) != out.end())
                fail(kind_where, "\"" + kind.get<std::string>() + "\" is listed twice");
            out.push_back(*parsed);
        }
        return out;
    }

    CountryCode country(const std::string& code, const std::string& where) const {
        if (!CountryCode::is_well_formed(code) || !reference::find_country(CountryCode(code)))
            fail(where, "\"" + code + "\" is not an ISO 3166-1 alpha-2 country code");
        return CountryCode(code);
    }
};

constexpr const char* measure_list =
    "partner_countries, partner_regions, partners, ties, designated_countries, designated_regions, linguists, teams, "
    "staff, policy_goals, policy_tasks, envelope, oda_engagements, oda_countries, oda_amount";

std::optional<YearSpan> parse_period(std::string_view text) {
    const auto year = [](std::string_view part) -> std::optional<int> {
        int value = 0;
        if (part.size() != 4) return std::nullopt;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (error != std::errc() || end != part.data() + part.size()) return std::nullopt;
        if (value < PartialDate::min_year || value > PartialDate::max_year) return std::nullopt;
        return value;
    };
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const auto first = year(text.substr(0, slash));
    const auto last = year(text.substr(slash + 1));
    if (!first || !last || *last < *first) return std::nullopt;
    return YearSpan{*first, *last};
}

PublishedFigure parse_figure(const Reader& r, const Json& row, const std::string& where,
                             const std::vector<std::pair<std::string, std::string>>& sources) {
    r.require_object(row, where);
    r.only_members(row,
                   {"label", "measure", "value", "source", "as_of", "period", "note", "missing", "kinds", "government",
                    "country", "designation", "purpose", "year", "currency"},
                   where);
    PublishedFigure f;
    f.label = r.required_text(row, "label", where, "a non-empty string");
    const std::string measure = r.required_text(row, "measure", where, "what the figure counts");
    const auto parsed_measure = enum_from_string<FigureMeasure>(measure);
    if (!parsed_measure)
        r.fail(where + ".measure", "unknown measure \"" + measure + "\"; expected one of: " + measure_list);
    f.measure = *parsed_measure;

    const auto value = row.find("value");
    if (value == row.end() || !value->is_number() || !std::isfinite(value->get<double>()) || value->get<double>() < 0)
        r.fail(where + ".value", "required: the published number, finite and not negative");
    f.value = value->get<double>();
    if (!is_money(f.measure) && (!value->is_number_integer())) r.fail(where + ".value", "a count is a whole number");

    f.source = r.required_text(row, "source", where, "the key of one of $.sources");
    if (std::none_of(sources.begin(), sources.end(), [&](const auto& s) { return s.first == f.source; }))
        r.fail(where + ".source", "\"" + f.source + "\" is not a key of $.sources");

    const std::string as_of = r.text(row, "as_of", where);
    const std::string period = r.text(row, "period", where);
    if (is_over_period(f.measure)) {
        if (period.empty())
            r.fail(where + ".period", "required for " + measure + ": the years covered, as \"2003/2010\"");
        f.period = parse_period(period);
        if (!f.period) r.fail(where + ".period", "\"" + period + "\" is not a span of years such as \"2003/2010\"");
        if (!as_of.empty()) r.fail(where + ".as_of", measure + " covers a period: give `period`, not `as_of`");
    } else {
        if (!period.empty()) r.fail(where + ".period", measure + " describes a day: give `as_of`, not `period`");
        if (as_of.empty())
            r.fail(where + ".as_of", "required: the day the figure describes, as \"2017\" or \"2017-07-30\"");
        f.as_of = PartialDate::try_parse(as_of);
        if (!f.as_of) r.fail(where + ".as_of", "\"" + as_of + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    f.note = r.text(row, "note", where);

    if (const auto missing = row.find("missing"); missing != row.end()) {
        if (!missing->is_array()) r.fail(where + ".missing", "expected an array of {name, source, why}");
        for (std::size_t i = 0; i < missing->size(); ++i) {
            const std::string m_where = where + ".missing[" + std::to_string(i) + "]";
            const Json& m = (*missing)[i];
            r.require_object(m, m_where);
            r.only_members(m, {"name", "source", "why"}, m_where);
            KnownMissing known;
            known.name = r.required_text(m, "name", m_where, "the partner as the source names it");
            known.source = r.required_text(m, "source", m_where, "the key of the source naming it");
            if (std::none_of(sources.begin(), sources.end(), [&](const auto& s) { return s.first == known.source; }))
                r.fail(m_where + ".source", "\"" + known.source + "\" is not a key of $.sources");
            known.why = r.required_text(m, "why", m_where, "why no record holds it");
            f.missing.push_back(std::move(known));
        }
    }

    // Selectors: each belongs to some measures only, so that one given to another is a
    // mistake reported rather than ignored.
    const bool tie_measure = f.measure == FigureMeasure::partner_countries ||
                             f.measure == FigureMeasure::partner_regions || f.measure == FigureMeasure::partners ||
                             f.measure == FigureMeasure::ties;
    const auto only_for = [&](const char* member, bool allowed, const char* which) {
        if (row.contains(member) && !allowed)
            r.fail(where + "." + member, std::string("applies to ") + which + " only");
    };
    only_for("kinds", tie_measure, "partner_countries, partner_regions, partners and ties");
    only_for("government", tie_measure, "partner_countries, partner_regions, partners and ties");
    only_for("country", tie_measure, "partner_countries, partner_regions, partners and ties");
    only_for("designation",
             f.measure == FigureMeasure::designated_countries || f.measure == FigureMeasure::designated_regions,
             "designated_countries and designated_regions");
    only_for("purpose", f.measure == FigureMeasure::envelope, "envelope");
    only_for("year", f.measure == FigureMeasure::envelope, "envelope");
    only_for("currency", is_money(f.measure), "envelope and oda_amount");

    f.kinds = r.kinds(row, where, false);
    if (row.contains("government")) {
        f.government =
            r.required_text(row, "government", where, "\"home\", \"municipalities\", \"all\" or a municipality's id");
    }
    if (row.contains("country")) f.country = r.country(r.text(row, "country", where), where + ".country");
    if (f.measure == FigureMeasure::designated_countries || f.measure == FigureMeasure::designated_regions) {
        const std::string designation = r.required_text(row, "designation", where, "priority or strategic_oda");
        f.designation = enum_from_string<DesignationKind>(designation);
        if (!f.designation) r.fail(where + ".designation", "unknown designation \"" + designation + "\"");
    }
    if (f.measure == FigureMeasure::envelope) {
        f.purpose = r.required_text(row, "purpose", where, "what the money is for, as the envelopes name it");
        const auto year = r.count(row, "year", where);
        if (!year || *year < 1 || *year > 9999) r.fail(where + ".year", "required: the budget year");
        f.year = static_cast<int>(*year);
    }
    if (is_money(f.measure)) {
        const std::string currency = r.required_text(row, "currency", where, "the ISO 4217 code of the amount");
        if (!CurrencyCode::is_well_formed(currency) || !reference::find_currency(CurrencyCode(currency)))
            r.fail(where + ".currency", "\"" + currency + "\" is not an ISO 4217 currency code");
        f.currency = CurrencyCode(currency);
    }
    return f;
}

PublishedFigures parse_v2(const Reader& r, const Json& doc) {
    r.only_members(doc, {"schema", "home", "note", "sources", "figures"}, "$");
    PublishedFigures out;
    out.home = r.text(doc, "home", "$");
    out.note = r.text(doc, "note", "$");
    const auto sources = doc.find("sources");
    if (sources == doc.end() || !sources->is_object() || sources->empty())
        r.fail("$.sources", "required: an object of source keys and citations");
    for (const auto& [key, citation] : sources->items()) {
        if (key.empty()) r.fail("$.sources", "a source key is empty");
        if (!citation.is_string() || citation.get<std::string>().empty())
            r.fail("$.sources." + key, "expected the citation, a non-empty string");
        out.sources.emplace_back(key, citation.get<std::string>());
    }
    const auto figures = doc.find("figures");
    if (figures == doc.end() || !figures->is_array()) r.fail("$.figures", "required: an array of figures");
    for (std::size_t i = 0; i < figures->size(); ++i)
        out.figures.push_back(parse_figure(r, (*figures)[i], "$.figures[" + std::to_string(i) + "]", out.sources));
    return out;
}

/// Version 1: one source and one day for the whole file. Each count becomes a figure.
PublishedFigures parse_v1(const Reader& r, const Json& doc) {
    r.only_members(doc,
                   {"schema", "home", "source", "as_of", "note", "ties", "priority_countries", "priority_regions",
                    "municipalities"},
                   "$");
    PublishedFigures out;
    out.home = r.text(doc, "home", "$");
    out.note = r.text(doc, "note", "$");
    out.sources.emplace_back("source", r.required_text(doc, "source", "$", "say where the figures were published"));
    const std::string as_of_text = r.text(doc, "as_of", "$");
    const std::optional<PartialDate> as_of = PartialDate::try_parse(as_of_text);
    if (!as_of) r.fail("$.as_of", "required to read a version-1 file: the date its figures describe (\"2017\")");
    const auto figure = [&](std::string label, FigureMeasure measure, std::size_t value, const std::string& source) {
        PublishedFigure f;
        f.label = std::move(label);
        f.measure = measure;
        f.value = static_cast<double>(value);
        f.source = source;
        f.as_of = as_of;
        return f;
    };

    const auto ties = doc.find("ties");
    if (ties == doc.end() || !ties->is_array()) r.fail("$.ties", "required: an array of tie counts");
    for (std::size_t i = 0; i < ties->size(); ++i) {
        const Json& row = (*ties)[i];
        const std::string where = "$.ties[" + std::to_string(i) + "]";
        r.require_object(row, where);
        r.only_members(row, {"label", "kinds", "countries", "regions"}, where);
        const std::string label = r.required_text(row, "label", where, "a non-empty string");
        const std::vector<AgreementKind> kinds = r.kinds(row, where, true);
        for (const auto& [member, measure] : {std::pair("countries", FigureMeasure::partner_countries),
                                              std::pair("regions", FigureMeasure::partner_regions)})
            if (const auto n = r.count(row, member, where)) {
                out.figures.push_back(figure(label + " " + member, measure, *n, "source"));
                out.figures.back().kinds = kinds;
            }
    }
    for (const auto& [member, measure] : {std::pair("priority_countries", FigureMeasure::designated_countries),
                                          std::pair("priority_regions", FigureMeasure::designated_regions)})
        if (const auto n = r.count(doc, member, "$")) {
            out.figures.push_back(
                figure(member == std::string("priority_countries") ? "priority countries" : "priority regions", measure,
                       *n, "source"));
            out.figures.back().designation = DesignationKind::priority;
        }

    const auto block = doc.find("municipalities");
    if (block == doc.end()) return out;
    const std::string where = "$.municipalities";
    r.require_object(*block, where);
    r.only_members(*block, {"source", "note", "ties", "countries", "by_kind", "by_country"}, where);
    std::string source = "source";
    if (std::string citation = r.text(*block, "source", where); !citation.empty()) {
        out.sources.emplace_back("municipalities", std::move(citation));
        source = "municipalities";
    }
    const std::string note = r.text(*block, "note", where);
    const auto municipal = [&](std::string label, FigureMeasure measure, std::size_t value) {
        out.figures.push_back(figure(std::move(label), measure, value, source));
        out.figures.back().government = std::string(all_municipalities);
        out.figures.back().note = note;
        return &out.figures.back();
    };
    if (const auto n = r.count(*block, "ties", where)) municipal("municipalities", FigureMeasure::ties, *n);
    if (const auto n = r.count(*block, "countries", where))
        municipal("municipalities", FigureMeasure::partner_countries, *n);
    if (const auto rows = block->find("by_kind"); rows != block->end()) {
        if (!rows->is_array()) r.fail(where + ".by_kind", "expected an array of tie counts");
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const Json& row = (*rows)[i];
            const std::string row_where = where + ".by_kind[" + std::to_string(i) + "]";
            r.require_object(row, row_where);
            r.only_members(row, {"label", "kinds", "ties"}, row_where);
            const std::string label = r.required_text(row, "label", row_where, "a non-empty string");
            std::vector<AgreementKind> kinds = r.kinds(row, row_where, true);
            const auto n = r.count(row, "ties", row_where);
            if (!n) r.fail(row_where + ".ties", "required: the published number of ties");
            municipal("municipalities " + label, FigureMeasure::ties, *n)->kinds = std::move(kinds);
        }
    }
    if (const auto countries = block->find("by_country"); countries != block->end()) {
        if (!countries->is_object())
            r.fail(where + ".by_country", "expected an object of ISO 3166-1 codes and tie counts");
        for (const auto& [code, value] : countries->items()) {
            const std::string code_where = where + ".by_country." + code;
            const CountryCode country = r.country(code, code_where);
            if (!value.is_number_unsigned()) r.fail(code_where, "expected a non-negative integer");
            municipal("municipalities in " + code, FigureMeasure::ties, value.get<std::size_t>())->country = country;
        }
    }
    return out;
}

/// Parses `json`, refusing a member given twice in one object: nlohmann keeps the last
/// one, so a count given twice would silently lose the first.
Json parse_without_duplicates(const Reader& r, std::string_view json) {
    struct Frame {
        bool object = false;
        std::vector<std::string> keys;  // an object's members so far
        std::size_t children = 0;       // an array's elements so far
    };
    std::vector<Frame> frames;
    const auto path = [&]() {
        std::string out = "$";
        for (std::size_t i = 0; i + 1 < frames.size(); ++i)
            out += frames[i].object ? "." + frames[i].keys.back() : "[" + std::to_string(frames[i].children) + "]";
        return out;
    };
    const auto child_done = [&]() {
        if (!frames.empty() && !frames.back().object) ++frames.back().children;
    };
    const Json::parser_callback_t callback = [&](int, Json::parse_event_t event, Json& parsed) {
        using Event = Json::parse_event_t;
        switch (event) {
            case Event::object_start: frames.push_back({true, {}, 0}); break;
            case Event::array_start: frames.push_back({false, {}, 0}); break;
            case Event::object_end:
            case Event::array_end:
                frames.pop_back();
                child_done();
                break;
            case Event::key: {
                std::string key = parsed.get<std::string>();
                std::vector<std::string>& keys = frames.back().keys;
                if (std::find(keys.begin(), keys.end(), key) != keys.end()) r.fail(path() + "." + key, "given twice");
                keys.push_back(std::move(key));
                break;
            }
            case Event::value: child_done(); break;
        }
        return true;
    };
    try {
        return Json::parse(json.begin(), json.end(), callback);
    } catch (const Json::parse_error& e) {
        r.fail("byte " + std::to_string(e.byte), "not valid JSON");
    }
}

}  // namespace

std::string_view PublishedFigures::citation(std::string_view key) const noexcept {
    for (const auto& [k, citation] : sources)
        if (k == key) return citation;
    return {};
}

PublishedFigures parse_published_figures(std::string_view json, std::string_view source_name) {
    const Reader r{source_name};
    const Json doc = parse_without_duplicates(r, json);
    r.require_object(doc, "$");
    const auto schema = doc.find("schema");
    if (schema == doc.end() || !schema->is_string())
        r.fail("$.schema", std::string("missing; expected \"") + std::string(published_figures_schema_id) + "\"");
    const std::string name = schema->get<std::string>();
    if (name == published_figures_schema_id) return parse_v2(r, doc);
    if (name == published_figures_schema_id_v1) return parse_v1(r, doc);
    r.fail("$.schema", "unknown schema \"" + name + "\"; this library reads \"" +
                           std::string(published_figures_schema_id) + "\" and \"" +
                           std::string(published_figures_schema_id_v1) + "\"");
}

std::string to_json(const PublishedFigures& figures) {
    Json doc = Json::object();
    doc["schema"] = published_figures_schema_id;
    if (!figures.home.empty()) doc["home"] = figures.home;
    if (!figures.note.empty()) doc["note"] = figures.note;
    doc["sources"] = Json::object();
    for (const auto& [key, citation] : figures.sources) doc["sources"][key] = citation;
    doc["figures"] = Json::array();
    for (const PublishedFigure& f : figures.figures) {
        Json row = Json::object();
        row["label"] = f.label;
        row["measure"] = to_string(f.measure);
        if (is_money(f.measure))
            row["value"] = f.value;
        else
            row["value"] = static_cast<std::uint64_t>(f.value);
        row["source"] = f.source;
        if (f.as_of) row["as_of"] = f.as_of->to_string();
        if (f.period) row["period"] = std::to_string(f.period->first) + "/" + std::to_string(f.period->last);
        if (!f.kinds.empty()) {
            row["kinds"] = Json::array();
            for (const AgreementKind k : f.kinds) row["kinds"].push_back(to_string(k));
        }
        if (f.government != home_government) row["government"] = f.government;
        if (f.country) row["country"] = f.country->str();
        if (f.designation) row["designation"] = to_string(*f.designation);
        if (!f.purpose.empty()) row["purpose"] = f.purpose;
        if (f.year) row["year"] = *f.year;
        if (f.currency) row["currency"] = f.currency->str();
        if (!f.note.empty()) row["note"] = f.note;
        if (!f.missing.empty()) {
            row["missing"] = Json::array();
            for (const KnownMissing& m : f.missing)
                row["missing"].push_back(Json{{"name", m.name}, {"source", m.source}, {"why", m.why}});
        }
        doc["figures"].push_back(std::move(row));
    }
    return doc.dump(2) + "\n";
}

Day figure_day(const PublishedFigure& figure) {
    if (figure.as_of) return figure.as_of->latest();
    if (figure.period) return PartialDate::of_year(figure.period->last).latest();
    throw InvalidValue("published figure \"" + figure.label + "\" gives neither a day nor a period");
}

}  // namespace paradiplomacy::report
