// SPDX-License-Identifier: Apache-2.0
#include "csv_reader.hpp"
#include "csv_schema.hpp"
#include "region_vocabulary_names.hpp"
#include "suffixed_keys.hpp"
#include "text_util.hpp"

#include <paradiplomacy/io/csv_country_names.hpp>
#include <paradiplomacy/io/csv_tables.hpp>
#include <paradiplomacy/reference/countries.hpp>
#include <paradiplomacy/reference/currencies.hpp>
#include <paradiplomacy/reference/subdivisions.hpp>
#include <paradiplomacy/values/detail/quoted_excerpt.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace paradiplomacy {

CsvSources CsvSources::in_directory(const std::filesystem::path& directory) {
    CsvSources s;
    const auto pick = [&](std::optional<std::filesystem::path>& slot, std::string_view name) {
        const auto path = directory / name;
        if (std::filesystem::is_regular_file(path)) slot = path;
    };
    pick(s.home, detail::home_table.file);
    pick(s.municipalities, detail::municipality_table.file);
    pick(s.partners, detail::partner_table.file);
    pick(s.agreements, detail::agreement_table.file);
    pick(s.programs, detail::program_table.file);
    pick(s.oda, detail::oda_table.file);
    pick(s.oda_regions, detail::oda_region_table.file);
    pick(s.oda_sectors, detail::oda_sector_table.file);
    pick(s.oda_budgets, detail::oda_budget_table.file);
    pick(s.oda_countries, detail::oda_country_table.file);
    pick(s.oda_recipient_regions, detail::oda_recipient_region_table.file);
    pick(s.oda_transactions, detail::oda_transaction_table.file);
    pick(s.oda_participants, detail::oda_participant_table.file);
    return s;
}

namespace {

using detail::CsvRecord;
using detail::CsvTableSpec;

using detail::slug;
using detail::trim;

/// Trimmed, ASCII lower case, spaces and hyphens as '_': how headers and enum values compare.
std::string fold(std::string_view s) {
    std::string out;
    for (const char c : trim(s)) {
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (c == ' ' || c == '-')
            out.push_back('_');
        else
            out.push_back(c);
    }
    return out;
}

/// An other identifier's type by its IATI code ("B1", any case) or its name ("previous_reporting_org").
std::optional<OtherIdentifierType> other_identifier_type_from(std::string_view text) {
    std::string code(trim(text));
    for (char& c : code)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (const auto type = other_identifier_type(code)) return type;
    return enum_from_string<OtherIdentifierType>(fold(text));
}

bool is_ascii(std::string_view s) noexcept {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

/// Every problem found, in file order.
struct Problems {
    std::vector<std::string> list;
    void add(std::string message) { list.push_back(std::move(message)); }
};

/// One table being read: its header resolved to the spec's columns.
class Table {
public:
    Table(const CsvTableSpec& spec, std::string file)
        : spec_(spec), file_(std::move(file)), col_(spec.columns.size(), npos) {}

    /// Maps the header cells onto columns; reports unknown, doubled and missing ones.
    /// Returns false when the table cannot be read at all.
    bool set_header(const CsvRecord& header, bool ignore_unknown, Problems& problems,
                    const std::function<bool(std::size_t)>& required_here) {
        header_ = header.cells;
        bool ok = true;
        for (std::size_t i = 0; i < header_.size(); ++i) {
            header_[i] = std::string(trim(header_[i]));
            const std::string key = fold(header_[i]);
            const std::size_t c = column_of(key);
            if (c == npos) {
                if (key.empty() && ignore_unknown) continue;
                if (!ignore_unknown) {
                    problems.add(file_ + ", row " + std::to_string(header.row) + ": unknown column " +
                                 detail::quoted_excerpt(header_[i]) + " (known: " + known_columns() +
                                 "; set ignore_unknown_columns to skip columns of your own)");
                    ok = false;
                }
                continue;
            }
            if (col_[c] != npos) {
                problems.add(file_ + ", row " + std::to_string(header.row) + ": columns " +
                             detail::quoted_excerpt(header_[col_[c]]) + " and " + detail::quoted_excerpt(header_[i]) +
                             " both mean " + detail::quoted_excerpt(spec_.columns[c].name));
                ok = false;
                continue;
            }
            col_[c] = i;
        }
        for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
            if (col_[c] == npos && required_here(c)) {
                problems.add(file_ + ": required column " + detail::quoted_excerpt(spec_.columns[c].name) +
                             " is missing" + aliases_text(c));
                ok = false;
            }
        }
        return ok;
    }

    [[nodiscard]] bool has(std::size_t c) const noexcept { return col_[c] != npos; }
    [[nodiscard]] const std::string& file() const noexcept { return file_; }
    [[nodiscard]] std::string header(std::size_t c) const {
        return col_[c] != npos ? header_[col_[c]] : std::string(spec_.columns[c].name);
    }
    [[nodiscard]] std::size_t width() const noexcept { return header_.size(); }
    /// The cell index of column `c` (check has() first).
    [[nodiscard]] std::size_t index(std::size_t c) const noexcept { return col_[c]; }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    [[nodiscard]] std::size_t column_of(const std::string& key) const {
        for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
            if (spec_.columns[c].name == key) return c;
            std::string_view rest = spec_.columns[c].aliases;
            while (!rest.empty()) {
                const auto bar = rest.find('|');
                if (rest.substr(0, bar) == key) return c;
                rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
            }
        }
        return npos;
    }
    [[nodiscard]] std::string known_columns() const {
        std::string out;
        for (const auto& c : spec_.columns) {
            if (!out.empty()) out += ", ";
            out += c.name;
        }
        return out;
    }
    [[nodiscard]] std::string aliases_text(std::size_t c) const {
        const std::string_view a = spec_.columns[c].aliases;
        if (a.empty()) return "";
        std::string out = " (also accepted: ";
        for (const char ch : a) out += ch == '|' ? std::string(", ") : std::string(1, ch);
        return out + ")";
    }

