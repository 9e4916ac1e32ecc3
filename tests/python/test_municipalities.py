# SPDX-License-Identifier: Apache-2.0
"""The home government and its municipalities: their ties side by side, the municipalities'
totals against published figures, and the office's services to them."""

from __future__ import annotations

import datetime

import paradiplomacy as pd
import pytest

ON = datetime.date(2017, 6, 30)


@pytest.fixture()
def province() -> pd.Portfolio:
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_municipality("suwon", name_en="Suwon")
    p.add_municipality("paju", name_en="Paju")
    p.add_municipality("yeoju", name_en="Yeoju")
    p.add_partner("cn-he", level="region", region="CN-HE", name_en="Hebei")
    p.add_partner("cn-jl", level="region", region="CN-JL", name_en="Jilin")
    p.add_partner("jp-23", level="region", region="JP-23", name_en="Aichi")
    p.add_agreement("gg-hebei", partner="cn-he", kind="sister", signed_on="2009-06-22")
    p.add_agreement("suwon-hebei", partner="cn-he", kind="sister", signed_on="2010-01-05", signatory="suwon")
    p.add_agreement("suwon-jilin", partner="cn-jl", kind="friendship", signed_on="2017", signatory="suwon")
    p.add_agreement("paju-aichi", partner="jp-23", kind="friendship", signed_on="2012-04-01", signatory="paju")
    return p


def test_ties_by_government_rows_and_frame(province: pd.Portfolio) -> None:
    rows = province.ties_by_government(ON)
    assert len(rows) == 4
    assert rows.on == ON
    home = rows[0]
    assert home.signatory is None
    assert (home.country, home.tier, home.ties) == ("CN", pd.AgreementKind.SISTER, home.ties)
    assert (home.ties.certain, home.ties.possible) == (1, 1)
    suwon_friendship = rows[2]
    assert suwon_friendship.signatory is not None and suwon_friendship.signatory.key == "suwon"
    assert suwon_friendship.tier == pd.AgreementKind.FRIENDSHIP
    assert (suwon_friendship.ties.certain, suwon_friendship.ties.possible) == (0, 1)  # "2017": possibly

    frame = rows.to_frame()
    assert list(frame.columns) == ["signatory", "country", "tier", "certain", "possible"]
    assert frame["signatory"].isna().tolist() == [True, False, False, False]
    assert frame["possible"].sum() == 4
    by_country = frame[frame["signatory"].notna()].groupby("country", observed=True)["possible"].sum()
    assert by_country.to_dict() == {"CN": 2, "JP": 1}

    only_home = province.ties_by_government(ON, scope="home")
    assert [r.signatory for r in only_home] == [None]
    with pytest.raises(pd.InvalidValueError, match="scope"):
        province.ties_by_government(ON, scope="everyone")


def test_municipal_totals_and_the_published_comparison(province: pd.Portfolio) -> None:
    totals = province.municipal_tie_totals(ON)
    assert (totals.ties.certain, totals.ties.possible) == (2, 3)
    assert (totals.countries.certain, totals.countries.possible) == (2, 2)
    assert (totals.municipalities.certain, totals.municipalities.possible) == (2, 2)

    # A version-1 file still loads: each count becomes one figure.
    figures = pd.PublishedFigures.loads(
        '{"schema": "paradiplomacy.published-figures/1", "source": "Bulletin", "as_of": "2017-06-30", "ties": [],'
        ' "municipalities": {"source": "News", "ties": 207, "countries": 30,'
        ' "by_kind": [{"label": "sister", "kinds": ["sister"], "ties": 113}],'
        ' "by_country": {"JP": 24, "CN": 74}}}'
    )
    assert figures.sources == {"source": "Bulletin", "municipalities": "News"}
    assert [(f.label, f.measure, f.government, f.country) for f in figures] == [
        ("municipalities", pd.FigureMeasure.TIES, "municipalities", None),
        ("municipalities", pd.FigureMeasure.PARTNER_COUNTRIES, "municipalities", None),
        ("municipalities sister", pd.FigureMeasure.TIES, "municipalities", None),
        ("municipalities in JP", pd.FigureMeasure.TIES, "municipalities", "JP"),  # as published
        ("municipalities in CN", pd.FigureMeasure.TIES, "municipalities", "CN"),
    ]
    rows = province.compare_with_published(figures, on=ON)
    assert [r.published for r in rows] == [207, 30, 113, 24, 74]
    assert rows[0].describe() == "2 certain, 3 possible vs 207 published: 204 to 205 not found in the records"


