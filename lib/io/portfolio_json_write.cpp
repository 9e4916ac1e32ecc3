// SPDX-License-Identifier: Apache-2.0
// The writer of the portfolio format: canonical form, streamed through a buffer so that
// a large portfolio is never held twice in memory while it is saved.
#include "atomic_file.hpp"
#include "portfolio_json_members.hpp"
#include "region_vocabulary_names.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/portfolio_json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace paradiplomacy {
namespace {

using namespace detail::json;

/// Why a portfolio cannot be written; the public functions turn it into a FileError.
struct WriteError {
    std::string message;
};

/// Length of the valid UTF-8 sequence at the start of `s`, or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view s) noexcept {
    const auto b0 = static_cast<unsigned char>(s[0]);
    std::size_t n = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        cp = b0 & 0x1FU;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        cp = b0 & 0x0FU;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        cp = b0 & 0x07U;
        min = 0x10000;
    } else
        return 0;
    if (s.size() < n) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0U) != 0x80U) return 0;
        cp = (cp << 6U) | (b & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

class Writer {
public:
    using Flush = std::function<void(std::string_view)>;
    Writer(const Portfolio& portfolio, Flush flush) : p_(portfolio), flush_(std::move(flush)) {
        out_.reserve(buffer_size + 4096);
    }

    void write_document() {
        begin_object();
        member(root_members[root_m::schema].name);
        string(portfolio_schema_id);
        member(root_members[root_m::home].name);
        write_home();
        write_table(root_m::municipalities, p_.municipalities(), [this](const Municipality& m) { write(m); });
        write_table(root_m::partners, p_.partners(), [this](const Partner& x) { write(x); });
        write_table(root_m::agreements, p_.agreements(), [this](const Agreement& x) { write(x); });
        write_table(root_m::programs, p_.programs(), [this](const ExchangeProgram& x) { write(x); });
        write_table(root_m::oda, p_.engagements(), [this](const OdaEngagement& x) { write(x); });
        end_object();
        out_ += '\n';
        flush_(out_);
        out_.clear();
    }

private:
    static constexpr std::size_t buffer_size = std::size_t{1} << 20;

    // --- layout ---------------------------------------------------------------------
    void newline() {
        out_ += '\n';
        out_.append(2 * first_.size(), ' ');
    }
    void separate() {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
        newline();
    }
    void begin_object() {
        out_ += '{';
        first_.push_back(true);
    }
    void begin_array() {
        out_ += '[';
        first_.push_back(true);
    }
    void end_container(char close) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) newline();
        out_ += close;
        if (out_.size() >= buffer_size) {
            flush_(out_);
            out_.clear();
        }
    }
    void end_object() { end_container('}'); }
    void end_array() { end_container(']'); }
    void member(std::string_view name) {
        separate();
        string(name);
        out_ += ": ";
    }
    void element() { separate(); }

    // --- values ---------------------------------------------------------------------
    void string(std::string_view s) {
        out_ += '"';
        while (!s.empty()) {
            const auto c = static_cast<unsigned char>(s[0]);
            if (c >= 0x80) {
                const std::size_t n = utf8_sequence_length(s);
                if (n == 0) fail("is not valid UTF-8 text");
                out_.append(s.data(), n);
                s.remove_prefix(n);
                continue;
            }
            switch (c) {
                case '"': out_ += "\\\""; break;
                case '\\': out_ += "\\\\"; break;
                case '\b': out_ += "\\b"; break;
                case '\f': out_ += "\\f"; break;
                case '\n': out_ += "\\n"; break;
                case '\r': out_ += "\\r"; break;
                case '\t': out_ += "\\t"; break;
                default:
                    if (c < 0x20) {
                        char buffer[8];
                        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                        out_ += buffer;
                    } else {
                        out_ += static_cast<char>(c);
                    }
            }
            s.remove_prefix(1);
        }
        out_ += '"';
    }
    void boolean(bool b) { out_ += b ? "true" : "false"; }
    void unsigned_number(std::uint64_t v) { out_ += std::to_string(v); }
    /// The shortest text that reads back as the same double; integral values of
    /// ordinary size without an exponent ("900000000", not "9e+08").
    void number(double v) {
        if (!std::isfinite(v)) fail("is not a finite number");
        if (v == 0.0 && std::signbit(v)) {
            out_ += "-0.0";  // "-0" would read back as the integer 0
            return;
        }
        char buffer[64];
        const double magnitude = std::fabs(v);
        const bool plain = magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e15);
        const auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed)
                                  : std::to_chars(buffer, buffer + sizeof buffer, v);
        out_.append(buffer, result.ptr);
    }
    void date(const PartialDate& d) { string(d.to_string()); }

    // --- members, left out when they hold the default --------------------------------
    void text_member(std::string_view name, TextId id) {
        const std::string_view t = p_.text(id);
        if (t.empty()) return;
        field_ = name;
        member(name);
        string(t);
    }
    void flag_member(std::string_view name, bool value) {
        if (!value) return;
        member(name);
        boolean(true);
    }
    void date_member(std::string_view name, const std::optional<PartialDate>& d) {
        if (!d) return;
        member(name);
        date(*d);
    }
    void key_member(std::string_view name, std::string_view key) {
        member(name);
        field_ = name;
        string(key);
    }
    void provenance(std::span<const Member> members, std::size_t first, const Provenance& p) {
        text_member(members[first].name, p.source);
        text_member(members[first + 1].name, p.note);
        flag_member(members[first + 2].name, p.uncertain);
    }
    template <class Record>
    void id_member(const Record& r) {
        const std::string_view key = p_.text(r.key);
        field_ = "id";
        if (key.empty()) fail("is empty: every record needs an id");
        member("id");
        string(key);
    }
    template <class Table, class F>
    void write_table(std::uint8_t which, const Table& table, F&& write_one) {
        if (table.empty()) return;
        table_ = root_members[which].name;
        member(table_);
        begin_array();
        for (std::size_t i = 0; i < table.size(); ++i) {
            index_ = i;
            element();
            begin_object();
            write_one(table[i]);
            end_object();
        }
        end_array();
    }

    // References are written as the referenced record's id.
    template <class Tag>
    std::string_view key_of(Id<Tag> id, std::string_view what) {
        try {
            std::string_view key;
            if constexpr (std::is_same_v<Tag, PartnerTag>)
                key = p_.text(p_.partner(id).key);
            else if constexpr (std::is_same_v<Tag, AgreementTag>)
                key = p_.text(p_.agreement(id).key);
            else if constexpr (std::is_same_v<Tag, ProgramTag>)
                key = p_.text(p_.program(id).key);
            else
                key = p_.text(p_.municipality(id).key);
            if (key.empty())
                fail("refers to " + std::string(what) + " #" + std::to_string(id.index()) + ", which has no id");
            return key;
        } catch (const NotFound&) {
            fail("refers to " + std::string(what) + " #" + std::to_string(id.index()) +
                 ", which is not in the portfolio");
        }
    }

    [[noreturn]] void fail(const std::string& what) const {
        std::string where =
            table_.empty() ? std::string("home") : std::string(table_) + "[" + std::to_string(index_) + "]";
        if (!field_.empty()) where += "." + std::string(field_);
        throw WriteError{where + " " + what};
    }

    // --- records --------------------------------------------------------------------
    void write_home() {
        begin_object();
        member(home_members[home_m::code].name);
        string(p_.home().code.view());
        text_member(home_members[home_m::name_en].name, p_.home().name_en);
        text_member(home_members[home_m::name_local].name, p_.home().name_local);
        end_object();
    }

    void write(const Municipality& m) {
        id_member(m);
        text_member(municipality_members[municipality_m::name_en].name, m.name_en);
        text_member(municipality_members[municipality_m::name_local].name, m.name_local);
    }

    void write(const Partner& x) {
        const auto& n = partner_members;
        id_member(x);
        member(n[partner_m::level].name);
        string(to_string(x.level));
        member(n[partner_m::country].name);
        string(x.country.view());
        if (x.region) {
            member(n[partner_m::region].name);
            string(x.region->view());
        }
        text_member(n[partner_m::name_en].name, x.name_en);
        text_member(n[partner_m::name_local].name, x.name_local);
        text_member(n[partner_m::wikidata].name, x.wikidata);
        flag_member(n[partner_m::priority].name, x.priority);
        flag_member(n[partner_m::strategic_oda].name, x.strategic_oda);
        if (x.world_region != 0) {
            field_ = n[partner_m::world_region].name;
            if (x.world_region > max_world_region) fail("is not a UN M49 code (0-999)");
            member(field_);
            unsigned_number(x.world_region);
        }
        provenance(n, partner_m::source, x.provenance);
        field_ = {};
    }

    void write(const Agreement& x) {
        const auto& n = agreement_members;
        id_member(x);
        field_ = n[agreement_m::partner].name;
        key_member(field_, key_of(x.partner, "partner"));
        if (x.signatory) {
            field_ = n[agreement_m::signatory].name;
            key_member(field_, key_of(*x.signatory, "municipality"));
        }
        member(n[agreement_m::kind].name);
        string(to_string(x.kind));
        text_member(n[agreement_m::title].name, x.title);
        date_member(n[agreement_m::signed_on].name, x.signed_on);
        flag_member(n[agreement_m::proposed].name, x.proposed);
        if (x.validity) {
            member(n[agreement_m::validity].name);
            write(*x.validity);
        }
        date_member(n[agreement_m::suspended_on].name, x.suspended_on);
        date_member(n[agreement_m::resumed_on].name, x.resumed_on);
        date_member(n[agreement_m::terminated_on].name, x.terminated_on);
        if (x.supersedes) {
            field_ = n[agreement_m::supersedes].name;
            key_member(field_, key_of(*x.supersedes, "agreement"));
        }
        if (x.council_approval != CouncilApproval::unknown) {
            member(n[agreement_m::council_approval].name);
            string(to_string(x.council_approval));
        }
        date_member(n[agreement_m::council_approved_on].name, x.council_approved_on);
        if (!x.fields.empty()) {
            field_ = n[agreement_m::fields].name;
            member(field_);
            begin_array();
            for (const TextId t : x.fields) {
                element();
                string(p_.text(t));
            }
            end_array();
        }
        provenance(n, agreement_m::source, x.provenance);
        field_ = {};
    }

    void write(const Period& period) {
        begin_object();
        member(period_members[period_m::start].name);
        date(period.start());
        date_member(period_members[period_m::end].name, period.end());
        end_object();
    }

    void write(const ExchangeProgram& x) {
        const auto& n = program_members;
        id_member(x);
        text_member(n[program_m::title].name, x.title);
        member(n[program_m::kind].name);
        string(to_string(x.kind));
        member(n[program_m::direction].name);
        string(to_string(x.direction));
        if (x.organiser) {
            field_ = n[program_m::organiser].name;
            key_member(field_, key_of(*x.organiser, "municipality"));
        }
        date_member(n[program_m::start].name, x.start);  // omitted when undated
        date_member(n[program_m::end].name, x.end);
        if (x.headcount) {
            member(n[program_m::headcount].name);
            unsigned_number(*x.headcount);
        }
        field_ = n[program_m::partners].name;
        if (x.partners.empty()) fail("is empty: a program needs at least one partner");
        member(field_);
        begin_array();
        for (const PartnerId id : x.partners) {
            const std::string_view key = key_of(id, "partner");
            element();
            string(key);
        }
        end_array();
        if (x.agreement) {
            field_ = n[program_m::agreement].name;
            key_member(field_, key_of(*x.agreement, "agreement"));
        }
        provenance(n, program_m::source, x.provenance);
        field_ = {};
    }

    template <class Share>
    void shares(std::string_view name, const std::vector<Share>& list) {
        if (list.empty()) return;
        field_ = name;
        member(name);
        begin_array();
        for (const Share& s : list) {
            element();
            begin_object();
            member(share_members[share_m::code].name);
            if constexpr (std::is_same_v<Share, RegionShare>)
                string(s.region.view());
            else if constexpr (std::is_same_v<Share, CountryShare>)
                string(s.country.view());
            else
                string(s.purpose.view());
            member(share_members[share_m::percentage].name);
            if (!(s.percentage >= 0.0 && s.percentage <= 100.0)) fail("has a percentage outside 0-100");
            number(s.percentage);
            end_object();
        }
        end_array();
    }

    /// The members an organisation and a participant share; `field_` names the engagement member.
    void organisation(const OrganisationRef& o) {
        for (const auto& [which, id] :
             {std::pair{organisation_m::ref, o.ref}, std::pair{organisation_m::name, o.name}}) {
            const std::string_view t = p_.text(id);
            if (t.empty()) continue;
            member(organisation_members[which].name);
            string(t);
        }
        if (o.type != 0) {
            if (o.type > max_organisation_type) fail("has an organisation type outside 0-99");
            member(organisation_members[organisation_m::type].name);
            unsigned_number(o.type);
        }
    }

    void write(const OdaEngagement& x) {
        const auto& n = engagement_members;
        id_member(x);
        text_member(n[engagement_m::iati_identifier].name, x.iati_identifier);
        text_member(n[engagement_m::title].name, x.title);
        member(n[engagement_m::recipient].name);
        string(x.recipient.view());
        if (x.recipient_partner) {
            field_ = n[engagement_m::recipient_partner].name;
            key_member(field_, key_of(*x.recipient_partner, "partner"));
        }
        shares(n[engagement_m::recipient_countries].name, x.recipient_countries);
        if (!x.recipient_regions.empty()) {
            field_ = n[engagement_m::recipient_regions].name;
            member(field_);
            begin_array();
            for (const SupranationalShare& r : x.recipient_regions) {
                element();
                begin_object();
                if (r.code > max_supranational_code) fail("has a region code outside 0-999");
                member(supranational_members[supranational_m::code].name);
                unsigned_number(r.code);
                if (r.vocabulary != RegionVocabulary::oecd_dac) {
                    member(supranational_members[supranational_m::vocabulary].name);
                    string(detail::region_vocabulary_name(r.vocabulary));
                }
                member(supranational_members[supranational_m::percentage].name);
                if (!(r.percentage >= 0.0 && r.percentage <= 100.0)) fail("has a percentage outside 0-100");
                number(r.percentage);
                end_object();
            }
            end_array();
        }
        shares(n[engagement_m::regions].name, x.regions);
        shares(n[engagement_m::sectors].name, x.sectors);
        if (!x.other_sectors.empty()) {
            field_ = n[engagement_m::other_sectors].name;
            member(field_);
            begin_array();
            for (const OtherSector& s : x.other_sectors) {
                if (p_.text(s.vocabulary).empty() || p_.text(s.code).empty())
                    fail("has a sector of another vocabulary without its vocabulary or code");
                element();
                begin_object();
                member(other_sector_members[other_sector_m::vocabulary].name);
                string(p_.text(s.vocabulary));
                member(other_sector_members[other_sector_m::code].name);
                string(p_.text(s.code));
                if (s.percentage) {
                    member(other_sector_members[other_sector_m::percentage].name);
                    if (!(*s.percentage >= 0.0 && *s.percentage <= 100.0)) fail("has a percentage outside 0-100");
                    number(*s.percentage);
                }
                end_object();
            }
            end_array();
        }
        flag_member(n[engagement_m::transaction_sectors].name, x.transaction_sectors);
        if (!x.budgets.empty()) {
            field_ = n[engagement_m::budgets].name;
            member(field_);
            begin_array();
            for (const Budget& b : x.budgets) {
                element();
                begin_object();
                member(budget_members[budget_m::start].name);
                date(b.period.start());
                date_member(budget_members[budget_m::end].name, b.period.end());
                member(budget_members[budget_m::amount].name);
                number(b.value.amount());
                member(budget_members[budget_m::currency].name);
                string(b.value.currency().view());
                date_member(budget_members[budget_m::value_date].name, b.value_date);
                if (b.type != BudgetType::original) {
                    member(budget_members[budget_m::type].name);
                    string(to_string(b.type));
                }
                if (b.status != BudgetStatus::indicative) {
                    member(budget_members[budget_m::status].name);
                    string(to_string(b.status));
                }
                end_object();
            }
            end_array();
        }
        if (!x.transactions.empty()) {
            field_ = n[engagement_m::transactions].name;
            member(field_);
            begin_array();
            for (const TransactionTotal& t : x.transactions) {
                if (t.year < PartialDate::min_year || t.year > PartialDate::max_year)
                    fail("has a year outside " + std::to_string(PartialDate::min_year) + "-" +
                         std::to_string(PartialDate::max_year));
                element();
                begin_object();
                member(transaction_members[transaction_m::year].name);
                unsigned_number(static_cast<std::uint64_t>(t.year));
                member(transaction_members[transaction_m::type].name);
                string(to_string(t.type));
                member(transaction_members[transaction_m::amount].name);
                number(t.amount.amount());
                member(transaction_members[transaction_m::currency].name);
                string(t.amount.currency().view());
                if (t.count != 0) {
                    member(transaction_members[transaction_m::count].name);
                    unsigned_number(t.count);
                }
                end_object();
            }
            end_array();
        }
        if (x.default_currency) {
            member(n[engagement_m::default_currency].name);
            string(x.default_currency->view());
        }
        date_member(n[engagement_m::planned_start].name, x.planned_start);
        date_member(n[engagement_m::actual_start].name, x.actual_start);
        date_member(n[engagement_m::planned_end].name, x.planned_end);
        date_member(n[engagement_m::actual_end].name, x.actual_end);
        member(n[engagement_m::status].name);
        string(to_string(x.status));
        if (x.reporting_org) {
            field_ = n[engagement_m::reporting_org].name;
            member(field_);
            begin_object();
            organisation(*x.reporting_org);
            end_object();
        }
        if (!x.participants.empty()) {
            field_ = n[engagement_m::participants].name;
            member(field_);
            begin_array();
            for (const Participant& pt : x.participants) {
                element();
                begin_object();
                organisation(pt.organisation);
                member(participant_members[organisation_m::role].name);
                string(to_string(pt.role));
                const std::string_view activity = p_.text(pt.activity_id);
                if (!activity.empty()) {
                    member(participant_members[organisation_m::activity_id].name);
                    string(activity);
                }
                end_object();
            }
            end_array();
        }
        if (!x.other_identifiers.empty()) {
            field_ = n[engagement_m::other_identifiers].name;
            member(field_);
            begin_array();
            for (const OtherIdentifier& o : x.other_identifiers) {
                if (p_.text(o.ref).empty()) fail("has an other identifier without its identifier");
                element();
                begin_object();
                member(other_identifier_members[other_identifier_m::ref].name);
                string(p_.text(o.ref));
                member(other_identifier_members[other_identifier_m::type].name);
                string(to_string(o.type));
                end_object();
            }
            end_array();
        }
        if (!x.implementers.empty()) {
            field_ = n[engagement_m::implementers].name;
            member(field_);
            begin_array();
            for (const TextId t : x.implementers) {
                element();
                string(p_.text(t));
            }
            end_array();
        }
        if (!x.programs.empty()) {
            field_ = n[engagement_m::programs].name;
            member(field_);
            begin_array();
            for (const ProgramId id : x.programs) {
                const std::string_view key = key_of(id, "program");
                element();
                string(key);
            }
            end_array();
        }
        flag_member(n[engagement_m::brand_project].name, x.brand_project);
        provenance(n, engagement_m::source, x.provenance);
        field_ = {};
    }

    const Portfolio& p_;
    Flush flush_;
    std::string out_;
    std::vector<bool> first_;  // per open container: nothing written in it yet
    std::string_view table_;   // for messages: where the writer is
    std::size_t index_ = 0;
    std::string_view field_;
};

}  // namespace

std::string to_portfolio_json(const Portfolio& portfolio) {
    std::string result;
    try {
        Writer(portfolio, [&](std::string_view chunk) { result.append(chunk); }).write_document();
    } catch (const WriteError& e) {
        throw FileError("cannot write the portfolio: " + e.message);
    }
    return result;
}

void save_portfolio(const Portfolio& portfolio, const std::filesystem::path& path) {
    AtomicFileWriter file(path);
    try {
        Writer(portfolio, [&](std::string_view chunk) { file.write(chunk); }).write_document();
    } catch (const WriteError& e) {
        throw FileError("cannot write \"" + path.string() + "\": " + e.message +
                        " (the previous file, if any, is unchanged)");
    }
    file.commit();
}

}  // namespace paradiplomacy
