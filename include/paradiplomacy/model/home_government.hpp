// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The government that keeps the portfolio (a province such as Gyeonggi-do, KR-41) and
/// its municipalities, whose own ties a portfolio may carry for province-wide reports.

#include <paradiplomacy/values/id.hpp>
#include <paradiplomacy/values/subdivision_code.hpp>

namespace paradiplomacy {

struct HomeGovernment {
    SubdivisionCode code;  ///< ISO 3166-2 code of the home region.
    TextId name_en{0};
    TextId name_local{0};

    friend bool operator==(const HomeGovernment&, const HomeGovernment&) = default;
};

/// A city or county of the home government that keeps ties of its own.
struct Municipality {
    MunicipalityId id{0};  ///< Assigned by Portfolio::add.
    TextId key{0};         ///< Stable record id in files ("suwon").
    TextId name_en{0};
    TextId name_local{0};

    friend bool operator==(const Municipality&, const Municipality&) = default;
};

}  // namespace paradiplomacy
