// SPDX-License-Identifier: Apache-2.0
// Portfolio: construction, the add_* methods with keyword arguments in Python-friendly
// types (str keys, dates as PartialDate, datetime.date or text, enums or their names),
// and the record tables. Python holds a Portfolio by shared_ptr, so that the records
// and tables handed out keep it alive.

#include "bindings.hpp"
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

std::string quoted(std::string_view text) { return py::repr(py::str(std::string(text))).cast<std::string>(); }

std::optional<PartialDate> date_of(const std::optional<DateArg>& arg) {
    return arg ? std::optional<PartialDate>(arg->value) : std::nullopt;
}

std::string record_label(const char* what, const std::string& key) { return std::string(what) + " \"" + key + "\""; }

Provenance provenance(Portfolio& p, const std::string& source, const std::string& note, bool uncertain) {
    return Provenance{p.intern(source), p.intern(note), uncertain};
}

MunicipalityId add_municipality(Portfolio& p, const std::string& key, const std::string& name_en,
                                const std::string& name_local) {
    const Changing changing(p);  // no reader without the GIL meanwhile (portfolio_access.hpp)
    Municipality m;
    m.key = p.intern(key);
    m.name_en = p.intern(name_en);
    m.name_local = p.intern(name_local);
    return p.add(std::move(m));
}

PartnerId add_partner(Portfolio& p, const std::string& key, EnumArg<PartnerLevel> level,
                      std::optional<CountryCode> country, std::optional<SubdivisionCode> region,
                      const std::string& name_en, const std::string& name_local, const std::string& wikidata,
                      bool priority, bool strategic_oda, std::optional<IntArg> world_region, const std::string& source,
                      const std::string& note, bool uncertain) {
    const Changing changing(p);  // no reader without the GIL meanwhile (portfolio_access.hpp)
    if (!country && !region) throw InvalidValue(record_label("partner", key) + ": give a country or a region");
    Partner r;
    r.key = p.intern(key);
    r.level = level.value;
    r.country = country ? *country : region->country();
    r.region = region;
    r.name_en = p.intern(name_en);
    r.name_local = p.intern(name_local);
    r.wikidata = p.intern(wikidata);
    r.priority = priority;
    r.strategic_oda = strategic_oda;
    r.world_region = world_region ? world_region->in<std::uint16_t>("world_region") : 0;
    r.provenance = provenance(p, source, note, uncertain);
    return p.add(std::move(r));
}

AgreementId add_agreement(Portfolio& p, const std::string& key, const RecordRef<Partner>& partner,
                          EnumArg<AgreementKind> kind, std::optional<DateArg> signed_on, bool proposed,
                          const std::string& title, std::optional<RecordRef<Municipality>> signatory,
                          std::optional<Period> validity, std::optional<DateArg> suspended_on,
                          std::optional<DateArg> resumed_on, std::optional<DateArg> terminated_on,
                          std::optional<RecordRef<Agreement>> supersedes, EnumArg<CouncilApproval> council_approval,
                          std::optional<DateArg> council_approved_on, const std::vector<std::string>& fields,
                          const std::string& source, const std::string& note, bool uncertain) {
    const Changing changing(p);  // no reader without the GIL meanwhile (portfolio_access.hpp)
    const std::string label = record_label("agreement", key);
    Agreement r;
    r.partner = resolve(p, partner, label + ": partner");
    if (signatory) r.signatory = resolve(p, *signatory, label + ": signatory");
    if (supersedes) r.supersedes = resolve(p, *supersedes, label + ": supersedes");
    r.key = p.intern(key);
    r.kind = kind.value;
    r.title = p.intern(title);
    r.signed_on = date_of(signed_on);
    r.proposed = proposed;
    r.validity = std::move(validity);
    r.suspended_on = date_of(suspended_on);
    r.resumed_on = date_of(resumed_on);
    r.terminated_on = date_of(terminated_on);
    r.council_approval = council_approval.value;
    r.council_approved_on = date_of(council_approved_on);
    for (const std::string& f : fields) r.fields.push_back(p.intern(f));
    r.provenance = provenance(p, source, note, uncertain);
    return p.add(std::move(r));
}

