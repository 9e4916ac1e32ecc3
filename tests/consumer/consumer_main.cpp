// SPDX-License-Identifier: Apache-2.0
// The example of README.md, verbatim below this comment (ctest readme.example checks it):
// a program outside the project using the model, a value type, and a look-up in the
// generated reference tables, which proves the compiled library is linked.
#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/reference/countries.hpp>

#include <iostream>

int main() {
    namespace pd = paradiplomacy;
    pd::Portfolio portfolio(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");

    pd::Partner kanagawa;                            // entities are plain structs...
    kanagawa.key = portfolio.intern("jp-kanagawa");  // ...whose text is interned
    kanagawa.country = pd::CountryCode("JP");
    kanagawa.region = pd::SubdivisionCode("JP-14");
    const pd::PartnerId id = portfolio.add(kanagawa);  // the portfolio owns them

    pd::Agreement sister;
    sister.key = portfolio.intern("gg-kanagawa-sister");
    sister.partner = id;  // linked by strong ID
    sister.kind = pd::AgreementKind::sister;
    sister.signed_on = pd::PartialDate::parse("1990-04");  // known to the month
    (void)portfolio.add(sister);

    const auto* korea = pd::reference::find_country(portfolio.home().code.country());
    std::cout << portfolio.home().code.view() << " in " << korea->name << ": "
              << pd::to_string(portfolio.agreements()[0].kind) << " tie since "
              << portfolio.agreements()[0].signed_on->to_string() << "\n";
}
