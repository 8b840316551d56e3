"""Many rows at once, column by column: the fast way through the clean rows of a statement.

A row at a time costs a dozen method calls per row. A chunk of rows turned into columns
lets each cell kind be read once per distinct text (statements repeat their days, amounts and
descriptions) and mapped over the column at C speed. Only the plain case is done here: any
chunk holding something unusual (a bad cell, an opening line, a row without an amount) is
given back, and RowReader reads it row by row, so every problem is found and named exactly
as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import compress, repeat

from balanceview.core.errors import CellError
from balanceview.core.rows import RowReader, clean_text

Column = list[object]
# Per purse: the columns in the order of columns.PurseColumns.
PurseRows = dict[str, list[Column]]

# 'YYYY-MM-DD HH:MM:SS' on every line of a column: read without a regular expression per cell.
_DATE_TIMES = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2} (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(?:\n[0-9]{4}-[0-9]{2}-[0-9]{2} (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9])*")
_NOT_DIGITS = str.maketrans("", "", "-: ")
# '1234.56' or '-0.50' on every line: the figure is the digits without the point, exactly.
_PLAIN_MONEY = re.compile(r"-?[0-9]+\.[0-9]{2}(?:\n-?[0-9]+\.[0-9]{2})*")
# The same, where some cells are empty (an income column is empty on expense rows).
_PLAIN_OR_EMPTY = re.compile(r"(?:-?[0-9]+\.[0-9]{2})?(?:\n(?:-?[0-9]+\.[0-9]{2})?)*")


class NotPlain(Exception):
    """The chunk holds something only the row-by-row reader handles exactly."""


class ChunkReader:
    """Reads chunks of data records with the caches and rules of one RowReader."""

    def __init__(self, rows: RowReader) -> None:
        self.rows = rows
        self.col = rows.columns

    def read(self, lines: list[int], cells: list[list[str]]) -> PurseRows:
        """The chunk's rows per purse; raises NotPlain for a chunk to be read row by row."""
        try:
            return self._read(lines, cells)
        except CellError:
            raise NotPlain from None

    def _read(self, lines: list[int], cells: list[list[str]]) -> PurseRows:
        width = self.rows.width
        if min(map(len, cells)) < width:
            cells = [c if len(c) >= width else c + [""] * (width - len(c)) for c in cells]
        # Not strict: a row may run past the columns the layout uses; those cells are unused.
        table = list(zip(*cells))  # noqa: B905
        type_text, description_text = self._texts(table, "type"), self._texts(table, "description")
        pairs = set(zip(type_text, description_text, strict=True))
        if any(self.rows.is_opening_text(t, d) for t, d in pairs):
            raise NotPlain  # opening lines may lack a date or an amount
        posted, time_known = self._when(table)
        amount = self._amount(table)
        purse = self._purses(table)
        columns: list[Column] = [
            lines, posted, time_known, amount, self._money(table, "balance"), [], [], [], [],
            self._money(table, "total"), self._money(table, "pooled"), self._money(table, "cash"),
            [False] * len(lines), self._references(table),
        ]
        # Every check passed: only now may the chunk's texts join the statement's table.
        columns[6:9] = self.rows.texts.number(type_text, description_text,
                                              self._texts(table, "counterparty"))
        credit = list(map((0).__lt__, amount))
        columns[5] = list(map(self.rows.kind, purse, credit, *columns[6:9]))
        return _split(purse, columns)

    def _when(self, table: list[tuple[str, ...]]) -> tuple[Column, Column]:
        dates = table[self.col["date"][0]]
        if "time" not in self.col:
            joined = "\n".join(dates)
            if _DATE_TIMES.fullmatch(joined) and all(map(self.rows.known_day,
                                                         {d[:10] for d in dates})):
                # The digits of '2024-01-05 08:30:00' are the key 20240105083000 itself.
                return list(map(int, joined.translate(_NOT_DIGITS).split("\n"))), \
                    [True] * len(dates)
        times = table[self.col["time"][0]] if "time" in self.col else repeat("")
        pairs = list(map(self.rows.posted, dates, times))
        return [p for p, _ in pairs], [k for _, k in pairs]

    def _amount(self, table: list[tuple[str, ...]]) -> Column:
        col = self.col
        if "amount" in col:
            value = self._money(table, "amount")
            if "direction" in col:
                index = col["direction"][0]
                signs = _each_distinct(table[index], lambda t: self.rows.direction_sign(t, index))
                value = [None if v is None else abs(v) * s  # type: ignore[operator]
                         for v, s in zip(value, signs, strict=True)]
        elif "income" in col or "expense" in col:
            income, expense = self._money(table, "income"), self._money(table, "expense")
            value = [None if i is None and e is None else (i or 0) - abs(e or 0)  # type: ignore[operator]
                     for i, e in zip(income, expense, strict=True)]
        else:
            value = [None if p is None else -p for p in self._money(table, "personal")]  # type: ignore[operator]
        if None in value:
            raise NotPlain  # a row without an amount: the row reader names it
        return value

    def _money(self, table: list[tuple[str, ...]], role: str) -> Column:
        """First stated amount among the role's columns, in fen; None where none is."""
        found: Column | None = None
        for index in self.col.get(role, ()):
            values = self._money_column(table[index], index, role)
            found = values if found is None else _first(found, values, None)
        return [None] * len(table[0]) if found is None else found

    def _money_column(self, texts: tuple[str, ...], index: int, role: str) -> Column:
        joined = "\n".join(texts)
        if _PLAIN_MONEY.fullmatch(joined):
            return list(map(int, joined.replace(".", "").split("\n")))
        if _PLAIN_OR_EMPTY.fullmatch(joined):
            return _each_distinct(texts, _plain_fen)
        return _each_distinct(texts, lambda t: self.rows.parse_money(t, index, role))

    def _texts(self, table: list[tuple[str, ...]], role: str) -> list[str]:
        """The role's cleaned texts, the first non-empty of its columns."""
        found: Column | None = None
        for index in self.col.get(role, ()):
            texts = _each_distinct(table[index], clean_text)
            found = texts if found is None else _first(found, texts, "")
        return [""] * len(table[0]) if found is None else found  # type: ignore[return-value]

    def _references(self, table: list[tuple[str, ...]]) -> Column:
        if "reference" not in self.col:
            return [None] * len(table[0])
        return [t.strip() or None for t in table[self.col["reference"][0]]]

    def _purses(self, table: list[tuple[str, ...]]) -> list[str]:
        rows = self.rows
        if rows.forced or "account_type" not in self.col:
            return [rows.default_purse] * len(table[0])
        index = self.col["account_type"][0]
        return _each_distinct(table[index], lambda t: rows.purse_named(t, index))  # type: ignore[return-value]


def _each_distinct(texts: Sequence[str], convert: Callable[[str], object]) -> Column:
    """convert() once per distinct text, then looked up over the column at C speed."""
    known = {text: convert(text) for text in set(texts)}
    return list(map(known.__getitem__, texts))


def _plain_fen(text: str) -> int | None:
    """'1234.56' as 123456 fen; '' as no amount. Only for texts _PLAIN_OR_EMPTY accepted."""
    return int(text.replace(".", "")) if text else None


def _first(found: Column, more: Column, empty: object) -> Column:
    """Multi-column roles: the first column's value unless it is empty."""
    return [m if f == empty else f for f, m in zip(found, more, strict=True)]


def _split(purse: list[str], columns: list[Column]) -> PurseRows:
    names = set(purse)
    if len(names) == 1:
        return {purse[0]: columns}
    split = {}
    for name in sorted(names, key=purse.index):
        mine = [p == name for p in purse]
        split[name] = [list(compress(c, mine)) for c in columns]
    return split
