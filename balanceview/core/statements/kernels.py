"""Amounts and dates in their usual shapes, read a whole column at a time, exactly.

Amounts ('1234.56', '-12.5', '1,000') with Arrow's string kernels; dates and times
('2024-03-05 10:22:13', '20240305') from the cells' bytes by place with numpy. A cell of any
other shape is left for the exact parsers (money.py, dates.py), which read each distinct one
once.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

MAX_WHOLE_DIGITS = 13  # ten trillion yuan: fen stay far inside 64 bits
_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def trimmed(column: pa.Array) -> pa.Array:
    """The cells without the spaces and TABs banks pad them with (bytes left as they are)."""
    text = pc.cast(column, pa.string(), safe=False)  # ASCII trimming never splits a character
    return pc.ascii_trim(text, " \t")


def ascii_only(text: pa.Array) -> pa.Array:
    """Non-ASCII cells made empty, so that text kernels never meet GB18030 bytes (the
    exact parsers read those cells)."""
    return pc.if_else(pc.string_is_ascii(text), text, "")


def fen(column: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(fen, read, empty) per cell: `read` where the usual shape '[-+]digits[.d[d]]' gave
    the value, `empty` where the cell holds nothing. Only the cells that hold something are
    read (income and expense columns are half empty)."""
    text = trimmed(column)
    empty = _lengths(text) == 0
    values = np.zeros(len(text), dtype=np.int64)
    read = np.zeros(len(text), dtype=bool)
    if empty.all():
        return values, read, empty
    given = np.flatnonzero(~empty)
    part = text if len(given) == len(text) else text.take(pa.array(given))
    values[given], read[given] = _fen_of(part)
    return values, read, empty


def _fen_of(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Commas are grouping and are dropped."""
    text = pc.replace_substring(ascii_only(text), ",", "")
    negative = pc.starts_with(text, "-")
    body = pc.if_else(pc.or_(negative, pc.starts_with(text, "+")),
                      pc.utf8_slice_codeunits(text, 1), text)
    dot = pc.find_substring(body, ".")
    digits = pc.replace_substring(body, ".", "", max_replacements=1)
    count = pc.binary_length(digits)
    decimals = pc.if_else(pc.less(dot, 0), 0, pc.subtract(count, dot))
    read = pc.and_(pc.and_(pc.ascii_is_decimal(digits), pc.less_equal(decimals, 2)),
                   pc.and_(pc.not_equal(dot, 0),
                           pc.less_equal(pc.subtract(count, decimals), MAX_WHOLE_DIGITS)))
    whole = pc.cast(pc.if_else(read, digits, "0"), pa.int64()).to_numpy(zero_copy_only=False)
    places = decimals.to_numpy(zero_copy_only=False)
    values = whole * np.array([100, 10, 1], dtype=np.int64)[np.clip(places, 0, 2)]
    values = np.where(negative.to_numpy(zero_copy_only=False), -values, values)
    return values, read.to_numpy(zero_copy_only=False)


def posted(column: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(YYYYMMDDHHMMSS, read, time_known) per cell, for real days and times only:
    'YYYY-MM-DD' ('/' and '.' too), the same with ' HH:MM:SS' (or 'T'), and 'YYYYMMDD'."""
    cells = _Bytes(trimmed(column))
    at, size = cells.at, cells.lengths
    separated = np.isin(at(4), (45, 47, 46)) & (at(7) == at(4))
    timed = (size == 19) & separated & np.isin(at(10), (32, 84)) & (at(13) == 58) & \
        (at(16) == 58) & cells.digits(11, 12, 14, 15, 17, 18)
    packed = (size == 8) & cells.digits(*range(8))
    ok = (((size == 10) & separated) | timed) & cells.digits(0, 1, 2, 3, 5, 6, 8, 9) | packed
    year = cells.number(0, 4)
    month = np.where(packed, cells.number(4, 6), cells.number(5, 7))
    day = np.where(packed, cells.number(6, 8), cells.number(8, 10))
    hour, minute, second = cells.number(11, 13), cells.number(14, 16), cells.number(17, 19)
    ok &= (year >= 1990) & (year <= 2100) & (month >= 1) & (month <= 12) & (day >= 1)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    ok &= day <= np.where(month == 2, 28 + leap, _DAYS[np.clip(month, 0, 12)])
    ok &= ~timed | ((hour < 24) & (minute < 60) & (second < 60))
    clock = np.where(timed, hour * 10_000 + minute * 100 + second, 0)
    day_number = (year * 100 + month) * 100 + day
    return day_number.astype(np.int64) * 1_000_000 + clock, ok, timed


def clock(column: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(HHMMSS, read, empty) per cell of a time column: 'HH:MM:SS' or 'HHMMSS'."""
    cells = _Bytes(trimmed(column))
    at, size = cells.at, cells.lengths
    colon = (size == 8) & (at(2) == 58) & (at(5) == 58) & cells.digits(0, 1, 3, 4, 6, 7)
    packed = (size == 6) & cells.digits(*range(6))
    hour = cells.number(0, 2)
    minute = np.where(colon, cells.number(3, 5), cells.number(2, 4))
    second = np.where(colon, cells.number(6, 8), cells.number(4, 6))
    ok = (colon | packed) & (hour < 24) & (minute < 60) & (second < 60)
    return hour * 10_000 + minute * 100 + second, ok, size == 0


def _lengths(column: pa.Array) -> np.ndarray:
    return pc.binary_length(column).to_numpy(zero_copy_only=False)


class _Bytes:
    """The bytes of a text column by place: at(k) is every cell's k-th byte (0 past its
    end), one gather per place, so no array grows with a cell's length."""

    def __init__(self, column: pa.Array) -> None:
        if isinstance(column, pa.ChunkedArray):
            column = column.combine_chunks()
        count = len(column)
        buffers = column.buffers()
        offsets = np.frombuffer(buffers[1], dtype=np.int32, count=column.offset + count + 1)
        self.starts = offsets[column.offset:column.offset + count].astype(np.int64)
        self.lengths = np.diff(offsets[column.offset:]).astype(np.int64)
        data = buffers[2]
        self.data = np.frombuffer(data, dtype=np.uint8) if data is not None and data.size \
            else np.zeros(1, dtype=np.uint8)
        self._seen: dict[int, np.ndarray] = {}

    def at(self, place: int) -> np.ndarray:
        found = self._seen.get(place)
        if found is None:
            where = np.minimum(self.starts + place, len(self.data) - 1)
            found = np.where(place < self.lengths, self.data[where], 0).astype(np.uint8)
            self._seen[place] = found
        return found

    def digits(self, *places: int) -> np.ndarray:
        ok = np.ones(len(self.lengths), dtype=bool)
        for place in places:
            byte = self.at(place)
            ok &= (byte >= 48) & (byte <= 57)
        return ok

    def number(self, start: int, stop: int) -> np.ndarray:
        """The digits from `start` to `stop` as a number (meaningful where they are digits)."""
        found = np.zeros(len(self.lengths), dtype=np.int32)  # at most 4 digits: half the memory
        for place in range(start, stop):
            found *= 10
            found += self.at(place)
            found -= 48
        return found
