"""Explaining every balance of every card: the bridge, the reasons, the steps.

Each purse is explained as of the end of its latest statement (the period its title states,
else its last row), unless a day is asked for: never as of today.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from balanceview.core.dates import posted_to_date
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
from balanceview.core.explain.wording import LANGS, as_of_said, label, reason_text
from balanceview.core.explain.zero import zero_row
from balanceview.core.ledger import PURSES, CardInfo, list_cards


def explain(conn: sqlite3.Connection, as_of: date | None = None, lang: str = "en",
            card_id: int | None = None, account: str | None = None) -> Explanation:
    """Both purses of every card (or of `card_id`; only `account` when given), each as of its
    latest statement's end, or as of `as_of` for all: rows after it are ignored."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    if account is not None and account not in PURSES:
        raise ValueError(f"account must be one of {PURSES}, not {account!r}")
    cards = [c for c in list_cards(conn) if card_id is None or c.id == card_id]
    return Explanation(as_of, lang, tuple(explain_card(conn, c, as_of, lang, account)
                                          for c in cards))


def explain_card(conn: sqlite3.Connection, card: CardInfo, as_of: date | None, lang: str,
                 account: str | None = None) -> CardExplanation:
    # Both purses are read even when one is asked for: each one's reasons look at the other.
    facts = {kind: purse_facts(conn, card.id, kind, as_of) for kind in PURSES}
    purses = []
    for kind in PURSES:
        if account in (None, kind):
            other = facts["bank" if kind == "medical" else "medical"]
            purses.append(_explain_purse(Context(conn, facts[kind], other), lang))
    return CardExplanation(card.id, card.label, card.holder, tuple(purses), card.title(lang))


def _explain_purse(ctx: Context, lang: str) -> PurseExplanation:
    purse = ctx.purse
    findings = find_reasons(ctx)
    said = as_of_said(lang, purse.as_of, purse.asked)
    reasons = tuple(_reason(f, lang, purse.kind, said) for f in findings)
    zero = zero_row(ctx) if purse.imported else None
    zero_date = posted_to_date(zero[0]) if zero else None
    steps = next_steps(lang, purse.kind, [_with_day(f, said) for f in findings])
    return PurseExplanation(
        purse.kind, purse.balance_fen, purse.source, purse.totals.count, zero_date, purse.bridge,
        reasons, steps, _verdict(purse, zero_date, said, lang, "verdict"),
        _headline(reasons, zero_date, lang), purse.as_of, purse.period, purse.imported,
        purse.net_change_fen, _verdict(purse, zero_date, said, lang, "detail"))


def _with_day(finding: Finding, said: str | None) -> Finding:
    return Finding(finding.code, finding.amount_fen, finding.evidence, finding.variant,
                   {"as_of_said": said, **finding.facts})


def _headline(reasons: tuple[Reason, ...], zero_date: date | None, lang: str) -> str:
    """'spending used it up; zero since 2024-10-18': what a balance panel says at a glance."""
    words = HEADLINES[lang]
    parts = [words[reasons[0].code]] if reasons else []
    if zero_date:
        parts.append(words["zero_since"].format(zero_date=zero_date.isoformat()))
    return ("；" if lang == "zh" else "; ").join(parts)


def _reason(finding: Finding, lang: str, purse: str, said: str | None) -> Reason:
    facts = {"as_of_said": said, **finding.facts}
    text = reason_text(lang, finding.code, finding.variant, purse, facts)
    return Reason(finding.code, finding.amount_fen, finding.evidence, text)


def _verdict(purse: PurseFacts, zero_date: date | None, said: str | None, lang: str,
             line: str) -> str:
    """The verdict ('verdict'), or the same without the purse and its figure ('detail')."""
    count = purse.totals.count
    if purse.balance_fen is None:
        return label(lang, f"{line}.unknown" if count else f"{line}.none", purse.kind,
                     as_of_said=said, count=count, net=Money(purse.net_change_fen or 0))
    source = WORDS[lang]["rule" if purse.opening_how == "rule" else purse.source or "computed"]
    return label(lang, f"{line}.zero" if zero_date else line, purse.kind,
                 balance=Money(purse.balance_fen), source=source, source_cap=source[:1].upper()
                 + source[1:], as_of_said=said, count=count, zero_date=zero_date)
