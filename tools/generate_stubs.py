#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Rewrite the described parts of bindings/python/paradiplomacy/_core.pyi from the module.

Every record kind (include/paradiplomacy/model/record_kinds.hpp) gives its ID class, its
record view with the field properties, its table and table iterator, the Portfolio property
of its table, its add_* method and its frame method; they follow the record descriptions
(include/paradiplomacy/model/*.hpp, Description<R>), which the compiled module hands out as
paradiplomacy._core._describe(). Each generated part of _core.pyi lies between two marker
comments:

    # BEGIN generated: record classes (tools/generate_stubs.py)
    ...
    # END generated: record classes

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


def id_class(id_type: str) -> list[str]:
    """A record kind's ID class (values.cpp)."""
    out = [f"class {id_type}(_Id):"]
    out += ["    def __eq__(self, other: object) -> bool: ...", "    def __ne__(self, other: object) -> bool: ..."]
    out += [f"    def __{op}__(self, other: {id_type}) -> bool: ..." for op in ("lt", "le", "gt", "ge")]
    return out


def view_class(record: str, info: dict[str, Any], fields: list[Field]) -> list[str]:
    """A record kind's view (records.cpp): its id, its fields, equality and hash."""
    out = [f"class {record}:", "    @property", f"    def id(self) -> {info['id']}: ..."]
    out += properties(fields)
    return out + ["    def __eq__(self, other: object) -> bool: ...", "    def __hash__(self) -> int: ..."]


def table_classes(record: str, info: dict[str, Any]) -> list[str]:
    """A record kind's table and its iterator (records.cpp)."""
    table, iterator, id_type = info["table_class"], info["table_class"] + "Iterator", info["id"]
    return [
        f"class {iterator}:",
        f"    def __iter__(self) -> {iterator}: ...",
        f"    def __next__(self) -> {record}: ...",
        "",
        f"class {table}:",
        "    def __len__(self) -> int: ...",
        f"    def __iter__(self) -> {iterator}: ...",
        "    @overload",
        f"    def __getitem__(self, index: int) -> {record}: ...",
        "    @overload",
        f"    def __getitem__(self, id: {id_type}) -> {record}: ...",
        "    @overload",
        f"    def __getitem__(self, key: str) -> {record}: ...",
        "    @overload",
        f"    def get(self, key: str) -> {record} | None: ...",
        "    @overload",
        f"    def get(self, key: str, default: _T) -> {record} | _T: ...",
        "    def __contains__(self, item: object) -> bool: ...",
        "    def keys(self) -> list[str]: ...",
    ]


def blocks(description: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The generated lines of every block, by block name."""
    ids: list[str] = []
    classes: list[str] = []
    tables: list[str] = []
    adds: list[str] = []
    frames: list[str] = []
    for record, info in description.items():
        fields: list[Field] = [tuple(f) for f in info["fields"]]  # type: ignore[misc]
        ids += ([""] if ids else []) + id_class(info["id"])
        classes += ([""] if classes else []) + view_class(record, info, fields)
        tables += ["    @property", f"    def {info['table']}(self) -> {info['table_class']}: ..."]
        adds += add_method(info["add"], info["id"], fields)
        if info["frame"]:
            frames.append(f"    def {info['frame']}(self) -> pandas.DataFrame: ...")
    for record, info in description.items():
        classes += [""] + table_classes(record, info)
    # A blank line closes a top-level block's last class before its END comment, as ruff formats stubs.
    return {
        "record IDs": ids + [""],
        "record classes": classes + [""],
        "tables": tables,
        "add_*": adds,
        "frames": frames,
    }


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