    const CsvTableSpec& spec_;
    std::string file_;
    std::vector<std::size_t> col_;
    std::vector<std::string> header_;
};

/// One data row: cell access and typed parsing; every failure is recorded with the
/// file, the row and the column, and marks the row as failed.
class Row {
public:
    Row(const Table& table, const CsvRecord& record, Problems& problems)
        : table_(table), record_(record), problems_(problems) {
        if (record.cells.size() > table.width()) {
            fail_row("has " + std::to_string(record.cells.size()) + " cells but the header has " +
                     std::to_string(table.width()) + " columns (an unquoted comma inside a cell?)");
        }
    }

    [[nodiscard]] bool ok() const noexcept { return ok_; }
    [[nodiscard]] std::size_t number() const noexcept { return record_.row; }
    [[nodiscard]] std::string where() const { return detail::csv_where(table_.file(), record_); }

    [[nodiscard]] std::string_view cell(std::size_t c) const {
        if (!table_.has(c)) return {};
        const std::size_t i = table_.index(c);
        return i < record_.cells.size() ? trim(record_.cells[i]) : std::string_view();
    }

    void error(std::size_t c, const std::string& what) {
        problems_.add(where() + ", column " + detail::quoted_excerpt(table_.header(c)) + ": " + what);
        ok_ = false;
    }
    /// The row fails because of a problem already reported elsewhere (a reference to a broken row).
    void fail_quietly() noexcept { ok_ = false; }
    [[nodiscard]] bool has(std::size_t c) const noexcept { return table_.has(c); }
    void fail_row(const std::string& what) {
        problems_.add(where() + ": " + what);
        ok_ = false;
    }

    /// A text cell as written: libcsv already drops the spaces around an unquoted cell,
    /// and a quoted cell keeps its spaces (" Mongolia " stays as it is).
    [[nodiscard]] std::string_view raw(std::size_t c) const {
        if (!table_.has(c)) return {};
        const std::size_t i = table_.index(c);
        return i < record_.cells.size() ? std::string_view(record_.cells[i]) : std::string_view();
    }

    std::string_view required(std::size_t c) {
        const auto v = cell(c);
        if (v.empty() && table_.has(c)) error(c, "is empty but required");
        return v;
    }

    std::optional<PartialDate> date(std::size_t c) {
        const auto text = cell(c);
        if (text.empty()) return std::nullopt;
        try {
            return parse_date(text);
        } catch (const InvalidValue& e) {
            error(c, e.what());
            return std::nullopt;
        }
    }
    std::optional<PartialDate> required_date(std::size_t c) {
        if (required(c).empty()) return std::nullopt;
        return date(c);
    }

    bool flag(std::size_t c) {
        const std::string v = fold(cell(c));
        if (v.empty() || v == "false" || v == "no" || v == "n" || v == "0" || v == "아니오" || v == "아니요")
            return false;
        if (v == "true" || v == "yes" || v == "y" || v == "1" || v == "x" || v == "예" || v == "o") return true;
        error(c, detail::quoted_excerpt(cell(c)) + " is not a yes/no value (true/false, yes/no, 1/0, 예/아니오)");
        return false;
    }

    template <class E>
    std::optional<E> enumeration(std::size_t c, const std::map<std::string, E, std::less<>>& aliases) {
        const auto text = required(c);
        if (text.empty()) return std::nullopt;
        const std::string key = fold(text);
        if (const auto v = enum_from_string<E>(key)) return v;
        if (const auto it = aliases.find(key); it != aliases.end()) return it->second;
        std::string names;
        for (const auto n : enum_names(E{})) names += (names.empty() ? "" : ", ") + std::string(n);
        error(c, detail::quoted_excerpt(text) + " is not one of " + names);
        return std::nullopt;
    }

    std::optional<CountryCode> country(std::size_t c) {
        const auto text = required(c);
        if (text.empty()) return std::nullopt;
        // Two upper-case letters are a code, as in JSON, even one that ISO 3166-1 does not
        // list (validation reports it): so every code the model holds reads back as itself.
        if (CountryCode::is_well_formed(text)) return CountryCode(text);
        const auto match = country_from_name(text);
        if (!match) {
            error(c, "unknown country " + detail::quoted_excerpt(text) +
                         " (expected an ISO 3166-1 alpha-2 code such as KR, or a country name)");
            return std::nullopt;
        }
        return match->code;
    }

    /// An ISO 3166-2 code in form. Whether it exists and lies in the row's country is
    /// for validation (rules region_unknown, region_country_mismatch), as for a portfolio
    /// read from JSON: both readers accept the same portfolios.
    std::optional<SubdivisionCode> region(std::size_t c) {
        const auto text = cell(c);
        if (text.empty()) return std::nullopt;
        if (!SubdivisionCode::is_well_formed(text)) {
            error(c, detail::quoted_excerpt(text) + " is not an ISO 3166-2 code (like JP-14 or CN-LN)");
            return std::nullopt;
        }
        return SubdivisionCode(text);
    }

