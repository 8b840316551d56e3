"""Reading the database back: balances of every purse, history, import batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

PURSES = ("medical", "bank")
_UNNAMED = {"zh": "社保卡 {id}", "en": "Card {id}"}


@dataclass(frozen=True)
class CardInfo:
    id: int
    number: str | None  # masked
    holder: str | None  # masked
    id_number: str | None  # masked
    name: str | None = None  # what the holder chose to call it

    @property
    def label(self) -> str:
        """The masked number: what the command line and scripts name a card by."""
        return self.number or f"card {self.id}"

    def title(self, lang: str = "en") -> str:
        """How a person is shown the card: their name for it, else holder and masked
        number, else a plain name in their language; never a bare database number."""
        if self.name:
            return self.name
        parts = [p for p in (self.holder, self.number) if p]
        return " ".join(parts) if parts else _UNNAMED.get(lang, _UNNAMED["en"]).format(id=self.id)


@dataclass(frozen=True)
class PurseBalance:
    card: CardInfo
    kind: str
    balance_fen: int | None  # None: not known (nothing imported, or no statement states one)
    source: str | None  # 'statement', 'computed' (chained from a stated opening), or None
    transactions: int
    last_posted: int | None
    insurance: str | None
    account_id: int | None
    # What the imported rows add up to (credits less debits); None when there are no rows.
    # Beside an unknown balance it is all that can be said: never show it as the balance.
    net_change_fen: int | None = None

    @property
    def unknown(self) -> bool:
        """Rows were imported, yet no statement says what the purse holds."""
        return self.balance_fen is None and self.transactions > 0


@dataclass(frozen=True)
class Closing:
    """A purse's balance after its last row up to a moment, and where the figure comes from."""

    balance_fen: int | None
    source: str | None
    net_change_fen: int | None
    last_posted: int | None
    last_id: int | None


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
    source_line: int  # in a PDF: the row on its page
    source_page: int | None = None  # a PDF's page


def list_cards(conn: sqlite3.Connection) -> list[CardInfo]:
    rows = conn.execute(
        "SELECT cards.id, number_masked, name_masked, id_number_masked, cards.name FROM cards "
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
        "SELECT id, insurance FROM accounts WHERE card_id = ? AND kind = ?",
        (card.id, kind)).fetchone()
    if account is None:
        return PurseBalance(card, kind, None, None, 0, None, None, None)
    account_id, insurance = account
    count = conn.execute("SELECT COUNT(*) FROM transactions WHERE account_id = ?",
                         (account_id,)).fetchone()[0]
    found = closing(conn, account_id)
    return PurseBalance(card, kind, found.balance_fen, found.source, count, found.last_posted,
                        insurance, account_id, found.net_change_fen)


LATEST = 99_991_231_235_959  # YYYYMMDDHHMMSS after every row


def closing(conn: sqlite3.Connection, account_id: int, end: int = LATEST) -> Closing:
    """The balance after every row posted at or before `end` (YYYYMMDDHHMMSS).

    The statement's own balance where the last row states one; else the running balance when
    the rows chain from an opening a statement gave ('computed'); else unknown: a sum of rows
    is not money on the card, and is given only as the net change.
    """
    opening, insurance, kind = conn.execute(
        "SELECT opening_fen, insurance, kind FROM accounts WHERE id = ?", (account_id,)).fetchone()
    last = conn.execute(
        "SELECT id, posted, stated_balance_fen, running_fen FROM transactions "
        "WHERE account_id = ? AND posted <= ? ORDER BY posted DESC, id DESC LIMIT 1",
        (account_id, end)).fetchone()
    if last is None:
        if opening is not None:
            return Closing(opening, "statement", None, None, None)
        if kind == "medical" and insurance == "resident":
            # Resident insurance has no personal account: 0 by rule, not by any statement.
            return Closing(0, "computed", None, None, None)
        return Closing(None, None, None, None, None)
    row_id, posted, stated, running = last
    net = running - (opening or 0)  # the running balance starts at the opening, or at 0
    if stated is not None:
        return Closing(stated, "statement", net, posted, row_id)
    if opening is not None:
        return Closing(running, "computed", net, posted, row_id)
    return Closing(None, None, net, posted, row_id)


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
        "t.reference, b.file_name, t.source_line, t.source_page "
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
    period_from: date | None = None  # the statement's own period: its title's, else its rows'
    period_to: date | None = None
    period_stated: bool = False  # True: the title stated the period
    card_id: int | None = None
    purses: tuple[str, ...] = ()  # the purses the file went to


def batches(conn: sqlite3.Connection) -> list[Batch]:
    rows = conn.execute(
        "SELECT b.id, file_name, sha256, imported_at, encoding, rows_read, rows_new, "
        "rows_duplicate, rows_bad, period_from, period_to, period_stated, "
        "MIN(a.card_id), GROUP_CONCAT(DISTINCT a.kind) FROM batches b "
        "LEFT JOIN batch_openings o ON o.batch_id = b.id "
        "LEFT JOIN accounts a ON a.id = o.account_id GROUP BY b.id ORDER BY b.id")
    return [Batch(*row[:9], _day(row[9]), _day(row[10]), bool(row[11]), row[12],
                  tuple(sorted((row[13] or "").split(","), key=PURSES.index)) if row[13] else ())
            for row in rows]


def statement_period(conn: sqlite3.Connection, account_id: int) -> tuple[date, date] | None:
    """From the start of the earliest statement imported for a purse to the end of the
    latest: what its explanation speaks of, by default as of that end."""
    found = conn.execute(
        "SELECT MIN(b.period_from), MAX(b.period_to) FROM batches b JOIN batch_openings o "
        "ON o.batch_id = b.id WHERE o.account_id = ?", (account_id,)).fetchone()
    if found is None or found[0] is None or found[1] is None:
        return None
    return _day(found[0]), _day(found[1])  # type: ignore[return-value]


def statement_periods(conn: sqlite3.Connection, account_id: int) -> list[tuple[date, date]]:
    """The period of each statement imported for a purse, by their ends, oldest first."""
    rows = conn.execute(
        "SELECT DISTINCT b.period_from, b.period_to FROM batches b JOIN batch_openings o "
        "ON o.batch_id = b.id WHERE o.account_id = ? AND b.period_from IS NOT NULL AND "
        "b.period_to IS NOT NULL ORDER BY b.period_to, b.period_from", (account_id,)).fetchall()
    return [(_day(a), _day(b)) for a, b in rows]  # type: ignore[misc]


def _day(yyyymmdd: int | None) -> date | None:
    if yyyymmdd is None:
        return None
    return date(yyyymmdd // 10000, yyyymmdd // 100 % 100, yyyymmdd % 100)


def breaks(conn: sqlite3.Connection, account_id: int) -> list[tuple[int, int, int]]:
    """(before id, after id, difference in fen) where the statement's balance does not chain."""
    rows = conn.execute("SELECT before_id, after_id, difference_fen FROM balance_breaks "
                        "WHERE account_id = ? ORDER BY after_id", (account_id,))
    return [tuple(r) for r in rows]  # type: ignore[misc]
