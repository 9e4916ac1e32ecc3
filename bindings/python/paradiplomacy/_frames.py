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
        raise ImportError("this method needs pandas: pip install 'paradiplomacy[frames]'") from error
    return pandas


_text_dtype: Any = None


def _default_text_dtype(pd: Any) -> Any:
    """The dtype pandas infers for a column of str (pandas 3: ``str``, pyarrow-backed when
    pyarrow is installed; pandas 2: object)."""
    global _text_dtype
    if _text_dtype is None:
        _text_dtype = pd.Series(["text"]).dtype
    return _text_dtype


def arrow_text() -> bool:
    """Whether the C++ side hands text columns over as Arrow buffers: when pandas' default
    string dtype is stored by pyarrow, so that the column has the dtype pandas would infer
    and no Python object is made per row."""
    return getattr(_default_text_dtype(_pandas()), "storage", None) == "pyarrow"


def _arrow_text(pd: Any, offsets: Any, data: Any, validity: Any, nulls: int) -> Any:
    """A text column from the buffers of an Arrow large_string array (int64 offsets, UTF-8
    bytes, validity bitmap or None), in pandas' default string dtype; no copy of the text."""
    import pyarrow

    array = pyarrow.LargeStringArray.from_buffers(
        len(offsets) - 1,
        pyarrow.py_buffer(offsets),
        pyarrow.py_buffer(data),
        None if validity is None else pyarrow.py_buffer(validity),
        nulls,
    )
    return pd.array(array, dtype=_default_text_dtype(pd))


def _text(pd: Any, values: list[str | None], any_text: bool) -> Any:
    """A text column as pandas would infer it from ``values``, without the inference pass.

    pandas infers a column of str (and None) as its default string dtype (pandas 3: ``str``;
    pandas 2: object) and an all-None column as object; inferring costs a check of every value,
    which the C++ side has already made.
    """
    if not any_text:
        return pd.Series(values, dtype=object)
    return pd.array(values, dtype=_default_text_dtype(pd))


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
        elif encoding == "arrow":
            data[name] = _arrow_text(pd, *parts)
        else:  # pragma: no cover - a bug in the bindings
            raise ValueError(f"column {name!r}: unknown encoding {encoding!r}")
    result: pandas.DataFrame = pd.DataFrame(data)
    return result
