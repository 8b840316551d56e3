"""A spreadsheet's first sheet as records of text cells (CCB, SPDB, CIB, BOCOM and ABC give
their statements as .xls or .xlsx), read with calamine."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

from balanceview.core.errors import UserError

Record = tuple[int, list[str]]  # (row as the spreadsheet numbers it, cells)


def excel_records(data: bytes, name: str) -> list[Record]:
    """Every row of the first sheet, every cell as text."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = book.get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises several types for a damaged file
        raise UserError(f"{name}: the spreadsheet cannot be read ({error})") from None
    return [(number, [cell_text(value) for value in row])
            for number, row in enumerate(rows, start=1)]


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
