// SPDX-License-Identifier: Apache-2.0
// Portfolio: construction, the add_* methods with keyword arguments in Python-friendly
// types (str keys, dates as PartialDate, datetime.date or text, enums or their names),
// and the record tables. Python holds a Portfolio by shared_ptr, so that the records
// and tables handed out keep it alive.

#include "bindings.hpp"
#include "described.hpp"
#include "organisation.hpp"
#include "portfolio_access.hpp"
#include "records.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace paradiplomacy::python {
namespace {

/// The home government, as a copy with its text resolved.
struct HomeInfo {
    SubdivisionCode code;
    std::string name_en;
    std::string name_local;
};

std::string record_label(const char* what, const std::string& key) { return std::string(what) + " \"" + key + "\""; }

/// Stores keyword I of add_* into `r` when its converter interns text (pass 2) or does not
/// (pass 1): references and integers are checked before any text is added to the portfolio.
template <class Record, std::size_t I, bool Interning, class Arg>
void store(const Given& given, Record& r, const Arg& arg) {
    using K = Keyword<Record, I>;
    if constexpr (K::partner_country)
        static_cast<void>(arg);  // set by partner_country() before the others
    else if constexpr (K::Conv::interns == Interning)
        K::Conv::set(given, K::name, K::flat.of(r), arg);
}

/// add_*(key, *, field=...): the record built from one keyword per described field
/// (described.hpp), then Portfolio::add.
template <class Record, std::size_t... I>
auto add_function(std::index_sequence<I...>) {
    static_assert(field_index<Record>("key") == 0, "the record id comes first, as the positional key");
    return [](Portfolio& p, const std::string& key, typename Keyword<Record, I + 1>::Arg... args) {
        const Changing changing(p);  // no reader without the GIL meanwhile (portfolio_access.hpp)
        const std::string label = record_label(RecordTraits<Record>::what, key);
        const Given given{p, key, label};
        Record r;
        if constexpr (std::is_same_v<Record, Partner>) {
            const auto given_args = std::forward_as_tuple(args...);
            r.country = partner_country(key, std::get<field_index<Partner>("country") - 1>(given_args),
                                        std::get<field_index<Partner>("region") - 1>(given_args));
        }
        (store<Record, I + 1, false>(given, r, args), ...);
        r.key = p.intern(key);
        (store<Record, I + 1, true>(given, r, args), ...);
        return p.add(std::move(r));
    };
}

/// Defines add_* on Portfolio: `key` positional, every other field keyword-only.
template <class Record>
void def_add(py::class_<Portfolio, PortfolioPtr>& cls, const std::string& doc) {
    [&]<std::size_t... I>(std::index_sequence<I...> fields) {
        cls.def(python_add_name<Record>().c_str(), add_function<Record>(fields), py::arg("key"), py::kw_only(),
                Keyword<Record, I + 1>::arg()..., doc.c_str());
    }
    (std::make_index_sequence<flat_count<Record> - 1>{});
}

/// What add_* says of itself: a kind's own words, or what every kind's add_* does.
template <class Record>
std::string add_doc() {
    if constexpr (std::is_same_v<Record, Partner>)
        return "Adds a partner; returns its PartnerId. The country defaults to the region's.\n"
               "Raises InvalidValueError for a malformed code or a key already used by another partner.";
    else if constexpr (std::is_same_v<Record, Agreement>)
        return "Adds an agreement with a partner (its key, PartnerId or record); returns its AgreementId.\n"
               "Raises NotFoundError when a referenced record is not in this portfolio.";
    else if constexpr (std::is_same_v<Record, ExchangeProgram>)
        return "Adds an exchange program held with `partners` (at least one); returns its ProgramId.";
    else
        return "Adds a record to portfolio." + std::string(Description<Record>::table.python_many) + "; returns its " +
               python_name<Record>("Id") + ".\nRaises InvalidValueError for a key already used by another.";
}

/// The described record kinds, in the order of RecordKinds (_describe()).
py::dict describe() {
    py::dict out;
    RecordKinds::for_each(
        [&]<class Record>(std::type_identity<Record>) { out[RecordTraits<Record>::name] = describe_record<Record>(); });
    return out;
}

template <class Record>
auto table_property() {
    return [](const PortfolioPtr& self) { return Table<Record>{self}; };
}

}  // namespace

