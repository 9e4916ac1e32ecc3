# SPDX-License-Identifier: Apache-2.0
"""The package as installed: version, public names, typing marker, lazy imports."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

import paradiplomacy as pd

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_version_is_the_one_in_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([0-9]+\.[0-9]+\.[0-9]+)"$', text, re.MULTILINE)
    assert match is not None
    assert pd.__version__ == match.group(1)


def test_version_matches_installed_metadata() -> None:
    from importlib.metadata import version

    assert version("paradiplomacy") == pd.__version__


def test_all_names_exist_and_are_public() -> None:
    for name in pd.__all__:
        assert hasattr(pd, name), name
    for name in pd.reference.__all__:
        assert hasattr(pd.reference, name), name


def test_types_present_under_the_package_name() -> None:
    assert pd.PartialDate.__module__ == "paradiplomacy"
    assert pd.Portfolio.__module__ == "paradiplomacy"
    assert pd.AgreementKind.__module__ == "paradiplomacy"
    assert pd.reference.Country.__module__ == "paradiplomacy.reference"


def test_typing_marker_and_stubs_are_installed() -> None:
    package = pathlib.Path(pd.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_core.pyi").is_file()


def test_import_does_not_import_pandas() -> None:
    code = "import sys, paradiplomacy; print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
