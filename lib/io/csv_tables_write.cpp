// SPDX-License-Identifier: Apache-2.0
#include "atomic_file.hpp"
#include "csv_reader.hpp"
#include "csv_record_tables.hpp"
#include "csv_schema.hpp"
#include "region_vocabulary_names.hpp"

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/model/record_key.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
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

/// A record's value of one field as the cells of its row: one encoder per C++ type of
/// field, the walk over the description (for_each_csv_field) calls them in column order.
class RowEncoder {
public:
    RowEncoder(const Portfolio& portfolio, Writer& writer) : p_(portfolio), w_(writer) {}

    template <Described Record>
    void write(const Record& record) {
        detail::for_each_csv_field<Record>([&](const auto& field, auto path, std::size_t) {
            const auto& value = field.of(path(record));
            using Value = std::remove_cvref_t<decltype(value)>;
            if constexpr (detail::csv_cell_count<Value> != 0) {
                // A field equal to its default is an empty cell; a required one is always
                // written, since import wants it (an agreement's kind "other").
                if (is_default<Record>(field, path, value))
                    for (std::size_t i = 0; i < detail::csv_cell_count<Value>; ++i) w_.cell(std::string_view());
                else
                    encode(value);
            }
        });
        w_.end_row();
    }

private:
    /// Whether an optional field holds its struct's default (a home government has no
    /// default: its code is required).
    template <class Record, class F, class Path, class Value>
    static bool is_default(const F& field, Path path, const Value& value) {
        if constexpr (std::is_default_constructible_v<Record>) {
            static const Record defaults{};
            return !detail::csv_required<Record>(field) && value == field.of(path(defaults));
        } else {
            return false;
        }
    }

    template <class Tag>
    std::string_view key(Id<Tag> id) const {
        return p_.text(p_.at(id).key);
    }

    void encode(TextId text) { w_.cell(p_.text(text)); }
    void encode(bool flag) { w_.cell(flag); }
    void encode(const std::optional<PartialDate>& date) { w_.cell(date); }
    void encode(const CountryCode& code) { w_.cell(code.view()); }
    void encode(const std::optional<CountryCode>& code) { w_.cell(code ? code->view() : std::string_view()); }
    void encode(const SubdivisionCode& code) { w_.cell(code.view()); }
    void encode(const std::optional<SubdivisionCode>& code) { w_.cell(code ? code->view() : std::string_view()); }
    void encode(const std::optional<CurrencyCode>& code) { w_.cell(code ? code->view() : std::string_view()); }
    template <detail::NamedEnum E>
    void encode(E value) {
        w_.cell(to_string(value));
    }
    template <std::unsigned_integral N>
    void encode(N n) {
        w_.cell(std::to_string(n));
    }
    template <std::unsigned_integral N>
    void encode(const std::optional<N>& n) {
        w_.cell(n ? std::to_string(*n) : std::string());
    }
    void encode(double amount) {
        // Fixed notation, the shortest that reads back as the same double: a sheet shows
        // 900000000, not 9e+08 (a double's fixed form has at most 309 digits before the point).
        char buffer[400];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, amount, std::chars_format::fixed);
        w_.cell(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
    }
    template <class Tag>
    void encode(Id<Tag> id) {
        w_.cell(key(id));
    }
    template <class Tag>
    void encode(const std::optional<Id<Tag>>& id) {
        w_.cell(id ? key(*id) : std::string_view());
    }
    template <class List>
    requires is_list_of_v<List, TextId>
    void encode(const List& items) {
        std::vector<std::string_view> texts;
        for (const TextId i : items) texts.push_back(p_.text(i));
        w_.list(texts);
    }
    template <class List>
    requires detail::is_record_reference_list<List>
    void encode(const List& ids) {
        std::vector<std::string_view> keys;
        for (const auto id : ids) keys.push_back(key(id));
        w_.list(keys);
    }
    void encode(const std::optional<Period>& period) {
        w_.cell(period ? std::optional(period->start()) : std::nullopt);
        w_.cell(period ? period->end() : std::nullopt);
    }
    void encode(const std::optional<OrganisationRef>& org) {
        if (!org) {
            w_.cell(std::string_view()).cell(std::string_view()).cell(std::string_view());
            return;
        }
        // The type is written even when unknown ("0"), so that an organisation with
        // nothing known still reads back as present.
        w_.cell(p_.text(org->ref)).cell(p_.text(org->name)).number(std::uint64_t{org->type});
    }
    void encode(const CompactList<Involvement>& involvements) {
        // "implementing:koica": the role, then the organisation's id, then "@" and the
        // organisation's own activity identifier when there is one ("funding:koica@K-42").
        std::vector<std::string> items;
        for (const auto& v : involvements) {
            items.push_back(std::string(to_string(v.role)) + ":" + std::string(key(v.organisation)));
            const std::string_view activity = p_.text(v.activity_id);
            if (activity.empty()) continue;
            if (items.back().find('@') != std::string::npos)
                throw FileError("cannot write organisation id " + detail::quoted_excerpt(key(v.organisation)) +
                                " with the activity identifier " + detail::quoted_excerpt(activity) +
                                " in a CSV cell: the id holds '@', which separates them");
            if (const std::string problem = record_key_problem(activity); !problem.empty())
                throw FileError("cannot write the activity identifier " + detail::quoted_excerpt(activity) +
                                " of organisation " + detail::quoted_excerpt(key(v.organisation)) +
                                " in a CSV cell: it " + problem);
            items.back() += "@" + std::string(activity);
        }
        w_.list(std::vector<std::string_view>(items.begin(), items.end()));
    }
    void encode(const CompactList<Delegates>& members) {
        std::vector<std::string> items;  // "official:3"
        for (const auto& d : members) items.push_back(std::string(to_string(d.role)) + ":" + std::to_string(d.count));
        w_.list(std::vector<std::string_view>(items.begin(), items.end()));
    }
    void encode(const std::vector<OtherIdentifier>& identifiers) {
        std::vector<std::string> items;  // "B1:XM-OLD": the IATI type code, then the identifier
        for (const auto& o : identifiers)
            items.push_back(std::string(iati_code(o.type)) + ":" + std::string(p_.text(o.ref)));
        w_.list(std::vector<std::string_view>(items.begin(), items.end()));
    }

