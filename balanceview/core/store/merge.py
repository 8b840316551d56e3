"""Putting one purse's rows from a file into the database: only the new ones, chained."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import compress
from operator import eq
from typing import Any

import numpy as np
import pyarrow as pa

from balanceview.core.dates import posted_to_iso
from balanceview.core.kinds import KINDS
from balanceview.core.messages import Message
from balanceview.core.money import format_fen
from balanceview.core.second_core import meanwhile
from balanceview.core.statements.columns import NONE, PurseColumns
from balanceview.core.store import kind_days, overlap
from balanceview.core.store.chain import Chain, add_breaks, chain_at_end, rechain
from balanceview.core.store.insert import RowInsert

Key = tuple[object, ...]


def store_texts(conn: sqlite3.Connection, texts: list[str]) -> list[int]:
    """Database ids for a file's texts, adding the new ones; in the file's numbering."""
    conn.executemany("INSERT OR IGNORE INTO texts (text) VALUES (?)", ((t,) for t in texts))
    ids: dict[str, int] = {}
    for start in range(0, len(texts), 500):
        part = texts[start:start + 500]
        marks = ",".join("?" * len(part))
        ids.update(conn.execute(f"SELECT text, id FROM texts WHERE text IN ({marks})", part))
    return [ids[t] for t in texts]


@dataclass
class Inserted:
    """Rows went in: once the indexes are back, the opening and running balances follow
    (follow_first_row). `reordered`: the earliest time whose rows changed order, if any."""

    account_id: int
    reordered: int | None


def merge_rows(conn: sqlite3.Connection, account_id: int, purse: PurseColumns, batch_id: int,
               text_ids: list[int], new_account: bool = False
               ) -> tuple[int, list[tuple[int, str]], Inserted | None]:
    """Insert the rows not already stored; return (rows added, duplicates with reasons, what
    follow_first_row needs). Each reason is a Message: English as a str, Chinese with
    .text('zh')."""
    starts_before = _take_opening(conn, account_id, purse, batch_id)
    if not len(purse):
        return 0, [], None
    # A purse made by this import holds nothing yet: no need to look (without the indexes,
    # looking reads the rows of the file's other purse)
    stored = {} if new_account else _stored(conn, account_id, purse.posted[0], purse.posted[-1])
    if not stored:  # nothing stored at these times: every row is new, only twins to count
        twins = [0] * len(purse)
        for index, key in _keys(purse, text_ids, _sharing_a_time(purse.posted)):
            twins[index] = key[-1]  # type: ignore[assignment]
        _insert(conn, account_id, purse, batch_id, text_ids, list(range(len(purse))), twins,
                starts_before)
        return len(purse), [], Inserted(account_id, None)
    earlier = purse.posted[0] < _first_posted(conn, account_id)
    fresh, duplicates, touched = _sorted_out(purse, text_ids, stored, earlier)
    if not fresh:
        return 0, duplicates, None
    before = any(touched.values())
    _insert(conn, account_id, purse, batch_id, text_ids, fresh, [0] * len(fresh),
            starts_before or before)
    _put_times_in_order(conn, account_id, touched, batch_id)
    return len(fresh), duplicates, Inserted(account_id, min(touched) if before else None)


def follow_first_row(conn: sqlite3.Connection, inserted: Inserted) -> None:
    """The opening is that of the file holding the purse's first row, which may now be this
    file's; where it changed, or rows changed order, running balances follow. After the
    indexes are built again: finding the first row without them reads the whole table."""
    account_id, reordered = inserted.account_id, inserted.reordered
    opening = _opening(conn, account_id)
    refresh_opening(conn, account_id)
    now = _opening(conn, account_id)
    if now != opening:
        rechain(conn, account_id, 0, now)
    elif reordered is not None:
        rechain(conn, account_id, reordered, now)


Stored = dict[int, list[tuple[int, Key, int, int]]]  # posted -> (id, key, batch, line)


def _sorted_out(purse: PurseColumns, text_ids: list[int], stored: Stored, earlier: bool
                ) -> tuple[list[int], list[tuple[int, str]], dict[int, int]]:
    """(new rows, duplicates with reasons, for each time that had stored rows and gets new
    ones: how many of them go before the stored ones)."""
    fresh: list[int] = []
    duplicates: list[tuple[int, str]] = []
    touched: dict[int, int] = {}
    for posted, indices in _times(purse):
        held = stored.get(posted)
        if not held:
            fresh.extend(indices)
            continue
        keys = [_key(purse, text_ids, i) for i in indices]
        stored_keys = [key for _, key, _, _ in held]
        lined = overlap.line_up(stored_keys, keys, _leads_into(keys, stored_keys, earlier))
        for number, index in enumerate(indices):
            place = lined.place(number)
            if place == 0:
                _, _, batch, line = held[lined.stored_row(number)]
                duplicates.append((purse.line[index], _why_duplicate(purse, index, (batch, line))))
                continue
            fresh.append(index)
            touched[posted] = touched.get(posted, 0) + (place < 0)
    return fresh, duplicates, touched


def _leads_into(incoming: list[Key], stored: list[Key], earlier: bool) -> bool:
    """Whether rows of one time that share none with the stored ones come before them: the
    balances say so where they chain (the incoming rows end on the balance the stored ones
    start from), else the statement's start."""
    def before(key: Key) -> int | None:  # the balance before a row: stated less amount
        return None if key[1] is None else key[1] - key[0]

    leads = incoming[-1][1] is not None and incoming[-1][1] == before(stored[0])
    follows = stored[-1][1] is not None and stored[-1][1] == before(incoming[0])
    return leads if leads != follows else earlier


