# SPDX-License-Identifier: Apache-2.0
"""Twin-town lists from Python and through the twin-town command."""

from __future__ import annotations

import os
import pathlib

import paradiplomacy as pd
import pytest
from test_cli import run

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "twin-towns"
SMALL = DATA / "small.csv"
WIKIDATA = DATA / "wikidata.tsv"
# The shared data beside the repository, or where PARADIPLOMACY_SHARED_DIR says (as for the C++ tests).
SHARED = (
    pathlib.Path(
        os.environ.get("PARADIPLOMACY_SHARED_DIR") or pathlib.Path(__file__).resolve().parents[2].parent / "shared"
    )
    / "twin-towns"
    / "twin_cities_raw.csv"
)
WIKIDATA_COLUMNS = {
    "city1": "origincityLabel",
    "country1": "origincountry",
    "city2": "sistercityLabel",
    "country2": "destination_countryLabel",
    "city1_qid": "origincity",
    "city2_qid": "sistercity",
}
WIKIDATA_COLUMNS_ARG = ",".join(f"{k}={v}" for k, v in WIKIDATA_COLUMNS.items())


def shared() -> pathlib.Path:
    if not SHARED.exists():
        pytest.skip(f"twin-town reference list not found at {SHARED} (the shared data beside the repository)")
    return SHARED


def test_wikidata_export_with_a_mapping() -> None:
    towns = pd.read_twin_towns(WIKIDATA, columns=WIKIDATA_COLUMNS)
    assert towns.delimiter == "\t"
    assert towns.columns == WIKIDATA_COLUMNS
    c = towns.counts
    assert (c.rows, c.pairs, c.duplicates, c.self_pairs, c.rows_unmapped, c.rows_historical) == (13, 8, 1, 1, 1, 2)
    assert c.rows == c.pairs + c.duplicates + c.self_pairs + c.rows_unmapped + c.rows_historical
    assert [(u.name, u.count, u.first_line) for u in towns.historical] == [
        ("Kingdom of Hungary", 1, 5),
        ("Prussia", 1, 6),
    ]
    assert [(u.name, u.count, u.first_line) for u in towns.unmapped] == [("Northern Cyprus", 1, 14)]

    pairs = list(towns)
    assert len(pairs) == len(towns) == 8
    first = towns[0]
    assert (first.city1, first.city2, first.line) == (
        pd.TwinCity("Berlin", "DE", wikidata="Q64"),
        pd.TwinCity("Paris", "FR", wikidata="Q90"),
        2,
    )
    assert towns[-1].line == pairs[-1].line
    with pytest.raises(IndexError):
        towns[8]
    countries = {city.country for pair in pairs for city in (pair.city1, pair.city2)}
    assert {"PS", "XK", "ST"} <= countries
    assert pd.TwinCity("São Tomé", "ST", "http://www.wikidata.org/entity/Q3932") in towns.cities


def test_pairs_frame() -> None:
    pytest.importorskip("pandas")
    frame = pd.read_twin_towns(WIKIDATA, columns=WIKIDATA_COLUMNS).to_frame()
    assert list(frame.columns) == ["city1", "country1", "city1_qid", "city2", "country2", "city2_qid", "line"]
    assert len(frame) == 8
    assert frame.iloc[0].tolist() == ["Berlin", "DE", "Q64", "Paris", "FR", "Q90", 2]
    assert frame["city1_qid"].isna().sum() == 0
    no_items = pd.read_twin_towns(SMALL).to_frame()
    assert no_items["city1_qid"].isna().all() and len(no_items) == 7