def test_the_bundled_figures_hold_the_cities_and_counties() -> None:
    figures = pd.datasets.gyeonggi_published_figures()
    municipal = [f for f in figures if f.government == "municipalities" and f.as_of == pd.PartialDate("2017-08-01")]
    ties = next(f for f in municipal if f.measure == pd.FigureMeasure.TIES and not f.kinds and f.country is None)
    assert ties.value == 207
    by_kind = [f for f in municipal if f.measure == pd.FigureMeasure.TIES and f.kinds]
    assert sum(f.value for f in by_kind) == 207
    citation = figures.sources[ties.source]
    assert "kgfnews.com" in citation or "AKR20170728134100061" in citation


def test_services_to_municipalities(province: pd.Portfolio) -> None:
    province.add_program(
        "gg-training-2017",
        kind="staff_training",
        start="2017-09-26",
        municipalities=["suwon", "paju", "yeoju"],
        headcount=60,
    )
    province.add_program("gg-manual", kind=pd.ProgramKind.PUBLICATION, municipalities=["paju"])
    province.add_program("aichi-youth", kind="youth_exchange", start="2017-08", partners=["jp-23"])

    services = province.services_to_municipalities()
    assert len(services) == 4
    assert [(r.municipality.key, r.kind, r.year) for r in services] == [
        ("suwon", pd.ProgramKind.STAFF_TRAINING, 2017),
        ("paju", pd.ProgramKind.STAFF_TRAINING, 2017),
        ("paju", pd.ProgramKind.PUBLICATION, None),
        ("yeoju", pd.ProgramKind.STAFF_TRAINING, 2017),
    ]
    assert services[0].headcount == 60
    frame = services.to_frame()
    assert list(frame.columns) == ["municipality", "kind", "year", "programs", "headcount", "unknown_headcount"]
    assert str(frame["year"].dtype) == "Int64"
    assert len(province.services_to_municipalities(municipality="paju")) == 2
    assert len(province.services_to_municipalities(kind="publication")) == 1
    assert len(province.services_to_municipalities(year=2016)) == 0
    with pytest.raises(pd.InvalidValueError, match='ProgramKind "nonsense": expected one of youth_exchange'):
        province.services_to_municipalities(kind="nonsense")
    with pytest.raises(pd.NotFoundError, match='municipality "nowhere"'):
        province.services_to_municipalities(municipality="nowhere")

    summary = province.services_by_kind()
    assert [(s.kind, s.programs, s.municipalities) for s in summary] == [
        (pd.ProgramKind.STAFF_TRAINING, 1, 3),
        (pd.ProgramKind.PUBLICATION, 1, 1),
    ]
    # A service is not an exchange with a partner.
    assert province.exchanges().total.programs == 1
    programs = province.programs_frame().set_index("key")
    assert programs.loc["gg-training-2017", "municipalities"] == "suwon;paju;yeoju"
    assert programs.loc["aichi-youth", "municipalities"] == ""
    report = province.report(on=ON, today=ON)
    assert "Services to the municipalities" in report
    assert "The home government and its municipalities" in report


def test_a_program_needs_a_partner_or_a_municipality(province: pd.Portfolio) -> None:
    with pytest.raises(pd.InvalidValueError, match="no partner and no municipality"):
        province.add_program("nothing", kind="consulting")
    assert len(province.programs) == 0
    with pytest.raises(pd.NotFoundError):
        province.services_to_municipalities(municipality="seoul")
