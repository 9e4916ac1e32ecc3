# SPDX-License-Identifier: Apache-2.0
"""Value types: PartialDate, Period, Money, IDs; dates in and out as datetime.date."""

from __future__ import annotations

import copy
import datetime
import pickle

import paradiplomacy as pd
import pytest
from paradiplomacy import DatePrecision, Money, PartialDate, Period, Truth


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("1983", DatePrecision.YEAR, datetime.date(1983, 1, 1), datetime.date(1983, 12, 31)),
        ("2008-10", DatePrecision.MONTH, datetime.date(2008, 10, 1), datetime.date(2008, 10, 31)),
        ("2024-02", DatePrecision.MONTH, datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)),
        ("2009-06-22", DatePrecision.DAY, datetime.date(2009, 6, 22), datetime.date(2009, 6, 22)),
    ],
)
def test_partial_date_span(text: str, precision: DatePrecision, earliest: datetime.date, latest: datetime.date) -> None:
    d = PartialDate(text)
    assert d.precision is precision
    assert d.earliest == earliest and type(d.earliest) is datetime.date
    assert d.latest == latest and type(d.latest) is datetime.date
    assert str(d) == text
    assert PartialDate.parse(text) == d


def test_partial_date_parts() -> None:
    d = PartialDate("2008-10")
    assert (d.year, d.month, d.day, d.is_full) == (2008, 10, None, False)
    full = PartialDate("2009-06-22")
    assert (full.year, full.month, full.day, full.is_full) == (2009, 6, 22, True)
    assert PartialDate(2008) == PartialDate("2008")
    assert PartialDate(2008, 10) == d
    assert PartialDate(2009, 6, 22) == full
    assert PartialDate(year=2009, month=6, day=22) == full


def test_datetime_date_round_trip() -> None:
    day = datetime.date(2014, 10, 28)
    d = PartialDate(day)
    assert d.precision is DatePrecision.DAY
    assert d.earliest == day == d.latest
    assert PartialDate(PartialDate("2014")) == PartialDate("2014")


def test_datetime_with_a_time_is_refused_rather_than_truncated() -> None:
    with pytest.raises(pd.InvalidValueError, match=r"^date datetime.datetime\(2014, 10, 28, 12, 0\) has a time of day"):
        PartialDate(datetime.datetime(2014, 10, 28, 12, 0))
    assert PartialDate(datetime.datetime(2014, 10, 28)) == PartialDate("2014-10-28")


def test_year_outside_calendar_range() -> None:
    with pytest.raises(pd.InvalidValueError, match=r"^date 1300-01-01: year is outside 1400-9999$"):
        PartialDate(datetime.date(1300, 1, 1))
    with pytest.raises(pd.InvalidValueError, match=r"^date: year 1399 is outside 1400-9999$"):
        PartialDate(1399)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023-02-30", 'date "2023-02-30": 2023-02 has no day 30'),
        ("2008-13", 'date "2008-13": month 13 is not 1-12'),
        ("08-10", 'date "08-10": expected YYYY, YYYY-MM or YYYY-MM-DD'),
        ("2008/10", 'date "2008/10": expected YYYY-MM after the year'),
        ("", 'date "": expected YYYY, YYYY-MM or YYYY-MM-DD'),
    ],
)
def test_malformed_dates_raise_with_message(text: str, message: str) -> None:
    with pytest.raises(pd.InvalidValueError) as info:
        PartialDate(text)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


def test_day_without_month() -> None:
    with pytest.raises(pd.InvalidValueError, match="a day needs a month"):
        PartialDate(2008, None, 3)


def test_wrong_argument_type() -> None:
    with pytest.raises(TypeError):
        PartialDate(2008.5)  # type: ignore[call-overload]


def test_three_valued_questions() -> None:
    d = PartialDate("1997")
    assert d.on_or_before(datetime.date(1997, 6, 1)) is Truth.UNKNOWN
    assert d.on_or_before(datetime.date(1998, 1, 1)) is Truth.YES
    assert d.on_or_before(datetime.date(1996, 12, 31)) is Truth.NO
    assert d.on_or_after(datetime.date(1997, 1, 1)) is Truth.YES
    assert d.before(datetime.date(1997, 1, 1)) is Truth.NO
    assert d.after(datetime.date(1996, 12, 31)) is Truth.YES
    assert d.could_be(datetime.date(1997, 7, 4)) is True
    assert d.could_be(datetime.date(1998, 7, 4)) is False


