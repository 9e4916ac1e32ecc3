# SPDX-License-Identifier: Apache-2.0
"""Validation findings, strict validation and the rule catalogue."""

from __future__ import annotations

import datetime

import paradiplomacy as pd
import pytest

TODAY = datetime.date(2025, 1, 1)


def broken() -> pd.Portfolio:
    p = pd.Portfolio("KR-41")
    p.add_partner("cn-hebei", level="region", region="CN-HE", name_en="Hebei")
    p.add_agreement(
        "a1",
        partner="cn-hebei",
        kind="sister",
        signed_on="2010-05-01",
        terminated_on="2009-01-01",
        council_approval="approved",
    )
    p.add_agreement("a2", partner="cn-hebei", kind="mou", signed_on="2030", council_approval="approved")
    return p


def test_report_counts_and_filters() -> None:
    r = broken().validate(today=TODAY)
    assert not r.ok
    assert len(r) == len(list(r)) == len(r.errors) + len(r.warnings) + len(r.infos)
    [error] = r.by_rule("date.agreement.terminated_before_signed")
    assert error in r.errors
    assert error.severity is pd.Severity.ERROR
    assert error.entity == error.entity
    assert (error.entity.kind, error.entity.index, error.entity.key) == (pd.EntityKind.AGREEMENT, 0, "a1")
    assert error.field == "terminated_on"
    assert "2009-01-01" in error.message and "2010-05-01" in error.message
    assert "terminated_before_signed" in str(error)
    [future] = r.by_rule("date.agreement.signed_in_future")
    assert future.severity is pd.Severity.WARNING and future.entity.key == "a2"
    assert r.by_rule("code.home.unknown") == []
    assert "1 errors" in repr(r)


def test_today_matters() -> None:
    assert broken().validate(today=datetime.date(2031, 1, 1)).by_rule("date.agreement.signed_in_future") == []


def test_disabled_rules() -> None:
    r = broken().validate(today=TODAY, disabled_rules=["date.agreement.terminated_before_signed"])
    assert r.ok
    with pytest.raises(pd.InvalidValueError, match="no.such.rule"):
        broken().validate(disabled_rules=["no.such.rule"])


def test_clean_portfolio(gyeonggi: pd.Portfolio) -> None:
    r = gyeonggi.validate(today=TODAY)
    assert r.ok
    assert r.errors == []
    assert gyeonggi.validate_strict(today=TODAY).ok


def test_strict_raises() -> None:
    with pytest.raises(pd.ValidationError, match="terminated_before_signed") as info:
        broken().validate_strict(today=TODAY)
    assert isinstance(info.value, ValueError)


def test_catalogue() -> None:
    rules = pd.validation_rules()
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    by_id = {r.id: r for r in rules}
    rule = by_id["date.agreement.terminated_before_signed"]
    assert rule.severity is pd.Severity.ERROR and rule.entity is pd.EntityKind.AGREEMENT and rule.summary
    # Every finding names a rule of the catalogue with the catalogue's severity.
    for f in broken().validate(today=TODAY):
        assert by_id[f.rule].severity is f.severity


def test_former_region_is_named_with_its_successor() -> None:
    # Hà Tây (VN-15) merged into Hanoi in 2008; a tie signed with it keeps its code.
    p = pd.Portfolio("KR-41")
    p.add_partner("vn-ha-tay", level="region", country="VN", region="VN-15", name_en="Ha Tay")
    r = p.validate(today=TODAY)
    assert r.by_rule("code.region.unknown") == []
    [former] = r.by_rule("code.region.former")
    assert former.severity is pd.Severity.INFO and former.field == "region"
    assert "former region VN-15, now VN-HN" in former.message
    assert r.ok


def test_report_text(gyeonggi: pd.Portfolio) -> None:
    text = gyeonggi.report(on=datetime.date(2010, 1, 1), today=TODAY)
    assert text.startswith("Portfolio report")
    assert "Hebei" in text and "2010-01-01" in text
    assert text == gyeonggi.report(on=datetime.date(2010, 1, 1), today=TODAY)
    with pytest.raises(pd.InvalidValueError):
        gyeonggi.report(today=TODAY, dormant_years=-1)


def test_report_with_published_figures() -> None:
    gg = pd.datasets.gyeonggi()
    figures = pd.datasets.gyeonggi_published_figures()
    text = gg.report(today=TODAY, published=figures)
    assert "published" in text
    assert "published" not in gg.report(today=TODAY).lower()
