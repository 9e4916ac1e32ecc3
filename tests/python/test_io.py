# SPDX-License-Identifier: Apache-2.0
"""Files: JSON (load/loads/save/dumps), CSV (read_csv/to_csv), the bundled dataset."""

from __future__ import annotations

import json
import pathlib

import paradiplomacy as pd
import pytest


def test_dumps_is_a_portfolio_document(gyeonggi: pd.Portfolio) -> None:
    doc = json.loads(gyeonggi.dumps())
    assert doc["schema"] == "paradiplomacy.portfolio/2"
    keys = [a["id"] for a in doc["agreements"]]
    assert keys == ["gg-hebei-mou-2008", "gg-hebei-sister-2009"]


def test_loads_round_trip(gyeonggi: pd.Portfolio) -> None:
    again = pd.loads(gyeonggi.dumps())
    assert again == gyeonggi
    assert again.agreements["gg-hebei-sister-2009"].supersedes is not None
    assert str(again.agreements["gg-hebei-mou-2008"].signed_on) == "2008-10"


def test_save_and_load_take_str_and_pathlike(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "gg.json"
    gyeonggi.save(path)
    assert pd.load(path) == gyeonggi
    assert pd.load(str(path)) == gyeonggi
    assert path.read_text(encoding="utf-8").endswith("\n")


def test_load_missing_file_is_file_error(tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "none.json"
    with pytest.raises(pd.FileError) as info:
        pd.load(missing)
    assert isinstance(info.value, OSError)
    assert "none.json" in str(info.value)


def test_loads_malformed_names_the_source() -> None:
    with pytest.raises(pd.FileError, match="my-file"):
        pd.loads("{not json", "my-file")
    with pytest.raises(pd.FileError):
        pd.loads('{"schema": "something/9"}')


def test_save_into_missing_directory_is_file_error(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    with pytest.raises(pd.FileError):
        gyeonggi.save(tmp_path / "no" / "such" / "dir" / "gg.json")


def test_wrong_path_type_is_type_error() -> None:
    with pytest.raises(TypeError):
        pd.load(42)  # type: ignore[arg-type]


def test_csv_round_trip(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.to_csv(tmp_path / "tables")
    names = sorted(p.name for p in (tmp_path / "tables").iterdir())
    assert "partners.csv" in names and "agreements.csv" in names and "home.csv" in names
    first = (tmp_path / "tables" / "partners.csv").read_bytes()
    assert not first.startswith(b"\xef\xbb\xbf")
    assert pd.read_csv(tmp_path / "tables") == gyeonggi


def test_csv_excel_bom(gyeonggi: pd.Portfolio, tmp_path: pathlib.Path) -> None:
    gyeonggi.to_csv(tmp_path, excel_bom=True)
    assert (tmp_path / "partners.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert pd.read_csv(tmp_path) == gyeonggi


def test_read_csv_per_table_paths_and_home(tmp_path: pathlib.Path) -> None:
    partners = tmp_path / "p.csv"
    partners.write_text("id,level,country,region,name_en\ncn-hebei,region,CN,CN-HE,Hebei\n", encoding="utf-8")
    p = pd.read_csv(partners=partners, home="KR-41", name_en="Gyeonggi-do")
    assert p.home.code == "KR-41"
    assert p.home.name_en == "Gyeonggi-do"
    assert [x.key for x in p.partners] == ["cn-hebei"]
    assert p.partners["cn-hebei"].region == "CN-HE"


def test_read_csv_reports_bad_rows(tmp_path: pathlib.Path) -> None:
    (tmp_path / "p.csv").write_text("id,level,country,region,name_en\nx,region,CN,CN-HE,X\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text("id,partner,kind,signed_on\na1,x,sister,2009-13-45\n", encoding="utf-8")
    with pytest.raises(pd.FileError, match="signed_on"):
        pd.read_csv(partners=tmp_path / "p.csv", agreements=tmp_path / "a.csv", home="KR-41")


def test_read_csv_without_home(tmp_path: pathlib.Path) -> None:
    (tmp_path / "p.csv").write_text("id,level,country,region,name_en\nx,region,CN,CN-HE,X\n", encoding="utf-8")
    with pytest.raises(pd.FileError, match="home="):
        pd.read_csv(partners=tmp_path / "p.csv")
    with pytest.raises(pd.InvalidValueError):
        pd.read_csv(partners=tmp_path / "p.csv", home="KR-4x")


def test_read_csv_not_a_directory(tmp_path: pathlib.Path) -> None:
    with pytest.raises(pd.FileError, match="not a directory"):
        pd.read_csv(tmp_path / "missing")


def test_bundled_dataset_matches_its_json() -> None:
    gg = pd.datasets.gyeonggi()
    doc = json.loads(pd.datasets.gyeonggi_json())
    assert gg.home.code == "KR-41" == doc["home"]["code"]
    assert len(gg.partners) == len(doc["partners"])
    assert len(gg.agreements) == len(doc["agreements"])
    assert gg == pd.loads(pd.datasets.gyeonggi_json())
    # Each call gives an independent copy.
    gg.add_partner("zz-test", level="country", country="FR")
    assert len(pd.datasets.gyeonggi().partners) == len(doc["partners"])


def test_published_figures() -> None:
    figures = pd.datasets.gyeonggi_published_figures()
    root = pathlib.Path(__file__).resolve().parents[2]
    doc = json.loads((root / "data" / "gyeonggi" / "published-figures.json").read_text(encoding="utf-8"))
    assert figures.home == doc["home"]
    assert figures.sources == doc["sources"]
    assert [f.label for f in figures] == [f["label"] for f in doc["figures"]]
    assert [f.value for f in figures] == [f["value"] for f in doc["figures"]]
    assert [f.source for f in figures] == [f["source"] for f in doc["figures"]]
    assert figures == pd.PublishedFigures.loads(json.dumps(doc))
    assert figures == pd.PublishedFigures.load(root / "data" / "gyeonggi" / "published-figures.json")
    with pytest.raises(pd.FileError):
        pd.PublishedFigures.loads("{}")