def _times(purse: PurseColumns) -> Iterator[tuple[int, list[int]]]:
    """The rows of each time, in the bank's order (rows are in time order)."""
    posted = purse.posted
    start = 0
    for index in range(1, len(purse) + 1):
        if index == len(purse) or posted[index] != posted[start]:
            yield posted[start], list(range(start, index))
            start = index


def _key(purse: PurseColumns, text_ids: list[int], index: int) -> Key:
    stated = purse.balance[index]
    return (purse.amount[index], None if stated == NONE else stated,
            text_ids[purse.raw_type[index]], text_ids[purse.description[index]],
            text_ids[purse.counterparty[index]], purse.reference_at(index))


def _stored(conn: sqlite3.Connection, account_id: int, first: int, last: int) -> Stored:
    rows = conn.execute(
        "SELECT posted, id, amount_fen, stated_balance_fen, raw_type_id, description_id, "
        "counterparty_id, reference, batch_id, source_line FROM transactions "
        "WHERE account_id = ? AND posted BETWEEN ? AND ? ORDER BY posted, id",
        (account_id, first, last))
    found: Stored = {}
    for posted, row_id, *key, batch, line in rows:
        found.setdefault(posted, []).append((row_id, tuple(key), batch, line))
    return found


_ROW_KEY = ("amount_fen, stated_balance_fen, raw_type_id, description_id, counterparty_id, "
            "reference")


def _put_times_in_order(conn: sqlite3.Connection, account_id: int, touched: dict[int, int],
                        batch_id: int) -> None:
    """Rows are in (time, id) order. Where new rows go before the stored ones of their
    time, the stored rows and the new rows after them take ids after all others. Then the
    identical rows of each time are numbered (twin) in that order."""
    for posted, before in sorted(touched.items()):
        rows = conn.execute("SELECT id, batch_id FROM transactions WHERE account_id = ? AND "
                            "posted = ? ORDER BY id", (account_id, posted)).fetchall()
        if before:
            old = [row_id for row_id, batch in rows if batch != batch_id]
            new = [row_id for row_id, batch in rows if batch == batch_id]
            top = conn.execute("SELECT MAX(id) FROM transactions").fetchone()[0]
            # Breaks name rows by id: those of this time are found again by rechain.
            conn.executemany("DELETE FROM balance_breaks WHERE before_id = ? OR after_id = ?",
                             [(row_id, row_id) for row_id, _ in rows])
            conn.executemany("UPDATE transactions SET id = ? WHERE id = ?",
                             [(top + n, row_id) for n, row_id in
                              enumerate(old + new[before:], start=1)])
        _number_twins(conn, account_id, posted)


