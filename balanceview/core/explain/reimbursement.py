"""Medical bills paid in advance, matched against the reimbursements that followed them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from balanceview.core.dates import posted_to_date
from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import Deed, EvidenceRow, Finding, Money
from balanceview.core.explain.people import is_institution
from balanceview.core.kinds import marks_of

MATCH_WINDOW_DAYS = 365  # a reimbursement pays back a bill of the past year, not older
Event = tuple[int, int, int]  # (posted, id, amount_fen)


def pending_reimbursement(ctx: Context) -> Finding | None:
    advanced = ctx.purse.totals.of("advance_payment")
    if not advanced.debit_count:
        return None
    pending, matched = _pending(ctx)
    if not pending.count:
        return None
    rows = pending.rows
    last = rows[-1]
    facts: dict[str, object] = {
        "count": pending.count, "amount": Money(pending.total), "date": last.day,
        "bill": Deed(last.kind, last.place), "mark": _mark(last),
        "place": last.place if is_institution(last.place) else "",
        "last_amount": Money(-last.amount_fen), "days": (ctx.as_of - last.day).days,
        "matched": len(matched)}
    variant = "one" if pending.count == 1 else "many"
    if matched:
        bill, refund = matched[-1]
        facts.update(m_date=_day(bill), m_amount=Money(-bill[2]), r_date=_day(refund),
                     r_amount=Money(refund[2]))
        variant += "+matched"
    return Finding("pending_reimbursement", pending.total, rows, variant, facts)


def _mark(row: EvidenceRow) -> str:
    """The word that marks the row as paid first (急诊, 垫付, 异地 …), as the row writes it."""
    return next((word for word in marks_of("advance_payment") if word in row.description), "")


@dataclass(frozen=True)
class _Pending:
    count: int
    total: int  # positive: what was paid and not yet reimbursed
    rows: tuple[EvidenceRow, ...]  # the latest of them


def _pending(ctx: Context) -> tuple[_Pending, list[tuple[Event, Event]]]:
    purses = [p for p in (ctx.purse, ctx.other) if p.account_id is not None]
    if not any(p.totals.of("reimbursement").credit_count for p in purses):
        # Nothing was ever reimbursed: every advance payment is pending, no need to match.
        advanced = ctx.purse.totals.of("advance_payment")
        rows = evidence.latest(ctx.conn, "t.account_id = ? AND t.posted <= ? AND "
                               "t.kind = 'advance_payment' AND t.amount_fen < 0",
                               (ctx.account_id, ctx.end))
        return _Pending(advanced.debit_count, advanced.debits_fen, rows), []
    advances, paid_back = _events(ctx, [p.account_id or 0 for p in purses])
    unmatched, matched = match(advances, paid_back)
    shown = [row_id for _, row_id, _ in unmatched[-evidence.EVIDENCE_LIMIT:]]
    total = sum(-amount for _, _, amount in unmatched)
    return _Pending(len(unmatched), total, evidence.by_ids(ctx.conn, shown)), matched


def match(advances: list[Event], paid_back: list[Event]
          ) -> tuple[list[Event], list[tuple[Event, Event]]]:
    """Each reimbursement matches the earliest unmatched advance payment before it, within
    the window. Returns (unmatched advances, matched pairs), oldest first."""
    unmatched: list[Event] = []
    matched: list[tuple[Event, Event]] = []
    tagged = sorted([(e, True) for e in advances] + [(e, False) for e in paid_back])
    for event, is_advance in tagged:
        if is_advance:
            unmatched.append(event)
            continue
        for index, bill in enumerate(unmatched):
            if (_day(event) - _day(bill)).days <= MATCH_WINDOW_DAYS:
                matched.append((unmatched.pop(index), event))
                break
    return unmatched, matched


def _events(ctx: Context, accounts: list[int]) -> tuple[list[Event], list[Event]]:
    """This purse's advance payments, and the reimbursements of both purses: the money usually
    lands in the bank purse, whichever purse paid the bill. One pass over the rows."""
    marks = ", ".join("?" for _ in accounts)
    rows = ctx.conn.execute(
        f"SELECT account_id, kind, posted, id, amount_fen FROM transactions WHERE account_id IN "
        f"({marks}) AND posted <= ? AND kind IN ('advance_payment', 'reimbursement')",
        (*accounts, ctx.end)).fetchall()
    advances: list[Event] = []
    paid_back: list[Event] = []
    for account_id, kind, posted, row_id, amount in rows:
        if kind == "reimbursement" and amount > 0:
            paid_back.append((posted, row_id, amount))
        elif kind == "advance_payment" and amount < 0 and account_id == ctx.account_id:
            advances.append((posted, row_id, amount))
    return advances, paid_back


def _day(event: Event) -> date:
    return posted_to_date(event[0])
