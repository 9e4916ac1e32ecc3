// SPDX-License-Identifier: Apache-2.0
// The office, its staffing facts, policy goals and tasks, and the policy tasks of programs
// and engagements in JSON and CSV: written, read back equal, and refused with a message
// that names the record when wrong.

#include "support/office_fixture.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace pd = paradiplomacy;
namespace fs = std::filesystem;

namespace {

using pd::test_support::OfficeFixture;

/// The bulletin's office with a named team list and a goal period, as the formats must keep it.
pd::Portfolio full_office() {
    OfficeFixture f;
    pd::StaffingFact fact = f.p.at(f.fact_2017);
    fact.team_names = {f.p.intern("Diplomatic Policy Team"), f.p.intern("International Cooperation Team"),
                       f.p.intern("ODA Team")};
    fact.provenance.note = f.p.intern("three teams and 20 persons");
    f.p.replace(fact);
    pd::PolicyGoal goal = f.p.at(f.goal_oda);
    goal.title_local = f.p.intern("경기도 공적개발원조 사업 추진");
    goal.period = pd::Period(pd::PartialDate::of_year(2017), pd::PartialDate::of_year(2019));
    f.p.replace(goal);
    return std::move(f.p);
}

std::string load_error(const std::string& text) {
    try {
        (void)pd::parse_portfolio_json(text, "doc.json");
    } catch (const pd::FileError& e) {
        return e.what();
    }
    return "(loaded)";
}

TEST(OfficeJson, RoundTripsEveryOfficeRecordAndThePolicyTasksOfTheWork) {
    const pd::Portfolio p = full_office();
    const std::string text = pd::to_portfolio_json(p);
    EXPECT_NE(text.find(R"("offices": [)"), std::string::npos) << text;
    EXPECT_NE(text.find(R"("office_staffing": [)"), std::string::npos);
    EXPECT_NE(text.find(R"("team_names": [)"), std::string::npos);
    EXPECT_NE(text.find(R"("policy_tasks": [)"), std::string::npos);
    EXPECT_NE(text.find(R"("as_of": "2017")"), std::string::npos);
    const pd::Portfolio back = pd::parse_portfolio_json(text);
    EXPECT_EQ(back, p);
    const pd::ExchangeProgram& program = back.programs()[0];
    ASSERT_EQ(program.policy_tasks.size(), 2U);
    EXPECT_EQ(back.text(back.at(program.policy_tasks[0]).key), "task-4-1");
}

TEST(OfficeJson, ReadsTheBulletinsOfficeWrittenByHand) {
    const pd::Portfolio p = pd::parse_portfolio_json(R"({"schema": "paradiplomacy.portfolio/2",
        "home": {"code": "KR-41"},
        "offices": [{"id": "gg-dpd", "name_en": "Diplomatic Policy Department", "formed_on": "2014-10"}],
        "office_staffing": [{"id": "gg-dpd-2017", "office": "gg-dpd", "as_of": "2017", "teams": 3, "staff": 20,
                             "source": "Cultural Policy Bulletin Vol.3"}],
        "policy_tasks": [{"id": "task-4-1", "goal": "goal-4", "number": 1, "title_en": "Smart Class"}],
        "policy_goals": [{"id": "goal-4", "office": "gg-dpd", "number": 4, "period": {"start": "2017", "end": "2019"}}]
    })");
    ASSERT_EQ(p.records<pd::StaffingFact>().size(), 1U);
    const pd::StaffingFact& fact = p.records<pd::StaffingFact>()[0];
    EXPECT_EQ(fact.staff, 20U);
    EXPECT_EQ(fact.teams, 3U);
    EXPECT_EQ(fact.as_of, pd::PartialDate::of_year(2017));
    EXPECT_EQ(p.text(p.at(p.records<pd::PolicyTask>()[0].goal).key), "goal-4");  // a key defined later in the file
}

TEST(OfficeJson, RefusesNegativeCountsMissingDatesAndUnknownKeysNamingTheRecord) {
    const std::string head = R"({"schema": "paradiplomacy.portfolio/2", "home": {"code": "KR-41"},
        "offices": [{"id": "gg-dpd"}], "office_staffing": [)";
    const std::string negative =
        load_error(head + R"({"id": "f1", "office": "gg-dpd", "as_of": "2017", "staff": -20}]})");
    EXPECT_NE(negative.find("doc.json"), std::string::npos) << negative;
    EXPECT_NE(negative.find("staff"), std::string::npos) << negative;
    EXPECT_NE(negative.find("$.office_staffing[0]"), std::string::npos) << negative;

    const std::string undated = load_error(head + R"({"id": "f1", "office": "gg-dpd", "staff": 20}]})");
    EXPECT_NE(undated.find("as_of"), std::string::npos) << undated;

    const std::string unknown = load_error(head + R"({"id": "f1", "office": "gg-dp", "as_of": "2017"}]})");
    EXPECT_NE(unknown.find("gg-dp"), std::string::npos) << unknown;
    EXPECT_NE(unknown.find("office"), std::string::npos) << unknown;

    const std::string bad_date = load_error(head + R"({"id": "f1", "office": "gg-dpd", "as_of": "2017-13"}]})");
    EXPECT_NE(bad_date.find("2017-13"), std::string::npos) << bad_date;
}

