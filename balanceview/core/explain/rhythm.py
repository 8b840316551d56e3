"""Reasons from the rhythm of credits (credits.py): stopped, paused, reduced, yearly."""

from __future__ import annotations

from statistics import median

from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.credits import Credits, month_after, next_year, rows_of
from balanceview.core.explain.model import Finding, Money
from balanceview.core.vocabulary import words

STEP_DOWN = 0.8  # credits at most 80% of the usual ones have stepped down
LUMP = 1.5  # a first credit after a pause this much above the usual is likely paid late
_SHOWN = 20


def credits_stopped(ctx: Context) -> Finding | None:
    found = ctx.credits
    if len(found.days) < 3:
        return None
    last = found.days[-1]
    silence = (ctx.as_of - last.day).days
    if silence <= found.silence_allowed:
        return None
    rows = rows_of(ctx.conn, ctx.account_id, last.day)
    facts: dict[str, object] = {"last_date": last.day, "last_amount": Money(last.fen),
                                "days": silence, "count": len(found.days),
                                "interval": found.interval}
    return Finding("credits_stopped", last.fen, rows, "", facts)


def credits_paused(ctx: Context) -> Finding | None:
    """The latest gap longer than credits_stopped allows, with credits again after it."""
    found = ctx.credits
    if len(found.days) < 3:
        return None
    allowed, days = found.silence_allowed, found.days
    gaps = [i for i in range(1, len(days)) if (days[i].day - days[i - 1].day).days > allowed]
    if not gaps:
        return None
    after = gaps[-1]
    before, resumed = days[after - 1], days[after]
    span = (resumed.day - before.day).days
    usual = round(median(d.fen for d in days[max(0, after - 6):after]))
    facts: dict[str, object] = {
        "before_date": before.day, "after_date": resumed.day, "days": span,
        "interval": found.interval, "missed": max(1, round(span / max(found.interval, 1)) - 1),
        "after_amount": Money(resumed.fen), "usual": Money(usual)}
    rows = rows_of(ctx.conn, ctx.account_id, before.day)[-1:] + \
        rows_of(ctx.conn, ctx.account_id, resumed.day)[:1]
    lump = "+lump" if resumed.fen >= LUMP * usual else ""
    return Finding("credits_paused", None, rows, lump, facts)


def credits_reduced(ctx: Context) -> Finding | None:
    """Credits stepped down by a fifth or more and stayed down for at least two."""
    found = ctx.credits
    step = _latest_step(found)
    if step is None:
        return None
    index, before = step
    after = [d.fen for d in found.days[index:]]
    usual_after = round(median(after))
    last_before, first_after = found.days[index - 1], found.days[index]
    facts: dict[str, object] = {
        "before_amount": Money(before), "after_amount": Money(usual_after),
        "drop": Money(before - usual_after), "step_date": first_after.day}
    rows = rows_of(ctx.conn, ctx.account_id, last_before.day)[-1:] + \
        rows_of(ctx.conn, ctx.account_id, first_after.day)[:1]
    return Finding("credits_reduced", before - usual_after, rows, "", facts)


def _latest_step(found: Credits) -> tuple[int, int] | None:
    """(index of the first credit after the step, the usual credit before it)."""
    totals = [d.fen for d in found.days]
    highest_after = list(totals)  # the largest credit from each one to the last
    for index in range(len(totals) - 2, -1, -1):
        highest_after[index] = max(totals[index], highest_after[index + 1])
    for index in range(len(totals) - 2, 1, -1):
        before = round(median(totals[max(0, index - 6):index]))
        low = STEP_DOWN * before
        if totals[index - 1] > low and highest_after[index] <= low:
            return index, before
    return None


def annual_credit(ctx: Context) -> Finding | None:
    """Credited once a year: by the rhythm of several years, or by the words of the credit."""
    found = ctx.credits
    if not found.days:
        return None
    last = found.days[-1]
    rows = rows_of(ctx.conn, ctx.account_id, last.day)
    said = " ".join(r.description for r in rows)
    # Several credits speak by their rhythm; a single one by its words (年度划入, 定额划入).
    if len(found.days) >= 2 and not found.yearly:
        return None
    if len(found.days) < 2 and not any(word in said for word in words("annual_credit_words")):
        return None
    due = next_year(last.day)
    yearly = evidence.latest(
        ctx.conn, "t.account_id = ? AND t.posted <= ? AND t.kind = 'contribution' AND "
        "t.amount_fen > 0", (ctx.account_id, ctx.end), _SHOWN)
    facts: dict[str, object] = {"last_date": last.day, "last_amount": Money(last.fen),
                                "next": due}
    late = "late" if ctx.as_of > month_after(due) else ""
    return Finding("annual_credit", last.fen, yearly, late, facts)