    template <class N>
    std::optional<N> number(std::size_t c, bool required_cell) {
        const auto text = required_cell ? required(c) : cell(c);
        if (text.empty()) return std::nullopt;
        N value{};
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size()) {
            error(c, detail::quoted_excerpt(text) + " is not a plain number" +
                         (std::is_floating_point_v<N> ? " (digits, '.', no thousands separators)" : " (whole number)"));
            return std::nullopt;
        }
        if constexpr (std::is_floating_point_v<N>) {
            if (!std::isfinite(value)) {
                error(c, detail::quoted_excerpt(text) + " is not a finite number");
                return std::nullopt;
            }
        }
        return value;
    }

    std::vector<std::string_view> list(std::size_t c) const {
        std::vector<std::string_view> out;
        std::string_view rest = cell(c);
        while (!rest.empty()) {
            const auto sep = rest.find(detail::csv_list_separator);
            const auto item = trim(rest.substr(0, sep));
            if (!item.empty()) out.push_back(item);
            if (sep == std::string_view::npos) break;
            rest = rest.substr(sep + 1);
        }
        return out;
    }

    /// "1997", "2008-10", "2009-06-22"; also "2009.06.22", "2009. 6. 22.", "2009/6/22".
    static PartialDate parse_date(std::string_view text) {
        const std::string original(text);
        const auto fail = [&](const std::string& why) {
            return InvalidValue("date " + detail::quoted_excerpt(original) + ": " + why +
                                " (expected YYYY, YYYY-MM or YYYY-MM-DD; YYYY.MM.DD also works)");
        };
        std::string compact;
        for (const char ch : text)
            if (ch != ' ') compact.push_back(ch);
        while (!compact.empty() && compact.back() == '.') compact.pop_back();
        char separator = 0;
        std::vector<std::string> parts(1);
        for (const char ch : compact) {
            if (ch >= '0' && ch <= '9') {
                parts.back().push_back(ch);
                continue;
            }
            if (ch != '-' && ch != '.' && ch != '/') throw fail("unexpected character '" + std::string(1, ch) + "'");
            if (separator != 0 && ch != separator) throw fail("mixed separators");
            separator = ch;
            parts.emplace_back();
        }
        if (parts.size() > 3 || parts[0].size() != 4) throw fail("the year needs four digits");
        for (std::size_t i = 1; i < parts.size(); ++i)
            if (parts[i].empty() || parts[i].size() > 2) throw fail("month and day take one or two digits");
        const int y = std::stoi(parts[0]);
        try {
            if (parts.size() == 1) return PartialDate::of_year(y);
            const int m = std::stoi(parts[1]);
            if (parts.size() == 2) return PartialDate::of_month(y, m);
            return PartialDate::of_day(y, m, std::stoi(parts[2]));
        } catch (const InvalidValue& e) {
            std::string why = e.what();
            if (why.starts_with("date: ")) why.erase(0, 6);
            throw fail(why);
        }
    }

private:
    const Table& table_;
    const CsvRecord& record_;
    Problems& problems_;
    bool ok_ = true;
};

template <class E>
using Aliases = std::map<std::string, E, std::less<>>;

const Aliases<AgreementKind>& kind_aliases() {
    using K = AgreementKind;
    static const Aliases<K> a{
        {"sister_city", K::sister},
        {"sister_cities", K::sister},
        {"sister_state", K::sister},
        {"sister_province", K::sister},
        {"sisterhood", K::sister},
        {"twin", K::sister},
        {"twinning", K::sister},
        {"twin_town", K::sister},
        {"자매결연", K::sister},
        {"자매", K::sister},
        {"자매도시", K::sister},
        {"자매교류", K::sister},
        {"friendship_city", K::friendship},
        {"friendly", K::friendship},
        {"friendly_cooperation", K::friendship},
        {"friendship_agreement", K::friendship},
        {"우호교류", K::friendship},
        {"우호협력", K::friendship},
        {"우호", K::friendship},
        {"우호도시", K::friendship},
        {"우호교류협력", K::friendship},
        {"memorandum_of_understanding", K::mou},
        {"양해각서", K::mou},
        {"업무협약", K::mou},
        {"economic", K::economic_cooperation},
        {"경제협력", K::economic_cooperation},
        {"경제교류", K::economic_cooperation},
        {"letter_of_intent", K::intent},
        {"declaration_of_intent", K::intent},
        {"loi", K::intent},
        {"의향서", K::intent},
        {"action_plan", K::implementation_plan},
        {"이행계획", K::implementation_plan},
        {"실행계획", K::implementation_plan},
        {"갱신", K::renewal},
        {"기타", K::other},
    };
    return a;
}

const Aliases<PartnerLevel>& level_aliases() {
    static const Aliases<PartnerLevel> a{
        {"국가", PartnerLevel::country}, {"state", PartnerLevel::region}, {"province", PartnerLevel::region},
        {"광역", PartnerLevel::region},  {"도시", PartnerLevel::city},    {"기초", PartnerLevel::city},
    };
    return a;
}

const Aliases<ProgramKind>& program_kind_aliases() {
    using K = ProgramKind;
    static const Aliases<K> a{
        {"youth", K::youth_exchange},
        {"청소년교류", K::youth_exchange},
        {"공무원파견", K::civil_servant_dispatch},
        {"training", K::official_training},
        {"연수", K::official_training},
        {"초청연수", K::official_training},
        {"대표단", K::delegation},
        {"방문", K::delegation},
        {"정책협의회", K::policy_meeting},
        {"국제회의", K::conference},
        {"문화", K::cultural},
        {"체육", K::sports},
        {"기타", K::other},
    };
    return a;
}

const Aliases<Direction>& direction_aliases() {
    static const Aliases<Direction> a{
        {"in", Direction::inbound},    {"초청", Direction::inbound}, {"out", Direction::outbound},
        {"파견", Direction::outbound}, {"상호", Direction::both},    {"mutual", Direction::both},
    };
    return a;
}