def test_ordering_equality_and_hash() -> None:
    dates = [PartialDate("2008-01-01"), PartialDate("2008"), PartialDate("2007-12"), PartialDate("2008-01")]
    assert sorted(dates) == [
        PartialDate("2007-12"),
        PartialDate("2008"),
        PartialDate("2008-01"),
        PartialDate("2008-01-01"),
    ]
    assert PartialDate("2008") != PartialDate("2008-01")
    assert PartialDate("2008") < PartialDate("2008-01") <= PartialDate("2008-01") < PartialDate("2008-01-01")
    assert PartialDate("2009") > PartialDate("2008-12-31")
    assert len({PartialDate("2008"), PartialDate("2008"), PartialDate("2008-01")}) == 2
    assert PartialDate("2008") != "2008"
    with pytest.raises(TypeError):
        _ = PartialDate("2008") < "2009"  # type: ignore[operator]


@pytest.mark.parametrize("text", ["1983", "2008-10", "2009-06-22"])
def test_repr_evaluates_to_equal_value(text: str) -> None:
    d = PartialDate(text)
    assert repr(d) == f"PartialDate('{text}')"
    assert eval(repr(d), {"PartialDate": PartialDate}) == d


def test_pickle_and_copy() -> None:
    d = PartialDate("2008-10")
    assert pickle.loads(pickle.dumps(d)) == d
    assert copy.deepcopy(d) == d
    p = Period("2017", "2019")
    assert pickle.loads(pickle.dumps(p)) == p
    assert pickle.loads(pickle.dumps(pd.PartnerId(3))) == pd.PartnerId(3)
    assert pickle.loads(pickle.dumps(Money(9e8, "KRW"))) == Money(9e8, "KRW")


def test_period() -> None:
    p = Period("2017", "2019")
    assert p.start == PartialDate("2017") and p.end == PartialDate("2019")
    assert not p.is_open
    assert str(p) == "2017/2019"
    assert repr(p) == "Period('2017', '2019')"
    assert eval(repr(p), {"Period": Period}) == p
    assert p.contains(datetime.date(2018, 5, 1)) is Truth.YES
    assert p.contains(datetime.date(2020, 1, 1)) is Truth.NO
    assert p.longest_length_days() == 3 * 365  # 2017-01-01 to 2019-12-31, no leap day
    open_ended = Period(datetime.date(2005, 3, 1))
    assert open_ended.is_open and open_ended.end is None
    assert open_ended.longest_length_days() is None
    assert repr(open_ended) == "Period('2005-03-01')"
    assert str(open_ended) == "2005-03-01/.."
    assert Period("2017-06", "2017").contains(datetime.date(2017, 12, 1)) is Truth.UNKNOWN
    assert hash(Period("2017", "2019")) == hash(Period(PartialDate(2017), "2019"))


def test_period_end_before_start() -> None:
    with pytest.raises(pd.InvalidValueError) as info:
        Period("2019", "2017")
    assert str(info.value) == "Period: end 2017 is before start 2019"


def test_money() -> None:
    m = Money(900_000_000, "KRW")
    assert m.amount == 9e8 and m.currency == "KRW"
    assert m + Money(1.5, "KRW") == Money(900_000_001.5, "KRW")
    assert repr(m) == "Money(900000000.0, 'KRW')"
    assert eval(repr(m), {"Money": Money}) == m
    with pytest.raises(pd.InvalidValueError, match="^money: cannot add USD to KRW$"):
        m + Money(1, "USD")
    assert Money(1, "krw") == Money(1, "KRW")
    with pytest.raises(
        pd.InvalidValueError, match=r'^currency code "krwx": expected three upper-case letters \(ISO 4217\)$'
    ):
        Money(1, "krwx")
    with pytest.raises(pd.InvalidValueError, match="^money: amount is not a finite number$"):
        Money(float("nan"), "KRW")
    with pytest.raises(TypeError):
        Money(1, 410)  # type: ignore[arg-type]


def test_ids_are_distinct_types() -> None:
    a = pd.PartnerId(1)
    assert a.index == 1
    assert a == pd.PartnerId(1) and a != pd.PartnerId(2) and a < pd.PartnerId(2)
    assert a != pd.AgreementId(1)
    assert repr(a) == "PartnerId(1)"
    assert eval(repr(a), {"PartnerId": pd.PartnerId}) == a
    assert len({pd.PartnerId(1), pd.PartnerId(1), pd.PartnerId(2)}) == 2
    with pytest.raises(pd.InvalidValueError, match="index is -1; it must be 0 to 4294967295"):
        pd.PartnerId(-1)
    with pytest.raises(TypeError):
        pd.PartnerId("1")  # type: ignore[arg-type]
