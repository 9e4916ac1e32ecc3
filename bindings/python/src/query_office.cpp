// SPDX-License-Identifier: Apache-2.0
// The office on a day (teams and staff from its dated facts) and the work serving its
// policy tasks.

#include "bindings.hpp"
#include "frames.hpp"
#include "portfolio_access.hpp"
#include "query_common.hpp"

#include <paradiplomacy/query/office_on.hpp>
#include <paradiplomacy/query/policy_work.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy::python {
namespace {

using namespace queries;

/// One office on one day, with its portfolio (Python: OfficeOnDay).
struct OfficeDayRow {
    PortfolioPtr owner;
    Day on;
    OfficeOnDay o;
};

/// One task and the work serving it (Python: TaskWork).
struct TaskRow {
    PortfolioPtr owner;
    TaskWork t;
};

/// One goal and its tasks (Python: GoalWork).
struct GoalRow {
    PortfolioPtr owner;
    GoalWork g;
};

template <class Record, class IdType>
std::vector<View<Record>> views(const PortfolioPtr& owner, const std::vector<IdType>& ids) {
    std::vector<View<Record>> out;
    out.reserve(ids.size());
    for (const IdType id : ids) out.push_back(make_view<Record>(owner, id));
    return out;
}

/// The keys of `ids` joined by ';'.
template <class IdType>
std::string joined_keys(const Portfolio& p, const std::vector<IdType>& ids) {
    std::string out;
    for (const IdType id : ids) {
        if (!out.empty()) out += ';';
        out += p.text(p.at(id).key);
    }
    return out;
}

py::object office_frame(const Rows<OfficeDayRow>& r) {
    const Portfolio& p = *r.owner;
    const std::vector<OfficeDayRow>& rows = r.rows;
    Columns c;
    c.strings("office", rows, [&](const OfficeDayRow& x) { return p.text(p.at(x.o.office).key); });
    c.days("on", rows, [](const OfficeDayRow& x) { return std::optional<Day>(x.on); });
    c.strings(
        "exists", rows, [](const OfficeDayRow& x) { return to_string(x.o.exists); }, true);
    c.bools("certain", rows, [](const OfficeDayRow& x) { return x.o.certain(); });
    c.strings("fact", rows, [&](const OfficeDayRow& x) -> std::optional<std::string_view> {
        if (!x.o.fact) return std::nullopt;
        return p.text(p.at(*x.o.fact).key);
    });
    c.partial_dates("as_of", rows, [&](const OfficeDayRow& x) -> std::optional<PartialDate> {
        if (!x.o.fact) return std::nullopt;
        return p.at(*x.o.fact).as_of;
    });
    c.optional_ints("teams", rows, [](const OfficeDayRow& x) { return x.o.teams; });
    c.optional_ints("staff", rows, [](const OfficeDayRow& x) { return x.o.staff; });
    c.strings("team_names", rows, [&](const OfficeDayRow& x) {
        std::string out;
        for (const TextId name : x.o.team_names) out += (out.empty() ? "" : ";") + std::string(p.text(name));
        return out;
    });
    c.strings("possible_facts", rows, [&](const OfficeDayRow& x) { return joined_keys(p, x.o.possible_facts); });
    return c.frame();
}

/// One row per task (a goal without tasks gets one row, task None).
py::object policy_work_frame(const Rows<GoalRow>& r) {
    struct Row {
        const PolicyGoal* goal;
        const PolicyTask* task;
        const TaskWork* work;
    };
    const Portfolio& p = *r.owner;
    std::vector<Row> rows;
    for (const GoalRow& g : r.rows) {
        const PolicyGoal& goal = p.at(g.g.goal);
        if (g.g.tasks.empty()) rows.push_back(Row{&goal, nullptr, nullptr});
        for (const TaskWork& t : g.g.tasks) rows.push_back(Row{&goal, &p.at(t.task), &t});
    }
    Columns c;
    c.strings("office", rows, [&](const Row& x) { return p.text(p.at(x.goal->office).key); });
    c.strings("goal", rows, [&](const Row& x) { return p.text(x.goal->key); });
    c.optional_ints("goal_number", rows, [](const Row& x) { return x.goal->number; });
    c.strings("goal_title", rows, [&](const Row& x) { return p.text(x.goal->title_en); });
    c.strings("task", rows, [&](const Row& x) -> std::optional<std::string_view> {
        if (!x.task) return std::nullopt;
        return p.text(x.task->key);
    });
    c.optional_ints("task_number", rows,
                    [](const Row& x) { return x.task ? x.task->number : std::optional<std::uint32_t>(); });
    c.strings("task_title", rows, [&](const Row& x) -> std::optional<std::string_view> {
        if (!x.task) return std::nullopt;
        return p.text(x.task->title_en);
    });
    c.ints("programs", rows, [](const Row& x) { return x.work ? x.work->programs.size() : 0; });
    c.ints("engagements", rows, [](const Row& x) { return x.work ? x.work->engagements.size() : 0; });
    return c.frame();
}

}  // namespace

