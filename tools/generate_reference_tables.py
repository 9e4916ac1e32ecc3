#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generate the ISO 3166-1/-2/-3, ISO 4217, ISO 639 and UN M49 tables and the countries'
official languages as C++ source.

The tables are read from the iso-codes JSON files (Debian's `iso-codes`, or the copy
inside PyPI's `pycountry`) and from CLDR's supplementalData.xml (Debian's
`unicode-cldr-core`) so that no code table is ever typed in by hand.
"""

import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET


def find_iso_codes_dir(explicit):
    candidates = [explicit] if explicit else []
    candidates += ["/usr/share/iso-codes/json", "/usr/local/share/iso-codes/json"]
    try:
        import pycountry  # noqa: F401  (only its data directory is used)

        candidates.append(os.path.join(os.path.dirname(pycountry.__file__), "databases"))
    except ImportError:
        pass
    for c in candidates:
        if c and os.path.isfile(os.path.join(c, "iso_3166-1.json")):
            return c
    sys.exit(
        "generate_reference_tables: iso-codes JSON not found; install Debian's 'iso-codes' "
        "or PyPI's 'pycountry', or pass --iso-codes DIR"
    )


def find_cldr_file(explicit):
    candidates = [explicit] if explicit else []
    candidates += ["/usr/share/unicode/cldr/common/supplemental/supplementalData.xml"]
    for c in candidates:
        if c and os.path.isfile(c):
            return c
    sys.exit(
        "generate_reference_tables: CLDR supplementalData.xml not found; install Debian's "
        "'unicode-cldr-core' or pass --cldr FILE"
    )


def cstr(s):
    """A C++ string literal holding s exactly (UTF-8 bytes escaped where needed)."""
    out = []
    for b in s.encode("utf-8"):
        if b in (0x22, 0x5C):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F and chr(b) != "?":
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def write_if_changed(path, text):
    """Writes `text` to `path` through a temporary file, and only when it differs, so that a
    re-run of CMake does not force a rebuild and an interrupted run leaves no half file."""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def m49_tables(cldr_path, cldr_names_path):
    """The M49 containment tree and region names from CLDR.

    `parent` follows CLDR's partition of the world (each country and region in one
    sub-region, region and continent). CLDR marks the M49 regions that cut across that
    partition (419 Latin America and the Caribbean, 202 Sub-Saharan Africa, 003 North
    America) as groupings; they are M49 regions all the same (IATI region vocabulary 2),
    so they get a row too, under the region CLDR lists them in, without becoming any
    country's parent. `groupings` maps them to that region.
    """
    root = ET.parse(cldr_path).getroot()
    parent, groupings = {}, {}
    for g in root.iter("group"):
        if g.get("status") == "deprecated":
            continue
        if g.get("status") == "grouping":
            for member in g.get("contains").split():
                if member.isdigit():
                    groupings[member] = g.get("type")
            continue
        if g.get("grouping") == "true":
            groupings.setdefault(g.get("type"), "")
            continue
        for member in g.get("contains").split():
            parent[member] = g.get("type")
    names = {}
    if cldr_names_path and os.path.isfile(cldr_names_path):
        for t in ET.parse(cldr_names_path).getroot().iter("territory"):
            if t.get("alt") is None and t.get("type"):
                names.setdefault(t.get("type"), t.text)
    groupings = {code: up for code, up in groupings.items() if code.isdigit() and code not in parent}
    return parent, names, groupings


def korean_names(cldr_common):
    """CLDR's Korean names: of territories (main/ko.xml, {"KR": "대한민국"}) and of subdivisions
    (subdivisions/ko.xml, keyed as CLDR writes them: {"kr41": "경기도"}). Variants (alt=...)
    are left out; a missing file gives no names."""

    def read(path, tag):
        names = {}
        if os.path.isfile(path):
            for e in ET.parse(path).getroot().iter(tag):
                if e.get("alt") is None and e.get("type") and e.text and e.text.strip():
                    names.setdefault(e.get("type"), e.text.strip())
        return names

    return (
        read(os.path.join(cldr_common, "main", "ko.xml"), "territory"),
        read(os.path.join(cldr_common, "subdivisions", "ko.xml"), "subdivision"),
    )


def user_assigned_countries(cldr_path, parent, iso_alpha2):
    """Countries CLDR places in the M49 tree under a user-assigned ISO 3166-1 code (XK,
    Kosovo, which the European Commission, the IMF and IATI's Country codelist use), with
    CLDR's numeric and alpha-3 codes."""
    root = ET.parse(cldr_path).getroot()
    group_types = {g.get("type") for g in root.iter("group")}
    out = []
    for t in root.iter("territoryCodes"):
        code = t.get("type", "")
        user_assigned = code == "AA" or code == "ZZ" or code[:1] == "X" or ("QM" <= code <= "QZ")
        if (
            len(code) == 2
            and user_assigned
            and code not in iso_alpha2
            and code not in group_types
            and code in parent
            and t.get("numeric")
        ):
            out.append({"alpha_2": code, "alpha_3": t.get("alpha3", ""), "numeric": t.get("numeric")})
    return out


# CLDR's officialStatus values, in the order of reference::LanguageStatus.
LANGUAGE_STATUSES = ("official", "de_facto_official", "official_regional")


def country_languages(cldr_path):
    """The languages with an official status in each country, from CLDR's territoryInfo:
    (country, BCP 47 tag, status, population per cent), by country, then most spoken
    first. CLDR writes language ids with '_' ("zh_Hant"); BCP 47 joins subtags with '-'.
    Languages without an official status are left out."""
    info = ET.parse(cldr_path).getroot().find("territoryInfo")
    if info is None:
        sys.exit("generate_reference_tables: %s has no <territoryInfo>" % cldr_path)
    rows = []
    for territory in info.iter("territory"):
        country = territory.get("type", "")
        if len(country) != 2 or not country.isalpha() or country == "ZZ":
            continue
        for lp in territory.iter("languagePopulation"):
            status = lp.get("officialStatus")
            if status is None:
                continue
            if status not in LANGUAGE_STATUSES:
                sys.exit(
                    "generate_reference_tables: CLDR officialStatus %r (%s in %s) is not one of %s"
                    % (status, lp.get("type"), country, ", ".join(LANGUAGE_STATUSES))
                )
            rows.append((country, lp.get("type").replace("_", "-"), status, float(lp.get("populationPercent", "0"))))
    rows.sort(key=lambda r: (r[0], -r[3], r[1]))
    return rows


def iso639_codes(iso_dir):
    """Every ISO 639 language code a BCP 47 primary language subtag can be: the two-letter
    codes of ISO 639-1 and the three-letter codes of ISO 639-2 (terminology), -3 and -5.
    ISO 639-2's range qaa-qtz (local use) is left to the reader of the table."""
    codes = set()
    for name, key in (("iso_639-3.json", "639-3"), ("iso_639-2.json", "639-2"), ("iso_639-5.json", "639-5")):
        path = os.path.join(iso_dir, name)
        if not os.path.isfile(path):
            if key == "639-3":
                sys.exit("generate_reference_tables: %s not found in %s (iso-codes' ISO 639-3 table)" % (name, iso_dir))
            continue
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f)[key]:
                for field in ("alpha_2", "alpha_3"):
                    code = entry.get(field, "")
                    if code.isalpha() and code.islower() and len(code) in (2, 3):
                        codes.add(code)
    return sorted(codes)