TEST(OfficeJson, APortfolioRefusesAFactWithoutADateAndChangesNothing) {
    OfficeFixture f;
    pd::StaffingFact undated;
    undated.key = f.p.intern("undated");
    undated.office = f.office;
    undated.staff = 20;
    try {
        (void)f.p.add(undated);
        FAIL() << "added a staffing fact without as_of";
    } catch (const pd::InvalidValue& e) {
        EXPECT_STREQ(e.what(),
                     "staffing fact \"undated\" has no as_of date: figures of an office hold as of a day, month or "
                     "year");
    }
    EXPECT_EQ(f.p.records<pd::StaffingFact>().size(), 1U);
    pd::StaffingFact fact = f.p.at(f.fact_2017);
    fact.as_of.reset();
    EXPECT_THROW(f.p.replace(fact), pd::InvalidValue);
    EXPECT_EQ(f.p.at(f.fact_2017).as_of, pd::PartialDate::of_year(2017));
}

/// A fresh directory per test, removed afterwards.
class OfficeCsv : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device r;
        dir_ = fs::temp_directory_path() / ("pd-office-csv-" + std::to_string(r()) + std::to_string(r()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    static std::string read(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    fs::path write(const std::string& name, const std::string& content) {
        const auto path = dir_ / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    fs::path dir_;
};

TEST_F(OfficeCsv, ExportsEachOfficeTableAndImportsItBackEqual) {
    const pd::Portfolio p = full_office();
    const fs::path out = dir_ / "tables";
    pd::export_csv(p, out);
    EXPECT_EQ(read(out / "offices.csv"),
              "id,name_en,name_local,formed_on,dissolved_on,source,note,uncertain\r\n"
              "gg-dpd,Diplomatic Policy Department,외교정책과,2014-10,,,,\r\n");
    EXPECT_EQ(read(out / "office_staffing.csv"),
              "id,office,as_of,teams,staff,team_names,source,note,uncertain\r\n"
              "gg-dpd-2017,gg-dpd,2017,3,20,Diplomatic Policy Team; International Cooperation Team; ODA Team,"
              "Cultural Policy Bulletin Vol.3,three teams and 20 persons,\r\n");
    EXPECT_NE(read(out / "policy_goals.csv")
                  .find("goal-4,gg-dpd,4,To conduct projects of official development "
                        "assistance,경기도 공적개발원조 사업 추진,2017,2019"),
              std::string::npos)
        << read(out / "policy_goals.csv");
    EXPECT_NE(read(out / "programs.csv").find("task-4-1; task-1-1"), std::string::npos) << read(out / "programs.csv");
    EXPECT_EQ(pd::import_csv(pd::CsvSources::in_directory(out)), p);
}

TEST_F(OfficeCsv, AStaffingRowIsCheckedLikeAnyTable) {
    pd::CsvSources s;
    s.record_tables.emplace("offices.csv", write("offices.csv", "id,부서명,신설일\ngg-dpd,외교정책과,2014-10\n"));
    s.record_tables.emplace("office_staffing.csv", write("office_staffing.csv",
                                                         "id,office,기준일,팀수,인원\nf1,gg-dpd,2017,3,-20\n"
                                                         "f2,gg-dpd,,3,20\nf3,nowhere,2017,3,20\n"));
    pd::CsvImportOptions o;
    o.home = pd::SubdivisionCode("KR-41");
    try {
        (void)pd::import_csv(s, o);
        FAIL() << "imported bad staffing rows";
    } catch (const pd::FileError& e) {
        const std::string error = e.what();
        EXPECT_NE(error.find("3 problems"), std::string::npos) << error;
        EXPECT_NE(error.find("office_staffing.csv, row 2, column \"인원\""), std::string::npos) << error;
        EXPECT_NE(error.find("row 3"), std::string::npos) << error;
        EXPECT_NE(error.find("row 4"), std::string::npos) << error;
        EXPECT_NE(error.find("nowhere"), std::string::npos) << error;
    }

    s.record_tables["office_staffing.csv"] =
        write("office_staffing2.csv", "id,office,기준일,팀수,인원\nf1,gg-dpd,2017,3,20\n");
    const pd::Portfolio p = pd::import_csv(s, o);
    ASSERT_EQ(p.records<pd::StaffingFact>().size(), 1U);
    EXPECT_EQ(p.records<pd::StaffingFact>()[0].staff, 20U);
    EXPECT_EQ(p.text(p.records<pd::Office>()[0].name_local), "외교정책과");
}

}  // namespace
