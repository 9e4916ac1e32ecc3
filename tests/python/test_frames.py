# SPDX-License-Identifier: Apache-2.0
"""pandas DataFrames of the tables and query results: dtypes and values, checked against
the records themselves."""

from __future__ import annotations

import datetime
import subprocess
import sys

import paradiplomacy as pd
import pytest

pandas = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")

D = datetime.date


@pytest.fixture()
def portfolio(gyeonggi: pd.Portfolio) -> pd.Portfolio:
    p = gyeonggi
    p.add_program("hebei-youth-2011", kind="youth_exchange", start="2011-05", partners=["cn-hebei"], headcount=12)
    p.add_program("hebei-delegation", kind="delegation", partners=["cn-hebei", "mn"], direction="outbound")
    p.add_engagement(
        "mn-water",
        recipient="MN",
        status="implementation",
        sectors=[pd.SectorShare("14030", 60.0), pd.SectorShare("12220", 40.0)],
        budgets=[
            pd.Budget(pd.Period("2019", "2019"), pd.Money(1000.0, "USD")),
            pd.Budget(pd.Period("2020-03", "2020-12"), pd.Money(250.5, "KRW")),
        ],
    )
    return p


def is_date_column(series: object) -> bool:
    return bool(pandas.api.types.is_datetime64_dtype(series))


def test_partners_frame(portfolio: pd.Portfolio) -> None:
    f = portfolio.partners_frame()
    assert list(f["key"]) == [p.key for p in portfolio.partners]
    assert isinstance(f["country"].dtype, pandas.CategoricalDtype)
    assert list(f["country"]) == [p.country for p in portfolio.partners]
    assert sorted(f["country"].cat.categories) == sorted({p.country for p in portfolio.partners})
    assert list(f["level"].cat.categories) == ["country", "region", "city"]
    assert list(f["level"]) == [p.level.name.lower() for p in portfolio.partners]
    assert "priority" not in f.columns  # a designation, with dates: designations_frame()
    assert f["region"].isna().tolist() == [p.region is None for p in portfolio.partners]


def test_agreements_frame_partial_dates(portfolio: pd.Portfolio) -> None:
    f = portfolio.agreements_frame().set_index("key")
    assert is_date_column(f["signed_on"])
    mou = portfolio.agreements["gg-hebei-mou-2008"]
    assert mou.signed_on is not None
    # A month-precise date: its first day, with the precision beside it.
    assert f.loc["gg-hebei-mou-2008", "signed_on"] == pandas.Timestamp(mou.signed_on.earliest)
    assert f.loc["gg-hebei-mou-2008", "signed_on_precision"] == "month"
    assert f.loc["gg-hebei-sister-2009", "signed_on"] == pandas.Timestamp(2009, 6, 22)
    assert f.loc["gg-hebei-sister-2009", "signed_on_precision"] == "day"
    assert pandas.isna(f.loc["gg-hebei-sister-2009", "terminated_on"])
    assert pandas.isna(f.loc["gg-hebei-sister-2009", "terminated_on_precision"])
    assert f.loc["gg-hebei-sister-2009", "supersedes"] == "gg-hebei-mou-2008"
    assert isinstance(f["kind"].dtype, pandas.CategoricalDtype)
    assert list(f["kind"].cat.categories) == [k.name.lower() for k in pd.AgreementKind]
    assert list(f["kind"]) == ["friendship", "sister"]
    assert list(f["partner"]) == ["cn-hebei", "cn-hebei"]
    assert list(f["council_approval"]) == ["unknown", "approved"]


def test_programs_frame(portfolio: pd.Portfolio) -> None:
    f = portfolio.programs_frame()
    assert list(f["key"]) == ["hebei-youth-2011", "hebei-delegation"]
    assert str(f["headcount"].dtype) == "Int64"
    assert f["headcount"].iloc[0] == 12 and pandas.isna(f["headcount"].iloc[1])
    assert f["start"].iloc[0] == pandas.Timestamp(2011, 5, 1)
    assert f["start_precision"].iloc[0] == "month"
    assert pandas.isna(f["start"].iloc[1])
    assert list(f["partners"]) == ["cn-hebei", "cn-hebei;mn"]
    assert list(f["municipalities"]) == ["", ""]  # exchanges, not services
    assert list(f["direction"]) == ["both", "outbound"]


def test_oda_budgets_frame(portfolio: pd.Portfolio) -> None:
    f = portfolio.oda_budgets_frame()
    assert len(f) == 2
    assert list(f["engagement"]) == ["mn-water", "mn-water"]
    assert list(f["year"]) == [2019, 2020]
    assert f["year"].dtype == np.int64
    assert f["amount"].dtype == np.float64
    assert list(f["amount"]) == [1000.0, 250.5]
    assert list(f["currency"]) == ["USD", "KRW"]
    assert list(f["start_precision"]) == ["year", "month"]
    assert list(f["end"]) == [pandas.Timestamp(2019, 1, 1), pandas.Timestamp(2020, 12, 1)]
    assert list(f["status"]) == ["implementation", "implementation"]


def test_validation_frame() -> None:
    p = pd.Portfolio("KR-41")
    p.add_partner("x", level="region", region="CN-HE")
    p.add_program("y", kind="delegation", partners=["x"])
    report = p.validate(today=D(2025, 1, 1))
    f = report.to_frame()
    assert len(f) == len(report)
    assert list(f["rule"]) == [x.rule for x in report]
    assert list(f["severity"]) == [x.severity.name.lower() for x in report]
    assert list(f["entity_key"]) == [x.entity.key for x in report]
    assert f["entity_index"].dtype == np.int64
    assert isinstance(f["severity"].dtype, pandas.CategoricalDtype)


