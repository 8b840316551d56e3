"""The rhythm of a medical account's credits: stopped, paused, smaller, or once a year.

Credits are read per day from the sums kept per kind and day (kind_days): a few hundred
rows however long the history, and several credits of one day count as one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from balanceview.core.dates import date_to_posted, posted_to_date
from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import EvidenceRow

# Contributions usually come monthly; a gap of two months is the least we call "stopped".
MIN_SILENCE_DAYS = 62
RECENT_CREDITS = 13  # enough to know the usual interval without reading the whole history
YEARLY_DAYS = 300  # credits this far apart, as a rule, come once a year


@dataclass(frozen=True)
class CreditDay:
    day: date
    fen: int  # the day's credits added up


@dataclass(frozen=True)
class Credits:
    days: tuple[CreditDay, ...]  # oldest first, up to the as-of date

    @property
    def interval(self) -> int:
        """The usual number of days between credits, from the recent ones."""
        recent = self.days[-RECENT_CREDITS:]
        gaps = [(b.day - a.day).days for a, b in zip(recent, recent[1:], strict=False)]
        return round(median(gaps)) if gaps else 0

    @property
    def silence_allowed(self) -> int:
        return max(MIN_SILENCE_DAYS, 2 * self.interval)

    @property
    def yearly(self) -> bool:
        return len(self.days) >= 2 and self.interval >= YEARLY_DAYS


def credits_of(ctx: Context) -> Credits:
    if not ctx.is_medical or ctx.purse.account_id is None:
        return Credits(())
    rows = ctx.conn.execute(
        "SELECT day, SUM(credits_fen) FROM kind_days WHERE account_id = ? AND kind = "
        "'contribution' AND credit_rows > 0 AND day <= ? GROUP BY day ORDER BY day",
        (ctx.account_id, ctx.end // 1_000_000)).fetchall()
    return Credits(tuple(CreditDay(posted_to_date(day * 1_000_000), int(fen)) for day, fen in rows))


def rows_of(conn: sqlite3.Connection, account_id: int, day: date) -> tuple[EvidenceRow, ...]:
    """The credits of one day, as evidence."""
    start = date_to_posted(day)
    return evidence.latest(conn, "t.account_id = ? AND t.posted BETWEEN ? AND ? AND "
                           "t.kind = 'contribution' AND t.amount_fen > 0",
                           (account_id, start, start + 235959), 5)


def next_year(day: date) -> date:
    """The same day a year on (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def month_after(day: date) -> date:
    return day + timedelta(days=31)
