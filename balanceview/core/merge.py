"""Putting one purse's rows from a file into the database: only the new ones, chained."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from balanceview.core.chain import Chain, add_breaks, chain_before, rechain
from balanceview.core.dates import posted_to_iso
from balanceview.core.money import format_fen
from balanceview.core.rows import ParsedRow
from balanceview.core.statement import PurseRows

_INSERT = (
    "INSERT INTO transactions (id, account_id, batch_id, source_line, posted, time_known, "
    "amount_fen, stated_balance_fen, running_fen, kind, raw_type_id, description_id, "
    "counterparty_id, reference, total_fen, pooled_fen, cash_fen, twin) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
Key = tuple[int, int, int | None, int, int, int, str, int]


class TextIds:
    """Texts stored once; rows refer to them by id."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.ids: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        found = self.ids.get(text)
        if found is None:
            row = self.conn.execute("SELECT id FROM texts WHERE text = ?", (text,)).fetchone()
            if row is None:
                row = (self.conn.execute("INSERT INTO texts (text) VALUES (?)", (text,)).lastrowid,)
            found = self.ids[text] = int(row[0])
        return found


def merge_rows(conn: sqlite3.Connection, account_id: int, purse: PurseRows, batch_id: int
               ) -> tuple[int, list[tuple[int, str]]]:
    """Insert the rows not already stored; return (rows added, duplicates with reasons)."""
    if not purse.rows:
        _take_opening(conn, account_id, purse, batch_id)
        return 0, []
    text_id = TextIds(conn)
    keyed = list(_keys(purse.rows, text_id))
    existing = _existing(conn, account_id, purse.rows[0].posted, purse.rows[-1].posted)
    fresh = [(row, key) for row, key in keyed if key not in existing]
    duplicates = [(row.line, _why_duplicate(row, existing[key])) for row, key in keyed
                  if key in existing]
    if fresh:
        _insert(conn, account_id, purse, batch_id, fresh)
    return len(fresh), duplicates


def _keys(rows: list[ParsedRow], text_id: TextIds) -> Iterator[tuple[ParsedRow, Key]]:
    """A row's identity; identical rows of one file are told apart by their order (twin)."""
    seen: dict[tuple[object, ...], int] = {}
    for row in rows:
        base = (row.posted, row.amount, row.balance, text_id(row.raw_type),
                text_id(row.description), text_id(row.counterparty), row.reference or None)
        twin = seen.get(base, 0)
        seen[base] = twin + 1
        yield row, (*base, twin)  # type: ignore[misc]


def _existing(conn: sqlite3.Connection, account_id: int, first: int, last: int
              ) -> dict[Key, tuple[int, int]]:
    rows = conn.execute(
        "SELECT posted, amount_fen, stated_balance_fen, raw_type_id, description_id, "
        "counterparty_id, reference, twin, batch_id, source_line FROM transactions "
        "WHERE account_id = ? AND posted BETWEEN ? AND ?", (account_id, first, last))
    return {tuple(r[:8]): (r[8], r[9]) for r in rows}  # type: ignore[misc]


def _why_duplicate(row: ParsedRow, where: tuple[int, int]) -> str:
    batch, line = where
    return (f"already imported (import #{batch}, line {line}): "
            f"{posted_to_iso(row.posted, row.time_known)} {format_fen(row.amount)}")


def _insert(conn: sqlite3.Connection, account_id: int, purse: PurseRows, batch_id: int,
            fresh: list[tuple[ParsedRow, Key]]) -> None:
    first_posted = fresh[0][0].posted
    last_stored = conn.execute(
        "SELECT MAX(posted) FROM transactions WHERE account_id = ?", (account_id,)).fetchone()[0]
    starts_before = _take_opening(conn, account_id, purse, batch_id)
    opening = _opening(conn, account_id)
    appending = last_stored is None or (first_posted >= last_stored and not starts_before)
    chain = chain_before(conn, account_id, first_posted, opening) if appending else Chain(0, None, None)
    next_id = (conn.execute("SELECT MAX(id) FROM transactions").fetchone()[0] or 0) + 1
    breaks: list[tuple[int, int, int, int]] = []
    conn.executemany(_INSERT, _records(account_id, batch_id, fresh, next_id, chain, breaks))
    if appending:
        add_breaks(conn, breaks)
    else:
        rechain(conn, account_id, min(first_posted, _first_posted(conn, account_id)), opening)


def _records(account_id: int, batch_id: int, fresh: list[tuple[ParsedRow, Key]], next_id: int,
             chain: Chain, breaks: list[tuple[int, int, int, int]]) -> Iterator[tuple[object, ...]]:
    for offset, (row, key) in enumerate(fresh):
        row_id = next_id + offset
        previous = chain.last_id
        running, difference = chain.step(row_id, row.amount, row.balance)
        if difference is not None and previous is not None:
            breaks.append((account_id, previous, row_id, difference))
        yield (row_id, account_id, batch_id, row.line, row.posted, row.time_known, row.amount,
               row.balance, running, row.kind, key[3], key[4], key[5], key[6],
               row.total, row.pooled, row.cash, key[7])


def _take_opening(conn: sqlite3.Connection, account_id: int, purse: PurseRows, batch_id: int
                  ) -> bool:
    """Record what this file says the purse held before it. True when the file starts before
    rows already stored, so the whole purse must be chained again."""
    first = purse.rows[0].posted if purse.rows else None
    conn.execute("INSERT INTO batch_openings (batch_id, account_id, opening_fen, first_posted) "
                 "VALUES (?, ?, ?, ?)", (batch_id, account_id, purse.opening, first))
    before = conn.execute("SELECT opening_posted FROM accounts WHERE id = ?",
                          (account_id,)).fetchone()[0]
    refresh_opening(conn, account_id)
    return before is not None and first is not None and first < before


def refresh_opening(conn: sqlite3.Connection, account_id: int) -> None:
    """The earliest file of a purse gives its opening balance."""
    earliest = conn.execute(
        "SELECT opening_fen, first_posted FROM batch_openings WHERE account_id = ? "
        "AND first_posted IS NOT NULL ORDER BY first_posted, batch_id LIMIT 1",
        (account_id,)).fetchone()
    conn.execute("UPDATE accounts SET opening_fen = ?, opening_posted = ? WHERE id = ?",
                 (*(earliest or (None, None)), account_id))


def _opening(conn: sqlite3.Connection, account_id: int) -> int | None:
    value = conn.execute("SELECT opening_fen FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return None if value is None else value[0]


def _first_posted(conn: sqlite3.Connection, account_id: int) -> int:
    value = conn.execute("SELECT MIN(posted) FROM transactions WHERE account_id = ?",
                         (account_id,)).fetchone()[0]
    return int(value or 0)
