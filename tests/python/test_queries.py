# SPDX-License-Identifier: Apache-2.0
"""Queries as Portfolio methods, on a small portfolio whose answers follow from its dates."""

from __future__ import annotations

import datetime

import paradiplomacy as pd
import pytest

D = datetime.date


@pytest.fixture()
def portfolio(gyeonggi: pd.Portfolio) -> pd.Portfolio:
    p = gyeonggi
    p.add_agreement(
        "gg-mn-plan-2015",
        partner="mn",
        kind="implementation_plan",
        signed_on="2015-01-01",
        validity=pd.Period("2015-01-01", "2017-06-30"),
    )
    p.add_program("hebei-youth-2011", kind="youth_exchange", start="2011-05", partners=["cn-hebei"], headcount=12)
    p.add_program("hebei-delegation", kind="delegation", partners=["cn-hebei"], direction="outbound")
    p.add_program("multi-2012", kind="conference", start="2012-09-01", partners=["cn-hebei", "mn"])
    p.add_engagement(
        "mn-water",
        recipient="MN",
        status="implementation",
        sectors=[pd.SectorShare("14030", 60.0), pd.SectorShare("12220", 40.0)],
        budgets=[pd.Budget(pd.Period("2019", "2019"), pd.Money(1000.0, "USD"))],
    )
    return p


def test_ties_in_force_certain(portfolio: pd.Portfolio) -> None:
    r = portfolio.ties_in_force(D(2010, 1, 1))
    assert r.on == D(2010, 1, 1)
    assert [t.partner.key for t in r.certain] == ["cn-hebei"]
    assert r.possible == []
    tie = r.certain[0]
    assert tie.state is pd.TieState.ACTIVE
    assert tie.certainty is pd.Truth.YES
    assert tie.tier is pd.AgreementKind.SISTER
    assert tie.certain_tier is pd.AgreementKind.SISTER
    assert tie.signatory is None
    assert [a.key for a in tie.certainly_active] == ["gg-hebei-sister-2009"]
    assert "cn-hebei" in repr(tie) and "sister" in repr(tie)


def test_ties_in_force_possible_within_the_signing_month(portfolio: pd.Portfolio) -> None:
    r = portfolio.ties_in_force(D(2008, 10, 15))
    assert r.certain == []
    assert [t.partner.key for t in r.possible] == ["cn-hebei"]
    assert r.possible[0].tier is pd.AgreementKind.FRIENDSHIP
    assert r.possible[0].certainty is pd.Truth.UNKNOWN
    assert portfolio.ties_in_force(D(2008, 9, 30)).possible == []


def test_ties_in_force_filters(portfolio: pd.Portfolio) -> None:
    on = D(2016, 1, 1)
    assert {t.partner.key for t in portfolio.ties_in_force(on).certain} == {"cn-hebei", "mn"}
    assert [t.partner.key for t in portfolio.ties_in_force(on, kinds=["sister"]).certain] == ["cn-hebei"]
    assert [t.partner.key for t in portfolio.ties_in_force(on, country="MN").certain] == ["mn"]
    assert [t.partner.key for t in portfolio.ties_in_force(on, level=pd.PartnerLevel.COUNTRY).certain] == ["mn"]
    assert portfolio.ties_in_force(on, scope="municipalities").certain == []
    with pytest.raises(pd.InvalidValueError, match="scope"):
        portfolio.ties_in_force(on, scope="everyone")
    with pytest.raises(pd.InvalidValueError):
        portfolio.ties_in_force(on, kinds=["treaty"])
    # A day is also taken as ISO text; a month is not a day.
    assert portfolio.ties_in_force("2016-01-01").on == on
    with pytest.raises(pd.InvalidValueError, match="^date 2016-01 is a month; a whole day is needed here"):
        portfolio.ties_in_force("2016-01")
    with pytest.raises(TypeError):
        portfolio.ties_in_force(20160101)  # type: ignore[arg-type]


def test_agreements_expiring(portfolio: pd.Portfolio) -> None:
    r = portfolio.agreements_expiring(D(2017, 1, 1), D(2017, 12, 31))
    assert [e.agreement.key for e in r.certain] == ["gg-mn-plan-2015"]
    e = r.certain[0]
    assert e.ends == pd.PartialDate("2017-06-30")
    assert e.partner.key == "mn"
    assert e.kind is pd.AgreementKind.IMPLEMENTATION_PLAN
    assert e.renewed is False
    assert portfolio.agreements_expiring(D(2017, 7, 1), D(2018, 1, 1)).certain == []
    with pytest.raises(pd.InvalidValueError):
        portfolio.agreements_expiring(D(2018, 1, 1), D(2017, 1, 1))


