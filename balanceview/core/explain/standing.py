"""Reasons about what a purse is, rather than what happened in it: no data, the wrong purse,
resident insurance."""

from __future__ import annotations

from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import EvidenceRow, Finding, Money


def no_data(ctx: Context) -> Finding | None:
    return Finding("no_data") if ctx.purse.balance_fen is None else None


def other_balance_nonzero(ctx: Context) -> Finding | None:
    """The 0 the person saw is probably the other purse's: they never net against each other."""
    if not ctx.purse.is_zero or not ctx.other.holds_money:
        return None
    other = Money(ctx.other.balance_fen or 0)
    return Finding("other_balance_nonzero", int(other), (), "", {"other_balance": other})


def resident_applies(ctx: Context) -> bool:
    """Resident insurance (390) has no personal account, so a medical purse that never held
    money is normal when a statement says resident, or resident premiums leave the bank purse."""
    purse, bank = ctx.purse, ctx.other
    if not ctx.is_medical or purse.insurance == "employee":
        return False
    never_held = purse.balance_fen in (None, 0) and (purse.opening_fen or 0) <= 0
    if not never_held or purse.totals.credit_count:
        return False
    return purse.insurance == "resident" or bank.totals.of("resident_premium").debit_count > 0


def resident_no_personal_account(ctx: Context) -> Finding | None:
    if not resident_applies(ctx):
        return None
    bank = ctx.other
    paid = bank.totals.of("resident_premium")
    premiums: tuple[EvidenceRow, ...] = ()
    if bank.account_id is not None and paid.debit_count:
        premiums = evidence.latest(
            ctx.conn, "t.account_id = ? AND t.posted <= ? AND t.kind = 'resident_premium' "
            "AND t.amount_fen < 0", (bank.account_id, ctx.end))
    if ctx.purse.insurance == "resident":
        return Finding("resident_no_personal_account", None, premiums, "named", {})
    latest = premiums[-1]
    facts: dict[str, object] = {
        "count": paid.debit_count, "amount": Money(paid.debits_fen),
        "latest_date": latest.day.isoformat(), "latest_amount": Money(-latest.amount_fen)}
    return Finding("resident_no_personal_account", None, premiums, "premiums", facts)
