// SPDX-License-Identifier: Apache-2.0
// The report's section on interpreters and partner languages: present only for a portfolio
// with a pool or documents, with the gaps on the chosen date and the documents to translate.

#include <paradiplomacy/model/portfolio.hpp>
#include <paradiplomacy/report/portfolio_report.hpp>

#include <gtest/gtest.h>

#include <string>

namespace pd = paradiplomacy;
namespace rp = paradiplomacy::report;

namespace {

pd::Day day(int y, int m, int d) {
    return pd::Day(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

pd::PartnerId add_country(pd::Portfolio& p, const char* key, const char* name, const char* code) {
    pd::Partner partner;
    partner.key = p.intern(key);
    partner.name_en = p.intern(name);
    partner.level = pd::PartnerLevel::country;
    partner.country = pd::CountryCode(code);
    const auto id = p.add(partner);
    pd::Agreement a;
    a.key = p.intern(std::string("gg-") + key);
    a.partner = id;
    a.kind = pd::AgreementKind::friendship;
    a.signed_on = pd::PartialDate::of_day(2000, 1, 1);
    p.add(a);
    return id;
}

rp::ReportOptions options() {
    rp::ReportOptions o;
    o.today = day(2020, 6, 1);
    o.include_validation = false;
    return o;
}

std::string section(const std::string& report) {
    const auto at = report.find("Interpreters and partner languages");
    return at == std::string::npos ? std::string() : report.substr(at);
}

TEST(InterpretersSection, AbsentWithoutPoolOrDocuments) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    add_country(p, "mn", "Mongolia", "MN");
    EXPECT_EQ(section(rp::render_report(p, options())), "");
}

TEST(InterpretersSection, GapsAndTheFirstDocumentsToTranslate) {
    pd::Portfolio p(pd::SubdivisionCode("KR-41"), "Gyeonggi-do");
    add_country(p, "mn", "Mongolia", "MN");
    add_country(p, "vn", "Viet Nam", "VN");
    const auto jp = add_country(p, "jp", "Japan", "JP");
    pd::Linguist l;
    l.key = p.intern("pool-ja");
    l.kind = pd::LinguistKind::interpreter;
    l.languages = {p.intern("ja")};
    l.count = 12;
    p.add(l);
    // Seven plans about the Japan tie, none translated: five are listed, then a count.
    for (int i = 0; i < 7; ++i) {
        pd::Document d;
        d.key = p.intern("plan-" + std::to_string(i));
        d.kind = pd::DocumentKind::plan;
        d.language = p.intern("ko");
        d.agreement = p.agreements()[jp.index()].id;
        p.add(d);
    }
    const std::string text = section(rp::render_report(p, options()));
    EXPECT_NE(text.find("Interpreters and partner languages on 2020-06-01\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Pool: 12 interpreters and translators in 1 records\n"), std::string::npos) << text;
    EXPECT_NE(
        text.find("certainly without an interpreter: 2\n  mn          Mongolia (MN)\n  vi          Viet Nam (VN)\n"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("Possibly without an interpreter (partial dates): 0\n  (none)\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Documents still to translate into a partner's language: 7\n  \"plan-0\" -> ja\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("  \"plan-4\" -> ja\n  ... and 2 more\n"), std::string::npos) << text;
    EXPECT_EQ(text.find("plan-5"), std::string::npos) << text;
}

}  // namespace