const Aliases<OdaStatus>& status_aliases() {
    using S = OdaStatus;
    static const Aliases<S> a{
        {"1", S::pipeline},
        {"2", S::implementation},
        {"3", S::finalisation},
        {"4", S::closed},
        {"5", S::cancelled},
        {"6", S::suspended},
        {"finalization", S::finalisation},
        {"계획", S::pipeline},
        {"진행", S::implementation},
        {"완료", S::closed},
        {"취소", S::cancelled},
    };
    return a;
}

/// IATI's numeric codes ("3" for a disbursement) beside the names: an IATI-minded sheet uses them.
template <class E>
const Aliases<E>& iati_code_aliases() {
    static const Aliases<E> a = [] {
        Aliases<E> out;
        for (const E v : all_values<E>()) out.emplace(std::to_string(static_cast<int>(v) + 1), v);
        return out;
    }();
    return a;
}

const Aliases<CouncilApproval>& approval_aliases() {
    static const Aliases<CouncilApproval> a{{"승인", CouncilApproval::approved}};
    return a;
}

/// Keys of a table: first row of each, and keys of rows that failed (references to
/// those are not reported again).
struct Keys {
    std::unordered_map<std::string, std::size_t> first_row;
    std::unordered_set<std::string> failed;
};

class Importer {
public:
    Importer(const CsvSources& sources, const CsvImportOptions& options) : sources_(sources), options_(options) {}

    Portfolio run() {
        read_home();
        read_municipalities();
        read_partners();
        read_agreements();
        read_programs();
        read_oda();
        read_shares(sources_.oda_regions, detail::oda_region_table, true);
        read_shares(sources_.oda_sectors, detail::oda_sector_table, false);
        read_budgets();
        read_countries();
        read_recipient_regions();
        read_transactions();
        read_participants();
        for (auto& e : oda_) {
            // The model's own rules (Portfolio::check) on what the rows built: a problem like the others.
            try {
                portfolio_->add(std::move(e));
            } catch (const InvalidValue& error) {
                problems_.add((sources_.oda ? sources_.oda->string() : std::string("oda.csv")) + ": " + error.what());
            }
        }
        if (!problems_.list.empty()) {
            const std::size_t total = problems_.list.size();
            const std::size_t shown = std::min(total, std::max<std::size_t>(options_.max_errors_shown, 1));
            std::string message =
                "cannot import the CSV tables: " + std::to_string(total) + (total == 1 ? " problem" : " problems");
            if (shown < total) message += " (the first " + std::to_string(shown) + " shown)";
            message += ":";
            for (std::size_t i = 0; i < shown; ++i) message += "\n  " + problems_.list[i];
            throw FileError(message);
        }
        return std::move(*portfolio_);
    }

private:
    /// Reads one table, calling `per_row` for each data row.
    void read(const std::optional<std::filesystem::path>& path, const CsvTableSpec& spec,
              const std::function<bool(std::size_t)>& required_here, const std::function<void(Row&)>& per_row) {
        if (!path) return;
        const std::string name = path->string();
        const std::string text = detail::read_utf8_file(*path, name);
        Table table(spec, name);
        bool header_seen = false;
        bool usable = true;
        detail::parse_csv(text, name, [&](const CsvRecord& record) {
            if (!header_seen) {
                header_seen = true;
                usable = table.set_header(record, options_.ignore_unknown_columns, problems_, required_here);
                return;
            }
            if (!usable) return;
            Row row(table, record, problems_);
            per_row(row);
        });
        if (!header_seen) problems_.add(name + ": the file is empty (a header row is required)");
    }
    void read(const std::optional<std::filesystem::path>& path, const CsvTableSpec& spec,
              const std::function<void(Row&)>& per_row) {
        read(
            path, spec, [&spec](std::size_t c) { return spec.columns[c].required; }, per_row);
    }

    /// Checks a record key; false (with a problem) when it repeats.
    bool claim_key(Keys& keys, Row& row, std::size_t column, std::string_view key) {
        if (const std::string problem = record_key_problem(key); !problem.empty()) {
            row.error(column, "id " + detail::quoted_excerpt(key) + " " + problem);
            keys.failed.emplace(key);
            return false;
        }
        const auto [it, fresh] = keys.first_row.emplace(std::string(key), row.number());
        if (!fresh) {
            row.error(column, "id " + detail::quoted_excerpt(key) + " is used twice (first on row " +
                                  std::to_string(it->second) + ")");
            return false;
        }
        return true;
    }

    /// A reference to a record of another table by key; nullopt (reported unless the
    /// target row itself failed) when there is none.
    template <class IdT>
    std::optional<IdT> reference(Row& row, std::size_t column, std::string_view key, const std::optional<IdT>& found,
                                 const Keys& keys, std::string_view what) {
        if (found) return found;
        if (keys.failed.contains(std::string(key)))
            row.fail_quietly();
        else
            row.error(column, "no " + std::string(what) + " has the id " + detail::quoted_excerpt(key));
        return std::nullopt;
    }

    Provenance provenance(Row& row, std::size_t source, std::size_t note, std::size_t uncertain) {
        Provenance p;
        p.source = portfolio_->intern(row.raw(source));
        p.note = portfolio_->intern(row.raw(note));
        p.uncertain = row.flag(uncertain);
        return p;
    }

