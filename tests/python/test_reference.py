# SPDX-License-Identifier: Apache-2.0
"""ISO 3166 / ISO 4217 / UN M49 look-ups from the tables generated at build time."""

from __future__ import annotations

import paradiplomacy as pd
import pytest
from paradiplomacy import reference
from paradiplomacy.reference import CodeStatus


def test_country() -> None:
    kr = reference.country("KR")
    assert (kr.alpha2, kr.alpha3, kr.numeric) == ("KR", "KOR", "410")
    assert kr.name == "Korea, Republic of"
    assert kr.m49_subregion == 30 and kr.m49_region == 142
    assert reference.country_by_alpha3("KOR") == kr
    assert repr(kr) == "<Country KR 'Korea, Republic of'>"
    assert reference.country("TW").alpha3 == "TWN"


def test_country_status() -> None:
    assert reference.country_status("KR") is CodeStatus.CURRENT
    assert reference.country_status("YU") is CodeStatus.WITHDRAWN
    assert reference.country_status("QQ") is CodeStatus.UNKNOWN


def test_withdrawn_country_is_not_found_with_reason() -> None:
    yu = reference.withdrawn_country("YU")
    assert yu.alpha4 == "YUCS"
    with pytest.raises(pd.NotFoundError) as info:
        reference.country("YU")
    assert str(info.value) == f'country "YU" was withdrawn from ISO 3166-1 ({yu.name}, {yu.withdrawal_date})'
    with pytest.raises(pd.NotFoundError, match='^country "QQ" is not in ISO 3166-1$'):
        reference.country("QQ")
    with pytest.raises(pd.NotFoundError, match='^country "KR" is not a withdrawn ISO 3166-1 code$'):
        reference.withdrawn_country("KR")


def test_malformed_codes() -> None:
    with pytest.raises(pd.InvalidValueError, match=r'^country code "k1": expected two upper-case letters'):
        reference.country_status("k1")
    with pytest.raises(TypeError, match="^key must be a str"):
        reference.country(410)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        reference.country_status(410)  # type: ignore[arg-type]


def test_subdivisions() -> None:
    gg = reference.subdivision("KR-41")
    assert gg.code == "KR-41" and gg.is_first_level and gg.parent == ""
    assert reference.subdivision("JP-14").name == "Kanagawa"
    assert reference.subdivision_status("KR-41") is CodeStatus.CURRENT
    assert reference.subdivision_status("KR-99") is CodeStatus.UNKNOWN
    korea = reference.subdivisions("KR")
    assert gg in korea and all(s.code.startswith("KR-") for s in korea)
    assert len(reference.subdivisions()) > len(korea) > 10
    with pytest.raises(pd.NotFoundError, match='^subdivision "KR-99" is not in ISO 3166-2$'):
        reference.subdivision("KR-99")


def test_former_subdivision_names_its_successor() -> None:
    # Hà Tây (VN-15) merged into Hanoi in 2008.
    ha_tay = reference.former_subdivision("VN-15")
    assert ha_tay.code == "VN-15"
    assert ha_tay.successors == ("VN-HN",)
    assert "2008" in ha_tay.reason and ha_tay.source == "data/former-subdivisions.csv"
    assert str(ha_tay) == "VN-15, now VN-HN"
    assert repr(ha_tay) == "<FormerSubdivision VN-15, now VN-HN>"
    assert reference.subdivision_status("VN-15") is CodeStatus.WITHDRAWN
    with pytest.raises(
        pd.NotFoundError, match=r'^subdivision "VN-15" is a former ISO 3166-2 code \(VN-15, now VN-HN\)$'
    ):
        reference.subdivision("VN-15")
    # A split names every successor.
    assert reference.former_subdivision("LU-D").successors == ("LU-CL", "LU-DI", "LU-RD", "LU-VD", "LU-WI")
    assert ha_tay in reference.former_subdivisions() and len({f.code for f in reference.former_subdivisions()}) > 100


def test_former_subdivision_of_a_current_or_unknown_code() -> None:
    with pytest.raises(pd.NotFoundError, match='^subdivision "VN-HN" is current, not a former code$'):
        reference.former_subdivision("VN-HN")
    with pytest.raises(pd.NotFoundError, match='^subdivision "KR-99" is not a former ISO 3166-2 code$'):
        reference.former_subdivision("KR-99")
    assert reference.former_subdivision("vn-15").code == "VN-15"  # any case, as every code
    with pytest.raises(pd.InvalidValueError):
        reference.former_subdivision("vn_15")


