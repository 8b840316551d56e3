"""Where the statement's own balance column does not chain: rows missing or doubled."""

from __future__ import annotations

from balanceview.core.dates import posted_to_date
from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import Finding, Money

_SHOWN_BREAKS = 10  # each break shows the rows on both sides of it


def statement_gap(ctx: Context) -> Finding | None:
    bridge = ctx.purse.bridge
    if bridge is None or ctx.purse.account_id is None:
        return None
    count, total = ctx.conn.execute(
        "SELECT COUNT(*), SUM(b.difference_fen) FROM balance_breaks b "
        "JOIN transactions t ON t.id = b.after_id WHERE b.account_id = ? AND t.posted <= ?",
        (ctx.account_id, ctx.end)).fetchone()
    gap = bridge.gap_fen
    if not count and not gap:
        return None
    # The bridge's own gap is the difference that matters for the closing balance; when the
    # closing is computed (no stated balance at the end) the breaks still tell rows are missing.
    amount = gap or int(total or 0)
    if not count:
        return _opening_gap(ctx, amount)
    shown = ctx.conn.execute(
        "SELECT b.before_id, b.after_id, t.posted FROM balance_breaks b "
        "JOIN transactions t ON t.id = b.after_id WHERE b.account_id = ? AND t.posted <= ? "
        "ORDER BY t.posted, t.id LIMIT ?", (ctx.account_id, ctx.end, _SHOWN_BREAKS)).fetchall()
    ids = sorted({row_id for before, after, _ in shown for row_id in (before, after)})
    facts: dict[str, object] = {"count": int(count), "amount": Money(amount),
                                "first_date": posted_to_date(shown[0][2])}
    return Finding("statement_gap", amount, evidence.by_ids(ctx.conn, ids), "", facts)


def _opening_gap(ctx: Context, amount: int) -> Finding:
    """No break between rows, yet the rows do not lead from the opening to the closing:
    the first row does not follow the opening another file gave."""
    bridge = ctx.purse.bridge
    assert bridge is not None
    first = evidence.by_ids(ctx.conn, [_first_id(ctx)])
    last = evidence.one(ctx.conn, ctx.purse.last_id or 0)
    computed = bridge.opening_fen + bridge.credits_fen - bridge.debits_fen
    facts: dict[str, object] = {"amount": Money(amount), "opening": Money(bridge.opening_fen),
                                "computed": Money(computed), "closing": Money(bridge.closing_fen)}
    rows = first if first[0].id == last.id else (*first, last)
    # Without an opening no statement gave, the difference may be that opening itself.
    variant = "opening_unknown" if bridge.opening_how == "unknown" else "opening"
    return Finding("statement_gap", amount, rows, variant, facts)


def _first_id(ctx: Context) -> int:
    row = ctx.conn.execute("SELECT id FROM transactions WHERE account_id = ? "
                           "ORDER BY posted, id LIMIT 1", (ctx.account_id,)).fetchone()
    return int(row[0])