def language_lines(cldr_path, iso_dir):
    """The C++ rows of the official-language and ISO 639 tables (lib/reference/language_tables.hpp)."""
    lines = ["const CountryLanguageRow country_language_rows[] = {"]
    for country, tag, status, percent in country_languages(cldr_path):
        lines.append("  {%s, %s, LanguageStatus::%s, %r}," % (cstr(country), cstr(tag), status, percent))
    lines += [
        "};",
        "const std::size_t country_language_row_count = std::size(country_language_rows);",
        "const char* const iso639_code_rows[] = {",
    ]
    codes = iso639_codes(iso_dir)
    for i in range(0, len(codes), 12):
        lines.append("  " + " ".join(cstr(c) + "," for c in codes[i : i + 12]))
    lines += ["};", "const std::size_t iso639_code_row_count = std::size(iso639_code_rows);"]
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iso-codes")
    ap.add_argument("--cldr")
    ap.add_argument("--output", required=True)
    args = ap.parse_args()

    iso_dir = find_iso_codes_dir(args.iso_codes)
    cldr = find_cldr_file(args.cldr)
    cldr_en = os.path.join(os.path.dirname(os.path.dirname(cldr)), "main", "en.xml")
    korean_countries, korean_subdivisions = korean_names(os.path.dirname(os.path.dirname(cldr)))

    def load(name, key):
        with open(os.path.join(iso_dir, name), encoding="utf-8") as f:
            return json.load(f)[key]

    countries = load("iso_3166-1.json", "3166-1")
    subdivisions = sorted(load("iso_3166-2.json", "3166-2"), key=lambda s: s["code"])
    withdrawn = sorted(load("iso_3166-3.json", "3166-3"), key=lambda c: c["alpha_2"])
    currencies = sorted(load("iso_4217.json", "4217"), key=lambda c: c["alpha_3"])
    parent, region_names, groupings = m49_tables(cldr, cldr_en)
    user_assigned = user_assigned_countries(cldr, parent, {c["alpha_2"] for c in countries})
    for c in user_assigned:
        c["name"] = region_names.get(c["alpha_2"], c["alpha_2"])
    countries = sorted(countries, key=lambda c: c["alpha_2"])
    user_assigned = sorted(user_assigned, key=lambda c: c["alpha_2"])

    current_alpha2 = {c["alpha_2"] for c in countries}
    region_names = {k: v for k, v in region_names.items() if k.isdigit()}
    lines = [
        "// Generated by tools/generate_reference_tables.py from iso-codes and CLDR. Do not edit.",
        '#include "reference/reference_tables.hpp"',
        '#include "reference/language_tables.hpp"',
        "namespace paradiplomacy::reference::detail {",
        "const CountryRow country_rows[] = {",
    ]

    def country_row(c):
        sub = parent.get(c["alpha_2"], "")
        reg = parent.get(sub, "") if sub else ""
        return "  {%s, %s, %s, %s, %s, %s, %d, %d, %s}," % (
            cstr(c["alpha_2"]),
            cstr(c["alpha_3"]),
            cstr(c.get("numeric", "")),
            cstr(c["name"]),
            cstr(c.get("official_name", "")),
            cstr(c.get("common_name", "")),
            int(sub) if sub.isdigit() else 0,
            int(reg) if reg.isdigit() else 0,
            cstr(korean_countries.get(c["alpha_2"], "")),
        )

    lines += [country_row(c) for c in countries]
    lines += [
        "};",
        "const std::size_t country_row_count = std::size(country_rows);",
        "const CountryRow user_assigned_country_rows[] = {",
    ]
    # A C++ array cannot be empty: without such codes one blank row stands, counted as none.
    lines += [country_row(c) for c in user_assigned] or ['  {"", "", "", "", "", "", 0, 0, ""},']
    lines += [
        "};",
        "const std::size_t user_assigned_country_row_count = %d;" % len(user_assigned),
        "const WithdrawnCountryRow withdrawn_country_rows[] = {",
    ]
    for c in withdrawn:
        if c["alpha_2"] in current_alpha2:
            continue  # the code was reassigned (BQ, for example): it is current, not withdrawn
        lines.append(
            "  {%s, %s, %s, %s, %s},"
            % (
                cstr(c["alpha_2"]),
                cstr(c.get("alpha_3", "")),
                cstr(c.get("alpha_4", "")),
                cstr(c["name"]),
                cstr(c.get("withdrawal_date", "")),
            )
        )
    lines += [
        "};",
        "const std::size_t withdrawn_country_row_count = std::size(withdrawn_country_rows);",
        "const SubdivisionRow subdivision_rows[] = {",
    ]
    for s in subdivisions:
        # iso-codes writes most parents as the bare suffix ("NX" for AZ-NX): make every one a full code.
        up = s.get("parent", "")
        if up and "-" not in up:
            up = s["code"].split("-")[0] + "-" + up
        korean = korean_subdivisions.get(s["code"].replace("-", "").lower(), "")
        lines.append(
            "  {%s, %s, %s, %s, %s}," % (cstr(s["code"]), cstr(s["name"]), cstr(s["type"]), cstr(up), cstr(korean))
        )
    lines += [
        "};",
        "const std::size_t subdivision_row_count = std::size(subdivision_rows);",
        "const CurrencyRow currency_rows[] = {",
    ]
    for c in currencies:
        lines.append("  {%s, %s, %s}," % (cstr(c["alpha_3"]), cstr(c.get("numeric", "")), cstr(c["name"])))
    lines += [
        "};",
        "const std::size_t currency_row_count = std::size(currency_rows);",
        "const RegionRow region_rows[] = {",
    ]
    codes = sorted({v for v in parent.values() if v.isdigit()} | {k for k in parent if k.isdigit()} | set(groupings))
    for code in codes:
        up = parent.get(code, groupings.get(code, ""))
        lines.append(
            "  {%d, %s, %d}," % (int(code), cstr(region_names.get(code, code)), int(up) if up.isdigit() else 0)
        )
    lines += [
        "};",
        "const std::size_t region_row_count = std::size(region_rows);",
        *language_lines(cldr, iso_dir),
        "const char* const iso_codes_source = %s;" % cstr(iso_dir),
        "}  // namespace paradiplomacy::reference::detail",
        "",
    ]

    write_if_changed(args.output, "\n".join(lines))


if __name__ == "__main__":
    main()