ProgramId add_program(Portfolio& p, const std::string& key, EnumArg<ProgramKind> kind, std::optional<DateArg> start,
                      std::optional<DateArg> end, const std::string& title, EnumArg<Direction> direction,
                      const std::vector<RecordRef<Partner>>& partners, std::optional<IntArg> headcount,
                      std::optional<RecordRef<Municipality>> organiser, std::optional<RecordRef<Agreement>> agreement,
                      const std::string& source, const std::string& note, bool uncertain) {
    const Changing changing(p);  // no reader without the GIL meanwhile (portfolio_access.hpp)
    const std::string label = record_label("program", key);
    ExchangeProgram r;
    for (const auto& partner : partners) r.partners.push_back(resolve(p, partner, label + ": partner"));
    if (organiser) r.organiser = resolve(p, *organiser, label + ": organiser");
    if (agreement) r.agreement = resolve(p, *agreement, label + ": agreement");
    r.key = p.intern(key);
    r.kind = kind.value;
    if (start) r.start = start->value;  // no start: an undated program
    r.end = date_of(end);
    r.title = p.intern(title);
    r.direction = direction.value;
    if (headcount) r.headcount = headcount->in<std::uint32_t>("headcount");
    r.provenance = provenance(p, source, note, uncertain);
    return p.add(std::move(r));
}

