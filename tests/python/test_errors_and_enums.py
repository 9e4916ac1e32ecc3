# SPDX-License-Identifier: Apache-2.0
"""Exception classes and enums: what callers catch and compare."""

from __future__ import annotations

import enum
import pickle

import paradiplomacy as pd
import pytest


@pytest.mark.parametrize(
    ("cls", "base"),
    [
        (pd.InvalidValueError, ValueError),
        (pd.NotFoundError, KeyError),
        (pd.ValidationError, ValueError),
        (pd.FileError, OSError),
    ],
)
def test_exception_bases(cls: type[Exception], base: type[Exception]) -> None:
    assert issubclass(cls, base)
    assert cls.__module__ == "paradiplomacy"
    assert cls.__doc__


def test_not_found_message_is_not_quoted() -> None:
    with pytest.raises(KeyError) as info:
        pd.reference.currency("XYZ")
    assert str(info.value) == 'currency "XYZ" is not in ISO 4217'


@pytest.mark.parametrize(
    ("cls", "names"),
    [
        (pd.Truth, ["NO", "YES", "UNKNOWN"]),
        (pd.DatePrecision, ["YEAR", "MONTH", "DAY"]),
        (pd.PartnerLevel, ["COUNTRY", "REGION", "CITY"]),
        (pd.Direction, ["INBOUND", "OUTBOUND", "BOTH"]),
        (pd.CouncilApproval, ["UNKNOWN", "APPROVED", "NOT_REQUIRED", "PENDING"]),
        (
            pd.OdaStatus,
            ["PIPELINE", "IMPLEMENTATION", "FINALISATION", "CLOSED", "CANCELLED", "SUSPENDED"],
        ),
        (
            pd.AgreementKind,
            [
                "INTENT",
                "MOU",
                "FRIENDSHIP",
                "SISTER",
                "ECONOMIC_COOPERATION",
                "IMPLEMENTATION_PLAN",
                "RENEWAL",
                "OTHER",
            ],
        ),
        (
            pd.ProgramKind,
            [
                "YOUTH_EXCHANGE",
                "CIVIL_SERVANT_DISPATCH",
                "OFFICIAL_TRAINING",
                "DELEGATION",
                "POLICY_MEETING",
                "CONFERENCE",
                "CULTURAL",
                "SPORTS",
                "CONSULTING",
                "STAFF_TRAINING",
                "PUBLICATION",
                "TRANSLATION",
                "SURVEY",
                "INFORMATION_SHARING",
                "OTHER",
            ],
        ),
        (pd.reference.CodeStatus, ["CURRENT", "WITHDRAWN", "UNKNOWN"]),
    ],
)
def test_enums_are_python_enums(cls: type[enum.Enum], names: list[str]) -> None:
    assert issubclass(cls, enum.Enum)
    assert [m.name for m in cls] == names
    assert [m.value for m in cls] == list(range(len(names)))
    member = cls[names[-1]]
    assert eval(repr(member).split(":")[0].lstrip("<"), {cls.__name__: cls}) is member
    assert pickle.loads(pickle.dumps(member)) is member
