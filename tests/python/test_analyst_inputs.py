# SPDX-License-Identifier: Apache-2.0
"""Values as an analyst holds them: Truth in a condition, days as text, Timestamps or
datetime64, codes in lower case, enums as the text files and frames hold."""

from __future__ import annotations

import datetime
import pickle

import paradiplomacy as pd
import pytest
from paradiplomacy import AgreementKind, PartialDate, Truth

D = datetime.date


# --- Truth in a condition -----------------------------------------------------------------


def test_truth_yes_and_no_are_true_and_false() -> None:
    assert bool(Truth.YES) is True
    assert bool(Truth.NO) is False
    # The question that used to take the branch: March 2025 is not on or before 2020.
    assert not PartialDate("2025-03").on_or_before(D(2020, 1, 1))
    assert PartialDate("2019-03").on_or_before(D(2020, 1, 1))


def test_truth_unknown_refuses_a_condition() -> None:
    answer = PartialDate("2025").on_or_before(D(2025, 6, 1))
    assert answer is Truth.UNKNOWN
    message = r"Truth.UNKNOWN is ambiguous .*compare with Truth.YES .*PartialDate.could_be\(day\)"
    with pytest.raises(TypeError, match=message):
        bool(answer)
    with pytest.raises(TypeError, match=message):
        if answer:
            pass
    with pytest.raises(TypeError, match=message):
        _ = not answer
    # The two ways the message names.
    certainly = PartialDate("2025").on_or_before(D(2025, 6, 1)) is Truth.YES
    assert certainly is False
    assert PartialDate("2025").could_be(D(2025, 6, 1)) is True


# --- days in every form ---------------------------------------------------------------------


def test_a_day_as_date_text_or_midnight_datetime(gyeonggi: pd.Portfolio) -> None:
    for day in (D(2016, 1, 1), "2016-01-01", datetime.datetime(2016, 1, 1)):
        assert gyeonggi.ties_in_force(day).on == D(2016, 1, 1)
        assert gyeonggi.agreements_in_force(day).on == D(2016, 1, 1)
    assert PartialDate("2009").could_be("2009-06-30")
    assert pd.Period("2009", "2010").contains("2011-01-01") is Truth.NO
    assert "2016-01-01" in gyeonggi.report(on="2016-01-01", today="2016-01-01")
    assert gyeonggi.validate(today="2016-01-01").findings == gyeonggi.validate(today=D(2016, 1, 1)).findings


def test_a_day_with_a_time_or_of_coarser_precision_is_refused(gyeonggi: pd.Portfolio) -> None:
    with pytest.raises(
        pd.InvalidValueError,
        match=r"^date datetime.datetime\(2016, 1, 1, 10, 30\) has a time of day; a date here is a whole day",
    ):
        gyeonggi.ties_in_force(datetime.datetime(2016, 1, 1, 10, 30))
    with pytest.raises(pd.InvalidValueError, match="^date 2016 is a year; a whole day is needed here"):
        gyeonggi.ties_in_force("2016")
    with pytest.raises(pd.InvalidValueError, match='^date "2016-02-30": 2016-02 has no day 30$'):
        gyeonggi.ties_in_force("2016-02-30")
    with pytest.raises(pd.InvalidValueError, match="has a time of day"):
        gyeonggi.add_agreement("x", partner="mn", kind="mou", signed_on=datetime.datetime(2016, 1, 1, 0, 0, 1))
    with pytest.raises(TypeError):
        gyeonggi.ties_in_force(2016)  # type: ignore[arg-type]
    assert len(gyeonggi.agreements) == 2


def test_pandas_and_numpy_days(gyeonggi: pd.Portfolio) -> None:
    pandas = pytest.importorskip("pandas")
    numpy = pytest.importorskip("numpy")
    for day in (
        pandas.Timestamp("2016-01-01"),
        numpy.datetime64("2016-01-01"),
        numpy.datetime64("2016-01-01T00:00:00.000000000"),
        numpy.datetime64("2016-01-01T00:00", "s"),
    ):
        assert gyeonggi.ties_in_force(day).on == D(2016, 1, 1), day
    for timed in (pandas.Timestamp("2016-01-01 10:30"), pandas.Timestamp("2016-01-01") + pandas.Timedelta(1, "ns")):
        with pytest.raises(pd.InvalidValueError, match=r"^date Timestamp\('2016-01-01 .*'\) has a time of day"):
            gyeonggi.ties_in_force(timed)
    with pytest.raises(
        pd.InvalidValueError, match=r"^date (np|numpy).datetime64\('2016-01-01T10:30'\) has a time of day"
    ):
        gyeonggi.ties_in_force(numpy.datetime64("2016-01-01T10:30"))
    with pytest.raises(pd.InvalidValueError, match="^date NaT is a missing value, not a date: pass None"):
        gyeonggi.ties_in_force(pandas.NaT)
    with pytest.raises(pd.InvalidValueError, match=r"^date numpy.datetime64\('NaT'\) is a missing value"):
        gyeonggi.ties_in_force(numpy.datetime64("NaT"))
    with pytest.raises(pd.InvalidValueError, match="^date 2016-01 is a month; a whole day is needed here"):
        gyeonggi.ties_in_force(numpy.datetime64("2016-01"))
    # A partial date keeps a datetime64's year or month.
    gyeonggi.add_agreement("x", partner="mn", kind="mou", signed_on=numpy.datetime64("2016-03"))
    assert gyeonggi.agreements["x"].signed_on == PartialDate("2016-03")
    assert PartialDate(numpy.datetime64("2016")) == PartialDate("2016")
    assert PartialDate(pandas.Timestamp("2016-03-04")) == PartialDate("2016-03-04")