EngagementId add_engagement(
    Portfolio& p, const std::string& key, CountryCode recipient, const std::string& title, EnumArg<OdaStatus> status,
    const std::string& iati_identifier, std::optional<RecordRef<Partner>> recipient_partner,
    std::vector<RegionShare> regions, std::vector<SectorShare> sectors, std::vector<Budget> budgets,
    std::optional<DateArg> planned_start, std::optional<DateArg> actual_start, std::optional<DateArg> planned_end,
    std::optional<DateArg> actual_end, const std::vector<std::string>& implementers,
    const std::vector<RecordRef<ExchangeProgram>>& programs, bool brand_project, const std::string& source,
    const std::string& note, bool uncertain, std::vector<CountryShare> recipient_countries,
    std::vector<SupranationalShare> recipient_regions, std::vector<TransactionTotal> transactions,
    std::optional<CurrencyCode> default_currency, const std::optional<OrganisationValue>& reporting_org,
    const std::vector<ParticipantValue>& participants,
    const std::vector<std::tuple<std::string, std::string, std::optional<double>>>& other_sectors,
    bool transaction_sectors, const std::vector<std::tuple<std::string, OtherIdentifierType>>& other_identifiers) {
    const Changing changing(p);  // no reader without the GIL meanwhile (portfolio_access.hpp)
    const std::string label = record_label("ODA engagement", key);
    OdaEngagement r;
    if (recipient_partner) r.recipient_partner = resolve(p, *recipient_partner, label + ": recipient_partner");
    for (const auto& program : programs) r.programs.push_back(resolve(p, program, label + ": program"));
    r.key = p.intern(key);
    r.recipient = recipient;
    r.title = p.intern(title);
    r.status = status.value;
    r.iati_identifier = p.intern(iati_identifier);
    r.regions = std::move(regions);
    r.sectors = std::move(sectors);
    r.budgets = std::move(budgets);
    r.planned_start = date_of(planned_start);
    r.actual_start = date_of(actual_start);
    r.planned_end = date_of(planned_end);
    r.actual_end = date_of(actual_end);
    for (const std::string& i : implementers) r.implementers.push_back(p.intern(i));
    r.brand_project = brand_project;
    r.provenance = provenance(p, source, note, uncertain);
    r.recipient_countries = std::move(recipient_countries);
    r.recipient_regions = std::move(recipient_regions);
    r.transactions = std::move(transactions);
    r.default_currency = default_currency;
    if (reporting_org) r.reporting_org = intern_in(p, *reporting_org);
    for (const auto& x : participants) r.participants.push_back(intern_in(p, x));
    for (const auto& [vocabulary, code, percentage] : other_sectors) {
        if (vocabulary.empty() || code.empty())
            throw InvalidValue(label + ": a sector of another vocabulary needs its vocabulary and its code");
        if (percentage && !(*percentage >= 0.0 && *percentage <= 100.0))
            throw InvalidValue(label + ": sector " + code + " has a percentage outside 0-100");
        r.other_sectors.push_back(OtherSector{p.intern(vocabulary), p.intern(code), percentage});
    }
    r.transaction_sectors = transaction_sectors;
    for (const auto& [ref, type] : other_identifiers) {
        if (ref.empty()) throw InvalidValue(label + ": an other identifier is empty");
        r.other_identifiers.push_back(OtherIdentifier{p.intern(ref), type});
    }
    return p.add(std::move(r));
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
            return "HomeGovernment(" + quoted(h.code.view()) + ", name_en=" + quoted(h.name_en) +
                   ", name_local=" + quoted(h.name_local) + ")";
        });

    py::class_<Portfolio, PortfolioPtr>(
        m, "Portfolio",
        "The foreign relations of one home government: partners, agreements, exchange programs, ODA engagements\n"
        "and the municipalities whose ties it carries. Records are added with add_* and read through the\n"
        "tables portfolio.partners, .agreements, .programs, .engagements, .municipalities.")
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
        .def_property_readonly("municipalities", table_property<Municipality>())
        .def_property_readonly("partners", table_property<Partner>())
        .def_property_readonly("agreements", table_property<Agreement>())
        .def_property_readonly("programs", table_property<ExchangeProgram>())
        .def_property_readonly("engagements", table_property<OdaEngagement>())
        .def("add_municipality", &add_municipality, py::arg("key"), py::kw_only(), py::arg("name_en") = "",
             py::arg("name_local") = "", "Adds a municipality; returns its MunicipalityId.")
        .def("add_partner", &add_partner, py::arg("key"), py::kw_only(), py::arg("level"),
             py::arg("country") = py::none(), py::arg("region") = py::none(), py::arg("name_en") = "",
             py::arg("name_local") = "", py::arg("wikidata") = "", py::arg("priority") = false,
             py::arg("strategic_oda") = false, py::arg("world_region") = py::none(), py::arg("source") = "",
             py::arg("note") = "", py::arg("uncertain") = false,
             "Adds a partner; returns its PartnerId. The country defaults to the region's.\n"
             "Raises InvalidValueError for a malformed code or a key already used by another partner.")
        .def("add_agreement", &add_agreement, py::arg("key"), py::kw_only(), py::arg("partner"), py::arg("kind"),
             py::arg("signed_on") = py::none(), py::arg("proposed") = false, py::arg("title") = "",
             py::arg("signatory") = py::none(), py::arg("validity") = py::none(), py::arg("suspended_on") = py::none(),
             py::arg("resumed_on") = py::none(), py::arg("terminated_on") = py::none(),
             py::arg("supersedes") = py::none(), py::arg("council_approval") = CouncilApproval::unknown,
             py::arg("council_approved_on") = py::none(), py::arg("fields") = std::vector<std::string>{},
             py::arg("source") = "", py::arg("note") = "", py::arg("uncertain") = false,
             "Adds an agreement with a partner (its key, PartnerId or record); returns its AgreementId.\n"
             "Raises NotFoundError when a referenced record is not in this portfolio.")
        .def("add_program", &add_program, py::arg("key"), py::kw_only(), py::arg("kind"), py::arg("start") = py::none(),
             py::arg("end") = py::none(), py::arg("title") = "", py::arg("direction") = Direction::both,
             py::arg("partners"), py::arg("headcount") = py::none(), py::arg("organiser") = py::none(),
             py::arg("agreement") = py::none(), py::arg("source") = "", py::arg("note") = "",
             py::arg("uncertain") = false,
             "Adds an exchange program held with `partners` (at least one); returns its ProgramId.")
        .def("add_engagement", &add_engagement, py::arg("key"), py::kw_only(), py::arg("recipient"),
             py::arg("title") = "", py::arg("status") = OdaStatus::pipeline, py::arg("iati_identifier") = "",
             py::arg("recipient_partner") = py::none(), py::arg("regions") = std::vector<RegionShare>{},
             py::arg("sectors") = std::vector<SectorShare>{}, py::arg("budgets") = std::vector<Budget>{},
             py::arg("planned_start") = py::none(), py::arg("actual_start") = py::none(),
             py::arg("planned_end") = py::none(), py::arg("actual_end") = py::none(),
             py::arg("implementers") = std::vector<std::string>{}, py::arg("programs") = std::vector<std::string>{},
             py::arg("brand_project") = false, py::arg("source") = "", py::arg("note") = "",
             py::arg("uncertain") = false, py::arg("recipient_countries") = std::vector<CountryShare>{},
             py::arg("recipient_regions") = std::vector<SupranationalShare>{},
             py::arg("transactions") = std::vector<TransactionTotal>{}, py::arg("default_currency") = py::none(),
             py::arg("reporting_org") = py::none(), py::arg("participants") = std::vector<ParticipantValue>{},
             py::arg("other_sectors") = std::vector<std::tuple<std::string, std::string, std::optional<double>>>{},
             py::arg("transaction_sectors") = false,
             py::arg("other_identifiers") = std::vector<std::tuple<std::string, OtherIdentifierType>>{},
             "Adds an ODA engagement; returns its EngagementId.")
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
            return "<Portfolio " + std::string(p.home().code.view()) + " " + quoted(p.text(p.home().name_en)) + ": " +
                   std::to_string(p.partners().size()) + " partners, " + std::to_string(p.agreements().size()) +
                   " agreements, " + std::to_string(p.programs().size()) + " programs, " +
                   std::to_string(p.engagements().size()) + " ODA engagements>";
        });

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
