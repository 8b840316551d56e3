"""Why a purse stands at 0.00: when it got there, and what took it there."""

from __future__ import annotations

from datetime import date

from balanceview.core.dates import posted_to_date
from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import Deed, EvidenceRow, Finding, Money
from balanceview.core.explain.totals import CREDIT_SQL, DEBIT_SQL
from balanceview.core.kinds import BOOKKEEPING

_SHOWN = "COALESCE(stated_balance_fen, running_fen)"  # the balance a row shows
# A purse emptied by a transfer or a clearance is explained by those reasons, not by spending;
# a roll-over (年终结转) is book-keeping and empties nothing.
_NOT_SPENDING = frozenset({"transfer_out", "closed_or_inherited"})


def zero_row(ctx: Context) -> tuple[int, int] | None:
    """(posted, id) of the first row of the final run of 0.00 balances, when the purse is 0."""
    if not ctx.purse.is_zero or ctx.purse.last_id is None:
        return None
    nonzero = ctx.conn.execute(
        f"SELECT posted, id FROM transactions WHERE account_id = ? AND posted <= ? "
        f"AND {_SHOWN} != 0 ORDER BY posted DESC, id DESC LIMIT 1",
        (ctx.account_id, ctx.end)).fetchone()
    after = "AND (posted, id) > (?, ?)" if nonzero else ""
    row = ctx.conn.execute(
        f"SELECT posted, id FROM transactions WHERE account_id = ? AND posted <= ? {after} "
        "ORDER BY posted, id LIMIT 1", (ctx.account_id, ctx.end, *(nonzero or ()))).fetchone()
    return (int(row[0]), int(row[1])) if row else None


def spent_down(ctx: Context) -> Finding | None:
    zero = zero_row(ctx)
    if zero is None:
        return None
    last = evidence.one(ctx.conn, zero[1])
    if last.amount_fen >= 0 or last.kind in BOOKKEEPING or (
            ctx.is_medical and last.kind in _NOT_SPENDING):
        return None  # a 0.00 row or a credit did not "spend" the purse to zero
    credit = _last_credit_before(ctx, zero)
    opening = ctx.purse.opening_fen or 0
    if credit is None and opening <= 0:
        return None
    start = (credit.posted, credit.id) if credit else (0, 0)
    count, total = _debits_between(ctx, start, zero)
    debits = evidence.latest(
        ctx.conn, f"t.account_id = ? AND {DEBIT_SQL} AND (t.posted, t.id) > (?, ?) "
        "AND (t.posted, t.id) <= (?, ?)", (ctx.account_id, *start, *zero),
        evidence.EVIDENCE_LIMIT - 1)
    facts: dict[str, object] = {"count": count, "amount": Money(total), "zero_date": last.day,
                                "final": Deed(last.kind, last.place)}
    if credit is None:
        facts.update(opening=Money(opening), since=_first_date(ctx))
        return Finding("spent_down", total, debits, "from_opening", facts)
    facts.update(credit_date=credit.day, credit_amount=Money(credit.amount_fen), since=credit.day)
    return Finding("spent_down", total, (credit, *debits), "one" if count == 1 else "", facts)


def no_credits(ctx: Context, resident: bool) -> Finding | None:
    """Zero, and nothing came in during the statements: not even an opening balance."""
    facts = ctx.purse
    if not facts.is_zero or facts.totals.credit_count or (facts.opening_fen or 0) > 0:
        return None
    if resident:
        return None  # resident insurance explains a medical purse with no credits better
    rows = evidence.latest(ctx.conn, "t.account_id = ? AND t.posted <= ?",
                           (ctx.account_id, ctx.end))
    if not rows:
        # No rows: the statement only says 0.00; what came before it, it does not show.
        period = facts.period or (None, None)
        return Finding("no_credits", None, (), "empty",
                       {"period_from": period[0], "period_to": period[1]})
    span: dict[str, object] = {"count": facts.totals.count, "first": _first_date(ctx),
                               "last": rows[-1].day}
    return Finding("no_credits", None, rows, "", span)


def _last_credit_before(ctx: Context, zero: tuple[int, int]) -> EvidenceRow | None:
    found = evidence.latest(
        ctx.conn, f"t.account_id = ? AND {CREDIT_SQL} AND (t.posted, t.id) < (?, ?)",
        (ctx.account_id, *zero), 1)
    return found[0] if found else None


def _debits_between(ctx: Context, start: tuple[int, int], zero: tuple[int, int]
                    ) -> tuple[int, int]:
    count, total = ctx.conn.execute(
        f"SELECT COUNT(*), SUM(-amount_fen) FROM transactions WHERE account_id = ? AND {DEBIT_SQL} "
        "AND (posted, id) > (?, ?) AND (posted, id) <= (?, ?)",
        (ctx.account_id, *start, *zero)).fetchone()
    return int(count), int(total or 0)


def _first_date(ctx: Context) -> date:
    first = ctx.conn.execute("SELECT MIN(posted) FROM transactions WHERE account_id = ?",
                             (ctx.account_id,)).fetchone()[0]
    return posted_to_date(int(first))
