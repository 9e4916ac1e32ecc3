// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The government that keeps the portfolio (a province such as Gyeonggi-do, KR-41) and
/// its municipalities, whose own ties a portfolio may carry for province-wide reports.

#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

namespace paradiplomacy {

struct HomeGovernment {
    SubdivisionCode code;  ///< ISO 3166-2 code of the home region.
    TextId name_en{0};
    TextId name_local{0};

    friend bool operator==(const HomeGovernment&, const HomeGovernment&) = default;
};

template <>
struct Description<HomeGovernment> {
    static constexpr std::string_view name = "home";
    static constexpr auto fields = std::tuple{
        field(&HomeGovernment::code, {.name = "code",
                                      .doc = "ISO 3166-2 code of the home government",
                                      .required = true,
                                      .csv_aliases = "home|home_code|region|코드|지역코드"}),
        field(&HomeGovernment::name_en,
              {.name = "name_en", .doc = "English name", .csv_aliases = "name|english_name|영문명"}),
        field(
            &HomeGovernment::name_local,
            {.name = "name_local", .doc = "local or Korean name", .csv_aliases = "local_name|korean_name|국문명|이름"}),
    };
};

/// A city or county of the home government that keeps ties of its own.
struct Municipality {
    MunicipalityId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};         ///< Stable record id in files ("suwon").
    TextId name_en{0};
    TextId name_local{0};

    friend bool operator==(const Municipality&, const Municipality&) = default;
};

template <>
struct Description<Municipality> {
    static constexpr std::string_view name = "municipality";
    static constexpr TableNames table{"municipalities", "Municipality", "municipality", "municipalities",
                                      "A city or county of the home government with ties of its own."};
    static constexpr auto fields = std::tuple{
        field(&Municipality::key, {.name = "id",
                                   .doc = "stable record id (\"suwon\")",
                                   .required = true,
                                   .csv_aliases = "key|municipality_id|코드",
                                   .python = "key"}),
        field(&Municipality::name_en,
              {.name = "name_en", .doc = "English name", .csv_aliases = "name|english_name|영문명"}),
        field(&Municipality::name_local, {.name = "name_local",
                                          .doc = "local or Korean name",
                                          .csv_aliases = "local_name|korean_name|국문명|시군|시군명"}),
    };
};

}  // namespace paradiplomacy
