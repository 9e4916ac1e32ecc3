# SPDX-License-Identifier: Apache-2.0
"""Organisations: the organisations table from Python, through JSON, CSV and a frame."""

from __future__ import annotations

import pathlib

import paradiplomacy as pd
import pytest


def organisations() -> pd.Portfolio:
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_organisation(
        "koica",
        name_en="Korea International Cooperation Agency",
        name_local="한국국제협력단",
        kind=pd.OrganisationKind.PUBLIC_AGENCY,
        country="KR",
        iati_ref="KR-GOV-051",
        website="https://www.koica.go.kr",
    )
    p.add_organisation("ggcf", name_en="GyeongGi Cultural Foundation", kind="foundation", country="KR")
    return p


def test_add_and_read_an_organisation() -> None:
    p = organisations()
    assert len(p.organisations) == 2
    koica = p.organisations["koica"]
    assert isinstance(koica, pd.OrganisationRecord)
    assert koica.id == pd.OrganisationId(0)
    assert koica.kind is pd.OrganisationKind.PUBLIC_AGENCY
    assert koica.country == "KR"
    assert koica.iati_ref == "KR-GOV-051"
    assert p.organisations["ggcf"].iati_ref == ""
    assert p.organisations.keys() == ["koica", "ggcf"]
    assert repr(koica) == "<OrganisationRecord 'koica' #0>"


def test_an_organisation_needs_a_kind_and_a_key_of_its_own() -> None:
    p = organisations()
    with pytest.raises(TypeError):
        p.add_organisation("ngo")  # type: ignore[call-arg]
    with pytest.raises(pd.InvalidValueError, match='^organisation id "koica" is used twice$'):
        p.add_organisation("koica", kind="ngo")
    with pytest.raises(ValueError, match="charity"):
        p.add_organisation("x", kind="charity")
    assert len(p.organisations) == 2


def test_organisations_round_trip_through_json_and_csv(tmp_path: pathlib.Path) -> None:
    p = organisations()
    text = p.dumps()
    assert text.startswith('{\n  "schema": "paradiplomacy.portfolio/2",')
    assert '"organisations": [' in text
    assert pd.loads(text) == p
    p.to_csv(tmp_path / "tables")
    assert (tmp_path / "tables" / "organisations.csv").read_text(encoding="utf-8").startswith("id,name_en,")
    assert pd.read_csv(tmp_path / "tables") == p


def test_organisations_frame() -> None:
    pytest.importorskip("pandas")
    frame = organisations().organisations_frame()
    assert list(frame["key"]) == ["koica", "ggcf"]
    assert list(frame["kind"]) == ["public_agency", "foundation"]
    assert list(frame["iati_ref"]) == ["KR-GOV-051", ""]
    assert {"name_en", "name_local", "country", "website", "source", "note", "uncertain"} <= set(frame.columns)


def test_a_malformed_iati_identifier_is_a_finding() -> None:
    p = organisations()
    p.add_organisation("odd", kind="ngo", iati_ref="KOICA")
    findings = [f for f in p.validate().findings if f.rule == "organisation.iati_ref.malformed"]
    assert [(f.entity.kind, f.entity.key, f.field) for f in findings] == [
        (pd.EntityKind.ORGANISATION, "odd", "iati_ref")
    ]
