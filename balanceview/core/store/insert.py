"""One INSERT for the fresh rows of a purse, shaped by the values at hand.

Python's sqlite3 binds every parameter of every row, and binding None costs an adapter
look-up, several times an integer's. So an empty cell travels as the NONE sentinel (or ''
for a reference) and becomes NULL in SQL, and a column holding one value on every row (the
purse, the batch, a bank statement's empty settlement columns) is written into the statement
itself: a million rows bind only what differs from row to row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from balanceview.core.statements.columns import NONE

_NO_TEXT = {None: ""}


BATCH = 50_000  # rows bound at a time: Python objects for a batch, never for a million


@dataclass
class _Bound:
    """A column bound row by row: a sequence, a numpy array or an Arrow array, turned into
    Python values a batch at a time; texts with None bound as '' where `blank_none`."""

    values: Any
    blank_none: bool = False

    def part(self, start: int, stop: int) -> Iterable[Any]:
        values = self.values[start:stop]
        if hasattr(values, "to_pylist"):
            values = values.to_pylist()
        elif hasattr(values, "tolist") and not isinstance(values, list):
            values = values.tolist()
        return map(_NO_TEXT.get, values, values) if self.blank_none else values


@dataclass
class RowInsert:
    """Columns of the transactions table, each bound per row or written in as one value."""

    count: int
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    bound: list[_Bound] = field(default_factory=list)

    def __len__(self) -> int:
        return self.count

    def columns(self) -> list[str]:
        return list(self.names)

    def each(self, name: str, values: Sequence[Any], blank_none: bool = False) -> None:
        """Values bound row by row."""
        self.names.append(name)
        self.places.append("?")
        self.bound.append(_Bound(values, blank_none))

    def coded(self, name: str, codes: Sequence[int], values: Sequence[int | str]) -> None:
        """Each row's values[code]: a kind's name, a text's database id."""
        column = np.asarray(codes)
        if len(column) and column.min() == column.max():
            self.fixed(name, values[int(column[0])])
        else:  # looked up once here, at C speed; made Python objects a batch at a time
            self.each(name, np.asarray(values, dtype=object)[column])

    def fixed(self, name: str, value: int | str | None) -> None:
        """A value the same on every row, written into the statement."""
        self.names.append(name)
        self.places.append("NULL" if value is None else
                           f"'{value}'" if isinstance(value, str) else str(int(value)))

    def integers(self, name: str, values: Sequence[int], nullable: bool = False,
                 none: int = NONE) -> None:
        """Integers (`none` for an empty cell where `nullable`), fixed when all are equal."""
        column = np.asarray(values, dtype=np.int64)
        if len(column) and column.min() == column.max():
            value = int(column[0])
            self.fixed(name, None if nullable and value == none else value)
            return
        self.each(name, values)
        if nullable:
            self.places[-1] = f"NULLIF(?, {none})"

    def strings(self, name: str, values: Any) -> None:
        """An Arrow array of strings, '' for an empty cell (stored as NULL)."""
        import pyarrow.compute as pc

        if len(values) and values[0].as_py() == "" and pc.all(pc.equal(values, "")).as_py():
            self.fixed(name, None)  # a statement with no reference column
            return
        self.each(name, values)
        self.places[-1] = "NULLIF(?, '')"

    def texts(self, name: str, values: Sequence[str | None]) -> None:
        """Texts, None for an empty cell."""
        if None in values:
            self.each(name, values, blank_none=True)
            self.places[-1] = "NULLIF(?, '')"
        else:
            self.each(name, values)

    def run(self, conn: sqlite3.Connection, table: str = "transactions", start: int = 0,
            stop: int | None = None) -> None:
        """Insert rows start to stop (all by default) into `table`."""
        stop = self.count if stop is None else stop
        sql = f"INSERT INTO {table} ({', '.join(self.names)}) VALUES ({', '.join(self.places)})"
        for first in range(start, stop, BATCH):
            last = min(stop, first + BATCH)
            conn.executemany(sql, zip(*(b.part(first, last) for b in self.bound), strict=True))
