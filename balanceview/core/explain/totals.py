"""What one purse holds up to a moment, from one grouped SQL aggregate over the account's rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from balanceview.core.kinds import BOOKKEEPING

_BOOKS = ", ".join(f"'{kind}'" for kind in sorted(BOOKKEEPING))
CREDIT_SQL = f"amount_fen > 0 AND kind NOT IN ({_BOOKS})"
DEBIT_SQL = f"amount_fen < 0 AND kind NOT IN ({_BOOKS})"

# Whole days come from the sums kept per kind and day (kind_days.py); the rows of the last
# day, up to the as-of time, from the transactions themselves.
_DAYS = ("SELECT kind, SUM(rows), SUM(credit_rows), SUM(debit_rows), SUM(credits_fen), "
         "SUM(debits_fen){extra} FROM kind_days WHERE account_id = ? AND day < ? "
         "GROUP BY kind{group}")
_DAYS_SETTLEMENT = (", SUM(total_fen), SUM(pooled_rows), SUM(pooled_fen), "
                    "MAX(top_pooled_fen), settled", ", settled")
_LAST_DAY = ("SELECT kind, COUNT(*), SUM(amount_fen > 0), SUM(amount_fen < 0), "
             "SUM(MAX(amount_fen, 0)), -SUM(MIN(amount_fen, 0)){extra} FROM transactions "
             "WHERE account_id = ? AND posted BETWEEN ? AND ? GROUP BY kind{group}")
# Settlement records carry a medical cost total; only the medical purse has them.
_SETTLED = "COALESCE(total_fen, pooled_fen) IS NOT NULL"
_SETTLEMENT = (", SUM(total_fen), SUM(pooled_fen > 0), SUM(MAX(COALESCE(pooled_fen, 0), 0)), "
               f"MAX(pooled_fen), {_SETTLED}", f", {_SETTLED}")


@dataclass(frozen=True)
class KindTotals:
    count: int = 0
    credit_count: int = 0
    debit_count: int = 0
    credits_fen: int = 0
    debits_fen: int = 0  # positive: money out


@dataclass(frozen=True)
class Settlements:
    count: int = 0
    cost_fen: int = 0  # the medical cost total of the settlements
    account_fen: int = 0  # what the personal account paid of them
    pooled_count: int = 0
    pooled_fen: int = 0
    top_pooled_fen: int = 0  # the largest pooled-fund payment of one settlement


@dataclass(frozen=True)
class Totals:
    """Counts and sums of one purse's rows up to the as-of date."""

    kinds: Mapping[str, KindTotals] = field(default_factory=dict)
    settlements: Settlements = Settlements()

    def of(self, kind: str) -> KindTotals:
        return self.kinds.get(kind, KindTotals())

    def _real(self, attribute: str) -> int:
        """A sum over the kinds that are money in or out, not book-keeping."""
        return sum(getattr(t, attribute) for k, t in self.kinds.items() if k not in BOOKKEEPING)

    @property
    def count(self) -> int:
        return sum(t.count for t in self.kinds.values())

    @property
    def credits_fen(self) -> int:
        return self._real("credits_fen")

    @property
    def debits_fen(self) -> int:
        return self._real("debits_fen")

    @property
    def credit_count(self) -> int:
        return self._real("credit_count")

    @property
    def bookkeeping_fen(self) -> int:
        """Net of roll-over rows: they move the opening, never income or spending."""
        return sum(self.of(k).credits_fen - self.of(k).debits_fen for k in BOOKKEEPING)


def read_totals(conn: sqlite3.Connection, account_id: int, kind: str, end: int) -> Totals:
    medical = kind == "medical"
    extra, group = _DAYS_SETTLEMENT if medical else ("", "")
    day = end // 1_000_000
    rows = conn.execute(_DAYS.format(extra=extra, group=group), (account_id, day)).fetchall()
    extra, group = _SETTLEMENT if medical else ("", "")
    rows += conn.execute(_LAST_DAY.format(extra=extra, group=group),
                         (account_id, day * 1_000_000, end)).fetchall()
    kinds: dict[str, list[int]] = {}
    settled = Settlements()
    for row in rows:
        counts = [int(v or 0) for v in row[1:6]]
        before = kinds.get(row[0], [0] * len(counts))
        kinds[row[0]] = [a + b for a, b in zip(before, counts, strict=True)]
        if len(row) > 6 and row[10]:  # a group of settlement rows
            settled = _with_settlements(settled, counts, [int(v or 0) for v in row[6:10]])
    return Totals({k: KindTotals(*v) for k, v in kinds.items()}, settled)


def _with_settlements(settled: Settlements, counts: list[int], extra: list[int]) -> Settlements:
    count, _, _, credits, debits = counts
    cost, pooled_count, pooled, top = extra
    return Settlements(settled.count + count, settled.cost_fen + cost,
                       settled.account_fen + debits - credits, settled.pooled_count + pooled_count,
                       settled.pooled_fen + pooled, max(settled.top_pooled_fen, top))