def test_coverage_by_kind(portfolio: pd.Portfolio) -> None:
    rows = portfolio.coverage_by_kind(D(2010, 1, 1))
    assert [r.kind for r in rows] == [pd.AgreementKind.SISTER]
    assert rows[0].countries == rows[0].regions == rows[0].partners
    assert (rows[0].countries.certain, rows[0].countries.possible) == (1, 1)


def test_partner_timeline(portfolio: pd.Portfolio) -> None:
    events = portfolio.partner_timeline("cn-hebei")
    dated = [(str(e.date), e.kind, e.record.key) for e in events if e.date is not None]
    assert dated[:2] == [
        ("2008-10", pd.TimelineEventKind.AGREEMENT_SIGNED, "gg-hebei-mou-2008"),
        ("2009-06-22", pd.TimelineEventKind.AGREEMENT_SIGNED, "gg-hebei-sister-2009"),
    ]
    assert ("2011-05", pd.TimelineEventKind.PROGRAM_START, "hebei-youth-2011") in dated
    # The undated program comes last, without a date.
    assert events[-1].date is None and events[-1].record.key == "hebei-delegation"
    assert isinstance(events[-1].record, pd.ExchangeProgram)
    assert len(portfolio.partner_timeline(portfolio.partners["cn-hebei"].id)) == len(events)
    with pytest.raises(pd.NotFoundError, match="cn-nowhere"):
        portfolio.partner_timeline("cn-nowhere")


def test_dormant_ties(portfolio: pd.Portfolio) -> None:
    # Hebei: last dated contact 2012-09-01, and an undated program: at most possibly dormant.
    r = portfolio.dormant_ties(D(2016, 1, 1), years=3)
    assert [d.partner.key for d in r.possible] == ["cn-hebei"]
    assert r.possible[0].last_contact == pd.PartialDate("2012-09-01")
    assert r.possible[0].undated_programs == 1
    assert r.possible[0].tie.partner.key == "cn-hebei"
    # Mongolia's plan is in force and its one program (2012) is more than 3 years back.
    assert [d.partner.key for d in r.certain] == ["mn"]
    assert portfolio.dormant_ties(D(2016, 1, 1), years=5).certain == []
    with pytest.raises(pd.InvalidValueError):
        portfolio.dormant_ties(D(2016, 1, 1), years=-1)


def test_last_contacts(portfolio: pd.Portfolio) -> None:
    rows = {c.partner.key: c for c in portfolio.last_contacts()}
    assert list(rows) == [p.key for p in portfolio.partners]
    assert rows["cn-hebei"].date == pd.PartialDate("2012-09-01")
    program = rows["cn-hebei"].program
    assert program is not None and program.key == "multi-2012"
    assert rows["cn-hebei"].undated_programs == 1
    assert rows["ca-bc"].date is None and rows["ca-bc"].program is None


def test_exchanges(portfolio: pd.Portfolio) -> None:
    e = portfolio.exchanges()
    # multi-2012 appears under both partners; the total counts it once.
    assert e.total.programs == 3
    assert e.total.headcount == 12
    assert e.total.unknown_headcount == 2
    assert sum(r.programs for r in e) == 4
    assert len(e) == 4
    hebei = portfolio.exchanges(partner="cn-hebei")
    assert {(r.kind, r.year) for r in hebei} == {
        (pd.ProgramKind.YOUTH_EXCHANGE, 2011),
        (pd.ProgramKind.DELEGATION, None),
        (pd.ProgramKind.CONFERENCE, 2012),
    }
    assert [r.year for r in portfolio.exchanges(year=2011)] == [2011]
    assert portfolio.exchanges(kind="delegation")[0].direction is pd.Direction.OUTBOUND
    assert len(portfolio.exchanges(direction="inbound")) == 0
    with pytest.raises(pd.NotFoundError):
        portfolio.exchanges(partner="nobody")
    with pytest.raises(IndexError):
        e[10]


def test_oda_budget(portfolio: pd.Portfolio) -> None:
    rows = list(portfolio.oda_budget())
    assert [(r.recipient, r.sector, r.year, r.currency, r.amount) for r in rows] == [
        ("MN", "12220", 2019, "USD", 400.0),
        ("MN", "14030", 2019, "USD", 600.0),
    ]
    assert rows[0].engagements == 1
    assert len(portfolio.oda_budget(year=2018)) == 0
    assert len(portfolio.oda_budget(recipient="VN")) == 0


