// SPDX-License-Identifier: Apache-2.0
#include "atomic_file.hpp"
#include "csv_reader.hpp"
#include "csv_schema.hpp"
#include "region_vocabulary_names.hpp"

#include <paradiplomacy/io/csv_tables.hpp>

#include <charconv>
#include <string>
#include <vector>

namespace paradiplomacy {
namespace {

/// Builds one table's text: header first, then rows; cells are quoted as needed.
class Writer {
public:
    Writer(const detail::CsvTableSpec& spec, bool bom) {
        if (bom) out_ = "\xEF\xBB\xBF";
        for (const auto& c : spec.columns)
            if (c.exported) cell(c.name);
        end_row();
    }
    Writer& cell(std::string_view text) {
        if (!first_) out_ += ',';
        first_ = false;
        detail::append_csv_cell(out_, text);
        return *this;
    }
    Writer& cell(const std::optional<PartialDate>& d) { return cell(d ? d->to_string() : std::string()); }
    Writer& cell(bool flag) { return cell(flag ? std::string_view("true") : std::string_view()); }
    Writer& number(double v) {
        char buffer[32];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
        return cell(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
    }
    Writer& number(std::uint64_t v) { return cell(std::to_string(v)); }
    /// An in-cell list, items joined by "; ". The model refuses an item that holds the
    /// separator or spaces at its ends (record_key_problem), so every list reads back.
    Writer& list(const std::vector<std::string_view>& items) {
        std::string joined;
        for (const auto item : items) {
            if (!joined.empty()) joined += "; ";
            joined += item;
        }
        return cell(joined);
    }
    void end_row() {
        out_ += "\r\n";
        first_ = true;
    }
    [[nodiscard]] const std::string& text() const noexcept { return out_; }

private:
    std::string out_;
    bool first_ = true;
};

}  // namespace

void export_csv(const Portfolio& p, const std::filesystem::path& directory, const CsvExportOptions& options) {
    const auto t = [&p](TextId id) { return p.text(id); };
    const bool bom = options.excel_bom;
    std::vector<DirectoryEntry> files;

    {
        Writer w(detail::home_table, bom);
        w.cell(p.home().code.view()).cell(t(p.home().name_en)).cell(t(p.home().name_local)).end_row();
        files.push_back(DirectoryEntry{std::string(detail::home_table.file), w.text()});
    }
    {
        Writer w(detail::municipality_table, bom);
        for (const auto& m : p.municipalities()) {
            w.cell(t(m.key)).cell(t(m.name_en)).cell(t(m.name_local)).end_row();
        }
        files.push_back(DirectoryEntry{std::string(detail::municipality_table.file), w.text()});
    }
    {
        Writer w(detail::partner_table, bom);
        for (const auto& r : p.partners()) {
            w.cell(t(r.key)).cell(to_string(r.level)).cell(r.country.view());
            w.cell(r.region ? r.region->view() : std::string_view());
            w.cell(t(r.name_en)).cell(t(r.name_local)).cell(t(r.wikidata)).cell(r.priority).cell(r.strategic_oda);
            w.cell(r.world_region != 0 ? std::to_string(r.world_region) : std::string());
            w.cell(t(r.provenance.source)).cell(t(r.provenance.note)).cell(r.provenance.uncertain).end_row();
        }
        files.push_back(DirectoryEntry{std::string(detail::partner_table.file), w.text()});
    }
    {
        Writer w(detail::agreement_table, bom);
        for (const auto& a : p.agreements()) {
            w.cell(t(a.key)).cell(t(p.partner(a.partner).key));
            w.cell(a.signatory ? t(p.municipality(*a.signatory).key) : std::string_view());
            w.cell(to_string(a.kind)).cell(t(a.title)).cell(a.signed_on).cell(a.proposed);
            w.cell(a.validity ? std::optional(a.validity->start()) : std::nullopt);
            w.cell(a.validity ? a.validity->end() : std::nullopt);
            w.cell(a.suspended_on).cell(a.resumed_on).cell(a.terminated_on);
            w.cell(a.supersedes ? t(p.agreement(*a.supersedes).key) : std::string_view());
            w.cell(a.council_approval == CouncilApproval::unknown ? std::string_view() : to_string(a.council_approval));
            w.cell(a.council_approved_on);
            std::vector<std::string_view> fields;
            for (const TextId f : a.fields) fields.push_back(t(f));
            w.list(fields);
            w.cell(t(a.provenance.source)).cell(t(a.provenance.note)).cell(a.provenance.uncertain).end_row();
        }
        files.push_back(DirectoryEntry{std::string(detail::agreement_table.file), w.text()});
    }
    {
        Writer w(detail::program_table, bom);
        for (const auto& g : p.programs()) {
            w.cell(t(g.key)).cell(t(g.title)).cell(to_string(g.kind)).cell(to_string(g.direction));
            w.cell(g.organiser ? t(p.municipality(*g.organiser).key) : std::string_view());
            w.cell(g.start).cell(g.end);  // an undated program leaves start empty
            w.cell(g.headcount ? std::to_string(*g.headcount) : std::string());
            std::vector<std::string_view> partners;
            for (const PartnerId id : g.partners) partners.push_back(t(p.partner(id).key));
            w.list(partners);
            w.cell(g.agreement ? t(p.agreement(*g.agreement).key) : std::string_view());
            w.cell(t(g.provenance.source)).cell(t(g.provenance.note)).cell(g.provenance.uncertain).end_row();
        }
        files.push_back(DirectoryEntry{std::string(detail::program_table.file), w.text()});
    }
    {
        Writer w(detail::oda_table, bom);
        Writer regions(detail::oda_region_table, bom);
        Writer sectors(detail::oda_sector_table, bom);
        Writer budgets(detail::oda_budget_table, bom);
        Writer countries(detail::oda_country_table, bom);
        Writer recipient_regions(detail::oda_recipient_region_table, bom);
        Writer transactions(detail::oda_transaction_table, bom);
        Writer participants(detail::oda_participant_table, bom);
        for (const auto& e : p.engagements()) {
            const std::string_view key = t(e.key);
            w.cell(key).cell(t(e.iati_identifier)).cell(t(e.title)).cell(e.recipient.view());
            w.cell(e.recipient_partner ? t(p.partner(*e.recipient_partner).key) : std::string_view());
            w.cell(e.planned_start).cell(e.actual_start).cell(e.planned_end).cell(e.actual_end);
            w.cell(to_string(e.status));
            std::vector<std::string_view> implementers;
            for (const TextId i : e.implementers) implementers.push_back(t(i));
            w.list(implementers);
            std::vector<std::string_view> programs;
            for (const ProgramId id : e.programs) programs.push_back(t(p.program(id).key));
            w.list(programs);
            w.cell(e.brand_project);
            w.cell(t(e.provenance.source)).cell(t(e.provenance.note)).cell(e.provenance.uncertain);
            w.cell(e.default_currency ? e.default_currency->view() : std::string_view());
            if (e.reporting_org) {
                // The type is written even when unknown ("0"), so that a reporting organisation
                // with nothing known still reads back as present.
                w.cell(t(e.reporting_org->ref))
                    .cell(t(e.reporting_org->name))
                    .number(std::uint64_t{e.reporting_org->type});
            } else {
                w.cell(std::string_view()).cell(std::string_view()).cell(std::string_view());
            }
            w.cell(e.transaction_sectors);
            std::vector<std::string> other_identifiers;  // "B1:XM-OLD": the IATI type code, then the identifier
            for (const auto& o : e.other_identifiers)
                other_identifiers.push_back(std::string(iati_code(o.type)) + ":" + std::string(t(o.ref)));
            w.list(std::vector<std::string_view>(other_identifiers.begin(), other_identifiers.end()));
            w.end_row();
            for (const auto& c : e.recipient_countries) {
                countries.cell(key).cell(c.country.view()).number(c.percentage).end_row();
            }
            for (const auto& r : e.recipient_regions) {
                recipient_regions.cell(key)
                    .number(std::uint64_t{r.code})
                    .cell(detail::region_vocabulary_name(r.vocabulary));
                recipient_regions.number(r.percentage).end_row();
            }
            for (const auto& x : e.transactions) {
                transactions.cell(key).number(static_cast<std::uint64_t>(x.year)).cell(to_string(x.type));
                transactions.number(x.amount.amount()).cell(x.amount.currency().view());
                transactions.cell(x.count != 0 ? std::to_string(x.count) : std::string()).end_row();
            }
            for (const auto& pt : e.participants) {
                participants.cell(key).cell(t(pt.organisation.ref)).cell(t(pt.organisation.name));
                participants.cell(pt.organisation.type != 0 ? std::to_string(pt.organisation.type) : std::string());
                participants.cell(to_string(pt.role)).cell(t(pt.activity_id)).end_row();
            }
            for (const auto& r : e.regions) {
                regions.cell(key).cell(r.region.view()).number(r.percentage).end_row();
            }
            for (const auto& s : e.sectors) {
                sectors.cell(key).cell(s.purpose.view()).number(s.percentage).cell(std::string_view()).end_row();
            }
            for (const auto& s : e.other_sectors) {
                sectors.cell(key).cell(t(s.code));
                if (s.percentage)
                    sectors.number(*s.percentage);
                else
                    sectors.cell(std::string_view());
                sectors.cell(t(s.vocabulary)).end_row();
            }
            for (const auto& b : e.budgets) {
                budgets.cell(key).cell(std::optional(b.period.start())).cell(b.period.end());
                budgets.number(b.value.amount()).cell(b.value.currency().view()).cell(b.value_date);
                budgets.cell(b.type == BudgetType::original ? std::string_view() : to_string(b.type));
                budgets.cell(b.status == BudgetStatus::indicative ? std::string_view() : to_string(b.status)).end_row();
            }
        }
        files.push_back(DirectoryEntry{std::string(detail::oda_table.file), w.text()});
        files.push_back(DirectoryEntry{std::string(detail::oda_region_table.file), regions.text()});
        files.push_back(DirectoryEntry{std::string(detail::oda_sector_table.file), sectors.text()});
        files.push_back(DirectoryEntry{std::string(detail::oda_budget_table.file), budgets.text()});
        files.push_back(DirectoryEntry{std::string(detail::oda_country_table.file), countries.text()});
        files.push_back(DirectoryEntry{std::string(detail::oda_recipient_region_table.file), recipient_regions.text()});
        files.push_back(DirectoryEntry{std::string(detail::oda_transaction_table.file), transactions.text()});
        files.push_back(DirectoryEntry{std::string(detail::oda_participant_table.file), participants.text()});
    }
    // Every table is built before the first is written: a list item that cannot be
    // written stops the export before any file changes. The directory is then replaced
    // as a whole, so that no reader sees some tables new and others old.
    write_directory_atomically(directory, files);
}

}  // namespace paradiplomacy