def _number_twins(conn: sqlite3.Connection, account_id: int, posted: int) -> None:
    seen: dict[tuple[object, ...], int] = {}
    twins = []
    for row_id, *key in conn.execute(f"SELECT id, {_ROW_KEY} FROM transactions WHERE "
                                     "account_id = ? AND posted = ? ORDER BY id",
                                     (account_id, posted)):
        twin = seen.get(tuple(key), 0)
        seen[tuple(key)] = twin + 1
        twins.append((twin, row_id))
    conn.executemany("UPDATE transactions SET twin = ? WHERE id = ?", twins)


def _sharing_a_time(posted: Sequence[int]) -> list[int]:
    """Rows whose time a neighbour shares: the only ones that can be twins (rows are in time
    order). Found at C speed; most statements have a few among a million."""
    same = compress(range(1, len(posted)), map(eq, posted[1:], posted[:-1]))  # type: ignore[index]
    return sorted({j for i in same for j in (i - 1, i)})


def _keys(purse: PurseColumns, text_ids: list[int], indices: Iterable[int]
          ) -> Iterator[tuple[int, Key]]:
    """A row's identity; identical rows of one file are told apart by their order (twin).
    Twins can only share a time, so only the rows of one time are remembered: a run of
    rows ends where the time changes or the rows given skip some."""
    seen: dict[Key, int] = {}
    current, previous = None, -2
    posted, amount, balance = purse.posted, purse.amount, purse.balance
    raw_type, description, counterparty = purse.raw_type, purse.description, purse.counterparty
    for index in indices:
        if posted[index] != current or index != previous + 1:
            current, seen = posted[index], {}
        previous = index
        stated = balance[index]
        base = (posted[index], amount[index], None if stated == NONE else stated,
                text_ids[raw_type[index]], text_ids[description[index]],
                text_ids[counterparty[index]], purse.reference_at(index))
        twin = seen.get(base, 0)
        seen[base] = twin + 1
        yield index, (*base, twin)


def _why_duplicate(purse: PurseColumns, index: int, where: tuple[int, int]) -> Message:
    batch, line = where
    return Message("duplicate", batch=batch, line=line,
                   date=posted_to_iso(purse.posted[index], bool(purse.time_known[index])),
                   amount=format_fen(purse.amount[index]))


def _insert(conn: sqlite3.Connection, account_id: int, purse: PurseColumns, batch_id: int,
            text_ids: list[int], index: list[int], twins: list[int], starts_before: bool
            ) -> None:
    first_posted = purse.posted[index[0]]
    last_stored = conn.execute(
        "SELECT MAX(posted) FROM transactions WHERE account_id = ?", (account_id,)).fetchone()[0]
    opening = _opening(conn, account_id)
    appending = last_stored is None or (first_posted >= last_stored and not starts_before)
    chain = chain_at_end(conn, account_id, opening) if appending else Chain(0, None, None)
    stored = conn.execute("SELECT MAX(id) FROM transactions").fetchone()[0] or 0
    next_id = stored + 1
    pick = _picker(index, len(purse))
    amounts, stated = pick(purse.amount), pick(purse.balance)
    running, steps = chain.walk(next_id, amounts, stated)
    p, row = purse, RowInsert(len(index))
    # No id is bound: SQLite numbers the rows from next_id on, as walk() numbered them.
    row.fixed("account_id", account_id)
    row.fixed("batch_id", batch_id)
    row.integers("source_line", pick(p.line))
    row.integers("source_page", pick(p.page), nullable=True, none=0)
    row.integers("posted", pick(p.posted))
    row.integers("time_known", pick(p.time_known))
    row.integers("amount_fen", amounts)
    row.integers("stated_balance_fen", stated, nullable=True)
    if _same(running, stated):
        row.same_as("running_fen", "stated_balance_fen")  # a statement that chains: bound once
    else:
        row.integers("running_fen", running)
    row.coded("kind", pick(p.kind), KINDS)
    row.coded("raw_type_id", pick(p.raw_type), text_ids)
    row.coded("description_id", pick(p.description), text_ids)
    row.coded("counterparty_id", pick(p.counterparty), text_ids)
    row.strings("reference", p.reference if len(index) == len(p) else
                p.reference.take(pa.array(index, pa.int64())))
    row.integers("total_fen", pick(p.total), nullable=True)
    row.integers("pooled_fen", pick(p.pooled), nullable=True)
    row.integers("cash_fen", pick(p.cash), nullable=True)
    row.integers("twin", twins)
    # numpy sums the rows per kind and day on the second core while SQLite writes them
    day_sums = meanwhile(kind_days.sums, pick(p.kind), pick(p.posted), amounts, pick(p.total),
                         pick(p.pooled))
    row.run(conn)
    kind_days.record(conn, batch_id, account_id, day_sums.result())
    if appending:
        add_breaks(conn, [(account_id, *step) for step in steps])
    else:
        rechain(conn, account_id, min(first_posted, _first_posted(conn, account_id)), opening)


