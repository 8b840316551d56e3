"""Each purse's rows summed per kind and day, kept as imports come and go.

Explanations need a purse's totals by kind up to a date. Summing a million rows at each
explanation is slow, and an index that answers it costs an import as much as a third of its
time to build; these sums are a few thousand rows, worked out with numpy from the columns
being inserted, and removed with their import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import numpy as np

from balanceview.core.kinds import KINDS
from balanceview.core.statements.columns import NONE

COLUMNS = ("batch_id, account_id, kind, day, settled, rows, credit_rows, debit_rows, "
           "credits_fen, debits_fen, total_fen, pooled_rows, pooled_fen, top_pooled_fen")
# The same sums over rows already stored: for a database made before this table existed.
FROM_TRANSACTIONS = (
    f"INSERT INTO kind_days ({COLUMNS}) SELECT batch_id, account_id, kind, posted / 1000000, "
    "COALESCE(total_fen, pooled_fen) IS NOT NULL, COUNT(*), SUM(amount_fen > 0), "
    "SUM(amount_fen < 0), SUM(MAX(amount_fen, 0)), -SUM(MIN(amount_fen, 0)), SUM(total_fen), "
    "TOTAL(pooled_fen > 0), TOTAL(MAX(COALESCE(pooled_fen, 0), 0)), MAX(pooled_fen) "
    "FROM transactions GROUP BY 1, 2, 3, 4, 5")


def sums(kinds: Sequence[int], posted: Sequence[int], amounts: Sequence[int],
         totals: Sequence[int], pooled: Sequence[int]) -> list[tuple]:
    """The sums per kind and day of rows about to be inserted (kinds as codes; NONE for an
    empty cell), as rows of kind_days after its batch and account."""
    if not len(kinds):
        return []
    kind, amount = np.asarray(kinds, np.int64), np.asarray(amounts, np.int64)
    total, pool = np.asarray(totals, np.int64), np.asarray(pooled, np.int64)
    day = np.asarray(posted, np.int64) // 1_000_000
    settled = (total != NONE) | (pool != NONE)
    key = (day * len(KINDS) + kind) * 2 + settled
    order = np.argsort(key, kind="stable")
    key = key[order]
    starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))

    def add(values: np.ndarray) -> list[int]:
        return np.add.reduceat(values[order], starts).tolist()  # type: ignore[no-any-return]

    has_total, has_pool = total != NONE, pool != NONE
    counts = np.diff(np.append(starts, len(key)))
    top = np.maximum.reduceat(np.where(has_pool, pool, NONE)[order], starts).tolist()
    return list(zip(
        [KINDS[k] for k in (key[starts] // 2 % len(KINDS)).tolist()],
        (key[starts] // 2 // len(KINDS)).tolist(), (key[starts] % 2).tolist(), counts.tolist(),
        add((amount > 0).astype(np.int64)), add((amount < 0).astype(np.int64)),
        add(np.maximum(amount, 0)), add(-np.minimum(amount, 0)),
        [t if n else None for t, n in zip(add(np.where(has_total, total, 0)),
                                          add(has_total.astype(np.int64)), strict=True)],
        add(((pool > 0) & has_pool).astype(np.int64)),
        add(np.where(has_pool, np.maximum(pool, 0), 0)),
        [None if t == NONE else t for t in top], strict=True))


def record(conn: sqlite3.Connection, batch_id: int, account_id: int, rows: list[tuple]) -> None:
    """Add the sums (from sums()) of rows just inserted."""
    conn.executemany(f"INSERT INTO kind_days ({COLUMNS}) VALUES ({batch_id}, {account_id}, "
                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def forget(conn: sqlite3.Connection, batch_id: int) -> None:
    conn.execute("DELETE FROM kind_days WHERE batch_id = ?", (batch_id,))