def test_currencies() -> None:
    krw = reference.currency("KRW")
    assert (krw.alpha3, krw.numeric, krw.name) == ("KRW", "410", "Won")
    assert reference.currency_status("XYZ") is CodeStatus.UNKNOWN
    assert krw in reference.currencies()
    with pytest.raises(pd.NotFoundError, match='^currency "XYZ" is not in ISO 4217$'):
        reference.currency("XYZ")


def test_world_regions() -> None:
    east_asia = reference.world_region_of("KR")
    assert east_asia is not None
    assert (east_asia.m49, east_asia.name, east_asia.parent) == (30, "Eastern Asia", 142)
    assert reference.world_region(142).name == "Asia"
    assert reference.world_region_of("AQ") is None or reference.world_region_of("AQ") == reference.world_region(
        reference.country("AQ").m49_subregion
    )
    assert east_asia in reference.world_regions()
    with pytest.raises(pd.NotFoundError, match="^world region 999 is not in UN M49$"):
        reference.world_region(999)


def test_source_is_reported() -> None:
    assert reference.iso_codes_source() != ""


def test_country_by_name_in_english_or_korean() -> None:
    kr = reference.country("KR")
    assert kr.korean_name == "대한민국"
    for name in ("대한민국", "South Korea", "korea, republic of", "  SOUTH   korea ", "KOR", "kr"):
        assert reference.country(name) == kr, name
    assert reference.country("Sao Tome and Principe").alpha2 == "ST"
    assert reference.country("중국").alpha2 == "CN"
    assert reference.country("UK").alpha2 == "GB"  # an abbreviation, not an ISO code
    with pytest.raises(pd.InvalidValueError, match='^country code "qq": a code in lower case is taken only'):
        reference.country("qq")


def test_country_name_of_several_countries_is_not_guessed() -> None:
    with pytest.raises(pd.NotFoundError, match=r"^country 'Korea' is part of the names of 2 countries \(KP "):
        reference.country("Korea")
    with pytest.raises(pd.NotFoundError, match=r"country 'Grmany' is neither .*did you mean DE \(Germany\)"):
        reference.country("Grmany")
    with pytest.raises(pd.NotFoundError, match="was withdrawn from ISO 3166-1"):
        reference.country("Netherlands Antilles")


def test_subdivision_by_name() -> None:
    gg = reference.subdivision("KR-41")
    assert gg.korean_name == "경기도"
    assert reference.subdivision("경기도") == gg
    assert reference.subdivision(gg.name.upper()) == gg
    assert reference.subdivision("Bayern").code == "DE-BY"
    assert reference.subdivision("bayern", country="de").code == "DE-BY"
    with pytest.raises(pd.NotFoundError, match=r"is the name of 2 subdivisions \(MZ-L Maputo; MZ-MPM Maputo\)"):
        reference.subdivision("Maputo")
    with pytest.raises(pd.NotFoundError, match="nor the name of a subdivision of FR"):
        reference.subdivision("Bayern", country="fr")
    with pytest.raises(TypeError):
        reference.subdivision(41)  # type: ignore[arg-type]


def _codes(rows: list[reference.Country | reference.Subdivision]) -> list[str]:
    return [r.alpha2 if isinstance(r, reference.Country) else r.code for r in rows]


def test_search_best_first() -> None:
    assert _codes(reference.search("Bayern"))[:1] == ["DE-BY"]
    assert _codes(reference.search("bayren"))[:1] == ["DE-BY"]  # a typo
    assert _codes(reference.search("경기"))[:1] == ["KR-41"]
    korea = reference.search("Korea")
    assert [c.alpha2 for c in korea[:2] if isinstance(c, reference.Country)] == ["KP", "KR"]
    assert reference.search("kr")[0] == reference.country("KR")
    with pytest.raises(pd.NotFoundError, match="^no country or subdivision matches 'zzqqxx'$"):
        reference.search("zzqqxx")
    with pytest.raises(LookupError):  # as pycountry's search_fuzzy
        reference.search("zzqqxx")
    with pytest.raises(pd.InvalidValueError, match="^search: the text is empty$"):
        reference.search("  ")
