"""Dates and amounts of a bulk stretch read as matrices of digits (see bulk.py).

A column's cells stand as the rows of a byte matrix (bulk_cells.Cells.matrix); a date or an
amount written the plain way has its digits, separators and point at fixed places, so checking
and reading a million of them is a few operations over whole columns. Anything written another
way is Declined: the row reader then reads it and names what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from balanceview.core.bulk_cells import ZERO, Declined

_DASH, _COLON, _SPACE, _DOT, _MINUS = (ord(c) for c in "-: .-")
_TENS = 10 ** np.arange(19, dtype=np.int64)


def read_posted(matrix: np.ndarray, lengths: np.ndarray, known_day: Callable[[str], bool]
                ) -> tuple[np.ndarray, np.ndarray]:
    """Cells written 'YYYY-MM-DD HH:MM:SS' (or 'YYYY-MM-DD', every one alike) as
    YYYYMMDDHHMMSS keys, and whether each gave a time; known_day vouches for each day."""
    width = matrix.shape[1]
    if width not in (10, 19) or (lengths != width).any():
        raise Declined
    digits = matrix - np.uint8(ZERO)  # anything but a digit wraps round to more than 9
    separators = (matrix[:, 4] == _DASH) & (matrix[:, 7] == _DASH)
    digit_at = [0, 1, 2, 3, 5, 6, 8, 9]
    clock = np.zeros(len(matrix), dtype=np.int64)
    if width == 19:
        separators &= (matrix[:, 10] == _SPACE) & (matrix[:, 13] == _COLON) \
            & (matrix[:, 16] == _COLON)
        digit_at += [11, 12, 14, 15, 17, 18]
        hours, minutes = _value(digits[:, 11:13]), _value(digits[:, 14:16])
        seconds = _value(digits[:, 17:19])
        if (hours > 23).any() or (minutes > 59).any() or (seconds > 59).any():
            raise Declined
        clock = hours * 10_000 + minutes * 100 + seconds
    if not separators.all() or (digits[:, digit_at] > 9).any():
        raise Declined
    day = _value(digits[:, 0:4]) * 10_000 + _value(digits[:, 5:7]) * 100 \
        + _value(digits[:, 8:10])
    for key in np.unique(day).tolist():  # a real day of a likely year, as the reader says
        if not known_day(f"{key // 10_000:04d}-{key // 100 % 100:02d}-{key % 100:02d}"):
            raise Declined
    return day * 1_000_000 + clock, np.full(len(matrix), width == 19, dtype=np.int8)


def read_money(matrix: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Right-aligned cells written '1234.56' or '-0.50' (or empty) in fen, and which were
    not empty; Declined if any cell is written otherwise."""
    stated = lengths > 0
    width = matrix.shape[1]
    if not stated.any():
        return np.zeros(len(lengths), dtype=np.int64), stated
    if width > 18 or width < 4:
        raise Declined
    rows = np.flatnonzero(stated)
    sign_at = width - lengths[rows]
    negative = np.zeros(len(lengths), dtype=bool)
    negative[rows] = matrix[rows, sign_at] == _MINUS
    matrix[rows[negative[rows]], sign_at[negative[rows]]] = ZERO
    digits = matrix - np.uint8(ZERO)
    whole_width = lengths - 3 - negative
    if ((matrix[:, width - 3] != _DOT) & stated).any() or (whole_width[rows] < 1).any() \
            or (digits[:, : width - 3] > 9).any() or (digits[:, width - 2:] > 9).any():
        raise Declined
    whole = _value(digits[:, : width - 3])
    value = whole * 100 + digits[:, width - 2].astype(np.int64) * 10 + digits[:, width - 1]
    return np.where(negative, -value, value), stated


def _value(digits: np.ndarray) -> np.ndarray:
    """Columns of decimal digits as one integer per row."""
    return digits.astype(np.int64) @ _TENS[digits.shape[1] - 1::-1]
