// SPDX-License-Identifier: Apache-2.0
// Validation: Portfolio.validate / validate_strict, the report of findings and the
// catalogue of rules (validation_rules). The GIL is released while the rules run.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "records.hpp"

#include <paradiplomacy/validation/report.hpp>
#include <paradiplomacy/validation/rules.hpp>
#include <paradiplomacy/validation/validate.hpp>

#include <optional>
#include <string>
#include <vector>

namespace paradiplomacy::python {
namespace {

ValidationOptions options_of(std::optional<Day> today, std::vector<std::string> disabled_rules) {
    ValidationOptions options;
    options.today = today;
    options.disabled_rules = std::move(disabled_rules);
    return options;
}

/// The findings as columns, one C++ pass.
py::object report_frame(const ValidationReport& report) {
    const auto findings = report.findings();
    Columns c;
    c.strings(
        "rule", findings, [](const Finding& f) { return std::string_view(f.rule); }, true);
    c.enums<Severity>("severity", findings, [](const Finding& f) { return f.severity; });
    c.enums<EntityKind>("entity_kind", findings, [](const Finding& f) { return f.entity.kind; });
    c.ints("entity_index", findings, [](const Finding& f) { return static_cast<std::int64_t>(f.entity.index); });
    c.strings("entity_key", findings, [](const Finding& f) { return std::string_view(f.entity.key); });
    c.strings("field", findings, [](const Finding& f) { return std::string_view(f.field); });
    c.strings("message", findings, [](const Finding& f) { return std::string_view(f.message); });
    return c.frame();
}

}  // namespace

void init_validation(py::module_& m) {
    py::class_<EntityRef>(m, "EntityRef", "The record a finding is about: kind, index in its table, key.")
        .def_readonly("kind", &EntityRef::kind)
        .def_readonly("index", &EntityRef::index, "Position in the portfolio's table for that kind (0 for home).")
        .def_readonly("key", &EntityRef::key, "Record key; the ISO code for the home government.")
        .def(
            "__eq__", [](const EntityRef& a, const EntityRef& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const EntityRef& e) {
            return "EntityRef(" + std::string(to_string(e.kind)) + ", " + std::to_string(e.index) + ", " +
                   py_repr(e.key) + ")";
        });

    py::class_<Finding>(m, "Finding", "One problem found by validation.")
        .def_readonly("rule", &Finding::rule, "Stable rule id ('ref.agreement.partner').")
        .def_readonly("severity", &Finding::severity)
        .def_readonly("entity", &Finding::entity)
        .def_readonly("field", &Finding::field, "The field at fault, or ''.")
        .def_readonly("message", &Finding::message)
        .def(
            "__eq__", [](const Finding& a, const Finding& b) { return a == b; }, py::is_operator())
        .def("__str__", [](const Finding& f) { return to_string(f); })
        .def("__repr__", [](const Finding& f) {
            return "<Finding " + std::string(to_string(f.severity)) + " " + f.rule + " " +
                   std::string(to_string(f.entity.kind)) + " " + py_repr(f.entity.key) +
                   (f.field.empty() ? std::string() : " field " + f.field) + ">";
        });

    py::class_<RuleInfo>(m, "RuleInfo", "A rule of the validation catalogue.")
        .def_property_readonly("id", [](const RuleInfo& r) { return std::string(r.id); })
        .def_property_readonly("severity", [](const RuleInfo& r) { return r.severity; })
        .def_property_readonly(
            "entity", [](const RuleInfo& r) { return r.entity; }, "The kind of record it reports on.")
        .def_property_readonly("summary", [](const RuleInfo& r) { return std::string(r.summary); })
        .def("__repr__", [](const RuleInfo& r) {
            return "<RuleInfo " + std::string(r.id) + " (" + std::string(to_string(r.severity)) + ")>";
        });

    m.def(
        "validation_rules", [] { return std::vector<RuleInfo>(rules().begin(), rules().end()); },
        "Every validation rule, in the order validation runs them.");

    py::class_<ValidationReport>(m, "ValidationReport",
                                 "Every finding of one validation run. len(), iteration, .ok (no error),\n"
                                 ".errors/.warnings/.infos, .by_rule(id), .to_frame().")
        .def_property_readonly("ok", &ValidationReport::ok, "True when no finding has error severity.")
        .def("__len__", &ValidationReport::size)
        .def(
            "__bool__", [](const ValidationReport& r) { return !r.empty(); }, "True when there is any finding.")
        .def(
            "__iter__",
            [](const ValidationReport& r) { return py::make_iterator(r.findings().begin(), r.findings().end()); },
            py::keep_alive<0, 1>())
        .def(
            "__getitem__",
            [](const ValidationReport& r, IntArg index) {
                const auto n = static_cast<std::ptrdiff_t>(r.size());
                auto i = static_cast<std::ptrdiff_t>(index.value);
                if (i < 0) i += n;
                if (index.beyond != 0 || i < 0 || i >= n) throw py::index_error("finding index out of range");
                return r.findings()[static_cast<std::size_t>(i)];
            },
            py::arg("index"))
        .def_property_readonly(
            "findings",
            [](const ValidationReport& r) { return std::vector<Finding>(r.findings().begin(), r.findings().end()); })
        .def_property_readonly("errors", [](const ValidationReport& r) { return r.with_severity(Severity::error); })
        .def_property_readonly("warnings", [](const ValidationReport& r) { return r.with_severity(Severity::warning); })
        .def_property_readonly("infos", [](const ValidationReport& r) { return r.with_severity(Severity::info); })
        .def(
            "by_rule", [](const ValidationReport& r, const std::string& rule) { return r.by_rule(rule); },
            py::arg("rule"), "The findings of one rule (a list; empty for a rule that found nothing).")
        .def("to_frame", &report_frame,
             "The findings as a pandas.DataFrame (rule, severity, entity_kind, entity_index, entity_key,\n"
             "field, message); needs pandas.")
        .def("__repr__", [](const ValidationReport& r) {
            return "<ValidationReport: " + std::to_string(r.count(Severity::error)) + " errors, " +
                   std::to_string(r.count(Severity::warning)) + " warnings, " +
                   std::to_string(r.count(Severity::info)) + " infos>";
        });

    auto portfolio = py::reinterpret_borrow<py::class_<Portfolio, PortfolioPtr>>(m.attr("Portfolio"));
    portfolio
        .def(
            "validate",
            [](const Portfolio& p, std::optional<Day> today, std::vector<std::string> disabled_rules) {
                const auto options = options_of(today, std::move(disabled_rules));
                const ReadingWithoutGil reading(p);
                return validate(p, options);
            },
            py::kw_only(), py::arg("today") = py::none(), py::arg("disabled_rules") = std::vector<std::string>{},
            "Checks every rule of the catalogue; returns a ValidationReport. `today` (default: the local\n"
            "date) is what rules about the future compare with. An unknown id in `disabled_rules` raises\n"
            "InvalidValueError.")
        .def(
            "validate_strict",
            [](const Portfolio& p, std::optional<Day> today, std::vector<std::string> disabled_rules) {
                const auto options = options_of(today, std::move(disabled_rules));
                const ReadingWithoutGil reading(p);
                return validate_strict(p, options);
            },
            py::kw_only(), py::arg("today") = py::none(), py::arg("disabled_rules") = std::vector<std::string>{},
            "Raises ValidationError at the first error finding; returns the warnings and infos otherwise.");
}

}  // namespace paradiplomacy::python
