# SPDX-License-Identifier: Apache-2.0
"""The base of the package's enums (bindings/python/src/enums.cpp builds every enum with
:func:`named_enum`).

A member is also the text that files, reports and frames write for it, as Python's
``enum.StrEnum`` members are: ``AgreementKind.SISTER == "sister"``,
``str(AgreementKind.SISTER) == "sister"``, and a member hashes as its text, so it finds the
same dict entries and frame values as ``"sister"``. Its ``value`` stays the number the
compiled module passes across (``AgreementKind.SISTER.value == 3``), and ``name`` the
upper-case member name. ``AgreementKind("sister")`` and ``AgreementKind("SISTER")`` look a
member up by its text.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from typing_extensions import Self


class NamedEnum(str, enum.Enum):
    """An enum whose members are the lower-case text of their names ("sister")."""

    _value_: int

    if TYPE_CHECKING:
        # Looked up as any enum is (enum.Enum.__new__): AgreementKind(3), AgreementKind("sister").
        def __new__(cls, value: object) -> Self: ...

    else:
        # Builds each member from (text, number), the value named_enum() gives it.
        def __new__(cls, text: str, number: int) -> NamedEnum:
            member = str.__new__(cls, text)
            member._value_ = number
            return member

    # enum.Enum would print "AgreementKind.SISTER" and hash by name; a member is its text.
    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(self, format_spec)

    def __eq__(self, other: object) -> bool:
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return str.__ne__(self, other)

    def __hash__(self) -> int:
        return str.__hash__(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {str.__repr__(self)}>"

    @classmethod
    def _missing_(cls, value: object) -> NamedEnum | None:
        if isinstance(value, str):
            text = value.lower()
            for member in cls:
                if str.__eq__(member, text):
                    return member
        return None


def named_enum(name: str, members: Iterable[tuple[str, int]]) -> type[NamedEnum]:
    """A NamedEnum subclass `name` with one member per (NAME, number), whose text is NAME in
    lower case: pybind11's native_enum calls this with the members it was given."""
    functional: Any = NamedEnum  # enum's functional API: NamedEnum(name, [(member, value)...])
    return cast("type[NamedEnum]", functional(name, [(member, (member.lower(), number)) for member, number in members]))
