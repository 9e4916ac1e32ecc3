// SPDX-License-Identifier: Apache-2.0
// A program outside the project that uses it the way a consumer would: the model, a
// value type, and a look-up in the generated reference tables (which proves that the
// compiled part of the library is linked, not just the headers found).
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <iostream>

int main() {
    namespace pd = paradiplomacy;
    pd::Portfolio portfolio(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    pd::Partner kanagawa;
    kanagawa.key = portfolio.intern("jp-kanagawa");
    kanagawa.country = pd::CountryCode("JP");
    kanagawa.region = pd::SubdivisionCode("JP-14");
    const pd::PartnerId id = portfolio.add(kanagawa);

    pd::Agreement sister;
    sister.key = portfolio.intern("gg-kanagawa-sister");
    sister.partner = id;
    sister.kind = pd::AgreementKind::sister;
    sister.signed_on = pd::PartialDate::parse("1990-04");
    (void)portfolio.add(sister);

    const pd::reference::Country* home_country = pd::reference::find_country(portfolio.home().code.country());
    if (home_country == nullptr) return 1;
    std::cout << "consumer: " << portfolio.home().code.view() << " in " << home_country->name << ", "
              << portfolio.partners().size() << " partner, " << pd::to_string(portfolio.agreements()[0].kind) << " since "
              << portfolio.agreements()[0].signed_on->to_string() << "\n";
    return 0;
}