def test_oda_projects_by_strategic_country(portfolio: pd.Portfolio) -> None:
    rows = portfolio.oda_projects_by_strategic_country()
    assert [(r.country, [e.key for e in r.engagements]) for r in rows] == [("MN", ["mn-water"])]


def test_priority_partners_without_tie(portfolio: pd.Portfolio) -> None:
    assert portfolio.priority_partners_without_tie(D(2010, 1, 1)).certain == []
    before = portfolio.priority_partners_without_tie(D(2005, 1, 1))
    assert [p.key for p in before.certain] == ["cn-hebei"]
    during = portfolio.priority_partners_without_tie(D(2008, 10, 15))
    assert [p.key for p in during.possible] == ["cn-hebei"]


def test_priority_gaps_with_priority_only_count_only_ties_with_priority_partners(portfolio: pd.Portfolio) -> None:
    # Canada is a priority country whose one tie is with British Columbia, not a priority.
    portfolio.add_partner("ca", level="country", country="CA", name_en="Canada")
    portfolio.add_designation("ca-priority", partner="ca", kind="priority", start="2009-01-01")
    portfolio.add_agreement("gg-bc-2008", partner="ca-bc", kind="sister", signed_on="2008-05-19")
    on = D(2010, 1, 1)
    every_tie = portfolio.priority_partners_without_tie(on)
    assert every_tie.certain == [] and every_tie.possible == []
    # Hebei, a priority region, covers itself; British Columbia no longer covers Canada.
    gaps = portfolio.priority_partners_without_tie(on, priority_only=True)
    assert [p.key for p in gaps.certain] == ["ca"]
    assert gaps.possible == []
    countries = portfolio.priority_partners_without_tie(on, level="country", priority_only=True)
    assert [p.key for p in countries.certain] == ["ca"]


def test_results_keep_the_portfolio_alive() -> None:
    import gc

    r = pd.datasets.gyeonggi().ties_in_force(D(2017, 12, 31))
    gc.collect()  # the portfolio has no other reference now
    assert "us-utah" in [t.partner.key for t in r.certain]


def test_queries_from_threads_agree(portfolio: pd.Portfolio) -> None:
    # The GIL is released while queries run; concurrent readers see the same answers.
    from concurrent.futures import ThreadPoolExecutor

    def work(_: int) -> tuple[list[str], int, str]:
        ties = portfolio.ties_in_force(D(2016, 1, 1))
        return [t.partner.key for t in ties.certain], len(portfolio.validate(today=D(2025, 1, 1))), portfolio.dumps()

    expected = work(0)
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(work, range(16))) == [expected] * 16


# --- tie state, agreements in force, last contact, filters, published figures -------------


def test_tie_status_follows_the_upgrade(portfolio: pd.Portfolio) -> None:
    # The friendship MOU (2008-10) is in force on 2009-01-01; the sister agreement
    # (2009-06-22) supersedes it, so on 2010-01-01 the tie is sister-tier.
    before = portfolio.tie_status("cn-hebei", D(2009, 1, 1))
    assert before.state is pd.TieState.ACTIVE
    assert before.certainty is pd.Truth.YES
    assert before.tier is pd.AgreementKind.FRIENDSHIP
    assert [a.key for a in before.certainly_active] == ["gg-hebei-mou-2008"]
    after = portfolio.tie_status(partner=portfolio.partners["cn-hebei"], on=D(2010, 1, 1))
    assert after.tier is pd.AgreementKind.SISTER
    assert after.certain_tier is pd.AgreementKind.SISTER
    assert [a.key for a in after.certainly_active] == ["gg-hebei-sister-2009"]
    # No agreement: certainly no tie.
    none = portfolio.tie_status("ca-bc", D(2010, 1, 1))
    assert none.state is pd.TieState.NONE and none.certainty is pd.Truth.YES
    suwon = portfolio.tie_status("cn-hebei", D(2010, 1, 1), signatory="suwon")
    assert suwon.state is pd.TieState.NONE
    assert suwon.signatory is not None and suwon.signatory.key == "suwon"
    with pytest.raises(pd.NotFoundError):
        portfolio.tie_status("nowhere", D(2010, 1, 1))


