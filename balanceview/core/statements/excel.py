"""A spreadsheet's first sheet (CCB, SPDB, CIB, BOCOM and ABC give their statements as .xls or
.xlsx), read with calamine: its first lines as text for the header, its rows as the same raw
table a CSV gives, built a column at a time."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from itertools import zip_longest

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from balanceview.core.errors import UserError
from balanceview.core.statements.table import RawTable

Record = tuple[int, list[str]]  # (row as the spreadsheet numbers it, cells)


def excel_rows(data: bytes, name: str) -> list[list[object]]:
    """Every row of the first sheet, cells as calamine gives them (text, float, date…)."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        return book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises several types for a damaged file
        raise UserError(f"{name}: the spreadsheet cannot be read ({error})") from None


def text_records(rows: list[list[object]], count: int) -> list[Record]:
    """The first `count` rows as text, numbered as the spreadsheet numbers them."""
    return [(number, [cell_text(value) for value in row])
            for number, row in enumerate(rows[:count], start=1)]


def sheet_table(rows: list[list[object]], first: int, wanted: set[int]) -> RawTable:
    """Rows from index `first` on as a raw table: each kept column turned into text as a
    whole where it holds only text or only floats, cell by cell otherwise."""
    kept = sorted(wanted | {0})
    by_column = list(zip_longest(*rows[first:], fillvalue=None))  # rows turned into columns
    count = len(rows) - first
    columns = {i: _column(list(by_column[i]) if i < len(by_column) else [None] * count)
               for i in kept}
    lines = np.arange(first + 1, len(rows) + 1, dtype=np.int64)
    return RawTable(columns, lines, "utf-8")


def _column(values: list[object]) -> pa.Array:
    kinds = set(map(type, values))
    if kinds <= {str, type(None)}:
        text = pa.array(values, pa.string())
    elif kinds <= {float, type(None)}:
        text = _floats(values)
    elif kinds <= {str, float, type(None)}:  # amounts, and '' where a row has none
        text = pc.coalesce(pa.array([v if type(v) is str else None for v in values], pa.string()),
                           _floats([v if type(v) is float else None for v in values]))
    else:
        text = pa.array([cell_text(value) for value in values], pa.string())
    return pc.cast(text.fill_null(""), pa.binary())


def _floats(values: list[object]) -> pa.Array:
    """Number cells as cell_text writes them. Arrow writes the same shortest digits as
    Python's repr; the cells it would write otherwise (zero, -0, beyond 10^15, below 10^-4,
    anything it writes with an exponent, such as 1e+10) are written by cell_text."""
    numbers = pa.array(values, pa.float64())
    text = pc.cast(numbers, pa.string())
    size = np.abs(numbers.to_numpy(zero_copy_only=False))
    exponent = pc.match_substring(text, "e").fill_null(False).to_numpy(zero_copy_only=False)
    other = np.flatnonzero((size >= 1e15) | (size < 1e-4) | exponent)  # None is NaN: neither
    if not len(other):
        return text
    written = text.to_pylist()
    for row in other.tolist():
        written[row] = cell_text(values[row])
    return pa.array(written, pa.string())


def cell_text(value: object) -> str:
    """A cell as the sheet shows it. A number cell holds a binary float: its shortest
    decimal form is the figure that was typed ('2176.91'), which the money parser then
    reads exactly; whole numbers lose their '.0'."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        text = value.isoformat(sep=" ")
        return text[:-9] if text.endswith(" 00:00:00") else text
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):  # a time of day written as a duration
        seconds = int(value.total_seconds())
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return "" if value is None else str(value)