_REBUILD_FROM = 100_000  # rows: below this, keeping the indexes up to date costs little


def _same(running: Any, stated: Sequence[int]) -> bool:
    return bool(np.array_equal(np.asarray(running), np.asarray(stated, dtype=np.int64)))


def _picker(index: list[int], count: int) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """Takes the fresh rows out of a column; all of them (the usual case) without a copy."""
    if len(index) == count:
        return lambda column: column
    return lambda column: list(map(column.__getitem__, index))


@contextmanager
def indexes_rebuilt_after(conn: sqlite3.Connection, new_rows: int) -> Iterator[None]:
    """A bulk insert into a table smaller than itself is faster with the indexes built once
    afterwards, for all the file's purses, than kept up to date row by row. Inside the
    import's transaction, so a failure restores them along with everything else."""
    stored = conn.execute("SELECT MAX(id) FROM transactions").fetchone()[0] or 0
    if new_rows < max(stored, _REBUILD_FROM):
        yield
        return
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = 'transactions' AND sql IS NOT NULL").fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.execute(sql)


def _take_opening(conn: sqlite3.Connection, account_id: int, purse: PurseColumns, batch_id: int
                  ) -> bool:
    """Record what this file says the purse held before it. True when the file starts before
    rows already stored, so the whole purse must be chained again."""
    first = purse.posted[0] if len(purse) else None
    conn.execute("INSERT INTO batch_openings (batch_id, account_id, opening_fen, first_posted, "
                 "opening_stated) VALUES (?, ?, ?, ?, ?)",
                 (batch_id, account_id, purse.opening_balance, first, purse.opening_stated))
    before = conn.execute("SELECT opening_posted FROM accounts WHERE id = ?",
                          (account_id,)).fetchone()[0]
    refresh_opening(conn, account_id)
    return before is not None and first is not None and first < before


def refresh_opening(conn: sqlite3.Connection, account_id: int) -> None:
    """The opening balance is what the file holding the purse's first row says the purse
    held before it (files starting on one day are told apart by the rows' order)."""
    first = conn.execute(
        "SELECT batch_id FROM transactions WHERE account_id = ? ORDER BY posted, id LIMIT 1",
        (account_id,)).fetchone()
    earliest = conn.execute(
        "SELECT opening_fen, first_posted, opening_stated FROM batch_openings WHERE "
        "account_id = ? AND first_posted IS NOT NULL ORDER BY batch_id != ?, first_posted, "
        "batch_id LIMIT 1", (account_id, first[0] if first else -1)).fetchone()
    conn.execute("UPDATE accounts SET opening_fen = ?, opening_posted = ?, opening_stated = ? "
                 "WHERE id = ?", (*(earliest or (None, None, 0)), account_id))


def _opening(conn: sqlite3.Connection, account_id: int) -> int | None:
    value = conn.execute("SELECT opening_fen FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return None if value is None else value[0]


def _first_posted(conn: sqlite3.Connection, account_id: int) -> int:
    value = conn.execute("SELECT MIN(posted) FROM transactions WHERE account_id = ?",
                         (account_id,)).fetchone()[0]
    return int(value or 0)
