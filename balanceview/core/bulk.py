"""A large plain statement read straight from its bytes, column by column, with numpy.

The big files are plain: no quotes, every data line starting with its date, dates written
'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD', amounts '1234.56'. For the longest stretch of such
lines after the header, numpy finds the cells and reads dates and amounts at C speed; texts
are read once per distinct combination (bulk_texts.py). A stretch holding anything else (a
quote, an odd amount, an opening line, a bad date) is declined whole, and the row reader
reads it as before, naming every problem. Lines after the stretch (footers, a second page)
are left to the row reader, and so are opening lines above it (statement.py).

Only for encodings where the delimiter, the newline and the digits of a date or an amount
never occur inside another character: ASCII, UTF-8, and GB18030 with ',', TAB or ';'.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from balanceview.core import forked
from balanceview.core.bulk_cells import Cells, Declined, plain_lines
from balanceview.core.bulk_numbers import read_money, read_posted
from balanceview.core.bulk_texts import RowTexts, read_texts
from balanceview.core.errors import CellError
from balanceview.core.rows import RowReader
from balanceview.core.statements.columns import NONE

MIN_ROWS = 20_000  # below this the row reader is quick enough, and the only reader needed
SPLIT_FROM_BYTES = 20_000_000  # from here a forked child reads half the lines (forked.py)
_SAFE = {"ascii": ",\t;|", "utf-8": ",\t;|", "utf-8-sig": ",\t;|", "gb18030": ",\t;"}

# Per purse, in order of first appearance: numpy columns in the order of
# columns.PurseColumns' integer columns, then the references as a list.
PurseArrays = dict[str, tuple[list[np.ndarray], list[str | None]]]


@dataclass
class Stretch:
    """Plain lines read at once: their rows per purse, and where the row reader goes on."""

    rows: PurseArrays
    count: int
    end: int  # byte offset just past the stretch
    next_line: int  # editor line number of the first line after it


def read_stretch(data: bytes, start: int, line: int, encoding: str, delimiter: str,
                 reader: RowReader, min_rows: int = MIN_ROWS) -> Stretch | None:
    """The plain stretch of data lines from byte `start` (editor line `line`), or None."""
    if delimiter not in _SAFE.get(encoding, "") or data.find(b'"', start) >= 0 \
            or data.find(b"\0", start) >= 0:
        return None
    first_end = data.find(b"\n", start)
    expected = data.count(delimiter.encode(), start, len(data) if first_end < 0 else first_end)
    lines = _Lines(data, encoding, ord(delimiter), expected, reader)
    middle = data.find(b"\n", (start + len(data)) // 2) + 1
    if start < middle < len(data) and len(data) - start >= SPLIT_FROM_BYTES \
            and forked.can_fork():
        first, second = _in_two(lines, start, middle)
    else:
        first, second = lines.read(start, len(data)), None
    count = (first.count if first else 0) + (second.count if second else 0)
    if first is None or first.part is None or count < min_rows:
        return None
    part = first.part if second is None else first.part.joined(second.part)
    last = second or first
    return Stretch(part.rows(reader, line), count, last.end, line + count)


def _in_two(lines: _Lines, start: int, middle: int) -> tuple[_Found | None, _Found | None]:
    """The lines before `middle` read here, those after it by a forked child at once; the
    child's are kept only if every line here was plain."""
    child = forked.start(lambda: lines.read(middle, len(lines.data)))
    if child is None:  # no second process to be had after all: all of it read here
        return lines.read(start, len(lines.data)), None
    try:
        first = lines.read(start, middle)
    except BaseException:
        child.cancel()
        raise
    if first is None or first.end < middle:
        child.cancel()
        return first, None
    try:
        second = child.result()
    except forked.ChildFailed:  # its half is read here instead
        second = lines.read(middle, len(lines.data))
    if second is None:
        return None, None  # declined after all: the row reader reads the whole stretch
    return first, second if second.count else None


@dataclass
class _Found:
    """Plain lines of one byte range, read: their rows, and the byte after the last one."""

    part: _Part | None  # None: no plain line at all
    count: int
    end: int


@dataclass
class _Lines:
    """The file's lines, each plain one holding `expected` delimiters."""

    data: bytes
    encoding: str
    delimiter: int
    expected: int
    reader: RowReader

    def read(self, start: int, stop: int) -> _Found | None:
        """The plain lines from byte `start` up to `stop` (where a line begins), read; None
        if they hold anything only the row reader reads exactly."""
        arr = np.frombuffer(self.data, dtype=np.uint8)
        begins, ends, marks = plain_lines(arr[:stop], start, self.delimiter, self.expected)
        if not len(begins):
            return _Found(None, 0, start)
        cells = Cells(arr, begins, ends, marks, self.data, self.encoding)
        if cells.width < self.reader.width:
            return None
        part = _read_part(self.reader, cells)
        if part is None:
            return None
        last = int(ends[-1])
        end = last + (2 if self.data[last:last + 1] == b"\r" else 1)
        return _Found(part, len(begins), min(end, len(self.data)))


def _read_part(reader: RowReader, cells: Cells) -> _Part | None:
    try:
        return _Columns(reader, cells).read()
    except (Declined, CellError, UnicodeDecodeError):
        return None


