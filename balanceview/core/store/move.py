"""Putting an import right that went to the wrong purse: its rows move to the other purse of
the same card, in one transaction, with both purses chained again."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from balanceview.core.errors import UserError
from balanceview.core.kinds import classify
from balanceview.core.store import kind_days
from balanceview.core.store.backups import backup_before
from balanceview.core.store.cards import ensure_account
from balanceview.core.store.chain import rechain
from balanceview.core.store.database import Store
from balanceview.core.store.merge import refresh_opening
from balanceview.core.store.undo import drop_empty

# A row's identity in a purse, as merge.py keys it: the same row is never stored twice.
_IDENTITY = ("posted", "amount_fen", "stated_balance_fen", "raw_type_id", "description_id",
             "counterparty_id", "reference", "twin")


@dataclass(frozen=True)
class Moved:
    batch_id: int
    purse: str  # where the rows are now
    rows: int  # rows moved
    duplicates: int  # rows the other purse held already: dropped, not doubled


def move_batch(store: Store, batch_id: int, purse: str) -> Moved:
    """Move one import to `purse` ('medical' or 'bank') of the same card (a backup taken
    first)."""
    if store.conn.execute("SELECT 1 FROM batches WHERE id = ?", (batch_id,)).fetchone():
        backup_before(store, "move")
    with store.writing() as conn:
        source = _single_purse(conn, batch_id)
        card_id, kind = conn.execute("SELECT card_id, kind FROM accounts WHERE id = ?",
                                     (source,)).fetchone()
        if kind == purse:
            raise UserError(f"import #{batch_id} is in the {purse} purse already")
        target = ensure_account(conn, card_id, purse)
        conn.executemany("DELETE FROM balance_breaks WHERE account_id = ?",
                         [(source,), (target,)])
        doubled = _drop_rows_held_already(conn, batch_id, source, target)
        moved = conn.execute("UPDATE transactions SET account_id = ? WHERE batch_id = ?",
                             (target, batch_id)).rowcount
        conn.execute("UPDATE batch_openings SET account_id = ? WHERE batch_id = ?",
                     (target, batch_id))
        _classify_again(conn, batch_id, purse)
        _sum_again(conn, batch_id)
        for account_id in (source, target):
            refresh_opening(conn, account_id)
            opening = conn.execute("SELECT opening_fen FROM accounts WHERE id = ?",
                                   (account_id,)).fetchone()[0]
            rechain(conn, account_id, 0, opening)
        drop_empty(conn)
    return Moved(batch_id, purse, moved, doubled)


def _single_purse(conn: sqlite3.Connection, batch_id: int) -> int:
    if conn.execute("SELECT 1 FROM batches WHERE id = ?", (batch_id,)).fetchone() is None:
        raise UserError(f"there is no import #{batch_id} (see `balanceview imports`)")
    accounts = [a for (a,) in conn.execute(
        "SELECT DISTINCT account_id FROM batch_openings WHERE batch_id = ?", (batch_id,))]
    if len(accounts) != 1:
        raise UserError(
            f"import #{batch_id} filled both purses from its account-type column; undo it "
            "and import the file again with --account medical or --account bank")
    return int(accounts[0])


def _drop_rows_held_already(conn: sqlite3.Connection, batch_id: int, source: int,
                            target: int) -> int:
    """Rows the target purse holds already (the same file imported there before)."""
    same = " AND ".join(f"held.{c} IS transactions.{c}" for c in _IDENTITY)
    dropped = conn.execute(
        "DELETE FROM transactions WHERE batch_id = ? AND EXISTS (SELECT 1 FROM transactions "
        f"held WHERE held.account_id = ? AND {same})", (batch_id, target)).rowcount
    if dropped:
        conn.execute("UPDATE batches SET rows_new = rows_new - ?, "
                     "rows_duplicate = rows_duplicate + ? WHERE id = ?",
                     (dropped, dropped, batch_id))
    return int(dropped)


def _classify_again(conn: sqlite3.Connection, batch_id: int, purse: str) -> None:
    """A row's kind depends on its purse (药店购药 is a pharmacy payment from the medical
    account, ordinary spending from the bank purse)."""
    combinations = conn.execute(
        "SELECT DISTINCT raw_type_id, description_id, counterparty_id, amount_fen > 0, "
        "COALESCE(raw_type, '') || ' ' || COALESCE(description, '') || ' ' || "
        "COALESCE(counterparty, '') FROM transactions_readable WHERE batch_id = ?",
        (batch_id,)).fetchall()
    conn.executemany(
        "UPDATE transactions SET kind = ? WHERE batch_id = ? AND raw_type_id IS ? AND "
        "description_id IS ? AND counterparty_id IS ? AND (amount_fen > 0) = ?",
        [(classify(purse, bool(credit), text), batch_id, raw, description, counterparty,
          credit) for raw, description, counterparty, credit, text in combinations])


def _sum_again(conn: sqlite3.Connection, batch_id: int) -> None:
    """The batch's sums per kind and day, worked out again from its rows as they now are."""
    kind_days.forget(conn, batch_id)
    conn.execute(kind_days.FROM_TRANSACTIONS.replace(
        "FROM transactions GROUP BY", f"FROM transactions WHERE batch_id = {int(batch_id)} "
        "GROUP BY"))