    void read_home() {
        std::optional<SubdivisionCode> code = options_.home;
        std::string name_en = options_.home_name_en;
        std::string name_local = options_.home_name_local;
        std::size_t rows = 0;
        read(sources_.home, detail::home_table, [&](Row& row) {
            using namespace detail;
            if (++rows > 1) {
                row.fail_row("home.csv holds one row, the home government");
                return;
            }
            const auto text = row.required(h_code);
            if (!text.empty()) {
                // In form only, as in JSON: an IATI import's unknown home (ZZ-ZZ) reads back, and
                // validation (rule home_unknown) reports a code that is not in ISO 3166-2.
                if (!SubdivisionCode::is_well_formed(text))
                    row.error(h_code, detail::quoted_excerpt(text) + " is not an ISO 3166-2 code (like KR-41)");
                else
                    code = SubdivisionCode(text);
            }
            name_en = std::string(row.raw(h_name_en));
            name_local = std::string(row.raw(h_name_local));
        });
        if (sources_.home && rows == 0) problems_.add(sources_.home->string() + ": no row gives the home government");
        if (!code && !sources_.home)
            throw FileError("no home government: give a home.csv table or CsvImportOptions::home (e.g. KR-41)");
        // A placeholder keeps the other tables' problems coming; the import fails anyway.
        portfolio_.emplace(code.value_or(SubdivisionCode("ZZ-ZZ")), name_en, name_local);
    }

    void read_municipalities() {
        read(sources_.municipalities, detail::municipality_table, [&](Row& row) {
            using namespace detail;
            Municipality m;
            const auto key = row.required(m_id);
            if (!key.empty() && !claim_key(municipality_keys_, row, m_id, key)) return;
            m.key = portfolio_->intern(key);
            m.name_en = portfolio_->intern(row.raw(m_name_en));
            m.name_local = portfolio_->intern(row.raw(m_name_local));
            if (row.ok())
                portfolio_->add(std::move(m));
            else
                municipality_keys_.failed.emplace(key);
        });
    }

    std::optional<MunicipalityId> municipality(Row& row, std::size_t column) {
        const auto key = row.cell(column);
        if (key.empty()) return std::nullopt;
        return reference(row, column, key, portfolio_->find_municipality(key), municipality_keys_, "municipality");
    }

    void remember_names(const Partner& p, PartnerId id) {
        for (const TextId name : {p.name_en, p.name_local})
            if (name != TextId(0))
                partners_by_name_.emplace(p.country.str() + '\t' + std::string(portfolio_->text(name)), id);
    }

    void read_partners() {
        read(sources_.partners, detail::partner_table, [&](Row& row) {
            using namespace detail;
            Partner p;
            const auto key = row.required(p_id);
            if (!key.empty() && !claim_key(partner_keys_, row, p_id, key)) return;
            p.key = portfolio_->intern(key);
            if (const auto level = row.enumeration<PartnerLevel>(p_level, level_aliases())) p.level = *level;
            const auto country = row.country(p_country);
            if (country) p.country = *country;
            p.region = row.region(p_region);
            if (p.level == PartnerLevel::region && !p.region && row.cell(p_region).empty())
                row.error(p_region, "a region partner needs its ISO 3166-2 code");
            p.name_en = portfolio_->intern(row.raw(p_name_en));
            p.name_local = portfolio_->intern(row.raw(p_name_local));
            p.wikidata = portfolio_->intern(row.raw(p_wikidata));
            p.priority = row.flag(p_priority);
            p.strategic_oda = row.flag(p_strategic_oda);
            if (const auto m49 = row.number<std::uint16_t>(p_world_region, false)) p.world_region = *m49;
            p.provenance = provenance(row, p_source, p_note, p_uncertain);
            if (!row.ok()) {
                partner_keys_.failed.emplace(key);
                return;
            }
            const Partner& added = portfolio_->partner(portfolio_->add(std::move(p)));
            remember_names(added, added.id);
        });
    }

    /// The partner an office sheet names (with its country), created when new.
    std::optional<PartnerId> partner_by_name(Row& row, std::string_view name) {
        using namespace detail;
        const auto country = row.country(a_country);
        if (!country) return std::nullopt;
        const std::string lookup = country->str() + '\t' + std::string(name);
        if (const auto it = partners_by_name_.find(lookup); it != partners_by_name_.end()) return it->second;
        Partner p;
        p.country = *country;
        p.region = row.region(a_partner_region);
        p.level = p.region ? PartnerLevel::region : PartnerLevel::city;
        if (row.has(a_partner_level) && !row.cell(a_partner_level).empty()) {
            if (const auto level = row.enumeration<PartnerLevel>(a_partner_level, level_aliases())) p.level = *level;
            if (p.level == PartnerLevel::region && !p.region)
                row.error(a_partner_level, "a region partner needs its ISO 3166-2 code in a partner_region column");
        }
        if (!row.ok()) return std::nullopt;
        (is_ascii(name) ? p.name_en : p.name_local) = portfolio_->intern(name);
        const std::string base = detail::ascii_lower(country->view()) + "-" + slug(name);
        const std::string key = partner_key_suffixes_.next_free(base, [&](const std::string& k) {
            return portfolio_->find_partner(k) || partner_keys_.failed.contains(k);
        });
        p.key = portfolio_->intern(key);
        p.provenance.note = portfolio_->intern("created from " + row.where() + ", which names the partner");
        const PartnerId id = portfolio_->add(std::move(p));
        partners_by_name_.emplace(lookup, id);
        return id;
    }

