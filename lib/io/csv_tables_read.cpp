// SPDX-License-Identifier: Apache-2.0
#include "csv_reader.hpp"
#include "csv_record_tables.hpp"
#include "csv_schema.hpp"
#include "model/organisation_matcher.hpp"
#include "portfolio_json_upgrade.hpp"
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
#include <array>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace paradiplomacy {
namespace {

/// The record kind a field of C++ type V names (a reference, an optional one or a list of
/// them); void for a field that names none.
template <class V>
struct ReferencedKind {
    using type = void;
};
template <class Tag>
requires(!std::is_same_v<Tag, TextTag>) struct ReferencedKind<Id<Tag>> {
    using type = record_of_t<Tag>;
};
template <>
struct ReferencedKind<Involvement> {
    using type = Organisation;
};
template <class V>
struct ReferencedKind<std::optional<V>> : ReferencedKind<V> {};
template <class V>
struct ReferencedKind<std::vector<V>> : ReferencedKind<V> {};
template <class V>
struct ReferencedKind<CompactList<V>> : ReferencedKind<V> {};

/// The positions in RecordKinds of the kinds, each after the kinds its records name (a
/// reference in CSV resolves to a table already read: policy tasks before the programs that
/// serve them), and otherwise in RecordKinds order. A kind naming itself (an agreement's
/// supersedes) resolves such references on its own.
const std::vector<std::size_t>& csv_read_order() {
    static const std::vector<std::size_t> order = [] {
        constexpr std::size_t n = RecordKinds::size;
        std::array<std::array<bool, n>, n> names{};
        RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
            for_each_field<Record>([&](const auto& field, auto) {
                using Target = typename ReferencedKind<typename std::remove_cvref_t<decltype(field)>::value_type>::type;
                if constexpr (!std::is_void_v<Target> && !std::is_same_v<Target, Record>)
                    names[RecordKinds::index_of<Record>][RecordKinds::index_of<Target>] = true;
            });
        });
        std::vector<std::size_t> out;
        std::array<bool, n> placed{};
        while (out.size() < n) {
            std::size_t next = n;
            for (std::size_t i = 0; i < n && next == n; ++i) {
                if (placed[i]) continue;
                bool ready = true;
                for (std::size_t j = 0; j < n; ++j) ready = ready && (!names[i][j] || placed[j]);
                if (ready) next = i;
            }
            if (next == n)  // kinds that name each other: the first left, as RecordKinds has it
                for (std::size_t i = 0; i < n && next == n; ++i)
                    if (!placed[i]) next = i;
            placed[next] = true;
            out.push_back(next);
        }
        return out;
    }();
    return order;
}

/// Where CsvSources names the table of a record kind: a member of its own for the kinds
/// it has one for, else its entry in record_tables.
template <RecordKind Record, class Sources>
auto& source_of(Sources& s) {
    if constexpr (std::is_same_v<Record, Municipality>)
        return s.municipalities;
    else if constexpr (std::is_same_v<Record, Partner>)
        return s.partners;
    else if constexpr (std::is_same_v<Record, Agreement>)
        return s.agreements;
    else if constexpr (std::is_same_v<Record, ExchangeProgram>)
        return s.programs;
    else if constexpr (std::is_same_v<Record, OdaEngagement>)
        return s.oda;
    else
        return s.record_tables;
}

/// The file of a record kind's table among `s`, if one is given.
template <RecordKind Record>
std::optional<std::filesystem::path> source_path(const CsvSources& s) {
    const auto& source = source_of<Record>(s);
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(source)>, std::optional<std::filesystem::path>>) {
        return source;
    } else {
        const auto it = source.find(detail::csv_file<Record>());
        if (it == source.end()) return std::nullopt;
        return it->second;
    }
}

}  // namespace

