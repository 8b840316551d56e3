"""A large plain statement read straight from its bytes, column by column, with numpy.

The big files are plain: no quotes, every data line starting with its date, dates written
'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD', amounts '1234.56'. For the longest stretch of such
lines after the header, numpy finds the cells and reads dates and amounts at C speed; texts
are decoded and read once per distinct value. A stretch holding anything else (a quote, an
odd amount, an opening line, a bad date) is declined whole, and the row reader reads it as
before, naming every problem. Lines after the stretch (footers) are left to the row reader.

Only for encodings where the delimiter, the newline and the digits of a date or an amount
never occur inside another character: ASCII, UTF-8, and GB18030 with ',', TAB or ';'.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

import numpy as np

from balanceview.core.columns import NONE
from balanceview.core.errors import CellError
from balanceview.core.rows import RowReader, clean_text

MIN_ROWS = 20_000  # below this the row reader is quick enough, and the only reader needed
_SAFE = {"ascii": ",\t;|", "utf-8": ",\t;|", "utf-8-sig": ",\t;|", "gb18030": ",\t;"}
_ZERO, _DASH, _COLON, _SPACE, _DOT, _MINUS = (ord(c) for c in "0-: .-")
_WIDEST_TEXT = 128  # bytes: a wider text column is read cell by cell
_TENS = 10 ** np.arange(19, dtype=np.int64)
_BLOCK = 1 << 16  # rows gathered into a matrix at once, so a wide column stays small


class Declined(Exception):
    """The stretch holds something only the row reader handles exactly."""


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
    arr = np.frombuffer(data, dtype=np.uint8)
    begins, ends = _plain_lines(arr, start, ord(delimiter))
    if len(begins) < min_rows:
        return None
    cells = _Cells(arr, begins, ends, ord(delimiter), data, encoding)
    if cells.width < reader.width:
        return None
    try:
        rows = _Rows(reader, cells, line).read()
    except (Declined, CellError, UnicodeDecodeError):
        return None
    stop = int(ends[-1])
    end = stop + (2 if data[stop:stop + 1] == b"\r" else 1)
    return Stretch(rows, len(begins), min(end, len(data)), line + len(begins))


def _plain_lines(arr: np.ndarray, start: int, delimiter: int) -> tuple[np.ndarray, np.ndarray]:
    """Begin and end (before CR LF) of the lines from `start` that start with a digit and
    hold as many delimiters as the first: a footer, a blank line or a comment ends them."""
    body = arr[start:]
    newlines = np.flatnonzero(body == 10)
    returns = np.flatnonzero(body == 13)
    if len(returns) and (returns[-1] + 1 >= len(body) or (body[returns + 1] != 10).any()):
        return newlines[:0], newlines[:0]  # a CR alone: the csv reader ends a line there
    ends = np.append(newlines, len(body)) if not len(body) or body[-1] != 10 else newlines
    begins = np.concatenate(([0], ends[:-1] + 1))
    ends = ends - (body[np.maximum(ends - 1, 0)] == 13) * (ends > begins)
    delimiters = np.flatnonzero(body == delimiter)
    counts = np.diff(np.searchsorted(delimiters, np.append(begins, len(body) + 1)))
    first = body[np.minimum(begins, len(body) - 1)] if len(body) else begins
    good = (ends > begins) & (first >= _ZERO) & (first <= _ZERO + 9) & (counts == counts[:1])
    stop = int(np.argmin(good)) if not good.all() else len(good)
    return begins[:stop] + start, ends[:stop] + start


class _Cells:
    """Where each cell of the stretch begins and ends in the file's bytes."""

    def __init__(self, arr: np.ndarray, begins: np.ndarray, ends: np.ndarray, delimiter: int,
                 data: bytes, encoding: str) -> None:
        self.arr, self.data, self.encoding = arr, data, encoding
        body = arr[begins[0]:ends[-1]]
        marks = np.flatnonzero(body == delimiter) + begins[0]
        per_line = len(marks) // len(begins)
        self.width = per_line + 1
        self.marks = marks.reshape(len(begins), per_line)
        self.begins, self.ends = begins, ends

    def span(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        begin = self.begins if index == 0 else self.marks[:, index - 1] + 1
        end = self.ends if index == self.width - 1 else self.marks[:, index]
        return begin, end

    def matrix(self, index: int, width: int | None = None, right: bool = False
               ) -> tuple[np.ndarray, np.ndarray]:
        """The column's bytes as rows of a matrix, padded with zero bytes after each cell (or
        with '0' before it, `right`-aligned), and the cells' lengths."""
        begin, end = self.span(index)
        lengths = end - begin
        width = int(lengths.max(initial=0)) if width is None else width
        if width == 0:
            return np.zeros((len(begin), 0), dtype=np.uint8), lengths
        starts = end - width if right else begin
        inside = (starts >= 0) & (starts <= len(self.arr) - width)
        windows = np.lib.stride_tricks.sliding_window_view(self.arr, width)
        out = np.zeros((len(begin), width), dtype=np.uint8)
        out[inside] = windows[starts[inside]]
        for row in np.flatnonzero(~inside).tolist():  # a cell at the very start or end
            cell = self.arr[begin[row]:end[row]]
            if right:
                out[row, width - len(cell):] = cell
            else:
                out[row, :len(cell)] = cell
        offsets = np.arange(width)
        for row in range(0, len(begin), _BLOCK):  # the bytes of the neighbouring cells
            part = slice(row, row + _BLOCK)
            if right:
                out[part][offsets < width - lengths[part, None]] = _ZERO
            else:
                out[part][offsets >= lengths[part, None]] = 0
        return out, lengths

    def texts(self, index: int) -> tuple[np.ndarray, list[str]]:
        """Each row's number among the column's distinct texts, and those texts decoded."""
        begin, end = self.span(index)
        widest = int((end - begin).max(initial=0))
        if widest > _WIDEST_TEXT:
            return self._texts_cell_by_cell(begin, end)
        padded = -(-max(widest, 1) // 8) * 8
        matrix, _ = self.matrix(index, padded)
        words = matrix.view(np.uint64)
        mix = np.arange(1, 2 * words.shape[1], 2, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        hashes = (words * mix).sum(axis=1, dtype=np.uint64) ^ (end - begin).astype(np.uint64)
        _, first, codes = np.unique(hashes, return_index=True, return_inverse=True)
        if not (matrix == matrix[first[codes]]).all():  # two texts shared a hash
            return self._texts_cell_by_cell(begin, end)
        texts = [self.data[begin[i]:end[i]].decode(self.encoding) for i in first.tolist()]
        return codes.reshape(-1), texts

    def _texts_cell_by_cell(self, begin: np.ndarray, end: np.ndarray
                            ) -> tuple[np.ndarray, list[str]]:
        data, numbers = self.data, {}
        codes = [numbers.setdefault(data[b:e], len(numbers))
                 for b, e in zip(begin.tolist(), end.tolist(), strict=True)]
        texts = [raw.decode(self.encoding) for raw in numbers]
        return np.array(codes, dtype=np.int64), texts

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


class _Rows:
    """The stretch's transactions, by the rules of the file's RowReader."""

    def __init__(self, reader: RowReader, cells: _Cells, line: int) -> None:
        self.reader, self.cells, self.col = reader, cells, reader.columns
        self.count = len(cells.begins)
        self.line = line
        self._purse_names: list[str] = []

    def read(self) -> PurseArrays:
        types, descriptions = self._text("type"), self._text("description")
        counterparties = self._text("counterparty")
        if _any_opening(self.reader, types, descriptions):
            raise Declined  # opening lines may lack a date or an amount
        posted, time_known = self._when()
        amount = self._amount()
        purse = self._purses()
        columns = [
            np.arange(self.line, self.line + self.count), posted, time_known, amount,
            self._money("balance"), amount, amount, amount, amount, self._money("total"),
            self._money("pooled"), self._money("cash"), np.zeros(self.count, dtype=np.int8),
        ]
        references = self._references()
        # Every check passed: only now may the stretch's texts join the statement's table.
        columns[6:9] = self._number(types, descriptions, counterparties)
        columns[5] = self._kinds(purse, amount > 0, columns[6:9])
        return self._split(purse, columns, references)

    def _split(self, purse: np.ndarray, columns: list[np.ndarray],
               references: list[str | None]) -> PurseArrays:
        if len(self._purse_names) == 1:
            return {self._purse_names[0]: (columns, references)}
        split: PurseArrays = {}
        codes, first = np.unique(purse, return_index=True)
        for code in codes[np.argsort(first)].tolist():  # purses in the order the file has them
            mine = purse == code
            split[self._purse_names[code]] = (
                [c[mine] for c in columns], list(compress(references, mine.tolist())))
        return split

    # -- dates ------------------------------------------------------------------------------

    def _when(self) -> tuple[np.ndarray, np.ndarray]:
        if "time" in self.col:
            raise Declined
        matrix, lengths = self.cells.matrix(self.col["date"][0])
        width = matrix.shape[1]
        if width not in (10, 19) or (lengths != width).any():
            raise Declined
        digits = matrix - np.uint8(_ZERO)
        day = _digits_value(digits[:, 0:4]) * 10_000 + _digits_value(digits[:, 5:7]) * 100 \
            + _digits_value(digits[:, 8:10])
        separators = (matrix[:, 4] == _DASH) & (matrix[:, 7] == _DASH)
        digit_at = [0, 1, 2, 3, 5, 6, 8, 9]
        clock = np.zeros(len(day), dtype=np.int64)
        if width == 19:
            separators &= (matrix[:, 10] == _SPACE) & (matrix[:, 13] == _COLON) \
                & (matrix[:, 16] == _COLON)
            digit_at += [11, 12, 14, 15, 17, 18]
            hours, minutes = _digits_value(digits[:, 11:13]), _digits_value(digits[:, 14:16])
            seconds = _digits_value(digits[:, 17:19])
            if (hours > 23).any() or (minutes > 59).any() or (seconds > 59).any():
                raise Declined
            clock = hours * 10_000 + minutes * 100 + seconds
        if not separators.all() or (digits[:, digit_at] > 9).any():
            raise Declined
        for key in np.unique(day).tolist():
            if not self.reader.known_day(f"{key // 10_000:04d}-{key // 100 % 100:02d}-"
                                         f"{key % 100:02d}"):
                raise Declined
        return day * 1_000_000 + clock, np.full(len(day), width == 19, dtype=np.int8)

    # -- money ------------------------------------------------------------------------------

    def _money(self, role: str) -> np.ndarray:
        """First stated amount among the role's columns, in fen; NONE where none is."""
        found = np.full(self.count, NONE, dtype=np.int64)
        for index in self.col.get(role, ()):
            values, stated = _plain_money(*self.cells.matrix(index, right=True))
            empty = found == NONE
            found[empty & stated] = values[empty & stated]
        return found

    def _amount(self) -> np.ndarray:
        col = self.col
        if "amount" in col:
            value = self._money("amount")
            if "direction" in col:
                index = col["direction"][0]
                codes, texts = self.cells.texts(index)
                signs = np.array([self.reader.direction_sign(t, index) for t in texts])
                value = np.where(value == NONE, NONE, np.abs(value) * signs[codes])
        elif "income" in col or "expense" in col:
            income, expense = self._money("income"), self._money("expense")
            neither = (income == NONE) & (expense == NONE)
            value = np.where(income == NONE, 0, income) - np.abs(np.where(expense == NONE, 0,
                                                                          expense))
            value[neither] = NONE
        else:
            personal = self._money("personal")
            value = np.where(personal == NONE, NONE, -personal)
        if (value == NONE).any():
            raise Declined  # a row without an amount: the row reader names it
        return value

    # -- texts ------------------------------------------------------------------------------

    def _text(self, role: str) -> tuple[list[str], np.ndarray]:
        """The role's cleaned distinct texts and each row's number among them; the first
        non-empty of the role's columns."""
        indices = self.col.get(role, ())
        if not indices:
            return [""], np.zeros(self.count, dtype=np.int64)
        numbers: dict[str, int] = {"": 0}
        codes = np.zeros(self.count, dtype=np.int64)
        for index in indices:
            column_codes, raw = self.cells.texts(index)
            mine = [numbers.setdefault(clean_text(t), len(numbers)) for t in raw]
            mapped = np.array(mine, dtype=np.int64)[column_codes]
            codes = np.where(codes == 0, mapped, codes)
        return list(numbers), codes

    def _number(self, *roles: tuple[list[str], np.ndarray]) -> list[np.ndarray]:
        """The texts' numbers in the statement's TextTable; new ones numbered in the order
        a row-by-row reading meets them."""
        table = self.reader.texts
        order = []
        for position, (texts, codes) in enumerate(roles):
            _, first = np.unique(codes, return_index=True)
            used = np.unique(codes)
            order += [(int(row), position, texts[code])
                      for code, row in zip(used.tolist(), first.tolist(), strict=True)]
        for _, _, text in sorted(order):
            table.id(text)
        return [np.array([table.id(t) for t in texts], dtype=np.int64)[codes]
                for texts, codes in roles]

    def _kinds(self, purse: np.ndarray, credit: np.ndarray, numbers: list[np.ndarray]
               ) -> np.ndarray:
        first, codes = _distinct_rows([purse, credit.astype(np.int64), *numbers])
        names = self._purse_names
        kinds = [self.reader.kind(names[int(purse[i])], bool(credit[i]),
                                  *(int(n[i]) for n in numbers)) for i in first.tolist()]
        return np.array(kinds, dtype=np.int8)[codes]

    def _purses(self) -> np.ndarray:
        reader = self.reader
        if reader.forced or "account_type" not in self.col:
            self._purse_names = [reader.default_purse]
            return np.zeros(self.count, dtype=np.int64)
        index = self.col["account_type"][0]
        codes, texts = self.cells.texts(index)
        purses = [reader.purse_named(t, index) for t in texts]
        self._purse_names = list(dict.fromkeys(purses))
        return np.array([self._purse_names.index(p) for p in purses])[codes]

    def _references(self) -> list[str | None]:
        found: list[str | None] | None = None
        for index in self.col.get("reference", ()):
            texts = [t.strip() or None for t in self.cells.strings(index)]
            found = texts if found is None else [f or t for f, t in zip(found, texts,
                                                                        strict=True)]
        return [None] * self.count if found is None else found


def _any_opening(reader: RowReader, types: tuple[list[str], np.ndarray],
                 descriptions: tuple[list[str], np.ndarray]) -> bool:
    first, _ = _distinct_rows([types[1], descriptions[1]])
    return any(reader.is_opening_text(types[0][types[1][i]], descriptions[0][descriptions[1][i]])
               for i in first.tolist())


def _distinct_rows(columns: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The first row of each distinct combination of the columns' values, and each row's
    number among them: one hash sorted, checked for collisions."""
    hashes = np.zeros(len(columns[0]), dtype=np.uint64)
    for position, column in enumerate(columns):
        hashes = hashes * np.uint64(0x100000001B3) ^ (column.astype(np.uint64)
                                                      * np.uint64(2 * position + 1))
    _, first, codes = np.unique(hashes, return_index=True, return_inverse=True)
    codes = codes.reshape(-1)
    if all((column == column[first[codes]]).all() for column in columns):
        return first, codes
    stacked = np.stack(columns, axis=1)
    _, first, codes = np.unique(stacked, axis=0, return_index=True, return_inverse=True)
    return first, codes.reshape(-1)


def _digits_value(digits: np.ndarray) -> np.ndarray:
    """Columns of decimal digits as one integer per row."""
    return digits.astype(np.int64) @ _TENS[digits.shape[1] - 1::-1]


def _plain_money(matrix: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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
    matrix[rows[negative[rows]], sign_at[negative[rows]]] = _ZERO
    digits = matrix - np.uint8(_ZERO)  # anything but a digit wraps round to more than 9
    whole_width = lengths - 3 - negative
    if ((matrix[:, width - 3] != _DOT) & stated).any() or (whole_width[rows] < 1).any() \
            or (digits[:, : width - 3] > 9).any() or (digits[:, width - 2:] > 9).any():
        raise Declined
    whole = digits[:, : width - 3].astype(np.int64) @ _TENS[width - 4::-1]
    value = whole * 100 + digits[:, width - 2].astype(np.int64) * 10 + digits[:, width - 1]
    return np.where(negative, -value, value), stated