void init_portfolio(py::module_& m) {
    py::class_<HomeInfo>(m, "HomeGovernment", "The government that keeps a portfolio (ISO 3166-2 code and names).")
        .def(py::init([](SubdivisionCode code, std::string name_en, std::string name_local) {
                 return HomeInfo{code, std::move(name_en), std::move(name_local)};
             }),
             py::arg("code"), py::arg("name_en") = "", py::arg("name_local") = "")
        .def_property_readonly("code", [](const HomeInfo& h) { return h.code; })
        .def_property_readonly("name_en", [](const HomeInfo& h) { return h.name_en; })
        .def_property_readonly("name_local", [](const HomeInfo& h) { return h.name_local; })
        .def(
            "__eq__",
            [](const HomeInfo& a, const HomeInfo& b) {
                return a.code == b.code && a.name_en == b.name_en && a.name_local == b.name_local;
            },
            py::is_operator())
        .def("__hash__", [](const HomeInfo& h) { return py::hash(py::make_tuple(h.code, h.name_en, h.name_local)); })
        .def("__repr__", [](const HomeInfo& h) {
            return "HomeGovernment(" + py_repr(h.code.view()) + ", name_en=" + py_repr(h.name_en) +
                   ", name_local=" + py_repr(h.name_local) + ")";
        });

    py::class_<Portfolio, PortfolioPtr> portfolio(
        m, "Portfolio",
        "The foreign relations of one home government: partners, agreements, exchange programs, ODA engagements\n"
        "and the municipalities whose ties it carries. Records are added with add_* and read through the\n"
        "tables portfolio.partners, .organisations, .agreements, .programs, .engagements, .municipalities.");
    portfolio
        .def(py::init([](SubdivisionCode home, const std::string& name_en, const std::string& name_local) {
                 return std::make_shared<Portfolio>(home, name_en, name_local);
             }),
             py::arg("home"), py::kw_only(), py::arg("name_en") = "", py::arg("name_local") = "",
             "A portfolio for the home government with ISO 3166-2 code `home` ('KR-41').")
        .def_property_readonly("home",
                               [](const Portfolio& p) {
                                   return HomeInfo{p.home().code, std::string(p.text(p.home().name_en)),
                                                   std::string(p.text(p.home().name_local))};
                               })
        .def(
            "copy", [](const Portfolio& p) { return std::make_shared<Portfolio>(p); }, "An independent copy.")
        .def("__copy__", [](const Portfolio& p) { return std::make_shared<Portfolio>(p); })
        .def(
            "__deepcopy__", [](const Portfolio& p, py::dict) { return std::make_shared<Portfolio>(p); },
            py::arg("memo"))
        .def(
            "__eq__", [](const Portfolio& a, const Portfolio& b) { return a == b; }, py::is_operator(),
            "Record-by-record equality, comparing text by content.")
        .def("__repr__", [](const Portfolio& p) {
            return "<Portfolio " + std::string(p.home().code.view()) + " " + py_repr(p.text(p.home().name_en)) + ": " +
                   std::to_string(p.partners().size()) + " partners, " + std::to_string(p.agreements().size()) +
                   " agreements, " + std::to_string(p.programs().size()) + " programs, " +
                   std::to_string(p.engagements().size()) + " ODA engagements>";
        });

    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        portfolio.def_property_readonly(Description<Record>::table.python_many.data(), table_property<Record>());
        def_add<Record>(portfolio, add_doc<Record>());
    });

    m.def("_describe", &describe,
          "The described fields of every record kind, for tools/generate_stubs.py: {class name: {'add': method,\n"
          "'fields': [(name, annotation, doc, required, keyword annotation, keyword default in stubs)]}}.\n"
          "Not API.");

    // Probes of the portfolio locks (portfolio_access.hpp) for tests/python/test_threads.py,
    // which must know that a thread is waiting rather than guess it from time. Not API.
    m.def(
        "_lock_state",
        [](const Portfolio& p) {
            const auto state = PortfolioLock::state_of(p).value_or(WriterPreferringMutex::State{});
            py::dict out;
            out["readers"] = state.readers;
            out["readers_waiting"] = state.readers_waiting;
            out["writers_waiting"] = state.writers_waiting;
            out["writing"] = state.writing;
            return out;
        },
        py::arg("portfolio"), "The state of the portfolio's lock (for tests of the locking).");
    m.def("_locks_in_use", &PortfolioLock::in_use,
          "How many portfolios' locks are held or waited for (for tests of the locking).");
    m.def(
        "_reading_while",
        [](const Portfolio& p, const py::function& wait) {
            const ReadingWithoutGil reading(p);
            const py::gil_scoped_acquire acquire;
            wait();
        },
        py::arg("portfolio"), py::arg("wait"),
        "Holds the portfolio's lock as a long reader does until wait() returns (for tests of the\n"
        "locking; wait() must not use the portfolio).");
}

}  // namespace paradiplomacy::python