def test_twins_and_portfolio_by_name_or_item() -> None:
    towns = pd.read_twin_towns(WIKIDATA, columns=WIKIDATA_COLUMNS)
    berlin = {"Paris", "Los Angeles", "Pristina"}
    assert {t.name for t in towns.twins("Berlin", "DE")} == berlin
    assert {t.name for t in towns.twins("Q64")} == berlin
    assert {t.name for t in towns.twins(pd.TwinCity("Berlin", "DE", "Q64"))} == berlin
    portfolio = towns.portfolio("Q64", region="DE-BE")
    assert portfolio.home.code == "DE-BE"
    assert len(portfolio.partners) == 3 and "xk-pristina" in portfolio.partners

    with pytest.raises(pd.InvalidValueError, match="told apart by their Wikidata items Q28515, Q49158"):
        towns.twins("Springfield", "US")
    assert [t.name for t in towns.twins("Q49158")] == ["Tokyo"]
    # Two Springfields of one country: the Wikidata item picks the home city and its twins.
    springfield = towns.portfolio("Q49158", region="US-MA")
    assert [p.name_en for p in springfield.partners] == ["Tokyo"]
    with pytest.raises(pd.NotFoundError):
        towns.twins("Bonn", "DE")
    with pytest.raises(pd.NotFoundError):
        towns.twins("Q1")
    with pytest.raises(pd.InvalidValueError, match="give the country"):
        towns.twins("Berlin")
    with pytest.raises(pd.InvalidValueError):
        towns.portfolio("Q64", region="FR-75C")  # a region of another country


def test_header_error_says_what_it_found() -> None:
    with pytest.raises(pd.FileError) as error:
        pd.read_twin_towns(WIKIDATA)
    message = str(error.value)
    assert "found 12 columns separated by tabs (sniffed)" in message
    assert '"origincityLabel"' in message and '"destination_countryLabel"' in message
    assert "column mapping" in message
    assert isinstance(error.value, OSError)


def test_mapping_and_delimiter_mistakes() -> None:
    with pytest.raises(pd.InvalidValueError, match="unknown key 'city_1'"):
        pd.read_twin_towns(WIKIDATA, columns={**WIKIDATA_COLUMNS, "city_1": "x"})
    partial = {k: v for k, v in WIKIDATA_COLUMNS.items() if k != "country2"}
    with pytest.raises(pd.InvalidValueError, match="no column given for country2"):
        pd.read_twin_towns(WIKIDATA, columns=partial)
    with pytest.raises(ValueError, match="one character"):
        pd.read_twin_towns(WIKIDATA, columns=WIKIDATA_COLUMNS, delimiter="tab")
    with pytest.raises(ValueError, match="a comma, a semicolon, a tab or a vertical bar"):
        pd.read_twin_towns(WIKIDATA, columns=WIKIDATA_COLUMNS, delimiter=":")
    with pytest.raises(pd.FileError, match="found 1 column \\(as given\\)"):
        pd.read_twin_towns(WIKIDATA, columns=WIKIDATA_COLUMNS, delimiter=",")
    with pytest.raises(pd.FileError, match="cannot open"):
        pd.read_twin_towns(DATA / "absent.csv")


def test_progress_and_an_exception_from_it(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "city1;country1;city2;country2\n" + "".join(f"T{i};Japan;Suwon;South Korea\n" for i in range(30000))
    )
    calls: list[tuple[int, int]] = []
    towns = pd.read_twin_towns(path, progress=lambda done, total: calls.append((done, total)))
    assert towns.delimiter == ";" and towns.counts.pairs == 30000
    size = path.stat().st_size
    assert calls[-1] == (size, size) and len(calls) >= 2
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:]))

    def stop(done: int, total: int) -> None:
        raise RuntimeError("stop here")

    with pytest.raises(RuntimeError, match="stop here"):
        pd.read_twin_towns(path, progress=stop)


def test_shared_wikipedia_list() -> None:
    towns = pd.read_twin_towns(shared())
    c = towns.counts
    assert (c.rows, c.pairs, c.duplicates, c.self_pairs, c.rows_unmapped, c.rows_historical) == (
        26114,
        24837,
        1215,
        3,
        59,
        0,
    )
    assert towns.unmapped[0].name == "Northern Cyprus"
    assert len(towns.twins("Pristina", "XK")) == 7


