#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Rewrite the described parts of bindings/python/paradiplomacy/_core.pyi from the module.

The record views' field properties and the Portfolio.add_* methods follow the record
descriptions (include/paradiplomacy/model/*.hpp, Description<R>), which the compiled
module hands out as paradiplomacy._core._describe(). Each generated part of _core.pyi lies
between two marker comments:

    # BEGIN generated: Partner fields (tools/generate_stubs.py)
    ...
    # END generated: Partner fields

and only those parts are rewritten. Run it with the package installed (scripts/test-python
installs it into .venv):

    .venv/bin/python tools/generate_stubs.py           # rewrite _core.pyi
    .venv/bin/python tools/generate_stubs.py --check   # exit 1 when _core.pyi differs

tests/python/test_described_fields.py fails, naming the first command, when the committed
stubs differ from what the module describes.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
from typing import Any

STUBS = pathlib.Path(__file__).resolve().parent.parent / "bindings" / "python" / "paradiplomacy" / "_core.pyi"
COMMAND = ".venv/bin/python tools/generate_stubs.py"
LINE = 120  # the project's line length (pyproject.toml: tool.ruff)

Field = tuple[str, str, str, bool, str, str]  # name, annotation, doc, required, keyword annotation, default


def properties(fields: list[Field]) -> list[str]:
    """The field properties of one record view, in description order."""
    out: list[str] = []
    for name, annotation, doc, _required, _keyword, _default in fields:
        out += ["    @property", f"    def {name}(self) -> {annotation}:", f'        """{doc}"""']
    return out


def add_method(method: str, id_type: str, fields: list[Field]) -> list[str]:
    """Portfolio.add_*: the record id `key` positional, every other field keyword-only, as
    ruff formats it (one line when it fits, else one parameter a line)."""
    key, *keywords = fields
    params = [f"{key[0]}: {key[4]}", "*"]
    for name, _annotation, _doc, required, keyword, default in keywords:
        params.append(f"{name}: {keyword}" if required else f"{name}: {keyword} = {default}")
    one_line = f"    def {method}(self, {', '.join(params)}) -> {id_type}: ..."
    if len(one_line) <= LINE:
        return [one_line]
    return [f"    def {method}(", "        self,", *(f"        {p}," for p in params), f"    ) -> {id_type}: ..."]


ID_TYPES = {
    "Municipality": "MunicipalityId",
    "Partner": "PartnerId",
    "Agreement": "AgreementId",
    "ExchangeProgram": "ProgramId",
    "OdaEngagement": "EngagementId",
}


def blocks(description: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The generated lines of every block, by block name."""
    out: dict[str, list[str]] = {}
    adds: list[str] = []
    for record, info in description.items():
        fields: list[Field] = [tuple(f) for f in info["fields"]]  # type: ignore[misc]
        out[f"{record} fields"] = properties(fields)
        adds += add_method(info["add"], ID_TYPES[record], fields)
    out["add_*"] = adds
    return out


def render(stubs: str, description: dict[str, dict[str, Any]]) -> str:
    """`stubs` with every generated block rewritten; raises ValueError for a block that the
    module describes but _core.pyi lacks (or the reverse)."""
    wanted = blocks(description)
    pattern = re.compile(
        r"^(?P<indent>[ ]*)# BEGIN generated: (?P<name>.+?) \(tools/generate_stubs\.py\)\n"
        r"(?P<body>.*?)"
        r"^(?P=indent)# END generated: (?P=name)\n",
        re.MULTILINE | re.DOTALL,
    )
    seen: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in wanted:
            raise ValueError(f"_core.pyi has a generated block {name!r} that the module does not describe")
        seen.add(name)
        indent = match["indent"]
        body = "".join(line + "\n" for line in wanted[name])
        return f"{indent}# BEGIN generated: {name} (tools/generate_stubs.py)\n{body}{indent}# END generated: {name}\n"

    out = pattern.sub(replace, stubs)
    missing = sorted(set(wanted) - seen)
    if missing:
        raise ValueError(f"_core.pyi lacks the generated blocks {missing} (add their marker comments)")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when _core.pyi differs; write nothing")
    args = parser.parse_args()
    from paradiplomacy import _core

    old = STUBS.read_text(encoding="utf-8")
    new = render(old, _core._describe())
    if args.check:
        if new != old:
            print(f"generate_stubs: {STUBS} differs from the module's descriptions; run {COMMAND}", file=sys.stderr)
            return 1
        return 0
    if new != old:
        STUBS.write_text(new, encoding="utf-8")
        print(f"generate_stubs: rewrote {STUBS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
