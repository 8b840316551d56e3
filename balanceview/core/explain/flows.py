"""Reasons about where a medical account's money went other than to its holder's own care."""

from __future__ import annotations

from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import EvidenceRow, Finding, Money, Who
from balanceview.core.explain.people import is_institution, relatives


def family_aid_out(ctx: Context) -> Finding | None:
    found = _outflow(ctx, "family_aid_out", "family_aid")
    if found is None:
        return None
    rows = found.evidence
    named = relatives((r.raw_type, r.note, r.counterparty) for r in rows)
    found.facts["who"] = Who(tuple(named[:3]), many=found.variant == "many")
    return found


def transferred_out(ctx: Context) -> Finding | None:
    return _outflow(ctx, "transferred_out", "transfer_out")


def closed_or_inherited(ctx: Context) -> Finding | None:
    return _outflow(ctx, "closed_or_inherited", "closed_or_inherited")


def other_deductions(ctx: Context) -> Finding | None:
    """长护险, 惠民保 and the like, taken from the personal account: not medical spending
    (kinds.json calls such a debit of the medical purse a fee)."""
    found = _outflow(ctx, "other_deductions", "fee")
    if found is not None:
        last = found.evidence[-1]
        found.facts["what"] = last.note or last.raw_type or last.counterparty
    return found


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
        "count": count, "amount": Money(total), "date": last.day,
        "place": last.place if is_institution(last.place) else "",  # a person is no place
        "last_amount": Money(-last.amount_fen)}
    return Finding(code, total, rows, "one" if count == 1 else "many", facts)
