"""Medical insurance paid from the bank purse, with nothing to show for it in the medical
purse: the seed's "无有效参保信息" (never registered, or not passed on by the tax authority)."""

from __future__ import annotations

from datetime import date, timedelta

from balanceview.core.dates import date_to_posted
from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import Finding, Money
from balanceview.core.explain.standing import resident_applies
from balanceview.core.explain.totals import CREDIT_SQL

WAIT_DAYS = 62  # a payment shows as a credit or a settlement within about two months
_PREMIUMS = 24  # the latest payments looked at: two years of monthly ones


def enrolment_not_effective(ctx: Context) -> Finding | None:
    bank, medical = ctx.other, ctx.purse
    if not ctx.is_medical or bank.account_id is None or medical.account_id is None:
        return None  # without both purses' rows, "nothing followed" is not something they show
    if not bank.totals.of("medical_premium").debit_count or resident_applies(ctx):
        return None
    paid = evidence.latest(ctx.conn, "t.account_id = ? AND t.posted <= ? AND "
                           "t.kind = 'medical_premium' AND t.amount_fen < 0",
                           (bank.account_id, bank.end), _PREMIUMS)
    # Only payments the medical statement covers for the whole wait can be said unanswered.
    start = medical.period[0] if medical.period else ctx.as_of
    seen = [row for row in paid
            if start <= row.day and row.day + timedelta(days=WAIT_DAYS) <= ctx.as_of]
    unanswered = [row for row in seen if not _followed(ctx, row.posted, row.day)]
    if not unanswered:
        return None
    last = unanswered[-1]
    total = -sum(row.amount_fen for row in unanswered)
    facts: dict[str, object] = {"count": len(unanswered), "amount": Money(total),
                                "date": last.day, "last_amount": Money(-last.amount_fen),
                                "place": last.place}
    variant = "one" if len(unanswered) == 1 else "many"
    return Finding("enrolment_not_effective", total, tuple(unanswered), variant, facts)


def _followed(ctx: Context, posted: int, day: date) -> bool:
    """A credit or a settlement in the medical purse within the wait after a payment."""
    until = date_to_posted(day + timedelta(days=WAIT_DAYS), end_of_day=True)
    found = ctx.conn.execute(
        f"SELECT 1 FROM transactions WHERE account_id = ? AND posted > ? AND posted <= ? AND "
        f"(({CREDIT_SQL}) OR total_fen IS NOT NULL OR pooled_fen IS NOT NULL) LIMIT 1",
        (ctx.account_id, posted, until)).fetchone()
    return found is not None