void define_office_queries(py::module_& m) {
    py::class_<OfficeDayRow>(m, "OfficeOnDay",
                             "One office on one day: whether it existed, and its teams and staff from the latest\n"
                             "staffing fact certainly dated on or before the day.")
        .def_property_readonly("office", [](const OfficeDayRow& r) { return make_view<Office>(r.owner, r.o.office); })
        .def_property_readonly(
            "on", [](const OfficeDayRow& r) { return r.on; }, "The day asked about.")
        .def_property_readonly(
            "exists", [](const OfficeDayRow& r) { return r.o.exists; },
            "Formed on or before the day and not dissolved by it (Truth; UNKNOWN when a date cannot tell).")
        .def_property_readonly(
            "fact",
            [](const OfficeDayRow& r) -> std::optional<View<StaffingFact>> {
                if (!r.o.fact) return std::nullopt;
                return make_view<StaffingFact>(r.owner, *r.o.fact);
            },
            "The fact the figures come from, or None when no fact is certainly dated on or before the day.")
        .def_property_readonly(
            "teams", [](const OfficeDayRow& r) { return r.o.teams; }, "Number of teams, or None.")
        .def_property_readonly(
            "staff", [](const OfficeDayRow& r) { return r.o.staff; }, "Number of persons, or None.")
        .def_property_readonly(
            "team_names",
            [](const OfficeDayRow& r) {
                std::vector<std::string> out;
                for (const TextId name : r.o.team_names) out.emplace_back(r.owner->text(name));
                return out;
            },
            "The teams by name, as the fact lists them.")
        .def_property_readonly(
            "possible_facts", [](const OfficeDayRow& r) { return views<StaffingFact>(r.owner, r.o.possible_facts); },
            "Facts that may hold on the day instead, with other figures (dated too coarsely to tell).")
        .def_property_readonly(
            "certain", [](const OfficeDayRow& r) { return r.o.certain(); },
            "There is a fact and no other may hold instead.")
        .def("__repr__", [](const OfficeDayRow& r) {
            const Portfolio& p = *r.owner;
            const auto count = [](const std::optional<std::uint32_t>& n) {
                return n ? std::to_string(*n) : std::string("?");
            };
            return "<OfficeOnDay " + py_repr(p.text(p.at(r.o.office).key)) + " on " + iso(r.on) + ": " +
                   count(r.o.teams) + " teams, " + count(r.o.staff) + " staff" +
                   (r.o.certain() ? std::string() : std::string(" (uncertain)")) + ">";
        });
    bind_rows<OfficeDayRow>(m, "OfficesOnDay", "Every office on one day (Portfolio.office_on).")
        .def("to_frame", &office_frame,
             "The offices as a pandas.DataFrame: office, on, exists, certain, fact, as_of (+ as_of_precision),\n"
             "teams and staff (Int64), team_names and possible_facts (joined by ';'). Needs pandas.");

    py::class_<TaskRow>(m, "TaskWork", "A policy task and the programs and ODA engagements that serve it.")
        .def_property_readonly("task", [](const TaskRow& r) { return make_view<PolicyTask>(r.owner, r.t.task); })
        .def_property_readonly(
            "programs", [](const TaskRow& r) { return views<ExchangeProgram>(r.owner, r.t.programs); },
            "Programs naming the task in their policy_tasks, in ID order.")
        .def_property_readonly(
            "engagements", [](const TaskRow& r) { return views<OdaEngagement>(r.owner, r.t.engagements); },
            "ODA engagements naming the task in their policy_tasks, in ID order.")
        .def("__repr__", [](const TaskRow& r) {
            const Portfolio& p = *r.owner;
            return "<TaskWork " + py_repr(p.text(p.at(r.t.task).key)) + ": " + std::to_string(r.t.programs.size()) +
                   " programs, " + std::to_string(r.t.engagements.size()) + " engagements>";
        });
    py::class_<GoalRow>(m, "GoalWork", "A policy goal and its tasks, each with the work that serves it.")
        .def_property_readonly("goal", [](const GoalRow& r) { return make_view<PolicyGoal>(r.owner, r.g.goal); })
        .def_property_readonly(
            "tasks",
            [](const GoalRow& r) {
                std::vector<TaskRow> out;
                for (const TaskWork& t : r.g.tasks) out.push_back(TaskRow{r.owner, t});
                return out;
            },
            "The goal's tasks by number, unnumbered ones last.")
        .def("__repr__", [](const GoalRow& r) {
            const Portfolio& p = *r.owner;
            return "<GoalWork " + py_repr(p.text(p.at(r.g.goal).key)) + ": " + std::to_string(r.g.tasks.size()) +
                   " tasks>";
        });
    bind_rows<GoalRow>(m, "PolicyWork", "The office's policy goals and their tasks (Portfolio.policy_work).")
        .def("to_frame", &policy_work_frame,
             "One row per task as a pandas.DataFrame: office, goal, goal_number, goal_title, task,\n"
             "task_number, task_title, programs and engagements (how many serve the task). A goal\n"
             "without tasks has one row with task <NA>. Needs pandas.");

    portfolio_class(m)
        .def(
            "office_on",
            [](const PortfolioPtr& self, Day on, const std::optional<RecordRef<Office>>& office) {
                std::vector<OfficeOnDay> answer;
                const std::optional<OfficeId> id =
                    office ? std::optional<OfficeId>(resolve(*self, *office, "office")) : std::nullopt;
                {
                    const ReadingWithoutGil reading(*self);
                    if (id)
                        answer.push_back(paradiplomacy::office_on(*self, *id, on));
                    else
                        answer = paradiplomacy::office_on(*self, on);
                }
                Rows<OfficeDayRow> out{self, {}};
                for (OfficeOnDay& o : answer) out.rows.push_back(OfficeDayRow{self, on, std::move(o)});
                return out;
            },
            py::arg("on"), py::arg("office") = py::none(),
            "Every office (or the one given by key, OfficeId or record) on day `on`: whether it existed\n"
            "and its teams and staff from the latest staffing fact certainly dated on or before the\n"
            "day, with the facts that may hold instead. Raises NotFoundError for an unknown office.")
        .def(
            "policy_work",
            [](const PortfolioPtr& self, const std::optional<RecordRef<Office>>& office) {
                std::vector<GoalWork> answer;
                const std::optional<OfficeId> id =
                    office ? std::optional<OfficeId>(resolve(*self, *office, "office")) : std::nullopt;
                {
                    const ReadingWithoutGil reading(*self);
                    answer = paradiplomacy::policy_work(*self, id);
                }
                return Rows<GoalRow>{self, wrap<GoalRow>(self, std::move(answer))};
            },
            py::arg("office") = py::none(),
            "The policy goals of every office (or the one given) with their tasks, and for each task\n"
            "the programs and ODA engagements that name it in their policy_tasks. Goals and tasks by\n"
            "number, unnumbered ones last. Raises NotFoundError for an unknown office.");
}

}  // namespace paradiplomacy::python
