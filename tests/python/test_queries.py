# SPDX-License-Identifier: Apache-2.0
"""Queries as Portfolio methods, on a small portfolio whose answers follow from its dates."""

from __future__ import annotations

import datetime

import pytest

import paradiplomacy as pd

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
    with pytest.raises(TypeError):
        portfolio.ties_in_force("2016-01-01")  # type: ignore[arg-type]


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
