# SPDX-License-Identifier: Apache-2.0
"""Portfolio: adding records with Python values, reading them back, tables as collections."""

from __future__ import annotations

import copy
import datetime
import gc

import paradiplomacy as pd
import pytest
from paradiplomacy import PartialDate


def test_home_government(gyeonggi: pd.Portfolio) -> None:
    assert gyeonggi.home == pd.HomeGovernment("KR-41", name_en="Gyeonggi-do", name_local="경기도")
    assert gyeonggi.home.code == "KR-41"
    assert eval(repr(gyeonggi.home), {"HomeGovernment": pd.HomeGovernment}) == gyeonggi.home
    assert repr(gyeonggi).startswith("<Portfolio KR-41 'Gyeonggi-do': 3 partners, 2 agreements")


def test_home_code_is_checked() -> None:
    with pytest.raises(pd.InvalidValueError, match=r'^subdivision code "KR41": expected CC-X, CC-XX or CC-XXX'):
        pd.Portfolio("KR41")


def test_add_returns_typed_ids(gyeonggi: pd.Portfolio) -> None:
    pid = gyeonggi.add_partner("jp-kanagawa", level=pd.PartnerLevel.REGION, region="JP-14", name_en="Kanagawa")
    assert pid == pd.PartnerId(3)
    aid = gyeonggi.add_agreement("gg-kanagawa-1990", partner=pid, kind="sister", signed_on=datetime.date(1990, 4, 1))
    assert aid == pd.AgreementId(2)
    assert gyeonggi.agreements[aid].partner.key == "jp-kanagawa"


def test_partner_attributes(gyeonggi: pd.Portfolio) -> None:
    hebei = gyeonggi.partners["cn-hebei"]
    assert hebei.id == pd.PartnerId(0)
    assert hebei.key == "cn-hebei"
    assert hebei.level is pd.PartnerLevel.REGION
    assert hebei.country == "CN"  # taken from the region code
    assert hebei.region == "CN-HE"
    assert (hebei.name_en, hebei.name_local) == ("Hebei", "河北省")
    assert hebei.wikidata == "" and hebei.world_region is None
    assert (hebei.source, hebei.note, hebei.uncertain) == ("", "", False)
    mongolia = gyeonggi.partners["mn"]
    assert mongolia.region is None and mongolia.country == "MN"


def test_agreement_attributes(gyeonggi: pd.Portfolio) -> None:
    sister = gyeonggi.agreements["gg-hebei-sister-2009"]
    assert sister.kind is pd.AgreementKind.SISTER
    assert sister.signed_on == PartialDate("2009-06-22")
    assert sister.signed_on is not None and sister.signed_on.earliest == datetime.date(2009, 6, 22)
    assert sister.partner == gyeonggi.partners["cn-hebei"]
    assert sister.supersedes == gyeonggi.agreements["gg-hebei-mou-2008"]
    assert sister.council_approval is pd.CouncilApproval.APPROVED
    assert sister.source == "https://example.org/hebei"
    assert sister.signatory is None and sister.validity is None and sister.terminated_on is None
    mou = gyeonggi.agreements[0]
    assert mou.signed_on == PartialDate("2008-10") and mou.signed_on.precision is pd.DatePrecision.MONTH
    assert mou.fields == ["economy", "culture"]
    assert mou.supersedes is None
    assert mou.council_approval is pd.CouncilApproval.UNKNOWN


def test_agreement_with_every_date_form(gyeonggi: pd.Portfolio) -> None:
    gyeonggi.add_agreement(
        "gg-bc-plan",
        partner=gyeonggi.partners["ca-bc"],
        kind=pd.AgreementKind.IMPLEMENTATION_PLAN,
        signed_on=PartialDate(2017),
        validity=pd.Period("2017", "2019"),
        suspended_on=datetime.date(2018, 1, 2),
        resumed_on="2018-03",
        signatory="suwon",
        title="Action plan 2017-2019",
    )
    plan = gyeonggi.agreements["gg-bc-plan"]
    assert plan.validity == pd.Period("2017", "2019")
    assert plan.suspended_on == PartialDate("2018-01-02")
    assert plan.resumed_on == PartialDate("2018-03")
    assert plan.signatory == gyeonggi.municipalities["suwon"]
    assert plan.title == "Action plan 2017-2019"


