"""What one purse is as of its day: its totals, its balance, its opening, its period."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from balanceview.core.dates import date_to_posted, posted_to_date
from balanceview.core.explain.model import Bridge
from balanceview.core.explain.totals import Totals, read_totals
from balanceview.core.ledger import LATEST, closing, statement_period


@dataclass(frozen=True)
class PurseFacts:
    kind: str
    account_id: int | None
    opening_fen: int | None  # what the earliest statement said the purse held before it
    insurance: str | None  # 'resident' or 'employee' where a statement named it
    totals: Totals
    last_id: int | None  # the newest row up to the as-of date
    balance_fen: int | None  # None: not known
    source: str | None  # 'statement' or 'computed'
    as_of: date | None = None  # the day explained; None: nothing dates it (no rows, no period)
    asked: bool = False  # the day was asked for, not the statement's last
    period: tuple[date, date] | None = None  # the earliest statement's start, the latest's end
    net_change_fen: int | None = None  # what the rows up to the day add up to
    opening_how: str = "stated"  # see Bridge.opening_how

    @property
    def end(self) -> int:
        """The last moment counted (YYYYMMDDHHMMSS): the as-of day's 23:59:59."""
        return date_to_posted(self.as_of, end_of_day=True) if self.as_of else LATEST

    @property
    def bridge(self) -> Bridge | None:
        if self.balance_fen is None:
            return None
        # A lone roll-over row (年度结转 without its pair) carries the balance forward:
        # it belongs to the opening, not to income or spending.
        opening = (self.opening_fen or 0) + self.totals.bookkeeping_fen
        return Bridge(opening, self.totals.credits_fen, self.totals.debits_fen, self.balance_fen,
                      self.opening_how)

    @property
    def is_zero(self) -> bool:
        return self.balance_fen == 0

    @property
    def holds_money(self) -> bool:
        return self.balance_fen is not None and self.balance_fen > 0

    @property
    def imported(self) -> bool:
        return self.account_id is not None


def purse_facts(conn: sqlite3.Connection, card_id: int, kind: str, asked: date | None
                ) -> PurseFacts:
    """The purse as of `asked`, else as of the end of its latest statement."""
    account = conn.execute(
        "SELECT id, opening_fen, insurance FROM accounts WHERE card_id = ? AND kind = ?",
        (card_id, kind)).fetchone()
    if account is None:
        return PurseFacts(kind, None, None, None, Totals(), None, None, None, asked,
                          asked is not None)
    account_id, opening, insurance = account
    period = statement_period(conn, account_id)
    day = asked or (period[1] if period else _last_day(conn, account_id))
    end = date_to_posted(day, end_of_day=True) if day else LATEST
    found = closing(conn, account_id, end)
    totals = read_totals(conn, account_id, kind, end)
    return PurseFacts(kind, account_id, opening, insurance, totals, found.last_id,
                      found.balance_fen, found.source, day, asked is not None, period,
                      found.net_change_fen, _opening_how(conn, account_id, opening))


def _last_day(conn: sqlite3.Connection, account_id: int) -> date | None:
    """A purse whose statements carry no period (stored before they did): its last row's day."""
    last = conn.execute("SELECT MAX(posted) FROM transactions WHERE account_id = ?",
                        (account_id,)).fetchone()[0]
    return None if last is None else posted_to_date(int(last))


def _opening_how(conn: sqlite3.Connection, account_id: int, opening: int | None) -> str:
    stated = conn.execute("SELECT opening_stated FROM accounts WHERE id = ?",
                          (account_id,)).fetchone()
    if opening is not None and stated and stated[0]:
        return "stated"  # an opening line (期初余额) gave it
    first = conn.execute("SELECT amount_fen, stated_balance_fen FROM transactions WHERE "
                         "account_id = ? ORDER BY posted, id LIMIT 1", (account_id,)).fetchone()
    if opening is None:
        return "unknown" if first is not None else "rule"
    if first is not None and first[1] is not None and first[1] - first[0] == opening:
        return "first_row"
    return "stated"
