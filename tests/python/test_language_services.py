# SPDX-License-Identifier: Apache-2.0
"""The interpreter and translator pool and the office's documents: their tables from Python,
the queries that set them against the partners' languages, formats, frames and findings."""

from __future__ import annotations

import datetime
import pathlib

import paradiplomacy as pd
import pytest

DAY = datetime.date(2020, 6, 1)


def gyeonggi() -> pd.Portfolio:
    """Ties with Kanagawa (ja), Liaoning (zh) and Mongolia (mn) long in force, with Virginia (en)
    signed some day in 2020; Japanese interpreters since 2010, a Mongolian translator, a Chinese
    interpreter and translator from some day in 2020."""
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_partner("jp-kanagawa", level="region", region="JP-14", name_en="Kanagawa")
    p.add_partner("cn-liaoning", level="region", region="CN-LN", name_en="Liaoning")
    p.add_partner("mn", level="country", country="MN", name_en="Mongolia")
    p.add_partner("us-virginia", level="region", region="US-VA", name_en="Virginia")
    p.add_agreement(
        "gg-kanagawa", partner="jp-kanagawa", kind="sister", signed_on="1990-04-20", council_approval="approved"
    )
    p.add_agreement("gg-liaoning", partner="cn-liaoning", kind="friendship", signed_on="1994-09-15")
    p.add_agreement("gg-mn", partner="mn", kind="friendship", signed_on="2000-05-01")
    p.add_agreement("gg-virginia", partner="us-virginia", kind="mou", signed_on="2020")
    p.add_program("three-region-2018", kind="conference", partners=["jp-kanagawa", "cn-liaoning"])
    p.add_linguist("pool-ja", kind="interpreter", languages=["ja"], count=4, available_from="2010")
    p.add_linguist("pool-mn", kind=pd.LinguistKind.TRANSLATOR, languages=["mn"], name="Bat-Erdene")
    p.add_linguist(
        "pool-zh",
        kind="both",
        level="conference",
        languages=["zh-Hans"],
        available_from="2020",
        shared_with_municipalities=True,
    )
    p.add_document("kanagawa-ko", kind="agreement_text", language="ko", agreement="gg-kanagawa", title="Sister MOU")
    p.add_document(
        "kanagawa-ja",
        kind="agreement_text",
        language="ja",
        translation_of="kanagawa-ko",
        translation_status="proofread",
    )
    p.add_document("conference-plan", kind="plan", language="ko", program="three-region-2018")
    p.add_document(
        "conference-plan-zh", kind="plan", language="zh", translation_of="conference-plan", translation_status="draft"
    )
    return p


def test_pool_records_and_documents_read_back() -> None:
    p = gyeonggi()
    zh = p.linguists["pool-zh"]
    assert isinstance(zh, pd.Linguist)
    assert zh.id == pd.LinguistId(2)
    assert (zh.kind, zh.level, zh.languages) == (pd.LinguistKind.BOTH, pd.LinguistLevel.CONFERENCE, ["zh-Hans"])
    assert zh.count is None and zh.name == "" and zh.shared_with_municipalities
    assert str(zh.available_from) == "2020" and zh.available_until is None
    assert p.linguists["pool-ja"].count == 4
    translation = p.documents["kanagawa-ja"]
    assert isinstance(translation, pd.Document)
    assert translation.translation_of == p.documents["kanagawa-ko"]
    assert translation.translation_status is pd.TranslationStatus.PROOFREAD
    assert p.documents["kanagawa-ko"].agreement == p.agreements["gg-kanagawa"]
    assert p.documents["kanagawa-ko"].translation_status is pd.TranslationStatus.ORIGINAL
    assert p.documents.keys() == ["kanagawa-ko", "kanagawa-ja", "conference-plan", "conference-plan-zh"]


def test_adding_refuses_bad_input_and_changes_nothing() -> None:
    p = gyeonggi()
    with pytest.raises(TypeError):
        p.add_linguist("x", languages=["ja"])  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="sign_language"):
        p.add_linguist("x", kind="sign_language", languages=["ja"])
    with pytest.raises(pd.InvalidValueError, match='linguist id "pool-ja" is used twice'):
        p.add_linguist("pool-ja", kind="interpreter", languages=["ja"])
    with pytest.raises(pd.NotFoundError, match="nope"):
        p.add_document("x", kind="plan", language="ko", translation_of="nope")
    with pytest.raises(ValueError, match="finished"):
        p.add_document("x", kind="plan", language="ko", translation_status="finished")
    assert len(p.linguists) == 3 and len(p.documents) == 4


def test_languages_without_interpreters_certain_and_possible() -> None:
    gaps = gyeonggi().languages_without_linguist(DAY)
    assert isinstance(gaps, pd.LanguageGaps)
    assert gaps.on == DAY
    assert [g.language for g in gaps.certain] == ["mn"]
    assert [p.key for p in gaps.certain[0].partners] == ["mn"]
    # zh: the interpreter starts some day in 2020; en: the Virginia tie is signed some day in 2020.
    assert [g.language for g in gaps.possible] == ["en", "zh"]
    later = gyeonggi().languages_without_linguist(datetime.date(2021, 1, 1))
    assert [g.language for g in later.certain] == ["en", "mn"] and later.possible == []


def test_languages_without_translators_or_any_record() -> None:
    p = gyeonggi()
    later = datetime.date(2021, 1, 1)
    assert [g.language for g in p.languages_without_linguist(later, kind="translator").certain] == ["en", "ja"]
    assert [g.language for g in p.languages_without_linguist(later, kind=None).certain] == ["en"]
    p.add_partner("fr", level="country", country="FR")
    everyone = p.languages_without_linguist(later, kind=None, all_partners=True)
    assert [g.language for g in everyone.certain] == ["en", "fr"]
    with pytest.raises(ValueError, match="scope"):
        p.languages_without_linguist(later, scope="nowhere")
    with pytest.raises(ValueError, match="poet"):
        p.languages_without_linguist(later, kind="poet")


