"""The running balance and where a statement's own balance column stops chaining."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from balanceview.core.errors import UserError
from balanceview.core.statements.columns import NONE


@dataclass
class Chain:
    """Walks one purse's rows oldest first, carrying the running and the stated balance."""

    running: int
    stated: int | None
    last_id: int | None

    def step(self, row_id: int, amount: int, stated: int | None) -> tuple[int, int | None]:
        """The running balance after this row, and the unexplained difference if the
        statement's balance breaks here (stated after - (stated before + amount))."""
        self.running += amount
        expected = None if self.stated is None else self.stated + amount
        difference = None
        if stated is not None and expected is not None and stated != expected:
            difference = stated - expected
        self.stated = stated if stated is not None else expected
        self.last_id = row_id
        return self.running, difference

    def walk(self, first_id: int, amounts: Sequence[int], stated: Sequence[int]
             ) -> tuple[np.ndarray, list[tuple[int, int, int]]]:
        """step() over rows numbered first_id, first_id + 1, ...: their running balances and
        the breaks (before id, after id, difference). Stated balances the statement left
        empty are NONE. Worked out over whole columns: a million-row import walks it once.

        Where a row states its balance, the statement's balance less our running balance is
        an offset; a row without one carries the last offset on. A row breaks the chain
        where its offset differs from the one carried to it."""
        count = len(amounts)
        if not count:
            return np.zeros(0, dtype=np.int64), []
        _refuse_overflow(amounts, self.running)
        running = np.cumsum(np.asarray(amounts, dtype=np.int64)) + self.running
        after = np.asarray(stated, dtype=np.int64)
        present = after != NONE
        offsets = np.where(present, after - running, 0)
        # The offset carried to each row: that of the last row before it with a balance.
        last = np.maximum.accumulate(np.where(present, np.arange(count), -1))
        before = np.concatenate(([-1], last[:-1]))
        start = None if self.stated is None else self.stated - self.running
        carried = offsets[np.maximum(before, 0)]
        known = before >= 0
        if start is not None:
            carried = np.where(known, carried, start)
            known[:] = True
        breaks = np.flatnonzero(present & known & (offsets != carried))
        ids = np.arange(first_id - 1, first_id + count - 1)
        if self.last_id is None:
            breaks = breaks[breaks > 0]
        else:
            ids[0] = self.last_id
        found = list(zip(ids[breaks].tolist(), (breaks + first_id).tolist(),
                         (offsets - carried)[breaks].tolist(), strict=True))
        final = offsets[last[-1]] if last[-1] >= 0 else start
        self.running = int(running[-1])
        self.stated = None if final is None else int(final + running[-1])
        self.last_id = first_id + count - 1
        return running, found


def _refuse_overflow(amounts: Sequence[int], start: int) -> None:
    """Sums that would leave 64 bits are refused (each amount is far inside them, but a
    fuzzed file may hold a million of the largest)."""
    largest = int(np.abs(np.asarray(amounts, dtype=np.int64)).max())
    if (largest + abs(start)) * len(amounts) < 2**62:
        return
    if abs(start) + sum(abs(int(a)) for a in amounts) >= 2**62:
        raise UserError("the amounts add up to more than any balance can be; "
                        "this does not look like a statement")


def chain_at_end(conn: sqlite3.Connection, account_id: int, opening: int | None) -> Chain:
    """The chain's state after the purse's last row, where appended rows continue it."""
    return chain_before(conn, account_id, 99_999_999_999_999, opening)


def chain_before(conn: sqlite3.Connection, account_id: int, posted: int, opening: int | None
                 ) -> Chain:
    """The chain's state just before the first row at or after `posted`."""
    row = conn.execute(
        "SELECT id, running_fen, stated_balance_fen FROM transactions "
        "WHERE account_id = ? AND posted < ? ORDER BY posted DESC, id DESC LIMIT 1",
        (account_id, posted)).fetchone()
    if row is None:
        return Chain(opening or 0, opening, None)
    row_id, running, stated = row
    return Chain(running, stated if stated is not None else running, row_id)


def rechain(conn: sqlite3.Connection, account_id: int, posted: int, opening: int | None) -> None:
    """Recompute running balances and breaks from `posted` on, after rows were put in between."""
    chain = chain_before(conn, account_id, posted, opening)
    rows = conn.execute(
        "SELECT id, amount_fen, stated_balance_fen, running_fen FROM transactions "
        "WHERE account_id = ? AND posted >= ? ORDER BY posted, id", (account_id, posted)).fetchall()
    changed, breaks = [], []
    previous = chain.last_id
    for row_id, amount, stated, old_running in rows:
        running, difference = chain.step(row_id, amount, stated)
        if running != old_running:
            changed.append((running, row_id))
        if difference is not None and previous is not None:
            breaks.append((account_id, previous, row_id, difference))
        previous = row_id
    conn.executemany("UPDATE transactions SET running_fen = ? WHERE id = ?", changed)
    ids = [r[0] for r in rows]
    conn.execute(
        "DELETE FROM balance_breaks WHERE account_id = ? AND after_id IN "
        "(SELECT id FROM transactions WHERE account_id = ? AND posted >= ?)",
        (account_id, account_id, posted))
    if ids:
        add_breaks(conn, breaks)


def add_breaks(conn: sqlite3.Connection, breaks: list[tuple[int, int, int, int]]) -> None:
    conn.executemany(
        "INSERT INTO balance_breaks (account_id, before_id, after_id, difference_fen) "
        "VALUES (?, ?, ?, ?)", breaks)
