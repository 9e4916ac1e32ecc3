#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generate the table of former ISO 3166-2 subdivision codes and their successors.

A region that merged, split or was renamed keeps the code it had when a tie was signed
("VN-15", Hà Tây, merged into Hanoi in 2008); this table tells what replaced it. Its
sources, none typed into code:
  * CLDR's supplementalMetadata.xml (Debian's `unicode-cldr-core`): every
    <subdivisionAlias type="cz10a" replacement="cz110" reason="deprecated"/> whose code
    iso-codes no longer lists. CLDR writes codes in lower case without the hyphen; a
    replacement may name several codes (a split) or a country code. A replacement that is
    itself an alias is followed; successors that iso-codes does not list as current
    subdivisions or countries are left out (CLDR knows of some no successor in force).
    CLDR's "overlong" aliases of codes ISO still lists (FR-GF, also the country GF) are
    not former codes and are skipped.
  * CLDR's validity/subdivision.xml: the codes CLDR marks deprecated, beside the
    supplemental directory. Those without an alias, and not listed by iso-codes, are
    former codes whose successor no source names.
  * data/former-subdivisions.csv: former codes that CLDR does not know (code, successors,
    reason). Where CLDR names a successor for the same code, CLDR's is used.
iso-codes (Debian's `iso-codes`) says which codes are current; it has no list of
withdrawn subdivision codes (its ISO 3166-3 file lists withdrawn countries only).
A missing or empty source stops the build with a message saying which and how to fix it.
"""

import argparse
import csv
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_reference_tables import cstr, find_iso_codes_dir, write_if_changed  # noqa: E402

DEFAULT_METADATA = "/usr/share/unicode/cldr/common/supplemental/supplementalMetadata.xml"
ISO_SUBDIVISION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
ISO_COUNTRY = re.compile(r"[A-Z]{2}")
CLDR_SOURCE = "CLDR supplementalMetadata.xml subdivisionAlias"
CLDR_VALIDITY_SOURCE = "CLDR validity/subdivision.xml, deprecated"
PROJECT_SOURCE = "data/former-subdivisions.csv"


def fail(why):
    sys.exit("generate_former_subdivisions: " + why)


def iso_form(cldr_code):
    """CLDR's "vn15" as ISO's "VN-15"; a two-letter country code ("AX") stays as it is."""
    if len(cldr_code) == 2:
        return cldr_code.upper()
    return cldr_code[:2].upper() + "-" + cldr_code[2:].upper()


def find_metadata(explicit):
    path = explicit or DEFAULT_METADATA
    if not os.path.isfile(path):
        fail(
            f"CLDR supplementalMetadata.xml not found at {path}: install Debian's 'unicode-cldr-core' "
            "or configure with -DPARADIPLOMACY_CLDR_METADATA=FILE (or pass --cldr-metadata FILE)"
        )
    return path


def read_aliases(path):
    """{ISO code: ([successor codes], CLDR reason)} for every subdivisionAlias."""
    aliases = {}
    for a in ET.parse(path).getroot().iter("subdivisionAlias"):
        code, replacement = a.get("type", ""), a.get("replacement", "")
        if not code or not replacement:
            fail(f"{path}: a subdivisionAlias without type or replacement: {ET.tostring(a, encoding='unicode')}")
        aliases[iso_form(code)] = ([iso_form(r) for r in replacement.split()], a.get("reason", ""))
    if not aliases:
        fail(f"{path} holds no <subdivisionAlias>: is it CLDR's supplementalMetadata.xml?")
    return aliases


def expand_range(token, path):
    """CLDR's "cz10a~f" for cz10a, cz10b ... cz10f (the last character runs)."""
    if "~" not in token:
        return [token]
    first, last = token.split("~")
    if len(last) != 1:
        fail(f"{path}: cannot read the range {token!r} (only the last character may run)")
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    start, end = alphabet.find(first[-1]), alphabet.find(last)
    if start < 0 or end < start:
        fail(f"{path}: cannot read the range {token!r}")
    return [first[:-1] + c for c in alphabet[start : end + 1]]


def read_deprecated(path):
    if not os.path.isfile(path):
        fail(
            f"CLDR validity file {path} not found: it lies at common/validity/subdivision.xml beside "
            "common/supplemental/ in every CLDR release (Debian's 'unicode-cldr-core')"
        )
    codes = []
    for ids in ET.parse(path).getroot().iter("id"):
        if ids.get("type") == "subdivision" and ids.get("idStatus") == "deprecated":
            for token in (ids.text or "").split():
                codes += [iso_form(c) for c in expand_range(token, path)]
    if not codes:
        fail(f"{path} lists no deprecated subdivision: is it CLDR's validity/subdivision.xml?")
    return codes


def read_project_rows(path, current_subdivisions, current_countries):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["code", "successors", "reason"]:
            fail(f"{path}:1: expected the header code,successors,reason, found {reader.fieldnames}")
        seen = set()
        for line, row in enumerate(reader, start=2):
            code, reason = row["code"].strip(), row["reason"].strip()
            successors = row["successors"].split()
            where = f"{path}:{line}"
            if not ISO_SUBDIVISION.fullmatch(code):
                fail(f"{where}: {code!r} is not an ISO 3166-2 code (like VN-15)")
            if code in current_subdivisions:
                fail(f"{where}: iso-codes lists {code} as a current subdivision, so it is not a former one")
            if code in seen:
                fail(f"{where}: {code} is listed twice")
            seen.add(code)
            for s in successors:
                if s not in current_subdivisions and s not in current_countries:
                    fail(
                        f"{where}: successor {s} of {code} is not a current ISO 3166-2 or ISO 3166-1 code in iso-codes"
                    )
            if not reason:
                fail(f"{where}: {code} needs a reason (what happened, and the source that says so)")
            rows.append((code, successors, reason))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iso-codes", help="directory of the iso-codes JSON files")
    ap.add_argument("--cldr-metadata", help="CLDR common/supplemental/supplementalMetadata.xml")
    ap.add_argument("--project-rows", required=True, help="data/former-subdivisions.csv")
    ap.add_argument("--output", required=True)
    args = ap.parse_args()

    iso_dir = find_iso_codes_dir(args.iso_codes)
    with open(os.path.join(iso_dir, "iso_3166-2.json"), encoding="utf-8") as f:
        current_subdivisions = {s["code"] for s in json.load(f)["3166-2"]}
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        current_countries = {c["alpha_2"] for c in json.load(f)["3166-1"]}

    metadata = find_metadata(args.cldr_metadata)
    validity = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(metadata))), "validity", "subdivision.xml")
    aliases = read_aliases(metadata)
    deprecated = read_deprecated(validity)

    def current(code):
        return code in current_subdivisions or code in current_countries

    def successors_of(code, seen=()):
        """The current codes that `code` became, following CLDR's aliases."""
        if current(code):
            return [code]
        if code in seen or code not in aliases:
            return []
        out = []
        for s in aliases[code][0]:
            out += [c for c in successors_of(s, seen + (code,)) if c not in out]
        return out

    former = {}  # code: (successors, reason, source)
    for code, (replacements, reason) in aliases.items():
        # Codes ISO still lists are current whatever CLDR prefers; codes that are not in
        # ISO 3166-2's form could never be asked about.
        if current(code) or not ISO_SUBDIVISION.fullmatch(code):
            continue
        successors, lost = [], []
        for r in replacements:
            found = successors_of(r, (code,))
            successors += [c for c in found if c not in successors]
            if not found:
                lost.append(r)
        if lost:
            reason += "; CLDR's replacement %s is not a current code" % " ".join(lost)
        former[code] = (successors, reason, CLDR_SOURCE)
    for code in deprecated:
        if code not in former and not current(code) and ISO_SUBDIVISION.fullmatch(code):
            former[code] = ([], "deprecated; CLDR names no replacement", CLDR_VALIDITY_SOURCE)
    for code, successors, reason in read_project_rows(args.project_rows, current_subdivisions, current_countries):
        if code not in former or not former[code][0]:
            former[code] = (successors, reason, PROJECT_SOURCE)

    successor_codes = []
    rows = []
    for code in sorted(former):
        successors, reason, source = former[code]
        span = "{successor_codes + %d, %d}" % (len(successor_codes), len(successors)) if successors else "{}"
        successor_codes += successors
        rows.append("    {%s, %s, %s, %s}," % (cstr(code), span, cstr(reason), cstr(source)))

    out = [
        "// Generated by tools/generate_former_subdivisions.py from CLDR, iso-codes and",
        "// data/former-subdivisions.csv. Do not edit.",
        "#include <paradiplomacy/reference/former_subdivisions.hpp>",
        "",
        "namespace paradiplomacy::reference {",
        "namespace {",
        "constexpr std::string_view successor_codes[] = {",
    ]
    out += ["    %s," % cstr(c) for c in successor_codes] or ['    "",  // an array cannot be empty']
    out += ["};", "constexpr FormerSubdivision rows[] = {"]
    out += rows
    out += [
        "};",
        "}  // namespace",
        "",
        "std::span<const FormerSubdivision> former_subdivisions() noexcept { return rows; }",
        "",
        "}  // namespace paradiplomacy::reference",
        "",
    ]
    write_if_changed(args.output, "\n".join(out))


if __name__ == "__main__":
    main()