def test_ties_frame(portfolio: pd.Portfolio) -> None:
    r = portfolio.ties_in_force(D(2008, 10, 15))
    f = r.to_frame()
    assert list(f["partner"]) == ["cn-hebei"]
    assert list(f["certain"]) == [False]
    assert list(f["tier"]) == ["friendship"]
    assert pandas.isna(f["certain_tier"].iloc[0])
    f = portfolio.ties_in_force(D(2010, 1, 1)).to_frame()
    assert list(f["certain"]) == [True] and list(f["country"]) == ["CN"] and list(f["level"]) == ["region"]


def test_exchanges_frame(portfolio: pd.Portfolio) -> None:
    e = portfolio.exchanges()
    f = e.to_frame()
    assert len(f) == len(e)
    assert str(f["year"].dtype) == "Int64"
    assert [None if pandas.isna(y) else int(y) for y in f["year"]] == [r.year for r in e]
    assert list(f["partner"]) == [None if r.partner is None else r.partner.key for r in e]
    assert list(f["programs"]) == [r.programs for r in e]
    assert int(f["headcount"].sum()) == 12


def test_oda_budget_frame(portfolio: pd.Portfolio) -> None:
    f = portfolio.oda_budget().to_frame()
    usd = f[f["currency"] == "USD"]
    assert sorted(zip(usd["sector"], usd["amount"])) == [("12220", 400.0), ("14030", 600.0)]
    assert set(f["year"]) == {2019, 2020}
    assert isinstance(f["recipient"].dtype, pandas.CategoricalDtype)


def test_empty_frames() -> None:
    p = pd.Portfolio("KR-41")
    assert len(p.partners_frame()) == 0
    assert "signed_on_precision" in p.agreements_frame().columns
    assert len(p.oda_budget().to_frame()) == 0


def test_frames_import_pandas_only_when_asked() -> None:
    code = (
        "import sys, paradiplomacy as pd\n"
        "p = pd.datasets.gyeonggi(); p.validate(); p.ties_in_force(__import__('datetime').date(2017, 1, 1))\n"
        "assert 'pandas' not in sys.modules and 'numpy' not in sys.modules\n"
        "p.partners_frame(); assert 'pandas' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_text_columns_as_pandas_infers_them() -> None:
    pandas = pytest.importorskip("pandas")
    gg = pd.datasets.gyeonggi()
    frame = gg.agreements_frame()
    rows = [
        {
            "key": a.key,
            "partner": a.partner.key,
            "signatory": None if a.signatory is None else a.signatory.key,
            "supersedes": None if a.supersedes is None else a.supersedes.key,
        }
        for a in gg.agreements
    ]
    inferred = pandas.DataFrame(rows)
    for column in ("key", "partner", "signatory", "supersedes"):
        assert frame[column].dtype == inferred[column].dtype, column
        assert frame[column].isna().tolist() == inferred[column].isna().tolist(), column
        assert frame[column].dropna().tolist() == inferred[column].dropna().tolist(), column
    # The province's own ties have no signatory; the cities' and counties' name theirs.
    assert frame["signatory"].isna().any() and frame["signatory"].notna().any()
    if getattr(frame["partner"].dtype, "storage", None) != "pyarrow":
        # Without pyarrow, the agreements of one partner share one str object.
        utah = frame.loc[frame["partner"] == "us-utah", "partner"].tolist()
        assert len(utah) > 1 and all(value is utah[0] for value in utah)


def test_text_columns_with_missing_values() -> None:
    """Text with some None (Arrow buffers with a validity bitmap when pyarrow is installed)."""
    pandas = pytest.importorskip("pandas")
    gg = pd.datasets.gyeonggi()
    frame = gg.agreements_frame()
    expected = [None if a.supersedes is None else a.supersedes.key for a in gg.agreements]
    assert 0 < expected.count(None) < len(expected)
    inferred = pandas.Series(expected)
    assert frame["supersedes"].dtype == inferred.dtype
    assert frame["supersedes"].isna().tolist() == inferred.isna().tolist()
    assert frame["supersedes"].dropna().tolist() == inferred.dropna().tolist()
    assert gg.programs_frame()["title"].tolist() == [x.title for x in gg.programs]


def test_text_columns_without_pyarrow() -> None:
    """The path without pyarrow: lists of str, the dtype pandas then infers."""
    pytest.importorskip("pandas")
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import pandas, paradiplomacy as pd\n"
        "gg = pd.datasets.gyeonggi(); frame = gg.agreements_frame()\n"
        "inferred = pandas.DataFrame({'key': [a.key for a in gg.agreements], 'title': [a.title for a in gg.agreements]})\n"
        "assert getattr(frame['key'].dtype, 'storage', None) != 'pyarrow'\n"
        "for column in ('key', 'title'):\n"
        "    assert frame[column].dtype == inferred[column].dtype, column\n"
        "    assert frame[column].tolist() == inferred[column].tolist(), column\n"
        "utah = frame.loc[frame['partner'] == 'us-utah', 'partner'].tolist()\n"
        "assert len(utah) > 1 and all(value is utah[0] for value in utah)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