@dataclass
class _Part:
    """The columns of some of the stretch's rows, checked; texts not yet numbered."""

    posted: np.ndarray
    time_known: np.ndarray
    amount: np.ndarray
    money: dict[str, np.ndarray]
    texts: RowTexts
    references: list[str | None]

    def joined(self, later: _Part) -> _Part:
        """These rows followed by the later ones."""
        return _Part(
            np.concatenate((self.posted, later.posted)),
            np.concatenate((self.time_known, later.time_known)),
            np.concatenate((self.amount, later.amount)),
            {role: np.concatenate((v, later.money[role])) for role, v in self.money.items()},
            self.texts.joined(later.texts, len(self.posted)), self.references + later.references)

    def rows(self, reader: RowReader, line: int) -> PurseArrays:
        """Every check passed: only now may the stretch's texts join the statement's table."""
        count = len(self.posted)
        ids = self.texts.numbers(reader)
        kinds = _kinds(reader, self.texts, self.amount > 0, ids)
        by_row = ids[self.texts.combinations.codes]
        columns = [
            np.arange(line, line + count), self.posted, self.time_known, self.amount,
            self.money["balance"], kinds, by_row[:, 0], by_row[:, 1], by_row[:, 2],
            self.money["total"], self.money["pooled"],
            self.money["cash"], np.zeros(count, np.int8),
        ]
        return _split(self.texts, columns, self.references)


class _Columns:
    """Some of the stretch's rows read by the rules of the file's RowReader."""

    def __init__(self, reader: RowReader, cells: Cells) -> None:
        self.reader, self.cells, self.col = reader, cells, reader.columns
        self.count = cells.count

    def read(self) -> _Part:
        posted, time_known = self._when()
        money = {role: self._money(role) for role in ("balance", "total", "pooled", "cash")}
        texts = read_texts(self.reader, self.cells)
        return _Part(posted, time_known, self._amount(texts), money, texts,
                     self._references())

    def _when(self) -> tuple[np.ndarray, np.ndarray]:
        if "time" in self.col:
            raise Declined
        return read_posted(*self.cells.matrix(self.col["date"][0]), self.reader.known_day)

    def _money(self, role: str) -> np.ndarray:
        """First stated amount among the role's columns, in fen; NONE where none is."""
        found = np.full(self.count, NONE, dtype=np.int64)
        for index in self.col.get(role, ()):
            values, stated = read_money(*self.cells.matrix(index, right=True))
            take = (found == NONE) & stated
            found[take] = values[take]
        return found

    def _amount(self, texts: RowTexts) -> np.ndarray:
        col = self.col
        if "amount" in col:
            value = self._money("amount")
            if "direction" in col:
                signs = texts.sign[texts.combinations.codes]
                value = np.where(value == NONE, NONE, np.abs(value) * signs)
        elif "income" in col or "expense" in col:
            income, expense = self._money("income"), self._money("expense")
            value = np.where(income == NONE, 0, income) - np.abs(np.where(expense == NONE, 0,
                                                                          expense))
            value[(income == NONE) & (expense == NONE)] = NONE
        else:
            personal = self._money("personal")
            value = np.where(personal == NONE, NONE, -personal)
        if (value == NONE).any():
            raise Declined  # a row without an amount: the row reader names it
        return value

    def _references(self) -> list[str | None]:
        found: list[str | None] | None = None
        for index in self.col.get("reference", ()):
            texts = self.cells.strings(index)
            if self.cells.padded(index):
                texts = [t.strip() for t in texts]
            mine: list[str | None] = [t or None for t in texts] if "" in texts else texts  # type: ignore[assignment]
            found = mine if found is None else [f or t for f, t in zip(found, mine,
                                                                       strict=True)]
        return [None] * self.count if found is None else found



def _kinds(reader: RowReader, texts: RowTexts, credit: np.ndarray, ids: np.ndarray
           ) -> np.ndarray:
    """The kind of each (combination, credit) pair the rows hold, asked once of the reader."""
    pairs = texts.combinations.codes * 2 + credit
    table = np.zeros(2 * len(texts.texts), dtype=np.int8)
    for pair in np.flatnonzero(np.bincount(pairs, minlength=len(table))).tolist():
        purse = texts.purses[texts.purse[pair // 2]]
        table[pair] = reader.kind(purse, bool(pair % 2), *ids[pair // 2].tolist())
    return table[pairs]


def _split(texts: RowTexts, columns: list[np.ndarray], references: list[str | None]
           ) -> PurseArrays:
    if len(texts.purses) == 1:
        return {texts.purses[0]: (columns, references)}
    purse = texts.purse[texts.combinations.codes]
    first_row = {}  # purses in the order the file has them: by the first row of each
    for code, row in zip(texts.purse.tolist(), texts.combinations.first.tolist(), strict=True):
        first_row[code] = min(row, first_row.get(code, row))
    every = np.array(references, dtype=object)
    split: PurseArrays = {}
    for code in sorted(first_row, key=first_row.__getitem__):
        mine = np.flatnonzero(purse == code)
        split[texts.purses[code]] = ([c[mine] for c in columns], every[mine].tolist())
    return split