def test_linguists_by_language() -> None:
    rows = gyeonggi().linguists_by_language(DAY)
    assert isinstance(rows, pd.LinguistsByLanguage)
    by = {r.language: r for r in rows}
    assert list(by) == ["en", "ja", "mn", "zh"]
    assert (by["ja"].interpreters, by["ja"].translators, by["ja"].partners, by["ja"].programs) == (4, 0, 1, 1)
    assert (by["zh"].interpreters, by["zh"].interpreters_possible, by["zh"].translators_possible) == (0, 1, 1)
    assert (by["mn"].translators, by["mn"].programs) == (1, 0)
    assert len(rows) == 4 and rows[-1].language == "zh"
    with pytest.raises(IndexError):
        rows[4]


def test_documents_to_translate() -> None:
    needs = gyeonggi().documents_to_translate()
    assert isinstance(needs, pd.DocumentsToTranslate)
    # The MOU has its proofread Japanese text; the plan's Chinese one is a draft; Kanagawa
    # still needs the plan in Japanese.
    assert [(n.document.key, n.language) for n in needs] == [("conference-plan", "ja"), ("conference-plan", "zh")]
    assert needs[1].draft is not None and needs[1].draft.key == "conference-plan-zh"
    assert needs[0].draft is None
    assert [p.key for p in needs[1].partners] == ["cn-liaoning"]


def test_query_frames() -> None:
    pytest.importorskip("pandas")
    p = gyeonggi()
    gaps = p.languages_without_linguist(DAY).to_frame()
    assert list(gaps.columns) == ["language", "partner", "country", "certain"]
    assert list(gaps["language"].astype(str)) == ["mn", "en", "zh"]
    assert list(gaps["certain"]) == [True, False, False]
    staffing = p.linguists_by_language(DAY).to_frame()
    assert list(staffing["interpreters"]) == [0, 4, 0, 0]
    assert list(staffing["programs"]) == [0, 1, 0, 1]
    needs = p.documents_to_translate().to_frame()
    assert list(needs["document"]) == ["conference-plan", "conference-plan"]
    assert list(needs["partners"]) == ["jp-kanagawa", "cn-liaoning"]
    assert needs["draft"].isna().tolist() == [True, False] and needs["draft"][1] == "conference-plan-zh"


def test_record_frames() -> None:
    pytest.importorskip("pandas")
    p = gyeonggi()
    linguists = p.linguists_frame()
    assert list(linguists["key"]) == ["pool-ja", "pool-mn", "pool-zh"]
    assert list(linguists["kind"]) == ["interpreter", "translator", "both"]
    assert list(linguists["languages"]) == ["ja", "mn", "zh-Hans"]
    documents = p.documents_frame()
    assert list(documents["translation_status"]) == ["original", "proofread", "original", "draft"]


def test_round_trip_through_json_and_csv(tmp_path: pathlib.Path) -> None:
    p = gyeonggi()
    text = p.dumps()
    assert '"linguists": [' in text and '"documents": [' in text
    assert pd.loads(text) == p
    p.to_csv(tmp_path / "tables")
    assert (tmp_path / "tables" / "linguists.csv").read_text(encoding="utf-8").startswith("id,")
    assert (tmp_path / "tables" / "documents.csv").exists()
    assert pd.read_csv(tmp_path / "tables") == p


def test_a_dangling_translation_in_a_file_is_a_clear_error() -> None:
    text = gyeonggi().dumps().replace('"translation_of": "kanagawa-ko"', '"translation_of": "kanagawa-xx"')
    with pytest.raises(pd.FileError, match="kanagawa-xx"):
        pd.loads(text)


def test_findings_on_pool_records_and_documents() -> None:
    p = gyeonggi()
    p.add_linguist(
        "pool-bad", kind="interpreter", languages=["zh_Hans"], count=0, available_from="2019-05", available_until="2018"
    )
    p.add_document(
        "kanagawa-ko-copy",
        kind="agreement_text",
        language="ja",
        translation_of="kanagawa-ja",
        translation_status="translated",
        sha256="abc",
    )
    rules = sorted(
        (f.rule, f.entity.key, f.field) for f in p.validate().findings if f.entity.key.endswith(("bad", "copy"))
    )
    assert rules == [
        ("date.linguist.available_until_before_from", "pool-bad", "available_until"),
        ("document.sha256.malformed", "kanagawa-ko-copy", "sha256"),
        ("document.translation.same_language", "kanagawa-ko-copy", "language"),
        ("language.linguist.malformed", "pool-bad", "languages[0]"),
        ("linguist.count.zero", "pool-bad", "count"),
    ]
    kinds = {f.entity.kind for f in p.validate().findings if f.entity.key.endswith(("bad", "copy"))}
    assert kinds == {pd.EntityKind.LINGUIST, pd.EntityKind.DOCUMENT}


def test_report_section() -> None:
    text = gyeonggi().report(on=DAY, today=DAY, include_validation=False)
    section = text[text.index("Interpreters and partner languages on 2020-06-01") :]
    assert "Pool: 6 interpreters and translators in 3 records" in section
    assert "certainly without an interpreter: 1\n  mn" in section
    assert "Documents still to translate into a partner's language: 2" in section
    assert '"conference-plan" -> zh (draft "conference-plan-zh")' in section
    plain = pd.Portfolio("KR-41").report(today=DAY, include_validation=False)
    assert "Interpreters and partner languages" not in plain
