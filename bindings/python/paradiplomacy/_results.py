# SPDX-License-Identifier: Apache-2.0
"""Query answers that are lists and also give themselves as a DataFrame."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import pandas

T = TypeVar("T")


class FrameList(list[T]):
    """A list of query rows with ``to_frame()``: the rows as a pandas.DataFrame, built by
    the compiled module when asked (pandas is imported then, not before)."""

    def __init__(self, rows: Iterable[T], frame: Callable[[], pandas.DataFrame]) -> None:
        super().__init__(rows)
        self._frame = frame

    def to_frame(self) -> pandas.DataFrame:
        """The rows as a pandas.DataFrame; needs pandas."""
        return self._frame()
