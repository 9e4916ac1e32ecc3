// SPDX-License-Identifier: Apache-2.0
#pragma once
// The keyword arguments that choose ties (TieFilter), written once for every query that
// takes them: their names and defaults (tie_filter_keywords), their C++ types
// (TieFilterArgs) and how they become a TieFilter (TieFilterArgs::resolve).
// def_tie_query() defines a Portfolio method that takes them after its own arguments.

#include "query_common.hpp"

#include <paradiplomacy/query/tie_filter.hpp>

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace paradiplomacy::python::queries {

using Kinds = std::optional<std::vector<EnumArg<AgreementKind>>>;
using Level = std::optional<EnumArg<PartnerLevel>>;
using MunicipalityArg = std::optional<RecordRef<Municipality>>;

/// The signatory scope named in Python: "home", "municipalities" or "all". Throws
/// InvalidValue for any other.
[[nodiscard]] SignatoryScope scope_of(const std::string& scope);

/// The tie filter as Python passes it: kinds, country, level, scope, municipality,
/// priority_only.
struct TieFilterArgs {
    Kinds kinds;
    std::optional<CountryCode> country;
    Level level;
    std::string scope;
    MunicipalityArg municipality;
    bool priority_only = false;

    /// The filter in `portfolio`. Throws InvalidValue for a scope other than home,
    /// municipalities or all, NotFound for a municipality not in the portfolio.
    [[nodiscard]] TieFilter resolve(const Portfolio& portfolio) const;
};

/// Whether a tie query takes `kinds=` (priority_partners_without_tie does not).
enum class KindsKeyword : bool { absent, taken };

/// The tie filter's keyword arguments as pybind11 declares them, in signature order.
template <KindsKeyword K>
[[nodiscard]] auto tie_filter_keywords() {
    auto common =
        std::make_tuple(py::arg("country") = py::none(), py::arg("level") = py::none(), py::arg("scope") = "home",
                        py::arg("municipality") = py::none(), py::arg("priority_only") = false);
    if constexpr (K == KindsKeyword::taken)
        return std::tuple_cat(std::make_tuple(py::arg("kinds") = py::none()), std::move(common));
    else
        return common;
}

/// `body(self, leading..., TieFilterArgs)` as a function of the Python parameters
/// (self, leading..., [kinds,] country, level, scope, municipality, priority_only).
template <KindsKeyword K, class... Leading, class Body>
[[nodiscard]] auto taking_tie_filter(Body body) {
    if constexpr (K == KindsKeyword::taken)
        return [body = std::move(body)](const PortfolioPtr& self, Leading... leading, Kinds kinds,
                                        std::optional<CountryCode> country, Level level, std::string scope,
                                        MunicipalityArg municipality, bool priority_only) {
            return body(self, std::move(leading)...,
                        TieFilterArgs{std::move(kinds), country, std::move(level), std::move(scope),
                                      std::move(municipality), priority_only});
        };
    else
        return
            [body = std::move(body)](const PortfolioPtr& self, Leading... leading, std::optional<CountryCode> country,
                                     Level level, std::string scope, MunicipalityArg municipality, bool priority_only) {
                return body(self, std::move(leading)...,
                            TieFilterArgs{std::nullopt, country, std::move(level), std::move(scope),
                                          std::move(municipality), priority_only});
            };
}

/// Defines the Portfolio method `name`: its own arguments `Leading...` (declared by
/// `leading_args`), then, keyword-only, the tie filter's. `body` takes
/// (self, leading..., const TieFilterArgs&).
template <KindsKeyword K, class... Leading, class Body, class... LeadingArgs>
void def_tie_query(py::class_<Portfolio, PortfolioPtr>& cls, const char* name, Body body,
                   std::tuple<LeadingArgs...> leading_args, const char* doc) {
    std::apply(
        [&](auto&&... args) {
            cls.def(name, taking_tie_filter<K, Leading...>(std::move(body)), std::forward<decltype(args)>(args)...,
                    doc);
        },
        std::tuple_cat(std::move(leading_args), std::make_tuple(py::kw_only()), tie_filter_keywords<K>()));
}

}  // namespace paradiplomacy::python::queries
