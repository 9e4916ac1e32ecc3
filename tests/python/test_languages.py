# SPDX-License-Identifier: Apache-2.0
"""Languages: the countries' official languages from CLDR, the languages of partners
(their own or their country's), the language rules, and programs selected by topic."""

from __future__ import annotations

import paradiplomacy as pd
import pytest
from paradiplomacy import reference


def test_official_languages_from_cldr_in_bcp47_form() -> None:
    assert reference.official_languages("JP") == ["ja"]
    assert reference.official_languages("TW") == ["zh-Hant"]  # CLDR writes zh_Hant
    assert reference.official_languages("US") == ["en"]  # de facto official
    assert reference.official_languages("AQ") == []
    ch = reference.official_languages("CH")
    assert ch[0] == "de"
    assert "rm" not in ch  # official in some regions only


def test_country_languages_rows() -> None:
    rows = reference.country_languages("CN")
    assert rows[0].tag == "zh"
    assert rows[0].status is reference.LanguageStatus.OFFICIAL
    assert rows[0].country == "CN"
    assert isinstance(rows[0].population_percent, float)
    regional = [r.tag for r in rows if r.status is reference.LanguageStatus.OFFICIAL_REGIONAL]
    assert "mn-Mong" in regional
    assert [r.population_percent for r in rows] == sorted((r.population_percent for r in rows), reverse=True)
    assert repr(rows[0]).startswith("<CountryLanguage CN zh official ")
    assert reference.CountryLanguage.__module__ == "paradiplomacy.reference"


def test_country_code_errors() -> None:
    assert reference.official_languages("jp") == reference.official_languages("JP")
    with pytest.raises(pd.InvalidValueError, match='country code "jq": a code in lower case is taken only'):
        reference.official_languages("jq")
    with pytest.raises(pd.InvalidValueError):
        reference.country_languages("JPN")


def test_language_tags_and_codes() -> None:
    assert reference.well_formed_language_tag("zh-Hant-HK")
    assert reference.well_formed_language_tag("x-gyeonggi")
    assert not reference.well_formed_language_tag("zh_Hant")
    assert not reference.well_formed_language_tag("")
    assert reference.is_iso639_language("yue")
    assert reference.is_iso639_language("KO")
    assert not reference.is_iso639_language("xx")
    assert not reference.is_iso639_language("ger")  # bibliographic: BCP 47 uses "de"


def test_partner_languages_record_or_cldr(gyeonggi: pd.Portfolio) -> None:
    gyeonggi.add_partner("es-catalonia", level="region", region="ES-CT", languages=["ca", "es"])
    gyeonggi.add_partner("aq", level="country", country="AQ")
    hebei = gyeonggi.partner_languages("cn-hebei")
    assert hebei.tags == ["zh"]
    assert hebei.source is pd.LanguageSource.CLDR
    catalonia = gyeonggi.partner_languages(gyeonggi.partners["es-catalonia"])
    assert catalonia.tags == ["ca", "es"]
    assert catalonia.source is pd.LanguageSource.RECORD
    assert gyeonggi.partners["es-catalonia"].languages == ["ca", "es"]
    assert repr(catalonia) == "<PartnerLanguages ['ca', 'es'] from record>"
    nothing = gyeonggi.partner_languages("aq")
    assert nothing.tags == []
    assert nothing.source is pd.LanguageSource.NONE
    assert gyeonggi.partner_languages("mn") == gyeonggi.partner_languages("mn")
    with pytest.raises(pd.NotFoundError):
        gyeonggi.partner_languages("nobody")


def test_partner_languages_frame(gyeonggi: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    gyeonggi.add_partner("hk", level="city", country="HK", name_en="Hong Kong")
    gyeonggi.add_partner("aq", level="country", country="AQ")
    df = gyeonggi.partner_languages_frame()
    assert list(df.columns) == ["partner", "country", "language", "source"]
    hk = df[df["partner"] == "hk"]
    assert list(hk["language"]) == ["zh-Hant", "en"]
    assert set(hk["source"]) == {"cldr"}
    aq = df[df["partner"] == "aq"]
    assert len(aq) == 1
    assert aq["language"].isna().all()
    assert list(aq["source"]) == ["none"]


def test_language_rules(gyeonggi: pd.Portfolio) -> None:
    gyeonggi.add_partner("es-catalonia", level="region", region="ES-CT", name_en="Catalonia", languages=["ca_ES"])
    gyeonggi.add_agreement("gg-bc", partner="ca-bc", kind="mou", signed_on="2015", languages=["en", "english"])
    findings = {(f.rule, f.entity.key, f.field) for f in gyeonggi.validate()}
    assert ("language.partner.malformed", "es-catalonia", "languages[0]") in findings
    assert ("language.agreement.unknown", "gg-bc", "languages[1]") in findings
    assert not any(rule.startswith("language.") and key == "cn-hebei" for rule, key, _ in findings)
    with pytest.raises(pd.ValidationError, match="ca_ES"):
        gyeonggi.validate_strict()


def test_exchanges_by_topic(gyeonggi: pd.Portfolio) -> None:
    gyeonggi.add_program(
        "hebei-training",
        kind="official_training",
        partners=["cn-hebei"],
        start="2019-05",
        headcount=12,
        leader="Director Zhang",
        cities_visited=["Suwon", "Goyang"],
        topics=["smart city", "water management"],
    )
    gyeonggi.add_program("mn-training", kind="official_training", partners=["mn"], start="2019", topics=["agriculture"])
    program = gyeonggi.programs["hebei-training"]
    assert program.leader == "Director Zhang"
    assert program.cities_visited == ["Suwon", "Goyang"]
    assert program.topics == ["smart city", "water management"]
    water = gyeonggi.exchanges(topic="water management")
    assert water.total.programs == 1
    assert water.total.headcount == 12
    assert [r.partner.key for r in water if r.partner] == ["cn-hebei"]
    assert gyeonggi.exchanges(topic="agriculture", partner="cn-hebei").total.programs == 0
    assert gyeonggi.exchanges(topic="Smart City").total.programs == 0  # exact
    assert gyeonggi.exchanges().total.programs == 2
    with pytest.raises(TypeError):
        gyeonggi.exchanges(topic=3)  # type: ignore[arg-type]