def test_year_only_signing_is_possibly_active_within_the_year(portfolio: pd.Portfolio) -> None:
    portfolio.add_agreement("gg-bc-1997", partner="ca-bc", kind="sister", signed_on="1997")
    mid = portfolio.tie_status("ca-bc", D(1997, 6, 1))
    assert mid.state is pd.TieState.ACTIVE
    assert mid.certainty is pd.Truth.UNKNOWN
    assert mid.certain_tier is None
    assert [a.key for a in mid.possibly_active] == ["gg-bc-1997"]
    assert "possibly" in repr(mid)
    assert portfolio.tie_status("ca-bc", D(1998, 1, 1)).certainty is pd.Truth.YES
    standing = portfolio.agreement_standing("gg-bc-1997", D(1997, 6, 1))
    assert standing.started is pd.Truth.UNKNOWN
    assert standing.active is pd.Truth.UNKNOWN
    assert standing.on == D(1997, 6, 1)
    assert standing.agreement.key == "gg-bc-1997"
    r = portfolio.agreements_in_force(D(1997, 6, 1))
    assert r.certain == [] and [a.key for a in r.possible] == ["gg-bc-1997"]
    assert r.on == D(1997, 6, 1)
    assert "1 possible" in repr(r)


def test_agreement_standing_superseded(portfolio: pd.Portfolio) -> None:
    mou = portfolio.agreements["gg-hebei-mou-2008"]
    s = portfolio.agreement_standing(mou, on=D(2010, 1, 1))
    assert s.started is pd.Truth.YES
    assert s.superseded is pd.Truth.YES
    assert s.is_superseded is pd.Truth.YES
    assert s.active is pd.Truth.NO
    assert s.terminated is pd.Truth.NO and s.is_terminated is pd.Truth.NO
    assert s.proposed is False and s.is_proposed is pd.Truth.NO
    assert "gg-hebei-mou-2008" in repr(s) and "superseded yes" in repr(s)
    early = portfolio.agreement_standing("gg-hebei-mou-2008", D(2009, 1, 1))
    assert early.active is pd.Truth.YES and early.superseded is pd.Truth.NO
    with pytest.raises(pd.NotFoundError):
        portfolio.agreement_standing("missing", D(2010, 1, 1))


def test_agreements_in_force_counts_every_signatory(portfolio: pd.Portfolio) -> None:
    portfolio.add_agreement("suwon-bc", partner="ca-bc", kind="friendship", signed_on="2005-03-01", signatory="suwon")
    r = portfolio.agreements_in_force(D(2010, 1, 1))
    # The MOU is superseded, the Mongolian plan not yet signed.
    assert sorted(a.key for a in r.certain) == ["gg-hebei-sister-2009", "suwon-bc"]
    assert r.possible == []
    # ties_in_force looks at the home government only unless told otherwise.
    assert [t.partner.key for t in portfolio.ties_in_force(D(2010, 1, 1)).certain] == ["cn-hebei"]
    ties = portfolio.ties_in_force(D(2010, 1, 1), municipality="suwon")
    assert [(t.partner.key, t.signatory.key if t.signatory else None) for t in ties.certain] == [("ca-bc", "suwon")]
    # British Columbia has agreements with Suwon only: one tie.
    of_bc = portfolio.ties_of_partner("ca-bc", D(2010, 1, 1))
    assert [t.signatory.key if t.signatory else None for t in of_bc] == ["suwon"]
    assert of_bc[0].state is pd.TieState.ACTIVE
    assert of_bc[0].tier is pd.AgreementKind.FRIENDSHIP


def test_priority_only_filter(portfolio: pd.Portfolio) -> None:
    portfolio.add_agreement("gg-mn-2010", partner="mn", kind="friendship", signed_on="2010-01-01")
    on = D(2011, 1, 1)
    assert sorted(t.partner.key for t in portfolio.ties_in_force(on).certain) == ["cn-hebei", "mn"]
    # Only Hebei is a priority partner.
    assert [t.partner.key for t in portfolio.ties_in_force(on, priority_only=True).certain] == ["cn-hebei"]
    cov = portfolio.coverage_by_kind(on, priority_only=True)
    assert [c.kind for c in cov] == [pd.AgreementKind.SISTER]
    # Hebei has no dated program in 2008-2011 but an undated one: at most possibly dormant.
    dormant = portfolio.dormant_ties(on, 3, priority_only=True)
    assert dormant.certain == []
    assert [d.partner.key for d in dormant.possible] == ["cn-hebei"]
    with pytest.raises(pd.NotFoundError):
        portfolio.ties_in_force(on, municipality="nowhere")


