"""Settlement records: what the pooled fund paid (it never touched the account), what the
personal account paid (the only part that lowered the balance), chronic-disease care."""

from __future__ import annotations

from balanceview.core.explain import evidence
from balanceview.core.explain.context import Context
from balanceview.core.explain.model import Deed, EvidenceRow, Finding, Money, Share
from balanceview.core.explain.people import is_institution
from balanceview.core.vocabulary import words

_SHARES = 3  # the personal account's largest payments named in the sentence
_SETTLED = "(t.total_fen IS NOT NULL OR t.pooled_fen IS NOT NULL)"


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
        "account": Money(settled.account_fen), "top_date": top.day,
        "top": Deed(top.kind, top.place), "top_cost": Money(top_cost or 0),
        "top_pooled": Money(settled.top_pooled_fen)}
    variant = ""
    shares, share_rows = _largest_shares(ctx)
    if shares:
        facts["shares"] = shares
        variant += "+shares"
        # The rows the sentence names are shown too: what it claims, the evidence shows.
        rows = tuple(sorted({*rows, *share_rows}, key=_order))
    chronic = _chronic(ctx)
    if chronic is not None:
        facts.update(chronic)
        variant += "+chronic"
    return Finding("pooled_fund_paid", settled.pooled_fen, rows, variant, facts)


def _largest_shares(ctx: Context) -> tuple[tuple[Share, ...], tuple[EvidenceRow, ...]]:
    """The settlements whose personal-account part was largest, largest first."""
    ids = [row[0] for row in ctx.conn.execute(
        f"SELECT t.id FROM transactions t WHERE t.account_id = ? AND t.posted <= ? AND {_SETTLED} "
        "AND t.amount_fen < 0 ORDER BY t.amount_fen, t.posted LIMIT ?",
        (ctx.account_id, ctx.end, _SHARES))]
    found = sorted(evidence.by_ids(ctx.conn, ids), key=lambda row: (row.amount_fen, row.posted))
    shares = tuple(Share(r.day, Deed(r.kind, r.place), Money(-r.amount_fen)) for r in found)
    return shares, tuple(found)


def _chronic(ctx: Context) -> dict[str, object] | None:
    """The latest chronic-disease outpatient settlement (门诊慢特病), settled by its own rules."""
    marks = words("chronic_words")
    likes = " OR ".join("COALESCE(rt.text, '') || COALESCE(d.text, '') LIKE ?" for _ in marks)
    row = ctx.conn.execute(
        "SELECT t.id, t.total_fen, t.pooled_fen FROM transactions t "
        "LEFT JOIN texts rt ON rt.id = t.raw_type_id LEFT JOIN texts d ON d.id = t.description_id "
        f"WHERE t.account_id = ? AND t.posted <= ? AND {_SETTLED} AND ({likes}) "
        "ORDER BY t.posted DESC, t.id DESC LIMIT 1",
        (ctx.account_id, ctx.end, *(f"%{mark}%" for mark in marks))).fetchone()
    if row is None:
        return None
    found = evidence.one(ctx.conn, row[0])
    place = found.place if is_institution(found.place) else ""
    return {"chronic_date": found.day, "chronic_place": place,
            "chronic_cost": Money(row[1] or 0), "chronic_pooled": Money(row[2] or 0),
            "chronic_account": Money(-found.amount_fen)}


def _order(row: EvidenceRow) -> tuple[int, int]:
    return row.posted, row.id