def test_program_and_engagement(gyeonggi: pd.Portfolio) -> None:
    prog = gyeonggi.add_program(
        "mn-training-2016",
        kind="official_training",
        start="2016-09-05",
        end=datetime.date(2016, 9, 13),
        direction=pd.Direction.INBOUND,
        partners=["mn", pd.PartnerId(0)],
        headcount=10,
        title="Training for Mongolian officials",
    )
    eng = gyeonggi.add_engagement(
        "mn-smart-class",
        recipient="MN",
        title="Korean-language Smart Class",
        status="implementation",
        recipient_partner="mn",
        regions=[pd.RegionShare("MN-1")],
        sectors=[pd.SectorShare("11220", 60), pd.SectorShare("11330", 40)],
        budgets=[pd.Budget(pd.Period("2016", "2016"), pd.Money(9e8, "KRW"))],
        planned_start="2014-12",
        programs=[prog],
        brand_project=True,
    )
    p = gyeonggi.programs[prog]
    assert p.kind is pd.ProgramKind.OFFICIAL_TRAINING and p.direction is pd.Direction.INBOUND
    assert p.start == PartialDate("2016-09-05") and p.end == PartialDate("2016-09-13")
    assert [x.key for x in p.partners] == ["mn", "cn-hebei"]
    assert p.headcount == 10 and p.organiser is None and p.agreement is None
    e = gyeonggi.engagements[eng]
    assert e.recipient == "MN" and e.status is pd.OdaStatus.IMPLEMENTATION
    assert e.recipient_partner == gyeonggi.partners["mn"]
    assert e.regions == [pd.RegionShare("MN-1", 100.0)]
    assert [s.sector for s in e.sectors] == ["112", "113"]
    assert e.budgets[0].value == pd.Money(9e8, "KRW")
    assert repr(e.budgets[0]) == "Budget(Period('2016', '2016'), Money(900000000.0, 'KRW'))"
    assert e.planned_start == PartialDate("2014-12") and e.actual_end is None
    assert e.programs == [p]
    assert e.brand_project is True


def test_tables_behave_like_collections(gyeonggi: pd.Portfolio) -> None:
    partners = gyeonggi.partners
    assert len(partners) == 3
    assert [p.key for p in partners] == ["cn-hebei", "ca-bc", "mn"]
    assert partners.keys() == ["cn-hebei", "ca-bc", "mn"]
    assert partners[-1].key == "mn"
    assert partners[pd.PartnerId(1)].key == "ca-bc"
    assert "cn-hebei" in partners and "cn-nowhere" not in partners
    assert pd.PartnerId(2) in partners and pd.PartnerId(3) not in partners
    assert partners[0] in partners
    assert 3.5 not in partners
    assert partners.get("ca-bc") == partners[1]
    assert partners.get("nope") is None
    assert partners.get("nope", "default") == "default"
    assert len(gyeonggi.municipalities) == 1 and len(gyeonggi.programs) == 0 and len(gyeonggi.engagements) == 0
    assert list(gyeonggi.programs) == []
    assert repr(partners) == "<partners: 3>"
    assert repr(partners[0]) == "<Partner 'cn-hebei' #0>"


def test_iteration_sees_records_added_meanwhile(gyeonggi: pd.Portfolio) -> None:
    it = iter(gyeonggi.partners)
    assert next(it).key == "cn-hebei"
    gyeonggi.add_partner("au-qld", level="region", region="AU-QLD")
    assert [p.key for p in it] == ["ca-bc", "mn", "au-qld"]


def test_lookup_errors(gyeonggi: pd.Portfolio) -> None:
    with pytest.raises(pd.NotFoundError) as info:
        gyeonggi.partners["cn-nowhere"]
    assert str(info.value) == 'partner "cn-nowhere" is not in this portfolio'
    assert isinstance(info.value, KeyError)
    with pytest.raises(pd.NotFoundError) as info:
        gyeonggi.agreements[pd.AgreementId(9)]
    assert str(info.value) == "agreement #9 is not in this portfolio"
    with pytest.raises(IndexError, match="^partner index out of range$"):
        gyeonggi.partners[3]
    with pytest.raises(IndexError):
        gyeonggi.partners[-4]
    with pytest.raises(TypeError):
        gyeonggi.partners[pd.AgreementId(0)]  # type: ignore[call-overload]


def test_duplicate_key(gyeonggi: pd.Portfolio) -> None:
    with pytest.raises(pd.InvalidValueError) as info:
        gyeonggi.add_partner("cn-hebei", level="region", region="CN-HE")
    assert str(info.value) == 'partner id "cn-hebei" is used twice'
    assert len(gyeonggi.partners) == 3


def test_unknown_references(gyeonggi: pd.Portfolio) -> None:
    with pytest.raises(pd.NotFoundError) as info:
        gyeonggi.add_agreement("x", partner="cn-nowhere", kind="mou")
    assert str(info.value) == 'agreement "x": partner "cn-nowhere" is not in this portfolio'
    with pytest.raises(pd.NotFoundError) as info:
        gyeonggi.add_agreement("x", partner=pd.PartnerId(7), kind="mou")
    assert str(info.value) == 'agreement "x": partner #7 is not in this portfolio'
    with pytest.raises(pd.NotFoundError, match='^program "p": organiser "osan" is not in this portfolio$'):
        gyeonggi.add_program("p", kind="delegation", start="2016", partners=["mn"], organiser="osan")
    other = pd.Portfolio("KR-11")
    other.add_partner("cn-hebei", level="region", region="CN-HE")
    with pytest.raises(pd.InvalidValueError) as info2:
        gyeonggi.add_agreement("x", partner=other.partners[0], kind="mou")
    assert str(info2.value) == 'agreement "x": partner belongs to another portfolio'
    assert len(gyeonggi.agreements) == 2