CsvSources CsvSources::in_directory(const std::filesystem::path& directory) {
    CsvSources s;
    const auto pick = [&](std::optional<std::filesystem::path>& slot, std::string_view name) {
        const auto path = directory / name;
        if (std::filesystem::is_regular_file(path)) slot = path;
    };
    pick(s.home, detail::csv_file<HomeGovernment>());
    RecordKinds::for_each([&]<class Record>(std::type_identity<Record>) {
        std::optional<std::filesystem::path> found;
        pick(found, detail::csv_file<Record>());
        if (!found) return;
        auto& source = source_of<Record>(s);
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(source)>, std::optional<std::filesystem::path>>)
            source = std::move(found);
        else
            source.emplace(std::string(detail::csv_file<Record>()), std::move(*found));
    });
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

/// The aliases of a record field's enum, by its type.
const Aliases<AgreementKind>& enum_aliases(AgreementKind) { return kind_aliases(); }
const Aliases<PartnerLevel>& enum_aliases(PartnerLevel) { return level_aliases(); }
const Aliases<ProgramKind>& enum_aliases(ProgramKind) { return program_kind_aliases(); }
const Aliases<Direction>& enum_aliases(Direction) { return direction_aliases(); }
const Aliases<OdaStatus>& enum_aliases(OdaStatus) { return status_aliases(); }
const Aliases<CouncilApproval>& enum_aliases(CouncilApproval) { return approval_aliases(); }
/// An enum with no aliases of its own: its names only.
template <class E>
const Aliases<E>& enum_aliases(E) {
    static const Aliases<E> none;
    return none;
}

/// A count or code held as an unsigned integer (not a yes/no).
template <class N>
concept Count = std::unsigned_integral<N> && !std::same_as<N, bool>;

/// The index of a record table's column by its canonical name.
template <Described Record>
std::size_t column_of(std::string_view name) {
    const auto& columns = detail::csv_record_table<Record>().columns;
    const auto it = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.name == name; });
    return static_cast<std::size_t>(it - columns.begin());
}

