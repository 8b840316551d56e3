"""A table's cells as typed columns: the usual shapes by numpy (kernels.py), every other
cell by the exact parsers once per distinct value, texts decoded once per distinct value."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from balanceview.core.dates import parse_posted
from balanceview.core.errors import CellError, UserError
from balanceview.core.masking import scrub
from balanceview.core.money import is_masked, parse_amount
from balanceview.core.statements import kernels
from balanceview.core.statements.columns import TextTable
from balanceview.core.statements.table import RawTable

MAX_CELL = 64 * 1024  # characters: no statement writes a longer cell
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))
T = TypeVar("T")


@dataclass
class Problem:
    row: int  # index in the table
    column: int  # index in the header
    message: str  # a Message
    rank: int  # a row names only its first problem, in the order a reader meets them


@dataclass
class Cells:
    """The cells of one table, with what went wrong in them."""

    table: RawTable
    name: str
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        for column in self.table.columns.values():
            longest = pc.max(pc.binary_length(column)).as_py() if len(column) else 0
            if longest > MAX_CELL:
                lengths = pc.binary_length(column).to_numpy(zero_copy_only=False)
                row = int(np.argmax(lengths > MAX_CELL))
                raise UserError(
                    f"{self.name}, line {self.table.lines[row]}: a cell of {lengths[row]:,} "
                    f"bytes, longer than any statement writes ({MAX_CELL // 1024} KiB); "
                    "this does not look like a statement")

    def text(self, raw: bytes, row: int) -> str:
        """One cell as text: decoded, NFKC (Kangxi radicals and full-width forms made
        plain), invisible characters gone."""
        try:
            decoded = raw.decode(self.table.encoding)
        except UnicodeDecodeError:
            raise UserError(
                f"{self.name}, line {self.table.lines[row]}: the text cannot be read as "
                f"{self.table.encoding}; the file may be damaged: download it again, or "
                "save it again as UTF-8 or GBK") from None
        return unicodedata.normalize("NFKC", decoded).translate(_INVISIBLE)

    def each_distinct(self, index: int, rows: np.ndarray, read: Callable[[str], T],
                      rank: int = 0) -> tuple[list[T | None], np.ndarray]:
        """read(text) once for each distinct cell of `rows` in column `index`: the results,
        and each row's number among them. A cell that raises CellError gives None and a
        problem of each row holding it."""
        column = self.table.columns[index]
        if len(rows) < len(column):
            column = column.take(pa.array(rows, pa.int64()))
        encoded = column.dictionary_encode()
        codes = encoded.indices.to_numpy(zero_copy_only=False)
        found: list[T | None] = []
        failed: dict[int, str] = {}
        for k, (raw, first) in enumerate(zip(encoded.dictionary.to_pylist(),
                                             first_rows_of(encoded).tolist(), strict=True)):
            try:
                found.append(read(self.text(raw, int(rows[first]))))
            except CellError as error:
                found.append(None)
                failed[k] = error.message
        if failed:
            bad = np.isin(codes, list(failed))
            for row, code in zip(rows[bad].tolist(), codes[bad].tolist(), strict=True):
                self._problem(row, index, failed[code], rank)
        return found, codes

    def _problem(self, row: int, column: int, message: str, rank: int = 0) -> None:
        self.problems.append(Problem(row, column, message, rank))

    def money(self, index: int, role: str, rank: int) -> tuple[np.ndarray, np.ndarray]:
        """(fen, stated) of a money column; a masked balance (xx,yyyy.zz) is not stated."""
        values, read, empty = kernels.fen(self.table.columns[index])
        stated = read.copy()
        odd = np.flatnonzero(~read & ~empty)
        if len(odd):
            parse = _balance if role == "balance" else parse_amount
            found, codes = self.each_distinct(index, odd, parse, rank)
            given = np.array([v is not None for v in found], dtype=bool)[codes]
            numbers = np.array([v or 0 for v in found], dtype=np.int64)[codes]
            values[odd[given]], stated[odd[given]] = numbers[given], True
        return values, stated

    def texts(self, index: int, table: TextTable, clean: Callable[[str], str]) -> np.ndarray:
        """Each cell's number in the file's text table (0 for an empty cell)."""
        column = self.table.columns[index]
        if not len(column):
            return np.zeros(0, dtype=np.int64)
        encoded = column.dictionary_encode()
        values = encoded.dictionary.to_pylist()
        codes = encoded.indices.to_numpy(zero_copy_only=False)
        first_rows = first_rows_of(encoded)
        ids = np.array([table.id(clean(self.text(raw, int(first_rows[k]))))
                        for k, raw in enumerate(values)], dtype=np.int64)
        return ids[codes]

    def posted(self, date_index: int, time_index: int | None, undated: np.ndarray,
               rank: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(posted, time_known, failed) per row. Rows `undated` may leave the date empty
        (an opening line: posted 0). A footer or a repeated header fails here too: the
        caller tells them apart and forgets their problems."""
        posted, read, timed = kernels.posted(self.table.columns[date_index])
        no_date = pc.binary_length(kernels.trimmed(self.table.columns[date_index])
                                   ).to_numpy(zero_copy_only=False) == 0
        read |= no_date & undated
        if time_index is not None:
            clock, clock_read, clock_empty = kernels.clock(self.table.columns[time_index])
            add = read & ~timed & clock_read
            posted = np.where(add, posted + clock, posted)
            timed = timed | add
            read &= timed | clock_empty | add
        odd = np.flatnonzero(~read)
        failed = np.zeros(len(posted), dtype=bool)
        for row, when, blamed, message in self._posted_slowly(odd, date_index, time_index):
            if when is not None:
                posted[row], timed[row] = when
            else:
                failed[row] = True
                self._problem(row, blamed, message, rank)
        return np.where(no_date & undated, 0, posted), timed, failed

    def _posted_slowly(self, rows: np.ndarray, date_index: int, time_index: int | None):  # type: ignore[no-untyped-def]
        dates = self.table.columns[date_index]
        times = self.table.columns[time_index] if time_index is not None else None
        seen: dict[tuple[bytes, bytes], tuple[tuple[int, bool] | None, int, str]] = {}
        for row in rows.tolist():
            key = (dates[row].as_py(), times[row].as_py() if times is not None else b"")
            if key not in seen:
                seen[key] = self._when(row, key, date_index, time_index)
            yield (row, *seen[key])

    def _when(self, row: int, key: tuple[bytes, bytes], date_index: int,
              time_index: int | None) -> tuple[tuple[int, bool] | None, int, str]:
        """(posted and time_known, or None; the column to blame; what is wrong)."""
        date_text, time_text = self.text(key[0], row), self.text(key[1], row)
        try:
            return parse_posted(date_text, time_text), date_index, ""
        except CellError as error:  # the message must name the column the value came from
            blamed = time_index if error.column == "time" and time_index is not None \
                else date_index
            return None, blamed, error.message

    def first_problems(self, not_rows: set[int]) -> dict[int, Problem]:
        """The problem each bad row is refused for: the first a reader of the row meets.
        Rows `not_rows` (footers, repeated headers) are not refused."""
        chosen: dict[int, Problem] = {}
        for problem in sorted(self.problems, key=lambda p: (p.row, p.rank)):
            if problem.row not in not_rows:
                chosen.setdefault(problem.row, problem)
        return chosen

    def with_digits(self, index: int) -> np.ndarray:
        """Rows whose cell in this column holds a digit: a date column's cells are dates on
        the statement's rows, and blank or words on its blank lines and notices."""
        column = self.table.columns[index]
        if not len(column):
            return np.zeros(0, dtype=bool)
        # An ASCII digit is found in the bytes at C speed (GB18030 never uses those bytes
        # inside a character); other cells (full-width ２０２４) are read once each.
        found = np.array(pc.match_substring_regex(column, "[0-9]").to_numpy(zero_copy_only=False))
        others = np.flatnonzero(~found)
        if len(others):
            texts, codes = self.each_distinct(index, others, lambda text: text)
            digits = np.array([any(c.isdigit() for c in t or "") for t in texts], dtype=bool)
            found[others] = digits[codes]
        return found

    def distinct_texts(self, index: int) -> list[str]:
        """The distinct cells of a column as text."""
        values = self.table.columns[index].unique().to_pylist()
        return [self.text(raw, 0) for raw in values]

    def raw_row(self, row: int) -> list[str]:
        """The kept cells of a row as text, in column order (for footers and headers)."""
        return [self.text(self.table.columns[i][row].as_py(), row)
                for i in sorted(self.table.columns)]


def first_rows_of(encoded: pa.DictionaryArray) -> np.ndarray:
    found = first_rows(encoded.indices.to_numpy(zero_copy_only=False))
    assert len(found) == len(encoded.dictionary)  # Arrow numbers values as they first appear
    return found


def _balance(text: str) -> int | None:
    try:
        return parse_amount(text)
    except CellError:
        if is_masked(text):
            return None  # ICBC hides the balance as xx,yyyy.zz: not stated
        raise


def first_rows(codes: np.ndarray) -> np.ndarray:
    """For each code of a dictionary encoding, the first row holding it. Arrow numbers the
    distinct values in the order they first appear, so a code's first row is where the
    codes seen so far reach it."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    reached = np.maximum.accumulate(codes)
    return np.flatnonzero(np.concatenate(([True], reached[1:] > reached[:-1])))


def clean_text(raw: str) -> str:
    """A text cell as stored: padding and dash placeholders gone, long numbers hidden."""
    cleaned = raw.strip().strip("-").strip()
    return scrub(" ".join(cleaned.split()))