def test_argument_errors(gyeonggi: pd.Portfolio) -> None:
    with pytest.raises(pd.InvalidValueError) as info:
        gyeonggi.add_agreement("x", partner="mn", kind="sisterr")
    assert str(info.value) == (
        'AgreementKind "sisterr": expected one of intent, mou, friendship, sister, economic_cooperation, '
        "implementation_plan, renewal, other"
    )
    with pytest.raises(pd.InvalidValueError, match='^date "2009-02-30": 2009-02 has no day 30$'):
        gyeonggi.add_agreement("x", partner="mn", kind="mou", signed_on="2009-02-30")
    with pytest.raises(pd.InvalidValueError, match='^partner "y": give a country or a region$'):
        gyeonggi.add_partner("y", level="city", name_en="Nowhere")
    with pytest.raises(pd.InvalidValueError, match=r'^country code "M1": expected two upper-case letters'):
        gyeonggi.add_partner("y", level="country", country="M1")
    with pytest.raises(pd.InvalidValueError, match=r'^purpose code "1120": expected five digits'):
        pd.SectorShare("1120")
    with pytest.raises(TypeError):
        gyeonggi.add_agreement("x", partner="mn", kind=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gyeonggi.add_agreement("x", partner="mn", kind="mou", signed_on=2009)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        gyeonggi.add_agreement("x", "mn", "mou")  # type: ignore[call-arg]
    assert len(gyeonggi.agreements) == 2


def test_enum_names_accepted_in_any_case(gyeonggi: pd.Portfolio) -> None:
    aid = gyeonggi.add_agreement("x", partner="mn", kind="ECONOMIC_COOPERATION")
    assert gyeonggi.agreements[aid].kind is pd.AgreementKind.ECONOMIC_COOPERATION


def test_records_keep_their_portfolio_alive() -> None:
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_partner("jp-kanagawa", level="region", region="JP-14", name_en="Kanagawa")
    p.add_agreement("a", partner="jp-kanagawa", kind="sister", signed_on="1990")
    agreement = p.agreements["a"]
    table = p.partners
    del p
    gc.collect()
    assert agreement.partner.name_en == "Kanagawa"
    assert agreement.signed_on == PartialDate("1990")
    assert [x.key for x in table] == ["jp-kanagawa"]


def test_records_read_current_data_and_compare_by_identity(gyeonggi: pd.Portfolio) -> None:
    a = gyeonggi.partners["mn"]
    b = gyeonggi.partners[2]
    assert a == b and hash(a) == hash(b)
    assert a != gyeonggi.partners[0]
    twin = gyeonggi.copy()
    assert twin.partners["mn"] != a  # same content, another portfolio
    assert twin.partners["mn"].name_en == a.name_en


def test_copy_and_equality(gyeonggi: pd.Portfolio) -> None:
    twin = copy.deepcopy(gyeonggi)
    assert twin == gyeonggi and twin is not gyeonggi
    twin.add_partner("jp-kanagawa", level="region", region="JP-14")
    assert twin != gyeonggi
    assert len(gyeonggi.partners) == 3 and len(twin.partners) == 4
    assert copy.copy(gyeonggi) == gyeonggi


def test_undated_program(gyeonggi: pd.Portfolio) -> None:
    pid = gyeonggi.add_program("gg-delegation", kind=pd.ProgramKind.DELEGATION, partners=["ca-bc"])
    program = gyeonggi.programs[pid]
    assert program.start is None and program.end is None
    assert program.direction is pd.Direction.BOTH


def test_what_json_and_csv_could_not_carry_is_refused_when_added(gyeonggi: pd.Portfolio) -> None:
    before = len(gyeonggi.partners)
    with pytest.raises(pd.InvalidValueError, match='^partner id "" is empty: every record needs an id$'):
        gyeonggi.add_partner("", level="country", country="CN")
    with pytest.raises(pd.InvalidValueError, match="at its start or end, which a CSV table would drop"):
        gyeonggi.add_partner(" cn", level="country", country="CN")
    with pytest.raises(pd.InvalidValueError, match="holds ';'"):
        gyeonggi.add_partner("c;n", level="country", country="CN")
    with pytest.raises(pd.InvalidValueError, match='the fields item " trade" has a space'):
        gyeonggi.add_agreement("x", partner="mn", kind="mou", fields=[" trade"])
    with pytest.raises(pd.InvalidValueError, match='^program "y" names no partner and no municipality: '):
        gyeonggi.add_program("y", kind="delegation", partners=[])
    assert len(gyeonggi.partners) == before and "x" not in gyeonggi.agreements and "y" not in gyeonggi.programs