    void read_agreements() {
        struct Pending {
            AgreementId agreement;
            std::string key;
            std::string where;
        };
        std::vector<Pending> supersedes;
        read(sources_.agreements, detail::agreement_table, [&](Row& row) {
            using namespace detail;
            Agreement a;
            const auto key = row.cell(a_id);
            if (!key.empty() && !claim_key(agreement_keys_, row, a_id, key)) return;
            const auto partner = row.required(a_partner);
            std::optional<PartnerId> pid;
            if (!partner.empty()) {
                if (const auto found = portfolio_->find_partner(partner))
                    pid = found;
                else if (partner_keys_.failed.contains(std::string(partner)))
                    row.fail_quietly();
                else if (row.has(a_country))
                    pid = partner_by_name(row, partner);
                else
                    row.error(a_partner, "no partner has the id " + detail::quoted_excerpt(partner) +
                                             " (add it to partners.csv, or give a country column to name partners)");
            }
            if (pid) a.partner = *pid;
            a.signatory = municipality(row, a_signatory);
            if (const auto kind = row.enumeration<AgreementKind>(a_kind, kind_aliases())) a.kind = *kind;
            a.title = portfolio_->intern(row.raw(a_title));
            a.signed_on = row.date(a_signed_on);
            a.proposed = row.flag(a_proposed);
            const auto from = row.date(a_validity_start);
            const auto until = row.date(a_validity_end);
            if (until && !from && row.cell(a_validity_start).empty())
                row.error(a_validity_end, "a validity end needs a validity_start");
            if (from) {
                try {
                    a.validity = Period(*from, until);
                } catch (const InvalidValue& e) {
                    row.error(a_validity_end, e.what());
                }
            }
            a.suspended_on = row.date(a_suspended_on);
            a.resumed_on = row.date(a_resumed_on);
            a.terminated_on = row.date(a_terminated_on);
            if (!row.cell(a_council_approval).empty())
                if (const auto v = row.enumeration<CouncilApproval>(a_council_approval, approval_aliases()))
                    a.council_approval = *v;
            a.council_approved_on = row.date(a_council_approved_on);
            for (const auto field : row.list(a_fields)) a.fields.push_back(portfolio_->intern(field));
            a.provenance = provenance(row, a_source, a_note, a_uncertain);
            if (!row.ok()) {
                if (!key.empty()) agreement_keys_.failed.emplace(key);
                return;
            }
            if (key.empty()) {
                const std::string base = std::string(portfolio_->text(portfolio_->partner(a.partner).key)) + "-" +
                                         std::string(to_string(a.kind)) + "-" +
                                         (a.signed_on ? a.signed_on->to_string() : std::string("undated"));
                const std::string generated = agreement_key_suffixes_.next_free(base, [&](const std::string& k) {
                    return portfolio_->find_agreement(k) || agreement_keys_.first_row.contains(k);
                });
                a.key = portfolio_->intern(generated);
            } else {
                a.key = portfolio_->intern(key);
            }
            const auto target = row.cell(a_supersedes);
            const AgreementId id = portfolio_->add(std::move(a));
            if (!target.empty())
                supersedes.push_back(
                    {id, std::string(target), row.where() + ", column \"" + std::string("supersedes") + "\""});
        });
        // Supersedes may point forward in the sheet: resolved once every row is in.
        for (const auto& s : supersedes) {
            if (const auto target = portfolio_->find_agreement(s.key)) {
                Agreement a = portfolio_->agreement(s.agreement);
                a.supersedes = target;
                portfolio_->replace(std::move(a));
            } else if (!agreement_keys_.failed.contains(s.key)) {
                problems_.add(s.where + ": no agreement has the id " + detail::quoted_excerpt(s.key));
            }
        }
    }

    void read_programs() {
        read(sources_.programs, detail::program_table, [&](Row& row) {
            using namespace detail;
            ExchangeProgram g;
            const auto key = row.required(g_id);
            if (!key.empty() && !claim_key(program_keys_, row, g_id, key)) return;
            g.key = portfolio_->intern(key);
            g.title = portfolio_->intern(row.raw(g_title));
            if (const auto kind = row.enumeration<ProgramKind>(g_kind, program_kind_aliases())) g.kind = *kind;
            if (const auto d = row.enumeration<Direction>(g_direction, direction_aliases())) g.direction = *d;
            g.organiser = municipality(row, g_organiser);
            g.start = row.date(g_start);  // empty: the program is undated
            g.end = row.date(g_end);
            if (g.start && g.end && g.end->latest() < g.start->earliest())
                row.error(g_end, "the end " + g.end->to_string() + " is before the start " + g.start->to_string());
            if (const auto n = row.number<std::uint32_t>(g_headcount, false)) g.headcount = *n;
            const auto partners = row.list(g_partners);
            if (partners.empty() && !row.cell(g_partners).empty()) row.error(g_partners, "names no partner");
            if (partners.empty() && row.cell(g_partners).empty()) (void)row.required(g_partners);
            for (const auto p : partners)
                if (const auto id =
                        reference(row, g_partners, p, portfolio_->find_partner(p), partner_keys_, "partner"))
                    g.partners.push_back(*id);
            if (const auto ak = row.cell(g_agreement); !ak.empty())
                g.agreement =
                    reference(row, g_agreement, ak, portfolio_->find_agreement(ak), agreement_keys_, "agreement");
            g.provenance = provenance(row, g_source, g_note, g_uncertain);
            if (row.ok())
                portfolio_->add(std::move(g));
            else
                program_keys_.failed.emplace(key);
        });
    }