/// For read_fields: the record's id is read by the table itself (a key is claimed).
constexpr auto id_is_own = [](std::string_view name, std::size_t) { return name == "id"; };
constexpr auto no_rule = [](std::string_view, std::size_t) {};

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
        for (const std::size_t kind : csv_read_order())
            RecordKinds::visit(kind, [&]<class Record>(std::type_identity<Record>) {
                read_kind(std::type_identity<Record>{});
                // The engagements, with their parts, are in the portfolio before the tables of
                // later kinds are read, which may refer to them (a money line's engagement).
                if constexpr (std::is_same_v<Record, OdaEngagement>) add_engagements();
            });
        if (problems_.list.empty()) add_flag_designations();
        read_documents();
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

    /// Where text goes: the portfolio's pool, or home.csv's own before the portfolio exists.
    TextId intern(std::string_view text) { return home_texts_ ? home_texts_->intern(text) : portfolio_->intern(text); }

    /// Reads `record`'s fields from `row` in column order, each by the decoder of its C++
    /// type. `own(name, column)` is true for a field the table reads itself (a record's id);
    /// `after(name, column)` checks a table's rule once the field is read.
    template <Described Record, class Own, class After>
    void read_fields(Row& row, Record& record, Own&& own, After&& after) {
        detail::for_each_csv_field<Record>([&](const auto& field, auto path, std::size_t column) {
            using Value = typename std::remove_cvref_t<decltype(field)>::value_type;
            if constexpr (detail::csv_cell_count<Value> != 0) {
                if (!own(field.name, column)) decode(row, column, field, field.of(path(record)));
                after(field.name, column);
            }
        });
    }

    // --- one decoder per C++ type of field ---------------------------------------------

    template <class F>
    void decode(Row& row, std::size_t c, const F&, TextId& out) {
        out = intern(row.raw(c));
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, bool& out) {
        out = row.flag(c);
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, std::optional<PartialDate>& out) {
        out = row.date(c);
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, CountryCode& out) {
        if (const auto code = row.country(c)) out = *code;
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, std::optional<CountryCode>& out) {
        if (!row.cell(c).empty()) out = row.country(c);
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, SubdivisionCode& out) {
        const auto text = row.required(c);
        if (text.empty()) return;
        // In form only, as in JSON: an IATI import's unknown home (ZZ-ZZ) reads back, and
        // validation (rule home_unknown) reports a code that is not in ISO 3166-2.
        if (!SubdivisionCode::is_well_formed(text))
            row.error(c, detail::quoted_excerpt(text) + " is not an ISO 3166-2 code (like KR-41)");
        else
            out = SubdivisionCode(text);
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, std::optional<SubdivisionCode>& out) {
        out = row.region(c);
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, std::optional<CurrencyCode>& out) {
        if (!row.cell(c).empty()) out = currency(row, c);
    }
    template <class F, detail::NamedEnum E>
    void decode(Row& row, std::size_t c, const F& field, E& out) {
        if (!field.required && row.cell(c).empty()) return;  // the default (council approval unknown)
        if (const auto value = row.enumeration<E>(c, enum_aliases(E{}))) out = *value;
    }
    template <class F, Count N>
    void decode(Row& row, std::size_t c, const F&, N& out) {
        if (const auto n = row.number<N>(c, false)) out = *n;
    }
    template <class F, Count N>
    void decode(Row& row, std::size_t c, const F&, std::optional<N>& out) {
        if (const auto n = row.number<N>(c, false)) out = *n;
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F& field, double& out) {
        if (const auto n = row.number<double>(c, field.required)) out = *n;
    }
    template <class F, class Tag>
    void decode(Row& row, std::size_t c, const F&, Id<Tag>& out) {
        const auto key = row.required(c);
        if (key.empty()) return;
        if (const auto id = resolve<Tag>(row, c, key)) out = *id;
    }
    template <class F, class Tag>
    void decode(Row& row, std::size_t c, const F&, std::optional<Id<Tag>>& out) {
        const auto key = row.cell(c);
        if (!key.empty()) out = resolve<Tag>(row, c, key);
    }
    template <class F, class List>
    requires is_list_of_v<List, TextId>
    void decode(Row& row, std::size_t c, const F&, List& out) {
        for (const auto item : row.list(c)) out.push_back(intern(item));
    }
    template <class F, class List>
    requires detail::is_record_reference_list<List>
    void decode(Row& row, std::size_t c, const F& field, List& out) {
        using Tag = typename detail::id_tag<typename List::value_type>::type;
        const auto keys = row.list(c);
        if (field.required && keys.empty()) {
            if (!row.cell(c).empty())
                row.error(c, "names no " + std::string(record_word<Tag>()));
            else
                (void)row.required(c);
        }
        for (const auto key : keys)
            if (const auto id = resolve<Tag>(row, c, key)) out.push_back(*id);
    }
    /// NAME_start and NAME_end.
    template <class F>
    void decode(Row& row, std::size_t c, const F& field, std::optional<Period>& out) {
        const auto from = row.date(c);
        const auto until = row.date(c + 1);
        if (until && !from && row.cell(c).empty())
            row.error(c + 1, "a " + std::string(field.name) + " end needs a " + std::string(field.name) + "_start");
        if (from) {
            try {
                out = Period(*from, until);
            } catch (const InvalidValue& e) {
                row.error(c + 1, e.what());
            }
        }
    }
    /// NAME_ref, NAME_name and NAME_type: present when any of them is filled.
    template <class F>
    void decode(Row& row, std::size_t c, const F&, std::optional<OrganisationRef>& out) {
        const auto ref = row.raw(c);
        const auto name = row.raw(c + 1);
        const auto type = row.cell(c + 2).empty() ? std::optional<std::uint16_t>() : organisation_type(row, c + 2);
        if (!ref.empty() || !name.empty() || type) out = OrganisationRef{intern(ref), intern(name), type.value_or(0)};
    }
    template <class F>
    void decode(Row& row, std::size_t c, const F&, std::vector<OtherIdentifier>& out) {
        for (const auto item : row.list(c)) {
            // "B1:XM-OLD": an IATI OtherIdentifierType code (or its name), a colon, the identifier.
            const auto colon = item.find(':');
            const auto type =
                colon == std::string_view::npos ? std::nullopt : other_identifier_type_from(item.substr(0, colon));
            const auto ref = colon == std::string_view::npos ? std::string_view() : trim(item.substr(colon + 1));
            if (!type || ref.empty()) {
                row.error(c, detail::quoted_excerpt(item) +
                                 " is not an other identifier written TYPE:IDENTIFIER with an IATI "
                                 "OtherIdentifierType code (A1, A2, A3, A4, A9, B1, B9), e.g. B1:XM-OLD");
                continue;
            }
            out.push_back(OtherIdentifier{intern(ref), *type});
        }
    }

    /// "co_organiser:gcf; funding:koica@K-42": a role's name, a colon, the organisation's
    /// id, and after "@" the organisation's own identifier of the activity, when given.
    template <class F>
    void decode(Row& row, std::size_t c, const F&, CompactList<Involvement>& out) {
        for (const auto item : row.list(c)) {
            const auto colon = item.find(':');
            const auto role = colon == std::string_view::npos
                                  ? std::nullopt
                                  : enum_from_string<OrganisationRole>(fold(trim(item.substr(0, colon))));
            auto key = colon == std::string_view::npos ? std::string_view() : trim(item.substr(colon + 1));
            std::string_view activity;
            if (const auto at = key.find('@'); at != std::string_view::npos) {
                activity = trim(key.substr(at + 1));
                key = trim(key.substr(0, at));
            }
            if (!role || key.empty()) {
                row.error(c, detail::quoted_excerpt(item) + " is not written ROLE:ORGANISATION with a role of " +
                                 enum_choices<OrganisationRole>() + ", e.g. implementing:koica");
                continue;
            }
            if (const auto id = resolve<OrganisationTag>(row, c, key))
                out.push_back(Involvement{*id, *role, intern(activity)});
        }
    }
    /// "vice_governor:1; official:3": a role's name, a colon, how many.
    template <class F>
    void decode(Row& row, std::size_t c, const F&, CompactList<Delegates>& out) {
        for (const auto item : row.list(c)) {
            const auto colon = item.find(':');
            const auto role = colon == std::string_view::npos
                                  ? std::nullopt
                                  : enum_from_string<DelegateRole>(fold(trim(item.substr(0, colon))));
            const auto digits = colon == std::string_view::npos ? std::string_view() : trim(item.substr(colon + 1));
            std::uint16_t count = 0;
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
            if (!role || digits.empty() || error != std::errc() || end != digits.data() + digits.size()) {
                row.error(c, detail::quoted_excerpt(item) + " is not written ROLE:COUNT with a role of " +
                                 enum_choices<DelegateRole>() + " and a count of 0-65535, e.g. official:3");
                continue;
            }
            out.push_back(Delegates{*role, count});
        }
    }
    template <class E>
    static std::string enum_choices() {
        std::string out;
        for (const auto name : enum_names(E{})) out += (out.empty() ? "" : ", ") + std::string(name);
        return out;
    }

    template <class Tag>
    static constexpr std::string_view record_word() {
        return Description<record_of_t<Tag>>::name;
    }

    /// The record of another table that `key` names; nullopt (reported unless that row
    /// itself failed) when there is none.
    template <class Tag>
    std::optional<Id<Tag>> resolve(Row& row, std::size_t c, std::string_view key) {
        using Record = record_of_t<Tag>;
        return reference(row, c, key, portfolio_->find<Record>(key), keys<Record>(), record_word<Tag>());
    }

    // --- the tables ------------------------------------------------------------------------

    void read_home() {
        std::optional<SubdivisionCode> code = options_.home;
        std::string name_en = options_.home_name_en;
        std::string name_local = options_.home_name_local;
        std::size_t rows = 0;
        const std::size_t code_column = column_of<HomeGovernment>("code");
        read(sources_.home, detail::csv_record_table<HomeGovernment>().spec, [&](Row& row) {
            if (++rows > 1) {
                row.fail_row("home.csv holds one row, the home government");
                return;
            }
            TextPool texts;  // the portfolio is made from this row
            home_texts_ = &texts;
            HomeGovernment home{.code = SubdivisionCode("ZZ-ZZ")};
            read_fields(
                row, home, [](std::string_view, std::size_t) { return false; }, no_rule);
            home_texts_ = nullptr;
            // An empty code keeps CsvImportOptions::home (the row names the home government).
            if (SubdivisionCode::is_well_formed(row.cell(code_column))) code = home.code;
            name_en = std::string(texts.view(home.name_en));
            name_local = std::string(texts.view(home.name_local));
        });
        if (sources_.home && rows == 0) problems_.add(sources_.home->string() + ": no row gives the home government");
        if (!code && !sources_.home)
            throw FileError("no home government: give a home.csv table or CsvImportOptions::home (e.g. KR-41)");
        // A placeholder keeps the other tables' problems coming; the import fails anyway.
        portfolio_.emplace(code.value_or(SubdivisionCode("ZZ-ZZ")), name_en, name_local);
    }

    /// The record's id from its id column: claimed (false when it repeats or is not an id).
    template <Described Record>
    bool claim_record_key(Keys& keys, Row& row, std::string_view& key, bool required) {
        const std::size_t column = column_of<Record>("id");
        key = required ? row.required(column) : row.cell(column);
        return key.empty() || claim_key(keys, row, column, key);
    }

    /// The keys of a record kind's table.
    template <RecordKind Record>
    Keys& keys() {
        return std::get<RecordKinds::index_of<Record>>(keys_);
    }

    /// The table of a record kind with no rules of its own: each row a record.
    template <RecordKind Record>
    void read_kind(std::type_identity<Record>) {
        read(source_path<Record>(sources_), detail::csv_record_table<Record>().spec, [&](Row& row) {
            Record record;
            std::string_view key;
            if (!claim_record_key<Record>(keys<Record>(), row, key, true)) return;
            record.key = intern(key);
            read_fields(row, record, id_is_own, no_rule);
            if (row.ok()) {
                try {  // the model's own rules (Portfolio::check: a staffing fact needs its as_of)
                    portfolio_->add(std::move(record));
                    return;
                } catch (const InvalidValue& e) {
                    row.fail_row(e.what());
                }
            }
            keys<Record>().failed.emplace(key);
        });
    }
    // The tables with rules of their own.
    void read_kind(std::type_identity<Partner>) { read_partners(); }
    void read_kind(std::type_identity<Agreement>) { read_agreements(); }
    void read_kind(std::type_identity<ExchangeProgram>) { read_programs(); }
    void read_kind(std::type_identity<OdaEngagement>) { read_oda(); }
    // Documents may be about an ODA engagement, whose records are made last: read after them.
    void read_kind(std::type_identity<Document>) {}

    void remember_names(const Partner& p, PartnerId id) {
        for (const TextId name : {p.name_en, p.name_local})
            if (name != TextId(0))
                partners_by_name_.emplace(p.country.str() + '\t' + std::string(portfolio_->text(name)), id);
    }

    void read_partners() {
        read(source_path<Partner>(sources_), detail::csv_record_table<Partner>().spec, [&](Row& row) {
            Partner p;
            std::string_view key;
            if (!claim_record_key<Partner>(keys<Partner>(), row, key, true)) return;
            p.key = intern(key);
            read_fields(row, p, id_is_own, [&](std::string_view name, std::size_t column) {
                // A city's code is optional, a country has none.
                if (name == "region" && p.level == PartnerLevel::region && !p.region && row.cell(column).empty())
                    row.error(column, "a region partner needs its ISO 3166-2 code");
            });
            if (!row.ok()) {
                keys<Partner>().failed.emplace(key);
                return;
            }
            const Partner& added = portfolio_->partner(portfolio_->add(std::move(p)));
            remember_names(added, added.id);
            for (const auto& [column, kind] : {std::pair(detail::pi_priority, DesignationKind::priority),
                                               std::pair(detail::pi_strategic_oda, DesignationKind::strategic_oda)}) {
                const std::size_t c = import_only_column<Partner>(column);
                if (row.has(c) && row.flag(c)) flag_designations_.push_back({added.id, kind, row.where()});
            }
        });
    }

    /// The designations partners.csv's yes/no columns stand for, once designations.csv is
    /// read: keyed "PARTNER-KIND" (with a suffix when designations.csv took that key).
    void add_flag_designations() {
        detail::SuffixedKeys suffixes;
        for (const FlagDesignation& flag : flag_designations_) {
            const std::string kind(to_string(flag.kind));
            const std::string base = std::string(portfolio_->text(portfolio_->partner(flag.partner).key)) + "-" + kind;
            const std::string key = suffixes.next_free(base, [&](const std::string& k) {
                return portfolio_->find<Designation>(k) || keys<Designation>().failed.contains(k);
            });
            Designation d;
            d.key = portfolio_->intern(key);
            d.partner = flag.partner;
            d.kind = flag.kind;
            d.provenance = portfolio_->partner(flag.partner).provenance;
            d.provenance.note =
                portfolio_->intern("from the " + kind + " column of " + flag.where + ", which gives no dates");
            portfolio_->add(std::move(d));
        }
    }

    /// A table's import-only columns, after the described ones.
    template <class Record = Agreement>
    static std::size_t import_only_column(std::size_t c) {
        return detail::csv_record_table<Record>().columns.size() - detail::csv_import_only_columns<Record>.size() + c;
    }

    /// The partner an office sheet names (with its country), created when new.
    std::optional<PartnerId> partner_by_name(Row& row, std::string_view name) {
        const std::size_t country_column = import_only_column(detail::ai_country);
        const std::size_t level_column = import_only_column(detail::ai_partner_level);
        const auto country = row.country(country_column);
        if (!country) return std::nullopt;
        const std::string lookup = country->str() + '\t' + std::string(name);
        if (const auto it = partners_by_name_.find(lookup); it != partners_by_name_.end()) return it->second;
        Partner p;
        p.country = *country;
        p.region = row.region(import_only_column(detail::ai_partner_region));
        p.level = p.region ? PartnerLevel::region : PartnerLevel::city;
        if (row.has(level_column) && !row.cell(level_column).empty()) {
            if (const auto level = row.enumeration<PartnerLevel>(level_column, level_aliases())) p.level = *level;
            if (p.level == PartnerLevel::region && !p.region)
                row.error(level_column, "a region partner needs its ISO 3166-2 code in a partner_region column");
        }
        if (!row.ok()) return std::nullopt;
        (is_ascii(name) ? p.name_en : p.name_local) = portfolio_->intern(name);
        const std::string base = detail::ascii_lower(country->view()) + "-" + slug(name);
        const std::string key = partner_key_suffixes_.next_free(base, [&](const std::string& k) {
            return portfolio_->find_partner(k) || keys<Partner>().failed.contains(k);
        });
        p.key = portfolio_->intern(key);
        p.provenance.note = portfolio_->intern("created from " + row.where() + ", which names the partner");
        const PartnerId id = portfolio_->add(std::move(p));
        partners_by_name_.emplace(lookup, id);
        return id;
    }

    /// An agreement's partner: a partner id, or, in an office's sheet with a country column,
    /// a partner's name in that country.
    void read_agreement_partner(Row& row, std::size_t column, Agreement& a) {
        const auto partner = row.required(column);
        if (partner.empty()) return;
        std::optional<PartnerId> pid;
        if (const auto found = portfolio_->find_partner(partner))
            pid = found;
        else if (keys<Partner>().failed.contains(std::string(partner)))
            row.fail_quietly();
        else if (row.has(import_only_column(detail::ai_country)))
            pid = partner_by_name(row, partner);
        else
            row.error(column, "no partner has the id " + detail::quoted_excerpt(partner) +
                                  " (add it to partners.csv, or give a country column to name partners)");
        if (pid) a.partner = *pid;
    }

    void read_agreements() {
        struct Pending {
            AgreementId agreement;
            std::string key;
            std::string where;
        };
        std::vector<Pending> supersedes;
        read(source_path<Agreement>(sources_), detail::csv_record_table<Agreement>().spec, [&](Row& row) {
            Agreement a;
            std::string_view key;  // optional: made from the partner, kind and date when absent
            if (!claim_record_key<Agreement>(keys<Agreement>(), row, key, false)) return;
            std::string_view target;  // supersedes may point forward: resolved once every row is in
            read_fields(
                row, a,
                [&](std::string_view name, std::size_t column) {
                    if (name == "partner") read_agreement_partner(row, column, a);
                    if (name == "supersedes") target = row.cell(column);
                    return name == "id" || name == "partner" || name == "supersedes";
                },
                no_rule);
            if (!row.ok()) {
                if (!key.empty()) keys<Agreement>().failed.emplace(key);
                return;
            }
            if (key.empty()) {
                const std::string base = std::string(portfolio_->text(portfolio_->partner(a.partner).key)) + "-" +
                                         std::string(to_string(a.kind)) + "-" +
                                         (a.signed_on ? a.signed_on->to_string() : std::string("undated"));
                const std::string generated = agreement_key_suffixes_.next_free(base, [&](const std::string& k) {
                    return portfolio_->find_agreement(k) || keys<Agreement>().first_row.contains(k);
                });
                a.key = portfolio_->intern(generated);
            } else {
                a.key = portfolio_->intern(key);
            }
            const AgreementId id = portfolio_->add(std::move(a));
            if (!target.empty())
                supersedes.push_back({id, std::string(target), row.where() + ", column \"supersedes\""});
        });
        for (const auto& s : supersedes) {
            if (const auto target = portfolio_->find_agreement(s.key)) {
                Agreement a = portfolio_->agreement(s.agreement);
                a.supersedes = target;
                portfolio_->replace(std::move(a));
            } else if (!keys<Agreement>().failed.contains(s.key)) {
                problems_.add(s.where + ": no agreement has the id " + detail::quoted_excerpt(s.key));
            }
        }
    }

    void read_documents() {
        struct Pending {
            DocumentId document;
            std::string key;
            std::string where;
        };
        std::vector<Pending> originals;
        read(source_path<Document>(sources_), detail::csv_record_table<Document>().spec, [&](Row& row) {
            Document d;
            std::string_view key;
            if (!claim_record_key<Document>(keys<Document>(), row, key, true)) return;
            d.key = intern(key);
            std::string_view original;  // translation_of may point forward: resolved once every row is in
            read_fields(
                row, d,
                [&](std::string_view name, std::size_t column) {
                    if (name == "translation_of") original = row.cell(column);
                    return name == "id" || name == "translation_of";
                },
                no_rule);
            if (!row.ok()) {
                keys<Document>().failed.emplace(key);
                return;
            }
            const DocumentId id = portfolio_->add(std::move(d));
            if (!original.empty())
                originals.push_back({id, std::string(original), row.where() + ", column \"translation_of\""});
        });
        for (const auto& o : originals) {
            if (const auto target = portfolio_->find<Document>(o.key)) {
                Document d = portfolio_->at(o.document);
                d.translation_of = target;
                portfolio_->replace(std::move(d));
            } else if (!keys<Document>().failed.contains(o.key)) {
                problems_.add(o.where + ": no document has the id " + detail::quoted_excerpt(o.key));
            }
        }
    }

    void read_programs() {
        read(source_path<ExchangeProgram>(sources_), detail::csv_record_table<ExchangeProgram>().spec, [&](Row& row) {
            ExchangeProgram g;
            std::string_view key;
            if (!claim_record_key<ExchangeProgram>(keys<ExchangeProgram>(), row, key, true)) return;
            g.key = intern(key);
            // An empty start: the program is undated.
            read_fields(row, g, id_is_own, [&](std::string_view name, std::size_t column) {
                if (name == "end" && g.start && g.end && g.end->latest() < g.start->earliest())
                    row.error(column, "the end " + g.end->to_string() + " is before the start " + g.start->to_string());
            });
            if (row.ok())
                portfolio_->add(std::move(g));
            else
                keys<ExchangeProgram>().failed.emplace(key);
        });
    }

    /// Reads the engagements' part tables into the engagements of oda.csv, then adds them.
    void add_engagements() {
        read_shares(sources_.oda_regions, detail::oda_region_table, true);
        read_shares(sources_.oda_sectors, detail::oda_sector_table, false);
        read_budgets();
        read_countries();
        read_recipient_regions();
        read_transactions();
        read_participants();
        // Sheets made before version 2: their participants and implementers become
        // organisation records named in the engagements' organisations.
        std::optional<detail::OrganisationMatcher> matcher;
        for (std::size_t i = 0; i < oda_.size(); ++i) {
            const Version1Parts& parts = version_1_parts_[i];
            if (parts.participants.empty() && parts.implementers.empty()) continue;
            if (!matcher) matcher.emplace(*portfolio_);
            detail::json::upgrade_organisations_1_to_2(*portfolio_, *matcher, oda_[i], parts.participants,
                                                       parts.implementers);
        }
        for (auto& e : oda_) {
            // The model's own rules (Portfolio::check) on what the rows built: a problem like the others.
            try {
                portfolio_->add(std::move(e));
            } catch (const InvalidValue& error) {
                problems_.add((sources_.oda ? sources_.oda->string() : std::string("oda.csv")) + ": " + error.what());
            }
        }
    }

    void read_oda() {
        read(source_path<OdaEngagement>(sources_), detail::csv_record_table<OdaEngagement>().spec, [&](Row& row) {
            OdaEngagement e;
            std::string_view key;
            if (!claim_record_key<OdaEngagement>(keys<OdaEngagement>(), row, key, true)) return;
            e.key = intern(key);
            read_fields(row, e, id_is_own, no_rule);
            if (!row.ok()) {
                keys<OdaEngagement>().failed.emplace(key);
                return;
            }
            std::vector<std::string> implementers;
            if (const std::size_t c = import_only_column<OdaEngagement>(detail::oi_implementers); row.has(c))
                for (const auto name : row.list(c)) implementers.emplace_back(name);
            oda_index_.emplace(std::string(key), oda_.size());
            oda_.push_back(std::move(e));
            version_1_parts_.emplace_back().implementers = std::move(implementers);
        });
    }

    /// The engagement a sub-table row belongs to.
    OdaEngagement* engagement(Row& row, std::size_t column) {
        const auto key = row.required(column);
        if (key.empty()) return nullptr;
        if (const auto it = oda_index_.find(std::string(key)); it != oda_index_.end()) return &oda_[it->second];
        if (keys<OdaEngagement>().failed.contains(std::string(key)))
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
            detail::json::Version1Participant participant;
            participant.ref = row.raw(pt_ref);
            participant.name = row.raw(pt_name);
            if (!row.cell(pt_type).empty())
                if (const auto type = organisation_type(row, pt_type)) participant.type = *type;
            const auto role = row.enumeration<OrganisationRole>(pt_role, iati_code_aliases<OrganisationRole>());
            participant.activity_id = row.raw(pt_activity_id);
            if (!role) return;
            if (!is_iati(*role)) {
                row.error(pt_role, std::string(to_string(*role)) +
                                       " has no IATI code: a participant is funding (1), accountable (2), "
                                       "extending (3) or implementing (4)");
                return;
            }
            participant.role = *role;
            if (e && row.ok())
                version_1_parts_[static_cast<std::size_t>(e - oda_.data())].participants.push_back(
                    std::move(participant));
        });
    }

    const CsvSources& sources_;
    const CsvImportOptions& options_;
    Problems problems_;
    std::optional<Portfolio> portfolio_;
    template <class... Records>
    using KeysOf = std::array<Keys, sizeof...(Records)>;
    RecordKinds::apply<KeysOf> keys_;
    detail::SuffixedKeys partner_key_suffixes_, agreement_key_suffixes_;  // generated keys: next free suffix per base
    /// A yes in partners.csv's priority or strategic_oda column.
    struct FlagDesignation {
        PartnerId partner;
        DesignationKind kind;
        std::string where;  ///< the row, for the designation's note
    };
    std::vector<FlagDesignation> flag_designations_;
    std::unordered_map<std::string, PartnerId> partners_by_name_;
    std::vector<OdaEngagement> oda_;
    std::unordered_map<std::string, std::size_t> oda_index_;
    /// Per engagement of oda_: what a sheet made before version 2 named in oda_participants.csv
    /// and the implementers column.
    struct Version1Parts {
        std::vector<detail::json::Version1Participant> participants;
        std::vector<std::string> implementers;
    };
    std::vector<Version1Parts> version_1_parts_;
    TextPool* home_texts_ = nullptr;  ///< Set while home.csv's row is read.
};

}  // namespace

Portfolio import_csv(const CsvSources& sources, const CsvImportOptions& options) {
    return Importer(sources, options).run();
}

}  // namespace paradiplomacy