# --- the command ------------------------------------------------------------------------


def test_command_prints_the_counts_and_names() -> None:
    out = run("twin-towns", WIKIDATA, "--columns", WIKIDATA_COLUMNS_ARG)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == (
        f"{WIKIDATA}: 13 rows (tab-separated): 8 pairs, 1 duplicates, 1 self-pairs, "
        "1 rows with an unknown country name, 2 with a historical state"
    )
    assert lines[1] == "unknown country names: 'Northern Cyprus' 1 (first on line 14)"
    assert lines[2] == ("historical states: 'Kingdom of Hungary' 1 (first on line 5), 'Prussia' 1 (first on line 6)")
    assert out.stderr == ""


def test_command_lists_and_writes_one_city(tmp_path: pathlib.Path) -> None:
    listed = run("twin-towns", WIKIDATA, "--columns", WIKIDATA_COLUMNS_ARG, "--city", "Berlin", "--country", "DE")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[-3:] == ["Paris (FR) Q90", "Los Angeles (US) Q65", "Pristina (XK) Q25270"]

    out = run(
        "twin-towns", SMALL, "--city", "Suwon", "--country", "KR", "--region", "KR-41", "-o", tmp_path / "suwon.json"
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == f"Suwon (KR-41): 4 twins written to {tmp_path / 'suwon.json'}"
    written = pd.load(tmp_path / "suwon.json")
    assert written == pd.read_twin_towns(SMALL).portfolio("Suwon", "KR", region="KR-41")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "found 12 columns separated by tabs (sniffed)"),
        (("--columns", "city1"), "--columns: 'city1' is not FIELD=HEADER"),
        (("--columns", WIKIDATA_COLUMNS_ARG, "--delimiter", ","), "found 1 column (as given)"),
        (("--columns", WIKIDATA_COLUMNS_ARG, "--city", "Bonn", "--country", "DE"), "Bonn (DE) is not a city of"),
        (("--columns", WIKIDATA_COLUMNS_ARG, "--city", "Springfield", "--country", "US"), "told apart"),
        (("--columns", WIKIDATA_COLUMNS_ARG, "--city", "Q64", "-o", "OUT"), "needs --region"),
        (("-o", "OUT"), "give the city with --city"),
    ],
)
def test_command_errors_are_one_line_and_exit_2(args: tuple[str, ...], message: str, tmp_path: pathlib.Path) -> None:
    out = run("twin-towns", WIKIDATA, *(tmp_path / "x.json" if a == "OUT" else a for a in args))
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("paradiplomacy: error: "), out.stderr
    assert message in out.stderr
    assert not (tmp_path / "x.json").exists()


def test_command_refuses_a_bad_delimiter_and_a_missing_file(tmp_path: pathlib.Path) -> None:
    bad = run("twin-towns", WIKIDATA, "--delimiter", ":")
    assert bad.returncode == 2 and "not a delimiter" in bad.stderr
    missing = run("twin-towns", tmp_path / "absent.tsv")
    assert missing.returncode == 2 and "no such file" in missing.stderr
    directory = run("twin-towns", tmp_path)
    assert directory.returncode == 2 and "is a directory (expected a twin-town list)" in directory.stderr


def test_command_progress_on_request(tmp_path: pathlib.Path) -> None:
    shown = run("twin-towns", SMALL, "--progress")
    assert shown.returncode == 0 and "reading small.csv" in shown.stderr
    quiet = run("twin-towns", SMALL, "--no-progress")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_command_on_the_shared_list() -> None:
    out = run("twin-towns", shared(), "--city", "Suwon", "--country", "KR")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(
        f"{SHARED}: 26114 rows (comma-separated): 24837 pairs, 1215 duplicates, 3 self-pairs, "
        "59 rows with an unknown country name, 0 with a historical state\n"
    )
    assert "unknown country names: 'Northern Cyprus' 48 (first on line 18256), '' 5 (first on line 4848)" in out.stdout
