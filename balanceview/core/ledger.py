"""Reading the database back: balances of every purse, history, import batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

PURSES = ("medical", "bank")


@dataclass(frozen=True)
class CardInfo:
    id: int
    number: str | None  # masked
    holder: str | None  # masked
    id_number: str | None  # masked

    @property
    def label(self) -> str:
        return self.number or f"card {self.id}"


@dataclass(frozen=True)
class PurseBalance:
    card: CardInfo
    kind: str
    balance_fen: int | None  # None: nothing is known
    source: str | None  # 'statement', 'computed', or None
    transactions: int
    last_posted: int | None
    insurance: str | None
    account_id: int | None


@dataclass(frozen=True)
class HistoryRow:
    id: int
    card: str
    kind: str
    posted: int
    time_known: bool
    amount_fen: int
    running_fen: int
    stated_balance_fen: int | None
    tx_kind: str
    raw_type: str
    description: str
    counterparty: str
    reference: str | None
    file_name: str
    source_line: int


def list_cards(conn: sqlite3.Connection) -> list[CardInfo]:
    rows = conn.execute(
        "SELECT cards.id, number_masked, name_masked, id_number_masked FROM cards "
        "JOIN holders ON holders.id = cards.holder_id ORDER BY cards.id")
    return [CardInfo(*row) for row in rows]


def purse_balances(conn: sqlite3.Connection) -> list[PurseBalance]:
    """Both purses of every card, imported or not: the point is to keep them apart."""
    result = []
    for card in list_cards(conn):
        for kind in PURSES:
            result.append(purse_balance(conn, card, kind))
    return result


def purse_balance(conn: sqlite3.Connection, card: CardInfo, kind: str) -> PurseBalance:
    account = conn.execute(
        "SELECT id, opening_fen, insurance FROM accounts WHERE card_id = ? AND kind = ?",
        (card.id, kind)).fetchone()
    if account is None:
        return PurseBalance(card, kind, None, None, 0, None, None, None)
    account_id, opening, insurance = account
    count = conn.execute("SELECT COUNT(*) FROM transactions WHERE account_id = ?",
                         (account_id,)).fetchone()[0]
    last = conn.execute(
        "SELECT stated_balance_fen, running_fen, posted FROM transactions WHERE account_id = ? "
        "ORDER BY posted DESC, id DESC LIMIT 1", (account_id,)).fetchone()
    balance, source, posted = _closing(last, opening, insurance, kind)
    return PurseBalance(card, kind, balance, source, count, posted, insurance, account_id)


def _closing(last: tuple[int | None, int, int] | None, opening: int | None,
             insurance: str | None, kind: str) -> tuple[int | None, str | None, int | None]:
    if last is None:
        if opening is not None:
            return opening, "statement", None
        if kind == "medical" and insurance == "resident":
            return 0, "computed", None  # resident insurance has no personal account: always 0
        return None, None, None
    stated, running, posted = last
    if stated is not None:
        return stated, "statement", posted
    return running, "computed", posted


def history(conn: sqlite3.Connection, card_id: int | None = None, kind: str | None = None
            ) -> Iterator[HistoryRow]:
    """Rows oldest first, with the running balance."""
    where, params = [], []
    if card_id is not None:
        where.append("a.card_id = ?")
        params.append(card_id)
    if kind is not None:
        where.append("a.kind = ?")
        params.append(kind)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(
        "SELECT t.id, COALESCE(c.number_masked, 'card ' || c.id), a.kind, t.posted, "
        "t.time_known, t.amount_fen, t.running_fen, t.stated_balance_fen, t.kind, "
        "COALESCE(t.raw_type, ''), COALESCE(t.description, ''), COALESCE(t.counterparty, ''), "
        "t.reference, b.file_name, t.source_line "
        "FROM transactions_readable t JOIN accounts a ON a.id = t.account_id "
        "JOIN cards c ON c.id = a.card_id JOIN batches b ON b.id = t.batch_id "
        f"{clause} ORDER BY a.card_id, a.kind DESC, t.posted, t.id", params)
    for row in rows:
        yield HistoryRow(*row)


@dataclass(frozen=True)
class Batch:
    id: int
    file_name: str
    sha256: str
    imported_at: str
    encoding: str
    rows_read: int
    rows_new: int
    rows_duplicate: int
    rows_bad: int


def batches(conn: sqlite3.Connection) -> list[Batch]:
    rows = conn.execute(
        "SELECT id, file_name, sha256, imported_at, encoding, rows_read, rows_new, "
        "rows_duplicate, rows_bad FROM batches ORDER BY id")
    return [Batch(*row) for row in rows]


def breaks(conn: sqlite3.Connection, account_id: int) -> list[tuple[int, int, int]]:
    """(before id, after id, difference in fen) where the statement's balance does not chain."""
    rows = conn.execute("SELECT before_id, after_id, difference_fen FROM balance_breaks "
                        "WHERE account_id = ? ORDER BY after_id", (account_id,))
    return [tuple(r) for r in rows]  # type: ignore[misc]