    void read_oda() {
        read(sources_.oda, detail::oda_table, [&](Row& row) {
            using namespace detail;
            OdaEngagement e;
            const auto key = row.required(o_id);
            if (!key.empty() && !claim_key(oda_keys_, row, o_id, key)) return;
            e.key = portfolio_->intern(key);
            e.iati_identifier = portfolio_->intern(row.raw(o_iati));
            e.title = portfolio_->intern(row.raw(o_title));
            if (const auto c = row.country(o_recipient)) e.recipient = *c;
            if (const auto pk = row.cell(o_recipient_partner); !pk.empty())
                e.recipient_partner =
                    reference(row, o_recipient_partner, pk, portfolio_->find_partner(pk), partner_keys_, "partner");
            e.planned_start = row.date(o_planned_start);
            e.actual_start = row.date(o_actual_start);
            e.planned_end = row.date(o_planned_end);
            e.actual_end = row.date(o_actual_end);
            if (const auto s = row.enumeration<OdaStatus>(o_status, status_aliases())) e.status = *s;
            for (const auto name : row.list(o_implementers)) e.implementers.push_back(portfolio_->intern(name));
            for (const auto p : row.list(o_programs))
                if (const auto id =
                        reference(row, o_programs, p, portfolio_->find_program(p), program_keys_, "program"))
                    e.programs.push_back(*id);
            e.brand_project = row.flag(o_brand);
            e.provenance = provenance(row, o_source, o_note, o_uncertain);
            if (!row.cell(o_default_currency).empty()) e.default_currency = currency(row, o_default_currency);
            const auto org_ref = row.raw(o_reporting_ref);
            const auto org_name = row.raw(o_reporting_name);
            const auto org_type = row.cell(o_reporting_type).empty() ? std::optional<std::uint16_t>()
                                                                     : organisation_type(row, o_reporting_type);
            if (!org_ref.empty() || !org_name.empty() || org_type)
                e.reporting_org =
                    OrganisationRef{portfolio_->intern(org_ref), portfolio_->intern(org_name), org_type.value_or(0)};
            e.transaction_sectors = row.flag(o_transaction_sectors);
            for (const auto item : row.list(o_other_identifiers)) {
                // "B1:XM-OLD": an IATI OtherIdentifierType code (or its name), a colon, the identifier.
                const auto colon = item.find(':');
                const auto type =
                    colon == std::string_view::npos ? std::nullopt : other_identifier_type_from(item.substr(0, colon));
                const auto ref = colon == std::string_view::npos ? std::string_view() : trim(item.substr(colon + 1));
                if (!type || ref.empty()) {
                    row.error(o_other_identifiers,
                              detail::quoted_excerpt(item) +
                                  " is not an other identifier written TYPE:IDENTIFIER with an IATI "
                                  "OtherIdentifierType code (A1, A2, A3, A4, A9, B1, B9), e.g. B1:XM-OLD");
                    continue;
                }
                e.other_identifiers.push_back(OtherIdentifier{portfolio_->intern(ref), *type});
            }
            if (!row.ok()) {
                oda_keys_.failed.emplace(key);
                return;
            }
            oda_index_.emplace(std::string(key), oda_.size());
            oda_.push_back(std::move(e));
        });
    }

    /// The engagement a sub-table row belongs to.
    OdaEngagement* engagement(Row& row, std::size_t column) {
        const auto key = row.required(column);
        if (key.empty()) return nullptr;
        if (const auto it = oda_index_.find(std::string(key)); it != oda_index_.end()) return &oda_[it->second];
        if (oda_keys_.failed.contains(std::string(key)))
            row.fail_quietly();
        else
            row.error(column, "no ODA engagement in oda.csv has the id " + detail::quoted_excerpt(key));
        return nullptr;
    }

    std::optional<double> percentage(Row& row, std::size_t column) {
        const auto v = row.number<double>(column, true);
        if (v && (*v < 0.0 || *v > 100.0)) {
            row.error(column, "a percentage must lie between 0 and 100");
            return std::nullopt;
        }
        return v;
    }

    void read_shares(const std::optional<std::filesystem::path>& path, const CsvTableSpec& spec, bool regions) {
        read(path, spec, [&](Row& row) {
            using namespace detail;
            OdaEngagement* e = engagement(row, s_oda);
            const auto code = row.required(s_code);
            if (const auto vocabulary = regions ? std::string_view() : row.cell(s_vocabulary);
                !vocabulary.empty() && vocabulary != "1" && vocabulary != "2") {
                // A sector of another IATI vocabulary: kept as written, its percentage may be empty.
                std::optional<double> pct;
                if (!row.cell(s_percentage).empty()) pct = percentage(row, s_percentage);
                if (e && !code.empty() && row.ok())
                    e->other_sectors.push_back({portfolio_->intern(vocabulary), portfolio_->intern(code), pct});
                return;
            }
            const auto pct = percentage(row, s_percentage);
            if (regions) {
                const auto region = code.empty() ? std::nullopt : row.region(s_code);
                if (e && region && pct && row.ok()) e->regions.push_back({*region, *pct});
            } else if (!code.empty()) {
                if (!PurposeCode::is_well_formed(code)) {
                    row.error(s_code, detail::quoted_excerpt(code) +
                                          " is not a five-digit OECD DAC purpose code or a three-digit DAC sector");
                } else if (e && pct && row.ok()) {
                    e->sectors.push_back({PurposeCode(code), *pct});
                }
            }
        });
    }

    void read_budgets() {
        read(sources_.oda_budgets, detail::oda_budget_table, [&](Row& row) {
            using namespace detail;
            OdaEngagement* e = engagement(row, b_oda);
            const auto start = row.required_date(b_start);
            const auto end = row.date(b_end);  // empty: open-ended, as in JSON
            const auto amount = row.number<double>(b_amount, true);
            const std::optional<CurrencyCode> code = currency(row, b_currency);
            const auto value_date = row.date(b_value_date);
            const auto type = optional_enumeration<BudgetType>(row, b_type, BudgetType::original);
            const auto status = optional_enumeration<BudgetStatus>(row, b_status, BudgetStatus::indicative);
            std::optional<Period> period;
            if (start) {
                try {
                    period = Period(*start, end);
                } catch (const InvalidValue& ex) {
                    row.error(b_end, ex.what());
                }
            }
            if (e && period && amount && code && type && status && row.ok())
                e->budgets.push_back(Budget{*period, Money(*amount, *code), value_date, *type, *status});
        });
    }