def test_last_contact_for_one_partner(portfolio: pd.Portfolio) -> None:
    c = portfolio.last_contact("cn-hebei")
    # multi-2012 (2012-09-01) is later than the youth exchange (2011-05); the delegation is undated.
    assert c.program is not None and c.program.key == "multi-2012"
    assert c.date == pd.PartialDate("2012-09-01")
    assert c.undated_programs == 1
    assert c.partner.key == "cn-hebei"
    bc = portfolio.last_contact(portfolio.partners["ca-bc"])
    assert bc.program is None and bc.date is None and bc.undated_programs == 0
    with pytest.raises(pd.NotFoundError):
        portfolio.last_contact("nowhere")


def test_exchanges_by_organiser(portfolio: pd.Portfolio) -> None:
    portfolio.add_program("suwon-visit", kind="delegation", start="2013-04-01", partners=["mn"], organiser="suwon")
    assert portfolio.exchanges().total.programs == 4
    assert portfolio.exchanges(organiser="suwon").total.programs == 1
    assert [r.partner.key for r in portfolio.exchanges(organiser="suwon") if r.partner] == ["mn"]
    assert portfolio.exchanges(organiser="home").total.programs == 3
    assert portfolio.exchanges(organiser=portfolio.municipalities["suwon"], partner="cn-hebei").total.programs == 0
    with pytest.raises(pd.NotFoundError):
        portfolio.exchanges(organiser="nowhere")


def test_compare_with_published(portfolio: pd.Portfolio) -> None:
    figures = pd.PublishedFigures.loads(
        '{"schema": "paradiplomacy.published-figures/2", "sources": {"b": "Bulletin", "n": "News"},'
        ' "figures": ['
        '  {"label": "sister countries", "measure": "partner_countries", "kinds": ["sister"], "value": 2,'
        '   "as_of": "2010-01-01", "source": "b",'
        '   "missing": [{"name": "Kanagawa", "source": "n", "why": "not dated"}]},'
        '  {"label": "sister regions", "measure": "partner_regions", "kinds": ["sister"], "value": 1,'
        '   "as_of": "2010-01-01", "source": "b"},'
        '  {"label": "priority regions", "measure": "designated_regions", "designation": "priority",'
        '   "value": 1, "as_of": "2010-01-01", "source": "b"},'
        '  {"label": "ODA 2015", "measure": "envelope", "purpose": "ODA", "year": 2015, "value": 900000000.0,'
        '   "currency": "KRW", "as_of": "2015", "source": "n"}]}',
        "figures.json",
    )
    assert len(figures) == 4 and figures.sources == {"b": "Bulletin", "n": "News"}
    first = next(iter(figures))
    assert first.measure == pd.FigureMeasure.PARTNER_COUNTRIES and first.kinds == [pd.AgreementKind.SISTER]
    assert first.as_of == pd.PartialDate("2010-01-01") and first.day == D(2010, 1, 1) and first.period is None
    assert first.value == 2 and isinstance(first.value, int)
    assert [(m.name, m.source, m.why) for m in first.missing] == [("Kanagawa", "n", "not dated")]
    assert figures.figures[3].value == 900000000.0 and figures.figures[3].currency == "KRW"
    assert pd.PublishedFigures.loads(figures.dumps()) == figures

    rows = portfolio.compare_with_published(figures)
    # Hebei (a region of CN) is the one sister tie; it is also the one priority region.
    assert [(r.label, r.recorded.certain, r.recorded.possible, r.published) for r in rows] == [
        ("sister countries", 1, 1, 2),
        ("sister regions", 1, 1, 1),
        ("priority regions", 1, 1, 1),
        ("ODA 2015", 0, 0, 900000000),
    ]
    assert [(e.name, e.certain) for e in rows[1].explained_by] == [("Hebei (CN-HE)", True)]
    assert all(r.on == D(2010, 1, 1) for r in rows[:3]) and rows[3].on == D(2015, 12, 31)
    assert rows[0].describe() == "1 certain vs 2 published: 1 not found in the records"
    assert "sister countries" in repr(rows[0]) and rows[0].problem == ""
    # Every figure on another day: before the sister agreement, no sister tie is recorded.
    early = portfolio.compare_with_published(figures, on=D(2009, 1, 1))
    assert (early[0].recorded.certain, early[0].recorded.possible) == (0, 0)
    with pytest.raises(pd.FileError, match=r"figures.json: \$.figures\[0\].measure: unknown measure"):
        pd.PublishedFigures.loads(
            '{"schema": "paradiplomacy.published-figures/2", "sources": {"b": "B"},'
            ' "figures": [{"label": "x", "measure": "tie", "value": 1, "as_of": "2017", "source": "b"}]}',
            "figures.json",
        )
