"""Bounded reads of the rows a reason rests on: never more than a page of them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date

from balanceview.core.dates import posted_to_date
from balanceview.core.explain.model import EvidenceRow
from balanceview.core.explain.people import place_of

# Enough rows to check a claim by eye; counts and totals always come from SQL aggregates.
EVIDENCE_LIMIT = 20

_SELECT = (
    "SELECT t.id, t.posted, t.amount_fen, COALESCE(rt.text, ''), COALESCE(d.text, ''), "
    "COALESCE(c.text, ''), t.kind FROM transactions t "
    "LEFT JOIN texts rt ON rt.id = t.raw_type_id "
    "LEFT JOIN texts d ON d.id = t.description_id "
    "LEFT JOIN texts c ON c.id = t.counterparty_id "
)


def latest(conn: sqlite3.Connection, where: str, params: Sequence[object],
           limit: int = EVIDENCE_LIMIT) -> tuple[EvidenceRow, ...]:
    """The newest `limit` rows matching `where` (on alias t), returned oldest first."""
    rows = conn.execute(f"{_SELECT} WHERE {where} ORDER BY t.posted DESC, t.id DESC LIMIT ?",
                        (*params, limit)).fetchall()
    return tuple(_row(r) for r in reversed(rows))


def by_ids(conn: sqlite3.Connection, ids: Sequence[int]) -> tuple[EvidenceRow, ...]:
    """Rows by id, oldest first; `ids` is already bounded by the caller."""
    if not ids:
        return ()
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(f"{_SELECT} WHERE t.id IN ({marks}) ORDER BY t.posted, t.id",
                        tuple(ids)).fetchall()
    return tuple(_row(r) for r in rows)


def one(conn: sqlite3.Connection, row_id: int) -> EvidenceRow:
    return by_ids(conn, [row_id])[0]


def day_of(posted: int) -> date:
    return posted_to_date(int(posted))


def _row(r: tuple[int, int, int, str, str, str, str]) -> EvidenceRow:
    row_id, posted, amount, raw_type, note, counterparty, kind = r
    parts: list[str] = []
    for text in (raw_type, note, counterparty):
        if text and text not in parts:
            parts.append(text)
    return EvidenceRow(row_id, posted, amount, " ".join(parts), kind,
                       place_of(raw_type, counterparty), raw_type, note, counterparty)
