# SPDX-License-Identifier: Apache-2.0
"""Portfolio.to_excel: a workbook a colleague can open, read back with openpyxl."""

from __future__ import annotations

import datetime
import pathlib

import paradiplomacy as pd
import pytest

openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("pandas")

ON = datetime.date(2017, 12, 31)


def rows(path: pathlib.Path, sheet: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    return [tuple(row) for row in workbook[sheet].iter_rows(values_only=True)]


def test_a_sheet_per_table_and_the_report_tables(tmp_path: pathlib.Path) -> None:
    gg = pd.datasets.gyeonggi()
    path = tmp_path / "gyeonggi.xlsx"
    gg.to_excel(path, on=ON, published=pd.datasets.gyeonggi_published_figures())
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    assert names[:5] == ["Municipalities", "Partners", "Designations", "Organisations", "Agreements"]
    assert "Ties in force 2017-12-31" in names and "Coverage 2017-12-31" in names and "Published figures" in names

    agreements = rows(path, "Agreements")
    head = agreements[0]
    assert head[:4] == ("ID", "Partner", "Partner name", "Country")
    assert "Signed on" in head and "Valid from" in head
    by_key = {row[0]: dict(zip(head, row)) for row in agreements[1:]}
    assert len(by_key) == len(gg.agreements)
    utah = by_key["gg-utah-sister-1983"]
    # A year-only date stays a year, as text: never 1983-01-01.
    assert utah["Signed on"] == "1983"
    assert utah["Partner name"] == gg.partners["us-utah"].name_en
    assert utah["Kind"] == "sister"

    partners = rows(path, "Partners")
    assert partners[0][:6] == ("ID", "Level", "Country", "Region", "Name (English)", "Name (local)")
    china = next(row for row in partners if row[0] == "cn")
    assert china[4] == "China" and china[5] == "중국"

    ties = rows(path, "Ties in force 2017-12-31")
    in_force = gg.ties_in_force(ON)
    assert len(ties) - 1 == len(in_force)
    published = rows(path, "Published figures")
    assert len(published) - 1 == len(pd.datasets.gyeonggi_published_figures())


def test_without_figures_and_on_today(tmp_path: pathlib.Path) -> None:
    gg = pd.datasets.gyeonggi()
    path = tmp_path / "plain.xlsx"
    gg.to_excel(path)
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    assert "Published figures" not in names
    assert f"Ties in force {datetime.date.today().isoformat()}" in names


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gg = pd.datasets.gyeonggi()
    path = tmp_path / "kept.xlsx"
    path.write_bytes(b"the previous workbook")

    def broken(frame: object) -> object:
        raise RuntimeError("a sheet could not be made")

    from paradiplomacy import _excel

    monkeypatch.setattr(_excel, "_partial_dates_as_text", broken)
    with pytest.raises(RuntimeError, match="a sheet could not be made"):
        gg.to_excel(path, on=ON)
    assert path.read_bytes() == b"the previous workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.xlsx"]
    monkeypatch.undo()
    with pytest.raises(TypeError):
        gg.to_excel(path, on=ON, published="not figures")  # type: ignore[arg-type]
    assert path.read_bytes() == b"the previous workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.xlsx"]
    with pytest.raises(OSError):
        gg.to_excel(tmp_path / "missing" / "out.xlsx", on=ON)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.xlsx"]
