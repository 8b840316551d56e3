"""Explaining every balance of every card as of a date: the bridge, the reasons, the steps."""

from __future__ import annotations

import sqlite3
from datetime import date

from balanceview.core.dates import date_to_posted, posted_to_date
from balanceview.core.explain.context import Context
from balanceview.core.explain.facts import PurseFacts, purse_facts
from balanceview.core.explain.model import (
    CardExplanation,
    Explanation,
    Finding,
    Money,
    PurseExplanation,
    Reason,
)
from balanceview.core.explain.reasons import find_reasons
from balanceview.core.explain.steps import next_steps
from balanceview.core.explain.texts import HEADLINES, WORDS
from balanceview.core.explain.wording import LANGS, label, reason_text
from balanceview.core.explain.zero import zero_row
from balanceview.core.ledger import PURSES, CardInfo, list_cards


def explain(conn: sqlite3.Connection, as_of: date | None = None, lang: str = "en",
            card_id: int | None = None, account: str | None = None) -> Explanation:
    """Both purses of every card (or of `card_id`; only `account` when given). Rows after
    the as-of date (default today) are ignored."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    if account is not None and account not in PURSES:
        raise ValueError(f"account must be one of {PURSES}, not {account!r}")
    day = as_of or date.today()
    cards = [c for c in list_cards(conn) if card_id is None or c.id == card_id]
    return Explanation(day, lang, tuple(explain_card(conn, c, day, lang, account) for c in cards))


def explain_card(conn: sqlite3.Connection, card: CardInfo, as_of: date, lang: str,
                 account: str | None = None) -> CardExplanation:
    end = date_to_posted(as_of, end_of_day=True)
    # Both purses are read even when one is asked for: each one's reasons look at the other.
    facts = {kind: purse_facts(conn, card.id, kind, end) for kind in PURSES}
    purses = []
    for kind in PURSES:
        if account in (None, kind):
            other = facts["bank" if kind == "medical" else "medical"]
            purses.append(_explain_purse(Context(conn, as_of, end, facts[kind], other), lang))
    return CardExplanation(card.id, card.label, card.holder, tuple(purses))


def _explain_purse(ctx: Context, lang: str) -> PurseExplanation:
    purse = ctx.purse
    findings = find_reasons(ctx)
    reasons = tuple(_reason(f, lang, purse.kind) for f in findings)
    zero = zero_row(ctx) if purse.account_id is not None else None
    zero_date = posted_to_date(zero[0]) if zero else None
    verdict = _verdict(purse, zero_date, ctx.as_of, lang)
    return PurseExplanation(
        purse.kind, purse.balance_fen, purse.source, purse.totals.count, zero_date, purse.bridge,
        reasons, next_steps(lang, purse.kind, findings), verdict,
        _headline(reasons, zero_date, lang))


def _headline(reasons: tuple[Reason, ...], zero_date: date | None, lang: str) -> str:
    """'spending used it up; zero since 2024-10-18': what a balance panel says at a glance."""
    words = HEADLINES[lang]
    parts = [words[reasons[0].code]] if reasons else []
    if zero_date:
        parts.append(words["zero_since"].format(zero_date=zero_date.isoformat()))
    return ("；" if lang == "zh" else "; ").join(parts)


def _reason(finding: Finding, lang: str, purse: str) -> Reason:
    text = reason_text(lang, finding.code, finding.variant, purse, finding.facts)
    return Reason(finding.code, finding.amount_fen, finding.evidence, text)


def _verdict(purse: PurseFacts, zero_date: date | None, as_of: date, lang: str) -> str:
    if purse.balance_fen is None:
        return label(lang, "verdict.none", purse.kind)
    key = "verdict.zero" if zero_date else "verdict"
    return label(lang, key, purse.kind, balance=Money(purse.balance_fen),
                 source=WORDS[lang][purse.source or "computed"], as_of=as_of.isoformat(),
                 count=purse.totals.count, zero_date=zero_date.isoformat() if zero_date else "")
