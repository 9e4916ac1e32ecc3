# SPDX-License-Identifier: Apache-2.0
"""Results, indicators and indicator periods from Python: records and their enums, the rules,
files, result_periods_frame(), and results and document links read from IATI."""

from __future__ import annotations

import datetime
import math
import pathlib

import paradiplomacy as pd
import pytest


def smart_class() -> pd.Portfolio:
    """Mongolia's Smart Class: one result, a unit and a qualitative indicator, three periods,
    and a training program's result."""
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do")
    p.add_partner("mn", level="country", country="MN")
    p.add_engagement("mn-smart-class", recipient="MN", recipient_partner="mn")
    p.add_program("mn-training-2019", kind="official_training", partners=["mn"])
    p.add_result("smart:r1", title="Korean-language smart classes opened", type="output", engagement="mn-smart-class")
    p.add_indicator("smart:classes", result="smart:r1", title="Classes opened", measure="unit", baseline_value="0")
    p.add_indicator("smart:view", result="smart:r1", title="Teachers' view", measure=pd.IndicatorMeasure.QUALITATIVE)
    p.add_indicator_period(
        "smart:classes:2019",
        indicator="smart:classes",
        start=datetime.date(2019, 1, 1),
        end=datetime.date(2019, 12, 31),
        target="10",
        actual="12",
    )
    p.add_indicator_period("smart:classes:2020", indicator="smart:classes", start="2020", end="2020", target="15")
    p.add_indicator_period("smart:view:2019", indicator="smart:view", start="2019", end="2019", actual="very good")
    p.add_result("training:r1", title="Officials trained", type=pd.ResultType.OUTCOME, program="mn-training-2019")
    return p


def test_records_their_enums_and_references() -> None:
    p = smart_class()
    assert len(p.results) == 2
    r = p.results["smart:r1"]
    assert r.type is pd.ResultType.OUTPUT
    assert r.aggregation_status is pd.Aggregation.NOT_STATED
    assert r.engagement is not None and r.engagement.key == "mn-smart-class"
    assert r.program is None
    i = p.indicators["smart:classes"]
    assert i.result.key == "smart:r1"
    assert i.measure is pd.IndicatorMeasure.UNIT
    assert i.descending is False
    x = p.indicator_periods["smart:classes:2019"]
    assert x.indicator.key == "smart:classes"
    assert (x.target, x.actual) == ("10", "12")
    assert str(x.start) == "2019-01-01"
    with pytest.raises(ValueError, match=r"IndicatorMeasure \"count\": expected one of unit, percentage"):
        p.add_indicator("bad", result="smart:r1", measure="count")
    with pytest.raises(KeyError):
        p.add_indicator("bad", result="nowhere", measure="unit")


def test_rules_report_values_that_are_no_numbers() -> None:
    p = smart_class()
    p.add_indicator_period("smart:classes:2021", indicator="smart:classes", start="2021", end="2021", target="1,200")
    p.add_result("orphan", title="Orphan", type="output")
    findings = sorted(
        (f.rule, f.entity.key)
        for f in p.validate().findings
        if f.entity.kind in {pd.EntityKind.RESULT, pd.EntityKind.INDICATOR, pd.EntityKind.INDICATOR_PERIOD}
    )
    assert findings == [
        ("indicator_period.value.not_number", "smart:classes:2021"),
        ("result.indicator.missing", "orphan"),
        ("result.indicator.missing", "training:r1"),
        ("result.owner.none", "orphan"),
    ]


def test_result_periods_frame_has_a_row_per_period() -> None:
    pytest.importorskip("pandas")
    frame = smart_class().result_periods_frame()
    assert list(frame["period"]) == ["smart:classes:2019", "smart:classes:2020", "smart:view:2019"]
    assert list(frame["result"]) == ["smart:r1"] * 3
    assert list(frame["engagement"]) == ["mn-smart-class"] * 3
    assert frame["program"].isna().all()
    assert list(frame["measure"].astype(str)) == ["unit", "unit", "qualitative"]
    assert list(frame["target"]) == ["10", "15", ""]
    assert frame["target_number"].iloc[0] == 10.0
    assert math.isnan(frame["target_number"].iloc[2])
    assert frame["actual_number"].iloc[0] == 12.0
    assert math.isnan(frame["actual_number"].iloc[1])
    assert list(frame["actual"]) == ["12", "", "very good"]
    assert str(frame["start"].iloc[1].date()) == "2020-01-01"
    assert list(frame["start_precision"].astype(str)) == ["day", "year", "year"]
    assert list(frame["baseline"]) == ["0", "0", ""]


def test_results_survive_json_and_csv(tmp_path: pathlib.Path) -> None:
    p = smart_class()
    assert pd.loads(p.dumps()) == p
    p.to_csv(tmp_path)
    assert (tmp_path / "results.csv").exists()
    assert (tmp_path / "indicator_periods.csv").exists()
    assert pd.read_csv(tmp_path, home="KR-41") == p


def test_iati_results_and_document_links() -> None:
    xml = """<iati-activities version="2.03"><iati-activity default-currency="KRW">
<iati-identifier>KR-GOV-051-1</iati-identifier><reporting-org ref="KR-GOV-051" type="10"/>
<title><narrative>Smart Class</narrative></title><activity-status code="2"/>
<activity-date type="2" iso-date="2019-03-01"/><recipient-country code="MN"/><sector code="11220"/>
<document-link format="application/pdf" url="https://example.org/eval.pdf">
 <title><narrative>Evaluation</narrative></title><category code="A07"/><language code="ko"/></document-link>
<result type="1"><title><narrative>Classes opened</narrative></title>
 <indicator measure="1"><title><narrative>Classes</narrative></title>
  <period><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/><target value="10"/><actual value="12"/></period>
 </indicator></result>
</iati-activity></iati-activities>"""
    imported = pd.iati.parse(xml, "smart.xml")
    p = imported.portfolio
    assert [r.key for r in p.results] == ["KR-GOV-051-1:result-1"]
    assert [d.kind for d in p.documents] == [pd.DocumentKind.REPORT]
    assert p.documents["KR-GOV-051-1:document-1"].iati_categories == ["A07"]
    frame = p.result_periods_frame()
    assert list(frame["engagement"]) == ["KR-GOV-051-1"]
    assert list(frame["actual_number"]) == [12.0]
