# SPDX-License-Identifier: Apache-2.0
"""Portfolio.to_excel: one workbook a colleague can open without the library.

A sheet per record table, then the report's tables for a day (ties in force, distinct partners
per tie kind, and the published figures beside the records when given). Partial dates are
written as they are known ("1983", "2008-10", "2009-06-22"), never as a made-up full day;
Korean and English names stay side by side; headers are words, not field names. The workbook is
written by openpyxl (the ``excel`` extra) through pandas.
"""

from __future__ import annotations

import datetime
import enum
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

    from paradiplomacy._core import Portfolio, PublishedFigures

# Words a header keeps in capitals.
_UPPER = {"id": "ID", "oda": "ODA", "iati": "IATI", "iso": "ISO", "url": "URL", "dac": "DAC", "en": "(English)"}


def header(column: str) -> str:
    """ "valid_from" -> "Valid from", "name_en" -> "Name (English)", "key" -> "ID"."""
    if column == "key":
        return "ID"
    if column == "name_local":
        return "Name (local)"
    words = [_UPPER.get(word, word) for word in column.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _cell(value: Any) -> Any:
    """A record's field as a cell: records by their ID, enums by name, dates as written."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.name.lower()
    if isinstance(value, (str, int, float, bool, datetime.date)):
        return value
    key = getattr(value, "key", None)
    if isinstance(key, str):
        return key
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_cell(item)) for item in value)
    return str(value)


def _partial_dates_as_text(frame: pandas.DataFrame) -> pandas.DataFrame:
    """Each date column with a ``<name>_precision`` companion becomes one text column."""
    formats = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}
    for column in [c for c in frame.columns if f"{c}_precision" in frame.columns]:
        precision = frame[f"{column}_precision"].astype("object")
        frame[column] = [
            None if (p is None or p != p or d is None or d != d) else d.strftime(formats[str(p)])
            for d, p in zip(frame[column], precision)
        ]
        frame = frame.drop(columns=f"{column}_precision")
    return frame


def _records_frame(table: Iterable[Any], fields: list[str]) -> pandas.DataFrame:
    from paradiplomacy._frames import _pandas

    pd = _pandas()
    frame: pandas.DataFrame = pd.DataFrame(
        [{name: _cell(getattr(record, name)) for name in fields} for record in table], columns=fields
    )
    return frame


def _sheets(portfolio: Portfolio, on: datetime.date, published: PublishedFigures | None) -> list[tuple[str, Any]]:
    from paradiplomacy import _core

    names = {p.key: p.name_en for p in portfolio.partners}
    sheets: list[tuple[str, Any]] = []
    for description in _core._describe().values():
        title = header(description["table"])
        if description["frame"]:
            frame = getattr(portfolio, description["frame"])()
        else:
            fields = [field[0] for field in description["fields"]]
            frame = _records_frame(getattr(portfolio, description["table"]), fields)
        if "partner" in frame.columns and "partner_name" not in frame.columns and title != "Partners":
            # A reader sees whom a row is with, not only the partner's ID.
            at = list(frame.columns).index("partner") + 1
            frame.insert(at, "partner_name", [names.get(k) if isinstance(k, str) else None for k in frame["partner"]])
        sheets.append((title, frame))
    sheets.append(("ODA budgets", portfolio.oda_budgets_frame()))
    sheets.append(("ODA transactions", portfolio.oda_transactions_frame()))
    day = on.isoformat()
    sheets.append((f"Ties in force {day}", portfolio.ties_in_force(on).to_frame()))
    sheets.append((f"Coverage {day}", portfolio.coverage_by_kind(on).to_frame()))
    if published is not None:
        sheets.append(("Published figures", portfolio.compare_with_published(published).to_frame()))
    return sheets


def to_excel(
    portfolio: Portfolio,
    path: str | os.PathLike[str],
    on: datetime.date | None = None,
    published: PublishedFigures | None = None,
) -> None:
    """Writes the workbook; the previous file at `path` is replaced only once it is complete."""
    from paradiplomacy._frames import _pandas

    pd = _pandas()
    try:
        from openpyxl.utils import get_column_letter
    except ImportError as error:
        raise ImportError("to_excel needs openpyxl: pip install 'paradiplomacy[excel]'") from error
    day = on if on is not None else datetime.date.today()
    target = os.fspath(path)
    # Written beside the target, then moved over it: a failed write leaves the old file.
    partial = os.path.join(os.path.dirname(target) or ".", f".{os.path.basename(target)}.partial.xlsx")
    # Every sheet is made before the file is opened, so that a failure there leaves no file.
    prepared = []
    for title, frame in _sheets(portfolio, day, published):
        frame = _partial_dates_as_text(frame.copy())
        for column in frame.columns:
            kind = frame[column].dtype
            if isinstance(kind, pd.CategoricalDtype) or str(kind) in ("str", "string"):
                frame[column] = frame[column].astype("object")
        frame.columns = [header(str(c)) for c in frame.columns]
        prepared.append((title[:31], frame))
    try:
        with pd.ExcelWriter(partial, engine="openpyxl") as writer:
            for name, frame in prepared:
                frame.to_excel(writer, sheet_name=name, index=False)
                sheet = writer.sheets[name]
                sheet.freeze_panes = "A2"
                for index, column in enumerate(frame.columns, start=1):
                    values = [str(column)] + [str(v) for v in frame[column].head(200) if v is not None]
                    width = min(max(len(v) for v in values) + 2, 60)
                    sheet.column_dimensions[get_column_letter(index)].width = width
        os.replace(partial, target)
    except BaseException:
        if os.path.exists(partial):
            os.remove(partial)
        raise
