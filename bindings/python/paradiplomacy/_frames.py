# SPDX-License-Identifier: Apache-2.0
"""DataFrames from columns built by the compiled module (see src/frames.hpp).

Imported only when a ``*_frame()`` or ``to_frame()`` method is called, so that
``import paradiplomacy`` never imports pandas or numpy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "this method needs pandas: pip install 'paradiplomacy[frames]'"
        ) from error
    return pandas


_text_dtype: Any = None


def _text(pd: Any, values: list[str | None], any_text: bool) -> Any:
    """A text column as pandas would infer it from ``values``, without the inference pass.

    pandas infers a column of str (and None) as its default string dtype (pandas 3: ``str``;
    pandas 2: object) and an all-None column as object; inferring costs a check of every value,
    which the C++ side has already made.
    """
    global _text_dtype
    if not any_text:
        return pd.Series(values, dtype=object)
    if _text_dtype is None:
        _text_dtype = pd.Series(["text"]).dtype
    return pd.array(values, dtype=_text_dtype)


def frame(columns: dict[str, tuple[Any, ...]]) -> pandas.DataFrame:
    """A DataFrame from ``{name: (encoding, ...)}`` as the C++ side hands them over."""
    pd = _pandas()
    data: dict[str, Any] = {}
    for name, (encoding, *parts) in columns.items():
        if encoding == "array":
            data[name] = parts[0]
        elif encoding == "nullable_int":
            data[name] = pd.arrays.IntegerArray(parts[0], parts[1])
        elif encoding == "category":
            data[name] = pd.Categorical.from_codes(parts[0], categories=parts[1])
        elif encoding == "object":
            data[name] = _text(pd, parts[0], parts[1])
        else:  # pragma: no cover - a bug in the bindings
            raise ValueError(f"column {name!r}: unknown encoding {encoding!r}")
    result: pandas.DataFrame = pd.DataFrame(data)
    return result
