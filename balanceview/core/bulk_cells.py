"""Where each cell of a stretch of plain lines sits in the file's bytes, and its bytes as a
matrix: the ground the bulk reader (bulk.py) reads dates, amounts and texts from."""

from __future__ import annotations

from functools import cache

import numpy as np

ZERO = ord("0")
_SEARCH = 1 << 22  # bytes compared at once


class Declined(Exception):
    """The stretch holds something only the row reader handles exactly."""


def plain_lines(arr: np.ndarray, start: int, delimiter: int, expected: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Begin and end (before CR LF) of the lines from `start` that start with a digit and
    hold `expected` delimiters (a footer, a blank line or a comment ends them), and where
    the delimiters are."""
    body = arr[start:]
    newlines, returns = _positions(body, 10), _positions(body, 13)
    if not len(body):
        return newlines, newlines, newlines
    if len(returns) and (returns[-1] + 1 >= len(body) or (body[returns + 1] != 10).any()):
        return newlines[:0], newlines[:0], newlines[:0]  # a CR alone ends a csv line
    ends = np.append(newlines, len(body)) if body[-1] != 10 else newlines
    begins = np.concatenate(([0], ends[:-1] + 1))
    ends = ends - (body[np.maximum(ends - 1, 0)] == 13) * (ends > begins)
    delimiters = _positions(body, delimiter)
    counts = np.diff(np.searchsorted(delimiters, np.append(begins, len(body) + 1)))
    first = body[np.minimum(begins, len(body) - 1)]
    good = (ends > begins) & (first >= ZERO) & (first <= ZERO + 9) & (counts == expected)
    stop = int(np.argmin(good)) if not good.all() else len(good)
    marks = delimiters[:np.searchsorted(delimiters, ends[stop - 1]) if stop else 0]
    return begins[:stop] + start, ends[:stop] + start, marks + start


def _positions(body: np.ndarray, byte: int) -> np.ndarray:
    """Where a byte occurs, as 32-bit offsets (a statement is far below 2 GB), found a few
    megabytes at a time: a whole-file comparison would need a byte of memory per byte."""
    found = [np.flatnonzero(body[at:at + _SEARCH] == byte).astype(np.int32) + at
             for at in range(0, len(body), _SEARCH)]
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int32)


@cache
def _masks(width: int, right: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per cell length: which bytes of a row are the cell's (0xFF), and what fills the rest
    ('0' before a right-aligned amount, zero bytes after a text)."""
    offsets, lengths = np.arange(width), np.arange(width + 1)[:, None]
    mine = offsets >= width - lengths if right else offsets < lengths
    fill = np.where(mine, 0, ZERO if right else 0).astype(np.uint8)
    return (mine * 255).astype(np.uint8), fill


class Cells:
    """The cells of plain lines, all with the same number of delimiters."""

    def __init__(self, arr: np.ndarray, begins: np.ndarray, ends: np.ndarray, marks: np.ndarray,
                 data: bytes, encoding: str) -> None:
        self.arr, self.data, self.encoding = arr, data, encoding
        per_line = len(marks) // len(begins)
        self.width = per_line + 1
        self.marks = marks.reshape(len(begins), per_line)
        self.begins, self.ends = begins, ends
        self.count = len(begins)

    def rows(self, start: int, stop: int) -> Cells:
        """The cells of rows start to stop."""
        marks = self.marks[start:stop].reshape(-1)
        return Cells(self.arr, self.begins[start:stop], self.ends[start:stop], marks, self.data,
                     self.encoding)

    def span(self, index: int, rows: slice | np.ndarray = slice(None)
             ) -> tuple[np.ndarray, np.ndarray]:
        begin = self.begins[rows] if index == 0 else self.marks[rows, index - 1] + 1
        end = self.ends[rows] if index == self.width - 1 else self.marks[rows, index]
        return begin, end

    def widest(self, index: int) -> int:
        begin, end = self.span(index)
        return int((end - begin).max(initial=0))

    def matrix(self, index: int, width: int | None = None, right: bool = False,
               rows: slice | np.ndarray = slice(None)) -> tuple[np.ndarray, np.ndarray]:
        """The column's bytes as rows of a matrix, padded with zero bytes after each cell (or
        with '0' before it, `right`-aligned), and the cells' lengths."""
        begin, end = self.span(index, rows)
        lengths = end - begin
        width = int(lengths.max(initial=0)) if width is None else width
        if width == 0:
            return np.zeros((len(begin), 0), dtype=np.uint8), lengths
        starts = np.clip(end - width if right else begin, 0, len(self.arr) - width)
        out = np.lib.stride_tricks.sliding_window_view(self.arr, width)[starts]
        for row in np.flatnonzero(starts != (end - width if right else begin)).tolist():
            cell = self.arr[begin[row]:end[row]]  # a cell at the very start or end of the file
            out[row] = 0
            out[row, width - len(cell) if right else 0:][:len(cell)] = cell
        keep, fill = _masks(width, right)
        np.bitwise_and(out, np.take(keep, lengths, axis=0), out=out)  # the neighbouring cells
        if right:
            np.bitwise_or(out, np.take(fill, lengths, axis=0), out=out)
        return out, lengths

    def text(self, index: int, row: int) -> str:
        begin, end = self.span(index, slice(row, row + 1))
        return self.data[int(begin[0]):int(end[0])].decode(self.encoding)

    def strings(self, index: int) -> list[str]:
        """Every cell of the column as it is (references: different on every row)."""
        matrix, lengths = self.matrix(index)
        if not len(lengths) or not lengths.max():
            return [""] * len(lengths)
        try:
            found: list[str] = matrix.view(f"S{matrix.shape[1]}").ravel().astype(
                f"U{matrix.shape[1]}").tolist()
        except UnicodeDecodeError:
            begin, end = self.span(index)
            found = [self.data[b:e].decode(self.encoding)
                     for b, e in zip(begin.tolist(), end.tolist(), strict=True)]
        return found

    def padded(self, index: int) -> bool:
        """Whether any cell of the column begins or ends with a space or a TAB."""
        begin, end = self.span(index)
        stated = end > begin
        edges = np.concatenate((self.arr[begin[stated]], self.arr[end[stated] - 1]))
        return bool(((edges == 32) | (edges == 9)).any())
