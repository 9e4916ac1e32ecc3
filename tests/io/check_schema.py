#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks the schema of each version of the portfolio format against its golden files and
the catalogue of malformed files: schema/paradiplomacy.portfolio-2.schema.json against
tests/data/golden, schema/paradiplomacy.portfolio-1.schema.json against tests/data/golden/v1.

- each schema is a valid JSON Schema (draft 2020-12);
- every golden file of its version (the writer's canonical output) validates;
- every malformed file that a schema can recognise (listed below) fails validation, so the
  schema is as strict as the reader on types, enums, required and unknown members. The
  malformed files are version-1 documents; each is also checked as a version-2 one.

Exits 77 (ctest: skipped) when the jsonschema package is not installed.
"""

import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print(
        "SKIP: the Python package 'jsonschema' is not installed in this interpreter "
        f"({sys.executable}); install scripts/requirements-dev.txt into .venv"
    )
    sys.exit(77)

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = {
    1: (ROOT / "schema" / "paradiplomacy.portfolio-1.schema.json", ROOT / "tests" / "data" / "golden" / "v1"),
    2: (ROOT / "schema" / "paradiplomacy.portfolio-2.schema.json", ROOT / "tests" / "data" / "golden"),
}
BAD = ROOT / "tests" / "data" / "bad-json"

# Malformed files whose fault is visible to a schema (the others are syntax errors,
# encoding errors, impossible dates, duplicate ids, dangling references or ordering).
SCHEMA_DETECTS = [
    "bad-country-code",
    "budget-without-currency",
    "empty-id",
    "malformed-date",
    "missing-home",
    "missing-required",
    "negative-headcount",
    "not-an-object",
    "null-value",
    "percentage-out-of-range",
    "program-without-partners",
    "region-partner-without-region",
    "string-in-object-list",
    "unknown-enum",
    "unknown-member",
    "unknown-top-level-member",
    "wrong-schema-version",
    "wrong-type",
    "wrong-type-date",
    "id-with-surrounding-space",
    "list-item-with-separator",
    # the IATI-shaped members of an engagement
    "bad-default-currency",
    "budget-unknown-status",
    "organisation-type-as-string",
    "participant-without-role",
    "recipient-country-percentage-out-of-range",
    "recipient-region-code-out-of-range",
    "transaction-unknown-type",
    "transaction-year-out-of-range",
    "unknown-region-vocabulary",
]


def check(version: int, failures: list[str]) -> None:
    schema_path, golden_dir = SCHEMAS[version]
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    golden = sorted(golden_dir.glob("*.json"))
    if not golden:
        failures.append(f"no golden files in {golden_dir}")
    for path in golden:
        for error in validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))):
            failures.append(f"{schema_path.name}: {path.name}: {error.json_path}: {error.message}")

    for name in SCHEMA_DETECTS:
        path = BAD / f"{name}.json"
        if not path.exists():
            failures.append(f"{path} is missing")
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(document, dict) and document.get("schema") == "paradiplomacy.portfolio/1":
            document["schema"] = f"paradiplomacy.portfolio/{version}"
        if validator.is_valid(document):
            failures.append(f"{path.name} is malformed but {schema_path.name} accepts it")
    print(f"checked {len(golden)} golden and {len(SCHEMA_DETECTS)} malformed files against {schema_path.name}")


def main() -> int:
    failures: list[str] = []
    for version in SCHEMAS:
        check(version, failures)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