def test_days_taken_from_a_frame(gyeonggi: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    frame = gyeonggi.agreements_frame()
    signed = frame.set_index("key")["signed_on"]
    day = signed["gg-hebei-sister-2009"]  # a pandas.Timestamp
    assert gyeonggi.ties_in_force(day).on == D(2009, 6, 22)
    assert gyeonggi.ties_in_force(signed.to_numpy()[list(signed.index).index("gg-hebei-sister-2009")]).on == D(
        2009, 6, 22
    )


# --- codes in lower case ------------------------------------------------------------------


def test_codes_in_lower_case(gyeonggi: pd.Portfolio) -> None:
    on = D(2016, 1, 1)
    assert [t.partner.key for t in gyeonggi.ties_in_force(on, country="cn").certain] == ["cn-hebei"]
    gyeonggi.add_partner("de-by", level="region", region="de-by", name_en="Bavaria")
    gyeonggi.add_partner("de", level="country", country="de", name_en="Germany")
    assert gyeonggi.partners["de-by"].region == "DE-BY" and gyeonggi.partners["de-by"].country == "DE"
    assert gyeonggi.partners["de"].country == "DE"
    assert pd.Money(5, "krw").currency == "KRW"
    assert pd.reference.subdivision("kr-41").code == "KR-41"
    assert pd.reference.currency("krw").alpha3 == "KRW"
    assert pd.reference.country_by_alpha3("kor").alpha2 == "KR"
    assert pd.reference.country_status("de") is pd.CodeStatus.CURRENT
    with pytest.raises(pd.InvalidValueError, match=r'^subdivision code "kr_41"'):
        pd.reference.subdivision_status("kr_41")
    # Lower case is taken for a code the standard knows, not guessed at for one it does not.
    for call, message in (
        (
            lambda: pd.Money(5, "won"),
            'currency code "won": a code in lower case is taken only when it is an ISO 4217 code',
        ),
        (lambda: gyeonggi.add_partner("x", level="country", country="xx"), 'country code "xx": .* ISO 3166-1 code'),
        (lambda: gyeonggi.add_partner("x", level="region", region="kr-4x"), 'subdivision code "kr-4x": .* and KR-4X'),
    ):
        with pytest.raises(pd.InvalidValueError, match=message):
            call()
    assert pd.Money(5, "WON").currency == "WON"  # upper case is taken as written, for validation to judge
    assert "x" not in gyeonggi.partners


# --- enums as their names in files ----------------------------------------------------------


def test_enums_are_their_file_names(gyeonggi: pd.Portfolio) -> None:
    a = gyeonggi.agreements["gg-hebei-sister-2009"]
    assert a.kind != "mou"
    assert a.kind == "sister" and a.kind is AgreementKind.SISTER
    assert str(AgreementKind.SISTER) == "sister" and f"{AgreementKind.SISTER}" == "sister"
    assert f"{AgreementKind.ECONOMIC_COOPERATION:>22}" == "  economic_cooperation"
    assert isinstance(AgreementKind.SISTER, str)
    assert {"sister": 1}[AgreementKind.SISTER] == 1 and hash(AgreementKind.SISTER) == hash("sister")
    assert AgreementKind.SISTER.name == "SISTER" and AgreementKind.SISTER.value == 3
    assert AgreementKind("sister") is AgreementKind("SISTER") is AgreementKind(3) is AgreementKind.SISTER
    with pytest.raises(ValueError, match="'treaty' is not a valid AgreementKind"):
        AgreementKind("treaty")
    assert repr(AgreementKind.SISTER) == "<AgreementKind.SISTER: 'sister'>"
    assert pickle.loads(pickle.dumps(AgreementKind.SISTER)) is AgreementKind.SISTER
    assert Truth.UNKNOWN == "unknown" and pd.CouncilApproval.UNKNOWN == "unknown"


def test_an_enum_argument_refuses_another_enum(gyeonggi: pd.Portfolio) -> None:
    # Both are "unknown"; only the text, not a member of another enum, is taken by name.
    with pytest.raises(TypeError):
        gyeonggi.add_agreement("x", partner="mn", kind="mou", council_approval=Truth.UNKNOWN)
    gyeonggi.add_agreement("x", partner="mn", kind="MOU", council_approval="unknown")
    assert gyeonggi.agreements["x"].council_approval is pd.CouncilApproval.UNKNOWN


def test_frames_compare_with_enums(gyeonggi: pd.Portfolio) -> None:
    pytest.importorskip("pandas")
    frame = gyeonggi.agreements_frame()
    assert list(frame[frame["kind"] == AgreementKind.SISTER]["key"]) == ["gg-hebei-sister-2009"]


# --- former region codes --------------------------------------------------------------------


def test_a_former_region_code_names_its_successor(gyeonggi: pd.Portfolio) -> None:
    with pytest.raises(pd.NotFoundError, match=r"PL-MZ\" is a former ISO 3166-2 code \(PL-MZ, now PL-14\)"):
        pd.reference.subdivision("PL-MZ")
    with pytest.raises(pd.NotFoundError, match=r"now PL-14"):
        pd.reference.subdivision("pl-mz")
    assert [s.code for s in pd.reference.search("PL-MZ") if isinstance(s, pd.reference.Subdivision)] == ["PL-14"]
    gyeonggi.add_partner("pl-mz", level="region", region="pl-mz", name_en="Mazowieckie")
    messages = [f.message for f in gyeonggi.validate().findings if f.field == "region"]
    assert any("former region PL-MZ, now PL-14" in m for m in messages), messages
