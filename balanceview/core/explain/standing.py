"""Reasons about what a purse is, rather than what happened in it: no data, a balance no
statement gives, the wrong purse, resident insurance."""

from __future__ import annotations

from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import EvidenceRow, Finding, Money


def no_data(ctx: Context) -> Finding | None:
    purse = ctx.purse
    return Finding("no_data") if purse.balance_fen is None and not purse.totals.count else None


def balance_unknown(ctx: Context) -> Finding | None:
    """Rows, but no balance on any of them and no opening: their sum is not money on the card."""
    purse = ctx.purse
    if purse.balance_fen is not None or not purse.totals.count:
        return None
    first = ctx.conn.execute("SELECT MIN(posted) FROM transactions WHERE account_id = ?",
                             (ctx.account_id,)).fetchone()[0]
    last = evidence.one(ctx.conn, purse.last_id or 0)
    totals = purse.totals
    net = purse.net_change_fen or 0
    facts: dict[str, object] = {
        "count": totals.count, "first": evidence.day_of(first), "last": last.day,
        "credits": Money(totals.credits_fen), "debits": Money(totals.debits_fen),
        "net": Money(net)}
    return Finding("balance_unknown", net, (), "", facts)


def other_balance_nonzero(ctx: Context) -> Finding | None:
    """The 0 the person saw is probably the other purse's: they never net against each other."""
    if not ctx.purse.is_zero or not ctx.other.holds_money:
        return None
    other = Money(ctx.other.balance_fen or 0)
    facts: dict[str, object] = {"other_balance": other}
    if ctx.other.as_of != ctx.purse.as_of:  # each purse speaks of its own statement's end
        facts["other_as_of"] = ctx.other.as_of
    return Finding("other_balance_nonzero", int(other), (), "", facts)


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
            "AND t.amount_fen < 0", (bank.account_id, bank.end))
    if ctx.purse.insurance == "resident":
        return Finding("resident_no_personal_account", None, premiums, "named", {})
    latest = premiums[-1]
    facts: dict[str, object] = {
        "count": paid.debit_count, "amount": Money(paid.debits_fen),
        "latest_date": latest.day, "latest_amount": Money(-latest.amount_fen)}
    # Without the medical purse's rows, its having no credit is not something the rows show.
    seen = "premiums" if ctx.purse.imported else "unseen"
    return Finding("resident_no_personal_account", None, premiums, seen, facts)
