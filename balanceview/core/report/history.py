"""The history a page prints: the statement's own period, with the balance of each row.

By default a purse's latest statement up to the day explained (for a purse at 0.00, from the
credit that last made it positive when that is earlier); the whole history on request. Rows are
read while the pages are made, never all held at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from balanceview.core.dates import date_to_posted, posted_to_date
from balanceview.core.explain.totals import CREDIT_SQL
from balanceview.core.ledger import LATEST, statement_periods

_SHOWN = "COALESCE(stated_balance_fen, running_fen)"  # the balance a row shows
_SELECT = (
    "SELECT t.posted, t.amount_fen, {balance}, g.gap, "
    "COALESCE(rt.text, ''), COALESCE(d.text, ''), "
    "COALESCE(c.text, '') FROM transactions t "
    # the purse's breaks read once for the whole table, not looked up row by row
    "LEFT JOIN (SELECT after_id, SUM(difference_fen) AS gap FROM balance_breaks "
    "WHERE account_id = ? GROUP BY after_id) g ON g.after_id = t.id "
    "LEFT JOIN texts rt ON rt.id = t.raw_type_id "
    "LEFT JOIN texts d ON d.id = t.description_id "
    "LEFT JOIN texts c ON c.id = t.counterparty_id "
    "WHERE t.account_id = ? AND (t.posted, t.id) >= (?, ?) AND t.posted <= ? "
    "ORDER BY t.posted, t.id")


@dataclass(frozen=True)
class Line:
    day: date
    description: str
    amount_fen: int
    balance_fen: int | None  # None: no statement says it (a balance that is not known)
    break_fen: int | None = None  # the stated balance does not follow on by this much here


@dataclass(frozen=True)
class History:
    how: str  # 'statement', 'positive' or 'full': which period, for its caption
    start: date | None  # the first day shown (None: from the first row)
    end: date | None  # the last day shown (None: to the last row)
    count: int  # rows shown
    brought_forward_fen: int | None  # the balance before the first line shown
    earlier: int  # rows before the period, not shown
    _query: tuple[sqlite3.Connection, str, tuple[object, ...]]

    def lines(self) -> Iterator[Line]:
        """The rows, oldest first, read from the database as they are asked for."""
        conn, sql, params = self._query
        for posted, amount, balance, gap, *texts in conn.execute(sql, params):
            yield Line(posted_to_date(posted), _joined(texts), amount, balance, gap or None)


def account_id(conn: sqlite3.Connection, card_id: int, kind: str) -> int | None:
    row = conn.execute("SELECT id FROM accounts WHERE card_id = ? AND kind = ?",
                       (card_id, kind)).fetchone()
    return None if row is None else int(row[0])


def history(conn: sqlite3.Connection, account: int, as_of: date | None, balance_fen: int | None,
            full: bool = False) -> History:
    """`balance_fen` None: the purse's balance is not known, so no running sum is printed."""
    end = date_to_posted(as_of, end_of_day=True) if as_of else LATEST
    how, start, last = ("full", (0, 0), as_of) if full else _period(conn, account, balance_fen,
                                                                     as_of, end)
    shown = _SHOWN if balance_fen is not None else "stated_balance_fen"
    count = conn.execute("SELECT COUNT(*) FROM transactions WHERE account_id = ? AND (posted, id)"
                         " >= (?, ?) AND posted <= ?", (account, *start, end)).fetchone()[0]
    before = _before(conn, account, start, shown)
    return History(how, posted_to_date(start[0]) if start[0] else None, last, int(count), before,
                   _count_before(conn, account, start),
                   (conn, _SELECT.format(balance=shown), (account, account, *start, end)))


def _period(conn: sqlite3.Connection, account: int, balance_fen: int | None, as_of: date | None,
            end: int) -> tuple[str, tuple[int, int], date | None]:
    periods = [p for p in statement_periods(conn, account) if as_of is None or p[0] <= as_of]
    if not periods:
        return "full", (0, 0), as_of
    first, last = periods[-1]
    last = min(last, as_of) if as_of else last
    how, start = "statement", (date_to_posted(first), 0)
    credit = _credit_before_zero(conn, account, end) if balance_fen == 0 else None
    if credit is not None and credit < start:  # the story of the zero starts before it
        how, start = "positive", credit
    return how, start, last


def _credit_before_zero(conn: sqlite3.Connection, account: int, end: int
                        ) -> tuple[int, int] | None:
    """The credit that last made the balance positive: everything after it took it to zero."""
    last_positive = conn.execute(
        f"SELECT posted, id FROM transactions WHERE account_id = ? AND posted <= ? "
        f"AND {_SHOWN} > 0 ORDER BY posted DESC, id DESC LIMIT 1", (account, end)).fetchone()
    if last_positive is None:
        return None
    credit = conn.execute(
        f"SELECT posted, id FROM transactions WHERE account_id = ? AND {CREDIT_SQL} "
        "AND (posted, id) <= (?, ?) ORDER BY posted DESC, id DESC LIMIT 1",
        (account, *last_positive)).fetchone()
    return None if credit is None else (int(credit[0]), int(credit[1]))


def _before(conn: sqlite3.Connection, account: int, start: tuple[int, int], shown: str
            ) -> int | None:
    row = conn.execute(
        f"SELECT {shown} FROM transactions WHERE account_id = ? AND (posted, id) < (?, ?) "
        "ORDER BY posted DESC, id DESC LIMIT 1", (account, *start)).fetchone()
    if row is not None:
        return None if row[0] is None else int(row[0])
    opening = conn.execute("SELECT opening_fen FROM accounts WHERE id = ?", (account,)).fetchone()
    return None if opening is None or opening[0] is None else int(opening[0])


def _count_before(conn: sqlite3.Connection, account: int, start: tuple[int, int]) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM transactions WHERE account_id = ? "
                            "AND (posted, id) < (?, ?)", (account, *start)).fetchone()[0])


def _joined(parts: list[str]) -> str:
    """Type, description and counterparty, each once, as the statement wrote them."""
    shown: list[str] = []
    for part in parts:
        if part and part not in shown:
            shown.append(part)
    return " ".join(shown)
