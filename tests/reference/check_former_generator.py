#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""tools/generate_former_subdivisions.py stops with a message naming the missing or bad
source, never writing an empty table; on good sources it merges CLDR and the project's rows.

Run by ctest (reference.former_subdivisions_generator): check_former_generator.py SOURCE_DIR
"""

import os
import subprocess
import sys
import tempfile

SOURCE_DIR = sys.argv[1]
GENERATOR = os.path.join(SOURCE_DIR, "tools", "generate_former_subdivisions.py")
failures = []

METADATA = """<?xml version="1.0" encoding="UTF-8" ?>
<supplementalData><metadata><alias>
  <subdivisionAlias type="lud" replacement="lucl ludi" reason="deprecated"/>
  <subdivisionAlias type="frgf" replacement="GF" reason="overlong"/>
  <subdivisionAlias type="frh" replacement="frcor" reason="deprecated"/>
  <!-- <subdivisionAlias type="albr" replacement="al?" reason="deprecated"/> -->
</alias></metadata></supplementalData>
"""
VALIDITY = """<?xml version="1.0" encoding="UTF-8" ?>
<supplementalData><idValidity>
  <id type='subdivision' idStatus='deprecated'>gbant frcor lud vn14~5 frgf</id>
</idValidity></supplementalData>
"""
PROJECT = "code,successors,reason\nVN-15,VN-HN,merged into Ha Noi in 2008\nLU-D,LU-EC,ignored: CLDR names one\n"


def tree(tmp, metadata=METADATA, validity=VALIDITY, project=PROJECT):
    """A CLDR tree (common/supplemental, common/validity) and a project CSV under tmp."""
    paths = {}
    for name, text, rel in (
        ("metadata", metadata, "common/supplemental/supplementalMetadata.xml"),
        ("validity", validity, "common/validity/subdivision.xml"),
        ("project", project, "former-subdivisions.csv"),
    ):
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if text is not None:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        paths[name] = path
    return paths


def run(paths, output):
    return subprocess.run(
        [sys.executable, GENERATOR, "--cldr-metadata", paths["metadata"], "--project-rows", paths["project"]]
        + ["--output", output],
        capture_output=True,
        text=True,
    )


def expect_failure(what, expected, **sources):
    with tempfile.TemporaryDirectory() as tmp:
        output = os.path.join(tmp, "out.cpp")
        r = run(tree(tmp, **sources), output)
        if r.returncode == 0 or expected not in r.stderr:
            failures.append(f"{what}: expected a failure saying {expected!r}, got {r.returncode}: {r.stderr.strip()}")
        if os.path.exists(output):
            failures.append(f"{what}: wrote {output} although it failed")


expect_failure("missing supplementalMetadata.xml", "supplementalMetadata.xml not found", metadata=None)
expect_failure("missing supplementalMetadata.xml names the option", "PARADIPLOMACY_CLDR_METADATA", metadata=None)
expect_failure("no alias in the metadata", "holds no <subdivisionAlias>", metadata="<supplementalData/>")
expect_failure("missing validity file", "validity file", validity=None)
expect_failure("no deprecated code", "lists no deprecated subdivision", validity="<supplementalData/>")
expect_failure("bad header", "expected the header code,successors,reason", project="code,reason\nVN-15,x\n")
expect_failure(
    "current code",
    "former-subdivisions.csv:2: iso-codes lists KR-41 as a current subdivision",
    project="code,successors,reason\nKR-41,KR-11,why\n",
)
expect_failure(
    "successor not current",
    "former-subdivisions.csv:2: successor VN-99 of VN-15 is not a current",
    project="code,successors,reason\nVN-15,VN-99,why\n",
)
expect_failure("no reason", "VN-15 needs a reason", project="code,successors,reason\nVN-15,VN-HN,\n")
expect_failure("malformed code", "'VN15' is not an ISO 3166-2 code", project="code,successors,reason\nVN15,VN-HN,why\n")
expect_failure("twice", "VN-15 is listed twice", project="code,successors,reason\nVN-15,VN-HN,a\nVN-15,VN-HN,b\n")

with tempfile.TemporaryDirectory() as tmp:
    output = os.path.join(tmp, "out.cpp")
    r = run(tree(tmp), output)
    if r.returncode != 0:
        failures.append(f"good sources: failed: {r.stderr.strip()}")
    else:
        with open(output, encoding="utf-8") as f:
            text = f.read()
        rows = [line.strip() for line in text.splitlines() if line.startswith('    {"')]
        codes = [row.split('"')[1] for row in rows]
        expected_codes = ["FR-COR", "FR-H", "GB-ANT", "LU-D", "VN-15"]  # FR-GF, VN-14: current
        if codes != expected_codes:
            failures.append(f"good sources: rows {codes}, expected {expected_codes}")
        for needle in (
            '"LU-CL",\n    "LU-DI",',  # CLDR's two successors, in its order
            '{"LU-D", {successor_codes + 0, 2}, "deprecated", "CLDR supplementalMetadata.xml subdivisionAlias"}',
            '{"FR-H", {}, "deprecated; CLDR\'s replacement FR-COR is not a current code"',
            '{"VN-15", {successor_codes + 2, 1}, "merged into Ha Noi in 2008", "data/former-subdivisions.csv"}',
            '{"GB-ANT", {}, "deprecated; CLDR names no replacement"',
        ):
            if needle not in text:
                failures.append(f"good sources: {needle!r} not in the output:\n{text}")

for f in failures:
    print("FAIL:", f)
print("generator checks:", "failed" if failures else "all passed")
sys.exit(1 if failures else 0)
