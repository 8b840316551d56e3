"""Undoing an import: the batch's rows go, the purses it touched are chained again."""

from __future__ import annotations

import sqlite3

from balanceview.core.errors import UserError
from balanceview.core.store import kind_days
from balanceview.core.store.chain import rechain
from balanceview.core.store.database import Store
from balanceview.core.store.merge import refresh_opening


def undo_batch(store: Store, batch_id: int) -> int:
    """Remove one import as a whole (a backup taken first); returns the rows removed."""
    from balanceview.core.store.backups import backup_before

    if store.conn.execute("SELECT 1 FROM batches WHERE id = ?", (batch_id,)).fetchone():
        backup_before(store, "undo")
    with store.writing() as conn:
        if conn.execute("SELECT 1 FROM batches WHERE id = ?", (batch_id,)).fetchone() is None:
            raise UserError(f"there is no import #{batch_id} (see `balanceview imports`)")
        accounts = [a for (a,) in conn.execute(
            "SELECT account_id FROM batch_openings WHERE batch_id = ? UNION "
            "SELECT DISTINCT account_id FROM transactions WHERE batch_id = ?",
            (batch_id, batch_id))]
        # Breaks point at rows on both sides; they are all found again by rechain below.
        conn.executemany("DELETE FROM balance_breaks WHERE account_id = ?",
                         [(a,) for a in accounts])
        removed = conn.execute("DELETE FROM transactions WHERE batch_id = ?", (batch_id,)).rowcount
        kind_days.forget(conn, batch_id)
        # Foreign keys are not enforced (bulk inserts are faster without): delete by hand.
        for table in ("batch_openings", "batch_notes", "batches"):
            column = "id" if table == "batches" else "batch_id"
            conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (batch_id,))
        for account_id in accounts:
            refresh_opening(conn, account_id)
            opening = conn.execute("SELECT opening_fen FROM accounts WHERE id = ?",
                                   (account_id,)).fetchone()[0]
            rechain(conn, account_id, 0, opening)
        drop_empty(conn)
    return removed


def drop_empty(conn: sqlite3.Connection) -> None:
    """Purses, cards and holders that no import speaks of any more."""
    conn.execute("DELETE FROM accounts WHERE id NOT IN (SELECT account_id FROM batch_openings) "
                 "AND id NOT IN (SELECT account_id FROM transactions)")
    conn.execute("DELETE FROM cards WHERE id NOT IN (SELECT card_id FROM accounts)")
    conn.execute("DELETE FROM holders WHERE id NOT IN (SELECT holder_id FROM cards)")
