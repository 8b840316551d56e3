"""Reasons about where a medical account's money went, or why no more came in."""

from __future__ import annotations

from statistics import median

from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import EvidenceRow, Finding, Money

# Contributions usually come monthly; a gap of two months is the least we call "stopped".
MIN_SILENCE_DAYS = 62
_RECENT_CREDITS = 13  # enough to know the usual interval without reading the whole history


def credits_stopped(ctx: Context) -> Finding | None:
    contributions = ctx.purse.totals.of("contribution").credit_count
    if not ctx.is_medical or contributions < 3:
        return None
    recent = evidence.latest(ctx.conn, "t.account_id = ? AND t.posted <= ? AND "
                             "t.kind = 'contribution' AND t.amount_fen > 0",
                             (ctx.account_id, ctx.end), _RECENT_CREDITS)
    days = [(b.day - a.day).days for a, b in zip(recent, recent[1:], strict=False)]
    interval = round(median(days))
    last = recent[-1]
    silence = (ctx.as_of - last.day).days
    if silence <= max(MIN_SILENCE_DAYS, 2 * interval):
        return None
    facts: dict[str, object] = {
        "last_date": last.day.isoformat(), "last_amount": Money(last.amount_fen),
        "days": silence, "as_of": ctx.as_of.isoformat(), "count": contributions,
        "interval": interval}
    return Finding("credits_stopped", last.amount_fen, (last,), "", facts)


def family_aid_out(ctx: Context) -> Finding | None:
    return _outflow(ctx, "family_aid_out", "family_aid")


def transferred_out(ctx: Context) -> Finding | None:
    return _outflow(ctx, "transferred_out", "transfer_out")


def closed_or_inherited(ctx: Context) -> Finding | None:
    return _outflow(ctx, "closed_or_inherited", "closed_or_inherited")


def pooled_fund_paid(ctx: Context) -> Finding | None:
    """Settlements split a bill; only the personal-account part ever touched the balance."""
    settled = ctx.purse.totals.settlements
    if not ctx.is_medical or not settled.pooled_count:
        return None
    # The largest is found by its amount, from the newest row back: no sort of the history.
    top_id, top_cost = ctx.conn.execute(
        "SELECT id, total_fen FROM transactions WHERE account_id = ? AND posted <= ? "
        "AND pooled_fen = ? ORDER BY posted DESC, id DESC LIMIT 1",
        (ctx.account_id, ctx.end, settled.top_pooled_fen)).fetchone()
    latest = evidence.latest(ctx.conn, "t.account_id = ? AND t.posted <= ? AND t.pooled_fen > 0",
                             (ctx.account_id, ctx.end), evidence.EVIDENCE_LIMIT - 1)
    top = evidence.one(ctx.conn, top_id)
    rows = latest if top in latest else tuple(sorted((top, *latest), key=_order))
    facts: dict[str, object] = {
        "count": settled.pooled_count, "settlements": settled.count,
        "amount": Money(settled.pooled_fen), "cost": Money(settled.cost_fen),
        "account": Money(settled.account_fen), "top_date": top.day.isoformat(),
        "top_place": top.place, "top_what": top.kind, "top_cost": Money(top_cost or 0),
        "top_pooled": Money(settled.top_pooled_fen)}
    return Finding("pooled_fund_paid", settled.pooled_fen, rows, "", facts)


def _order(row: EvidenceRow) -> tuple[int, int]:
    return row.posted, row.id


def _latest_debits(ctx: Context, kind: str) -> tuple[EvidenceRow, ...]:
    return evidence.latest(ctx.conn, "t.account_id = ? AND t.posted <= ? AND t.kind = ? "
                           "AND t.amount_fen < 0", (ctx.account_id, ctx.end, kind))


def _outflow(ctx: Context, code: str, kind: str) -> Finding | None:
    """Debits of one kind out of the medical account: one template for one row (its date
    and place), another for many (their count and the latest)."""
    totals = ctx.purse.totals.of(kind)
    if not ctx.is_medical or not totals.debit_count:
        return None
    rows = _latest_debits(ctx, kind)
    count, total = totals.debit_count, totals.debits_fen
    last = rows[-1]
    facts: dict[str, object] = {
        "count": count, "amount": Money(total), "date": last.day.isoformat(),
        "place": last.place, "last_amount": Money(-last.amount_fen)}
    return Finding(code, total, rows, "one" if count == 1 else "many", facts)