    const Portfolio& p_;
    Writer& w_;
};

/// One record kind's table, every record a row.
template <Described Record, class Records>
DirectoryEntry record_table(const Portfolio& p, const Records& records, bool bom) {
    const auto& table = detail::csv_record_table<Record>();
    Writer w(table.spec, bom);
    RowEncoder encoder(p, w);
    for (const Record& r : records) encoder.write(r);
    return DirectoryEntry{std::string(table.spec.file), w.text()};
}

/// oda.csv and the tables of an engagement's nested lists (oda_*.csv).
void write_oda_tables(const Portfolio& p, bool bom, std::vector<DirectoryEntry>& files) {
    const auto t = [&p](TextId id) { return p.text(id); };

    const auto& oda_table = detail::csv_record_table<OdaEngagement>().spec;
    Writer w(oda_table, bom);
    RowEncoder oda_rows(p, w);
    Writer regions(detail::oda_region_table, bom);
    Writer sectors(detail::oda_sector_table, bom);
    Writer budgets(detail::oda_budget_table, bom);
    Writer countries(detail::oda_country_table, bom);
    Writer recipient_regions(detail::oda_recipient_region_table, bom);
    Writer transactions(detail::oda_transaction_table, bom);
    for (const auto& e : p.engagements()) {
        const std::string_view key = t(e.key);
        oda_rows.write(e);
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
    files.push_back(DirectoryEntry{std::string(oda_table.file), w.text()});
    files.push_back(DirectoryEntry{std::string(detail::oda_region_table.file), regions.text()});
    files.push_back(DirectoryEntry{std::string(detail::oda_sector_table.file), sectors.text()});
    files.push_back(DirectoryEntry{std::string(detail::oda_budget_table.file), budgets.text()});
    files.push_back(DirectoryEntry{std::string(detail::oda_country_table.file), countries.text()});
    files.push_back(DirectoryEntry{std::string(detail::oda_recipient_region_table.file), recipient_regions.text()});
    files.push_back(DirectoryEntry{std::string(detail::oda_transaction_table.file), transactions.text()});
}

}  // namespace

void export_csv(const Portfolio& p, const std::filesystem::path& directory, const CsvExportOptions& options) {
    const bool bom = options.excel_bom;
    std::vector<DirectoryEntry> files;

    files.push_back(record_table<HomeGovernment>(p, std::span(&p.home(), 1), bom));
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        if constexpr (std::is_same_v<Record, OdaEngagement>)
            write_oda_tables(p, bom, files);
        else
            files.push_back(record_table<Record>(p, p.records<Record>(), bom));
    });
    // Every table is built before the first is written: a list item that cannot be
    // written stops the export before any file changes. The directory is then replaced
    // as a whole, so that no reader sees some tables new and others old.
    write_directory_atomically(directory, files);
}

}  // namespace paradiplomacy
