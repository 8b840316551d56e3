"""The history a page prints: the period that matters, with the running balance.

A purse at 0.00 is shown from the credit that last made its balance positive (everything after
it took the balance to zero), or from the start when it was positive from the opening; any
other purse is shown for the last 12 months. The full history is an option.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from balanceview.core.dates import date_to_posted, posted_to_date
from balanceview.core.explain.facts import CREDIT_SQL

_SHOWN = "COALESCE(stated_balance_fen, running_fen)"  # the balance a row shows
_SELECT = (
    f"SELECT t.posted, t.amount_fen, {_SHOWN}, COALESCE(rt.text, ''), COALESCE(d.text, ''), "
    "COALESCE(c.text, '') FROM transactions t "
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
    balance_fen: int


@dataclass(frozen=True)
class History:
    how: str  # 'positive', 'opening', 'year' or 'full': which period, for its caption
    start: date | None  # the first day shown (None: from the first row)
    lines: tuple[Line, ...]
    brought_forward_fen: int | None  # the balance before the first line shown
    earlier: int  # rows before the period, not shown


def account_id(conn: sqlite3.Connection, card_id: int, kind: str) -> int | None:
    row = conn.execute("SELECT id FROM accounts WHERE card_id = ? AND kind = ?",
                       (card_id, kind)).fetchone()
    return None if row is None else int(row[0])


def history(conn: sqlite3.Connection, account: int, balance_fen: int | None, as_of: date,
            full: bool = False) -> History:
    end = date_to_posted(as_of, end_of_day=True)
    how, start = ("full", (0, 0)) if full else _period(conn, account, balance_fen, as_of, end)
    rows = conn.execute(_SELECT, (account, *start, end)).fetchall()
    lines = tuple(Line(posted_to_date(r[0]), _joined(r[3:]), r[1], r[2]) for r in rows)
    earlier = _count_before(conn, account, start)
    first_day = posted_to_date(start[0]) if start[0] else None
    return History(how, first_day, lines, _before(conn, account, start), earlier)


def _period(conn: sqlite3.Connection, account: int, balance_fen: int | None, as_of: date,
            end: int) -> tuple[str, tuple[int, int]]:
    if balance_fen == 0:
        last_positive = conn.execute(
            f"SELECT posted, id FROM transactions WHERE account_id = ? AND posted <= ? "
            f"AND {_SHOWN} > 0 ORDER BY posted DESC, id DESC LIMIT 1", (account, end)).fetchone()
        if last_positive is not None:
            credit = conn.execute(
                f"SELECT posted, id FROM transactions WHERE account_id = ? AND {CREDIT_SQL} "
                "AND (posted, id) <= (?, ?) ORDER BY posted DESC, id DESC LIMIT 1",
                (account, *last_positive)).fetchone()
            if credit is None:  # positive from the opening balance on
                return "opening", (0, 0)
            return "positive", (int(credit[0]), int(credit[1]))
    return "year", (date_to_posted(_year_before(as_of)), 0)


def _year_before(as_of: date) -> date:
    """The first day of the 12 months that end on `as_of`."""
    try:
        return as_of.replace(year=as_of.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return as_of.replace(year=as_of.year - 1, day=28) + timedelta(days=1)


def _before(conn: sqlite3.Connection, account: int, start: tuple[int, int]) -> int | None:
    row = conn.execute(
        f"SELECT {_SHOWN} FROM transactions WHERE account_id = ? AND (posted, id) < (?, ?) "
        "ORDER BY posted DESC, id DESC LIMIT 1", (account, *start)).fetchone()
    if row is not None:
        return int(row[0])
    opening = conn.execute("SELECT opening_fen FROM accounts WHERE id = ?", (account,)).fetchone()
    return None if opening is None or opening[0] is None else int(opening[0])


def _count_before(conn: sqlite3.Connection, account: int, start: tuple[int, int]) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM transactions WHERE account_id = ? "
                            "AND (posted, id) < (?, ?)", (account, *start)).fetchone()[0])


def _joined(parts: tuple[str, ...]) -> str:
    """Type, description and counterparty, each once, as the statement wrote them."""
    shown: list[str] = []
    for part in parts:
        if part and part not in shown:
            shown.append(part)
    return " ".join(shown)