    /// An ISO 4217 code in a required cell; nullopt (reported) when empty or not in form.
    std::optional<CurrencyCode> currency(Row& row, std::size_t column) {
        const auto text = row.required(column);
        if (text.empty()) return std::nullopt;
        // In form only, as in JSON: validation (code.currency.unknown) reports a code not in use.
        if (!CurrencyCode::is_well_formed(text)) {
            row.error(column, detail::quoted_excerpt(text) + " is not an ISO 4217 currency code (like KRW)");
            return std::nullopt;
        }
        return CurrencyCode(text);
    }

    /// An enum cell that may be empty (then `fallback`); nullopt (reported) when it names no value.
    template <class E>
    std::optional<E> optional_enumeration(Row& row, std::size_t column, E fallback) {
        if (row.cell(column).empty()) return fallback;
        return row.enumeration<E>(column, iati_code_aliases<E>());
    }

    std::optional<std::uint16_t> organisation_type(Row& row, std::size_t column) {
        const auto v = row.number<std::uint64_t>(column, true);
        if (v && *v > 99) {
            row.error(column, std::to_string(*v) + " is not an IATI organisation type (0-99)");
            return std::nullopt;
        }
        if (!v) return std::nullopt;
        return static_cast<std::uint16_t>(*v);
    }

    void read_countries() {
        read(sources_.oda_countries, detail::oda_country_table, [&](Row& row) {
            using namespace detail;
            OdaEngagement* e = engagement(row, s_oda);
            const auto pct = percentage(row, s_percentage);
            const auto country = row.country(s_code);
            if (e && country && pct && row.ok()) e->recipient_countries.push_back({*country, *pct});
        });
    }

    void read_recipient_regions() {
        read(sources_.oda_recipient_regions, detail::oda_recipient_region_table, [&](Row& row) {
            using namespace detail;
            OdaEngagement* e = engagement(row, rr_oda);
            const auto pct = percentage(row, rr_percentage);
            const auto code = row.number<std::uint64_t>(rr_code, true);
            if (code && *code > 999)
                row.error(rr_code, std::to_string(*code) + " is not a region code (OECD DAC or UN M49, 0-999)");
            RegionVocabulary vocabulary = RegionVocabulary::oecd_dac;
            if (const auto text = row.cell(rr_vocabulary); !text.empty()) {
                const std::string folded = fold(text);
                if (const auto v = region_vocabulary_from(folded))
                    vocabulary = *v;
                else if (folded == "1")
                    vocabulary = RegionVocabulary::oecd_dac;
                else if (folded == "2")
                    vocabulary = RegionVocabulary::un_m49;
                else
                    row.error(rr_vocabulary, detail::quoted_excerpt(text) + " is not one of " +
                                                 std::string(region_vocabulary_names[0]) + ", " +
                                                 std::string(region_vocabulary_names[1]) + " (IATI codes 1, 2)");
            }
            if (e && code && pct && row.ok())
                e->recipient_regions.push_back({static_cast<std::uint16_t>(*code), vocabulary, *pct});
        });
    }

    void read_transactions() {
        read(sources_.oda_transactions, detail::oda_transaction_table, [&](Row& row) {
            using namespace detail;
            OdaEngagement* e = engagement(row, t_oda);
            const auto year = row.number<std::uint64_t>(t_year, true);
            if (year && (*year < static_cast<std::uint64_t>(PartialDate::min_year) ||
                         *year > static_cast<std::uint64_t>(PartialDate::max_year)))
                row.error(t_year, "year " + std::to_string(*year) + " is outside " +
                                      std::to_string(PartialDate::min_year) + "-" +
                                      std::to_string(PartialDate::max_year));
            const auto type = row.enumeration<TransactionType>(t_type, iati_code_aliases<TransactionType>());
            const auto amount = row.number<double>(t_amount, true);
            const auto code = currency(row, t_currency);
            const auto count = row.number<std::uint32_t>(t_count, false);
            if (e && year && type && amount && code && row.ok())
                e->transactions.push_back(
                    TransactionTotal{static_cast<int>(*year), *type, Money(*amount, *code), count.value_or(0)});
        });
    }

    void read_participants() {
        read(sources_.oda_participants, detail::oda_participant_table, [&](Row& row) {
            using namespace detail;
            OdaEngagement* e = engagement(row, pt_oda);
            Participant participant;
            participant.organisation.ref = portfolio_->intern(row.raw(pt_ref));
            participant.organisation.name = portfolio_->intern(row.raw(pt_name));
            if (!row.cell(pt_type).empty())
                if (const auto type = organisation_type(row, pt_type)) participant.organisation.type = *type;
            const auto role = row.enumeration<OrganisationRole>(pt_role, iati_code_aliases<OrganisationRole>());
            participant.activity_id = portfolio_->intern(row.raw(pt_activity_id));
            if (!role) return;
            participant.role = *role;
            if (e && row.ok()) e->participants.push_back(participant);
        });
    }

    const CsvSources& sources_;
    const CsvImportOptions& options_;
    Problems problems_;
    std::optional<Portfolio> portfolio_;
    Keys municipality_keys_, partner_keys_, agreement_keys_, program_keys_, oda_keys_;
    detail::SuffixedKeys partner_key_suffixes_, agreement_key_suffixes_;  // generated keys: next free suffix per base
    std::unordered_map<std::string, PartnerId> partners_by_name_;
    std::vector<OdaEngagement> oda_;
    std::unordered_map<std::string, std::size_t> oda_index_;
};

}  // namespace

Portfolio import_csv(const CsvSources& sources, const CsvImportOptions& options) {
    return Importer(sources, options).run();
}

}  // namespace paradiplomacy
